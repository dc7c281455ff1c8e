import { it } from "vitest";
import { makeGroup, settle, ini } from "../harness.ts";
it("dbg", () => {
    const g = makeGroup({ n: 3, seed: 46, extra: "preemptdelay=5" });
    const w = settle(g, 600);
    const A = g.order[0]!;
    g.sim.at(650, { kind: "turn-off", block: A });
    for (let t = 900; t < 2600; t += 160) g.sim.at(t, { kind: "turn-on", block: A }).at(t + 110, { kind: "turn-off", block: A });
    w.runUntil(1600);
  for (let t = 1; t < 1600; t++) if (w.timeline[t]!.join() !== w.timeline[t-1]?.join()) console.log(t, w.timeline[t]);
  console.log(g.order);
  const ev = g.sim.trace.events.filter((e) => e.tick >= 1300 && e.tick < 1400 && e.kind !== "igc-deliver" && e.kind !== "igc-drop" && !(e.kind === "run" && /^(role: \w+\n)?$/.test(String(e.data.echo))));
  for (const e of ev.slice(0,60)) console.log(e.tick, e.block, e.kind, JSON.stringify(e.data).slice(0, 200));
});
