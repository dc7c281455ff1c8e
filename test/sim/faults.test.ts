import { describe, expect, it } from "vitest";
import { UpdateFrequency, type IMyTerminalBlock, type TimeSpan } from "pbts/se";
import { Rng, Simulation, TIMESPAN_TICKS_PER_GAME_TICK, drawRandomFaults } from "pbts/sim";
import { runs, script, sim1, type P } from "./helpers.ts";

/** Counts its runs in a field (so we can tell "same instance" from "new instance"). */
const counter = () =>
  script({
    init: (p) => {
      p.n = 0;
      p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
    },
    main: (p) => {
      p.n++;
      p.Echo(`n=${p.n}`);
    },
  });

function statuses(sim: Simulation, block: string): [number, unknown][] {
  return sim.trace.forBlock(block, "state").map((e) => [e.tick, e.data.status]);
}
function echoes(sim: Simulation, block: string): string[] {
  return runs(sim, block).map((e) => (e.data.echo as string).trim());
}

describe("faults", () => {
  it("destroy: no runs, Closed on stale references, out of the terminal system, IGC endpoint gone", () => {
    const sim = sim1();
    const seen: unknown[] = [];
    const victim = sim.addProgrammableBlock("G", { name: "Victim", script: counter() });
    sim.addProgrammableBlock("G", {
      name: "Watcher",
      script: script({
        init: (p) => (p.v = p.GridTerminalSystem.GetBlockWithName("Victim")),
        main: (p) => seen.push([p.v.Closed, p.GridTerminalSystem.GetBlockWithName("Victim") === null, p.IGC.IsEndpointReachable(victim.EntityId), p.IGC.SendUnicastMessage(victim.EntityId, "t", 1)]),
      }),
    });
    sim.at(3, { kind: "destroy", block: "Victim" }).at(2, { kind: "run", block: "Watcher" }).at(4, { kind: "run", block: "Watcher" });
    sim.start().runTicks(6);
    expect(runs(sim, "Victim").map((e) => e.tick)).toEqual([1, 2]);
    expect(seen).toEqual([
      [false, false, true, true],
      [true, true, false, false],
    ]);
    expect(statuses(sim, "Victim")).toEqual([[0, "working"], [3, "destroyed"]]);
    expect(sim.trace.forBlock("Victim", "fault")[0]!.data).toEqual({ kind: "destroy", block: "Victim" });
  });

  it("damage below function and repair: runs stop, then resume with the same instance", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", script: counter() });
    sim.at(3, { kind: "damage", block: "PB" }).at(6, { kind: "repair", block: "PB" });
    sim.start().runTicks(7);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2, 6, 7]);
    expect(echoes(sim, "PB")).toEqual(["n=1", "n=2", "n=3", "n=4"]);
    expect(statuses(sim, "PB")).toEqual([[0, "working"], [3, "damaged"], [6, "working"]]);
    expect(sim.pb("PB").IsFunctional).toBe(true);
  });

  it("turn off / on: the same instance resumes, TimeSinceLastRun covers the gap", () => {
    const sim = sim1();
    const gaps: number[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
        main: (p) => gaps.push((p.Runtime.TimeSinceLastRun as TimeSpan).Ticks / TIMESPAN_TICKS_PER_GAME_TICK),
      }),
    });
    sim.at(2, { kind: "turn-off", block: "PB" }).at(12, { kind: "turn-on", block: "PB" });
    sim.start().runTicks(12);
    expect(gaps).toEqual([1, 11]);
    expect(statuses(sim, "PB")).toEqual([[0, "working"], [2, "off"], [12, "working"]]);
  });

  it("unpower / repower a block or a whole grid", () => {
    const sim = sim1();
    sim.addGrid({ name: "H" });
    sim.addProgrammableBlock("G", { name: "A", script: counter() });
    sim.addProgrammableBlock("H", { name: "B", script: counter() });
    sim.at(2, { kind: "unpower", block: "A" }).at(4, { kind: "repower", block: "A" });
    sim.at(2, { kind: "unpower", grid: "H" }).at(5, { kind: "repower", grid: "H" });
    sim.start().runTicks(5);
    expect(runs(sim, "A").map((e) => e.tick)).toEqual([1, 4, 5]);
    expect(runs(sim, "B").map((e) => e.tick)).toEqual([1, 5]);
    expect(statuses(sim, "B")).toEqual([[0, "working"], [2, "unpowered"], [5, "working"]]);
  });

  it("throw: the next run throws and terminates the script until recompile", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", script: counter() });
    sim.at(3, { kind: "throw", block: "PB", message: "Script execution terminated, script is too complex." });
    sim.start().runTicks(6);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2, 3]);
    expect(sim.pb("PB").DetailedInfo).toBe("Caught exception during execution of script: Script execution terminated, script is too complex.");
    expect(statuses(sim, "PB")).toEqual([[0, "working"], [3, "terminated"]]);
  });

  it("recompile: new instance (counter restarts), optionally another script", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", script: counter() });
    const other = script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1), main: (p) => p.Echo("other") });
    sim.at(3, { kind: "recompile", block: "PB" }).at(5, { kind: "recompile", block: "PB", script: other });
    sim.start().runTicks(5);
    expect(echoes(sim, "PB")).toEqual(["n=1", "n=2", "n=1", "n=2", "other"]);
    expect(sim.trace.forBlock("PB", "compile").map((e) => [e.tick, e.data.reason, e.data.script])).toEqual([
      [0, "start", "Program"],
      [3, "recompile", "Program"],
      [5, "recompile", "Program"],
    ]);
  });

  it("save and reload the world: Save() everywhere, new instances from the saved Storage", () => {
    const sim = sim1();
    const ctorStorage: string[] = [];
    for (const name of ["A", "B"]) {
      sim.addProgrammableBlock("G", {
        name,
        script: script({
          init: (p) => {
            ctorStorage.push(`${name}:${p.Storage}`);
            p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
          },
          main: (p) => (p.Storage = `${name}@${sim.tick}`),
        }),
      });
    }
    sim.at(5, { kind: "save-reload" });
    sim.start().runTicks(6);
    expect(ctorStorage).toEqual(["A:", "B:", "A:A@4", "B:B@4"]);
    expect(sim.trace.ofKind("save").map((e) => e.block)).toEqual(["A", "B"]);
  });

  it("disconnect / reconnect a connector: the grids split and merge (terminal scope and ConnectedConstructs)", () => {
    const sim = sim1();
    sim.addGrid({ name: "Ship" });
    sim.addBlock("G", { type: "connector", name: "Base port" });
    sim.addBlock("Ship", { type: "connector", name: "Ship port" });
    sim.apply({ kind: "connect", block: "Base port", to: "Ship port" });
    const ship = sim.addProgrammableBlock("Ship", { name: "Ship PB", script: counter() });
    const seen: unknown[] = [];
    sim.addProgrammableBlock("G", {
      name: "Base PB",
      script: script({
        main: (p) => seen.push([p.GridTerminalSystem.GetBlockWithName("Ship PB") !== null, p.IGC.IsEndpointReachable(ship.EntityId, 1), p.IGC.IsEndpointReachable(ship.EntityId, 0)]),
      }),
    });
    for (const t of [1, 3, 5]) sim.at(t, { kind: "run", block: "Base PB" });
    sim.at(2, { kind: "disconnect", block: "Ship port" }).at(4, { kind: "connect", block: "Ship port" });
    sim.start().runTicks(5);
    expect(seen).toEqual([
      [true, true, false],
      [false, false, false],
      [true, true, false],
    ]);
  });

  it("detach / attach a rotor: one construct becomes two and back (IsSameConstructAs, CurrentConstruct)", () => {
    const sim = sim1();
    sim.addGrid({ name: "Head" });
    sim.world.addJoint("Rotor", "G", "Head", "rotor");
    sim.addBlock("Head", { type: "text-panel", name: "Head LCD" });
    const seen: boolean[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      script: script({
        init: (p) => (p.lcd = p.GridTerminalSystem.GetBlockWithName("Head LCD")),
        main: (p) => seen.push((p.Me as IMyTerminalBlock).IsSameConstructAs(p.lcd)),
      }),
    });
    for (const t of [1, 3, 5]) sim.at(t, { kind: "run", block: "PB" });
    sim.at(2, { kind: "detach", joint: "Rotor" }).at(4, { kind: "attach", joint: "Rotor" });
    sim.start().runTicks(5);
    expect(seen).toEqual([true, false, true]);
  });

  it("move out of and back into antenna range", () => {
    const sim = sim1();
    sim.addGrid({ name: "Drone", position: [1000, 0, 0] });
    sim.addBlock("G", { type: "antenna", name: "Base antenna", radius: 5000 });
    sim.addBlock("Drone", { type: "antenna", name: "Drone antenna", radius: 5000 });
    const got: number[] = [];
    sim.addProgrammableBlock("G", { name: "Base", script: script({ init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1), main: (p) => p.IGC.SendBroadcastMessage("hb", sim.tick) }) });
    sim.addProgrammableBlock("Drone", {
      name: "Drone PB",
      script: script({
        init: (p) => {
          p.l = p.IGC.RegisterBroadcastListener("hb");
          p.Runtime.UpdateFrequency = UpdateFrequency.Update1;
        },
        main: (p) => {
          while (p.l.HasPendingMessage) got.push(p.l.AcceptMessage().Data as number);
        },
      }),
    });
    sim.at(3, { kind: "move", grid: "Drone", position: [9000, 0, 0] }).at(6, { kind: "move", grid: "Drone", position: [4000, 0, 0] });
    sim.start().runTicks(8);
    // the move at 3 comes before tick 3's delivery: messages sent at 2, 3, 4 find the drone out of range
    expect(got).toEqual([1, 5, 6, 7]);
    expect(sim.trace.ofKind("igc-drop").map((e) => [e.tick, e.data.reason])).toEqual([
      [3, "unreachable"],
      [4, "unreachable"],
      [5, "unreachable"],
    ]);
  });

  it("lag: skipped ticks (no runs, no delivery) while time passes; per-block throttling", () => {
    const sim = sim1();
    const gaps: number[] = [];
    sim.addProgrammableBlock("G", {
      name: "A",
      script: script({
        init: (p) => (p.Runtime.UpdateFrequency = UpdateFrequency.Update1),
        main: (p) => gaps.push((p.Runtime.TimeSinceLastRun as TimeSpan).Ticks / TIMESPAN_TICKS_PER_GAME_TICK),
      }),
    });
    sim.addProgrammableBlock("G", { name: "B", script: counter() });
    sim.at(3, { kind: "lag", ticks: 4 }); // ticks 3..6 skipped for everyone
    sim.at(9, { kind: "lag", ticks: 2, block: "B" }); // B skips 9, 10
    sim.start().runTicks(11);
    expect(runs(sim, "A").map((e) => e.tick)).toEqual([1, 2, 7, 8, 9, 10, 11]);
    expect(gaps).toEqual([1, 1, 5, 1, 1, 1, 1]);
    expect(runs(sim, "B").map((e) => e.tick)).toEqual([1, 2, 7, 8, 11]);
  });

  it("lag postpones IGC delivery to the first tick after it", () => {
    const sim = sim1();
    const got: string[] = [];
    sim.addProgrammableBlock("G", { name: "S", script: script({ main: (p) => p.IGC.SendBroadcastMessage("t", "x") }) });
    sim.addProgrammableBlock("G", { name: "R", script: script({ init: (p) => p.IGC.RegisterBroadcastListener("t").SetMessageCallback("got") }) });
    sim.at(1, { kind: "run", block: "S" }).at(2, { kind: "lag", ticks: 3 });
    sim.start().runTicks(6);
    expect(sim.trace.ofKind("igc-deliver").map((e) => e.tick)).toEqual([5]);
    expect(runs(sim, "R").map((e) => [e.tick, e.data.argument])).toEqual([[5, "got"]]);
    void got;
  });

  it("message loss: drops deliveries with the seeded probability (all at 1, some at 0.5, none at 0)", () => {
    const make = (p: number, block?: string) => {
      const sim = sim1({ seed: 3 });
      sim.addProgrammableBlock("G", { name: "S", script: script({ init: (q) => (q.Runtime.UpdateFrequency = UpdateFrequency.Update1), main: (q) => q.IGC.SendBroadcastMessage("t", 1) }) });
      sim.addProgrammableBlock("G", { name: "R", script: script({ init: (q: P) => (q.l = q.IGC.RegisterBroadcastListener("t")), main: (q) => { while (q.l.HasPendingMessage) q.l.AcceptMessage(); } }) });
      sim.addProgrammableBlock("G", { name: "R2", script: script({ init: (q: P) => (q.l = q.IGC.RegisterBroadcastListener("t")), main: (q) => { while (q.l.HasPendingMessage) q.l.AcceptMessage(); } }) });
      sim.at(0, { kind: "message-loss", probability: p, block });
      sim.start().runTicks(201);
      return {
        lost: sim.trace.ofKind("igc-drop").filter((e) => e.data.reason === "lost"),
        delivered: sim.trace.ofKind("igc-deliver"),
      };
    };
    expect(make(1).lost.length).toBe(400);
    expect(make(1).delivered.length).toBe(0);
    const half = make(0.5);
    expect(half.lost.length).toBeGreaterThan(150);
    expect(half.lost.length).toBeLessThan(250);
    expect(half.lost.length + half.delivered.length).toBe(400);
    expect(make(0).lost.length).toBe(0);
    const onlyR2 = make(1, "R2");
    expect(new Set(onlyR2.lost.map((e) => e.block))).toEqual(new Set(["R2"]));
    expect(onlyR2.delivered.length).toBe(200);
  });

  it("ownership change terminates the script", () => {
    const sim = sim1();
    sim.addProgrammableBlock("G", { name: "PB", script: counter() });
    sim.at(3, { kind: "change-owner", block: "PB", owner: 7 });
    sim.start().runTicks(5);
    expect(runs(sim, "PB").map((e) => e.tick)).toEqual([1, 2]);
    expect(sim.trace.forBlock("PB", "exception")[0]!.data.during).toBe("ownership");
    expect(sim.pb("PB").OwnerId).toBe(7);
  });

  it("set-custom-data is seen by the script and traced with who changed it", () => {
    const sim = sim1();
    const seen: string[] = [];
    sim.addProgrammableBlock("G", {
      name: "PB",
      customData: "[failover]\nrank=1",
      script: script({
        main: (p) => {
          seen.push(p.Me.CustomData);
          p.Me.CustomData = "written by script";
        },
      }),
    });
    sim.at(1, { kind: "run", block: "PB" }).at(2, { kind: "set-custom-data", block: "PB", value: "rank=0" }).at(2, { kind: "run", block: "PB" });
    sim.start().runTicks(2);
    expect(seen).toEqual(["[failover]\nrank=1", "rank=0"]);
    expect(sim.trace.forBlock("PB", "customData").map((e) => [e.tick, e.data.by])).toEqual([
      [1, "PB"],
      [2, "host"],
      [2, "PB"],
    ]);
  });

  it("seed-drawn disconnects target the connectors (whatever `blocks` says), and need one", () => {
    const spec = { count: 20, kinds: ["disconnect", "turn-off"] as ("disconnect" | "turn-off")[] };
    const drawn = drawRandomFaults(spec, new Rng(3), { blocks: ["PB"], connectors: ["Dock A", "Dock B"], from: 1, to: 500 });
    const disconnects = drawn.filter((x) => x.kind === "disconnect" || x.kind === "connect");
    expect(disconnects.length).toBeGreaterThan(0);
    for (const d of disconnects) expect(["Dock A", "Dock B"]).toContain((d as { block: string }).block);
    for (const d of drawn.filter((x) => x.kind === "turn-off")) expect((d as { block: string }).block).toBe("PB");
    expect(() => drawRandomFaults(spec, new Rng(3), { blocks: ["PB"], connectors: [], from: 1, to: 500 })).toThrow(/needs at least one connector/);
  });

  it("draws random faults from the seed, each with its recovery", () => {
    const spec = { count: 5, kinds: ["turn-off", "damage", "unpower", "throw", "destroy"] as const, recoverAfter: [10, 20] as [number, number] };
    const a = drawRandomFaults({ ...spec, kinds: [...spec.kinds] }, new Rng(9), { blocks: ["A", "B"], connectors: [], from: 1, to: 500 });
    const b = drawRandomFaults({ ...spec, kinds: [...spec.kinds] }, new Rng(9), { blocks: ["A", "B"], connectors: [], from: 1, to: 500 });
    const c = drawRandomFaults({ ...spec, kinds: [...spec.kinds] }, new Rng(10), { blocks: ["A", "B"], connectors: [], from: 1, to: 500 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const recoveries: Record<string, string> = { "turn-off": "turn-on", damage: "repair", unpower: "repower", throw: "recompile" };
    const faults = a.filter((x) => x.kind in recoveries || x.kind === "destroy");
    expect(faults.length).toBe(5);
    for (const f of faults) {
      expect(f.tick).toBeGreaterThanOrEqual(1);
      expect(f.tick).toBeLessThan(500);
      if (f.kind === "destroy") continue;
      const rec = a.find((x) => x.kind === recoveries[f.kind] && "block" in x && "block" in f && x.block === f.block && x.tick - f.tick >= 10 && x.tick - f.tick <= 20);
      expect(rec).toBeDefined();
    }
    // in a simulation: applied and traced as random faults
    const sim = sim1({ seed: 5 });
    sim.addProgrammableBlock("G", { name: "A", script: counter() });
    sim.setRandomFaults({ count: 3, kinds: ["turn-off"] }, 300);
    sim.start().runTicks(1000);
    const traced = sim.trace.ofKind("fault").filter((e) => e.data.random === true);
    expect(traced.filter((e) => e.data.kind === "turn-off").length).toBe(3);
    expect(traced.filter((e) => e.data.kind === "turn-on").length).toBe(3);
  });
});
