// The simulation: owns the world, the clock, the seeded streams, the IGC hub and the trace, and
// advances time. One tick (60 per second) is, in order:
//   1. scheduled actions for this tick (faults, operator runs), in the order they were scheduled;
//   1b. block dynamics (doors, pistons, rotors, batteries, vents, timers: blocks/dynamics.ts);
//   2. unless the server lags: IGC delivery of what was sent before this tick;
//   3. update runs, then IGC callback runs (scheduler.ts);
//   4. "state" events for PBs whose status changed.
// Tick 0 is start(): every PB's script is compiled (constructor runs), then actions at tick <= 0.
import type { SimBlock } from "./blocks/block.ts";
import { SimConnector } from "./blocks/connector.ts";
import { SimProgrammableBlock, type BlockStatus } from "./blocks/programmable.ts";
import { applyAction, drawRandomFaults, type RandomFaultSpec, type ScheduledAction, type SimAction } from "./faults.ts";
import type { SimGrid } from "./grid.ts";
import { EntityIdAllocator } from "./ids.ts";
import { IgcHub } from "./igc.ts";
import { streamRng, type Rng } from "./rng.ts";
import { engineFor, type EngineName, type ScriptEngine } from "./engine/registry.ts";
import { UpdateScheduler, runIgcCallbacks, runUpdates } from "./scheduler.ts";
import type { ProgramClass } from "./script-host.ts";
import { Trace, type TraceKind } from "./trace.ts";
import { World, type BlockSpec, type GridSpec, type WorldSnapshot } from "./world.ts";

export interface SimOptions {
  /** The seed of every random choice (entity ids, phases, message loss, random faults, run order). */
  seed?: number;
  /** LastRunTimeMs reported after every run (deterministic cost model; default 0). */
  lastRunTimeMs?: number;
  /** "seeded" (default): Update10/100 phases drawn per PB; "zero": every PB at phase 0. */
  phases?: "seeded" | "zero";
  /** "creation" (default): PBs run in creation order each tick; "shuffled": a seeded order per tick. */
  runOrder?: "creation" | "shuffled";
  /** Trace kinds not to record (e.g. ["run"] for benchmarks). */
  mute?: TraceKind[];
  /** How scripts run: "ts" (default) the TS classes; "cs" compiled to C# under mono (sim/engine/cs.ts, loaded first). */
  engine?: EngineName;
}

export class Simulation {
  readonly seed: number;
  readonly options: Required<Omit<SimOptions, "mute" | "seed" | "engine">>;
  /** The script engine (null: the TS classes run as they are). */
  readonly engine: ScriptEngine | null;
  readonly trace = new Trace();
  readonly world: World;
  readonly ids: EntityIdAllocator;
  readonly igc: IgcHub;
  /** The current tick: 0 after start(), then 1, 2, ... */
  tick = 0;
  started = false;
  /** Ticks before this one are skipped by the global "lag" fault. */
  lagUntil = 0;
  /** The PB whose code is executing now (null: none); a TryRun nests (run() keeps the caller and
   *  puts it back). A field, not a stack array: each new simulation's empty array made the
   *  run path's optimized code deoptimize at its first push (issue 17). */
  runner: SimProgrammableBlock | null = null;
  /** Main calls made (for benchmarks). */
  runsDone = 0;
  /** Update runs by frequency and phase (creation order; the shuffled order scans every PB). */
  readonly scheduler: UpdateScheduler;
  /** Something that can change a PB's status happened since the last "state" check (actions,
   *  world changes, compile, terminate, destroy): only then are the statuses compared again. */
  statesDirty = true;
  /** Counts those changes: a PB's cached "can it run" is good while this stays the same. */
  changes = 0;
  /** Something that can change a PB's status (working, alive) happened. Whatever changes a block's
   *  enabled/functional/powered/destroyed state or a script's life must call this (actions, World.changed
   *  and the PB's compile/terminate/destroy do). */
  markChanged(): void {
    this.statesDirty = true;
    this.changes++;
  }
  private readonly phaseRng: Rng;
  private readonly faultRng: Rng;
  private readonly orderRng: Rng;
  private schedule: ScheduledAction[] = [];
  private scheduleSeq = 0;
  private readonly seq = new Map<ScheduledAction, number>();
  private lastSave: WorldSnapshot | null = null;
  private randomFaults: RandomFaultSpec | null = null;

