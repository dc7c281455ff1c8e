// Block kinds of terminal.dat (sim/blocks/kind-block.ts) and their dynamics (sim/blocks/dynamics.ts).
// Verdicts come from the trace ("property", "action", "text" events) and from what scripts read.
import { describe, expect, it } from "vitest";
import { ChargeMode, DoorStatus, PistonStatus, UpdateType, VentStatus } from "pbts/se";
import { buildSimulation, type Scenario } from "pbts/sim";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import { API_BASES } from "../../compiler/se/generated/members.ts";
import { sim1, script, type P } from "./helpers.ts";

function props(sim: ReturnType<typeof sim1>, block: string, name: string): unknown[] {
  return sim.trace.forBlock(block, "property").filter((e) => e.data.name === name).map((e) => e.data.value);
}
function tickOf(sim: ReturnType<typeof sim1>, block: string, name: string, value: unknown): number | undefined {
  return sim.trace.forBlock(block, "property").find((e) => e.data.name === name && e.data.value === value)?.tick;
}

describe("every block kind of terminal.dat", () => {
  it("builds every kind by type definition and by interface name, with every interface terminal.dat lists", () => {
    const kinds = Object.keys(BLOCK_KINDS);
    expect(kinds.length).toBe(85);
    for (const k of kinds) {
      const sim = sim1();
      const a = sim.addBlock("G", { type: k, name: "A" });
      const b = sim.addBlock("G", { type: BLOCK_KINDS[k]!.iface, name: "B" });
      expect(b.interfaces.has(BLOCK_KINDS[k]!.iface), k).toBe(true);
      for (const i of BLOCK_KINDS[k]!.interfaces) if (API_BASES[i]) expect(a.interfaces.has(i), `${k} ${i}`).toBe(true);
    }
  });

  it("a script finds a battery with GetBlocksOfType and reads its API properties (defaults)", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "BatteryBlock", name: "Bat" });
    let seen: unknown[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        main: (p: P) => {
          const bat = p.GridTerminalSystem.GetBlockWithName("Bat") as any;
          seen = [bat.MaxStoredPower, bat.CurrentStoredPower, bat.ChargeMode, bat.IsCharging, bat.Enabled];
        },
      }),
    });
    sim.start();
    sim.pb("PB").run(UpdateType.Terminal, "");
    expect(seen).toEqual([3, 3, ChargeMode.Auto, false, true]);
  });

  it("unknown kind, subtype, property and value type are clear errors naming the block and the choices", () => {
    const base = (b: Record<string, unknown>, events: unknown[] = []): Scenario => ({ grids: [{ name: "G", blocks: [b as never] }], events: events as never });
    expect(() => buildSimulation(base({ type: "Batery", name: "X" }))).toThrow(/block "X": unknown block type "Batery".*BatteryBlock/);
    expect(() => buildSimulation(base({ type: "Door", name: "D", subtype: "Nope" }))).toThrow(/block "D": unknown subtype "Nope" for Door: use one of .*SmallSideDoor/);
    expect(() => buildSimulation(base({ type: "Door", name: "D", properties: { Colour: 1 } }))).toThrow(/block "D": property "Colour"|unknown property "Colour" for IMyDoor: use one of .*OpenRatio/);
    expect(() => buildSimulation(base({ type: "BatteryBlock", name: "B", properties: { ChargeMode: "Fast" } }))).toThrow(/ChargeMode" expects a ChargeMode \(Auto, Recharge, Discharge\)/);
    expect(() => buildSimulation(base({ type: "BatteryBlock", name: "B" }, [{ tick: 5, kind: "set", block: "B", property: "CurrentStoredPower", value: "low" }]))).toThrow(
      /event 1 \("set", block "B"\): property "CurrentStoredPower" expects a number/,
    );
  });

  it("settable properties are writable by scripts; read-only ones throw; a change is a property event", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "IMyBatteryBlock", name: "Bat" });
    let err = "";
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        main: (p: P) => {
          const bat = p.GridTerminalSystem.GetBlockWithName("Bat") as any;
          bat.ChargeMode = ChargeMode.Recharge;
          try {
            bat.CurrentStoredPower = 1;
          } catch (e) {
            err = (e as Error).message;
          }
        },
      }),
    });
    sim.start();
    sim.pb("PB").run(UpdateType.Terminal, "");
    expect(err).toMatch(/read-only/);
    expect(sim.trace.forBlock("Bat", "property")).toContainEqual({ tick: 0, block: "Bat", kind: "property", data: { name: "ChargeMode", value: "Recharge", by: "PB" } });
    expect(props(sim, "Bat", "OnlyRecharge")).toEqual([true]);
  });
});

