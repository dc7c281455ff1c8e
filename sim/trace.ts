// The trace: what happened, tick by tick, as plain JSON-able events. Tests assert on it and the CLI
// renders it, so every observable effect of the simulator goes through `Trace.add`.

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

export class Trace {
  readonly events: TraceEvent[] = [];
  /** Kinds not recorded (the bench turns off "run" to measure the core). */
  private readonly muted = new Set<TraceKind>();
  /** Whether "run" events are recorded: the hot path asks before building a run's payload. */
  runs = true;
  /** Whether "role" events are recorded: when muted, the role hook is not asked at all (sim/role.ts). */
  roles = true;

  add(tick: number, block: string | null, kind: TraceKind, data: Record<string, unknown> = {}): void {
    if (this.muted.size !== 0 && this.muted.has(kind)) return;
    this.events.push({ tick, block, kind, data });
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
}
