// The assembler queue monitor example (mixins/examples/queue-monitor.ts, scenario
// test/examples/scenarios/queue.json), judged from the trace: the LCD's text at each run, worked out by
// hand from the scenario's queues, inventories and blueprints, and the queues the button's "clear" empties.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { changes, failures, loadExample, noMono, run, sameOnBothEngines, texts } from "./helpers.ts";

const PB = "PB Queue";

describe("assembler queue monitor example", () => {
  let scenario: Scenario;
  let events: TraceEvent[];
  beforeAll(async () => {
    scenario = await loadExample("queue", { cs: noMono === null });
    events = run(scenario).events;
  });

  it("runs without an exception", () => {
    expect(failures(events)).toEqual([]);
  });

  // Runs at ticks 30, 130, 230... (phase100 30). A steel plate takes 60 ticks from tick 1: 30/60 = 50% at
  // tick 30; plates done at 60 and 120, the third at 10/60 (ticks 121..130) = 17% at tick 130; done at
  // 180, then the motor waits (no nickel, 37 iron left). Assembler 2 has no ingots. The
  // visitor's assembler (a docked ship: another construct) is not listed.
  it("lists each assembler of the construct with its state, progress and queue", () => {
    const lcd = texts(events, "Queue LCD");
    expect(lcd.map((t) => t.tick)).toEqual([30, 130, 230, 480]);
    expect(lcd[0]!.text).toBe("Assembler 1: building 50%\n  SteelPlate x3\n  Motor x1\nAssembler 2: waiting for materials\n  Motor x2\n");
    expect(lcd[1]!.text).toBe("Assembler 1: building 17%\n  SteelPlate x1\n  Motor x1\nAssembler 2: waiting for materials\n  Motor x2\n");
    expect(lcd[2]!.text).toBe("Assembler 1: waiting for materials\n  Motor x1\nAssembler 2: waiting for materials\n  Motor x2\n");
    expect(lcd.some((t) => t.text.includes("Visitor"))).toBe(false);
  });

  it('the button\'s "clear" empties the construct\'s queues in that run (not the visitor\'s) and the LCD says idle', () => {
    for (const a of ["Assembler 1", "Assembler 2"]) expect(changes(events, a, "Queue").filter((c) => c.by === PB)).toEqual([{ tick: 480, value: [], by: PB }]);
    expect(changes(events, "Visitor Assembler", "Queue")).toEqual([]);
    expect(texts(events, "Queue LCD")[3]).toEqual({ tick: 480, text: "Assembler 1: idle\nAssembler 2: idle\n" });
  });

  it("the plates were made at the blueprint's rate (the host's queue changes at 1, 2 and 3 s)", () => {
    expect(changes(events, "Assembler 1", "Queue").filter((c) => c.by === "host").map((c) => [c.tick, c.value])).toEqual([
      [60, ["SteelPlate 2", "Motor 1"]],
      [120, ["SteelPlate 1", "Motor 1"]],
      [180, ["Motor 1"]],
    ]);
  });

  sameOnBothEngines(() => scenario, () => events);
});
