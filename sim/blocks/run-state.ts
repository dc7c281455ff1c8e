// What an update run reads of its Programmable Block, in one small object (issue 17): the Echo buffer
// (this class extends it) and the run's fields, hot ones first, so that with 1000 PBs a run fetches a
// line or two of it instead of the block's far fields (they come after the ~20 every block has) and a
// separate EchoBuffer. The scheduler walks these records (sim/scheduler.ts) and run() never reads the
// block itself; the block (programmable.ts) keeps its API as getters over this record and does the
// rare parts (traces, failures, the role hook).
import { type MyGridProgram, type UpdateType } from "pbts/se";
import { EchoBuffer } from "../echo.ts";
import { NestedTooComplex, SimRuntimeInfo } from "../runtime.ts";
import { ownRole, roleFromEcho } from "../role.ts";
import { callMain, readStorage, type EntryArity } from "../script-host.ts";
import type { Simulation } from "../simulation.ts";
import type { SimGridTerminalSystem } from "../terminal-system.ts";
import type { SimProgrammableBlock } from "./programmable.ts";

export class RunState extends EchoBuffer {
  // V8 lays fields out in this order (after EchoBuffer's two): what every run reads first.
  runtime: SimRuntimeInfo = new SimRuntimeInfo(0);
  instance: MyGridProgram | null = null;
  /** canRun's cache of alive && IsWorking, good while sim.changes is `workingAt`. */
  working = false;
  workingAt = -1;
  /** Runs are skipped while sim.tick < throttledUntil (the "lag" fault on one block). */
  throttledUntil = 0;
  running = false;
  arity: EntryArity = 0;
  phase10 = 0;
  phase100 = 0;
  lastStorageSeen = "";
  /** The "throw" fault: the next run throws this message instead of running Main. */
  pendingThrow: string | null = null;
  readonly sim: Simulation;
  readonly pb: SimProgrammableBlock;
  gts: SimGridTerminalSystem | null = null;
  // What only traced or role-hook runs read, after what every run reads (fields are 8 bytes here:
  // node's builds have no pointer compression, so the fields above already span 3 lines of 64 bytes).
  /** The role hook (sim/role.ts): the instance's FailoverManager field (null: none) and the role it
   *  reported last (the block's `role`). */
  roleField: string | null = null;
  role = "";
  /** This block's number in the trace's run columns (sim/trace.ts; -1: not asked yet). */
  traceNumber = -1;

  constructor(pb: SimProgrammableBlock, sim: Simulation) {
    super();
    this.pb = pb;
    this.sim = sim;
  }

  canRun(): boolean {
    const sim = this.sim;
    if (this.workingAt !== sim.changes) {
      this.working = this.pb.alive && this.pb.IsWorking;
      this.workingAt = sim.changes;
    }
    return this.working && sim.tick >= this.throttledUntil;
  }

  /** One run of Main. Returns false when nothing ran (block not working, script dead, throttled). */
  run(updateType: UpdateType, argument: string): boolean {
    if (!this.canRun() || this.running) return false;
    const instance = this.instance!;
    const sim = this.sim;
    const tick = sim.tick;
    this.clear();
    this.runtime.beginRun(tick);
    // the game sets it before each run; written only when the script changed it (no store, no write
    // barrier in the usual run)
    const gts = this.gts;
    if (instance.GridTerminalSystem !== gts) instance.GridTerminalSystem = gts!;
    this.running = true;
    const caller = sim.runner;
    sim.runner = this.pb;
    let error: unknown = undefined;
    try {
      if (this.pendingThrow !== null) {
        const m = this.pendingThrow;
        this.pendingThrow = null;
        throw new Error(m);
      }
      callMain(instance, this.arity, argument ?? "", updateType);
    } catch (e) {
      error = e;
    } finally {
      this.running = false;
      sim.runner = caller;
    }
    if (error instanceof NestedTooComplex) {
      // C# engine: past the limit inside a run nested through TryRun; the game keeps this script
      // alive, shows the text after the run's Echo output and makes the caller's TryRun throw.
      this.append(error.message);
      error = undefined;
    }
    this.runtime.LastRunTimeMs = sim.options.lastRunTimeMs;
    sim.runsDone++;
    let kept = false;
    if (sim.trace.runs) {
      if (this.traceNumber < 0) this.traceNumber = sim.trace.blockNumber(this.pb.key);
      kept = sim.trace.addRun(tick, this.traceNumber, updateType, argument ?? "", this.lines, this.newlineAfterLines);
    }
    if (error !== undefined) this.pb.fail(error, "main");
    else this.afterScriptCode(kept);
    return true;
  }

  /** After a run or the constructor: a Storage change is traced; the role hook reads the role.
   *  `kept`: the run's record is in the trace's queue (Trace.addRun returned true). */
  afterScriptCode(kept = false): void {
    const instance = this.instance;
    if (!instance) return;
    const storage = readStorage(instance);
    if (storage !== this.lastStorageSeen) {
      this.lastStorageSeen = storage;
      this.sim.trace.add(this.sim.tick, this.pb.key, "storage", { value: storage, persisted: false });
    }
    const trace = this.sim.trace;
    if (!trace.roles) return; // "role" muted: the hook (a scan of each new Echo text) is off
    const own = ownRole(this.roleField, instance);
    // (c), the Echo text, of a kept run: read when the trace encodes it (sim/trace.ts deferRole)
    if (own === undefined && kept && trace.deferRole(this.traceNumber, this)) return;
    trace.settleRoles(); // this.role is current
    const role = own !== undefined ? own : roleFromEcho(this.lines);
    if (role !== null && role !== this.role) this.pb.setRole(role);
  }
}