  constructor(options: SimOptions = {}) {
    this.seed = (options.seed ?? 1) >>> 0;
    this.options = {
      lastRunTimeMs: options.lastRunTimeMs ?? 0,
      phases: options.phases ?? "seeded",
      runOrder: options.runOrder ?? "creation",
    };
    for (const k of options.mute ?? []) this.trace.mute(k);
    this.engine = engineFor(options.engine);
    this.ids = new EntityIdAllocator(streamRng(this.seed, "ids"));
    this.phaseRng = streamRng(this.seed, "phases");
    this.faultRng = streamRng(this.seed, "faults");
    this.orderRng = streamRng(this.seed, "order");
    this.world = new World(this);
    this.scheduler = new UpdateScheduler(this.world.pbs);
    this.igc = new IgcHub(this, streamRng(this.seed, "loss"));
    this.engine?.install(this);
  }

  /** The class a PB instantiates for `script` under this simulation's engine. */
  adaptScript(script: ProgramClass): ProgramClass {
    return this.engine ? this.engine.adapt(script) : script;
  }

  /** Used by World when a PB is added without a fixed phase. */
  drawPhase(period: 10 | 100): number {
    return this.options.phases === "zero" ? 0 : this.phaseRng.int(period);
  }

  // ---- building ----
  addGrid(spec: GridSpec): SimGrid {
    return this.world.addGrid(spec);
  }
  addBlock(grid: SimGrid | string, spec: BlockSpec): SimBlock {
    const b = this.world.addBlock(grid, spec);
    this.markChanged();
    if (this.started && b instanceof SimProgrammableBlock) b.compile("start");
    return b;
  }
  addProgrammableBlock(grid: SimGrid | string, spec: Omit<Extract<BlockSpec, { type: "programmable" }>, "type">): SimProgrammableBlock {
    return this.addBlock(grid, { ...spec, type: "programmable" }) as SimProgrammableBlock;
  }
  pb(key: string): SimProgrammableBlock {
    return this.world.pb(key);
  }

  /** Add an action at a tick (kept in tick order; equal ticks keep insertion order). */
  at(tick: number, action: SimAction): this {
    const s = { ...action, tick } as ScheduledAction;
    this.seq.set(s, this.scheduleSeq++);
    this.schedule.push(s);
    this.schedule.sort((a, b) => a.tick - b.tick || this.seq.get(a)! - this.seq.get(b)!);
    return this;
  }
  /** Faults drawn from the seed at start() ("faults" stream), between `from` and `to`. */
  setRandomFaults(spec: RandomFaultSpec, durationTicks: number): this {
    this.randomFaults = { ...spec, from: spec.from ?? 1, to: spec.to ?? durationTicks };
    return this;
  }
  /** The scheduled actions not yet applied. */
  get pendingActions(): readonly ScheduledAction[] {
    return this.schedule;
  }

  // ---- running ----
  /** Tick 0: compile every script, apply actions scheduled at tick <= 0. */
  start(): this {
    if (this.started) return this;
    this.started = true;
    if (this.randomFaults) {
      const drawn = drawRandomFaults(this.randomFaults, this.faultRng, {
        blocks: this.world.pbs.map((p) => p.key),
        connectors: this.world.blocks.filter((b) => b instanceof SimConnector).map((b) => b.key),
        from: 1,
        to: this.randomFaults.to ?? 1,
      });
      for (const a of drawn) this.at(a.tick, a);
    }
    for (const pb of this.world.pbs) pb.compile("start");
    this.lastSave = this.world.snapshot();
    this.applyDue();
    this.checkStates();
    return this;
  }

