// Terminal properties and actions of the hand-written blocks (PBs, LCDs, antennas, connectors, plain
// "block"s), the actions that are recorded only, and the API behaviour issue 11 left: GetAcceptedItems,
// MeasureStringInPixels, GetFonts/GetSprites/GetScripts, TryGetPlanetElevation/Position.
// test/engine/scenarios/block-extras.json runs the same on both engines (two-engines.test.ts).
import { describe, expect, it } from "vitest";
import { MyItemType, MyPlanetElevation, Out, StringBuilder, TextAlignment, UpdateType, Vector3D, type IMyInventory, type IMyShipController, type IMyTextPanel } from "pbts/se";
import { runScenario } from "pbts/sim";
import type { SimBlock } from "../../sim/blocks/block.ts";
import { sim1, script, type P } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type B = SimBlock & Record<string, any>;

describe("terminal properties and actions of the hand-written blocks", () => {
  it("a PB: OnOff turns it off (traced; it no longer runs), ConsoleCommand is its argument, Run runs it with it (Trigger)", () => {
    const sim = sim1();
    const seen: [string, number][] = [];
    sim.addProgrammableBlock("G", { name: "A", script: script({ main: (_p: P, arg, u) => void seen.push([arg, u]) }) });
    const b = sim.addProgrammableBlock("G", { name: "B", script: script({ main: (_p: P, arg, u) => void seen.push([`B ${arg}`, u]) }) }) as unknown as B;
    sim.start();
    b.SetValue("ConsoleCommand", new StringBuilder().Append("go"));
    expect(b.TerminalRunArgument).toBe("go");
    b.ApplyAction("RunWithDefaultArgument");
    expect(seen).toEqual([["B go", UpdateType.Trigger]]);
    b.ApplyAction("OnOff");
    expect(b.Enabled).toBe(false);
    expect(sim.trace.forBlock("B", "property").map((e) => [e.data.name, e.data.value])).toEqual([["TerminalRunArgument", "go"], ["Enabled", false]]);
    b.ApplyAction("Run"); // an off PB does not run: recorded only
    expect(seen.length).toBe(1);
    expect(sim.trace.forBlock("B", "action").map((e) => e.data.name)).toEqual(["RunWithDefaultArgument", "OnOff", "Run"]);
  });

  it("a PB's Run on itself is recorded and runs nothing (it is running)", () => {
    const sim = sim1();
    let runs = 0;
    sim.addProgrammableBlock("G", { name: "A", script: script({ main: (p: P) => { runs++; p.Me.ApplyAction("Run"); } }) });
    sim.start();
    sim.pb("A").run(UpdateType.Terminal, "");
    expect(runs).toBe(1);
    expect(sim.trace.forBlock("A", "action").map((e) => e.data)).toEqual([{ name: "Run", by: "A" }]);
  });

  it("an LCD: the screen's terminal properties are its face's (FontSize, Content, alignment, Font as the index in GetFonts)", () => {
    const sim = sim1();
    const lcd = sim.addBlock("G", { type: "text-panel", name: "LCD" }) as unknown as IMyTextPanel & B;
    sim.start();
    lcd.SetValueFloat("FontSize", 3);
    expect(lcd.FontSize).toBe(3);
    lcd.SetValue("alignment", 1);
    expect(lcd.Alignment).toBe(TextAlignment.RIGHT);
    const fonts: string[] = [];
    lcd.GetFonts(fonts);
    lcd.SetValue("Font", fonts.indexOf("Monospace"));
    expect(lcd.Font).toBe("Monospace");
    expect(lcd.GetValue("Font")).toBe(fonts.indexOf("Monospace"));
    lcd.Font = "Red";
    expect(lcd.GetValue("Font")).toBe(fonts.indexOf("Red"));
    // Increase/Decrease step FontSize by 0.1 within [0.1, 10]
    lcd.FontSize = 9.95;
    lcd.ApplyAction("IncreaseFontSize");
    lcd.ApplyAction("IncreaseFontSize");
    expect(lcd.FontSize).toBe(10);
    lcd.FontSize = 1;
    lcd.ApplyAction("DecreaseFontSize");
    expect(lcd.FontSize).toBe(Math.fround(0.9));
    // Name is the CustomName (StringBuilder); Title is stored
    lcd.SetValue("Name", new StringBuilder().Append("Status"));
    expect(lcd.CustomName).toBe("Status");
    lcd.SetValue("Title", new StringBuilder().Append("hello"));
    expect((lcd.GetValue("Title") as StringBuilder).ToString()).toBe("hello");
    expect(sim.trace.forBlock("LCD", "property").find((e) => e.data.name === "Title")?.data.value).toBe("hello");
  });

  it("an antenna: Radius, EnableBroadCast, HudText are the API's; a connector: Lock/Unlock/SwitchLock dock, Status follows", () => {
    const sim = sim1();
    sim.addGrid({ name: "D" });
    const ant = sim.addBlock("G", { type: "antenna", name: "Ant" }) as B;
    const a = sim.addBlock("G", { type: "connector", name: "A" }) as B;
    sim.addBlock("D", { type: "connector", name: "B" }) as B;
    sim.start();
    ant.SetValueFloat("Radius", 800);
    ant.ApplyAction("EnableBroadCast");
    ant.SetValue("HudText", new StringBuilder().Append("base"));
    expect([ant.Radius, ant.EnableBroadcasting, ant.HudText]).toEqual([800, false, "base"]);
    expect(ant.IsBroadcasting).toBe(false);
    a.ApplyAction("Lock"); // B is on D at the same place: in reach, it docks
    expect(a.IsConnected).toBe(true);
    expect(a.Status).toBe(2); // Connected
    a.ApplyAction("Unlock");
    expect([a.IsConnected, a.Status]).toEqual([false, 1]); // Connectable: B is still in reach
    a.ApplyAction("SwitchLock");
    expect(a.IsConnected).toBe(true);
    a.SetValueBool("ThrowOut", true);
    a.SetValueFloat("Strength", 0.5);
    expect([a.ThrowOut, a.PullStrength]).toEqual([true, 0.5]);
  });

  it('a "block" takes the terminal of its most specific interface\'s kind; FunctionalBlock otherwise', () => {
    const sim = sim1();
    const bat = sim.addBlock("G", { type: "block", name: "Bat", interfaces: ["IMyBatteryBlock"] }) as B;
    const plain = sim.addBlock("G", { type: "block", name: "Plain" }) as B;
    sim.start();
    expect(bat.HasAction("Recharge")).toBe(true);
    bat.ApplyAction("Recharge"); // recorded: a plain block has no battery model (no ChargeMode to change)
    expect(bat.GetValue("ChargeMode")).toBe(0);
    expect(sim.trace.forBlock("Bat", "action").map((e) => e.data.name)).toEqual(["Recharge"]);
    expect(plain.HasAction("Recharge")).toBe(false);
    expect(plain.HasAction("OnOff_Off")).toBe(true);
    plain.ApplyAction("OnOff_Off");
    expect(plain.Enabled).toBe(false);
  });
});

