import { runAdv } from "/work/wt-fo-narrow/test/mixins/adversary/run.ts";
import { renderCfg, scenario, type NodeSpec } from "/work/wt-fo-narrow/test/mixins/adversary/model.ts";
const node = (i: number, rank: number, id = "grp"): NodeSpec => ({ name: `PB${i}`, grid: "Ship", update: 100, handle: true, customData: renderCfg({ id, rank }, 100, true) });
const s = scenario({ name: "cost", ticks: 4000, nodes: [node(0, 0), node(1, 1), node(2, 2, "other")], events: [
  { tick: 20, kind: "turn-off", block: "PB2" },
  { tick: 1000, kind: "turn-off", block: "PB0" }, { tick: 1400, kind: "turn-on", block: "PB0" },
  { tick: 2500, kind: "turn-off", block: "PB1" }, { tick: 2900, kind: "turn-on", block: "PB1" },
  { tick: 3300, kind: "turn-off", block: "PB0" }, { tick: 3700, kind: "turn-on", block: "PB0" },
] as any });
const r = runAdv(s);
console.log("violations", r.violations.map((v) => `${v.check}@${v.tick}`).join(","));
for (const e of r.events) if (e.kind === "role" && e.data.role === "active") console.log("active", e.block, e.tick);
const once = r.events.filter((e) => e.kind === "run" && String(e.data.flags) === "Once" && (e.block === "PB0" || e.block === "PB1"));
const buckets = new Map<string, number>();
for (const e of once) { const k = `${e.block}@${Math.floor(e.tick / 500) * 500}`; buckets.set(k, (buckets.get(k) ?? 0) + 1); }
console.log("Once-only runs by 500-tick window:", JSON.stringify([...buckets]));
if (process.env.LOG) for (const e of r.events) if ((e.block === "PB0" || e.block==="PB1") && e.kind !== "run" && e.tick < Number(process.env.LOG)) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0,200));
