// (fo-f97, F97) Adversary family schedules with every copy's Storage near the sequence's wrap
// (`:<its id>\n<999,999,999 - k>;cp0`, k = 0..6), so the group's checkpoints cross 999,999,999 -> 1 early in the trace;
// every check of the oracle. Failing scenarios go to .tmp/wrapfails/ (check.ts replays them). Usage:
//   nice -n 15 npx tsx test/mixins/scripts/adversary-wrap-sample.ts <runs> <seed> [family,family...]
import fc from "fast-check";
import { writeFileSync, mkdirSync } from "node:fs";
import { familyArb } from "../adversary/families.ts";
import { build } from "../adversary/gen.ts";
import { runAdv } from "../adversary/run.ts";
import { scenarioFileText } from "../adversary/model.ts";
const runs = Number(process.argv[2] ?? 50), seed = Number(process.argv[3] ?? 21097);
const fams = (process.argv[4] ?? "world,config,usage,operator").split(",");
mkdirSync(".tmp/wrapfails", { recursive: true });
for (const f of fams) {
  let failing = 0, crossed = 0;
  const by: Record<string, number> = {};
  const t0 = process.cpuUsage();
  fc.sample(familyArb(f), { numRuns: runs, seed }).forEach((spec, i) => {
    const s = build(spec) as any;
    let j = 0;
    for (const g of s.grids) for (const b of g.blocks ?? []) {
      if (b.type !== "programmable" || b.storage) continue;
      const id = /^id=(.*)$/m.exec(String(b.customData ?? ""))?.[1]?.trim() ?? "grp";
      b.storage = `:${id}\n${999999999 - ((i + j++) % 7)};cp0`;
    }
    const r = runAdv(s);
    if (r.events.some((e) => e.kind === "igc-send" && /^[A-Z]\d+;\d+;[1-9];cp\d+$/.test(String(e.data.data)))) crossed++;
    if (r.violations.length) {
      failing++;
      for (const v of r.violations) by[v.check] = (by[v.check] ?? 0) + 1;
      const file = `.tmp/wrapfails/${f}-${seed}-${i}.json`;
      writeFileSync(file, scenarioFileText(s, file));
      if (failing <= 3) console.log(`  ${f}#${i}: ${r.violations.slice(0, 2).map((v) => `[${v.check}] ${v.tick}: ${v.text}`).join(" | ")}`);
    }
  });
  const c = process.cpuUsage(t0);
  console.log(`${f}: ${failing}/${runs} failing ${JSON.stringify(by)}; ${crossed} crossed the wrap (a message with sequence 1-9); ${((c.user + c.system) / 1000 / runs).toFixed(0)} ms CPU per schedule`);
}
