// What the hand-made scripts share: the loop of the family scripts (f77-family.ts, f85-family.ts): runs every variant of the grids picked on the
// command line (`all` or one grid's name) through the adversary's oracle, prints each failing one and a total.
import { runAdv } from "../adversary/run.ts";
import { renderCfg, type AdvScenario, type NodeSpec } from "../adversary/model.ts";

/** Copy PB<i> of group "grp" on grid "Ship" (the hand-made scripts' worlds). */
export const grpNode = (i: number, rank: number, update: 1 | 10 | 100, handle: boolean, usage = ""): NodeSpec => ({ name: `PB${i}`, grid: "Ship", update, handle, customData: renderCfg({ id: "grp", rank }, update, handle, usage) });

export function runFamily(grids: Record<string, () => Iterable<[string, AdvScenario]>>, pick = process.argv[2] ?? "all"): void {
  let fail = 0;
  let n = 0;
  const cpu0 = process.cpuUsage();
  for (const [g, make] of Object.entries(grids)) {
    if (pick !== "all" && pick !== g) continue;
    for (const [name, s] of make()) {
      n++;
      const { violations } = runAdv(s);
      if (violations.length > 0) {
        fail++;
        console.log(`${g}: ${name}: ${violations.map((v) => `${v.check} ${v.tick}`).join(", ")}`);
      }
    }
  }
  const c = process.cpuUsage(cpu0);
  console.log(`${n} variants, ${fail} failing (${Math.round((c.user + c.system) / 1000 / Math.max(n, 1))} ms CPU per variant)`);
}