describe("actions: modelled, generic or recorded only; none throws", () => {
  it("an action whose effect is out of scope is an action event and changes nothing", () => {
    const sim = sim1();
    const s = sim.addBlock("G", { type: "SoundBlock", name: "S" }) as B;
    const w = sim.addBlock("G", { type: "Warhead", name: "W" }) as B;
    const p = sim.addBlock("G", { type: "Projector", name: "P" }) as B;
    const t = sim.addBlock("G", { type: "Thrust", name: "T" }) as B;
    sim.start();
    const props = (b: B) => Object.keys(b.terminalDef.props).map((id) => String(b.GetValue(id)));
    const before = [props(s), props(w), props(p), props(t)];
    s.ApplyAction("PlaySound");
    w.ApplyAction("Detonate");
    p.ApplyAction("SpawnProjection");
    t.GetActionWithName("SetOverride")!.Apply(t); // a toolbar slider's Set: needs the toolbar's value
    expect([props(s), props(w), props(p), props(t)]).toEqual(before);
    expect(w.Closed).toBe(false);
    expect(sim.trace.ofKind("action").map((e) => `${e.block}.${e.data.name}`)).toEqual(["S.PlaySound", "W.Detonate", "P.SpawnProjection", "T.SetOverride"]);
    expect(sim.trace.ofKind("property")).toEqual([]);
  });

  it("Increase/Decrease/Reset step Single properties (default step 1, unbounded); a transponder's Channel rounds", () => {
    const sim = sim1();
    const t = sim.addBlock("G", { type: "TransponderBlock", name: "T" }) as B;
    const r = sim.addBlock("G", { type: "MotorSuspension", name: "W" }) as B;
    sim.start();
    t.ApplyAction("IncreaseChannel");
    t.ApplyAction("IncreaseChannel");
    t.ApplyAction("DecreaseChannel");
    expect(t.GetValueFloat("Channel")).toBe(1);
    t.SetValueFloat("Channel", 2.6);
    expect(t.Channel).toBe(3);
    r.ApplyAction("IncreaseFriction");
    r.ApplyAction("IncreaseFriction");
    expect(r.GetValueFloat("Friction")).toBe(2);
    r.ApplyAction("IncreaseSpeed Limit");
    expect(r.GetValueFloat("Speed Limit")).toBe(1);
    r.ApplyAction("ResetSpeed Limit"); // the game's default (MyMotorSuspension: 360 km/h), within its range 0..360
    r.ApplyAction("IncreaseSpeed Limit");
    expect(r.GetValueFloat("Speed Limit")).toBe(360);
  });
});

