// What every bench measures with: CPU time of this process (process.cpuUsage: user + system, so
// GC threads count too), never wall-clock time (the machine is shared), and min/median/max over
// repetitions of ratios measured side by side (the baseline and the measured code alternate in
// each repetition, so load hits both alike).

/** CPU microseconds spent by this process while `fn` runs. */
export function cpuMicros(fn: () => void): number {
  const a = process.cpuUsage();
  fn();
  const d = process.cpuUsage(a);
  return d.user + d.system;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}
export function spread(xs: readonly number[]): Spread {
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
}
/** "2.1x (1.9-2.4)": median, then min-max. */
export function ratioText(s: Spread, digits = 1): string {
  return `${s.median.toFixed(digits)}x (${s.min.toFixed(digits)}-${s.max.toFixed(digits)})`;
}

/** Repetitions of every side-by-side measurement (PBTS_BENCH_REPS, default `dflt`). */
export function reps(dflt: number): number {
  const n = Number(process.env.PBTS_BENCH_REPS);
  return Number.isInteger(n) && n > 0 ? n : dflt;
}

/** A plain-text table: first columns left-aligned, the rest right-aligned. */
export function table(head: string[], rows: string[][], leftColumns = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
