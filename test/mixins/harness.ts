// Test harness for the failover mixin: a group of PBs running a test script that uses the manager
// exactly as the spec's drop-in usage does, plus helpers to watch who is active tick by tick.
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, type IMyTerminalBlock } from "pbts/se";
import { Simulation, type SimAction, type SimOptions, type SimProgrammableBlock } from "pbts/sim";
import { MainConsole } from "../../mixins/console.ts";
import { Failover, FailoverState, StartupReason } from "../../mixins/failover.ts";
import { FailoverManager } from "../../mixins/failover-manager.ts";
import { FailoverRole } from "../../mixins/failover-role.ts";
import { updateOf } from "./scripts/drop-in.ts";

/** A console line's level, as the test console records it. */
export enum LogLevel {
  Info = 1,
  Warning = 2,
  Error = 3,
}
const PREFIX = ["", "", "[warn] ", "[ERROR] "];

/** Records every line with its level and tick; echoes like EchoConsole (the status is only kept). */
export class TestConsole extends MainConsole {
  readonly lines: { tick: number; level: LogLevel; text: string }[] = [];
  status = "";
  constructor(
    program: MyGridProgram,
    private readonly clock: () => number,
  ) {
    super(program, "", 0);
  }
  private log(level: LogLevel, message: string): void {
    this.lines.push({ tick: this.clock(), level, text: message });
    this.program.Echo(PREFIX[level] + message);
  }
  override Info(m: string): void {
    this.log(LogLevel.Info, m);
  }
  override Warn(m: string): void {
    this.log(LogLevel.Warning, m);
  }
  override Error(m: string): void {
    this.log(LogLevel.Error, m);
  }
  override SetStatus(text: string): void {
    this.status = text;
  }
  override Flush(): void {}
  text(): string {
    return this.lines.map((l) => PREFIX[l.level] + l.text).join("\n");
  }
}

export interface RunRecord {
  tick: number;
  node: string;
  value: FailoverState;
  updateType: UpdateType;
  argument: string;
}

/** What every test script reports (shared by all PBs of one simulation). */
export class Recorder {
  runs: RunRecord[] = [];
  /** A second read of ActiveCheck in the same run returned a different value. */
  mismatches: string[] = [];
  activations: { tick: number; node: string; reason: StartupReason }[] = [];
  deactivations: { tick: number; node: string }[] = [];
  passedThrough: { tick: number; node: string; argument: string }[] = [];
  sim: Simulation | null = null;
  get tick(): number {
    return this.sim ? this.sim.tick : -1;
  }
}

export interface ScriptOptions {
  /** Call HandleCommand(argument) first in Main (the recommended usage). Default true. */
  explicit?: boolean;
  /** The lean class: Failover, with HandleCommand(argument, updateSource) first in Main on every run (explicit is then true). */
  lean?: boolean;
  frequency?: UpdateFrequency;
  /** Checkpoint the active's run count each run. */
  checkpoint?: boolean;
}

export type TestProgram = MyGridProgram & { failover: Failover; console: TestConsole };

export function failoverScript(rec: Recorder, opts: ScriptOptions = {}) {
  const lean = opts.lean ?? false;
  const explicit = lean || (opts.explicit ?? true);
  const frequency = opts.frequency ?? UpdateFrequency.Update100;
  return class Program extends MyGridProgram {
    console: TestConsole;
    failover: Failover;
    constructor() {
      super();
      this.console = new TestConsole(this, () => rec.tick);
      this.failover = lean ? new Failover(this, this.console, new MyIni()) : new FailoverManager(this, this.console, new MyIni());
      this.failover.OnActivate = (reason) => rec.activations.push({ tick: rec.tick, node: this.Me.CustomName, reason });
      this.failover.OnDeactivate = () => rec.deactivations.push({ tick: rec.tick, node: this.Me.CustomName });
      this.Runtime.UpdateFrequency = /\[test\]/.test(this.Me.CustomData) ? updateOf(this.Me.CustomData) : frequency;
    }
    Main(argument: string, updateType: UpdateType): void {
      // (FailoverManager with the argument alone, as before: its updateSource defaults to 0)
      if (explicit && this.failover.HandleCommand(argument, lean ? updateType : 0)) return;
      if (argument === "test:stepdown") {
        this.failover.StepDown();
        return;
      }
      const v = this.failover.ActiveCheck;
      rec.runs.push({ tick: rec.tick, node: this.Me.CustomName, value: v, updateType, argument });
      if (argument !== "") rec.passedThrough.push({ tick: rec.tick, node: this.Me.CustomName, argument });
      if (v === FailoverState.Standby) return;
      const again = this.failover.ActiveCheck;
      if (again !== v) rec.mismatches.push(`${rec.tick} ${this.Me.CustomName}: ${v} then ${again}`);
      if (opts.checkpoint && (updateType & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) !== 0) {
        const n = this.failover.Checkpoint === "" ? 0 : Number(this.failover.Checkpoint);
        this.failover.Checkpoint = String(n + 1);
      }
    }
    Save(): void {
      this.Storage = this.failover.Serialize();
    }
    /** Read by the simulator after every run (role events in the trace). */
    get __pbtsRole(): string {
      return roleWord(this.failover.Role);
    }
  };
}

