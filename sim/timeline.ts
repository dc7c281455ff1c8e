// A readable text timeline of a trace (what `pbts sim <scenario>` prints).
// To keep it short, a periodic run is printed only when its Echo text differs from the previous run
// of the same block; runs from Terminal, Trigger, Script and IGC are always printed. The summary
// counts every run. IGC sends and deliveries are counted in the summary rather than listed; drops
// are listed, a drop that repeats the block's previous line (same sender, tag, reason)
// is folded; the JSON trace has every event.
import type { Simulation } from "./simulation.ts";
import type { TraceEvent } from "./trace.ts";
import { TICKS_PER_SECOND } from "./runtime.ts";
import { UpdateType } from "pbts/se";

const ALWAYS = UpdateType.Terminal | UpdateType.Trigger | UpdateType.Script | UpdateType.IGC | UpdateType.Mod;

function clip(s: string, n: number): string {
  const one = s.replace(/\n+$/, "").replace(/\n/g, " / ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}
function show(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(clip(v, 40)) : String(v);
}

export function describeEvent(e: TraceEvent): string {
  const d = e.data;
  switch (e.kind) {
    case "compile":
      return `${d.reason} (${d.script})${d.ok ? "" : " FAILED"}${d.echo ? "  | " + clip(String(d.echo), 60) : ""}`;
    case "run":
      return `${d.flags}${d.argument ? ` ${JSON.stringify(d.argument)}` : ""}  | ${clip(String(d.echo), 70)}`;
    case "storage":
      return `Storage = ${show(d.value)}`;
    case "customData":
      return `CustomData = ${show(d.value)} (by ${d.by})`;
    case "igc-send":
      return d.mode === "unicast"
        ? `unicast ${JSON.stringify(d.tag)} ${show(d.data)} -> ${d.to}${d.ok ? "" : " (returned false)"}`
        : `broadcast ${JSON.stringify(d.tag)} ${show(d.data)} (${d.distance})`;
    case "igc-deliver":
      return `${d.listener} ${JSON.stringify(d.tag)} ${show(d.data)} from ${d.from}`;
    case "igc-drop":
      return `${JSON.stringify(d.tag)} from ${d.from}: ${d.reason}`;
    case "fault": {
      const { kind, block, random, ...rest } = d as Record<string, unknown>;
      void block;
      const extra = Object.entries(rest)
        // a multi-line value (set-custom-data) stays on the event's one line
        .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(",")}]` : typeof v === "string" && v.includes("\n") ? show(v) : String(v)}`)
        .join(" ");
      return `${kind}${extra ? " " + extra : ""}${random ? " (random)" : ""}`;
    }
    case "exception":
      return `${d.message} (in ${d.during})${d.at ? ` at ${d.at}` : ""}`;
    case "save":
      return `Storage persisted ${show(d.storage)}${d.calledSave ? "" : " (no Save())"}`;
    case "load":
      return "world reloaded from the last save";
    case "state":
      return String(d.status);
    case "role":
      return d.role === "" ? "(no role)" : String(d.role);
    case "property":
      return `${d.name} = ${show(d.value)} (by ${d.by})`;
    case "action":
      return `${d.name} (by ${d.by})`;
    case "text":
      return `${d.surface !== undefined ? `surface ${d.surface}: ` : ""}${show(d.text)} (by ${d.by})`;
    case "sprites": {
      const list = d.sprites as { type: string; data: string | null }[];
      return `${d.surface !== undefined ? `surface ${d.surface}: ` : ""}${list.length} sprite(s)${list.length ? ": " + clip(list.map((x) => (x.type === "TEXT" ? JSON.stringify(x.data) : `${x.type.toLowerCase()} ${x.data ?? ""}`.trim())).join(", "), 60) : ""} (by ${d.by})`;
    }
    case "inventory":
      return `${d.amount} ${d.item}${d.inventory !== undefined ? ` (inventory ${d.inventory})` : ""} -> ${d.to}${d.toInventory !== undefined ? ` (inventory ${d.toInventory})` : ""} (by ${d.by})`;
    default:
      return JSON.stringify(d);
  }
}

/** Operator actions (a terminal run, a CustomData edit, a property set) travel as "fault" events; they are not faults. */
export const OPERATOR_ACTIONS: ReadonlySet<string> = new Set(["run", "set-custom-data", "set"]);

export function isOperatorAction(e: TraceEvent): boolean {
  return e.kind === "fault" && OPERATOR_ACTIONS.has(String(e.data.kind));
}

/** The event column: "operator" for an operator action, else the kind. */
export function eventLabel(e: TraceEvent): string {
  return isOperatorAction(e) ? "operator" : e.kind;
}

export function formatTimeline(sim: Simulation, info: { name?: string; description?: string; ticks: number }): string {
  const out: string[] = [];
  const pbs = sim.world.pbs;
  out.push(`Scenario ${info.name ?? "(unnamed)"}${info.description ? ": " + info.description : ""}`);
  out.push(`Seed ${sim.seed}, ${info.ticks} ticks (${(info.ticks / TICKS_PER_SECOND).toFixed(1)} s), ${pbs.length} programmable block(s)`);
  const nameWidth = Math.max(8, ...sim.world.blocks.map((b) => b.key.length));
  for (const pb of pbs) out.push(`  ${pb.key.padEnd(nameWidth)}  EntityId ${pb.EntityId}  phase10 ${pb.phase10}  phase100 ${pb.phase100}`);
  out.push("");
  out.push(`${"tick".padStart(6)}  ${"time".padStart(7)}  ${"block".padEnd(nameWidth)}  ${"event".padEnd(11)}  details`);
  const lastEcho = new Map<string, string>();
  const runCount = new Map<string, number>();
  const sent = new Map<string, number>();
  const received = new Map<string, number>();
  const dropped = new Map<string, number>();
  const lastDrop = new Map<string, string>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of sim.trace.events) {
    if (e.kind === "igc-send" && e.block) {
      bump(sent, e.block);
      continue;
    }
    if (e.kind === "igc-deliver" && e.block) {
      bump(received, e.block);
      continue;
    }
    if (e.kind === "igc-drop" && e.block) {
      bump(dropped, e.block);
      const key = `${e.data.from}|${e.data.tag}|${e.data.reason}`;
      if (lastDrop.get(e.block) === key) continue; // repeated drops are folded
      lastDrop.set(e.block, key);
    }
    else if (e.block) lastDrop.delete(e.block); // only consecutive repeats are folded
    if (e.kind === "run" && e.block) {
      runCount.set(e.block, (runCount.get(e.block) ?? 0) + 1);
      const echo = String(e.data.echo);
      const always = ((e.data.updateType as number) & ALWAYS) !== 0;
      if (!always && lastEcho.get(e.block) === echo) continue;
      lastEcho.set(e.block, echo);
    }
    out.push(
      `${String(e.tick).padStart(6)}  ${(e.tick / TICKS_PER_SECOND).toFixed(2).padStart(6)}s  ${(e.block ?? "(world)").padEnd(nameWidth)}  ${eventLabel(e).padEnd(11)}  ${describeEvent(e)}`,
    );
  }
  out.push("");
  out.push("Summary");
  for (const pb of pbs) {
    out.push(`  ${pb.key.padEnd(nameWidth)}  ${pb.status().padEnd(10)}  runs ${String(runCount.get(pb.key) ?? 0).padStart(6)}  IGC sent ${sent.get(pb.key) ?? 0} received ${received.get(pb.key) ?? 0} dropped ${dropped.get(pb.key) ?? 0}  role ${pb.role || "-"}`);
  }
  return out.join("\n") + "\n";
}
