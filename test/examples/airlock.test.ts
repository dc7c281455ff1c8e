// The airlock example (mixins/examples/airlock.ts, scenario test/examples/scenarios/airlock.json),
// judged from the trace: the doors' and the vent's property events, the timer's trigger, the LCD.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, firstTick, loadExample, noMono, run, sameOnBothEngines, texts, valueAt } from "./helpers.ts";

const INNER = ["Inner Door A", "Inner Door B"];
const OUTER = "Outer Door";
const VENT = "Airlock Vent";
const PB = "PB Airlock";
/** The doors' Status before anything happens (the scenario's "properties"). */
const START: Record<string, string> = { "Inner Door A": "Open", "Inner Door B": "Closed", "Outer Door": "Closed" };

/** Every tick at which a door changed, with the status of all doors then. */
function doorStates(events: TraceEvent[]): { tick: number; status: Record<string, string> }[] {
  const ticks = new Set<number>();
  for (const d of [...INNER, OUTER]) for (const c of changes(events, d, "Status")) ticks.add(c.tick);
  return [...ticks].sort((a, b) => a - b).map((tick) => {
    const status: Record<string, string> = {};
    for (const d of [...INNER, OUTER]) status[d] = valueAt(events, d, "Status", tick, START[d]) as string;
    return { tick, status };
  });
}

describe("airlock example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("airlock", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("cycle out: the inner doors close, then the vent depressurizes, then the outer door opens", () => {
    const innerClosed = doorStates(events).find((s) => s.tick >= 60 && INNER.every((d) => s.status[d] === "Closed"))!.tick;
    expect(innerClosed).toBeGreaterThan(60);
    const vent = changes(events, VENT, "Depressurize").find((c) => c.value === true);
    expect(vent?.by).toBe(PB);
    expect(vent!.tick).toBeGreaterThanOrEqual(innerClosed);
    const depressurized = firstTick(events, VENT, "Status", "Depressurized");
    expect(depressurized).toBeGreaterThan(vent!.tick);
    const opening = changes(events, OUTER, "Status").find((c) => c.value === "Opening");
    expect(opening?.by).toBe(PB);
    expect(opening!.tick).toBeGreaterThanOrEqual(depressurized);
    expect(firstTick(events, OUTER, "Status", "Open")).toBeGreaterThan(opening!.tick);
  });

  it("the inner and outer doors are never open at the same time", () => {
    const states = doorStates(events);
    expect(states.length).toBeGreaterThan(6);
    for (const { tick, status } of states) {
      const innerOpen = INNER.some((d) => status[d] !== "Closed");
      const outerOpen = status[OUTER] !== "Closed";
      expect({ tick, both: innerOpen && outerOpen }).toEqual({ tick, both: false });
    }
  });

  it("after the cycle the timer counts down and the outer door closes when it triggers", () => {
    const open = firstTick(events, OUTER, "Status", "Open");
    const started = changes(events, "Airlock Timer", "IsCountingDown").find((c) => c.value === true);
    expect(started?.by).toBe(PB);
    expect(started!.tick).toBeGreaterThanOrEqual(open);
    const trigger = events.find((e) => e.kind === "action" && e.block === "Airlock Timer" && e.data.name === "Trigger");
    expect(trigger?.tick).toBe(started!.tick + 5 * 60); // TriggerDelay 5 s
    const closing = changes(events, OUTER, "Status").find((c) => c.value === "Closing" && c.tick >= trigger!.tick);
    expect(closing?.by).toBe(PB);
    expect(closing!.tick - trigger!.tick).toBeLessThanOrEqual(10); // the next Update10 run
  });

  it("cycle in: the vent pressurizes, then both inner doors open", () => {
    const pressurize = changes(events, VENT, "Depressurize").find((c) => c.value === false);
    expect(pressurize?.by).toBe(PB);
    expect(pressurize!.tick).toBeGreaterThanOrEqual(20 * 60);
    const pressurized = firstTick(events, VENT, "Status", "Pressurized", pressurize!.tick);
    expect(pressurized).toBeGreaterThan(pressurize!.tick);
    for (const d of INNER) {
      const opening = changes(events, d, "Status").find((c) => c.value === "Opening" && c.tick >= 20 * 60);
      expect(opening?.by).toBe(PB);
      expect(opening!.tick).toBeGreaterThanOrEqual(pressurized);
      expect(firstTick(events, d, "Status", "Open", opening!.tick)).toBeGreaterThan(opening!.tick);
    }
    expect(valueAt(events, OUTER, "Status", Infinity, "Closed")).toBe("Closed");
  });

  it("the LCD shows each stage", () => {
    const shown = texts(events, "Airlock LCD").map((t) => t.text.split("\n")[0]);
    const stages = ["Airlock: closing doors", "Airlock: depressurizing", "Airlock: opening doors", "Airlock: open to space", "Airlock: doors closed (timer)", "Airlock: pressurizing", "Airlock: open inside"];
    let at = 0;
    for (const s of stages) {
      const i = shown.indexOf(s, at);
      expect({ stage: s, found: i >= 0 }).toEqual({ stage: s, found: true });
      at = i;
    }
  });

  it("a world save and reload during the venting: the cycle goes on from Storage", () => {
    const reload: Scenario = { ...scenario, events: [...(scenario.events ?? []), { tick: 200, kind: "save-reload" }] };
    const ev = run(reload).events;
    expect(failures(ev)).toEqual([]);
    const save = ev.find((e) => e.kind === "save" && e.tick === 200);
    expect(save?.data.storage).toBe("venting out");
    expect(ev.some((e) => e.kind === "compile" && e.tick === 200 && e.data.reason === "load")).toBe(true);
    const depressurized = firstTick(ev, VENT, "Status", "Depressurized");
    const opening = changes(ev, OUTER, "Status").find((c) => c.value === "Opening");
    expect(opening?.by).toBe(PB);
    expect(opening!.tick).toBeGreaterThanOrEqual(depressurized);
    expect(depressurized).toBeGreaterThan(200);
  });

  sameOnBothEngines(() => scenario, () => events);
});
