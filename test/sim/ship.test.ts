// Ship controllers (sim/blocks/dynamics.ts "ship controllers") and value-typed properties (vectors,
// colours): no motion physics, the scenario gives position, velocities, gravity and mass; verdicts from
// the trace and from values worked out by hand.
import { describe, expect, it } from "vitest";
import { Color, Vector3D, type IMyCockpit, type IMyInteriorLight } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "pbts/sim";
import { sim1 } from "./helpers.ts";

describe("ship controllers and value-typed properties", () => {
  it("the ship scenario: what the script reads follows the scenario and its set events", async () => {
    const { sim } = await runScenario("test/engine/scenarios/ship.json");
    const echo = sim.trace.forBlock("PB Ship", "run").map((e) => String(e.data.echo));
    // |(3, 0, 4)| = 5; gravity (0, -9.81, 0) + (0, 2, 0) = -7.81 in doubles
    expect(echo[0]).toContain("Cockpit: at 100,-50,2000.5 com 2000.5 speed 5 lin 3 ang 0.25 natural -9.81 total -9.81 mass 12000/15500.5/15500.5 move 0 roll 0");
    expect(echo[0]).toContain("Remote: at 100,-50,2000.5 com 2000.5 speed 0");
    expect(echo[0]).toContain("light 255,128,0,255 terminal 0 field 20");
    expect(echo[1]).toContain(`Cockpit: at 100,-50,2000.5 com 2000.5 speed 100 lin 0 ang 0.25 natural -9.81 total ${-9.81 + 2} mass`);
    expect(echo[1]).toContain("Remote: at 1,2,3 com 3 speed 0 lin 0 ang 0 natural 0 total 0 mass 0/0/0 move -1");
    expect(echo[1]).toContain("light 0,0,255,128 terminal 255");
    const props = sim.trace.ofKind("property").map((e) => `${e.tick} ${e.block} ${e.data.name}=${JSON.stringify(e.data.value)} ${e.data.by}`);
    expect(props).toEqual([
      "100 Light Color=[255,128,0,255] PB Ship",
      "100 Gravity FieldSize=[10,20,30] PB Ship",
      "150 Cockpit LinearVelocity=[0,0,100] host",
      "150 Cockpit ArtificialGravity=[0,2,0] host",
      "150 Remote Position=[1,2,3] host",
      "150 Remote CenterOfMass=[1,2,3] host",
      "150 Remote MoveIndicator=[0,0,-1] host",
      "200 Light Color=[0,0,255,128] PB Ship",
    ]);
  });

  it("a value set to an equal value is no event; every block's GetPosition is its grid's", () => {
    const sim = sim1();
    const light = sim.addBlock("G", { type: "InteriorLight", name: "L" }) as unknown as IMyInteriorLight;
    const c = sim.addBlock("G", { type: "Cockpit", name: "C" }) as unknown as IMyCockpit;
    sim.start();
    light.Color = new Color(255, 255, 255);
    expect(sim.trace.ofKind("property")).toEqual([]);
    expect(c.GetShipVelocities().LinearVelocity.Equals(Vector3D.Zero)).toBe(true);
    sim.world.grid("G").position = [5, 6, 7];
    expect(light.GetPosition().Equals(new Vector3D(5, 6, 7))).toBe(true);
  });

  it("bad vector and colour values are clear errors", () => {
    const base = (b: Record<string, unknown>): Scenario => ({ grids: [{ name: "G", blocks: [b as never] }] });
    expect(() => buildSimulation(base({ type: "Cockpit", name: "C", properties: { LinearVelocity: [1, 2] } }))).toThrow(/block "C": property "LinearVelocity" expects a Vector3D \(\[x, y, z\]\), got \[1,2\]/);
    expect(() => buildSimulation(base({ type: "InteriorLight", name: "L", properties: { Color: [300, 0, 0] } }))).toThrow(/property "Color" expects a Color \(\[r, g, b\] or \[r, g, b, a\], 0..255\)/);
  });
});