  /** Advance one tick. */
  step(): void {
    if (!this.started) this.start();
    this.tick++;
    this.applyDue();
    this.world.tickBlocks(); // block dynamics (sim/blocks/dynamics.ts) before the scripts see the tick
    if (this.tick >= this.lagUntil) {
      this.igc.deliver(this.tick);
      if (this.options.runOrder === "shuffled") {
        const order = this.runOrder();
        runUpdates(this.tick, order);
        runIgcCallbacks(this.igc, order);
      } else {
        this.scheduler.runUpdates(this.tick);
        runIgcCallbacks(this.igc, this.world.pbs);
      }
    }
    this.checkStates();
  }
  runTicks(n: number): this {
    if (!this.started) this.start();
    for (let i = 0; i < n; ) {
      const quiet = this.quietTicks(n - i);
      if (quiet > 0) {
        this.tick += quiet; // nothing happens in these ticks: the same as stepping through them
        i += quiet;
      } else {
        this.step();
        i++;
      }
    }
    return this;
  }
  /**
   * How many of the next ticks (at most `limit`) are certainly empty: no scheduled action, no block
   * dynamics, no message in flight or callback pending, no status to re-check, no PB due (the
   * scheduler's buckets). Whatever step() learns to do must make this 0 when it has work.
   */
  private quietTicks(limit: number): number {
    if (this.options.runOrder === "shuffled" || this.statesDirty || !this.world.dynamicsSettled) return 0;
    if (this.igc.messagesInFlight !== 0 || this.igc.pendingCallbacks.size !== 0) return 0;
    let n = limit;
    if (this.schedule.length) n = Math.min(n, this.schedule[0]!.tick - this.tick - 1);
    if (n <= 0) return 0;
    return this.scheduler.quietTicks(this.tick + 1, n);
  }
  /** Advance `seconds` of game time (60 ticks per second). */
  runSeconds(seconds: number): this {
    return this.runTicks(Math.round(seconds * 60));
  }
  /** Run until `tick` has been simulated. */
  runUntil(tick: number): this {
    if (!this.started) this.start();
    if (this.tick < tick) this.runTicks(tick - this.tick);
    return this;
  }
  /** Apply an action now (at the current tick), outside the schedule. */
  apply(action: SimAction): this {
    if (!this.started) this.start();
    applyAction(this, action);
    this.markChanged();
    this.checkStates();
    return this;
  }

  /** World save: Save() on every live script, Storage persisted, block state remembered. */
  saveWorld(): void {
    for (const pb of this.world.pbs) if (!pb.destroyed) pb.save("world");
    this.lastSave = this.world.snapshot();
  }
  /** World load: the last save's world, every script built again from its persisted Storage. */
  loadWorld(): void {
    const snap = this.lastSave ?? this.world.snapshot();
    this.world.restore(snap);
    this.igc.reset();
    this.lagUntil = 0;
    this.trace.add(this.tick, null, "load", {});
    this.markChanged();
    for (const pb of this.world.pbs) {
      pb.throttledUntil = 0;
      if (pb.destroyed) pb.destroy();
      else pb.compile("load");
    }
  }

  private applyDue(): void {
    while (this.schedule.length && this.schedule[0]!.tick <= this.tick) {
      const a = this.schedule.shift()!;
      this.markChanged();
      applyAction(this, a);
      this.markChanged();
    }
  }

  private runOrder(): readonly SimProgrammableBlock[] {
    if (this.options.runOrder === "shuffled") return this.orderRng.shuffle([...this.world.pbs]);
    return this.world.pbs;
  }

  private checkStates(): void {
    if (!this.statesDirty) return;
    this.statesDirty = false;
    for (const pb of this.world.pbs) {
      const s: BlockStatus = pb.status();
      if (s !== pb.lastStatus) {
        pb.lastStatus = s;
        this.trace.add(this.tick, pb.key, "state", { status: s });
      }
    }
  }
}