describe("combo-box actions", () => {
  it("a remote control's flight mode and direction actions, a broadcast controller's target set their Int64 property", () => {
    const sim = sim1();
    const rc = sim.addBlock("G", { type: "RemoteControl", name: "RC" }) as B;
    const bc = sim.addBlock("G", { type: "BroadcastController", name: "BC" }) as B;
    sim.start();
    rc.ApplyAction("SetFlightMode_BlockPropertyTitle_FlightMode_OneWay");
    rc.ApplyAction("Up");
    bc.ApplyAction("BroadcastTargetOwner");
    expect([rc.FlightMode, rc.GetValue("FlightMode"), rc.GetValue("Direction"), bc.GetValue("BroadcastTarget")]).toEqual([2, 2, 4, 2]);
    expect(sim.trace.ofKind("property").map((e) => `${e.block}.${e.data.name}=${e.data.value}`)).toEqual(["RC.FlightMode=OneWay", "RC.Direction=Up", "BC.BroadcastTarget=2"]);
  });
});

describe("inventories: GetAcceptedItems and constraints", () => {
  it("appends what the inventory takes: a cargo container anything known, a reactor uranium ingots only (transfers of others refused)", () => {
    const sim = sim1();
    const cargo = sim.addBlock("G", { type: "CargoContainer", name: "C", inventory: [{ type: "Ore", subtype: "Iron", amount: 10 }, { type: "Ingot", subtype: "Uranium", amount: 2 }, { type: "Component", subtype: "Widget", amount: 1 }] }) as B;
    const reactor = sim.addBlock("G", { type: "Reactor", name: "R" }) as B;
    const refinery = sim.addBlock("G", { type: "Refinery", name: "F" }) as B;
    sim.start();
    const inv = cargo.GetInventory(0) as IMyInventory;
    const list: MyItemType[] = [new MyItemType("MyObjectBuilder_Ore", "Marker")];
    inv.GetAcceptedItems(list);
    expect(list[0]!.SubtypeId).toBe("Marker"); // appended, not cleared
    const names = list.map((t) => t.ToString());
    for (const t of ["MyObjectBuilder_Ore/Iron", "MyObjectBuilder_Ingot/Uranium", "MyObjectBuilder_Component/SteelPlate", "MyObjectBuilder_Component/Widget"]) expect(names).toContain(t);
    expect(new Set(names).size).toBe(names.length);
    const r: MyItemType[] = [];
    reactor.GetInventory(0)!.GetAcceptedItems(r);
    expect(r.map((t) => t.ToString())).toEqual(["MyObjectBuilder_Ingot/Uranium"]);
    const ores: MyItemType[] = [];
    refinery.GetInventory(0)!.GetAcceptedItems(ores, (t: MyItemType) => t.SubtypeId.startsWith("S"));
    expect(ores.map((t) => t.ToString())).toEqual(["MyObjectBuilder_Ore/Stone", "MyObjectBuilder_Ore/Silicon", "MyObjectBuilder_Ore/Silver", "MyObjectBuilder_Ore/Scrap"]);
    expect(inv.CanTransferItemTo(reactor.GetInventory(0)!, new MyItemType("MyObjectBuilder_Ore", "Iron"))).toBe(false);
    expect(inv.TransferItemTo(reactor.GetInventory(0)!, 0)).toBe(false);
    expect(inv.TransferItemTo(reactor.GetInventory(0)!, 1)).toBe(true);
    expect(sim.trace.ofKind("inventory").map((e) => [e.block, e.data.item, e.data.amount])).toEqual([["C", "MyObjectBuilder_Ingot/Uranium", "2"]]);
  });
});

