// Samples an adversary family with every check (as adversary-sample.ts) and judges each trace again without the
// drop-in usage's documented limit (oracle.ts `limit`: F45c, F45d, F52): counts the runs it excused and the
// schedules whose other verdicts differ (must be 0). Failing scenarios to .tmp/fails/. Usage (fo, issue 14):
//   npx tsx test/mixins/scripts/adversary-limit-sample.ts <runs> <seed> <family>
import fc from "fast-check";
import { writeFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { familyArb } from "../adversary/families.ts";
import { build } from "../adversary/gen.ts";
import { runAdv } from "../adversary/run.ts";
import { judge } from "../adversary/oracle.ts";
import { scenarioFileText } from "../adversary/model.ts";
const [runs, seed, fam] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
mkdirSync(".tmp/fails", { recursive: true });
let failing = 0, excusedSched = 0, excusedRuns = 0, differ = 0;
const byCheck: Record<string, number> = {};
const t0 = Date.now();
fc.sample(familyArb(fam), { numRuns: runs, seed }).forEach((spec, i) => {
  const s = build(spec);
  const ex: string[] = [];
  const { violations, events } = runAdv(s, { onLimit: (n, t, c) => ex.push(`${c}@${t}`) });
  const k = (v: { check: string; tick: number }) => `${v.check}@${v.tick}`;
  const strict = judge(s, events, s.ticks!, { noLimit: true }).map(k).filter((v) => !ex.includes(v));
  if (JSON.stringify(strict) !== JSON.stringify(violations.map(k))) { differ++; console.log(`  DIFFER #${i}: limit ${violations.map(k)} / strict-minus-excused ${strict}`); }
  if (ex.length) { excusedSched++; excusedRuns += ex.length; console.log(`  excused #${i}: ${ex.join(" ")}`); }
  if (violations.length === 0) return;
  failing++;
  for (const c of new Set(violations.map((v) => v.check))) byCheck[c] = (byCheck[c] ?? 0) + 1;
  const file = resolve(`.tmp/fails/${fam}-${seed}-${i}.json`);
  writeFileSync(file, scenarioFileText(s, file));
  console.log(`  ${fam}#${i}: ${violations.slice(0, 2).map((v) => `[${v.check}] ${v.tick}: ${v.text}`).join(" | ")}`);
});
console.log(`${fam} ${runs} at ${seed}: ${failing} failing ${JSON.stringify(byCheck)}; limit excused ${excusedRuns} runs in ${excusedSched} schedules; verdicts differing beyond the excused runs: ${differ} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
