// The timer sequence example (mixins/examples/timer-sequence.ts, scenario test/examples/scenarios/sequence.json),
// judged from the trace: the timers' delays and countdowns, their triggers, the panel's button names.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines } from "./helpers.ts";

const S = 60;
const TIMERS = ["Seq 1 Doors", "Seq 2 Lights", "Seq 3 Vent"];

/** Ticks at which a timer triggered at the end of its countdown. */
function triggers(events: TraceEvent[], timer: string): number[] {
  return events.filter((e) => e.kind === "action" && e.block === timer && e.data.name === "Trigger").map((e) => e.tick);
}
function starts(events: TraceEvent[], timer: string): number[] {
  return changes(events, timer, "IsCountingDown").filter((c) => c.value === true).map((c) => c.tick);
}

describe("timer sequence example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("sequence", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception and names the panel's buttons", () => {
    expect(failures(events)).toEqual([]);
    expect(changes(events, "Buttons", "ButtonName0").map((c) => c.value)).toEqual(["Start"]);
    expect(changes(events, "Buttons", "ButtonName2").map((c) => c.value)).toEqual(["Next"]);
  });

  it('"start" runs the timers in name order, each with its CustomData delay (2, 3, default 2 s), the next within one Update10 period of the last trigger', () => {
    expect(starts(events, "Seq 1 Doors")[0]).toBe(1 * S);
    expect(changes(events, "Seq 1 Doors", "TriggerDelay")[0]!.value).toBe(2);
    expect(changes(events, "Seq 2 Lights", "TriggerDelay")[0]!.value).toBe(3);
    expect(changes(events, "Seq 3 Vent", "TriggerDelay")[0]!.value).toBe(2);
    for (let i = 0; i < TIMERS.length; i++) {
      const start = starts(events, TIMERS[i]!)[0]!;
      const delay = [2, 3, 2][i]! * S;
      expect(Math.abs(triggers(events, TIMERS[i]!)[0]! - start - delay)).toBeLessThanOrEqual(1);
      if (i > 0) {
        const last = triggers(events, TIMERS[i - 1]!)[0]!;
        expect(start - last).toBeGreaterThanOrEqual(0);
        expect(start - last).toBeLessThanOrEqual(10);
      }
    }
    expect(starts(events, "Other Timer")).toEqual([]);
  });

  it('"next" stops the running timer and starts the next; "stop" stops it; neither triggers', () => {
    expect(starts(events, "Seq 1 Doors")[1]).toBe(12 * S);
    expect(changes(events, "Seq 1 Doors", "IsCountingDown").find((c) => c.tick === 13 * S)!.value).toBe(false);
    expect(starts(events, "Seq 2 Lights")[1]).toBe(13 * S);
    expect(changes(events, "Seq 2 Lights", "IsCountingDown").find((c) => c.tick === 14 * S)!.value).toBe(false);
    for (const t of TIMERS) expect(triggers(events, t).filter((tick) => tick > 12 * S)).toEqual([]);
  });

  sameOnBothEngines(() => scenario, () => events);
});
