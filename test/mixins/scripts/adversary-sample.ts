// Counts the adversary oracle's violations per check over N sampled schedules of each family, every
// check on (quiet, lazy, forwardwait too), no shrinking; each failing scenario is written to
// .tmp/fails/<family>-<seed>-<index>.json for check.ts. Usage (fo, issue 14):
//   npx tsx test/mixins/scripts/adversary-sample.ts <runs> <seed> [family,family...]
import fc from "fast-check";
import { familyArb } from "../adversary/families.ts";
import { build } from "../adversary/gen.ts";
import { runAdv } from "../adversary/run.ts";
import { writeFileSync, mkdirSync } from "node:fs";
const runs = Number(process.argv[2] ?? 100), seed = Number(process.argv[3] ?? 60612);
const fams = (process.argv[4] ?? "operator,blocks,world,topology,config,crowd").split(",");
const out = process.env.PBTS_FAILS_DIR ?? ".tmp/fails";
mkdirSync(out, { recursive: true });
for (const f of fams) {
  const t0 = process.cpuUsage();
  const specs = fc.sample(familyArb(f), { numRuns: runs, seed });
  const count: Record<string, number> = {};
  let bad = 0;
  specs.forEach((spec, i) => {
    const s = build(spec);
    const v = runAdv(s).violations;
    if (v.length) {
      bad++;
      for (const k of new Set(v.map((x) => x.check))) count[k] = (count[k] ?? 0) + 1;
      writeFileSync(`${out}/${f}-${seed}-${i}.json`, JSON.stringify(s, null, 1));
      if (bad <= 3) console.log(`  ${f}#${i}: ${v.slice(0, 2).map((x) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")}`);
    }
  });
  const cpu = process.cpuUsage(t0);
  console.log(`${f}: ${bad}/${runs} failing`, JSON.stringify(count), `(${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} ms CPU per schedule)`);
}
