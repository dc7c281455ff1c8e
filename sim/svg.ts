// An SVG picture of a run: one row per PB, time to the right. The upper bar is the block's status
// (working / off / unpowered / damaged / destroyed / terminated / no script), the thin band under it
// is the role the script reported (role hook, see blocks/programmable.ts), red marks are faults.
// A takeover shows as the "active" band moving from one row to another. With the C# engine, a third
// band shows each run's instruction count (the game's counting): bar height relative to the highest
// count in the picture, orange past half the game's limit, red past it. Operator actions (terminal runs,
// CustomData edits, property sets) are blue marks, not faults. Under the time axis, each LCD panel: a
// tick mark at every text change (hover: the text) and its last text.
import type { Simulation } from "./simulation.ts";
import { TICKS_PER_SECOND } from "./runtime.ts";
import { describeEvent, isOperatorAction } from "./timeline.ts";
import { SimTextPanel } from "./blocks/text-panel.ts";

export const STATUS_COLORS: Record<string, string> = {
  working: "#3c9a44",
  off: "#9aa0a6",
  unpowered: "#e8a317",
  damaged: "#d2691e",
  destroyed: "#222222",
  terminated: "#c62828",
  "no-script": "#dadce0",
};

const FAULT_COLOR = "#d93025";
const WORLD_FAULT_COLOR = "#f29900";
const OPERATOR_COLOR = "#1967d2";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Stable colours: active-like roles blue, standby-like roles light blue, others by hash. */
export function roleColor(role: string): string {
  const r = role.toLowerCase();
  if (/^(active|leader|primary|master)/.test(r)) return "#1a73e8";
  if (/^(standby|follower|backup|secondary|passive)/.test(r)) return "#a8c7fa";
  let h = 0;
  for (let i = 0; i < r.length; i++) h = (h * 31 + r.charCodeAt(i)) >>> 0;
  return `hsl(${h % 360}, 55%, 60%)`;
}

function niceStep(seconds: number): number {
  for (const s of [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 1800, 3600]) if (seconds / s <= 12) return s;
  return 7200;
}

