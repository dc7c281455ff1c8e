// The battery monitor example (mixins/examples/power-monitor.ts, scenario
// test/examples/scenarios/power.json), judged from the trace: the batteries' ChargeMode and stored
// power, the reactor's state, the LCD text.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines, texts, valueAt } from "./helpers.ts";

const PB = "PB Power";
const MAX = 3; // MWh, a large battery (sim/blocks/dynamics.ts default)

/** A battery's stored power at a tick, from the trace (continuous values are traced at their ends and on "set"). */
function lowAt(events: TraceEvent[], battery: string, tick: number): boolean {
  return (valueAt(events, battery, "CurrentStoredPower", tick, MAX) as number) < 0.25 * MAX;
}

describe("battery monitor example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("power", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("a low battery goes on Recharge (by the script, at its next run) while the reactor produces", () => {
    const modes = changes(events, "Battery 1", "ChargeMode");
    const first = modes.find((m) => m.value === "Recharge");
    expect(first?.by).toBe(PB);
    expect(lowAt(events, "Battery 1", 5 * 60)).toBe(true); // the scenario's drop at 5 s
    expect(first!.tick).toBeGreaterThan(5 * 60);
    expect(first!.tick - 5 * 60).toBeLessThanOrEqual(100); // an Update100 script: within one period
    expect(changes(events, "Battery 1", "IsCharging").find((c) => c.tick === first!.tick)?.value).toBe(true);
  });

  it("it goes back to Auto once charged above 90%, not before", () => {
    const modes = changes(events, "Battery 1", "ChargeMode");
    const recharge = modes.find((m) => m.value === "Recharge")!;
    const auto = modes.find((m) => m.value === "Auto" && m.tick > recharge.tick);
    expect(auto?.by).toBe(PB);
    const full = changes(events, "Battery 1", "CurrentStoredPower").find((c) => c.tick > recharge.tick && (c.value as number) >= 0.9 * MAX);
    expect(full).toBeDefined();
    expect(auto!.tick).toBeGreaterThanOrEqual(full!.tick);
    expect(auto!.tick - full!.tick).toBeLessThanOrEqual(100);
  });

  it("a battery the player put on Discharge is left alone, even when low", () => {
    expect(valueAt(events, "Battery 2", "CurrentStoredPower", 3 * 60, MAX)).toBeLessThan(0.25 * MAX);
    const byScript = changes(events, "Battery 2", "ChargeMode").filter((c) => c.by === PB);
    expect(byScript).toEqual([]);
  });

  it("with the reactor off a low battery stays on Auto; once it is back on, Recharge", () => {
    const off = 20 * 60;
    const on = 25 * 60;
    expect(changes(events, "Reactor", "Enabled").map((c) => [c.tick, c.value])).toEqual([[off, false], [on, true]]);
    expect(lowAt(events, "Battery 1", 21 * 60)).toBe(true);
    const modes = changes(events, "Battery 1", "ChargeMode");
    expect(modes.filter((m) => m.tick > off && m.tick < on)).toEqual([]);
    const after = modes.find((m) => m.tick >= on);
    expect(after).toMatchObject({ value: "Recharge", by: PB });
    expect(after!.tick - on).toBeLessThanOrEqual(100);
  });

  it("the LCD shows every battery, its mode and the producers", () => {
    const shown = texts(events, "Power LCD");
    expect(shown.length).toBeGreaterThan(10);
    const recharge = changes(events, "Battery 1", "ChargeMode").find((m) => m.value === "Recharge")!;
    const then = shown.find((t) => t.tick === recharge.tick)!.text.split("\n");
    expect(then[0]).toMatch(/^Batteries 2: \d+% \(\d+\.\d\d\/6\.00 MWh\)$/);
    expect(then[1]).toMatch(/^Battery 1: \d+% RECHARGE \+$/);
    expect(then[2]).toMatch(/^Battery 2: 10% DISCHARGE$/);
    expect(then[3]).toBe("Producers 1: 2.50/15.00 MW");
    // With the reactor off the producers give nothing.
    const dark = shown.find((t) => t.tick > 20 * 60)!.text;
    expect(dark.split("\n")[3]).toBe("Producers 1: 0.00/0.00 MW");
  });

  sameOnBothEngines(() => scenario, () => events);
});
