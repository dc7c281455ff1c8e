// Multi-cube blocks (a scenario `size` and `center`: Min/Max/Position as the game's MySlimBlock computes
// them), GetCubeBlock (IMySlimBlock) and grid velocity (IMyCubeGrid.LinearVelocity/Speed from the scenario and `move` events; ship
// controllers follow their grid's). Numbers worked out by hand from test/engine/scenarios/grid-motion.json,
// which test/engine/two-engines.test.ts also runs on the C# engine.
import { describe, expect, it } from "vitest";
import { Vector3I, type IMyCubeBlock, type IMyShipController } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { sim1 } from "./helpers.ts";

const SCENARIO = "test/engine/scenarios/grid-motion.json";
// Tank: size [1,2,3] at cell 0 facing Forward/Up: right +X, up +Y, backward +Z; center (size-1)/2 = (0,0,1),
// so Min = (0,0,-1), Max = (0,1,1); its centre (0,0.5,0) cells = (0,1.25,0) m from the grid at (100,0,0);
// its box is 2.5 x 5 x 7.5 m about that centre.
const TANK = "tank pos 0,0,0 min 0,0,-1 max 0,1,1 at 100.0000,1.2500,0.0000 box 98.7500,-1.2500,-3.7500..101.2500,3.7500,3.7500";
// Hangar: forward Up (+Y), up Backward (+Z): right = forward x up = +X; local (x, y, z) -> (x, -z, y).
// size-1 (0,1,2) -> (0,-2,1): |.| = (0,2,1); center (0,0,1) -> (0,-1,0), shifted by 2 along the flipped Y:
// Min = (5,5,5) - (0,1,0) = (5,4,5), Max = (5,6,6); centre (5,5,5.5) cells = (12.5,12.5,13.75) m.
const DOOR = "door pos 5,5,5 min 5,4,5 max 5,6,6 at 112.5000,12.5000,13.7500 box 111.2500,8.7500,11.2500..113.7500,16.2500,16.2500";
const GRID = "grid min 0,-3,-1 max 5,6,6 exists true false true";

async function echoes(engine: "ts" | "cs"): Promise<string[][]> {
  const { sim } = await runScenario(SCENARIO, { engine });
  return sim.trace.forBlock("PB Motion", "run").map((e) => String(e.data.echo).split("\n").filter((l) => l !== ""));
}

