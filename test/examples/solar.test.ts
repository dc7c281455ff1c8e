// The solar tracker example (mixins/examples/solar-tracker.ts, scenario
// test/examples/scenarios/solar.json), judged from the simulated world and the trace: where the
// rotor points against the sun, what the panels give against a fixed panel, and the rotor commands.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSimulation, type Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines } from "./helpers.ts";

const PB = "PB Solar";
const PANELS = ["Solar Panel 1", "Solar Panel 2", "Solar Panel 3", "Solar Panel 4"];
const PEAK = 0.16; // MW per large panel facing the sun (dynamics.ts peakMW)
/** The scenario's sun: 60 degrees at tick 0, one turn per 6 minutes. */
const sunDeg = (tick: number): number => 60 + (360 * tick) / (6 * 3600);

interface Sample {
  tick: number;
  /** Rotor angle minus the sun's, in degrees, wrapped to (-180, 180]. */
  error: number;
  tracked: number;
  fixed: number;
}

describe("solar tracker example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  const samples: Sample[] = [];
  beforeAll(async () => {
    scenario = await loadExample("solar", { cs: noMono === null });
    const { sim, ticks } = buildSimulation(scenario);
    sim.start();
    const num = (block: string, name: string): number => (sim.world.block(block) as unknown as Record<string, number>)[name]!;
    for (let t = 30; t <= ticks; t += 30) {
      sim.runUntil(t);
      const rotor = (num("Solar Rotor", "Angle") * 180) / Math.PI;
      const error = ((((rotor - sunDeg(t)) % 360) + 540) % 360) - 180;
      samples.push({ tick: t, error, tracked: PANELS.reduce((s, p) => s + num(p, "MaxOutput"), 0), fixed: num("Fixed Panel", "MaxOutput") });
    }
    events = sim.trace.events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("finds the sun: the rotor turns towards it and then stays within 6 degrees", () => {
    const acquired = samples.find((s) => Math.abs(s.error) < 3);
    expect(acquired).toBeDefined();
    expect(acquired!.tick).toBeLessThan(40 * 60); // 60 degrees at 3 deg/s against a sun moving 1 deg/s
    for (const s of samples.filter((x) => x.tick > acquired!.tick)) expect({ tick: s.tick, close: Math.abs(s.error) < 6 }).toEqual({ tick: s.tick, close: true });
  });

  it("after finding the sun the panels give at least 99% of their peak; the fixed panel falls to nothing", () => {
    const acquired = samples.find((s) => Math.abs(s.error) < 3)!;
    const later = samples.filter((s) => s.tick > acquired.tick);
    const mean = later.reduce((a, s) => a + s.tracked, 0) / later.length;
    expect(mean).toBeGreaterThan(0.99 * PEAK * PANELS.length);
    expect(later.at(-1)!.fixed).toBe(0); // the sun has gone round past 90 degrees from it
  });

  it("rests between corrections instead of turning all the time", () => {
    const cmds = changes(events, "Solar Rotor", "TargetVelocityRPM");
    expect(cmds.every((c) => c.by === PB)).toBe(true);
    expect(cmds[0]).toMatchObject({ value: 0.5 });
    const stops = cmds.filter((c) => c.value === 0);
    expect(stops.length).toBeGreaterThanOrEqual(5);
    // Each rest lasts more than 2 s: the sun must move before the rotor starts again.
    for (const s of stops) {
      const next = cmds.find((c) => c.tick > s.tick);
      if (next) expect(next.tick - s.tick).toBeGreaterThan(120);
    }
    // Resting most of the time once it tracks.
    const acquired = samples.find((x) => Math.abs(x.error) < 3)!.tick;
    let still = 0;
    for (const [i, c] of cmds.entries()) if (c.value === 0 && c.tick > acquired) still += (cmds[i + 1]?.tick ?? 7200) - c.tick;
    expect(still / (7200 - acquired)).toBeGreaterThan(0.5);
  });

  sameOnBothEngines(() => scenario, () => run(scenario, "ts").events);
});
