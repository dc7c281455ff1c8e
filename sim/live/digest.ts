// What the live page shows that only the trace knows, read incrementally (each event once):
// roles (the "role" events: the failover hook or the Echo scan, whichever the simulator uses),
// status and role bands for the timeline, fault marks, IGC counts, instruction counts (C# engine),
// the last value of every block property, and the last event of any other kind per block and
// surface (text, sprites, and kinds added later), so new trace kinds reach the page unchanged.
import type { Simulation } from "../simulation.ts";
import type { TraceEvent } from "../trace.ts";

export interface IgcCounts {
  sent: number;
  received: number;
  dropped: number;
}
export interface InstructionCounts {
  last: number;
  max: number;
  runs: number;
}
export interface Band {
  /** [tick, value] changes in order: status ("working", "off", ...) or role ("" = none). */
  states: [number, string][];
  roles: [number, string][];
}
export interface Mark {
  tick: number;
  block: string | null;
  kind: string;
  random?: boolean;
}

/** Kinds the digest sums up itself; every other kind is kept as "latest" per block (and surface). */
const DIGESTED = new Set(["run", "role", "state", "fault", "igc-send", "igc-deliver", "igc-drop", "property", "compile", "save", "storage", "customData", "exception", "load", "echo"]);

export class TraceDigest {
  private seen = 0;
  readonly roles = new Map<string, string>();
  readonly bands = new Map<string, Band>();
  readonly marks: Mark[] = [];
  readonly igc = new Map<string, IgcCounts>();
  readonly instructions = new Map<string, InstructionCounts>();
  readonly properties = new Map<string, Map<string, unknown>>();
  /** block -> "kind" or "kind:surface" -> the event's data (text, sprites, ...). */
  readonly latest = new Map<string, Map<string, Record<string, unknown>>>();
  runs = 0;
  igcTotal: IgcCounts = { sent: 0, received: 0, dropped: 0 };

  constructor(private readonly sim: Simulation) {
    for (const pb of sim.world.pbs) this.bands.set(pb.key, { states: [], roles: [] });
  }

  /** Index of the next event not yet read. */
  get cursor(): number {
    return this.seen;
  }

  update(): void {
    const events = this.sim.trace.events;
    for (; this.seen < events.length; this.seen++) this.read(events[this.seen]!);
  }

  private read(e: TraceEvent): void {
    const b = e.block;
    switch (e.kind) {
      case "run": {
        this.runs++;
        const n = e.data.instructions;
        if (b !== null && typeof n === "number") {
          const c = this.instructions.get(b) ?? { last: 0, max: 0, runs: 0 };
          c.last = n;
          c.max = Math.max(c.max, n);
          c.runs++;
          this.instructions.set(b, c);
        }
        break;
      }
      case "role":
        if (b !== null) {
          const role = String(e.data.role ?? "");
          this.roles.set(b, role);
          this.band(b).roles.push([e.tick, role]);
        }
        break;
      case "state":
        if (b !== null) this.band(b).states.push([e.tick, String(e.data.status)]);
        break;
      case "fault":
        this.marks.push({ tick: e.tick, block: b ?? (typeof e.data.grid === "string" ? e.data.grid : typeof e.data.joint === "string" ? e.data.joint : null), kind: String(e.data.kind), ...(e.data.random ? { random: true } : {}) });
        break;
      case "igc-send":
        this.count(b, "sent");
        break;
      case "igc-deliver":
        this.count(b, "received");
        break;
      case "igc-drop":
        this.count(b, "dropped");
        break;
      case "property":
        if (b !== null) {
          let m = this.properties.get(b);
          if (!m) this.properties.set(b, (m = new Map()));
          // a surface's setting (FontSize of a PB's screen 0...) is named with its surface
          m.set(e.data.surface !== undefined ? `surface ${String(e.data.surface)}: ${String(e.data.name)}` : String(e.data.name), e.data.value);
        }
        break;
      default:
        if (b !== null && !DIGESTED.has(e.kind)) {
          let m = this.latest.get(b);
          if (!m) this.latest.set(b, (m = new Map()));
          m.set(e.data.surface !== undefined ? `${e.kind}:${String(e.data.surface)}` : e.kind, { tick: e.tick, ...e.data });
        }
    }
  }

  private band(block: string): Band {
    let band = this.bands.get(block);
    if (!band) this.bands.set(block, (band = { states: [], roles: [] }));
    return band;
  }

  private count(block: string | null, what: keyof IgcCounts): void {
    this.igcTotal[what]++;
    if (block === null) return;
    const c = this.igc.get(block) ?? { sent: 0, received: 0, dropped: 0 };
    c[what]++;
    this.igc.set(block, c);
  }
}
