// Samples a family's schedules (fast-check, no shrinking), runs each with every check of the oracle and
// counts the failing ones per check. Used by test/mixins/scripts/adversary-sample.ts (the hunt) and the
// failover bench (`npm run bench -- failover`, Adversary families).
import { mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import fc from "fast-check";
import { familyArb } from "./families.ts";
import { build, specArb, type GenSpec } from "./gen.ts";
import { runAdv } from "./run.ts";
import { scenarioFileText, type AdvScenario } from "./model.ts";
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

/** The command line of a held-out sampler (test/mixins/scripts/rv-fo23-sample.ts, fo24-sample.ts: families that are
 *  not in families.ts): `<runs> <seed> <family[+handle],...> [from]`; each failing schedule is written to
 *  $PBTS_FAILS_DIR (default .tmp/fails) and printed with its replay command, then a line per family. */
export function sampleHeldOut(fams: Record<string, Parameters<typeof specArb>[0]>, defaultSeed: number): void {
  const runs = Number(process.argv[2] ?? 50), seed = Number(process.argv[3] ?? defaultSeed);
  const names = (process.argv[4] ?? Object.keys(fams).join(",")).split(",");
  const from = Number(process.argv[5] ?? 0);
  const out = process.env.PBTS_FAILS_DIR ?? ".tmp/fails";
  mkdirSync(out, { recursive: true });
  for (const f of names) {
    const [base, mod] = f.split("+");
    // (`<family>+lean`: the lean class on every copy, as families.ts's familyArb draws it)
    const drawn = specArb({ ...fams[base!]!, family: f, handleAll: mod === "handle" || mod === "lean" });
    const arb = mod === "lean" ? drawn.map((s) => ({ ...s, lean: true })) : drawn;
    const r = sampleSpecs(arb, f, runs, seed, (i, s, v) => {
      const file = resolve(`${out}/${f}-${seed}-${i}.json`);
      writeFileSync(file, scenarioFileText(s, file));
      console.log(`  ${f}#${i}: ${v.slice(0, 2).map((x) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")}\n    replay: npx tsx test/mixins/adversary/check.ts ${relative(process.cwd(), file)}`);
    }, from);
    const n = runs - from;
    console.log(`${f}${from ? ` #${from}-${runs - 1}` : ""}: ${r.failing}/${n} failing`, JSON.stringify(r.byCheck), `(${(r.cpuMs / n).toFixed(0)} ms CPU per schedule)`);
  }
}