describe("terminal properties and actions (terminal.dat names)", () => {
  it("GetValue/SetValue and typed extensions; OnOff is Enabled; GetProperty of an unknown id is null", () => {
    const sim = sim1();
    const piston = sim.addBlock("G", { type: "ExtendedPistonBase", name: "P" }) as any;
    sim.start();
    piston.SetValueFloat("Velocity", 0.5);
    expect(piston.Velocity).toBe(0.5);
    expect(piston.GetValueFloat("UpperLimit")).toBe(0); // a terminal-only property (no API member of that name)
    piston.SetValueBool("OnOff", false);
    expect(piston.Enabled).toBe(false);
    expect(piston.GetValueBool("OnOff")).toBe(false);
    expect(piston.GetProperty("Velocity").Id).toBe("Velocity");
    expect(piston.GetProperty("Nope")).toBe(null);
    expect(() => piston.SetValue("Velocity", true)).toThrow("Property Velocity is not of type Boolean, correct type is Single"); // the game's Cast<bool>
    expect(props(sim, "P", "Enabled")).toEqual([false]);
  });

  it("ApplyAction: OnOff toggles, OnOff_On sets; every action is an action event; unknown names are the game's null reference", () => {
    const sim = sim1();
    const d = sim.addBlock("G", { type: "Door", name: "D" }) as any;
    sim.start();
    d.ApplyAction("OnOff");
    d.ApplyAction("OnOff_On");
    d.GetActionWithName("Open").Apply(d);
    expect(d.Enabled).toBe(true);
    expect(d.Status).toBe(DoorStatus.Opening);
    expect(sim.trace.ofKind("action").map((e) => e.data.name)).toEqual(["OnOff", "OnOff_On", "Open"]);
    expect(props(sim, "D", "Enabled")).toEqual([false, true]);
    // as in the game: ApplyAction is GetActionWithName(name).Apply(block), so an unknown name is a null reference
    expect(() => d.ApplyAction("Explode")).toThrow("Object reference not set to an instance of an object.");
    // GetValueX is GetProperty(id).Cast<T>().GetValue(block): Cast throws the game's InvalidOperationException
    expect(() => d.GetValueBool("Explode")).toThrow("Invalid property");
    expect(() => d.GetValueFloat("OnOff")).toThrow("Property OnOff is not of type Single, correct type is Boolean");
    expect(d.GetActionWithName("Explode")).toBe(null);
    expect(d.HasAction("Open_Off")).toBe(true);
  });
});

