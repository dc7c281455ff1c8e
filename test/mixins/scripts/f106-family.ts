// F106's family (session 23, fo-f106): a copy that handed over takes the role back while another copy is moving back
// into its group by a CustomData edit (its manager reads it on its next run). Varies F106's world (three copies, every
// rank 7 but PB1's, PB2's CustomData with trailing comments) and judges each variant with the adversary's oracle:
//   nice -n 15 npx tsx test/mixins/scripts/f106-family.ts [variant name]
// Varied: the tick PB1 moves back into grp (before, in and after the handover's tick, up to its next run and past it),
// PB1's run interval (Update1, 10, 100) and rank (better, equal, worse), whether it left grp at all (142) and was
// recompiled (210), whether PB0 is disabled in the handover's tick, and the handover's tick.
// Prints each variant's verdict, the takeovers after the handover and PB1's first run in grp after its move back, then the count; F106_DUMP=<tick> prints the runs,
// roles, sends and faults around that tick too.
import { readFileSync } from "node:fs";
import { runAdv } from "../adversary/run.ts";
import { parseKnown } from "../adversary/model.ts";

const FILE = "test/mixins/adversary/findings/F106-handed-over-takes-role-back-copy-moved-back-not-yet-run-no-successor.json";
const base = JSON.parse(readFileSync(FILE, "utf8")) as any;
const only = process.argv[2];
const pb1 = (id: string, rank: number, upd: number, timeout = true) =>
  `[failover]\nid=${id}\nrank=${rank}\nheartbeat=1.67\n${timeout ? "timeout=2\n" : ""}preempt=true\npreemptdelay=1\n\n[adv]\nupdate=${upd}\nhandle=false`;
type V = { name: string; back: number | null; leave: boolean; recompile: boolean; upd: number; rank: number; disable: boolean; hand: number };
const vs: V[] = [];
const d: V = { name: "", back: 330, leave: true, recompile: true, upd: 100, rank: 7, disable: true, hand: 330 };
for (const upd of [1, 10, 100])
  for (const rank of [0, 7, 9])
    for (const dt of [-60, -20, -5, -1, 0, 1, 5, 17, 18, 19, 30]) vs.push({ ...d, name: `U${upd} r${rank} back@${330 + dt}`, upd, rank, back: 330 + dt });
for (const upd of [1, 10, 100]) {
  vs.push({ ...d, name: `U${upd} never left`, upd, leave: false, back: null });
  vs.push({ ...d, name: `U${upd} stays in grp2`, upd, back: null });
  vs.push({ ...d, name: `U${upd} back@330 no recompile`, upd, recompile: false });
  vs.push({ ...d, name: `U${upd} back@330 PB0 not disabled`, upd, disable: false });
  for (const hand of [331, 345, 348, 349, 350]) vs.push({ ...d, name: `U${upd} back@330 hand@${hand}`, upd, hand });
}
let bad = 0;
let ran = 0;
for (const v of vs) {
  if (only && v.name !== only) continue;
  ran++;
  const first = pb1("grp", v.rank, v.upd, false);
  const events: any[] = base.events.filter((e: any) => e.block !== "PB1" && !(e.tick === 330 && e.block === "PB0" && !v.disable) && !(e.tick === 330 && e.block === "PB2"));
  events.push({ tick: v.hand, kind: "run", block: "PB2", argument: "  Failover HANDOVER ", source: "trigger" });
  if (v.leave) events.push({ tick: 142, kind: "set-custom-data", block: "PB1", value: pb1("grp2", v.rank, v.upd, false) });
  if (v.recompile) events.push({ tick: 210, kind: "recompile", block: "PB1" });
  if (v.back !== null) events.push({ tick: v.back, kind: "set-custom-data", block: "PB1", value: pb1("grp", v.rank, v.upd) });
  // (stable: events of one tick keep the file's order, PB1's edit first as in the file)
  events.sort((a, b) => a.tick - b.tick);
  const grids = base.grids.map((g: any) => ({ ...g, blocks: g.blocks.map((b: any) => (b.name === "PB1" ? { ...b, customData: first } : b)) }));
  const nodes = base.adv.nodes.map((n: any) => (n.name === "PB1" ? { ...n, update: v.upd, customData: first } : n));
  const configs = { ...base.adv.configs };
  for (const e of events) if (e.kind === "set-custom-data" && !(e.value in configs)) configs[e.value] = parseKnown(e.value);
  configs[first] = parseKnown(first);
  const s = { ...base, name: v.name, grids, events, adv: { ...base.adv, nodes, configs } };
  const { violations, events: ev } = runAdv(s);
  const on = ev.filter((e) => e.kind === "role" && e.data.role === "active" && e.tick >= v.hand).map((e) => `${e.block}@${e.tick}`).slice(0, 4).join(" ");
  // (the first run of PB1 that read grp after its move back: its manager is in grp from there, F55)
  const read = v.back === null ? undefined : ev.find((e) => e.kind === "run" && e.block === "PB1" && e.tick >= v.back! && /Failover 'grp':/.test(String(e.data.echo)))?.tick;
  if (violations.length) bad++;
  if (process.env.F106_DUMP) for (const e of ev) if (e.tick >= Number(process.env.F106_DUMP) - 12 && e.tick <= Number(process.env.F106_DUMP) + 22 && ["run", "role", "igc-send", "fault"].includes(e.kind)) console.log(e.tick, e.kind, e.block, JSON.stringify(e.data).slice(0, 330));
  console.log(`${violations.length ? "FAIL" : "ok  "} ${v.name.padEnd(30)} active: ${on}, PB1 reads grp at ${read ?? "-"}${violations.length ? "  " + violations.map((x) => `[${x.check}]@${x.tick}: ${x.text}`).join(" | ") : ""}`);
}
console.log(`${bad} of ${ran} fail`);
