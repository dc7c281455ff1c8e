// Counts the adversary oracle's violations per check over N sampled schedules of each family, every
// check on (quiet, lazy, forwardwait too), no shrinking; each failing scenario is written to
// .tmp/fails/<family>-<seed>-<index>.json for check.ts. Usage (fo, issue 14):
//   npx tsx test/mixins/scripts/adversary-sample.ts <runs> <seed> [family,family...] [from]
// `from` runs only schedules from..runs-1 of the same sample (a chunk: fc.sample's first N schedules at a
// seed are a prefix of any longer sample at that seed, so chunks 0-500, 500-1000 ... add up to 1000).
import { writeFileSync, mkdirSync } from "node:fs";
import { sampleFamily } from "../adversary/sample.ts";
import { scenarioFileText } from "../adversary/model.ts";
import { relative, resolve } from "node:path";
const runs = Number(process.argv[2] ?? 100), seed = Number(process.argv[3] ?? 60612);
const fams = (process.argv[4] ?? "operator,blocks,world,topology,config,crowd").split(",");
const from = Number(process.argv[5] ?? 0);
const out = process.env.PBTS_FAILS_DIR ?? ".tmp/fails";
mkdirSync(out, { recursive: true });
for (const f of fams) {
  let shown = 0;
  const r = sampleFamily(f, runs, seed, (i, s, v) => {
    const file = resolve(`${out}/${f}-${seed}-${i}.json`);
    writeFileSync(file, scenarioFileText(s, file)); // loads by `npx pbts sim <file>` too
    if (++shown <= 3) console.log(`  ${f}#${i}: ${v.slice(0, 2).map((x) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")}\n    replay: npx tsx test/mixins/adversary/check.ts ${relative(process.cwd(), file)}`);
  }, from);
  const n = runs - from;
  console.log(`${f}${from ? ` #${from}-${runs - 1}` : ""}: ${r.failing}/${n} failing`, JSON.stringify(r.byCheck), `(${(r.cpuMs / n).toFixed(0)} ms CPU per schedule)`);
}
