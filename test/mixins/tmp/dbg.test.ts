import { it } from "vitest";
import { makeGroup, Watch } from "../harness.ts";
it("dbg", () => {
    const g = makeGroup({ n: 3, seed: 14, extra: "preemptdelay=2" });
    const w = new Watch(g.sim, g.names).runUntil(600);
    const A = g.order[0]!;
    g.sim.at(700, { kind: "turn-off", block: A });
    g.sim.at(1500, { kind: "turn-on", block: A });
    w.runUntil(2600);
  console.log(g.order, w.timeline[700], w.timeline[701], w.timeline[702], w.timeline[703]);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 690 && e.tick < 710 && e.kind !== "igc-deliver" && !(e.kind === "run" && e.data.echo === ""));
  for (const e of ev) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 150));
});
