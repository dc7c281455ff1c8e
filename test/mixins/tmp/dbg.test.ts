import { it } from "vitest";
import { makeGroup, Watch, manager } from "../harness.ts";
it("dbg", () => {
  const g = makeGroup({ n: 4, seed: 7 });
  const w = new Watch(g.sim, g.names).runUntil(600);
  g.sim.at(820, { kind: "throw", block: g.order[0]! }).at(820, { kind: "throw", block: g.order[1]! });
  for (let t = 1150; t < 1400; t += 50) { w.runUntil(t); const m = manager(g.sim, "PB2") as any; console.log(t, m.activeHeard, m.activePeriod, m.cbOn, m.gap, m.ActiveId, m.Timeout); }
  const ev = g.sim.trace.events.filter((e) => e.tick > 650 && e.tick < 1400 && (e.block === g.order[2] || e.block === g.order[0]) && e.kind !== "igc-deliver");
  for (const e of ev) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 150));
  console.log(g.order, w.firstActive(g.order[2]!, 810));
});
