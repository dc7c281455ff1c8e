// The page's picture of a session, as JSON: grids grouped by connected group and construct, each
// block's working state, PBs (role, Echo, DetailedInfo, screen, instructions, IGC), text surfaces
// (text, font, size, colours, sprites), properties, joints, the timeline's bands and marks.
// Surfaces are read through their API members, each guarded: a member the simulator does not
// model yet throws "not modelled", and the page simply leaves it out.
import { ContentType, TextAlignment } from "pbts/se";
import { SimAntenna } from "../blocks/antenna.ts";
import type { SimBlock } from "../blocks/block.ts";
import { SimConnector } from "../blocks/connector.ts";
import { SimProgrammableBlock } from "../blocks/programmable.ts";
import { readStorage } from "../script-host.ts";
import { describeEvent } from "../timeline.ts";
import { roleColor, STATUS_COLORS } from "../svg.ts";
import type { TraceEvent } from "../trace.ts";
import type { LiveSession } from "./session.ts";

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** A colour as CSS: SE's Color ({R,G,B,A} 0-255), [r,g,b(,a)], or a string. */
export function cssColor(c: unknown): string | undefined {
  if (typeof c === "string") return c;
  if (Array.isArray(c) && c.length >= 3) return `rgba(${c[0]},${c[1]},${c[2]},${c.length > 3 ? Number(c[3]) / 255 : 1})`;
  if (c && typeof c === "object") {
    const o = c as Record<string, unknown>;
    const r = o.R ?? o.r;
    const a = o.A ?? o.a;
    if (typeof r === "number") return `rgba(${r},${Number(o.G ?? o.g)},${Number(o.B ?? o.b)},${a === undefined ? 1 : Number(a) / 255})`;
  }
  return undefined;
}

type Surface = Record<string, unknown>;

/** An enum value by its name (the trace's way), or as it is. */
function enumName(e: Record<number, string>, v: unknown): unknown {
  return typeof v === "number" && typeof e[v] === "string" ? e[v] : v;
}
/** A Vector2 ({X, Y}) as [x, y]. */
function pair(v: unknown): unknown {
  const o = v as { X?: unknown; Y?: unknown } | null | undefined;
  return o && typeof o.X === "number" && typeof o.Y === "number" ? [o.X, o.Y] : v;
}

function surfaceView(s: unknown, index: number | null, latest: Map<string, Record<string, unknown>> | undefined): Surface {
  const o = s as Record<string, unknown> & { GetText?: () => string };
  const read = (name: string): unknown => safe(() => o[name]);
  const key = (kind: string): string => (index === null ? kind : `${kind}:${index}`);
  const out: Surface = {
    index,
    name: read("DisplayName") ?? read("Name"),
    text: safe(() => o.GetText?.()) ?? "",
    font: read("Font"),
    fontSize: read("FontSize"),
    fontColor: cssColor(read("FontColor")),
    backgroundColor: cssColor(read("BackgroundColor")),
    alignment: enumName(TextAlignment, read("Alignment")),
    contentType: enumName(ContentType, read("ContentType")),
    textPadding: read("TextPadding"),
    surfaceSize: pair(read("SurfaceSize")),
  };
  // A drawn frame (the simulator's "sprites" event), when it traces one.
  const sprites = latest?.get(key("sprites"));
  if (sprites) out.sprites = sprites;
  return out;
}

function status(b: SimBlock): string {
  if (b instanceof SimProgrammableBlock) return b.status();
  if (b.destroyed) return "destroyed";
  if (!b.functional) return "damaged";
  if (!b.IsPowered) return "unpowered";
  if (!b.Enabled) return "off";
  return "working";
}

