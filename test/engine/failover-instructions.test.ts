// The failover mixin's instruction budget per kind of run (test/bench/failover-instructions.ts, the same
// measurement `npm run bench -- failover` prints): every kind occurs and stays within its budget.
// Needs mcs/mono (CI sets PBTS_REQUIRE_MONO=1 and fails rather than skips).
import { afterAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { FAILOVER_BUDGET, measureFailoverInstructions } from "../bench/failover-instructions.ts";

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
});
