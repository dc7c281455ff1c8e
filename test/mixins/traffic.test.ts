// Message traffic of a failover group (spec 13, README "Checkpoint" and "Runs the manager adds"; fo-adv's
// F18): what each copy sends, what overflows a slow reader's queue of 25, and who runs on message
// callbacks, counted from the trace of quiet groups run with the adversary's script (the active
// checkpoints on every periodic run) and judged by its oracle.
import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../sim/trace.ts";
import { runAdv } from "./adversary/run.ts";
import { renderCfg, scenario, type NodeSpec } from "./adversary/model.ts";
import type { ScenarioEvent } from "../../sim/scenario.ts";

const PERIOD = 100; // the default heartbeat, 100 ticks
const FROM = 1000; // a settled window of 10 periods
const TO = 2000;

function group(name: string, ups: (1 | 10 | 100)[], events: ScenarioEvent[] = []): TraceEvent[] {
  const nodes: NodeSpec[] = ups.map((u, i) => ({ name: `PB${i}`, grid: "Ship", update: u, handle: true, customData: renderCfg({ id: "grp", rank: i }, u, true) }));
  const { events: trace, violations } = runAdv(scenario({ name, ticks: TO, nodes, events }));
  expect(violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
  return trace;
}

const inWindow = (e: TraceEvent) => e.tick >= FROM && e.tick < TO;
const sends = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "igc-send" && e.block === b);
const runsOf = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "run" && e.block === b);
const callbackRuns = (t: TraceEvent[], b: string) => runsOf(t, b).filter((e) => (Number(e.data.updateType) & 512) !== 0).length;
const fullDrops = (t: TraceEvent[], b: string) => t.filter((e) => inWindow(e) && e.kind === "igc-drop" && e.block === b && e.data.reason === "queue-full");
/** The shortest time between two messages a copy sent in the window on the periodic tags. */
function minGap(t: TraceEvent[], b: string): number {
  const ticks = sends(t, b).filter((e) => !String(e.data.tag).startsWith("pbfo!")).map((e) => e.tick);
  let m = Infinity;
  for (let i = 1; i < ticks.length; i++) m = Math.min(m, ticks[i] - ticks[i - 1]);
  return m;
}
/** Queue-full drops a copy must see whatever the manager does: per tag, what was delivered to it since it last read (its last run) beyond the 25 a queue holds. */
function unavoidableDrops(t: TraceEvent[], b: string): number {
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
const lostNotices = (t: TraceEvent[]) => t.filter((e) => e.kind === "run" && /\blost\b/.test(String(e.data.echo))).map((e) => `${e.block}@${e.tick}`);

describe("failover traffic (F18): a quiet group, the active checkpointing on every run", () => {
  // F18's group: 11 copies, the active PB0 and the next in line on Update1, the others on Update10 and
  // Update100. Before (main, session 7), ticks 1000-2000: PB0 sent 1,910 messages (an answer with the old
  // checkpoint, then the new one, on every run), PB1 620, every Update10 standby 110 (an answer on every
  // run), every Update100 one 20; 640 queue-full drops on each Update10 copy and 2,980 on each Update100 one.
  const ups: (1 | 10 | 100)[] = [1, 1, 10, 100, 100, 10, 10, 10, 10, 10, 100];
  const t = group("F18-standby-traffic", ups);
  const standbys = ups.map((_, i) => `PB${i}`).slice(1);

  it("the active sends one message per run (the checkpoint is its heartbeat)", () => {
    expect(sends(t, "PB0").length).toBeLessThanOrEqual(runsOf(t, "PB0").length);
  });

  it("each standby sends one message per period, and no answer: nobody missed a checkpoint", () => {
    expect(standbys.map((b) => `${b}: ${sends(t, b).length}`)).toEqual(standbys.map((b) => `${b}: ${(TO - FROM) / PERIOD}`));
    expect(standbys.filter((b) => minGap(t, b) < PERIOD)).toEqual([]);
  });

  it("only the active's checkpoints overflow a slow reader's queue, and only as many as it sent beyond 25 between two reads", () => {
    for (const b of standbys) {
      const d = fullDrops(t, b);
      expect(d.filter((e) => e.data.from !== "PB0").map((e) => `${b}@${e.tick} from ${e.data.from}`)).toEqual([]);
      expect(d.length).toBe(unavoidableDrops(t, b));
      if (ups[standbys.indexOf(b) + 1] !== 100) expect(d.length).toBe(0);
    }
  });

  it("no copy reports a peer lost (the standbys' messages are not pushed out of a slow reader's queue)", () => {
    expect(lostNotices(t)).toEqual([]);
  });

  it("only the next in line runs on the active's messages; the others never run on a callback", () => {
    expect(standbys.slice(1).map((b) => `${b}: ${callbackRuns(t, b)}`)).toEqual(standbys.slice(1).map((b) => `${b}: 0`));
  });
});

describe("failover traffic: three copies, an Update1 active and two Update100 standbys", () => {
  // before: the active sent 1,040 messages in ticks 1000-2000 and the standbys' queues dropped 810
  const t = group("traffic-3", [1, 100, 100]);
  it("one message per run from the active, one per period from each standby, drops only the active's surplus", () => {
    expect(sends(t, "PB0").length).toBeLessThanOrEqual(runsOf(t, "PB0").length);
    for (const b of ["PB1", "PB2"]) {
      expect(sends(t, b).length).toBe((TO - FROM) / PERIOD);
      expect(fullDrops(t, b).length).toBe(unavoidableDrops(t, b));
    }
    expect(lostNotices(t)).toEqual([]);
  });
});

describe("failover traffic: an Update100 active checkpointing on every run", () => {
  const t = group("traffic-u100", [100, 100, 10, 1]);
  it("the active sends its heartbeat at the start of the run and the checkpoint at once: two per run, nothing else", () => {
    expect(sends(t, "PB0").length).toBeLessThanOrEqual(2 * runsOf(t, "PB0").filter((e) => (Number(e.data.updateType) & 128) !== 0).length);
    for (const b of ["PB1", "PB2", "PB3"]) expect(`${b}: ${sends(t, b).length}`).toBe(`${b}: ${(TO - FROM) / PERIOD}`);
    expect(["PB1", "PB2", "PB3"].map((b) => fullDrops(t, b).length)).toEqual([0, 0, 0]);
  });
});

describe("failover traffic: a copy that misses checkpoints is answered, at most once per period", () => {
  // PB1 (Update1), the next in line behind an Update100 active, loses half of its messages: when the
  // checkpoint message of a run is lost its periodic message shows a checkpoint older than the others held
  // before it was sent (e.g. at 1602: cp15, PB2 held cp16 since 1572), and the copies behind it answer
  const t = group("traffic-missed", [100, 1, 10, 10], [{ tick: 500, kind: "message-loss", probability: 0.5, block: "PB1" }]);
  it("the copies behind it answer, none more often than once per period besides its own periodic message", () => {
    for (const b of ["PB2", "PB3"]) expect(sends(t, b).length).toBeLessThanOrEqual(2 * ((TO - FROM) / PERIOD) + 1);
    // someone answered: a message less than a period after the one before
    expect(["PB2", "PB3"].some((b) => minGap(t, b) < PERIOD)).toBe(true);
  });
});
