// What the examples needed from the simulator (sim/blocks/dynamics.ts): solar panels whose output
// follows the sun against the rotor they sit on, and ship controllers that take gravity, velocity,
// mass and orientation as scenario facts.
import { describe, expect, it } from "vitest";
import { Vector3D, type IMyShipController, type IMySolarPanel } from "pbts/se";
import { buildSimulation, type Scenario } from "../../sim/scenario.ts";

const TURN = 6 * 3600; // ticks per sun turn with dayMinutes 6

function world(scenario: Omit<Scenario, "grids"> & { grids: Scenario["grids"] }) {
  return buildSimulation(scenario).sim.start();
}

describe("solar panels (dynamics.ts solar family)", () => {
  const sun = { sunDeg: 30, dayMinutes: 6 };
  const scenario: Scenario = {
    grids: [
      { name: "Base", blocks: [{ type: "MotorStator", name: "Rotor" }, { type: "SolarPanel", name: "Fixed", rates: sun }, { type: "SolarPanel", name: "Small", rates: { ...sun, peakMW: 0.04 } }] },
      { name: "Top", blocks: [{ type: "SolarPanel", name: "On Rotor", rates: sun }] },
    ],
    joints: [{ name: "Rotor", a: "Base", b: "Top", kind: "rotor" }],
  };

  it("a fixed panel gives peak x cos(sun angle), the sun turning once per dayMinutes", () => {
    const sim = world(scenario);
    const fixed = sim.world.block("Fixed") as unknown as IMySolarPanel;
    for (const t of [1, 600, 1800, 3600]) {
      sim.runUntil(t);
      const expected = 0.16 * Math.max(0, Math.cos(((30 + (360 * t) / TURN) * Math.PI) / 180));
      expect(fixed.MaxOutput).toBeCloseTo(expected, 6);
      expect(fixed.CurrentOutput).toBe(fixed.MaxOutput);
    }
    expect((sim.world.block("Small") as unknown as IMySolarPanel).MaxOutput).toBeCloseTo(0.04 * Math.cos(((30 + (360 * 3600) / TURN) * Math.PI) / 180), 6);
  });

  it("a panel on a rotor's top grid faces the rotor's angle; turned off it gives nothing", () => {
    const sim = world({ ...scenario, events: [{ tick: 1, kind: "set", block: "Rotor", property: "TargetVelocityRPM", value: 5 }, { tick: 300, kind: "turn-off", block: "On Rotor" }] });
    const panel = sim.world.block("On Rotor") as unknown as IMySolarPanel;
    const rotor = sim.world.block("Rotor") as unknown as { Angle: number };
    sim.runUntil(200);
    expect(rotor.Angle).toBeGreaterThan(0);
    expect(panel.MaxOutput).toBeCloseTo(0.16 * Math.cos(rotor.Angle - ((30 + (360 * 200) / TURN) * Math.PI) / 180), 6);
    sim.runUntil(301);
    expect(panel.MaxOutput).toBe(0);
  });

  it("an unknown rate is a clear error listing the valid ones", () => {
    const bad: Scenario = { grids: [{ name: "B", blocks: [{ type: "SolarPanel", name: "P", rates: { sunSpeed: 3 } }] }] };
    expect(() => buildSimulation(bad)).toThrow(/unknown rate "sunSpeed" for SolarPanel: use one of peakMW, sunDeg, dayMinutes/);
  });
});

describe("ship controllers (dynamics.ts controller family)", () => {
  const cockpit = (properties: Record<string, unknown>): Scenario => ({
    grids: [{ name: "Ship", position: [100, 200, 300], blocks: [{ type: "Cockpit", name: "Cockpit", properties }] }],
  });

  it("gravity, speed, mass and orientation come from the scenario; set events change them", () => {
    const s = cockpit({ NaturalGravity: [0, -9.81, 0], ArtificialGravity: [0, 0, 1], LinearVelocity: [3, 4, 0], ShipMass: 42000, Forward: [1, 0, 0], Up: [0, 0, 1] });
    s.events = [{ tick: 10, kind: "set", block: "Cockpit", property: "NaturalGravity", value: [0, -3.7, 0] }];
    const sim = world(s);
    const c = sim.world.block("Cockpit") as unknown as IMyShipController;
    expect(c.GetNaturalGravity().Equals(new Vector3D(0, -9.81, 0))).toBe(true);
    expect(c.GetTotalGravity().Equals(new Vector3D(0, -9.81, 1))).toBe(true);
    expect(c.GetShipSpeed()).toBe(5);
    const m = c.CalculateShipMass();
    expect([m.BaseMass, m.TotalMass, m.PhysicalMass]).toEqual([42000, 42000, 42000]);
    const w = c.WorldMatrix;
    expect(w.Forward.Equals(new Vector3D(1, 0, 0))).toBe(true);
    expect(w.Up.Equals(new Vector3D(0, 0, 1))).toBe(true);
    expect(w.Translation.Equals(new Vector3D(100, 200, 300))).toBe(true);
    expect(c.GetPosition().Equals(new Vector3D(100, 200, 300))).toBe(true);
    sim.runUntil(10);
    expect(c.GetNaturalGravity().Y).toBe(-3.7);
    const ev = sim.trace.events.find((e) => e.kind === "property" && e.block === "Cockpit" && e.data.name === "NaturalGravity");
    expect(ev).toMatchObject({ tick: 10, data: { value: [0, -3.7, 0], by: "host" } });
  });

  it("defaults: no gravity, at rest, mass 0 (blocks' model), facing -Z", () => {
    const c = world(cockpit({})).world.block("Cockpit") as unknown as IMyShipController;
    expect(c.GetNaturalGravity().Equals(Vector3D.Zero)).toBe(true);
    expect(c.GetShipSpeed()).toBe(0);
    expect(c.CalculateShipMass().PhysicalMass).toBe(0);
    expect(c.WorldMatrix.Forward.Equals(new Vector3D(0, 0, -1))).toBe(true);
  });

  it("a wrong value is a clear error naming the property and what it expects", () => {
    expect(() => buildSimulation(cockpit({ NaturalGravity: [0, -9.81] }))).toThrow(/block "Cockpit": property "NaturalGravity" expects a Vector3D \(\[x, y, z\]\), got \[0,-9.81\]/);
    expect(() => buildSimulation(cockpit({ Forward: [0, 0, -2] }))).toThrow(/property "Forward" expects a unit vector/);
    expect(() => buildSimulation(cockpit({ ShipMass: -5 }))).toThrow(/property "ShipMass" expects a positive mass in kg/);
    const s = cockpit({});
    s.events = [{ tick: 5, kind: "set", block: "Cockpit", property: "LinearVelocity", value: "fast" }];
    expect(() => buildSimulation(s)).toThrow(/event 1 \("set", block "Cockpit"\): property "LinearVelocity" expects a Vector3D/);
    expect(() => buildSimulation(cockpit({ Gravity: [0, 0, 0] }))).toThrow(/unknown property "Gravity" for IMyCockpit: use one of .*NaturalGravity/);
  });
});
