import fc from "fast-check";
import { familyArb } from "./test/mixins/adversary/families.ts";
import { runAdv } from "./test/mixins/adversary/run.ts";
import { build } from "./test/mixins/adversary/gen.ts";
import { writeFileSync } from "node:fs";
const [fam, n, seed, skipS] = process.argv.slice(2);
const skip = skipS ? skipS.split(",") : [];
let i = 0;
const r = fc.check(fc.property(familyArb(fam), (spec) => {
  i++;
  const s = build(spec);
  const v = runAdv(s).violations.filter((x: any) => !skip.includes(x.check));
  if (v.length) { writeFileSync(`.tmp/prop-${fam}-${i}.json`, JSON.stringify(s, null, 1)); console.log(fam, i, v.slice(0, 3).map((x: any) => `[${x.check}] ${x.tick}: ${x.text}`).join(" | ")); }
  return v.length === 0;
}), { numRuns: Number(n), seed: Number(seed), endOnFailure: true });
console.log(fam, "failed:", r.failed, "at", i);
