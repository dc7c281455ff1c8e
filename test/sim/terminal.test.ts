// Terminal actions and properties per block family (test/engine/scenarios/terminal.json, also run by
// both engines in test/engine/two-engines.test.ts): the game's extension methods go through
// GetActionWithName / GetProperty, so both engines share one path; a missing one is a null reference.
import { describe, expect, it } from "vitest";
import { DoorStatus, type IMyDoor } from "pbts/se";
import { runScenario } from "pbts/sim";
import { sim1 } from "./helpers.ts";

describe("terminal actions and properties", () => {
  it("the terminal scenario: each family reacts to its terminal names; the reads agree", async () => {
    const { sim } = await runScenario("test/engine/scenarios/terminal.json");
    const at100 = sim.trace.events.filter((e) => e.tick === 100 && (e.kind === "action" || e.kind === "property")).map((e) => `${e.block} ${e.kind} ${e.kind === "action" ? e.data.name : `${e.data.name}=${JSON.stringify(e.data.value)}`}`);
    for (const x of [
      "Door action Open_On", "Door property Status=\"Opening\"", "Vent property Depressurize=true", "Battery action Recharge",
      "Battery property ChargeMode=\"Recharge\"", "Piston property Velocity=2.5", "Piston property UpperLimit=4",
      "Rotor property TargetVelocityRPM=30", "Timer property TriggerDelay=1", "Timer action Start", "Thruster property Override=5000",
      "Gyro property Override=true", "Gyro property Yaw=0.5", "Gyro action OnOff", "Gyro property Enabled=false",
    ]) expect(at100).toContain(x);
    expect(sim.trace.forBlock("Timer", "action").map((e) => [e.tick, e.data.name, e.data.by])).toEqual([[100, "Start", "PB Terminal"], [160, "Trigger", "countdown"]]);
    const echo = sim.trace.forBlock("PB Terminal", "run").map((e) => String(e.data.echo));
    expect(echo[0]).toContain("door has Open_Off true Explode false prop X true id true");
    expect(echo[0]).toContain("velocity Velocity Single as float true as bool true value 2.5");
    expect(echo[0]).toContain("door open true vent true charge 1 piston 2.5/4 rotor 30 timer 1 thrust 5000 gyro true 0.5 on false");
    // an action's Name is terminal.dat's display text for it
    expect(echo[0]).toContain("actions Open/ Open/Closed Open_On/ Open Open_Off/ Closed IncreaseTriggerDelay+ DecreaseTriggerDelay+ TriggerNow+ gyro floats 7");
    expect(echo[3]).toContain("door open false vent true charge 0 piston -2.5/4"); // Open_Off, Auto, Reverse at tick 300
    const errors = Object.fromEntries(sim.trace.ofKind("exception").map((e) => [e.block, e.data.message]));
    expect(errors).toEqual({
      "PB Action": "Object reference not set to an instance of an object.",
      "PB Type": "Property OnOff is not of type Single, correct type is Boolean",
      "PB Missing": "Invalid property",
      "PB Dynamic": "Property Radius is not of type Boolean, correct type is Single",
    });
    expect(sim.trace.forBlock("PB Color", "run")[0]!.data.echo).toBe("255\n"); // a light's Color terminal property is its API Color (white)
    expect(sim.trace.forBlock("PB Name", "run")[0]!.data.echo).toBe("Light\n"); // Name (StringBuilder) is the CustomName
  });

  it("a door's Open terminal property reads and drives the door (SetValueBool opens it)", () => {
    const sim = sim1();
    const d = sim.addBlock("G", { type: "Door", name: "D" }) as unknown as IMyDoor;
    sim.start();
    d.SetValueBool("Open", true);
    expect(d.Status).toBe(DoorStatus.Opening);
    expect(d.GetValueBool("Open")).toBe(true);
    const p = d.GetProperty("Open")!;
    expect(p).toBe(d.GetProperty("Open")); // one object per block and id
    p.SetValue(d, false);
    expect(d.Status).toBe(DoorStatus.Closing);
  });
});
