// F89's family (session 18, fo-f89): a drop-in copy with the warm-up (Update100 + Update10), active, gets an
// operator's run in a tick whose delivery then brings a message that calls back (a recompiled copy's query on the
// urgent tag). Varies F89's world and judges each variant with the adversary's oracle:
//   nice -n 15 npx tsx test/mixins/scripts/f89-family.ts
// Varied: the recompile and operator's run ticks (around 997, and around 1080, PB0's Update100 tick), PB0's phases,
// two operator's runs, the pattern again 100 ticks later, the other copy recompiled or both, no warm-up, Update1 and
// Update10, HandleCommand (the control), the world's seed. Prints the failing variants and the count.
import { readFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";
import type { AdvScenario } from "../adversary/model.ts";

const FILE = "test/mixins/adversary/findings/F89-dropin-warmup-operator-run-moves-update100-phase-callback-run-same-tick-acts.json";
const base = JSON.parse(readFileSync(FILE, "utf8")) as AdvScenario;
// (variants edit a deep copy of the file's JSON)
type Any = any;
let n = 0;
let bad = 0;
function one(name: string, edit: (s: Any) => void): void {
  const s = JSON.parse(JSON.stringify(base)) as Any;
  edit(s);
  const { violations } = runAdv(s as AdvScenario);
  n++;
  if (violations.length === 0) return;
  bad++;
  console.log(`${name}: ${violations.map((v) => `${v.check}@${v.tick} ${v.text.slice(0, 90)}`).join(" | ")}`);
}
/** PB0's CustomData through `f`, in the grid and in the oracle's node and config table. */
function pb0(s: Any, f: (c: string) => string, node: Record<string, unknown> = {}): void {
  const b = s.grids[0].blocks[0];
  const c = f(b.customData);
  s.adv.configs[c] = s.adv.configs[b.customData];
  b.customData = c;
  Object.assign(s.adv.nodes[0], { customData: c, ...node });
}
const events = (rc: number, op: number) => [{ tick: rc, kind: "recompile", block: "PB1" }, { tick: op, kind: "run", block: "PB0", argument: "cmd" }];
for (const rc of [990, 992, 993, 994, 995, 996]) for (const op of [995, 996, 997, 998, 999, 1001]) one(`rc ${rc} op ${op}`, (s) => (s.events = events(rc, op)));
for (const rc of [1076, 1077, 1078]) for (const op of [1079, 1080, 1081]) one(`rc ${rc} op ${op} (Update100 tick)`, (s) => (s.events = events(rc, op)));
for (const p100 of [7, 37, 80, 90, 97])
  for (const p10 of [0, 3, 7])
    one(`phase10 ${p10} phase100 ${p100}`, (s) => {
      s.grids[0].blocks[0].phase10 = p10;
      s.grids[0].blocks[0].phase100 = p100;
    });
one("two operator's runs", (s) => s.events.push({ tick: 997, kind: "run", block: "PB0", argument: "cmd2" }));
one("again 100 later", (s) => s.events.push({ tick: 1094, kind: "recompile", block: "PB2" }, { tick: 1097, kind: "run", block: "PB0", argument: "cmd" }));
one("PB2 recompiled", (s) => (s.events[0].block = "PB2"));
one("both recompiled", (s) => s.events.unshift({ tick: 994, kind: "recompile", block: "PB2" }));
one("no warm-up", (s) => pb0(s, (c) => c.replace("\nwarmup=true", "")));
for (const u of [1, 10]) one(`update=${u}`, (s) => pb0(s, (c) => c.replace("\nwarmup=true", "").replace("update=100", `update=${u}`), { update: u }));
one("HandleCommand", (s) => pb0(s, (c) => c.replace("handle=false", "handle=true"), { handle: true }));
for (const seed of [1, 2, 3, 4, 5]) one(`seed ${seed}`, (s) => (s.seed = seed));
console.log(`${bad} of ${n} variants fail`);
