// The API members issue 11's audit found throwing "not modelled", each with the value a player would
// expect (README, Simulator, the defaults table): top parts (Top, TopGrid, Base) through attach and
// detach, a turret controller's rotor, a thruster's direction in the cockpit's frame (worked out by
// hand below), the IMyCubeBlock facts (Mass, DisassembleRatio, NumberInGrid), a projector's offset and
// its parts, UseConveyorSystem. Both engines: test/engine/scenarios/top-part.json (also compared event
// by event by test/engine/two-engines.test.ts).
import { describe, expect, it } from "vitest";
import { MyDetectedEntityInfo, MyWaypointInfo, Vector3I } from "pbts/se";
import { Simulation, runScenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type B = Record<string, any>;

// The thruster faces grid Backward, so it pushes toward grid Forward (0,0,-1); the cockpit faces grid Up
// with its up grid Backward, so its right is Up x Backward = (1,0,0): the push is along the cockpit's
// -up, (0,-1,0) in its frame.
const TOP_PART = [
  "start: Rotor: attached true top MyObjectBuilder_MotorRotor/LargeRotor rotor true pistonTop false grid Head on Head base Rotor true n 1; Piston: attached true top MyObjectBuilder_PistonTop/LargePistonTop rotor false pistonTop true grid Arm on Arm base Piston true n 1\nthrust 0,-1,0",
  "detach: Rotor: attached false top null grid null; Piston: attached true top MyObjectBuilder_PistonTop/LargePistonTop rotor false pistonTop true grid Arm on Arm base Piston true n 1\nthrust 0,-1,0",
  "attach: Rotor: attached true top MyObjectBuilder_MotorRotor/LargeRotor rotor true pistonTop false grid Head on Head base Rotor true n 1; Piston: attached true top MyObjectBuilder_PistonTop/LargePistonTop rotor false pistonTop true grid Arm on Arm base Piston true n 1\nturret azimuth null -> Rotor\nthrust 0,-1,0",
];
const topPart = async (engine: "ts" | "cs") => {
  const { sim } = await runScenario("test/engine/scenarios/top-part.json", { engine });
  return { sim, echo: sim.trace.forBlock("PB Top", "run").map((e) => String(e.data.echo).trim()) };
};

function sim1(): Simulation {
  const sim = new Simulation({ seed: 1, phases: "zero" });
  sim.addGrid({ name: "G" });
  sim.addGrid({ name: "T", position: [0, 5, 0] });
  return sim;
}

describe("members a script reads that the simulator once did not model", () => {
  it("top parts: Top/TopGrid/Base while attached, null when detached, the same part again; a turret's rotor; thrust direction (top-part.json)", async () => {
    const { sim, echo } = await topPart("ts");
    expect(echo).toEqual(TOP_PART);
    expect(sim.trace.ofKind("property").map((e) => `${e.tick} ${e.block}.${e.data.name}=${e.data.value}`)).toEqual(["2 Rotor.IsAttached=false", "3 Rotor.IsAttached=true", "3 Turret Control.AzimuthRotor=Rotor"]);
  });
  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("the C# engine prints the same lines", { timeout: 120_000 }, async () => {
    expect((await topPart("cs")).echo).toEqual(TOP_PART);
  });

  it("a top part is one object, not a terminal block; a mechanical block without a joint has none; a detach event detaches it", () => {
    const sim = sim1();
    const rotor = sim.addBlock("G", { type: "MotorAdvancedStator", name: "Hinge", subtype: "LargeHinge" } as never) as unknown as B;
    const lone = sim.addBlock("G", { type: "MotorStator", name: "Lone" } as never) as unknown as B;
    sim.world.addJoint("Hinge", "G", "T", "hinge");
    sim.at(2, { kind: "detach", joint: "Hinge" } as never);
    sim.start();
    const top = rotor.Top as B;
    expect(top).toBe(rotor.Top);
    expect([top.BlockDefinition.ToString(), top.interfaces.has("IMyMotorAdvancedRotor"), top.interfaces.has("IMyTerminalBlock"), top.Base, top.CubeGrid.CustomName]).toEqual(["MyObjectBuilder_MotorAdvancedRotor/LargeHingeHead", true, false, rotor, "T"]);
    expect([lone.Top, lone.TopGrid, lone.IsAttached]).toEqual([null, null, false]);
    sim.runTicks(3);
    expect([rotor.Top, rotor.TopGrid, top.Base, top.IsAttached]).toEqual([null, null, null, false]);
  });

  it("Mass and DisassembleRatio are scenario facts (0 kg and 1 by default), NumberInGrid counts a grid's blocks of one kind and subtype", () => {
    const sim = sim1();
    const a = sim.addBlock("G", { type: "BatteryBlock", name: "A", properties: { Mass: 1234.5 } } as never) as unknown as B;
    const b = sim.addBlock("G", { type: "BatteryBlock", name: "B", position: [1, 0, 0] } as never) as unknown as B;
    const other = sim.addBlock("T", { type: "BatteryBlock", name: "C" } as never) as unknown as B;
    const pb = sim.addBlock("G", { type: "programmable", name: "P", position: [2, 0, 0] } as never) as unknown as B;
    sim.at(1, { kind: "set", block: "P", property: "Mass", value: 10 } as never);
    sim.start();
    sim.runTicks(2);
    expect([a.Mass, b.Mass, pb.Mass, a.DisassembleRatio, pb.DisassembleRatio]).toEqual([1234.5, 0, 10, 1, 1]);
    expect([a.NumberInGrid, b.NumberInGrid, other.NumberInGrid, pb.NumberInGrid]).toEqual([1, 2, 1, 1]);
    expect(sim.trace.ofKind("property").map((e) => `${e.block}.${e.data.name}=${e.data.value}`)).toEqual(["P.Mass=10"]);
  });

  it("a projector's offset and its X/Y/Z parts and sliders are one value; UseConveyorSystem is on and is the Use Conveyor checkbox", () => {
    const sim = sim1();
    const p = sim.addBlock("G", { type: "Projector", name: "P" } as never) as unknown as B;
    const drill = sim.addBlock("G", { type: "Drill", name: "D", position: [1, 0, 0] } as never) as unknown as B;
    const conn = sim.addBlock("G", { type: "connector", name: "C", position: [2, 0, 0] } as never) as unknown as B;
    sim.start();
    p.ProjectionOffset = new Vector3I(1, 2, 3);
    p.SetValueFloat("RotY", 1.4);
    expect([p.ProjectionOffsetX, p.ProjectionOffsetY, p.ProjectionOffsetZ, p.GetValueFloat("Z"), p.ProjectionRotY, p.ProjectionRotation.Y]).toEqual([1, 2, 3, 3, 1, 1]);
    expect([drill.UseConveyorSystem, drill.GetValueBool("UseConveyor"), conn.UseConveyorSystem]).toEqual([true, true, true]);
    drill.SetValueBool("UseConveyor", false);
    expect(drill.UseConveyorSystem).toBe(false);
  });

  it("waypoints, detections and enemies the simulator has none of: empty values, null, a search component that found nothing", () => {
    const sim = sim1();
    const rc = sim.addBlock("G", { type: "RemoteControl", name: "RC" } as never) as unknown as B;
    const fm = sim.addBlock("G", { type: "FlightMovementBlock", name: "FM", position: [1, 0, 0] } as never) as unknown as B;
    const sensor = sim.addBlock("G", { type: "SensorBlock", name: "S", position: [2, 0, 0] } as never) as unknown as B;
    const combat = sim.addBlock("G", { type: "OffensiveCombatBlock", name: "O", position: [3, 0, 0] } as never) as unknown as B;
    const defence = sim.addBlock("G", { type: "DefensiveCombatBlock", name: "D", position: [4, 0, 0] } as never) as unknown as B;
    sim.start();
    expect(rc.CurrentWaypoint).toBeInstanceOf(MyWaypointInfo);
    expect(rc.Direction).toBe(0); // Base6Directions.Direction.Forward
    expect(fm.CurrentWaypoint).toBeNull();
    expect(sensor.LastDetectedEntity).toBeInstanceOf(MyDetectedEntityInfo);
    expect([combat.SearchEnemyComponent.FoundEnemyId, combat.SearchEnemyComponent === combat.SearchEnemyComponent]).toEqual([null, true]);
    expect([defence.FleeBeaconEntityId, defence.FleeCoordinates, defence.CustomFleeCoordinates]).toEqual([null, null, null]);
  });
});
