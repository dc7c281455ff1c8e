// Message traffic of a failover group (spec 13, README "Checkpoint" and "Runs the manager adds"; fo-adv's
// F18): what each copy sends, what overflows a slow reader's queue of 25, and who runs on message
// callbacks, counted from the trace of quiet groups run with the adversary's script (the active
// checkpoints on every periodic run) and judged by its oracle.
import { describe, expect, it } from "vitest";
import type { TraceEvent } from "../../sim/trace.ts";
import type { ScenarioEvent } from "../../sim/scenario.ts";
import { FROM, PERIOD, TO, callbackRuns, fullDrops, group as run, lostNotices, minGap, runsOf, sends, unavoidableDrops } from "./traffic.ts";
import { makeGroup, manager } from "./harness.ts";

function group(name: string, ups: (1 | 10 | 100)[], events: ScenarioEvent[] = []): TraceEvent[] {
  const { trace, violations } = run(name, ups, events);
  expect(violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
  return trace;
}

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

describe("failover messages: a copy's message is what it holds now, never a stale copy (F53, F100: a cache cleared by hand went stale twice)", () => {
  // say() keeps the message it built while nothing it carries changes (a steady run allocates nothing:
  // test/csharp/allocation.test.ts). Here each input is changed alone, behind the manager's back (no code
  // path that knew to clear a cache), and the next message sent must carry it: `<letter><rank>;<period>;<seq>;<text>`,
  // seq 0 for a carried checkpoint. Before session 23 the cache was keyed on the letter and the period only.
  it("the role letter, rank, period, checkpoint sequence, carried flag and checkpoint text, each changed alone, are in the next message", () => {
    const g = makeGroup({ n: 1, seed: 3 });
    g.sim.runTicks(2);
    const m = manager(g.sim, g.names[0]!)! as unknown as Record<string, unknown> & { say(urgent: boolean, e: string | null): void };
    const sent = (k: string, set: Record<string, unknown>): string => {
      Object.assign(m, set);
      const n = g.sim.trace.events.length;
      // (an event's letter, given: since session 24 a message's letter is otherwise the copy's state's)
      m.say(false, k);
      const s = g.sim.trace.events.slice(n).filter((e) => e.kind === "igc-send");
      expect(s).toHaveLength(1);
      return String(s[0]!.data.data);
    };
    expect(sent("S", { Rank: 4, HeartbeatTicks: 60, gap: 1, cpSeq: 7, fr: false, cpText: "a", cpAt: 0 })).toBe("S4;60;7;a");
    expect(sent("S", {})).toBe("S4;60;7;a");
    expect(sent("Y", {})).toBe("Y4;60;7;a");
    expect(sent("Y", { Rank: 5 })).toBe("Y5;60;7;a");
    expect(sent("Y", { HeartbeatTicks: 30 })).toBe("Y5;30;7;a");
    expect(sent("Y", { cpSeq: 8 })).toBe("Y5;30;8;a");
    expect(sent("Y", { fr: true })).toBe("Y5;30;0;a");
    expect(sent("Y", { fr: false })).toBe("Y5;30;8;a");
    expect(sent("Y", { cpText: "b" })).toBe("Y5;30;8;b");
    // a checkpoint still inside the message it came in (cut out when read): the same text, then another one
    expect(sent("Y", { cpText: "S1;30;8;b", cpAt: 8 })).toBe("Y5;30;8;b");
    expect(sent("Y", { cpText: "S1;30;8;bc", cpAt: 8 })).toBe("Y5;30;8;bc");
  });
  it("a message with no event's letter carries the copy's state's (session 24: say builds it): A, L/Q/Y listening, S/R standby, X out", () => {
    const g = makeGroup({ n: 1, seed: 3 });
    g.sim.runTicks(2);
    const m = manager(g.sim, g.names[0]!)! as unknown as Record<string, unknown> & { say(urgent: boolean, e?: string | null): void };
    const letter = (set: Record<string, unknown>): string => {
      Object.assign(m, set);
      const n = g.sim.trace.events.length;
      m.say(false);
      const s = g.sim.trace.events.slice(n).filter((e) => e.kind === "igc-send");
      expect(s).toHaveLength(1);
      return String(s[0]!.data.data)[0]!;
    };
    const states: [Record<string, unknown>, string][] = [
      [{ Role: 4, wasActive: false, yielding: false }, "A"],
      [{ Role: 2 }, "L"],
      [{ Role: 2, yielding: true }, "Y"],
      [{ Role: 2, wasActive: true }, "Q"],
      [{ Role: 3, wasActive: false, yielding: false }, "S"],
      [{ Role: 3, yielding: true }, "R"],
      [{ Role: 1, yielding: false }, "X"],
      [{ Role: 0 }, "X"],
    ];
    for (const [set, k] of states) expect(letter(set), JSON.stringify(set)).toBe(k);
  });
});