export function roleWord(r: FailoverRole): string {
  return ["invalid", "disabled", "listening", "standby", "active"][r]!;
}

export interface GroupOptions {
  n?: number;
  ranks?: number[];
  /** Extra lines for [failover] on every node (e.g. "timeout=2"). */
  extra?: string;
  /** Per-node extra lines. */
  extraFor?: Record<number, string>;
  customData?: (i: number) => string;
  id?: string;
  seed?: number;
  sim?: SimOptions;
  script?: ScriptOptions;
  /** Fixed entity ids (else drawn from the seed). */
  entityIds?: number[];
  /** Grid per node (default all on "G"). */
  gridOf?: (i: number) => string;
  grids?: string[];
}

export interface Group {
  sim: Simulation;
  rec: Recorder;
  names: string[];
  /** Names ordered by (rank, EntityId): the expected election order. */
  order: string[];
}

export function nodeName(i: number): string {
  return `PB${i}`;
}

export function ini(id: string, rank: number | string, extra = ""): string {
  return `[failover]\nid=${id}\nrank=${rank}\n${extra}`;
}

export function makeGroup(o: GroupOptions = {}): Group {
  const n = o.n ?? o.ranks?.length ?? 3;
  const ranks = o.ranks ?? Array.from({ length: n }, (_, i) => i);
  const rec = new Recorder();
  const sim = new Simulation({ seed: o.seed ?? 1, ...o.sim });
  rec.sim = sim;
  const grids = o.grids ?? ["G"];
  for (const g of grids) sim.addGrid({ name: g });
  const Script = failoverScript(rec, o.script);
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = nodeName(i);
    names.push(name);
    const extra = (o.extra ?? "") + "\n" + (o.extraFor?.[i] ?? "");
    const customData = o.customData ? o.customData(i) : ini(o.id ?? "grp", ranks[i]!, extra);
    sim.addProgrammableBlock(o.gridOf ? o.gridOf(i) : grids[0]!, { name, script: Script, customData, entityId: o.entityIds?.[i] });
  }
  const order = [...names].sort((a, b) => {
    const ra = ranks[names.indexOf(a)]!;
    const rb = ranks[names.indexOf(b)]!;
    return ra - rb || sim.pb(a).EntityId - sim.pb(b).EntityId;
  });
  return { sim, rec, names, order };
}

export function manager(sim: Simulation, name: string): Failover | null {
  const pb = sim.pb(name);
  const inst = pb.instance as TestProgram | null;
  if (!inst || !pb.alive) return null;
  return inst.failover ?? null;
}

export function testConsole(sim: Simulation, name: string): TestConsole | null {
  const inst = sim.pb(name).instance as TestProgram | null;
  return inst ? inst.console : null;
}

/** Acting as active at this tick: the script is alive, the block works, and its last run made it active. */
export function isActing(sim: Simulation, name: string): boolean {
  const pb: SimProgrammableBlock = sim.pb(name);
  if (!pb.alive || !pb.IsWorking) return false;
  const m = manager(sim, name);
  return m !== null && m.Role === FailoverRole.Active;
}

export function actives(sim: Simulation, names: string[]): string[] {
  return names.filter((n) => isActing(sim, n));
}

/**
 * Steps the simulation to `until`, recording the acting nodes after every tick. A node acts for one
 * run interval (its update frequency) after a run that left its manager Active, while its block works
 * and its script lives: a node that is switched off or throttled stops acting, and it does not act
 * again before a run of its own has made it active again.
 */
