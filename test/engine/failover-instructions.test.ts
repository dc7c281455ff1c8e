// The failover mixin's instruction budget per kind of run (test/bench/failover-instructions.ts, the same
// measurement `npm run bench -- failover` prints): every kind occurs and stays within its budget.
// Needs mcs/mono (CI sets PBTS_REQUIRE_MONO=1 and fails rather than skips).
import { afterAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { FAILOVER_BUDGET, measureFailoverInstructions } from "../bench/failover-instructions.ts";
import { join } from "node:path";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { runScenario } from "../../sim/scenario.ts";
import { countedRuns } from "../../sim/engine/profile.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] failover instruction budget: ${noMono}`);

describe.skipIf(noMono !== null)("failover mixin: instructions per run within budget (C# engine)", () => {
  afterAll(async () => (await import("../../sim/engine/cs.ts")).closeCsLink());
  it("standby, active, takeover and checkpoint-change runs stay within their budgets", { timeout: 120_000 }, async () => {
    const { kinds } = await measureFailoverInstructions();
    for (const k of kinds) {
      expect(k.runs, `${k.kind}: no run of this kind happened`).toBeGreaterThan(0);
      expect(k.max, `${k.kind}: max ${k.max} over the budget ${FAILOVER_BUDGET[k.kind]}`).toBeLessThanOrEqual(FAILOVER_BUDGET[k.kind]!);
      // the mixin's share is part of its run
      expect(k.runMax).toBeGreaterThanOrEqual(k.max);
    }
  });

  it("F96 (rv-15, session 20): a 5,000-character checkpoint, five copies and a world load: no copy stops ('script is too complex' at 601 before: equal checkpoints compared a character at a time), every run under 1,000 counted instructions", { timeout: 180_000 }, async () => {
    const { sim } = await runScenario(join(REPO_ROOT, "test/engine/scenarios/failover-long-checkpoint.json"), { engine: "cs" });
    const ev = sim.trace.events;
    expect(ev.filter((e) => e.kind === "exception").map((e) => `${e.tick} ${e.block}: ${String(e.data.message)}`)).toEqual([]);
    const runs = countedRuns(ev);
    expect(runs.filter((e) => e.tick > 601).length).toBeGreaterThan(40);
    expect(Math.max(...runs.map((e) => e.data.instructions as number))).toBeLessThan(1000);
    // the work goes on after the load (an item a periodic run: '@work <n>' in the active's Echo)
    expect(ev.some((e) => e.kind === "run" && e.tick > 650 && /@work \d+/.test(String(e.data.echo)))).toBe(true);
  });
});
