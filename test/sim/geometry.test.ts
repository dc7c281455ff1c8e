// Entity geometry (sim/blocks/geometry.ts) from scenario values: the numbers below are worked out by
// hand from the scenario (test/engine/scenarios/geometry.json, run by both engines in
// test/engine/two-engines.test.ts): grid at (1000, -20.5, 300), forward +X, up +Z, small cubes (0.5 m),
// so the grid's right is forward x up = (0, -1, 0), its local +Y is world +Z and local +Z is world -X.
import { describe, expect, it } from "vitest";
import { Base6Directions, IMyCubeGrid, MatrixD, MyCubeSize, Vector3D, Vector3I, type IMyTerminalBlock } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "pbts/sim";
import { sim1 } from "./helpers.ts";

describe("entity geometry", () => {
  it("the geometry scenario: cells, orientations and world positions as worked out by hand", async () => {
    const { sim } = await runScenario("test/engine/scenarios/geometry.json");
    const echo = String(sim.trace.forBlock("PB Geo", "run")[0]!.data.echo).split("\n");
    // Solar: cell (2,0,0) -> local (1,0,0) -> 1 m along the grid's right (0,-1,0); forward Up -> world +Z, up Backward -> world -X
    expect(echo[1]).toBe("Solar: cell 2,0,0 min 2 max 0 o 4/1 at 1000.000000,-21.500000,300.000000 fwd 0.000000,0.000000,1.000000 up -1.000000,0.000000,0.000000 box 999.750000,-21.750000,299.750000..1000.250000,-21.250000,300.250000 r 0.433013");
    // Drill: cell (-1,3,5) -> local (-0.5,1.5,2.5) -> (1000-2.5, -20.5+0.5, 300+1.5); forward Down -> -Z, up Forward -> +X
    expect(echo[2]).toContain("Drill: cell -1,3,5 min -1 max 5 o 5/0 at 997.500000,-20.000000,301.500000 fwd 0.000000,0.000000,-1.000000 up 1.000000,0.000000,0.000000");
    // a cockpit's default world facts are its cube's
    expect(echo[3]).toContain("Cockpit: cell 0,1,0 min 0 max 0 o 0/4 at 1000.000000,-20.500000,300.500000 fwd 1.000000,0.000000,0.000000");
    // grid: cells -1..2, 0..3, 0..5; (1,2,3) -> local (0.5,1,1.5) -> (1000-1.5, -20.5-0.5, 300+1)
    expect(echo[4]).toBe("grid Rig size 0.5 enum 1 at 1000.000000,-20.500000,300.000000 fwd 1.000000,0.000000,0.000000 min -1,0,0 max 2,3,5");
    // the grid's box: cells -1..2 x 0..3 x 0..5 are 2 x 2 x 3 m; its sphere's radius is half the diagonal sqrt(17)/2
    expect(echo[5]).toBe(`to world 998.500000,-21.000000,301.000000 back 1,2,3 2 exists true false volume ${(Math.sqrt(17) / 2).toFixed(6)} box 997.250000,-21.750000,299.750000`);
  });

  it("defaults: a large grid at its position facing -Z, blocks at cell 0 facing Forward/Up", () => {
    const sim = sim1();
    sim.addGrid({ name: "H", position: [1, 2, 3] });
    const b = sim.addBlock("H", { type: "BatteryBlock", name: "B" }) as unknown as IMyTerminalBlock;
    const c = sim.addBlock("H", { type: "BatteryBlock", name: "C", position: [0, 0, -2] }) as unknown as IMyTerminalBlock;
    const g = b.CubeGrid;
    expect(g instanceof IMyCubeGrid && g.GridSize).toBe(2.5);
    expect(g.GridSizeEnum).toBe(MyCubeSize.Large);
    expect(b.WorldMatrix.Equals(MatrixD.CreateWorld(new Vector3D(1, 2, 3), Vector3D.Forward, Vector3D.Up))).toBe(true);
    expect(b.Orientation.Forward).toBe(Base6Directions.Direction.Forward);
    expect(b.Position.Equals(Vector3I.Zero)).toBe(true);
    // two cells forward (-Z) of a large grid: 5 m
    expect(c.GetPosition().Equals(new Vector3D(1, 2, -2))).toBe(true);
    expect(g.WorldToGridInteger(new Vector3D(1, 2, -2)).Equals(new Vector3I(0, 0, -2))).toBe(true);
    // halves round to even, as .NET's Math.Round: 1.25 m is half a cube -> 0; 3.75 m is 1.5 cubes -> 2
    expect(g.WorldToGridInteger(new Vector3D(2.25, 2, 3)).X).toBe(0);
    expect(g.WorldToGridInteger(new Vector3D(4.75, 2, 3)).X).toBe(2);
  });

  it("bad geometry in a scenario is a clear error naming the grid or block", () => {
    const scenario = (grid: Record<string, unknown>, block: Record<string, unknown> = {}): Scenario =>
      ({ grids: [{ name: "G", ...grid, blocks: [{ type: "BatteryBlock", name: "B", ...block }] }] }) as Scenario;
    expect(() => buildSimulation(scenario({ gridSize: "Huge" }))).toThrow(`grid "G": "gridSize" must be "Large" or "Small", got "Huge"`);
    expect(() => buildSimulation(scenario({ forward: [0, 1, 0] }))).toThrow(`grid "G": "forward" and "up" must be non-zero and perpendicular`);
    expect(() => buildSimulation(scenario({}, { position: [0.5, 0, 0] }))).toThrow(`grid "G", block "B": "position" is the block's cell in its grid: integers`);
    expect(() => buildSimulation(scenario({}, { orientation: { forward: "Sideways" } }))).toThrow(`"orientation.forward" must be one of Forward, Backward, Left, Right, Up, Down`);
    expect(() => buildSimulation(scenario({}, { orientation: { forward: "Up", up: "Down" } }))).toThrow(`"orientation": forward Up and up Down must be perpendicular`);
  });
});
