// Explores generated schedules outside vitest and prints the first failing one (shrunk):
//   npx tsx test/mixins/adversary/explore.ts <runs> <seed> <family|all> [checks to leave out, comma-separated]
// (families: families.ts; "all" draws every op kind). The failing scenario is written under
// .tmp/adversary/ with the command that replays it.
import fc from "fast-check";
import { build, specArb } from "./gen.ts";
import { familyArb } from "./families.ts";
import { runAdv } from "./run.ts";
import { writeScenario } from "./model.ts";

const runs = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1);
const family = process.argv[4] ?? "all";
const skip = process.argv[5] ? process.argv[5].split(",") : [];
const t0 = Date.now();
const arb = family === "all" ? specArb() : familyArb(family);
const r = fc.check(fc.property(arb, (spec) => runAdv(build(spec), { skip }).violations.length === 0), { numRuns: runs, seed });
console.log(`${family}, seed ${seed}, ${r.numRuns} runs, ${((Date.now() - t0) / 1000).toFixed(1)} s, ${r.failed ? "FAILED" : "ok"}`);
if (r.failed && r.counterexample) {
  const spec = r.counterexample[0];
  const s = build(spec);
  const w = writeScenario(s, `explore-${family}-${seed}`);
  console.log(JSON.stringify(spec));
  for (const v of runAdv(s, { skip }).violations) console.log(`[${v.check}] tick ${v.tick}: ${v.text}`);
  console.log(w.check);
}
