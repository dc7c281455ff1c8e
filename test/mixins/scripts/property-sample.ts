// Runs the failover properties (test/mixins/property.test.ts's checks) over N schedules at a seed and
// counts every failing one (no stop at the first, no shrinking); each failure prints its scenario and
// the `pbts sim` command that replays it. The same schedules as the test at that seed and count.
// Usage (fo, issue 14): npx tsx test/mixins/scripts/property-sample.ts <runs> <seed> [group|work|both|dropin-equal|lean]
// (dropin-equal: the group checks over F47's class only, properties.ts dropinEqualArb; lean: the group checks with the
// lean class, Failover, on every copy, properties.ts leanArb)
import fc from "fast-check";
import { checkGroup, checkWork, countFailures, dropinEqualArb, leanArb, scenarioArb, workArb } from "../properties.ts";

const runs = Number(process.argv[2] ?? 1000), seed = Number(process.argv[3] ?? 11001);
const which = process.argv[4] ?? "both";
function sample<T>(name: string, arb: fc.Arbitrary<T>, check: (s: T) => void): void {
  // (a line every 1,000 schedules: a run stopped early still says how far it got, the first N of the same schedules)
  const t0 = process.cpuUsage();
  const progress = (d: number, f: number) => {
    if (d % 1000 !== 0 || d === runs) return;
    const c = process.cpuUsage(t0);
    console.log(`  ${name} seed ${seed}: ${f}/${d} failing so far (${((c.user + c.system) / 1e6).toFixed(0)} s CPU)`);
  };
  const r = countFailures(arb, check, runs, seed, (e, n) => console.log(`  ${name} failure ${n}: ${String(e).slice(0, 1500)}`), progress);
  console.log(`${name} seed ${seed}: ${r.failures}/${runs} failing (${r.cpuSeconds.toFixed(0)} s CPU)`);
}
if (which === "dropin-equal") sample("dropin-equal", dropinEqualArb, checkGroup);
else if (which === "lean") sample("group-lean", leanArb, checkGroup);
else {
  if (which !== "work") sample("group", scenarioArb(), checkGroup);
  if (which !== "group") sample("work", workArb, checkWork);
}
