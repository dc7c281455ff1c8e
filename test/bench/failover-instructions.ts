// The failover mixin's instructions per run, counted by the game's rules in the C# engine
// (`--engine cs`, compiler/csharp/instrument.ts), for each kind of run: standby, active, the takeover
// run (the first active run after taking over) and an active run whose checkpoint changes. The script
// (test/engine/scripts/failover-cost.ts) reads Runtime.CurrentInstructionCount around the mixin's
// calls only; the whole run's count (the run event) is shown too. Three copies on Update10 for 100 s,
// the active one destroyed at 40 s (a standby takes over), a save/reload at 70 s.
// Budgets: measured first (see README), then set here with headroom; the bench holds them (a kind
// over budget prints NO and makes the bench exit non-zero). Works on any version of the mixin that
// keeps the spec's drop-in usage; without mcs/mono it says so.
import { join } from "node:path";
import { findToolchain } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { percentile } from "../../sim/engine/profile.ts";
import { buildSimulation, resolveScripts, type Scenario } from "../../sim/scenario.ts";

/** Instructions per run allowed to the mixin's share, by kind of run (the game's limit is 50,000). */
// Measured on 2026-11-30 (mixin of that day): max standby 140, active 83, takeover 100, checkpoint 34.
export const FAILOVER_BUDGET: Record<string, number> = { standby: 500, active: 500, takeover: 1000, checkpoint: 500 };

export interface KindCost {
  kind: string;
  runs: number;
  max: number;
  mean: number;
  p99: number;
  /** The largest whole run (run event) of this kind. */
  runMax: number;
  budget: number;
}

export async function measureFailoverInstructions(): Promise<{ kinds: KindCost[]; constructorMax: number }> {
  await import("../../sim/engine/cs.ts");
  const scenario: Scenario = {
    name: "failover-instructions",
    seconds: 100,
    seed: 4,
    grids: [
      {
        name: "Ship",
        blocks: [0, 1, 2].map((rank) => ({ type: "programmable" as const, name: `PB ${rank}`, script: "./failover-cost.ts", customData: `[failover]\nid=cost\nrank=${rank}\n` })),
      },
    ],
    events: [
      { tick: 2400, kind: "destroy", block: "PB 0" },
      { tick: 4200, kind: "save-reload" },
    ],
  };
  const { sim, ticks } = buildSimulation(await resolveScripts(scenario, join(REPO_ROOT, "test/engine/scripts")), { engine: "cs" });
  sim.start().runUntil(ticks);
  const by = new Map<string, { costs: number[]; runMax: number }>();
  for (const e of sim.trace.ofKind("run")) {
    const m = /cost (\d+) (\w+)/.exec(String(e.data.echo));
    if (!m) continue;
    let k = by.get(m[2]!);
    if (!k) by.set(m[2]!, (k = { costs: [], runMax: 0 }));
    k.costs.push(Number(m[1]));
    k.runMax = Math.max(k.runMax, Number(e.data.instructions ?? 0));
  }
  const constructorMax = Math.max(0, ...sim.trace.ofKind("compile").map((e) => Number(e.data.instructions ?? 0)));
  const kinds = ["standby", "active", "takeover", "checkpoint"].map((kind) => {
    const k = by.get(kind) ?? { costs: [], runMax: 0 };
    const sorted = [...k.costs].sort((a, b) => a - b);
    return {
      kind,
      runs: sorted.length,
      max: sorted[sorted.length - 1] ?? 0,
      mean: sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : 0,
      p99: percentile(sorted, 99),
      runMax: k.runMax,
      budget: FAILOVER_BUDGET[kind]!,
    };
  });
  return { kinds, constructorMax };
}

export async function benchFailoverInstructions(): Promise<string> {
  if (!findToolchain()) return "Failover instructions per run: mcs/mono not found (install Debian's mono-mcs); not measured.";
  let m: Awaited<ReturnType<typeof measureFailoverInstructions>>;
  try {
    m = await measureFailoverInstructions();
  } catch (e) {
    process.exitCode = 1;
    return `Failover instructions per run: could not be measured: ${e instanceof Error ? e.message : String(e)}`;
  }
  const lines = ["Failover mixin: instructions per run, the game's counting (C# engine; 3 copies, Update10, 100 s, active destroyed at 40 s)"];
  const w = [12, 6, 6, 8, 6, 10, 8, 7];
  const row = (c: (string | number)[]) => c.map((x, i) => String(x).padEnd(w[i]!)).join("  ");
  lines.push(row(["kind", "runs", "max", "mean", "p99", "whole run", "budget", "within"]));
  let ok = true;
  for (const k of m.kinds) {
    const within = k.runs > 0 && k.max <= k.budget;
    ok &&= within;
    lines.push(row([k.kind, k.runs, k.max, k.mean.toFixed(1), k.p99, k.runMax, k.budget, k.runs === 0 ? "NO (no run)" : within ? "yes" : "NO"]));
  }
  lines.push(`(max/mean/p99: the mixin's calls only (ActiveCheck, Checkpoint); whole run: the largest run event of that kind, script included; constructor: ${m.constructorMax})`);
  if (!ok) process.exitCode = 1;
  return lines.join("\n");
}
