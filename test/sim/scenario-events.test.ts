// A scenario event's fields are checked at load against its kind: a misspelt or missing field stops
// the load naming the event and the fields the kind takes (before, set-custom-data without "value"
// set CustomData to "" silently and a move without "position" failed with "a.position is not
// iterable"). The timeline keeps a multi-line fault value on its one line.
import { describe, expect, it } from "vitest";
import { buildSimulation, formatTimeline, type Scenario } from "pbts/sim";

const grids: Scenario["grids"] = [{ name: "Base", blocks: [{ type: "text-panel", name: "LCD" }] }];

function load(event: Record<string, unknown>): string {
  try {
    buildSimulation({ grids, events: [event as never] });
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("scenario event fields", () => {
  it("a misspelt field is named with the fields the kind takes", () => {
    expect(load({ seconds: 1, kind: "set-custom-data", block: "LCD", customData: "x" })).toBe(
      `event 1 ("set-custom-data", block "LCD"): unknown field "customData": "set-custom-data" takes "block", "value" besides "tick" or "seconds"`,
    );
  });

  it("a missing field", () => {
    expect(load({ seconds: 1, kind: "destroy" })).toBe(`event 1 ("destroy"): needs "block" (a string): "destroy" takes "block" besides "tick" or "seconds"`);
    expect(load({ tick: 1, kind: "move", grid: "Base" })).toBe(`event 1 ("move"): needs "position" or "linearVelocity" ([x, y, z]): "move" takes "grid", "position" (optional), "linearVelocity" (optional) besides "tick" or "seconds"`);
    expect(load({ tick: 1, kind: "lag" })).toMatch(/needs "ticks" \(a number\): "lag" takes "ticks", "block" \(optional\)/);
    expect(load({ tick: 1, kind: "unpower" })).toBe(`event 1 ("unpower"): needs "block" or "grid" (a string)`);
  });

  it("a field of the wrong type", () => {
    expect(load({ tick: 1, kind: "message-loss", probability: "0.5" })).toBe(`event 1 ("message-loss"): "probability" must be a number, not "0.5"`);
    expect(load({ tick: 1, kind: "move", grid: "Base", position: [1, 2] })).toBe(`event 1 ("move"): "position" must be [x, y, z], not [1,2]`);
  });

  it("well-formed events of every kind load", () => {
    const ok = [
      { tick: 1, kind: "set-custom-data", block: "LCD", value: "a\nb" },
      { tick: 1, kind: "unpower", grid: "Base" },
      { tick: 1, kind: "message-loss", probability: 0.5 },
      { tick: 1, kind: "move", grid: "Base", position: [0, 0, 5] },
      { seconds: 1, kind: "save-reload" },
      { tick: 1, kind: "lag", ticks: 10 },
    ];
    for (const e of ok) expect(load(e), JSON.stringify(e)).toBe("");
  });
});

it("the timeline shows a multi-line set-custom-data value on the event's line", () => {
  const { sim, ticks } = buildSimulation({ grids, seconds: 1, events: [{ tick: 5, kind: "set-custom-data", block: "LCD", value: "[failover]\nid=demo\nrank=1" }] });
  sim.start().runUntil(ticks);
  const line = formatTimeline(sim, { ticks }).split("\n").find((l) => l.includes("set-custom-data"))!;
  expect(line).toMatch(/operator +set-custom-data value="\[failover\] \/ id=demo \/ rank=1"$/);
});