describe("screens and ship controllers", () => {
  it("MeasureStringInPixels: the longest line × 18 px (24 in Monospace) × scale, lines × 28.8 × scale; the lists append", () => {
    const sim = sim1();
    const lcd = sim.addBlock("G", { type: "text-panel", name: "LCD" }) as unknown as IMyTextPanel;
    sim.start();
    const m = (s: string, font: string, scale: number) => lcd.MeasureStringInPixels(new StringBuilder().Append(s), font, scale);
    expect([m("abcd", "Debug", 1).X, m("abcd", "Debug", 1).Y]).toEqual([72, Math.fround(28.8)]);
    expect([m("ab\nabc\n", "Monospace", 2).X, m("ab\nabc\n", "Monospace", 2).Y]).toEqual([144, Math.fround(3 * Math.fround(57.6))]);
    const out = ["x"];
    lcd.GetSprites(out);
    lcd.GetScripts(out);
    expect(out[0]).toBe("x");
    expect(out).toContain("SquareSimple");
    expect(out).toContain("TSS_ClockDigital");
  });

  it("TryGetPlanetElevation/Position: the scenario's planet; outside one false, +Infinity, zero", () => {
    const sim = sim1();
    const c = sim.addBlock("G", { type: "RemoteControl", name: "RC" }) as unknown as IMyShipController;
    sim.at(10, { kind: "set", block: "RC", property: "PlanetPosition", value: [1, 2, 3] });
    sim.at(10, { kind: "set", block: "RC", property: "SeaLevelElevation", value: 900 });
    sim.at(10, { kind: "set", block: "RC", property: "SurfaceElevation", value: 120.5 });
    sim.start();
    const e = new Out<number>();
    const p = new Out<Vector3D>();
    expect([c.TryGetPlanetElevation(MyPlanetElevation.Sealevel, e), e.value, c.TryGetPlanetPosition(p), p.value.Equals(Vector3D.Zero)]).toEqual([false, Infinity, false, true]);
    sim.runTicks(11);
    expect([c.TryGetPlanetElevation(MyPlanetElevation.Sealevel, e), e.value]).toEqual([true, 900]);
    expect([c.TryGetPlanetElevation(MyPlanetElevation.Surface, e), e.value]).toEqual([true, 120.5]);
    expect([c.TryGetPlanetPosition(p), p.value.X, p.value.Z]).toEqual([true, 1, 3]);
    expect(sim.trace.forBlock("RC", "property").map((e) => e.data.name)).toEqual(["PlanetPosition", "InPlanetGravity", "SeaLevelElevation", "SurfaceElevation"]);
  });

  it("the block-extras scenario (both engines run it): the PB's readings", async () => {
    const { sim } = await runScenario("test/engine/scenarios/block-extras.json");
    const echo = sim.trace.forBlock("PB Extras", "run").map((e) => String(e.data.echo).split("\n"));
    expect(sim.trace.ofKind("exception")).toEqual([]);
    expect(echo[0]).toContain("lcd size 21 align 2 name LCD");
    expect(echo[0]).toContain("measure 72x576");
    expect(echo[0]).toContain("title Status board|Status board"); // the public title is the Title terminal property
    expect(echo[0]).toContain("antenna 1234 broadcast false dock false then true 2");
    expect(echo[0]!.find((l) => l.startsWith("accepted"))).toMatch(/reactor Uranium moves false$/);
    expect(echo[0]).toContain("planet true 1234 true -60000");
    expect(echo[0]).toContain("range -2..2 font 10 on false..true");
    expect(echo[0]).toContain("gear true 1 warhead true true rotor false true"); // LockMode 1: ReadyToLock
    expect(echo[1]).toContain("gear true 1 warhead true true rotor false true"); // the countdown ended unarmed at tick 90
    expect(echo[1]).toContain("planet false Infinity false 0");
    expect(sim.trace.forBlock("PB Other", "run").map((e) => [e.tick, e.data.flags, e.data.argument])).toEqual([[30, "Trigger", "other"], [30, "Trigger", "other"], [120, "Trigger", "other"], [120, "Trigger", "other"]]);
  });
});

