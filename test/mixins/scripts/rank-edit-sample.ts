// A family with rank edits and handovers drawn more often (fo-f90, session 19: F90 is a rank edit in a handover's tick):
//   nice -n 15 npx tsx test/mixins/scripts/rank-edit-sample.ts <runs> <seed> <family>
// Failing schedules are written to .tmp/f90/fails/ for check.ts.
import fc from "fast-check";
import { FAMILIES } from "../adversary/families.ts";
import { specArb, build } from "../adversary/gen.ts";
import { runAdv } from "../adversary/run.ts";
import { writeFileSync, mkdirSync } from "node:fs";
import { scenarioFileText } from "../adversary/model.ts";
const runs = Number(process.argv[2] ?? 100), seed = Number(process.argv[3] ?? 19101), fam = process.argv[4] ?? "usage";
const f = FAMILIES[fam]!;
const kinds = [...f.kinds, "rank-edit", "rank-edit", "handover", "handover-only"] as typeof f.kinds;
const t0 = process.cpuUsage();
let bad = 0;
mkdirSync(".tmp/f90/fails", { recursive: true });
fc.sample(specArb({ ...f, kinds, family: `${fam}-rank` }), { numRuns: runs, seed }).forEach((spec, i) => {
  const s = build(spec);
  const v = runAdv(s).violations;
  if (!v.length) return;
  bad++;
  const file = `${process.cwd()}/.tmp/f90/fails/${fam}-rank-${seed}-${i}.json`;
  writeFileSync(file, scenarioFileText(s, file));
  console.log(`#${i}: ${v.slice(0, 2).map((x) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")}`);
});
const c = process.cpuUsage(t0);
console.log(`${fam}+rank-edit: ${bad}/${runs} failing (${((c.user + c.system) / 1000 / runs).toFixed(0)} ms CPU per schedule)`);
