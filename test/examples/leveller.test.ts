// The horizon leveller example (mixins/examples/horizon-leveller.ts, scenario test/examples/scenarios/leveller.json),
// judged from the trace: the gyros' overrides and the cockpit screen's text, against values worked out
// from the scenario (10 degrees nose down, then 30 degrees of roll; 800 kN for 20 t in 9.81 m/s²).
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines, valueAt } from "./helpers.ts";

const S = 60;
const GYROS = ["Gyro 1", "Gyro 2"];

function screen(events: TraceEvent[]): { tick: number; text: string }[] {
  return events.filter((e) => e.kind === "text" && e.block === "Cockpit" && e.data.surface === 0).map((e) => ({ tick: e.tick, text: e.data.text as string }));
}

describe("horizon leveller example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("leveller", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("the cockpit's screen shows speed, gravity, mass, thrust-to-weight, the tilt and the batteries' stored power from DetailedInfo", () => {
    const first = screen(events)[0]!.text;
    const twr = (2 * 400000) / (20000 * 9.81); // 4.077...
    expect(first).toBe(`Speed 3.0 m/s  Gravity 1.00 g\nMass 20000 kg  T/W ${twr.toFixed(2)}\nPitch 10.0  Roll 0.0  Level off\nPower 5.47 MWh in 2 batteries`);
  });

  it('"level on" overrides every gyro against the tilt (gain 0.05 rad/s a degree, at most 1), "level off" releases them', () => {
    for (const g of GYROS) {
      expect(valueAt(events, g, "GyroOverride", 1 * S - 1, false)).toBe(false);
      expect(valueAt(events, g, "GyroOverride", 1 * S, false)).toBe(true);
      expect(valueAt(events, g, "Pitch", 1 * S, 0)).toBeCloseTo(-0.5, 6); // 10 degrees nose down
      expect(Math.abs(valueAt(events, g, "Roll", 1 * S, 0) as number)).toBe(0); // -0: the script negates a zero roll
      // rolled 30 degrees at 3 s: the next Update10 run commands the clamped roll, and no pitch
      const roll = changes(events, g, "Roll").find((c) => c.tick >= 3 * S)!;
      expect(roll.value).toBe(1);
      expect(roll.tick - 3 * S).toBeLessThanOrEqual(10);
      expect(Math.abs(valueAt(events, g, "Pitch", roll.tick, 0) as number)).toBe(0);
      expect(valueAt(events, g, "GyroOverride", 5 * S, true)).toBe(false);
      expect([valueAt(events, g, "Pitch", 5 * S, 0), valueAt(events, g, "Roll", 5 * S, 0)].map((v) => Math.abs(v as number))).toEqual([0, 0]);
    }
    expect(screen(events).some((s) => s.tick > 3 * S && s.text.includes("Pitch 0.0  Roll -30.0  Level ON"))).toBe(true);
  });

  sameOnBothEngines(() => scenario, () => events);
});
