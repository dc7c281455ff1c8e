// Block dynamics are ticked only while something can move (sim/world.ts tickBlocks: a block whose
// tick changed nothing is skipped until a block value or a status changes; Simulation.runTicks then
// jumps over quiet ticks). The same worlds with every block ticked on every tick and no tick jumped
// over must give the same trace, event for event: doors, pistons, rotors, batteries, vents, timers,
// solar panels, warheads and a sorter, moved by a script, by scenario "set" events and by faults.
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { describe, expect, it } from "vitest";
import { Simulation, type TraceEvent } from "pbts/sim";
import type { SimKindBlock } from "../../sim/blocks/kind-block.ts";
import { script, type P } from "./helpers.ts";

const KINDS = ["Door", "ExtendedPistonBase", "MotorStator", "BatteryBlock", "AirVent", "TimerBlock", "SolarPanel", "Warhead", "ConveyorSorter", "LandingGear"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyBlock = Record<string, any>;

/** What the script does to block `b` on plan step `s` (a method, a property, an action, on/off). */
function poke(p: P, name: string, s: number): void {
  const b = p.GridTerminalSystem.GetBlockWithName(name) as unknown as AnyBlock | null;
  if (!b) return;
  const k = s % 8;
  if (k === 0) b.Enabled = !b.Enabled;
  else if (b.OpenDoor) k % 2 ? b.ToggleDoor() : b.OpenDoor();
  else if ("Velocity" in b && "MaxLimit" in b) k % 2 ? (b.Velocity = (s % 5) - 2) : b.ApplyAction("Reverse");
  else if ("TargetVelocityRPM" in b) k % 3 ? (b.TargetVelocityRPM = (s % 7) - 3) : (b.UpperLimitDeg = 30 * (s % 4));
  else if ("ChargeMode" in b) b.ChargeMode = s % 3;
  else if ("Depressurize" in b) b.Depressurize = !b.Depressurize;
  else if ("TriggerDelay" in b) k % 3 ? b.StartCountdown() : (b.TriggerDelay = 1 + (s % 3));
  else if ("DetonationTime" in b) k % 3 ? (b.IsArmed = s % 2 === 0) : (b.DetonationTime = 1, b.StartCountdown());
  else if ("DrainAll" in b) b.DrainAll = !b.DrainAll;
}

/** What the script reads of every block goes into the trace: a block that should have moved and did not shows there. */
function readAll(p: P, names: string[]): void {
  for (const name of names) {
    const b = p.GridTerminalSystem.GetBlockWithName(name) as unknown as AnyBlock | null;
    if (b) p.Echo(`${name} ${JSON.stringify([b.OpenRatio, b.CurrentPosition, b.Angle, b.CurrentStoredPower, b.IsCountingDown, b.CurrentOutput, b.GetOxygenLevel?.()])}`);
  }
}

/** Rates that make motion visible within the run (a fast sun, a battery that charges in minutes...). */
function ratesOf(kind: string, r: number): Record<string, number> | undefined {
  if (kind === "Door") return { openSeconds: 0.25 + r / 10 };
  if (kind === "AirVent") return { pressurizeSeconds: 0.5 + r / 5 };
  if (kind === "BatteryBlock") return { loadMW: 0.5 + (r % 4), autoInputMW: 0.5 + ((r * 7) % 5), timeScale: 2000 };
  if (kind === "SolarPanel") return { sunDeg: 5 + r * 37, dayMinutes: 0.2 + r / 20 };
  return undefined;
}

interface World {
  kinds: number[];
  /** Per block: picks its rates (ratesOf). */
  rates: number[];
  /** The script's plan: [block index, step] per run. */
  plan: [number, number][];
  period: 0 | 1 | 2;
  /** Scheduled faults and sets: [tick, block index, what]. */
  events: [number, number, number][];
}

function traceOf(w: World, everyTick: boolean): TraceEvent[] {
  const sim = new Simulation({ seed: 3 });
  if (everyTick) {
    // the reference: every kind block ticked on every tick, no tick jumped over
    sim.world.tickBlocks = function (this: typeof sim.world) {
      for (const b of this.kindBlocks) b.tickDynamics();
    };
    Object.defineProperty(sim.world, "dynamicsSettled", { get: () => false });
    sim.scheduler.quietTicks = () => 0;
  }
  sim.addGrid({ name: "G" });
  const names = w.kinds.map((k, i) => `B${i}`);
  w.kinds.forEach((k, i) => {
    const type = KINDS[k % KINDS.length]!;
    const rates = ratesOf(type, w.rates[i % w.rates.length]!);
    sim.addBlock("G", { type, name: names[i]!, ...(rates ? { rates } : {}) });
  });
  const freq = [0, 2, 4][w.period]!; // None (runs only when told), Update10, Update100
  sim.addProgrammableBlock("G", {
    name: "PB",
    script: script({
      init: (p) => {
        p.k = 0;
        p.Runtime.UpdateFrequency = freq;
      },
      main: (p) => {
        const [b, s] = w.plan[p.k++ % w.plan.length]!;
        poke(p, names[b % names.length]!, s);
        readAll(p, names);
      },
    }),
  });
  const FAULTS = ["turn-off", "turn-on", "unpower", "repower", "damage", "repair"] as const;
  for (const [tick, b, what] of w.events) {
    const block = names[b % names.length]!;
    if (what < FAULTS.length) sim.at(tick, { kind: FAULTS[what]!, block });
    else if (what === 6) sim.at(tick, { kind: "run", block: "PB" });
    else sim.at(tick, { kind: "set", block, property: "Enabled", value: what % 2 === 0 });
  }
  sim.start().runTicks(900);
  return sim.trace.events;
}

const world: fc.Arbitrary<World> = fc.record({
  kinds: fc.array(fc.nat(KINDS.length - 1), { minLength: 1, maxLength: 6 }),
  rates: fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }),
  plan: fc.array(fc.tuple(fc.nat(5), fc.nat(40)), { minLength: 1, maxLength: 8 }),
  period: fc.constantFrom<0 | 1 | 2>(0, 1, 2),
  events: fc.array(fc.tuple(fc.integer({ min: 1, max: 880 }), fc.nat(5), fc.nat(8)), { maxLength: 10 }),
});