function blockView(session: LiveSession, b: SimBlock): Record<string, unknown> {
  const d = session.digest;
  const latest = d.latest.get(b.key);
  const v: Record<string, unknown> = {
    key: b.key,
    name: b.CustomName,
    type: b.DefinitionDisplayNameText,
    entityId: b.EntityId,
    status: status(b),
    working: safe(() => b.IsWorking) ?? false,
    enabled: b.Enabled,
    functional: b.functional,
    powered: b.powered,
    customData: b.CustomData,
  };
  const props = d.properties.get(b.key);
  if (props) v.properties = Object.fromEntries(props);
  const igc = d.igc.get(b.key);
  if (igc) v.igc = igc;
  const surfaces: Surface[] = [];
  if (b instanceof SimProgrammableBlock) {
    v.kind = "pb";
    v.role = d.roles.get(b.key) ?? "";
    v.echo = b.echo.value;
    v.detailedInfo = b.DetailedInfo;
    v.script = b.script ? (b.script as { scriptName?: string }).scriptName ?? b.script.name : null;
    v.argument = b.TerminalRunArgument;
    v.storage = b.instance ? readStorage(b.instance) : b.persistedStorage;
    v.persistedStorage = b.persistedStorage;
    const n = d.instructions.get(b.key);
    if (n) v.instructions = n;
  } else if (b instanceof SimConnector) {
    v.kind = "connector";
    v.connected = b.IsConnected;
    v.connectedTo = b.other?.key ?? null;
  } else if (b instanceof SimAntenna) {
    v.kind = "antenna";
    v.radius = safe(() => b.Radius);
    v.broadcasting = safe(() => b.EnableBroadcasting);
  } else {
    v.kind = b.interfaces.has("IMyTextSurface") ? "lcd" : "block";
  }
  // An LCD is its own surface; a PB, a cockpit... provide theirs (IMyTextSurfaceProvider).
  const count = safe(() => (b as unknown as { SurfaceCount?: number }).SurfaceCount);
  if (b.interfaces.has("IMyTextSurface")) surfaces.push(surfaceView(b, null, latest));
  else if (typeof count === "number") {
    for (let i = 0; i < count; i++) {
      const s = safe(() => (b as unknown as { GetSurface(i: number): unknown }).GetSurface(i));
      if (s) surfaces.push(surfaceView(s, i, latest));
    }
  }
  if (surfaces.length) v.surfaces = surfaces;
  // Other trace kinds the page does not know by name yet: shown as they are.
  if (latest) {
    const other: Record<string, unknown> = {};
    for (const [k, data] of latest) if (!k.startsWith("text") && !k.startsWith("sprites")) other[k] = data;
    if (Object.keys(other).length) v.otherEvents = other;
  }
  return v;
}

/** The whole picture (the page redraws from it; small: a handful of grids and blocks). */
export function sessionView(session: LiveSession, extra: { playing: boolean; speed: number }): Record<string, unknown> {
  const sim = session.sim;
  const w = sim.world;
  const topo = w.topology();
  const d = session.digest;
  const roles = new Set<string>();
  for (const band of d.bands.values()) for (const [, r] of band.roles) if (r) roles.add(r);
  return {
    name: session.scenario.name ?? session.scenarioPath,
    description: session.scenario.description ?? "",
    path: session.scenarioPath,
    engine: session.engine,
    seed: sim.seed,
    tick: sim.tick,
    endTick: session.endTick,
    playing: extra.playing,
    speed: extra.speed,
    failure: session.failure,
    lagUntil: sim.lagUntil,
    messageLoss: sim.igc.lossProbability,
    grids: w.grids.map((g) => ({
      name: g.key,
      entityId: g.EntityId,
      construct: topo.constructId(g),
      connected: topo.connectedId(g),
      powered: g.powered,
      isStatic: g.IsStatic,
      position: g.position,
      blocks: w.blocks.filter((b) => b.grid === g).map((b) => blockView(session, b)),
    })),
    joints: w.joints.map((j) => ({ name: j.key, kind: j.kind, a: j.a.key, b: j.b.key, attached: j.attached })),
    pbs: w.pbs.map((p) => p.key),
    bands: Object.fromEntries(d.bands),
    marks: d.marks,
    actions: session.actions,
    runs: d.runs,
    igc: d.igcTotal,
    events: sim.trace.events.length,
    colors: { status: STATUS_COLORS, roles: Object.fromEntries([...roles].map((r) => [r, roleColor(r)])) },
  };
}

/** Periodic runs and IGC: the page's log hides them unless asked, and drops them first. */
export function periodicEvent(e: TraceEvent): boolean {
  return e.kind === "igc-send" || e.kind === "igc-deliver" || (e.kind === "run" && /^(Update|Once)/.test(String(e.data.flags)));
}

/**
 * Trace events for the page's log from `from`, each with the timeline's one-line description. When the page is more
 * than `max` events behind (a loaded machine, a fast speed), the older periodic ones are skipped but every other
 * event still goes (up to `max` of them): a fault, a role change or a command is never lost from the page's log.
 */
export function logEntries(events: readonly TraceEvent[], from: number, max: number): { from: number; skipped: number; entries: Record<string, unknown>[] } {
  const start = Math.max(from, events.length - max);
  const entries: Record<string, unknown>[] = [];
  const entry = (i: number) => {
    const e = events[i]!;
    return { i, tick: e.tick, block: e.block, kind: e.kind, text: safe(() => describeEvent(e)) ?? "", periodic: periodicEvent(e) };
  };
  let skipped = 0;
  for (let i = from; i < start; i++) {
    if (periodicEvent(events[i]!) || entries.length >= max) skipped++;
    else entries.push(entry(i));
  }
  for (let i = start; i < events.length; i++) entries.push(entry(i));
  return { from: start, skipped, entries };
}
