import { describe, expect, it } from "vitest";
import { MyIGCMessage, TransmissionDistance, UpdateFrequency, UpdateType, type IMyBroadcastListener } from "pbts/se";
import { MAX_WAITING_MESSAGES, Simulation, checkIgcPayload } from "pbts/sim";
import { runs, script, sim1, type P } from "./helpers.ts";

/** A listener script: registers `tag`, drains both queues every run, records what it got. */
function listener(got: string[], tag = "t", callback?: string) {
  return script({
    init: (p) => {
      const l = p.IGC.RegisterBroadcastListener(tag);
      if (callback !== undefined) {
        l.SetMessageCallback(callback);
        p.IGC.UnicastListener.SetMessageCallback(callback);
      }
      p.l = l;
      p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
    },
    main: (p) => {
      while (p.l.HasPendingMessage) {
        const m = p.l.AcceptMessage() as MyIGCMessage;
        got.push(`${sim_tick(p)}:b:${m.Tag}:${String(m.Data)}`);
      }
      while (p.IGC.UnicastListener.HasPendingMessage) {
        const m = p.IGC.UnicastListener.AcceptMessage();
        got.push(`${sim_tick(p)}:u:${m.Tag}:${String(m.Data)}`);
      }
    },
  });
}
let currentSim: Simulation | null = null;
function sim_tick(_p: P): number {
  return currentSim!.tick;
}

/** A sender script: on a Terminal run "b:<tag>:<data>:<distance>" broadcasts, "u:<id>:<tag>:<data>" unicasts. */
function sender(results: boolean[]) {
  return script({
    main: (p, arg) => {
      const [mode, a, b, c] = arg.split(":");
      if (mode === "b") p.IGC.SendBroadcastMessage(a!, b!, c === undefined ? undefined : Number(c));
      if (mode === "u") results.push(p.IGC.SendUnicastMessage(Number(a), b!, c!));
    },
  });
}

