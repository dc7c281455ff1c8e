// rv-fo3 (session 18): what watching a switched-off standby costs (F84's candidate fix: the watch trusts no letter).
//   nice -n 15 npx tsx test/mixins/scripts/rv-fo3-cost.ts
// From the trace: the active copy's runs whose only flag is Once (the watch's), the runs of every copy, and when a
// returning rank 0 takes the role back by preemption while a standby is seen down.
import { runAdv } from "../adversary/run.ts";
import { grpNode } from "./family-runner.ts";
import { scenario, type AdvScenario, type NodeSpec } from "../adversary/model.ts";

type Ev = NonNullable<AdvScenario["events"]>[number];

function count(s: AdvScenario) {
  const { violations, events } = runAdv(s);
  const once = events.filter((e) => e.kind === "run" && e.data.flags === "Once").length;
  const runs = events.filter((e) => e.kind === "run").length;
  const took = events.filter((e) => e.kind === "role" && e.data.role === "active").map((e) => `${e.block}@${e.tick}`);
  return { violations: violations.map((v) => `${v.check}@${v.tick}`), once, runs, took };
}
for (const handle of [true, false]) {
  // a standby (PB2) switched off for 150 ticks every 300, 20 times; PB0 active throughout
  const ev: Ev[] = [];
  for (let k = 0; k < 20; k++) ev.push({ tick: 500 + 300 * k, kind: "turn-off", block: "PB2" }, { tick: 650 + 300 * k, kind: "turn-on", block: "PB2" });
  const flap = scenario({ name: "cost-flap", ticks: 6600, nodes: [grpNode(0, 0, 100, handle), grpNode(1, 1, 100, handle), grpNode(2, 2, 100, handle)], events: ev });
  console.log(`flap handle ${handle}:`, JSON.stringify(count(flap)));
  // preemption: PB0 off 1000-1500 (PB1 takes over), PB2 off at 1480 for good: PB0 back preempts while PB1 sees PB2 down
  const pre = scenario({ name: "cost-preempt", ticks: 2200, nodes: [grpNode(0, 0, 100, handle), grpNode(1, 1, 100, handle), grpNode(2, 2, 100, handle)], events: [{ tick: 1000, kind: "turn-off", block: "PB0" }, { tick: 1480, kind: "turn-off", block: "PB2" }, { tick: 1500, kind: "turn-on", block: "PB0" }] });
  console.log(`preempt handle ${handle}:`, JSON.stringify(count(pre)));
}
