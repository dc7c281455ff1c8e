import { it } from "vitest";
import { makeGroup, settle } from "../harness.ts";
it("dbg", () => {
  let total = 0, dual = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const g = makeGroup({ n: 3, seed });
    const w = settle(g, 600);
    g.sim.at(650, { kind: "message-loss", probability: 0.5, block: g.order[0]! });
    w.runUntil(650 + 50 * 60);
    total += g.rec.activations.filter((a) => a.tick > 650).length;
    dual += w.dualTicks(650).length;
  }
  console.log("takeovers in 20 x 50 s at 50% loss:", total, "dual ticks", dual);
});