describe("landing gear, warheads, mechanical blocks", () => {
  it("a landing gear locks only when ReadyToLock (a scenario fact), Unlock and SwitchLock go back and forth", () => {
    const sim = sim1();
    const g = sim.addBlock("G", { type: "LandingGear", name: "Gear" }) as B;
    sim.at(5, { kind: "set", block: "Gear", property: "LockMode", value: "ReadyToLock" });
    sim.start();
    g.ApplyAction("Lock");
    expect([g.LockMode, g.IsLocked]).toEqual([0, false]); // nothing under it
    sim.runTicks(6);
    g.Lock();
    expect([g.LockMode, g.IsLocked]).toEqual([2, true]);
    g.ApplyAction("SwitchLock");
    expect([g.LockMode, g.IsLocked]).toEqual([1, false]);
    g.ApplyAction("SwitchLock");
    g.ApplyAction("Unlock");
    expect(sim.trace.forBlock("Gear", "property").map((e) => `${e.data.name}=${e.data.value}`)).toEqual([
      "LockMode=ReadyToLock", "LockMode=Locked", "IsLocked=true", "LockMode=ReadyToLock", "IsLocked=false", "LockMode=Locked", "IsLocked=true", "LockMode=ReadyToLock", "IsLocked=false",
    ]);
  });

  it("a warhead counts DetonationTime down and detonates when armed (the block is destroyed); unarmed, nothing happens", () => {
    const sim = sim1();
    const w = sim.addBlock("G", { type: "Warhead", name: "W", properties: { DetonationTime: 2, IsArmed: true } }) as B;
    const safe = sim.addBlock("G", { type: "Warhead", name: "Safe" }) as B;
    sim.start();
    expect(w.StartCountdown()).toBe(true);
    expect(w.StartCountdown()).toBe(false);
    safe.ApplyAction("StartCountdown");
    sim.runTicks(119);
    expect([w.IsCountingDown, w.Closed]).toEqual([true, false]);
    sim.runTicks(1);
    expect([w.IsCountingDown, w.Closed, safe.IsCountingDown]).toEqual([false, true, true]);
    sim.runTicks(480); // the unarmed one runs out at 10 s: the countdown ends, the block stays
    expect([safe.IsCountingDown, safe.Closed]).toEqual([false, false]);
    expect(sim.trace.forBlock("W", "property").map((e) => [e.tick, e.data.name, e.data.value])).toEqual([[0, "IsCountingDown", true], [120, "IsCountingDown", false]]);
    safe.ApplyAction("Detonate");
    expect(safe.Closed).toBe(false);
  });

  it("Detach/Attach of a rotor act on the scenario joint named as it: IsAttached follows, the grids part and rejoin", () => {
    const sim = sim1();
    sim.addGrid({ name: "Top" });
    const r = sim.addBlock("G", { type: "MotorStator", name: "Rotor" }) as B;
    const other = sim.addBlock("G", { type: "ExtendedPistonBase", name: "Loose" }) as B;
    const top = sim.addBlock("Top", { type: "Door", name: "TopDoor" }) as B;
    sim.world.addJoint("Rotor", "G", "Top", "rotor");
    sim.start();
    expect([r.IsAttached, r.IsSameConstructAs(top), other.IsAttached]).toEqual([true, true, false]);
    r.ApplyAction("Detach");
    expect([r.IsAttached, r.IsSameConstructAs(top)]).toEqual([false, false]);
    r.Attach();
    expect([r.IsAttached, r.IsSameConstructAs(top)]).toEqual([true, true]);
    other.Detach(); // no joint: nothing to detach
    expect(sim.trace.forBlock("Rotor", "property").map((e) => `${e.data.name}=${e.data.value}`)).toEqual(["IsAttached=false", "IsAttached=true"]);
  });
});