describe("dynamics", () => {
  it("door: Opening -> Open over openSeconds (default 1 s), Closing -> Closed; OpenRatio moves", () => {
    const sim = sim1();
    const d = sim.addBlock("G", { type: "Door", name: "D" }) as any;
    const h = sim.addBlock("G", { type: "AirtightHangarDoor", name: "H", rates: { openSeconds: 0.5 } }) as any;
    sim.start();
    d.OpenDoor();
    h.OpenDoor();
    sim.runTicks(70);
    expect(tickOf(sim, "D", "Status", "Opening")).toBe(0);
    expect(tickOf(sim, "D", "Status", "Open")).toBe(60);
    expect(tickOf(sim, "H", "Status", "Open")).toBe(30);
    expect(d.OpenRatio).toBe(1);
    d.CloseDoor();
    sim.runTicks(30);
    expect(d.Status).toBe(DoorStatus.Closing);
    expect(d.OpenRatio).toBeCloseTo(0.5, 5);
    sim.runTicks(30);
    expect(d.Status).toBe(DoorStatus.Closed);
    expect(d.Open).toBe(false);
  });

  it("door: a scenario's Open (a set event, as a player's hand) moves the door; one in properties starts it open", () => {
    // everyday finding: `set` Open stored a bare fact, so Open read true while Status stayed Closed
    const sc: Scenario = {
      grids: [{ name: "G", blocks: [{ type: "Door", name: "D" }, { type: "Door", name: "E", properties: { Open: true } }] }],
      events: [
        { tick: 10, kind: "set", block: "D", property: "Open", value: true },
        { tick: 100, kind: "set", block: "D", property: "Open", value: false },
        { tick: 200, kind: "set", block: "E", property: "Open", value: false },
      ] as never,
    };
    const { sim } = buildSimulation(sc);
    const e = sim.world.block("E") as any;
    expect([e.Status, e.OpenRatio, e.Open]).toEqual([DoorStatus.Open, 1, true]);
    sim.start();
    sim.runTicks(300);
    expect(props(sim, "D", "Status")).toEqual(["Opening", "Open", "Closing", "Closed"]);
    expect(tickOf(sim, "D", "Status", "Opening")).toBe(10);
    expect(tickOf(sim, "D", "Status", "Closing")).toBe(100);
    expect(props(sim, "E", "Status")).toEqual(["Closing", "Closed"]);
    expect(props(sim, "E", "Open")).toEqual([false]);
  });

  it("piston: moves at Velocity within limits; Status Extending -> Extended, Retracting -> Retracted", () => {
    const sim = sim1();
    const p = sim.addBlock("G", { type: "IMyExtendedPistonBase", name: "P", properties: { MaxLimit: 2 } }) as any;
    sim.start();
    p.Velocity = 1;
    sim.runTicks(60);
    expect(p.CurrentPosition).toBeCloseTo(1, 4);
    expect(p.Status).toBe(PistonStatus.Extending);
    sim.runTicks(70);
    expect(p.CurrentPosition).toBe(2);
    expect(p.Status).toBe(PistonStatus.Extended);
    p.ApplyAction("Retract");
    sim.runTicks(200);
    expect(p.CurrentPosition).toBe(0);
    expect(p.Status).toBe(PistonStatus.Retracted);
    expect(props(sim, "P", "Status")).toEqual(["Extending", "Extended", "Retracting", "Retracted"]);
    p.Velocity = 100; // clamped to MaxVelocity
    expect(p.Velocity).toBe(5);
  });

  it("rotor: Angle turns at TargetVelocityRPM, stops at UpperLimitDeg; off means no motion", () => {
    const sim = sim1();
    const r = sim.addBlock("G", { type: "MotorStator", name: "R" }) as any;
    sim.start();
    r.TargetVelocityRPM = 10; // 60 deg/s
    sim.runTicks(60);
    expect((r.Angle * 180) / Math.PI).toBeCloseTo(60, 3);
    r.UpperLimitDeg = 90;
    sim.runTicks(60);
    expect((r.Angle * 180) / Math.PI).toBeCloseTo(90, 3);
    r.Enabled = false;
    r.TargetVelocityRPM = -10;
    sim.runTicks(60);
    expect((r.Angle * 180) / Math.PI).toBeCloseTo(90, 3);
    expect(r.TargetVelocityRad).toBeCloseTo((-10 * 2 * Math.PI) / 60, 5);
  });

  it("battery: Recharge charges at MaxInput, Discharge/Auto discharge at the load rate (timeScale speeds time)", () => {
    const sim = sim1();
    const b = sim.addBlock("G", { type: "BatteryBlock", name: "B", properties: { CurrentStoredPower: 1 }, rates: { loadMW: 6, timeScale: 60 } }) as any;
    sim.start();
    sim.runTicks(60); // 60 game seconds of 6 MW: 0.1 MWh
    expect(b.CurrentStoredPower).toBeCloseTo(0.9, 4);
    expect(b.CurrentOutput).toBe(6);
    expect(b.IsCharging).toBe(false);
    b.ChargeMode = ChargeMode.Recharge;
    sim.runTicks(60); // 12 MW for 60 s: +0.2 MWh
    expect(b.CurrentStoredPower).toBeCloseTo(1.1, 4);
    expect(b.IsCharging).toBe(true);
    expect(b.OnlyRecharge).toBe(true);
  });

  it("air vent: Depressurize drains over pressurizeSeconds (default 3 s): Depressurizing -> Depressurized and back", () => {
    const sim = sim1();
    const v = sim.addBlock("G", { type: "AirVent", name: "V" }) as any;
    sim.start();
    expect(v.GetOxygenLevel()).toBe(1);
    expect(v.Status).toBe(VentStatus.Pressurized);
    v.Depressurize = true;
    sim.runTicks(90);
    expect(v.Status).toBe(VentStatus.Depressurizing);
    expect(v.GetOxygenLevel()).toBeCloseTo(0.5, 5);
    sim.runTicks(90);
    expect(v.Status).toBe(VentStatus.Depressurized);
    expect(v.GetOxygenLevel()).toBe(0);
    expect(tickOf(sim, "V", "Status", "Depressurized")).toBe(180);
    v.ApplyAction("Depressurize_Off");
    sim.runTicks(180);
    expect(props(sim, "V", "Status")).toEqual(["Depressurizing", "Depressurized", "Pressurizing", "Pressurized"]);
  });

  it("timer: StartCountdown triggers after TriggerDelay (recorded as an action event), Stop cancels", () => {
    const sim = sim1();
    const t = sim.addBlock("G", { type: "TimerBlock", name: "T", properties: { TriggerDelay: 2 } }) as any;
    sim.start();
    t.StartCountdown();
    expect(t.IsCountingDown).toBe(true);
    sim.runTicks(130);
    expect(sim.trace.forBlock("T", "action")).toEqual([{ tick: 120, block: "T", kind: "action", data: { name: "Trigger", by: "countdown" } }]);
    expect(t.IsCountingDown).toBe(false);
    t.ApplyAction("Start");
    sim.runTicks(60);
    t.ApplyAction("Stop");
    sim.runTicks(120);
    expect(sim.trace.forBlock("T", "action").map((e) => e.data.name)).toEqual(["Trigger", "Start", "Stop"]);
  });

  it("thrust and gyro overrides are recorded as property events", () => {
    const sim = sim1();
    const th = sim.addBlock("G", { type: "Thrust", name: "Th" }) as any;
    const g = sim.addBlock("G", { type: "Gyro", name: "Gy" }) as any;
    sim.start();
    th.ThrustOverridePercentage = 0.5;
    g.GyroOverride = true;
    g.Yaw = 1.5;
    expect(props(sim, "Th", "ThrustOverridePercentage")).toEqual([0.5]);
    expect(props(sim, "Gy", "GyroOverride")).toEqual([true]);
    expect(props(sim, "Gy", "Yaw")).toEqual([1.5]);
  });
});

