// The trace: what happened, tick by tick, as plain JSON-able events. Tests assert on it and the CLI
// renders it, so every observable effect of the simulator goes through `Trace.add` (or `addRun`).
//
// Speed (issue 17): a "run" event (one per Main call, most of a trace) is kept in columns (chunks of
// 4,096 runs that never grow: a Float64Array of tick, update type and Echo length, an array of block,
// flags and argument) and becomes a `TraceEvent` only when `events` is read: a run allocates no
// event object and no payload, which a long traced simulation would otherwise keep alive (and the
// garbage collector copy and mark) whether anyone reads them or not. The Echo texts of every 256
// runs are joined into one string (session 9): the trace keeps one object per 256 runs instead of
// one string per run (each kept string was copied twice by the young-generation collector, then
// marked by every full collection), and the per-run strings die young. Reading `events` appends what
// was added since the last read to the same array, in the order it was added, so the events are the
// same objects with the same contents as before (an Echo text is then a slice of its joined string);
// a holder of the array sees new events after it reads `events` again.

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
/** Runs whose Echo texts are joined into one kept string (CHUNK is a multiple). */
const JOIN = 256;

export class Trace {
  /** The events read so far (what `events` returns; it grows in place). */
  private readonly read: TraceEvent[] = [];
  /** Events other than runs added since the last read, and how many pending runs came before each. */
  private pendingEvents: TraceEvent[] = [];
  private pendingAfter: number[] = [];
  /** Runs added since the last read, in chunks: numbers (tick, update type, Echo length) and texts (block, flags, argument). */
  private numbers: Float64Array[] = [];
  private texts: string[][] = [];
  /** The Echo texts of the runs since the last read, JOIN runs per string, and those not joined yet. */
  private echoes: string[] = [];
  private readonly unjoined: string[] = new Array<string>(JOIN).fill("");
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
  /** A "run" event (callers check `runs` first): its payload { updateType, flags, argument, echo } is built when read. */
  addRun(tick: number, block: string, updateType: number, flags: string, argument: string, echo: string): void {
    if (this.runsAsObjects) {
      this.add(tick, block, "run", { updateType, flags, argument, echo });
      return;
    }
    const r = this.runCount;
    const i = r % CHUNK;
    const c = (r - i) / CHUNK;
    if (c === this.numbers.length) {
      this.numbers.push(new Float64Array(3 * CHUNK));
      this.texts.push(new Array<string>(3 * CHUNK));
    }
    const n = this.numbers[c]!;
    n[3 * i] = tick;
    n[3 * i + 1] = updateType;
    n[3 * i + 2] = echo.length;
    const t = this.texts[c]!;
    t[3 * i] = block;
    t[3 * i + 1] = flags;
    t[3 * i + 2] = argument;
    const j = r % JOIN;
    this.unjoined[j] = echo;
    if (j === JOIN - 1) this.echoes.push(this.unjoined.join(""));
    this.runCount = r + 1;
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
    let o = 0;
    let joined = "";
    let at = 0;
    for (let r = 0; r < this.runCount; r++) {
      while (o < this.pendingEvents.length && this.pendingAfter[o] === r) this.read.push(this.pendingEvents[o++]!);
      const n = this.numbers[Math.floor(r / CHUNK)]!;
      const t = this.texts[Math.floor(r / CHUNK)]!;
      const i = r % CHUNK;
      const j = r % JOIN;
      let echo: string;
      if (r - j + JOIN > this.runCount) echo = this.unjoined[j]!; // not joined yet
      else {
        if (j === 0) {
          joined = this.echoes[(r - j) / JOIN]!;
          at = 0;
        }
        echo = joined.slice(at, at + n[3 * i + 2]!);
        at += n[3 * i + 2]!;
      }
      const data = { updateType: n[3 * i + 1]!, flags: t[3 * i + 1]!, argument: t[3 * i + 2]!, echo };
      this.read.push({ tick: n[3 * i]!, block: t[3 * i]!, kind: "run", data });
    }
    while (o < this.pendingEvents.length) this.read.push(this.pendingEvents[o++]!);
    this.pendingEvents = [];
    this.pendingAfter = [];
    // The first chunk is kept for the next runs (a reader that reads every tick, as the live view and
    // the failover harness do, would otherwise make every tick allocate a new one).
    this.numbers.length = Math.min(this.numbers.length, 1);
    this.texts.length = Math.min(this.texts.length, 1);
    this.echoes = [];
    this.runCount = 0;
  }
}