export class Watch {
  /** timeline[t] = acting nodes after tick t. */
  readonly timeline: string[][] = [];
  private readonly lastActiveRun = new Map<string, number>();
  private traceAt = 0;
  constructor(
    readonly sim: Simulation,
    readonly names: string[],
  ) {
    if (!sim.started) sim.start();
    this.record();
  }
  private record(): void {
    const ev = this.sim.trace.events;
    const ran = new Set<string>();
    for (; this.traceAt < ev.length; this.traceAt++) {
      const e = ev[this.traceAt]!;
      if ((e.kind === "run" || e.kind === "compile") && e.block) ran.add(e.block);
    }
    const out: string[] = [];
    for (const n of this.names) {
      const pb = this.sim.pb(n);
      if (ran.has(n)) {
        const m = manager(this.sim, n);
        if (m !== null && m.Role === FailoverRole.Active) this.lastActiveRun.set(n, this.sim.tick);
        else this.lastActiveRun.delete(n);
      }
      const last = this.lastActiveRun.get(n);
      const f = pb.runtime.UpdateFrequency;
      const gap = f & UpdateFrequency.Update1 ? 1 : f & UpdateFrequency.Update10 ? 10 : 100;
      let a = last !== undefined && this.sim.tick - last < gap + 1;
      if (!pb.alive || !pb.IsWorking) {
        a = false;
        this.lastActiveRun.delete(n);
      }
      // a throttled ("lag") script does not run, so it does nothing as active until its next run (not the end of
      // the lag: what another copy said meanwhile waits in its queue, and that run reads it before it acts, F69)
      if (this.sim.tick < pb.throttledUntil) {
        a = false;
        this.lastActiveRun.delete(n);
      }
      if (a) out.push(n);
    }
    this.timeline[this.sim.tick] = out;
  }
  runUntil(tick: number): this {
    while (this.sim.tick < tick) {
      this.sim.step();
      this.record();
    }
    return this;
  }
  /** First tick >= from at which `name` is acting (alone or not); -1 if never. */
  firstActive(name: string, from: number): number {
    for (let t = from; t < this.timeline.length; t++) if (this.timeline[t]?.includes(name)) return t;
    return -1;
  }
  /** First tick >= from at which exactly one node acts; returns [tick, name]. */
  firstSole(from: number): [number, string] {
    for (let t = from; t < this.timeline.length; t++) if (this.timeline[t]?.length === 1) return [t, this.timeline[t]![0]!];
    return [-1, ""];
  }
  soleAt(t: number): string {
    const a = this.timeline[t] ?? [];
    return a.length === 1 ? a[0]! : a.length === 0 ? "<none>" : `<${a.join(",")}>`;
  }
  /** Ticks in [from, to) with more than one acting node. */
  dualTicks(from = 0, to = this.timeline.length): number[] {
    const out: number[] = [];
    for (let t = from; t < to; t++) if ((this.timeline[t]?.length ?? 0) > 1) out.push(t);
    return out;
  }
}

/** Ticks at which `name` ran Main (any update type). */
export function runTicks(sim: Simulation, name: string): number[] {
  return sim.trace.forBlock(name, "run").map((e) => e.tick);
}

/** The first run of `name` at or after `tick`. */
export function nextRun(sim: Simulation, name: string, tick: number): number {
  const t = runTicks(sim, name).find((x) => x >= tick);
  return t ?? -1;
}

/** Ticks at which `name` sent a heartbeat. */
export function heartbeatTicks(sim: Simulation, name: string): number[] {
  return sim.trace
    .forBlock(name, "igc-send")
    .filter((e) => typeof e.data.data === "string" && /^A\d/.test(e.data.data as string))
    .map((e) => e.tick);
}

export function lastBefore(xs: number[], t: number): number {
  let best = -1;
  for (const x of xs) if (x < t && x > best) best = x;
  return best;
}

/** A group settled: run until `tick` and return the watch. */
export function settle(g: Group, until = 600): Watch {
  return new Watch(g.sim, g.names).runUntil(until);
}

export function schedule(sim: Simulation, tick: number, action: SimAction): void {
  sim.at(tick, action);
}

export function blockOf(sim: Simulation, name: string): IMyTerminalBlock {
  return sim.pb(name);
}