export function renderSvg(sim: Simulation, info: { name?: string; ticks: number }): string {
  const pbs = sim.world.pbs;
  const counted = sim.trace.ofKind("run").filter((e) => typeof e.data.instructions === "number");
  const maxCount = Math.max(1, ...counted.map((e) => e.data.instructions as number));
  const ticks = Math.max(1, info.ticks);
  const left = 150;
  const plotW = 900;
  const rowH = 40;
  const top = 40;
  const x = (t: number) => left + (Math.min(Math.max(t, 0), ticks) / ticks) * plotW;
  // LCD panels: their text changes and last text, under the axis
  const LCD_LINES = 8;
  const lcds = sim.world.blocks
    .filter((b): b is SimTextPanel => b instanceof SimTextPanel)
    .map((b) => {
      const texts = sim.trace.forBlock(b.key, "text").filter((e) => e.data.surface === undefined);
      const lines = b.GetText().replace(/\n+$/, "").split("\n");
      const shown = lines.slice(0, LCD_LINES);
      if (lines.length > LCD_LINES) shown.push(`… ${lines.length - LCD_LINES} more line(s)`);
      return { key: b.key, texts, shown, h: 22 + shown.length * 13 };
    });
  const lcdTop = top + pbs.length * rowH + 30;
  const lcdH = lcds.reduce((a, l) => a + l.h + 6, lcds.length ? 14 : 0);
  const height = top + pbs.length * rowH + 70 + lcdH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${left + plotW + 20}" height="${height}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  parts.push(`<text x="${left}" y="18" font-size="14" font-weight="bold">${esc(info.name ?? "simulation")} (seed ${sim.seed})</text>`);
  // time axis
  const step = niceStep(ticks / TICKS_PER_SECOND);
  const axisY = top + pbs.length * rowH + 5;
  for (let s = 0; s * TICKS_PER_SECOND <= ticks; s += step) {
    const xx = x(s * TICKS_PER_SECOND);
    parts.push(`<line x1="${xx}" y1="${top - 5}" x2="${xx}" y2="${axisY}" stroke="#eeeeee"/>`);
    parts.push(`<text x="${xx}" y="${axisY + 14}" text-anchor="middle" fill="#555">${s}s</text>`);
  }
  pbs.forEach((pb, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${left - 8}" y="${y + 13}" text-anchor="end">${esc(pb.key)}</text>`);
    // status segments
    const states = sim.trace.forBlock(pb.key, "state");
    states.forEach((e, k) => {
      const end = k + 1 < states.length ? states[k + 1]!.tick : ticks;
      const status = String(e.data.status);
      const w = Math.max(x(end) - x(e.tick), 1);
      parts.push(`<rect x="${x(e.tick)}" y="${y}" width="${w}" height="18" fill="${STATUS_COLORS[status] ?? "#888"}"><title>${esc(`${pb.key}: ${status} from tick ${e.tick}`)}</title></rect>`);
    });
    // role segments, drawn only while the block is working (an off block keeps its last role
    // in memory but acts as nothing)
    const working: [number, number][] = [];
    states.forEach((e, k) => {
      if (e.data.status === "working") working.push([e.tick, k + 1 < states.length ? states[k + 1]!.tick : ticks]);
    });
    const roles = sim.trace.forBlock(pb.key, "role");
    roles.forEach((e, k) => {
      const role = String(e.data.role);
      if (role === "") return;
      const end = k + 1 < roles.length ? roles[k + 1]!.tick : ticks;
      for (const [ws, we] of working) {
        const s0 = Math.max(ws, e.tick);
        const s1 = Math.min(we, end);
        if (s1 <= s0) continue;
        const w = Math.max(x(s1) - x(s0), 1);
        parts.push(`<rect x="${x(s0)}" y="${y + 20}" width="${w}" height="9" fill="${roleColor(role)}"><title>${esc(`${pb.key}: role ${role} from tick ${s0}`)}</title></rect>`);
        if (w > 50) parts.push(`<text x="${x(s0) + 3}" y="${y + 28}" font-size="9" fill="#fff">${esc(role)}</text>`);
      }
    });
    // instructions per run (C# engine)
    for (const e of counted) {
      if (e.block !== pb.key) continue;
      const n = e.data.instructions as number;
      const h = Math.max(1, (8 * n) / maxCount);
      const color = n > 50000 ? "#c62828" : n > 25000 ? "#e8a317" : "#7e57c2";
      parts.push(`<rect x="${x(e.tick)}" y="${y + 39 - h}" width="1" height="${h}" fill="${color}"><title>${esc(`${pb.key}: tick ${e.tick}, ${n} instructions`)}</title></rect>`);
    }
    // faults aimed at this block (red), operator actions (blue)
    for (const f of sim.trace.forBlock(pb.key, "fault")) {
      const fx = x(f.tick);
      const op = isOperatorAction(f);
      parts.push(`<path d="M${fx - 4},${y - 6} L${fx + 4},${y - 6} L${fx},${y} Z" fill="${op ? OPERATOR_COLOR : FAULT_COLOR}"><title>${esc(`tick ${f.tick}: ${op ? "operator " : ""}${describeEvent(f)}`)}</title></path>`);
    }
  });
  // world-wide faults (save/load, lag, loss) and faults on non-PB blocks: a mark above the rows
  for (const f of sim.trace.ofKind("fault")) {
    if (f.block && pbs.some((p) => p.key === f.block)) continue;
    const fx = x(f.tick);
    const op = isOperatorAction(f);
    parts.push(`<path d="M${fx - 4},${top - 14} L${fx + 4},${top - 14} L${fx},${top - 8} Z" fill="${op ? OPERATOR_COLOR : WORLD_FAULT_COLOR}"><title>${esc(`tick ${f.tick}: ${f.block ? f.block + ": " : ""}${op ? "operator " : ""}${describeEvent(f)}`)}</title></path>`);
  }
  // LCD panels
  let ly0 = lcdTop;
  if (lcds.length) parts.push(`<text x="${left}" y="${ly0 + 4}" font-weight="bold">LCD panels (last text)</text>`);
  ly0 += 14;
  for (const l of lcds) {
    parts.push(`<text x="${left - 8}" y="${ly0 + 13}" text-anchor="end">${esc(l.key)}</text>`);
    parts.push(`<rect x="${left}" y="${ly0}" width="${plotW}" height="${l.h}" fill="#1e2a36" rx="3"/>`);
    for (const e of l.texts) {
      const tx = x(e.tick);
      parts.push(`<rect x="${tx - 1}" y="${ly0}" width="2" height="6" fill="#8ab4f8"><title>${esc(`tick ${e.tick} (by ${e.data.by}):\n${String(e.data.text)}`)}</title></rect>`);
    }
    l.shown.forEach((line, i) => {
      parts.push(`<text x="${left + 8}" y="${ly0 + 22 + i * 13}" font-family="monospace" font-size="11" fill="#e8eaed" xml:space="preserve">${esc(line)}</text>`);
    });
    ly0 += l.h + 6;
  }
  // legend
  let lx = left;
  const ly = height - 22;
  for (const [name, color] of Object.entries(STATUS_COLORS)) {
    parts.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${color}"/><text x="${lx + 16}" y="${ly}">${name}</text>`);
    lx += 24 + name.length * 7;
  }
  parts.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="6" fill="${roleColor("active")}"/><text x="${lx + 16}" y="${ly}">role band</text>`);
  lx += 90;
  for (const [name, color] of [["fault", FAULT_COLOR], ["world fault", WORLD_FAULT_COLOR], ["operator", OPERATOR_COLOR]] as const) {
    parts.push(`<path d="M${lx},${ly - 10} L${lx + 10},${ly - 10} L${lx + 5},${ly - 2} Z" fill="${color}"/><text x="${lx + 14}" y="${ly}">${name}</text>`);
    lx += 22 + name.length * 7;
  }
  if (counted.length) {
    lx += 90;
    parts.push(`<rect x="${lx}" y="${ly - 10}" width="2" height="10" fill="#7e57c2"/><text x="${lx + 6}" y="${ly}">instructions per run (max ${maxCount})</text>`);
  }
  parts.push(`</svg>`);
  return parts.join("\n") + "\n";
}
