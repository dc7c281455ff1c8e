// Message traffic of a failover group, counted from the trace (spec 13; fo-adv's F18): what each copy
// sends, what overflows a slow reader's queue of 25, who runs on message callbacks. Quiet groups run with
// the adversary's script (the active checkpoints on every periodic run) and are judged by its oracle.
// Used by test/mixins/traffic.test.ts and `npm run bench -- failover`.
import type { TraceEvent } from "../../sim/trace.ts";
import type { ScenarioEvent } from "../../sim/scenario.ts";
import { runAdv } from "./adversary/run.ts";
import { renderCfg, scenario, type NodeSpec } from "./adversary/model.ts";
import type { Violation } from "./adversary/oracle.ts";

export const PERIOD = 100; // the default heartbeat, 100 ticks
/** A settled window of 10 periods. */
export const FROM = 1000;
export const TO = 2000;

/** Copies PB0 (rank 0, the active), PB1 (rank 1)... on the given update intervals, one grid, HandleCommand. */
export function group(name: string, ups: (1 | 10 | 100)[], events: ScenarioEvent[] = []): { trace: TraceEvent[]; violations: Violation[] } {
  const nodes: NodeSpec[] = ups.map((u, i) => ({ name: `PB${i}`, grid: "Ship", update: u, handle: true, customData: renderCfg({ id: "grp", rank: i }, u, true) }));
  const { events: trace, violations } = runAdv(scenario({ name, ticks: TO, nodes, events }));
  return { trace, violations };
}

const inWindow = (e: TraceEvent) => e.tick >= FROM && e.tick < TO;
export const sends = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "igc-send" && e.block === b);
export const runsOf = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "run" && e.block === b);
export const callbackRuns = (t: TraceEvent[], b: string) => runsOf(t, b).filter((e) => (Number(e.data.updateType) & 512) !== 0).length;
export const fullDrops = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "igc-drop" && e.block === b && e.data.reason === "queue-full");

/** The shortest time between two messages a copy sent in the window on the periodic tags. */
export function minGap(t: TraceEvent[], b: string): number {
  const ticks = sends(t, b).filter((e) => !String(e.data.tag).startsWith("pbfo!")).map((e) => e.tick);
  let m = Infinity;
  for (let i = 1; i < ticks.length; i++) m = Math.min(m, ticks[i]! - ticks[i - 1]!);
  return m;
}

/** Queue-full drops a copy sees whatever the manager does with its queues: per tag, what was delivered to it since it last ran beyond the 25 a queue holds. */
export function unavoidableDrops(t: TraceEvent[], b: string): number {
  let drops = 0;
  const waiting = new Map<string, number>();
  for (const e of t) {
    if (e.block !== b) continue;
    if (e.kind === "igc-deliver") waiting.set(String(e.data.tag), (waiting.get(String(e.data.tag)) ?? 0) + 1);
    if (e.kind === "run") {
      if (inWindow(e)) for (const n of waiting.values()) drops += Math.max(0, n - 25);
      waiting.clear();
    }
  }
  return drops;
}

export const lostNotices = (t: TraceEvent[]) => t.filter((e) => e.kind === "run" && /\blost\b/.test(String(e.data.echo))).map((e) => `${e.block}@${e.tick}`);

/** Per copy, per period of the window: messages sent, callback (IGC) runs, queue-full drops. */
export function perPeriod(t: TraceEvent[], n: number): { block: string; sent: number; igcRuns: number; drops: number }[] {
  const k = (TO - FROM) / PERIOD;
  return Array.from({ length: n }, (_, i) => `PB${i}`).map((b) => ({ block: b, sent: sends(t, b).length / k, igcRuns: callbackRuns(t, b) / k, drops: fullDrops(t, b).length / k }));
}
