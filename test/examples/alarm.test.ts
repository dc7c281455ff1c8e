// The sensor alarm example (mixins/examples/sensor-alarm.ts, scenario test/examples/scenarios/alarm.json),
// judged from the trace: the lights' colour and blink, the sound blocks' PlaySound/StopSound actions.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines } from "./helpers.ts";

const PB = "PB Alarm";
const S = 60;
const RED = [255, 0, 0, 255];

function sounds(events: TraceEvent[], block: string): { tick: number; name: unknown }[] {
  return events.filter((e) => e.kind === "action" && e.block === block).map((e) => ({ tick: e.tick, name: e.data.name }));
}

describe("sensor alarm example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("alarm", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("the [Alarm] sensor's detection turns the group's lights red and blinking within one Update10 period; a sensor without the tag does nothing", () => {
    for (const light of ["Light 1", "Spot 1"]) {
      const red = changes(events, light, "Color").filter((c) => JSON.stringify(c.value) === JSON.stringify(RED));
      expect(red[0]!.by).toBe(PB);
      expect(red[0]!.tick - 2 * S).toBeGreaterThanOrEqual(0);
      expect(red[0]!.tick - 2 * S).toBeLessThanOrEqual(10);
      expect(changes(events, light, "BlinkIntervalSeconds")[0]!.value).toBe(1);
    }
    // the hangar sensor (active from 1 s) raised nothing before 2 s; the light outside the group never changes
    expect(changes(events, "Light 1", "Color").some((c) => c.tick < 2 * S)).toBe(false);
    expect(changes(events, "Corridor Light", "Color")).toEqual([]);
  });

  it("once the sensor clears, each light gets its own colour back (blue stays blue) and stops blinking", () => {
    const back = (light: string) => changes(events, light, "Color").find((c) => c.tick >= 5 * S)!;
    expect(back("Light 1").value).toEqual([0, 0, 255, 255]);
    expect(back("Spot 1").value).toEqual([255, 255, 255, 255]);
    expect(back("Light 1").tick - 5 * S).toBeLessThanOrEqual(10);
    expect(changes(events, "Light 1", "BlinkIntervalSeconds").find((c) => c.tick >= 5 * S)!.value).toBe(0);
  });

  it("the working sound block plays while the alarm is on and stops after; the one that is off plays nothing", () => {
    const siren = sounds(events, "Siren");
    expect(siren.map((s) => s.name)).toEqual(["PlaySound", "StopSound", "PlaySound", "StopSound"]);
    expect(siren[1]!.tick - 5 * S).toBeLessThanOrEqual(10);
    expect(sounds(events, "Siren Off")).toEqual([]);
  });

  it('a button\'s "test" raises it for that run; the next periodic run clears it', () => {
    const siren = sounds(events, "Siren");
    expect(siren[2]!.tick).toBe(8 * S);
    expect(siren[3]!.tick - 8 * S).toBeGreaterThan(0);
    expect(siren[3]!.tick - 8 * S).toBeLessThanOrEqual(10);
  });

  sameOnBothEngines(() => scenario, () => events);
});
