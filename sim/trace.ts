// The trace: what happened, tick by tick, as plain JSON-able events. Tests assert on it and the CLI
// renders it, so every observable effect of the simulator goes through `Trace.add` (or `addRun`).
//
// Speed (issue 17): a "run" event (one per Main call, most of a trace) is kept as bytes
// (sim/trace-runs.ts: a tag byte and what the run's Echo text changed of its block's last one, 2
// bytes for most runs of a script that echoes a counter) and becomes a `TraceEvent` only when `events` is
// read: a run allocates no event object and no payload, which a long traced simulation would
// otherwise keep alive (and the garbage collector copy and mark) whether anyone reads them or not.
// What a run keeps is what it costs (session 10): on this machine every new page the process touches
// costs about 5 ns a byte (a page fault), and the trace's memory grows with every run. Reading
// `events` rebuilds the runs and appends what was added since the last read to the same array, in
// the order it was added, so the events have the same contents as an eager list's; a holder of the
// array sees new events after it reads `events` again.

import { roleFromEcho } from "./role.ts";
import { RunStream, type RoleTextSink } from "./trace-runs.ts";
import { updateTypeNames } from "./update-types.ts";

export type TraceKind =
  | "compile" // a script instance was built (data: reason start|recompile|load, entityId, echo)
  | "run" // Main ran (data: updateType, flags, argument, echo)
  | "echo" // Echo text produced outside Main (constructor or Save)
  | "storage" // Storage changed (data: value, persisted)
  | "customData" // CustomData changed (data: value, by)
  | "igc-send" // data: tag, data, mode broadcast|unicast, distance/to, ok
  | "igc-deliver" // data: from, tag, data, listener
  | "igc-drop" // data: from, tag, reason unreachable|lost|queue-full|not-working|no-context|sender-gone
  | "fault" // a fault or operator action was applied (data: the action)
  | "exception" // the script was terminated (data: message, during)
  | "save" // Save() ran and Storage was persisted (data: storage)
  | "load" // world reload
  | "state" // a PB's status changed (data: status, see BlockStatus)
  | "property" // an API-visible block property changed (data: name, value, by: PB key or "host")
  | "action" // a terminal action was applied, or a timer triggered (data: name, by)
  | "text" // a text surface's text changed (data: surface, text, by)
  | "sprites" // a sprite frame was drawn on a surface (data: surface?, sprites, by)
  | "inventory" // items moved between inventories (data: item, amount, inventory?, to, toInventory?, by)
  | "role"; // a script reported its role (data: role), see programmable.ts "Role hook"

export interface TraceEvent {
  tick: number;
  /** The block's key (its scenario name) or null for world events. */
  block: string | null;
  kind: TraceKind;
  data: Record<string, unknown>;
}

/** Ticks, block numbers and update types a run record holds (varints of up to 31 bits). */
const LIMIT = 2 ** 31;

/** Where a block's role is kept (sim/blocks/run-state.ts), for `deferRole`. */
export interface RoleHolder {
  role: string;
}

export class Trace implements RoleTextSink {
  /** The events read so far (what `events` returns; it grows in place). */
  private readonly read: TraceEvent[] = [];
  /** Events other than runs added since the last read, and how many pending runs came before each. */
  private pendingEvents: TraceEvent[] = [];
  private pendingAfter: number[] = [];
  /** Block keys by number (`blockNumber`) and numbers by key. */
  private readonly blockKeys: string[] = [];
  private readonly blockNumbers = new Map<string, number>();
  /** The runs added since the last read (sim/trace-runs.ts). */
  private readonly runStream = new RunStream();
  private runCount = 0;
  /** Kinds not recorded (the bench turns off "run" to measure the core). */
  private readonly muted = new Set<TraceKind>();
  /** Whether "run" events are recorded: the hot path asks before reading the Echo text. */
  runs = true;
  /** Whether "role" events are recorded: when muted, the role hook is not asked at all (sim/role.ts). */
  roles = true;
  /** Run events go through `add` as objects (the C# engine adds to their payload there). */
  runsAsObjects = false;
  /** Per block number, where its role is kept (`deferRole`). */
  private readonly roleHolders: RoleHolder[] = [];

  constructor() {
    this.runStream.roleSink = this;
  }

  /** Every event so far, oldest first (the same array on every read; see the header). */
  get events(): TraceEvent[] {
    if (this.runCount !== 0) this.materialize();
    return this.read;
  }