describe("IGC", () => {
  it("delivers a broadcast sent on tick N on tick N+1, with Tag, Data and Source", () => {
    const sim = (currentSim = sim1());
    const got: string[] = [];
    const msgs: MyIGCMessage[] = [];
    sim.addProgrammableBlock("G", { name: "S", script: sender([]) });
    sim.addProgrammableBlock("G", {
      name: "R",
      script: script({
        init: (p) => {
          p.l = p.IGC.RegisterBroadcastListener("t");
          p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
        main: (p) => {
          got.push(`${sim.tick}:${p.l.HasPendingMessage}`);
          if (p.l.HasPendingMessage) msgs.push(p.l.AcceptMessage());
        },
      }),
    });
    sim.at(5, { kind: "run", block: "S", argument: "b:t:hello" });
    sim.start().runTicks(7);
    expect(got.slice(3, 7)).toEqual(["4:false", "5:false", "6:true", "7:false"]);
    expect(msgs.length).toBe(1);
    expect(msgs[0]!.Tag).toBe("t");
    expect(msgs[0]!.Data).toBe("hello");
    expect(msgs[0]!.Source).toBe(sim.pb("S").EntityId);
    expect(sim.trace.ofKind("igc-deliver").map((e) => [e.tick, e.block, e.data.from])).toEqual([[6, "R", "S"]]);
    expect(sim.trace.ofKind("igc-send")[0]!.tick).toBe(5);
  });

  it("unicast: delivered on N+1 to the UnicastListener; false for self, unknown ids, dead scripts and unreachable targets", () => {
    const sim = (currentSim = sim1());
    sim.addGrid({ name: "Far", position: [1e6, 0, 0] });
    const got: string[] = [];
    const results: boolean[] = [];
    const s = sim.addProgrammableBlock("G", { name: "S", script: sender(results) });
    const r = sim.addProgrammableBlock("G", { name: "R", script: listener(got) });
    const dead = sim.addProgrammableBlock("G", { name: "Dead", script: listener([]) });
    const noScript = sim.addProgrammableBlock("G", { name: "NoScript" });
    const far = sim.addProgrammableBlock("Far", { name: "Far PB", script: listener([]) });
    sim.at(1, { kind: "throw", block: "Dead" });
    sim.at(3, { kind: "run", block: "S", argument: `u:${r.EntityId}:x:1` });
    sim.at(3, { kind: "run", block: "S", argument: `u:${s.EntityId}:x:2` });
    sim.at(3, { kind: "run", block: "S", argument: `u:12345:x:3` });
    sim.at(3, { kind: "run", block: "S", argument: `u:${dead.EntityId}:x:4` });
    sim.at(3, { kind: "run", block: "S", argument: `u:${noScript.EntityId}:x:5` });
    sim.at(3, { kind: "run", block: "S", argument: `u:${far.EntityId}:x:6` });
    sim.start().runTicks(5);
    expect(results).toEqual([true, false, false, false, false, false]);
    expect(got).toEqual(["4:u:x:1"]);
  });

  it("checks reachability at delivery: a split between send and delivery drops the message", () => {
    const sim = (currentSim = sim1());
    sim.addGrid({ name: "Sub" });
    sim.world.addJoint("Rotor", "G", "Sub");
    const got: string[] = [];
    sim.addProgrammableBlock("G", { name: "S", script: sender([]) });
    sim.addProgrammableBlock("Sub", { name: "R", script: listener(got) });
    sim.at(2, { kind: "run", block: "S", argument: "b:t:one:0" });
    sim.at(3, { kind: "detach", joint: "Rotor" }); // applied before tick 3's delivery
    sim.at(3, { kind: "run", block: "S", argument: "b:t:two:0" });
    sim.at(5, { kind: "attach", joint: "Rotor" });
    sim.at(5, { kind: "run", block: "S", argument: "b:t:three:0" });
    sim.start().runTicks(7);
    expect(got).toEqual(["6:b:t:three"]);
    expect(sim.trace.ofKind("igc-drop").map((e) => [e.tick, e.data.reason])).toEqual([
      [3, "unreachable"],
      [4, "unreachable"],
    ]);
  });

  it("TransmissionDistance: CurrentConstruct, ConnectedConstructs (connectors), AntennaRelay (transitive, in range)", () => {
    const sim = (currentSim = sim1());
    // G -rotor- Rot ; G =connector= Dock ; G ~antenna~ Relay (10 km) ~antenna~ Outpost (20 km) ; Lost (100 km)
    sim.addGrid({ name: "Rot" });
    sim.addGrid({ name: "Dock" });
    sim.addGrid({ name: "Relay", position: [10000, 0, 0] });
    sim.addGrid({ name: "Outpost", position: [20000, 0, 0] });
    sim.addGrid({ name: "Lost", position: [100000, 0, 0] });
    sim.world.addJoint("Rotor", "G", "Rot");
    sim.addBlock("G", { type: "connector", name: "C1" });
    sim.addBlock("Dock", { type: "connector", name: "C2" });
    sim.apply({ kind: "connect", block: "C1", to: "C2" });
    for (const g of ["G", "Relay", "Outpost", "Lost"]) sim.addBlock(g, { type: "antenna", name: `Ant ${g}`, radius: 15000 });
    const got: Record<string, string[]> = {};
    const reach: Record<string, boolean[]> = {};
    sim.addProgrammableBlock("G", { name: "S", script: sender([]) });
    for (const g of ["G", "Rot", "Dock", "Relay", "Outpost", "Lost"]) sim.addProgrammableBlock(g, { name: `R ${g}`, script: listener((got[g] = [])) });
    sim.addProgrammableBlock("G", {
      name: "Probe",
      script: script({
        main: (p) => {
          for (const g of ["G", "Rot", "Dock", "Relay", "Outpost", "Lost"]) {
            const id = sim.pb(`R ${g}`).EntityId;
            reach[g] = [0, 1, 2].map((d) => p.IGC.IsEndpointReachable(id, d));
          }
        },
      }),
    });
    sim.at(1, { kind: "run", block: "Probe" });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:0:0" });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:1:1" });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:2:2" });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:default" });
    sim.start().runTicks(3);
    const data = (g: string) => got[g]!.map((s) => s.split(":")[3]);
    expect(data("G")).toEqual(["0", "1", "2", "default"]);
    expect(data("Rot")).toEqual(["0", "1", "2", "default"]);
    expect(data("Dock")).toEqual(["1", "2", "default"]);
    expect(data("Relay")).toEqual(["2", "default"]);
    expect(data("Outpost")).toEqual(["2", "default"]); // via Relay
    expect(data("Lost")).toEqual([]);
    expect(reach).toEqual({
      G: [true, true, true],
      Rot: [true, true, true],
      Dock: [false, true, true],
      Relay: [false, false, true],
      Outpost: [false, false, true],
      Lost: [false, false, false],
    });
  });

  it("keeps at most 25 messages per queue, dropping the oldest", () => {
    const sim = (currentSim = sim1());
    let first: unknown = null;
    let count = 0;
    sim.addProgrammableBlock("G", {
      name: "S",
      script: script({ main: (p) => { for (let i = 0; i < 30; i++) p.IGC.SendBroadcastMessage("t", i); } }),
    });
    sim.addProgrammableBlock("G", {
      name: "R",
      script: script({
        init: (p) => (p.l = p.IGC.RegisterBroadcastListener("t")),
        main: (p) => {
          first = p.l.AcceptMessage().Data;
          count = 1;
          while (p.l.HasPendingMessage) { p.l.AcceptMessage(); count++; }
        },
      }),
    });
    sim.at(1, { kind: "run", block: "S" }).at(3, { kind: "run", block: "R" });
    sim.start().runTicks(3);
    expect(MAX_WAITING_MESSAGES).toBe(25);
    expect(first).toBe(5);
    expect(count).toBe(25);
    const drops = sim.trace.ofKind("igc-drop");
    expect(drops.length).toBe(5);
    expect(drops.every((d) => d.data.reason === "queue-full")).toBe(true);
  });

  it("runs a PB with UpdateType.IGC and the callback argument, at most once per tick", () => {
    const sim = (currentSim = sim1());
    const seen: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "S",
      script: script({
        main: (p) => {
          p.IGC.SendBroadcastMessage("a", 1);
          p.IGC.SendBroadcastMessage("a", 2);
          p.IGC.SendBroadcastMessage("b", 3);
        },
      }),
    });
    sim.addProgrammableBlock("G", {
      name: "R",
      script: script({
        init: (p) => {
          p.IGC.RegisterBroadcastListener("a").SetMessageCallback("cb-a");
          p.IGC.RegisterBroadcastListener("b").SetMessageCallback("cb-b");
        },
        main: (_p, arg, type) => seen.push(`${sim.tick}:${arg}:${type}`),
      }),
    });
    sim.at(1, { kind: "run", block: "S" }).at(4, { kind: "run", block: "S" });
    sim.start().runTicks(6);
    expect(seen).toEqual([`2:cb-a:${UpdateType.IGC}`, `5:cb-a:${UpdateType.IGC}`]);
  });

  it("never delivers a broadcast to the sender's own listeners", () => {
    const sim = (currentSim = sim1());
    const gotSelf: string[] = [];
    const gotOther: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "S",
      script: script({
        init: (p) => (p.l = p.IGC.RegisterBroadcastListener("t")),
        main: (p, arg) => {
          if (arg === "send") p.IGC.SendBroadcastMessage("t", "x");
          else if (p.l.HasPendingMessage) gotSelf.push("x");
        },
      }),
    });
    sim.addProgrammableBlock("G", { name: "R", script: listener(gotOther) });
    sim.at(1, { kind: "run", block: "S", argument: "send" }).at(3, { kind: "run", block: "S", argument: "check" });
    sim.start().runTicks(3);
    expect(gotSelf).toEqual([]);
    expect(gotOther).toEqual(["2:b:t:x"]);
  });

  it("RegisterBroadcastListener returns the same listener for a tag; disabled listeners stop receiving", () => {
    const sim = (currentSim = sim1());
    const facts: unknown[] = [];
    sim.addProgrammableBlock("G", { name: "S", script: sender([]) });
    sim.addProgrammableBlock("G", {
      name: "R",
      script: script({
        init: (p) => {
          const a = p.IGC.RegisterBroadcastListener("t");
          const b = p.IGC.RegisterBroadcastListener("t");
          const c = p.IGC.RegisterBroadcastListener("other");
          facts.push(a === b, a === c);
          const list: IMyBroadcastListener[] = [c];
          p.IGC.GetBroadcastListeners(list);
          facts.push(list.map((l) => l.Tag).join(","));
          p.l = a;
        },
        main: (p, arg) => {
          if (arg === "disable") p.IGC.DisableBroadcastListener(p.l);
          else facts.push(`${arg}:${p.l.IsActive}:${p.l.HasPendingMessage}`);
        },
      }),
    });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:1" });
    sim.at(3, { kind: "run", block: "R", argument: "check1" }); // actions come before delivery: tick 2 is too early
    sim.at(4, { kind: "run", block: "R", argument: "disable" });
    sim.at(4, { kind: "run", block: "S", argument: "b:t:2" });
    sim.at(6, { kind: "run", block: "R", argument: "check2" });
    sim.start().runTicks(6);
    expect(facts).toEqual([true, false, "t,other", "check1:true:true", "check2:false:true"]);
    // the second message was never delivered: nobody listened to "t" any more (the first is still queued)
    expect(sim.trace.ofKind("igc-deliver").length).toBe(1);
  });

  it("AcceptMessage on an empty queue returns the empty message", () => {
    const sim = (currentSim = sim1());
    let m: MyIGCMessage | null = null;
    sim.addProgrammableBlock("G", { name: "R", script: script({ main: (p) => (m = p.IGC.RegisterBroadcastListener("t").AcceptMessage()) }) });
    sim.at(1, { kind: "run", block: "R" });
    sim.start().runTicks(1);
    expect(m).not.toBeNull();
    expect(m!.Data).toBeNull();
    expect(m!.Source).toBe(0);
    expect(m!.Tag).toBeNull(); // C#'s default(MyIGCMessage)
  });

  it("checks payload types: primitives and strings pass, other objects throw 'Message type X is not allowed!'", () => {
    expect(() => checkIgcPayload(1.5)).not.toThrow();
    expect(() => checkIgcPayload(true)).not.toThrow();
    expect(() => checkIgcPayload("s")).not.toThrow();
    expect(() => checkIgcPayload(null)).not.toThrow();
    expect(() => checkIgcPayload({ a: 1 })).toThrow("Message type Object is not allowed!");
    expect(() => checkIgcPayload([1, 2])).toThrow("Message type Array is not allowed!");
    class Custom {}
    expect(() => checkIgcPayload(new Custom())).toThrow("Message type Custom is not allowed!");
    class MyTuple { constructor(readonly Item1: unknown, readonly Item2: unknown) {} }
    expect(() => checkIgcPayload(new MyTuple(1, "a"))).not.toThrow();
    expect(() => checkIgcPayload(new MyTuple(1, {}))).toThrow("Message type Object is not allowed!");
    // inside a script the exception escapes Main and terminates it, and nothing is sent
    const sim = (currentSim = sim1());
    sim.addProgrammableBlock("G", { name: "S", script: script({ main: (p) => p.IGC.SendBroadcastMessage("t", { x: 1 }) }) });
    sim.at(1, { kind: "run", block: "S" });
    sim.start().runTicks(2);
    expect(sim.trace.forBlock("S", "exception")[0]!.data.message).toBe("Message type Object is not allowed!");
    expect(sim.trace.ofKind("igc-send").length).toBe(0);
  });

  it("delivers only between friendly owners, and not to PBs that are off", () => {
    const sim = (currentSim = sim1());
    const mine: string[] = [];
    const theirs: string[] = [];
    const off: string[] = [];
    sim.addProgrammableBlock("G", { name: "S", owner: 1, script: sender([]) });
    sim.addProgrammableBlock("G", { name: "Mine", owner: 1, script: listener(mine) });
    sim.addProgrammableBlock("G", { name: "Theirs", owner: 2, script: listener(theirs) });
    sim.addProgrammableBlock("G", { name: "Off", owner: 1, script: listener(off) });
    sim.at(1, { kind: "turn-off", block: "Off" });
    sim.at(1, { kind: "run", block: "S", argument: "b:t:x" });
    sim.at(3, { kind: "turn-on", block: "Off" });
    sim.start().runTicks(4);
    expect(mine).toEqual(["2:b:t:x"]);
    expect(theirs).toEqual([]);
    expect(off).toEqual([]);
    expect(sim.trace.ofKind("igc-drop").map((e) => [e.block, e.data.reason])).toEqual([
      ["Theirs", "unreachable"],
      ["Off", "not-working"],
    ]);
  });

  it("a recompiled script gets a fresh IGC context (old listeners gone)", () => {
    const sim = (currentSim = sim1());
    const got: string[] = [];
    sim.addProgrammableBlock("G", { name: "S", script: sender([]) });
    sim.addProgrammableBlock("G", { name: "R", script: listener(got) });
    const other = script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1) });
    sim.at(2, { kind: "recompile", block: "R", script: other });
    sim.at(3, { kind: "run", block: "S", argument: "b:t:x" });
    sim.start().runTicks(5);
    expect(got).toEqual([]);
    expect(runs(sim, "R").length).toBeGreaterThan(0);
  });
});
