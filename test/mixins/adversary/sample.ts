// Samples a family's schedules (fast-check, no shrinking), runs each with every check of the oracle and
// counts the failing ones per check. Used by test/mixins/scripts/adversary-sample.ts (the hunt) and the
// failover bench (`npm run bench -- failover`, Adversary families).
import fc from "fast-check";
import { familyArb } from "./families.ts";
import { build, type GenSpec } from "./gen.ts";
import { runAdv } from "./run.ts";
import type { AdvScenario } from "./model.ts";
import type { Violation } from "./oracle.ts";

export interface FamilySample {
  family: string;
  seed: number;
  runs: number;
  failing: number;
  /** failing schedules per check (a schedule counts once per check it trips) */
  byCheck: Record<string, number>;
  /** CPU milliseconds (user + system) for the whole sample */
  cpuMs: number;
}

/** `from` skips the first schedules of the sample (drawn, not run): a chunk of a longer sample at the seed */
export function sampleFamily(family: string, runs: number, seed: number, onFail?: (i: number, s: AdvScenario, v: Violation[]) => void, from = 0): FamilySample {
  return sampleSpecs(familyArb(family), family, runs, seed, onFail, from);
}

/** The same over any arbitrary of specs (test/mixins/scripts/rv-fo23-sample.ts's held-out families), named `family`. */
export function sampleSpecs(arb: fc.Arbitrary<GenSpec>, family: string, runs: number, seed: number, onFail?: (i: number, s: AdvScenario, v: Violation[]) => void, from = 0): FamilySample {
  const t0 = process.cpuUsage();
  const byCheck: Record<string, number> = {};
  let failing = 0;
  fc.sample(arb, { numRuns: runs, seed }).forEach((spec, i) => {
    if (i < from) return;
    const s = build(spec);
    const v = runAdv(s).violations;
    if (v.length === 0) return;
    failing++;
    for (const k of new Set(v.map((x) => x.check))) byCheck[k] = (byCheck[k] ?? 0) + 1;
    onFail?.(i, s, v);
  });
  const c = process.cpuUsage(t0);
  return { family, seed, runs, failing, byCheck, cpuMs: (c.user + c.system) / 1000 };
}