describe("scenario set events and text events", () => {
  it("a set event changes a read-only value at its tick (a property event); an LCD write is a text event", () => {
    const scenario: Scenario = {
      grids: [{ name: "G", blocks: [{ type: "BatteryBlock", name: "Bat" } as never, { type: "TextPanel", name: "LCD" } as never] }],
      events: [{ tick: 5, kind: "set", block: "Bat", property: "CurrentStoredPower", value: 0.25 } as never],
    };
    const { sim } = buildSimulation(scenario);
    sim.start().runTicks(6);
    expect(props(sim, "Bat", "CurrentStoredPower")).toEqual([0.25]);
    expect(sim.trace.forBlock("Bat", "property").find((e) => e.data.name === "CurrentStoredPower")!.tick).toBe(5);
    (sim.world.block("LCD") as any).WriteText("hello");
    (sim.world.block("LCD") as any).WriteText("hello");
    expect(sim.trace.ofKind("text")).toEqual([{ tick: 6, block: "LCD", kind: "text", data: { text: "hello", by: "host" } }]);
  });
});

describe("one source of truth", () => {
  it("kinds.generated.ts and BlockProxies.generated.cs are what the generator makes from the reference (npm run sim:kinds)", async () => {
    const { readFileSync } = await import("node:fs");
    const { generate, generateCs } = await import("../../sim/blocks/kinds-gen.ts");
    expect(readFileSync("sim/blocks/kinds.generated.ts", "utf8")).toBe(generate());
    const host = "compiler/csharp/host/";
    expect(readFileSync(host + "BlockProxies.generated.cs", "utf8")).toBe(generateCs(readFileSync(host + "ProxyBases.generated.cs", "utf8"), readFileSync(host + "Proxies.cs", "utf8")));
  });
});