describe("multi-cube blocks and grid velocity", () => {
  it("the grid-motion scenario: cells, boxes and velocities as worked out by hand", async () => {
    const runs = await echoes("ts");
    // GetCubeBlock of any cell of the tank is its slim block (one object), null where no block is
    const SLIM = "slim fat true at 0,0,0 destroyed false owner true same true grid true empty true";
    // BlockDefinition: "MyObjectBuilder_<terminal.dat kind>/<subtype>" (the kind's first subtype unless the scenario gives one)
    const DEF = "def MyObjectBuilder_OxygenTank/LargeBlockOxygenTankLab LargeBlockOxygenTankLab MyObjectBuilder_MyProgrammableBlock true AirtightHangarDoorWarfare2A";
    expect(runs[0]).toEqual([TANK, DOOR, GRID, SLIM, DEF, "velocity 3,4,0 speed 5 cockpit 5 3.0000,4.0000,0.0000"]);
    // tick 5: move sets the velocity: the grid's and its cockpit's
    expect(runs[1]![5]).toBe("velocity 0,0,-12.5 speed 12.5 cockpit 12.5 0.0000,0.0000,-12.5000");
    // tick 8: move to the origin: positions follow, the velocity stays
    expect(runs[2]![0]).toBe("tank pos 0,0,0 min 0,0,-1 max 0,1,1 at 0.0000,1.2500,0.0000 box -1.2500,-1.2500,-3.7500..1.2500,3.7500,3.7500");
    expect(runs[2]![5]).toBe("velocity 0,0,-12.5 speed 12.5 cockpit 12.5 0.0000,0.0000,-12.5000");
  });

  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("the C# engine prints the same lines", { timeout: 120_000 }, async () => {
    expect(await echoes("cs")).toEqual(await echoes("ts"));
  });

  it("a velocity change is traced on the ship controllers; a world save/load keeps the grid's velocity", () => {
    const sim = sim1();
    sim.addGrid({ name: "S", linearVelocity: [1, 0, 0] });
    const c = sim.addBlock("S", { type: "RemoteControl", name: "RC" }) as unknown as IMyShipController;
    const own = sim.addBlock("S", { type: "Cockpit", name: "Own", properties: { LinearVelocity: [0, 9, 0] } }) as unknown as IMyShipController;
    sim.at(2, { kind: "save" });
    sim.at(3, { kind: "move", grid: "S", linearVelocity: [0, 2, 0] });
    sim.at(5, { kind: "load" });
    sim.start();
    const grid = (c as unknown as IMyCubeBlock).CubeGrid;
    expect([grid.Speed, c.GetShipSpeed(), own.GetShipSpeed()]).toEqual([1, 1, 9]); // a controller's own value wins
    sim.runTicks(4);
    expect([grid.Speed, c.GetShipSpeed(), own.GetShipSpeed()]).toEqual([2, 2, 2]);
    expect(sim.trace.forBlock("RC", "property").map((e) => [e.tick, e.data.name, e.data.value])).toEqual([[3, "LinearVelocity", [0, 2, 0]]]);
    sim.runTicks(2);
    expect([grid.LinearVelocity.X, grid.Speed]).toEqual([1, 1]);
  });

  it("a one-cube block keeps Min = Max = Position; CubeExists covers every cell of a multi-cube block", () => {
    const sim = sim1();
    sim.addGrid({ name: "H" });
    const b = sim.addBlock("H", { type: "BatteryBlock", name: "B", position: [1, 1, 1] }) as unknown as IMyCubeBlock;
    const big = sim.addBlock("H", { type: "CargoContainer", name: "C", position: [-4, 0, 0], size: [3, 3, 3] }) as unknown as IMyCubeBlock;
    expect([b.Min.Equals(b.Position), b.Max.Equals(b.Position)]).toEqual([true, true]);
    expect([big.Min.X, big.Max.X, big.Min.Y, big.Max.Y]).toEqual([-5, -3, -1, 1]);
    const g = b.CubeGrid;
    expect([g.CubeExists(new Vector3I(-5, -1, 1)), g.CubeExists(new Vector3I(-2, 0, 0))]).toEqual([true, false]);
  });

  it("GetCubeBlock: a destroyed block leaves its cells; integrity and components are not modelled", () => {
    const sim = sim1();
    sim.addGrid({ name: "H" });
    const b = sim.addBlock("H", { type: "BatteryBlock", name: "B", position: [1, 0, 0] }) as unknown as IMyCubeBlock;
    sim.at(2, { kind: "destroy", block: "B" });
    sim.start();
    const slim = b.CubeGrid.GetCubeBlock(new Vector3I(1, 0, 0))!;
    expect(slim.FatBlock).toBe(b);
    expect(() => slim.MaxIntegrity).toThrow("not modelled in the simulator: IMySlimBlock.MaxIntegrity");
    sim.runTicks(3);
    expect([slim.IsDestroyed, b.CubeGrid.GetCubeBlock(new Vector3I(1, 0, 0))]).toEqual([true, null]);
  });

  it("bad sizes, centres and move events are clear errors", () => {
    const scenario = (block: Record<string, unknown>, events: unknown[] = []): Scenario =>
      ({ grids: [{ name: "G", blocks: [{ type: "BatteryBlock", name: "B", ...block }] }], events }) as Scenario;
    expect(() => buildSimulation(scenario({ size: [0, 1, 1] }))).toThrow(`grid "G", block "B": "size" is the block's size in cubes along its right, up and backward: positive integers, got [0,1,1]`);
    expect(() => buildSimulation(scenario({ size: [1, 2, 1], center: [0, 2, 0] }))).toThrow(`"center" is the block's Position cell in its own axes: integers within 0..size-1 (size [1,2,1]), got [0,2,0]`);
    expect(() => buildSimulation(scenario({}, [{ tick: 1, kind: "move", grid: "G" }]))).toThrow(`event 1 ("move"): needs "position" or "linearVelocity" ([x, y, z])`);
    expect(() => buildSimulation({ grids: [{ name: "G", linearVelocity: [1, 2], blocks: [] }] } as unknown as Scenario)).toThrow(`grid "G": "linearVelocity" must be [x, y, z] in m/s (finite numbers), got [1,2]`);
  });
});
