// The drill rig example (mixins/examples/drill-rig.ts, scenario test/examples/scenarios/drill-rig.json),
// judged from the trace: the drills' and pistons' commands, the gyro and thrust overrides against the
// gravity and mass the scenario gives the cockpit.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines, texts, valueAt } from "./helpers.ts";

const PB = "PB Drill";
const DRILLS = ["Drill 1", "Drill 2", "Drill 3"];
const PISTONS = ["Piston 1", "Piston 2"];
const GYROS = ["Gyro 1", "Gyro 2"];
const LIFT = ["Lift Thruster 1", "Lift Thruster 2", "Lift Thruster 3", "Lift Thruster 4"];
const G = 9.81;
const START = 60;

describe("drill rig example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("drill-rig", { cs: noMono === null });
    events = run(scenario).events;
  });

  /** The cockpit's fact at a tick: its scenario value, then its "set" events. */
  const fact = (name: string, tick: number): unknown => {
    const cockpit = scenario.grids[0]!.blocks!.find((b) => b.name === "Cockpit") as { properties: Record<string, unknown> };
    return valueAt(events, "Cockpit", name, tick, cockpit.properties[name]);
  };

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("start: the drills turn on and the pistons extend at 1 m/s between them", () => {
    for (const d of DRILLS) expect(changes(events, d, "Enabled")[0]).toEqual({ tick: START, value: true, by: PB });
    const speeds = PISTONS.map((p) => changes(events, p, "Velocity")[0]);
    for (const s of speeds) expect(s).toMatchObject({ tick: START, by: PB });
    expect(speeds.reduce((a, s) => a + (s!.value as number), 0)).toBeCloseTo(1, 6);
  });

  it("fully extended: the drills stop and the pistons retract; retracted: the overrides are released", () => {
    const extended = Math.max(...PISTONS.map((p) => changes(events, p, "Status").find((c) => c.value === "Extended")!.tick));
    expect(extended).toBe(START + 20 * 60); // 10 m at 0.5 m/s
    for (const d of DRILLS) {
      const off = changes(events, d, "Enabled").find((c) => c.value === false);
      expect(off?.by).toBe(PB);
      expect(off!.tick - extended).toBeGreaterThanOrEqual(0);
      expect(off!.tick - extended).toBeLessThanOrEqual(10);
    }
    for (const p of PISTONS) expect(changes(events, p, "Velocity").find((c) => (c.value as number) < 0)).toMatchObject({ value: -1, by: PB });
    const retracted = Math.max(...PISTONS.map((p) => changes(events, p, "Status").find((c) => c.value === "Retracted")!.tick));
    for (const g of GYROS) expect(changes(events, g, "GyroOverride").at(-1)).toMatchObject({ value: false, by: PB });
    for (const t of LIFT) expect(changes(events, t, "ThrustOverride").at(-1)).toMatchObject({ value: 0, by: PB });
    const released = changes(events, GYROS[0]!, "GyroOverride").at(-1)!.tick;
    expect(released - retracted).toBeLessThanOrEqual(10);
  });

  it("hover: while drilling, the lift thrusters together carry mass x gravity along the vertical", () => {
    const end = changes(events, LIFT[0]!, "ThrustOverride").at(-1)!.tick;
    const checks = [START, 5 * 60 + 10, 8 * 60 + 10, 12 * 60 + 10, 20 * 60];
    for (const tick of checks) {
      expect(tick).toBeLessThan(end);
      const gravity = fact("NaturalGravity", tick) as number[];
      const up = fact("Up", tick) as number[];
      const mass = fact("ShipMass", tick) as number;
      const g = Math.hypot(...gravity);
      const vertical = -(up[0]! * gravity[0]! + up[1]! * gravity[1]! + up[2]! * gravity[2]!) / g; // cos(tilt)
      const total = LIFT.reduce((s, t) => s + (valueAt(events, t, "ThrustOverride", tick, 0) as number), 0);
      expect(total * vertical).toBeCloseTo(mass * g, -1); // to 5 N of ~500-800 kN (float overrides)
    }
    // 80 t in 9.81 m/s2 after the ore at 12 s.
    expect(valueAt(events, LIFT[0]!, "ThrustOverride", 12 * 60 + 10, 0)).toBeCloseTo((80000 * G) / 4, -1);
  });

  it("level: a 10 degree roll makes the gyros roll back (and only roll); level again, the override is 0", () => {
    const tilted = 5 * 60;
    const level = 8 * 60;
    const gravity = fact("NaturalGravity", tilted) as number[];
    // The rotation that brings Down (0,-1,0) onto the gravity direction: Cross(down, g/|g|) = (0, 0, sin 10 deg).
    const sin = gravity[0]! / Math.hypot(...gravity);
    for (const g of GYROS) {
      const roll = changes(events, g, "Roll");
      const during = roll.find((c) => c.tick > tilted && c.tick <= tilted + 10);
      expect(during?.by).toBe(PB);
      expect(during!.value as number).toBeCloseTo(5 * sin, 5); // GYRO_GAIN 5
      expect(roll.find((c) => c.tick > level && c.tick <= level + 10)?.value).toBe(0);
      expect(changes(events, g, "Pitch")).toEqual([]);
      expect(changes(events, g, "Yaw")).toEqual([]);
    }
  });

  it("the LCD shows the depth, the tilt and the lift", () => {
    const shown = texts(events, "Drill LCD");
    expect(shown.find((t) => t.tick === tiltedRun(events))?.text).toMatch(/^drill drilling \d+\.\d\/20\.0 m\ntilt 10\.0 deg\nlift \d+\.\d kN x 4$/);
    expect(shown.at(-1)!.text).toBe("drill idle 0.0/20.0 m\ntilt 0.0 deg\nlift 0.0 kN x 4");
  });

  // The cockpit's vectors travel to the C# script as Vector3D/MatrixD/MyShipMass wire values.
  sameOnBothEngines(() => scenario, () => events);
});

/** The first run after the roll at 5 s. */
function tiltedRun(events: TraceEvent[]): number {
  return events.find((e) => e.kind === "run" && e.tick > 5 * 60)!.tick;
}
