// The door auto-close example (mixins/examples/door-autoclose.ts, scenario
// test/examples/scenarios/doors.json), judged from the trace: when each door started opening (the
// player's "set" of Open, or the script for a sensor) and when the script closed it.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines } from "./helpers.ts";

const PB = "PB Doors";
const S = 60;

/** Ticks at which a door started closing because the script closed it. */
function closedByScript(events: TraceEvent[], door: string): number[] {
  return changes(events, door, "Status").filter((c) => c.value === "Closing" && c.by === PB).map((c) => c.tick);
}

describe("door auto-close example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("doors", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  it("a door the player opened closes after the delay (4 s), within one Update10 period", () => {
    const opened = changes(events, "Door A", "Status").find((c) => c.value === "Opening")!;
    expect(opened).toMatchObject({ tick: 2 * S, by: "host" }); // the scenario's set of Open moves the door
    const closed = closedByScript(events, "Door A")[0]!;
    expect(closed - opened.tick).toBeGreaterThanOrEqual(4 * S - 10);
    expect(closed - opened.tick).toBeLessThanOrEqual(4 * S + 10);
    // the hangar door too, counted from when it started opening (it takes 5 s to open)
    const hangar = changes(events, "Hangar", "Status").find((c) => c.value === "Opening")!.tick;
    expect(closedByScript(events, "Hangar")[0]! - hangar).toBeGreaterThanOrEqual(4 * S - 10);
    expect(closedByScript(events, "Hangar")[0]! - hangar).toBeLessThanOrEqual(4 * S + 10);
  });

  it("a [NoClose] door stays open", () => {
    expect(changes(events, "Door C [NoClose]", "Status").map((c) => c.value)).toEqual(["Opening", "Open"]);
  });

  it("the sensor opens its door and keeps it open while active; it closes after the delay once it is not", () => {
    const on = 12 * S;
    const off = 18 * S;
    const opened = changes(events, "Door A", "Status").find((c) => c.value === "Opening" && c.tick >= on)!;
    expect(opened.by).toBe(PB);
    expect(opened.tick - on).toBeLessThanOrEqual(10);
    const closes = closedByScript(events, "Door A");
    expect(closes.filter((t) => t >= on && t <= off)).toEqual([]);
    const after = closes.find((t) => t > off)!;
    expect(after - off).toBeGreaterThanOrEqual(4 * S - 10);
    expect(after - off).toBeLessThanOrEqual(4 * S + 10);
  });

  it("'-delay 2' from a button shortens the delay, and a world reload keeps it (Storage)", () => {
    for (const at of [26, 31]) {
      const opened = changes(events, "Door A", "Status").find((c) => c.value === "Opening" && c.tick === at * S);
      expect(opened, `opened at ${at} s`).toBeDefined();
      const closed = closedByScript(events, "Door A").find((t) => t > at * S)!;
      expect(closed - at * S).toBeGreaterThanOrEqual(2 * S - 10);
      expect(closed - at * S).toBeLessThanOrEqual(2 * S + 10);
    }
    expect(events.find((e) => e.kind === "save" && e.block === PB)?.data.storage).toBe("2");
  });

  sameOnBothEngines(() => scenario, () => events);
});
