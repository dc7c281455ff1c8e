// F107's family (session 23, fo-f107): a copy moved to another group and back, its old group's messages left unread in
// its listeners when it left. Varies F107's world (config #116 at 22202) and judges each variant with the adversary's
// oracle (every check, `regroup` too):
//   nice -n 15 npx tsx test/mixins/scripts/f107-family.ts [variant name]
// Varied: the copy moved (PB2, PB3 the next in line after the handover, PB0 the last), the tick it moves away (2 before to
// 3 after PB4's handover at 371, or no handover), the tick it comes back (100 ticks after to 1,046), whether it is active
// or a standby in the other group (PB1, enabled again, moved there first with rank 0), Update10 for every copy, and a
// stop in the invalid configuration on the way back. Prints each variant's verdict and the takeovers after the move, then
// the count.
import { readFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";

const FILE = "test/mixins/adversary/findings/F107-copy-back-in-group-reads-handover-queued-when-it-left-takes-role-beside-active.json";
const base = JSON.parse(readFileSync(FILE, "utf8")) as any;
const only = process.argv[2];
const RANK: Record<string, number> = { PB0: 753961, PB1: 718521, PB2: 529314, PB3: 242377, PB4: 1 };
const HANDLE: Record<string, boolean> = { PB0: true, PB1: true, PB2: false, PB3: true, PB4: true };
const cd = (n: string, id: string, upd: number, rank = RANK[n]!) =>
  `[failover]\nid=${id}\nrank=${rank}\nheartbeat=0.5\npreempt=false\npreemptdelay=4\nscope=antenna\n\n[adv]\nupdate=${upd}\nhandle=${HANDLE[n]}`;
type V = { name: string; who: string; away: number; back: number; hand: number | null; upd: number; standby: boolean; invalid: boolean };
const vs: V[] = [];
const v0: V = { name: "", who: "PB2", away: 371, back: 1417, hand: 371, upd: 100, standby: false, invalid: false };
for (const who of ["PB2", "PB3", "PB0"])
  for (const dt of [-2, -1, 0, 1, 3])
    for (const back of [471, 1000, 1417]) vs.push({ ...v0, name: `${who} away@${371 + dt} back@${back}`, who, away: 371 + dt, back });
for (const who of ["PB2", "PB3"]) for (const back of [1000, 1417]) vs.push({ ...v0, name: `${who} standby away@371 back@${back}`, who, back, standby: true });
for (const back of [1418, 1419, 1462, 1463]) vs.push({ ...v0, name: `PB2 away@371 back@${back}`, back });
vs.push({ ...v0, name: "PB2 no handover", hand: null });
vs.push({ ...v0, name: "PB2 invalid on the way back", invalid: true });
for (const dt of [-1, 0, 1]) vs.push({ ...v0, name: `U10 PB2 away@${371 + dt} back@1417`, away: 371 + dt, upd: 10 });
vs.push({ ...v0, name: "U10 PB2 standby back@1417", upd: 10, standby: true });
let bad = 0;
let ran = 0;
for (const v of vs) {
  if (only && v.name !== only) continue;
  ran++;
  const configs: Record<string, unknown> = {};
  for (const n of Object.keys(RANK))
    for (const id of ["grp", "grp2"]) configs[cd(n, id, v.upd)] = { id, rank: RANK[n], heartbeat: 0.5, preempt: false, preemptdelay: 4, scope: "antenna" };
  const first = cd("PB1", "grp2", v.upd, 0);
  configs[first] = { id: "grp2", rank: 0, heartbeat: 0.5, preempt: false, preemptdelay: 4, scope: "antenna" };
  const grids = base.grids.map((g: { blocks: { type: string; name: string }[] }) => ({ ...g, blocks: g.blocks.map((b) => (b.type === "programmable" ? { ...b, customData: cd(b.name, "grp", v.upd) } : b)) }));
  const nodes = base.adv.nodes.map((n: { name: string }) => ({ ...n, update: v.upd, customData: cd(n.name, "grp", v.upd) }));
  const events: { tick: number; kind: string; block: string; value?: string; argument?: string; source?: string }[] = [
    { tick: 219, kind: "run", block: "PB1", argument: "FAILOVER disable", source: "terminal" },
    { tick: v.away, kind: "set-custom-data", block: v.who, value: cd(v.who, "grp2", v.upd) },
    { tick: v.back, kind: "set-custom-data", block: v.who, value: cd(v.who, "grp", v.upd) },
  ];
  if (v.hand !== null) events.push({ tick: v.hand, kind: "run", block: "PB4", argument: "  Failover HANDOVER ", source: "terminal" });
  // (PB1, disabled in grp, moved to grp2 with rank 0 and enabled there before the copy comes: the copy is its standby)
  if (v.standby) events.push({ tick: 300, kind: "set-custom-data", block: "PB1", value: first }, { tick: 301, kind: "run", block: "PB1", argument: "failover enable", source: "terminal" });
  if (v.invalid) events.push({ tick: v.back - 50, kind: "set-custom-data", block: v.who, value: "[failover]\nid=grp\nrank=x" });
  events.sort((a, b) => a.tick - b.tick);
  const s = { ...base, name: v.name, grids, events, adv: { ...base.adv, nodes, configs } };
  const { violations, events: ev } = runAdv(s);
  const act = ev.filter((e) => e.kind === "role" && e.data.role === "active" && e.tick > v.away).map((e) => `${e.block}@${e.tick}`).slice(0, 5).join(" ");
  if (violations.length) bad++;
  console.log(`${violations.length ? "FAIL" : "ok  "} ${v.name.padEnd(34)} active: ${act}${violations.length ? "  " + violations.slice(0, 3).map((x) => `[${x.check}]@${x.tick}: ${x.text}`).join(" | ") : ""}`);
}
console.log(`${bad} of ${ran} fail`);
