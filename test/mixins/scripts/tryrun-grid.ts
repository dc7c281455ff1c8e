// F61 (fo-72, session 14): a player's other script TryRuns a drop-in copy once, at every tick of the first 2u+5 after
// a boot (or a recompile / world load of that copy at tick B), with a message that calls back waiting (PB1,
// HandleCommand, recompiled the tick before, says L) at the TryRun's tick and an interval later (and, j=1, two);
// prints the failing schedules (every check of the adversary's oracle). F56's world (findings/F56-...json).
//   npx tsx test/mixins/scripts/tryrun-grid.ts <10|100> <boot|recompile|load> [B]
import { readFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";
const u = Number(process.argv[2]), sit = process.argv[3]!, B = Number(process.argv[4] ?? 200);
const base = JSON.parse(readFileSync(new URL("../adversary/findings/F56-dropin-active-tryrun-before-update-run-message-waiting.json", import.meta.url), "utf8"));
const cd0 = `[failover]\nid=grp\nrank=0\n\n[adv]\nupdate=${u}\nhandle=false`;
const out: string[] = [];
const t0 = sit === "boot" ? 0 : B;
for (let k = 1; k <= 2 * u + 5; k++) for (const j of [0, 1]) {
  const c = t0 + k;
  const s = JSON.parse(JSON.stringify(base));
  s.ticks = t0 + 3 * u + 400;
  s.grids[0].blocks[0].customData = `PB0\ncmd9\n${c}`;
  s.grids[0].blocks[1].customData = cd0;
  s.adv.nodes[0] = { ...s.adv.nodes[0], update: u, handle: false, customData: cd0 };
  s.adv.configs = { [cd0]: { id: "grp", rank: 0 }, [s.adv.nodes[1].customData]: { id: "grp", rank: 5 } };
  // L at c (the TryRun's tick), then at c + u (a callback alone or with a periodic run) and, j=1, at c + u + 1.. (the next periodic)
  const rec = [c - 1, c + u - 1, ...(j ? [c + 2 * u - 1] : [])];
  s.events = [...rec.map((t: number) => ({ tick: t, kind: "recompile", block: "PB1" }))];
  if (sit === "recompile") s.events.push({ tick: B, kind: "recompile", block: "PB0" });
  if (sit === "load") s.events.push({ tick: B, kind: "save-reload" });
  const v = runAdv(s).violations;
  if (v.length) out.push(`c=${c} j=${j}: ${v.map((x) => `${x.check}@${x.tick}`).join(" ")}`);
}
console.log(`${sit} u=${u}: ${out.length} of ${2 * (2 * u + 5)} failing`);
for (const o of out) console.log("  " + o);
