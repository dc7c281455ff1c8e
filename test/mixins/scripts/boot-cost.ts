// Boot cost of the failover mixin (fo-fix, session 9): over 40 seeds, groups of 3 copies with no fault
// (Update100/10/1 mixes), the first tick a copy takes the role (its `@on` line) and the first tick the
// script's logic acts, with HandleCommand (default) or the drop-in usage alone:
//   npx tsx test/mixins/scripts/boot-cost.ts [dropin]
import { runAdv } from "../adversary/run.ts";
import { renderCfg, scenario } from "../adversary/model.ts";
const handle = process.argv[2] !== "dropin";
const ups = [[100, 100, 100], [10, 10, 10], [100, 10, 1], [10, 100, 100]] as const;
const on: number[] = [], act: number[] = [];
for (let seed = 1; seed <= 40; seed++) {
  const u = ups[seed % ups.length]!;
  const s = scenario({ name: "boot", seed, ticks: 300, events: [], nodes: u.map((x, i) => ({ name: `PB${i}`, grid: "Ship", update: x, handle, customData: renderCfg({ id: "grp", rank: i }, x, handle) })) });
  const { events, violations } = runAdv(s);
  if (violations.length) console.log(seed, violations.map((v) => v.check));
  const r = events.filter((e) => e.kind === "run");
  on.push(r.find((e) => /@on /.test(String(e.data.echo)))!.tick);
  act.push(r.find((e) => /@act/.test(String(e.data.echo)))!.tick);
}
const mean = (a: number[]) => (a.reduce((x, y) => x + y, 0) / a.length).toFixed(1);
console.log(handle ? "handle" : "dropin", "first @on mean", mean(on), "max", Math.max(...on), "| first @act mean", mean(act), "max", Math.max(...act));
