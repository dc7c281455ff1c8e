// `pbts sim --engine cs --profile`: the instructions each PB's runs counted (the game's rules, see
// compiler/csharp/instrument.ts), from the trace's run events: per PB the number of runs, the
// maximum, the mean and the 99th percentile (nearest rank) per run, then the runs closest to the
// limit. The TS engine's run events carry no count (it cannot count like the game): the profile
// says so instead of printing numbers.
import type { TraceEvent } from "../trace.ts";

export const INSTRUCTION_LIMIT = 50000;

export interface PbProfile {
  block: string;
  runs: number;
  max: number;
  mean: number;
  p99: number;
}

/** Runs that carry an instruction count (C# engine). */
export function countedRuns(events: readonly TraceEvent[]): TraceEvent[] {
  return events.filter((e) => e.kind === "run" && e.block !== null && typeof e.data.instructions === "number");
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function profileRuns(events: readonly TraceEvent[]): PbProfile[] {
  const by = new Map<string, number[]>();
  for (const e of countedRuns(events)) {
    let a = by.get(e.block!);
    if (!a) by.set(e.block!, (a = []));
    a.push(e.data.instructions as number);
  }
  return [...by.entries()].map(([block, counts]) => {
    const sorted = [...counts].sort((a, b) => a - b);
    return { block, runs: counts.length, max: sorted[sorted.length - 1]!, mean: counts.reduce((s, x) => s + x, 0) / counts.length, p99: percentile(sorted, 99) };
  });
}

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 1 });

/** The printed profile (`closest` runs nearest the limit are listed). */
export function formatProfile(events: readonly TraceEvent[], closest = 5): string {
  const rows = profileRuns(events);
  if (rows.length === 0) {
    return "Instruction profile: no run carries an instruction count. Only the C# engine counts like the game (run with --engine cs); the TS engine cannot (see README, \"Instruction counting\").\n";
  }
  const lines = [`Instruction profile (C# engine, counted by the game's rules; the game stops a run past ${fmt(INSTRUCTION_LIMIT)})`];
  const w = Math.max(2, ...rows.map((r) => r.block.length));
  lines.push(`  ${"PB".padEnd(w)}  ${"runs".padStart(6)}  ${"max".padStart(8)}  ${"mean".padStart(9)}  ${"p99".padStart(8)}`);
  for (const r of rows) lines.push(`  ${r.block.padEnd(w)}  ${String(r.runs).padStart(6)}  ${fmt(r.max).padStart(8)}  ${fmt(r.mean).padStart(9)}  ${fmt(r.p99).padStart(8)}`);
  const top = [...countedRuns(events)].sort((a, b) => (b.data.instructions as number) - (a.data.instructions as number) || a.tick - b.tick).slice(0, closest);
  lines.push(`Runs closest to the limit:`);
  for (const e of top) {
    const n = e.data.instructions as number;
    const pct = ((100 * n) / INSTRUCTION_LIMIT).toFixed(1);
    const arg = e.data.argument ? ` "${String(e.data.argument)}"` : "";
    lines.push(`  tick ${String(e.tick).padStart(6)}  ${e.block!.padEnd(w)}  ${fmt(n).padStart(8)} (${pct}% of the limit)  ${String(e.data.flags ?? "")}${arg}`);
  }
  return lines.join("\n") + "\n";
}