describe("scenario values of terminal properties", () => {
  it('"set" events and "properties" take terminal properties of every block (StringBuilder ones as strings); a wrong one names the choices', async () => {
    const { buildSimulation } = await import("pbts/sim");
    const scenario = (events: unknown[], props: Record<string, unknown> = {}) => ({
      grids: [{ name: "G", blocks: [{ type: "text-panel", name: "LCD" }, { type: "Beacon", name: "Beacon", properties: props }] }],
      events,
    });
    const { sim } = buildSimulation(scenario([{ tick: 2, kind: "set", block: "LCD", property: "FontSize", value: 1.5 }, { tick: 2, kind: "set", block: "LCD", property: "Title", value: "T" }], { HudText: "hello" }) as never);
    sim.start();
    sim.runTicks(3);
    const lcd = sim.world.block("LCD") as unknown as IMyTextPanel & B;
    expect([lcd.FontSize, (lcd.GetValue("Title") as StringBuilder).ToString()]).toEqual([1.5, "T"]);
    expect((sim.world.block("Beacon") as B).HudText).toBe("hello");
    expect(() => buildSimulation(scenario([{ tick: 2, kind: "set", block: "LCD", property: "Fontsize", value: 1 }]) as never)).toThrow(/unknown property "Fontsize" for this block: use one of .*FontSize/);
    expect(() => buildSimulation(scenario([], { HudText: 5 }) as never)).toThrow(/HudText" expects a string/);
  });
});

describe("property ranges", () => {
  it("GetMinimum/GetMaximum: Booleans false..true, a piston's Velocity ±MaxVelocity and limits Lowest..HighestPosition, LIMITS; none known: not modelled", () => {
    const sim = sim1();
    const p = sim.addBlock("G", { type: "ExtendedPistonBase", name: "P", properties: { HighestPosition: 6 } }) as B;
    const r = sim.addBlock("G", { type: "MotorStator", name: "R" }) as B;
    const t = sim.addBlock("G", { type: "TimerBlock", name: "T" }) as B;
    sim.start();
    expect([p.GetMinimum("Velocity"), p.GetMaximum("Velocity"), p.GetMaximum("UpperLimit"), p.GetMininum("OnOff"), p.GetMaximum("OnOff")]).toEqual([-5, 5, 6, false, true]);
    expect([t.GetMinimum("TriggerDelay"), t.GetMaximum("TriggerDelay")]).toEqual([1, 3600]);
    expect(() => r.GetMaximum("Torque")).toThrow("not modelled in the simulator: ITerminalProperty.GetMaximum of MotorStator.Torque (not in the game's public source");
    expect(() => r.GetMaximum("Nope")).toThrow("Invalid property");
  });
});

describe("warhead Safety", () => {
  it("the Safety terminal property and its actions are IsArmed (the game's checkbox)", () => {
    const sim = sim1();
    const w = sim.addBlock("G", { type: "Warhead", name: "W" }) as unknown as B & { IsArmed: boolean; Closed: boolean; Detonate(): void };
    sim.start();
    expect([w.IsArmed, w.GetValueBool("Safety")]).toEqual([false, false]);
    w.ApplyAction("Safety");
    expect([w.IsArmed, w.GetValueBool("Safety")]).toEqual([true, true]);
    w.SetValueBool("Safety", false);
    expect(w.IsArmed).toBe(false);
    w.Detonate();
    expect(w.Closed).toBe(false); // disarmed: nothing happens
    w.ApplyAction("Safety_On");
    w.Detonate();
    expect(w.Closed).toBe(true);
    expect(sim.trace.forBlock("W", "property").map((e) => `${e.data.name}=${e.data.value}`)).toEqual(["IsArmed=true", "IsArmed=false", "IsArmed=true"]);
  });
});

describe("slider defaults", () => {
  it("GetDefaultValue: the game's slider defaults (timer 10 s, gyro power 1, LCD font size 1, padding 0), checkboxes false; others not modelled", async () => {
    const { sim } = await runScenario("test/engine/scenarios/slider-defaults.json");
    const echo = String(sim.trace.forBlock("PB Sliders", "run")[0]!.data.echo).split("\n");
    // FontSize's minimum is the float 0.1 read as a double
    expect(echo[0]).toBe(`TriggerDelay 1..3600 default 10; Power 0..1 default 1; FontSize ${Math.fround(0.1)}..10 default 1; TextPaddingSlider 0..50 default 0`);
    expect(echo[1]).toBe("checkbox false false true");
    expect(echo[2]).toBe("0"); // MyGyro: the override sliders' DefaultValue 0
    const w = sim1().addBlock("G", { type: "Warhead", name: "W" }) as B;
    expect(w.GetDefaultValue("DetonationTime")).toBe(10);
    const sim2 = sim1();
    const piston = sim2.addBlock("G", { type: "ExtendedPistonBase", name: "P" }) as B;
    sim2.start();
    piston.SetValueFloat("Velocity", 2);
    piston.ApplyAction("ResetVelocity"); // the game's Reset: the slider's default
    expect([piston.GetDefaultValue("Velocity"), piston.GetValueFloat("Velocity")]).toEqual([-0.5, -0.5]);
  });
});
