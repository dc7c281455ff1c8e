// fo-f84 (session 19): what F84's fixes cost, from the trace (rv-fo3-cost.ts's two worlds and more).
//   nice -n 15 npx tsx test/mixins/scripts/fo-f84-cost.ts
// Per world: the oracle's violations, runs of all copies, runs whose only flag is Once, acts (`@act` lines), items done
// twice, the longest stretch with no act after tick 200 (ticks), and who took the role when.
import { runAdv } from "../adversary/run.ts";
import { grpNode } from "./family-runner.ts";
import { scenario, type AdvScenario, type NodeSpec } from "../adversary/model.ts";

type Ev = NonNullable<AdvScenario["events"]>[number];

function count(s: AdvScenario) {
  const { violations, events } = runAdv(s);
  const once = events.filter((e) => e.kind === "run" && e.data.flags === "Once").length;
  const runs = events.filter((e) => e.kind === "run").length;
  const took = events.filter((e) => e.kind === "role" && e.data.role === "active").map((e) => `${e.block}@${e.tick}`);
  const items = new Map<number, number>();
  const actTicks: number[] = [];
  for (const e of events) {
    const m = e.kind === "run" ? /@act [F-].* work (\d+)/.exec(String(e.data.echo ?? "")) : null;
    if (m) {
      items.set(Number(m[1]), (items.get(Number(m[1])) ?? 0) + 1);
      actTicks.push(e.tick);
    }
  }
  let gap = 0;
  for (let i = 1; i < actTicks.length; i++) if (actTicks[i - 1]! >= 200) gap = Math.max(gap, actTicks[i]! - actTicks[i - 1]!);
  const twice = [...items.values()].filter((c) => c > 1).length;
  return { violations: violations.map((v) => `${v.check}@${v.tick}`), runs, once, acts: actTicks.length, twice, gap, took: took.join(" ") };
}
const three = (handle: boolean, u: 1 | 10 | 100 = 100) => [grpNode(0, 0, u, handle), grpNode(1, 1, u, handle), grpNode(2, 2, u, handle)];
for (const handle of [true, false]) {
  const h = `handle ${handle}`;
  // rv-fo3-cost.ts: a standby (PB2) off 150 ticks every 300, 20 times; PB0 active throughout
  const ev: Ev[] = [];
  for (let k = 0; k < 20; k++) ev.push({ tick: 500 + 300 * k, kind: "turn-off", block: "PB2" }, { tick: 650 + 300 * k, kind: "turn-on", block: "PB2" });
  console.log(`flap-standby ${h}:`, JSON.stringify(count(scenario({ name: "cost-flap", ticks: 6600, nodes: three(handle), events: ev }))));
  // rv-fo3-cost.ts: PB0 off 1000-1500 (PB1 takes over), PB2 off at 1480 for good: PB0 back preempts
  const pre: Ev[] = [{ tick: 1000, kind: "turn-off", block: "PB0" }, { tick: 1480, kind: "turn-off", block: "PB2" }, { tick: 1500, kind: "turn-on", block: "PB0" }];
  console.log(`preempt ${h}:`, JSON.stringify(count(scenario({ name: "cost-preempt", ticks: 2200, nodes: three(handle), events: pre }))));
  // the same, PB2 back at 1700 (seen down by PB0 when it took the role back)
  console.log(`preempt+back ${h}:`, JSON.stringify(count(scenario({ name: "cost-preempt-back", ticks: 2200, nodes: three(handle), events: [...pre, { tick: 1700, kind: "turn-on", block: "PB2" }] }))));
  // the active (PB0) off 150 ticks every 300, 10 times (a gap: PB1 takes over, PB0 back preempts)
  const fa: Ev[] = [];
  for (let k = 0; k < 10; k++) fa.push({ tick: 500 + 300 * k, kind: "turn-off", block: "PB0" }, { tick: 650 + 300 * k, kind: "turn-on", block: "PB0" });
  console.log(`flap-active ${h}:`, JSON.stringify(count(scenario({ name: "cost-flap-active", ticks: 3600, nodes: three(handle), events: fa }))));
  // the active (PB0) off 40 ticks every 300, 10 times, between its runs (no gap); Update100 copies
  const fb: Ev[] = [];
  for (let k = 0; k < 10; k++) fb.push({ tick: 510 + 300 * k, kind: "turn-off", block: "PB0" }, { tick: 550 + 300 * k, kind: "turn-on", block: "PB0" });
  console.log(`blink-active ${h}:`, JSON.stringify(count(scenario({ name: "cost-blink-active", ticks: 3600, nodes: three(handle), events: fb }))));
  // a standby (PB1, next in line) off 40 ticks every 300, 10 times, between its runs
  const fs: Ev[] = [];
  for (let k = 0; k < 10; k++) fs.push({ tick: 510 + 300 * k, kind: "turn-off", block: "PB1" }, { tick: 550 + 300 * k, kind: "turn-on", block: "PB1" });
  console.log(`blink-standby ${h}:`, JSON.stringify(count(scenario({ name: "cost-blink-standby", ticks: 3600, nodes: three(handle), events: fs }))));
}
