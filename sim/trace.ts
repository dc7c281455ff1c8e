// The trace: what happened, tick by tick, as plain JSON-able events. Tests assert on it and the CLI
// renders it, so every observable effect of the simulator goes through `Trace.add` (or `addRun`).
//
// Speed (issue 17): a "run" event (one per Main call, most of a trace) is kept in columns and becomes
// a `TraceEvent` only when `events` is read: a run allocates no event object and no payload, which a
// long traced simulation would otherwise keep alive (and the garbage collector copy and mark) whether
// anyone reads them or not. What a run keeps is what it costs (session 10): on this machine every new
// page the process touches costs about 5 ns a byte (a page fault), and the trace's memory grows with
// every run. So a run keeps 8 bytes of columns (Int32Array chunks of 4,096 runs that never grow:
// block number and update type; Echo length, whether an argument follows, a newline, and the tick as
// the step from the run before, 0 to 65,534: a chunk's first run and a longer step keep the tick in
// the chunk's list; the flags are derived from the update type, an argument other than "" goes to its
// chunk's list) and what its Echo text changed of the block's last one (sim/trace-echo.ts: for a
// script that echoes a counter, 2-6 bytes a run outside the collector's heap; nothing when the text
// is the same). Reading `events` rebuilds the texts and appends what was added since the last read
// to the same array, in the order it was added, so the events have the same contents as an eager
// list's; a holder of the array sees new events after it reads `events` again.

import { EchoStream } from "./trace-echo.ts";
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

/** Runs per column chunk: chunks are allocated once and never grow (a growing array is copied, and
 *  its new copy's every slot visited again by the garbage collector). */
const CHUNK = 4096;
/** Int32 slots per run: block number * TYPES + update type; Echo length (or SAME) (+ ARGUMENT)
 *  (+ NEWLINE) + STEP * tick step. (A tick column cost 4 bytes a run, session 12: a run's tick is
 *  mostly its predecessor's or a few ticks on.) */
const SLOTS = 2;
const TYPES = 1024;
const MAX_BLOCKS = 1 << 21;
/** Echo texts (8,000 characters at most, sim/echo.ts) stay below. */
const SPAN = 8192;
/** In place of the Echo length: the text is the block's last one. */
const SAME = SPAN - 1;
const MAX_TICK = 2 ** 31;
/** In the last slot: the run's argument is the next one of its chunk's list (not ""). */
const ARGUMENT = SPAN;
/** In the last slot: a newline follows the text. */
const NEWLINE = 2 * SPAN;
/** In the last slot: the tick minus the last run's (0 to FAR - 1) times STEP, or FAR: the tick is the
 *  next one of the chunk's list (STEP * FAR + STEP - 1 < 2^31). */
const STEP = 4 * SPAN;
const FAR = 65535;

export class Trace {
  /** The events read so far (what `events` returns; it grows in place). */
  private readonly read: TraceEvent[] = [];
  /** Events other than runs added since the last read, and how many pending runs came before each. */
  private pendingEvents: TraceEvent[] = [];
  private pendingAfter: number[] = [];
  /** Runs added since the last read, in chunks of SLOTS Int32s per run, and each chunk's arguments
   *  other than "" in order (null: none). */
  private columns: Int32Array[] = [];
  private args: (string[] | null)[] = [];
  /** Each chunk's ticks kept whole (FAR; its first run's at least), in order. */
  private ticks: number[][] = [];
  /** The tick of the last run in the columns. */
  private lastTick = 0;
  /** Block keys by number (`blockNumber`) and numbers by key. */
  private readonly blockKeys: string[] = [];
  private readonly blockNumbers = new Map<string, number>();
  /** The runs' Echo texts (what each changed of its block's last one). */
  private readonly echoes = new EchoStream();
  private runCount = 0;
  /** Kinds not recorded (the bench turns off "run" to measure the core). */
  private readonly muted = new Set<TraceKind>();
  /** Whether "run" events are recorded: the hot path asks before reading the Echo text. */
  runs = true;
  /** Whether "role" events are recorded: when muted, the role hook is not asked at all (sim/role.ts). */
  roles = true;
  /** Run events go through `add` as objects (the C# engine adds to their payload there). */
  runsAsObjects = false;

  /** Every event so far, oldest first (the same array on every read; see the header). */
  get events(): TraceEvent[] {
    if (this.runCount !== 0) this.materialize();
    return this.read;
  }

