// Session 25 (issue 15): the lean class, Failover, tells whose run it is from HandleCommand(argument, updateSource)
// alone. One named test per rule, each judged from the runs the script recorded (its updateSource, what ActiveCheck
// said): the rules against what the game does (se-api-facts.md: the due flags and Once OR-ed into one update run,
// Once cleared just before it; Terminal, Trigger, Script (another PB's TryRun), IGC for a message callback).
import { describe, expect, it } from "vitest";
import { IMyProgrammableBlock, MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { Simulation } from "pbts/sim";
import { Failover, FailoverState } from "../../mixins/failover.ts";
import { FailoverRole } from "../../mixins/failover-role.ts";
import { TestConsole, ini } from "./harness.ts";

const PERIODIC = UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100;

interface Run {
  tick: number;
  node: string;
  type: UpdateType;
  arg: string;
  value: FailoverState;
}

/** Three copies of a script on the lean class, Update100; `user:once` sets Once, `user:assign` assigns UpdateFrequency
 *  (`=`, no Once), `user:fast` / `user:slow` add and take off Update10; `skip` (a field the test sets) leaves
 *  HandleCommand out. `call <block> <argument>` on the caller block runs a copy with TryRun (UpdateType.Script). */
function group(seed = 3) {
  const sim = new Simulation({ seed });
  const runs: Run[] = [];
  sim.addGrid({ name: "G" });
  class Program extends MyGridProgram {
    console = new TestConsole(this, () => sim.tick);
    failover = new Failover(this, this.console, new MyIni());
    skip = false;
    constructor() {
      super();
      this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
    }
    Main(argument: string, updateSource: UpdateType): void {
      if (!this.skip && this.failover.HandleCommand(argument, updateSource)) return;
      const value = this.failover.ActiveCheck;
      runs.push({ tick: sim.tick, node: this.Me.CustomName, type: updateSource, arg: argument, value });
      if (value === FailoverState.Standby) return;
      if (argument === "user:once") this.Runtime.UpdateFrequency |= UpdateFrequency.Once;
      if (argument === "user:assign") this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
      if (argument === "user:fast") this.Runtime.UpdateFrequency |= UpdateFrequency.Update10;
      if (argument === "user:slow") this.Runtime.UpdateFrequency &= ~UpdateFrequency.Update10;
    }
    Save(): void {
      this.Storage = this.failover.Serialize();
    }
  }
  class Caller extends MyGridProgram {
    Main(argument: string): void {
      const [, block, arg] = /^call (\S+) (.*)$/.exec(argument) ?? [];
      const pb = this.GridTerminalSystem.GetBlockWithName(block ?? "");
      if (pb instanceof IMyProgrammableBlock) pb.TryRun(arg ?? "");
    }
  }
  const names = ["PB0", "PB1", "PB2"];
  names.forEach((name, i) => sim.addProgrammableBlock("G", { name, script: Program, customData: ini("grp", i) }));
  sim.addProgrammableBlock("G", { name: "Caller", script: Caller });
  sim.start();
  const inst = (n: string) => sim.pb(n).instance as unknown as Program;
  const of = (n: string, from = 0, to = Infinity) => runs.filter((r) => r.node === n && r.tick >= from && r.tick <= to);
  return { sim, runs, inst, of };
}

describe("the lean class (Failover): whose run it is, from updateSource", () => {
  it("a periodic run is the script's, also merged with the manager's Once; the manager's Once run alone is its own (Standby)", () => {
    const { sim, of, inst } = group();
    // PB0, the active, switched off: PB1 takes over and watches it (it may come back unaware) with a Once on every
    // tick for up to 115 ticks
    sim.at(650, { kind: "turn-off", block: "PB0" });
    sim.runUntil(900);
    expect(inst("PB1").failover.Role).toBe(FailoverRole.Active);
    const w = of("PB1", 650, 900);
    const alone = w.filter((r) => r.type === UpdateType.Once);
    const merged = w.filter((r) => (r.type & PERIODIC) !== 0 && (r.type & UpdateType.Once) !== 0);
    expect(alone.length).toBeGreaterThan(50);
    expect(merged.length).toBeGreaterThan(0);
    expect(alone.filter((r) => r.value !== FailoverState.Standby)).toEqual([]);
    expect(merged.filter((r) => r.value !== FailoverState.Active)).toEqual([]);
    // and every periodic run of the active acts, from its first after the takeover
    const first = w.find((r) => r.value !== FailoverState.Standby)!.tick;
    expect(of("PB1", first, 900).filter((r) => (r.type & PERIODIC) !== 0 && r.value === FailoverState.Standby)).toEqual([]);
  });

  // (an operator's run comes before the tick's update run: the Once it sets runs in the same tick)
  it("a Once the script set itself, with none of the manager's pending, is the script's run", () => {
    const { sim, of } = group();
    sim.at(700, { kind: "run", block: "PB0", argument: "user:once" });
    sim.runUntil(800);
    const once = of("PB0", 700, 800).filter((r) => r.type === UpdateType.Once);
    expect(once.map((r) => [r.tick, r.value])).toEqual([[700, FailoverState.Active]]);
  });

  it("a Once the script set while one of the manager's is pending (the watch): the two are one run, the manager's (the documented limit)", () => {
    const { sim, of } = group();
    sim.at(650, { kind: "turn-off", block: "PB0" });
    sim.runUntil(799);
    // (PB1 took the role at its periodic run at 745, and watches: the manager's Once runs alone on every tick)
    expect(of("PB1", 790, 799).filter((r) => r.type === UpdateType.Once).length).toBe(10);
    sim.at(800, { kind: "run", block: "PB1", argument: "user:once" });
    sim.runUntil(810);
    expect(of("PB1", 800, 800).map((r) => [r.type, r.value])).toEqual([
      [UpdateType.Terminal, FailoverState.Active],
      [UpdateType.Once, FailoverState.Standby],
    ]);
  });

  it("UpdateFrequency assigned with '=' takes the manager's pending Once away: the script's own Once run later is the script's", () => {
    const { sim, of, inst } = group();
    sim.at(650, { kind: "turn-off", block: "PB0" });
    // PB1 active (at 745) and watching PB0; PB0 destroyed (no more watch), and in the same tick, before the update run,
    // the assignment in a run that set the watch's Once
    sim.at(800, { kind: "destroy", block: "PB0" });
    sim.at(800, { kind: "run", block: "PB1", argument: "user:assign" });
    sim.runUntil(1000);
    expect(inst("PB1").failover.Role).toBe(FailoverRole.Active);
    expect(of("PB1", 800, 1000).filter((r) => (r.type & UpdateType.Once) !== 0)).toEqual([]);
    sim.at(1001, { kind: "run", block: "PB1", argument: "user:once" });
    sim.runUntil(1010);
    expect(of("PB1", 1001, 1001).map((r) => [r.type, r.value])).toEqual([
      [UpdateType.Terminal, FailoverState.Active],
      [UpdateType.Once, FailoverState.Active],
    ]);
  });

  it("Terminal, Trigger and Script (another PB's TryRun) runs are the script's, with or without an argument", () => {
    const { sim, of } = group();
    sim.at(700, { kind: "run", block: "PB0", argument: "x" });
    sim.at(710, { kind: "run", block: "PB0", argument: "", source: "trigger" });
    sim.at(720, { kind: "run", block: "Caller", argument: "call PB0 z" });
    sim.at(730, { kind: "run", block: "PB0", argument: "" });
    sim.runUntil(740);
    const user = of("PB0", 700, 740).filter((r) => (r.type & PERIODIC) === 0);
    expect(user.map((r) => [r.tick, r.type, r.arg, r.value])).toEqual([
      [700, UpdateType.Terminal, "x", FailoverState.Active],
      [710, UpdateType.Trigger, "", FailoverState.Active],
      [720, UpdateType.Script, "z", FailoverState.Active],
      [730, UpdateType.Terminal, "", FailoverState.Active],
    ]);
  });

  it("the manager's callback run is its own: HandleCommand returns true, the script never sees it", () => {
    const { sim, runs } = group();
    sim.at(650, { kind: "turn-off", block: "PB0" });
    sim.runUntil(1200);
    // (callback runs happened: the standbys' on the takeover's messages)
    expect(sim.trace.ofKind("run").some((e) => e.data.argument === "failover igc")).toBe(true);
    expect(runs.filter((r) => r.arg === "failover igc")).toEqual([]);
  });

  it("two runs in one tick (an operator's and the periodic one) are both the script's", () => {
    const { sim, of } = group();
    sim.runUntil(600);
    const t = of("PB0", 500, 600).filter((r) => (r.type & UpdateType.Update100) !== 0).pop()!.tick + 100;
    sim.at(t, { kind: "run", block: "PB0", argument: "op" });
    sim.runUntil(t + 5);
    expect(of("PB0", t, t).map((r) => [r.type, r.value])).toEqual([
      [UpdateType.Terminal, FailoverState.Active],
      [UpdateType.Update100, FailoverState.Active],
    ]);
  });

  it("a world load: the new instances elect again, and every periodic run of the active acts", () => {
    const { sim, of } = group();
    sim.at(650, { kind: "save-reload" });
    sim.runUntil(1200);
    const acting = ["PB0", "PB1", "PB2"].filter((n) => of(n, 700, 1200).some((r) => r.value !== FailoverState.Standby));
    expect(acting).toEqual(["PB0"]);
    expect(of("PB0", 700, 1200).filter((r) => (r.type & PERIODIC) !== 0 && r.value !== FailoverState.Active)).toEqual([]);
  });

  it("the script changes its UpdateFrequency (Update10 added and taken off): every periodic run acts, no copy takes it for a gap", () => {
    const { sim, of } = group();
    sim.at(700, { kind: "run", block: "PB0", argument: "user:fast" });
    sim.at(900, { kind: "run", block: "PB0", argument: "user:slow" });
    sim.runUntil(1300);
    const w = of("PB0", 701, 1300).filter((r) => (r.type & PERIODIC) !== 0);
    expect(w.filter((r) => (r.type & UpdateType.Update10) !== 0).length).toBeGreaterThan(15);
    expect(w.filter((r) => r.value !== FailoverState.Active)).toEqual([]);
    // (a copy that takes a run for a gap asks the group: Q from an active one, L from a standby; no console line since session 27)
    expect(sim.trace.ofKind("igc-send").filter((e) => e.tick > 700 && /^[QL]/.test(String(e.data.data)))).toEqual([]);
  });

  it("ActiveCheck read in a run without HandleCommand: the run is the script's (no console line: a decision of session 27, README Failover, Two classes)", () => {
    const { sim, of, inst } = group();
    sim.runUntil(600);
    inst("PB0").skip = true;
    inst("PB1").skip = true;
    sim.runUntil(1000);
    for (const n of ["PB0", "PB1"]) expect(inst(n).console.lines.filter((l) => /HandleCommand/.test(l.text))).toEqual([]);
    // the active's runs act (the script's), the standby's stay Standby, and the group still has one active
    expect(of("PB0", 601, 1000).filter((r) => r.value !== FailoverState.Active)).toEqual([]);
    expect(of("PB0", 601, 1000).length).toBeGreaterThan(3);
    expect(of("PB1", 601, 1000).filter((r) => r.value !== FailoverState.Standby)).toEqual([]);
  });
});
