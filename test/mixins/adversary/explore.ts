// Explores generated schedules outside vitest and prints each failing one (shrunk), for finding new
// counterexamples: npx tsx test/mixins/adversary/explore.ts [runs] [seed] [family]
import fc from "fast-check";
import { build, specArb, type OpKind } from "./gen.ts";
import { runAdv } from "./run.ts";
import { writeScenario } from "./model.ts";

const runs = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? Date.now() % 100000);
const kinds = process.argv[4] ? (process.argv[4].split(",") as OpKind[]) : undefined;
const skip = process.argv[5] ? process.argv[5].split(",") : [];
const t0 = Date.now();
const r = fc.check(fc.property(specArb({ kinds }), (spec) => runAdv(build(spec), { skip }).violations.length === 0), { numRuns: runs, seed });
console.log(`seed ${seed}, ${r.numRuns} runs, ${((Date.now() - t0) / 1000).toFixed(1)} s, ${r.failed ? "FAILED" : "ok"}`);
if (r.failed && r.counterexample) {
  const spec = r.counterexample[0];
  const s = build(spec);
  const w = writeScenario(s, `explore-${seed}`);
  console.log(JSON.stringify(spec));
  for (const v of runAdv(s, { skip }).violations) console.log(`[${v.check}] tick ${v.tick}: ${v.text}`);
  console.log(w.check);
}