  add(tick: number, block: string | null, kind: TraceKind, data: Record<string, unknown> = {}): void {
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
  addRun(tick: number, block: number, updateType: number, argument: string, echo: string, newline = false): void {
    const n = echo.length;
    if (this.runsAsObjects || !(block < MAX_BLOCKS && updateType >>> 0 === updateType && updateType < TYPES && tick >>> 0 === tick && tick < MAX_TICK && (tick !== 0 || 1 / tick > 0) && n < SAME)) {
      // the C# engine's runs, and values the columns cannot hold: an event object, as read
      this.add(tick, this.blockKeys[block]!, "run", { updateType, flags: updateTypeNames(updateType), argument, echo: newline ? echo + "\n" : echo });
      return;
    }
    const r = this.runCount;
    const i = r % CHUNK;
    const c = (r - i) / CHUNK;
    if (c === this.columns.length) {
      // uninitialized memory (no pass of zeroes before the writes): a run writes both its slots
      const bytes = Buffer.allocUnsafeSlow(4 * SLOTS * CHUNK);
      this.columns.push(new Int32Array(bytes.buffer, bytes.byteOffset, SLOTS * CHUNK));
      this.args.push(null);
    }
    if (c === this.ticks.length) this.ticks.push([]);
    let step = tick - this.lastTick;
    if (i === 0 || step < 0 || step >= FAR) {
      step = FAR;
      this.ticks[c]!.push(tick);
    }
    this.lastTick = tick;
    if (argument !== "") {
      let list = this.args[c]!;
      if (list === null) this.args[c] = list = [];
      list.push(argument);
    }
    const col = this.columns[c]!;
    const at = SLOTS * i;
    col[at] = block * TYPES + updateType;
    col[at + 1] = n + (argument !== "" ? ARGUMENT : 0) + (newline ? NEWLINE : 0) + STEP * step;
    this.runCount = r + 1;
    if (this.echoes.add(block, echo, r)) this.compareEchoes();
  }
  /** The queued Echo texts compared (sim/trace-echo.ts): a run whose text was its block's last one
   *  gets SAME in place of its length. */
  private compareEchoes(): void {
    const echoes = this.echoes;
    echoes.compare();
    for (let i = 0; i < echoes.sameCount; i++) {
      const r = echoes.sameRuns[i]!;
      const col = this.columns[Math.floor(r / CHUNK)]!;
      const at = SLOTS * (r % CHUNK) + 1;
      col[at] = col[at]! - ((col[at]! % STEP) % SPAN) + SAME;
    }
  }
  /** Whether events of `kind` are recorded (callers skip building a payload nobody keeps). */
  records(kind: TraceKind): boolean {
    return this.muted.size === 0 || !this.muted.has(kind);
  }
  mute(kind: TraceKind): void {
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
    this.compareEchoes();
    let o = 0;
    let tick = 0;
    let far = 0;
    let arg = 0;
    for (let r = 0; r < this.runCount; r++) {
      while (o < this.pendingEvents.length && this.pendingAfter[o] === r) this.read.push(this.pendingEvents[o++]!);
      const c = Math.floor(r / CHUNK);
      const col = this.columns[c]!;
      const at = SLOTS * (r % CHUNK);
      const updateType = col[at]! % TYPES;
      const block = (col[at]! - updateType) / TYPES;
      const packed = col[at + 1]!;
      const low = packed % STEP;
      const step = (packed - low) / STEP;
      if (r % CHUNK === 0) far = arg = 0;
      tick = step === FAR ? this.ticks[c]![far++]! : tick + step;
      const code = low % SPAN;
      const newline = (low & NEWLINE) !== 0;
      const argument = (low & ARGUMENT) !== 0 ? this.args[c]![arg++]! : "";
      const echo = this.echoes.read(block, code, SAME);
      const data = { updateType, flags: updateTypeNames(updateType), argument, echo: newline ? echo + "\n" : echo };
      this.read.push({ tick, block: this.blockKeys[block]!, kind: "run", data });
    }
    while (o < this.pendingEvents.length) this.read.push(this.pendingEvents[o++]!);
    this.pendingEvents = [];
    this.pendingAfter = [];
    // The first chunk is kept for the next runs (a reader that reads every tick, as the live view and
    // the failover harness do, would otherwise make every tick allocate a new one).
    this.columns.length = Math.min(this.columns.length, 1);
    this.args.length = 0;
    if (this.columns.length) this.args.push(null);
    this.ticks = [];
    this.echoes.endRead();
    this.runCount = 0;
  }
}