  add(tick: number, block: string | null, kind: TraceKind, data: Record<string, unknown> = {}): void {
    if (this.runStream.roleChecks !== 0) this.runStream.flush(); // the deferred role events come first
    if (this.muted.size !== 0 && this.muted.has(kind)) return;
    const event = { tick, block, kind, data };
    if (this.runCount === 0) this.read.push(event);
    else {
      this.pendingEvents.push(event);
      this.pendingAfter.push(this.runCount);
    }
  }
  /** The number `addRun` takes for a block key (callers keep it: a lookup per run would cost more). */
  blockNumber(key: string): number {
    let n = this.blockNumbers.get(key);
    if (n === undefined) {
      n = this.blockKeys.length;
      this.blockKeys.push(key);
      this.blockNumbers.set(key, n);
    }
    return n;
  }
  /** A "run" event of block number `block` (`blockNumber`; callers check `runs` first): its payload
   *  { updateType, flags, argument, echo } is built when read (flags: `updateTypeNames`; echo: `echo`,
   *  and a newline after it when `newline`: EchoBuffer.lines and newlineAfterLines). */
  addRun(tick: number, block: number, updateType: number, argument: string, echo: string, newline = false): boolean {
    if (this.runsAsObjects || !(block >>> 0 === block && block < LIMIT && updateType >>> 0 === updateType && updateType < LIMIT && tick >>> 0 === tick && tick < LIMIT && (tick !== 0 || 1 / tick > 0))) {
      // the C# engine's runs, and values a record cannot hold: an event object, as read
      this.add(tick, this.blockKeys[block]!, "run", { updateType, flags: updateTypeNames(updateType), argument, echo: newline ? echo + "\n" : echo });
      return false;
    }
    this.runCount++;
    this.runStream.add(tick, block, updateType, argument, echo, newline);
    return true;
  }

  /**
   * The role hook's Echo reading (sim/role.ts (c)) for the run `addRun` just kept (it returned
   * true) of block number `block`, done when the run is encoded instead of now (false: it was
   * encoded already; read it now). The encoder knows which texts may hold "role" from what changed
   * of the block's last one (sim/trace-runs.ts), so most texts are never searched, and none is
   * flattened for it. The "role" event, if the role changed, comes right after the run's own events,
   * as if added now: every other `add` encodes the marked runs first, and who reads a role first
   * calls `settleRoles` (the block's `role`, `setRole`). Issue 17: the search and the flattening were
   * about a sixth of a traced run's instructions at 1000 PBs.
   */
  deferRole(block: number, holder: RoleHolder): boolean {
    if (!this.runStream.checkRole()) return false;
    if (this.roleHolders[block] !== holder) {
      while (this.roleHolders.length < block) this.roleHolders.push(holder);
      this.roleHolders[block] = holder;
    }
    return true;
  }
  /** Reads the deferred role lines (`deferRole`): every holder's role is current after it. */
  settleRoles(): void {
    if (this.runStream.roleChecks !== 0) this.runStream.flush();
  }
  /** RoleTextSink: run `k` of the `count` being encoded, marked by `deferRole`, holds "role". */
  roleText(k: number, count: number, tick: number, block: number, text: string): void {
    const role = roleFromEcho(text);
    const holder = this.roleHolders[block]!;
    if (role === null || role === holder.role) return;
    holder.role = role; // as SimProgrammableBlock.setRole does
    this.pendingEvents.push({ tick, block: this.blockKeys[block]!, kind: "role", data: { role } });
    this.pendingAfter.push(this.runCount - count + k + 1);
  }
  /** Whether events of `kind` are recorded (callers skip building a payload nobody keeps). */
  records(kind: TraceKind): boolean {
    return this.muted.size === 0 || !this.muted.has(kind);
  }
  mute(kind: TraceKind): void {
    this.settleRoles();
    this.muted.add(kind);
    if (kind === "run") this.runs = false;
    if (kind === "role") this.roles = false;
  }
  ofKind(kind: TraceKind): TraceEvent[] {
    return this.events.filter((e) => e.kind === kind);
  }
  forBlock(block: string, kind?: TraceKind): TraceEvent[] {
    return this.events.filter((e) => e.block === block && (kind === undefined || e.kind === kind));
  }
  toJSON(): TraceEvent[] {
    return this.events;
  }

  /** The pending events become `TraceEvent`s at the end of `read`, in the order they were added. */
  private materialize(): void {
    const runs = this.runStream;
    runs.flush();
    let o = 0;
    for (let r = 0; r < this.runCount; r++) {
      while (o < this.pendingEvents.length && this.pendingAfter[o] === r) this.read.push(this.pendingEvents[o++]!);
      runs.readRun();
      const updateType = runs.updateType;
      const data = { updateType, flags: updateTypeNames(updateType), argument: runs.argument, echo: runs.newline ? runs.echo + "\n" : runs.echo };
      this.read.push({ tick: runs.tick, block: this.blockKeys[runs.block]!, kind: "run", data });
    }
    while (o < this.pendingEvents.length) this.read.push(this.pendingEvents[o++]!);
    this.pendingEvents = [];
    this.pendingAfter = [];
    runs.endRead();
    this.runCount = 0;
  }
}

