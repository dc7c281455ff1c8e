// F90's family (session 19, fo-f90): 'failover handover' on the active copy with rank edits (CustomData) around it.
// Varies F90's world (700 ticks, its later events left out) and judges each variant with the adversary's oracle:
//   nice -n 15 npx tsx test/mixins/scripts/f90-family.ts [variant name]
// Varied: the edited copy (the next in line, the ones after it, two of them, the active itself), its new rank, the
// edit's tick (3 before to 5 after the handover), the handover's tick, Update1, Update10 and mixed frequencies.
// Prints each variant's verdict and the first takeovers, then the count.
import { readFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";

const FILE = "test/mixins/adversary/findings/F90-handover-next-in-line-rank-edited-same-tick-others-wait-for-it.json";
// (variants edit a copy of the file's JSON)
const base = JSON.parse(readFileSync(FILE, "utf8")) as any;
const only = process.argv[2];
const cd = (rank: number, upd = 100) => `[failover]\nid=grp\nrank=${rank}\nheartbeat=1.67\ntimeout=2\npreempt=true\nscope=connected\n\n[adv]\nupdate=${upd}\nhandle=true`;
type V = { name: string; edits: [number, string, number][]; hand?: number; ticks?: number; upd?: Record<string, number> };
const vs: V[] = [];
for (const dt of [-3, -1, 0, 1, 2, 5]) for (const r of [2, 3, 5]) vs.push({ name: `PB1->${r}@${83 + dt}`, edits: [[83 + dt, "PB1", r]] });
// (fo-f91: the next in line given a better rank in the handover's tick: the others wait for it, it must not wait for them)
vs.push({ name: "PB1->0@83", edits: [[83, "PB1", 0]] });
for (const r of [0, 1, 4]) vs.push({ name: `PB2->${r}@83`, edits: [[83, "PB2", r]] });
for (const r of [0, 1]) vs.push({ name: `PB3->${r}@83`, edits: [[83, "PB3", r]] });
vs.push({ name: "PB1->3,PB2->4@83", edits: [[83, "PB1", 3], [83, "PB2", 4]] });
vs.push({ name: "PB1->3@83,PB2->4@84", edits: [[83, "PB1", 3], [84, "PB2", 4]] });
vs.push({ name: "PB1->5,PB2->6@83", edits: [[83, "PB1", 5], [83, "PB2", 6]] });
vs.push({ name: "PB0->5@83", edits: [[83, "PB0", 5]] });
vs.push({ name: "PB0->5@84", edits: [[84, "PB0", 5]] });
vs.push({ name: "PB1->3@83 hand@150", edits: [[83, "PB1", 3]], hand: 150 });
vs.push({ name: "PB1->3@149 hand@150", edits: [[149, "PB1", 3]], hand: 150 });
vs.push({ name: "PB1->3@150 hand@150", edits: [[150, "PB1", 3]], hand: 150 });
vs.push({ name: "PB1->3@300 hand@300", edits: [[300, "PB1", 3]], hand: 300 });
for (const u of [1, 10]) vs.push({ name: `U${u} PB1->3@83`, edits: [[83, "PB1", 3]], upd: { PB0: u, PB1: u, PB2: u, PB3: u } });
vs.push({ name: "mixed U1/U10/U100 PB1->3@83", edits: [[83, "PB1", 3]], upd: { PB0: 10, PB1: 1, PB2: 100, PB3: 10 } });
let bad = 0;
let ran = 0;
for (const v of vs) {
  if (only && v.name !== only) continue;
  ran++;
  const ticks = v.ticks ?? 700;
  const ranks: Record<string, number> = { PB0: 0, PB1: 1, PB2: 2, PB3: 3 };
  const u = (n: string) => v.upd?.[n] ?? 100;
  const grids = base.grids.map((g: { blocks: { type: string; name: string }[] }) => ({ ...g, blocks: g.blocks.map((b) => (b.type === "programmable" ? { ...b, customData: cd(ranks[b.name]!, u(b.name)) } : b)) }));
  const hand = v.hand ?? 83;
  const events = [{ tick: hand, kind: "run", block: "PB0", argument: "failover handover" }, ...v.edits.map(([t, b, r]) => ({ tick: t, kind: "set-custom-data", block: b, value: cd(r, u(b)) }))].sort((a, b) => a.tick - b.tick);
  const configs: Record<string, unknown> = {};
  for (const r of [0, 1, 2, 3, 4, 5, 6]) for (const up of [1, 10, 100]) configs[cd(r, up)] = { id: "grp", rank: r, heartbeat: 1.67, timeout: 2, preempt: true, scope: "connected" };
  const nodes = base.adv.nodes.map((n: { name: string }) => ({ ...n, update: u(n.name), customData: cd(ranks[n.name]!, u(n.name)) }));
  const s = { ...base, name: v.name, ticks, grids, events, adv: { ...base.adv, nodes, configs } };
  const { violations, events: ev } = runAdv(s);
  const act = ev.filter((e) => e.kind === "role" && e.data.role === "active" && e.tick >= hand).map((e) => `${e.block}@${e.tick}`).slice(0, 4).join(" ");
  if (violations.length) bad++;
  console.log(`${violations.length ? "FAIL" : "ok  "} ${v.name.padEnd(28)} active: ${act}${violations.length ? "  " + violations.map((x) => `[${x.check}]@${x.tick}: ${x.text}`).join(" | ") : ""}`);
}
console.log(`${bad} of ${ran} fail`);