describe("settled block dynamics", () => {
  it("skipping settled blocks and quiet ticks gives the trace of ticking every block on every tick", () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(JSON.stringify(traceOf(w, false))).toBe(JSON.stringify(traceOf(w, true)));
      }),
      unseeded(100),
    );
  });

  it("a door that finished opening is not ticked again; a script's CloseDoor wakes it", () => {
    const sim = new Simulation({ seed: 1 });
    sim.addGrid({ name: "G" });
    const door = sim.addBlock("G", { type: "Door", name: "D" }) as SimKindBlock;
    let ticked = 0;
    const tick = door.tickDynamics.bind(door);
    door.tickDynamics = () => {
      ticked++;
      tick();
    };
    sim.addProgrammableBlock("G", { name: "PB", script: script({ main: (p, arg) => (p.GridTerminalSystem.GetBlockWithName("D") as unknown as { OpenDoor(): void; CloseDoor(): void })[arg === "open" ? "OpenDoor" : "CloseDoor"]() }) });
    sim.at(10, { kind: "run", block: "PB", argument: "open" });
    sim.at(500, { kind: "run", block: "PB", argument: "close" });
    sim.start().runTicks(1000);
    const status = sim.trace.forBlock("D", "property").filter((e) => e.data.name === "Status").map((e) => [e.tick, e.data.value]);
    // openSeconds 1: 60 steps, the first in the tick of the call
    expect(status).toEqual([[10, "Opening"], [10 + 59, "Open"], [500, "Closing"], [500 + 59, "Closed"]]);
    // moving: 60 ticks each way, plus the tick that finds each end settled, plus a few after changes
    expect(ticked).toBeLessThan(140);
    expect(ticked).toBeGreaterThanOrEqual(120);
  });
});
