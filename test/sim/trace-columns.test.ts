// The trace keeps run events in columns and builds their TraceEvents when `events` is read
// (sim/trace.ts). Whatever the order of adds, run adds and reads, a reader sees what an eager list of
// event objects would hold: the same events in the same order, in one array that grows in place.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Trace, type TraceEvent, type TraceKind } from "../../sim/trace.ts";

type Step =
  | { op: "add"; tick: number; block: string | null; kind: TraceKind; n: number }
  | { op: "run"; tick: number; block: string; type: number; argument: string; echo: string }
  | { op: "read" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("add" as const), tick: fc.nat(50), block: fc.constantFrom(null, "A", "B"), kind: fc.constantFrom<TraceKind>("storage", "role", "igc-send", "state"), n: fc.integer() }),
  fc.record({ op: fc.constant("run" as const), tick: fc.nat(50), block: fc.constantFrom("A", "B", "C"), type: fc.integer({ min: 0, max: 1023 }), argument: fc.string({ maxLength: 3 }), echo: fc.string({ unit: "binary", maxLength: 20 }) }),
  fc.constant({ op: "read" as const }),
);

describe("trace columns", () => {
  it("reads give the events an eager list would hold, in order, in one growing array", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12000 }), (steps) => {
        const trace = new Trace();
        const expected: TraceEvent[] = [];
        const first = trace.events;
        for (const s of steps) {
          if (s.op === "add") {
            trace.add(s.tick, s.block, s.kind, { n: s.n });
            expected.push({ tick: s.tick, block: s.block, kind: s.kind, data: { n: s.n } });
          } else if (s.op === "run") {
            trace.addRun(s.tick, s.block, s.type, `flags${s.type}`, s.argument, s.echo);
            expected.push({ tick: s.tick, block: s.block, kind: "run", data: { updateType: s.type, flags: `flags${s.type}`, argument: s.argument, echo: s.echo } });
          } else {
            expect(trace.events).toBe(first);
            expect(JSON.stringify(trace.events)).toBe(JSON.stringify(expected));
          }
        }
        expect(trace.events).toBe(first);
        expect(trace.events).toEqual(expected);
        expect(trace.ofKind("run")).toEqual(expected.filter((e) => e.kind === "run"));
        expect(JSON.stringify(trace)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 60 },
    );
  });

  it("more runs than a column chunk holds (4,096), with events between them", () => {
    const trace = new Trace();
    const expected: TraceEvent[] = [];
    for (let i = 0; i < 9000; i++) {
      trace.addRun(i, "PB", 16, "Update1", "", "Runs: " + i);
      expected.push({ tick: i, block: "PB", kind: "run", data: { updateType: 16, flags: "Update1", argument: "", echo: "Runs: " + i } });
      if (i % 4000 === 3999) {
        trace.add(i, "PB", "storage", { value: String(i), persisted: false });
        expected.push({ tick: i, block: "PB", kind: "storage", data: { value: String(i), persisted: false } });
      }
    }
    expect(trace.events).toEqual(expected);
  });

  it("a muted \"run\" records nothing; runsAsObjects sends runs through add", () => {
    const trace = new Trace();
    trace.runsAsObjects = true;
    const seen: string[] = [];
    const add = trace.add.bind(trace);
    trace.add = (tick, block, kind, data) => {
      seen.push(kind);
      add(tick, block, kind, data);
    };
    trace.addRun(1, "PB", 16, "Update1", "", "x");
    expect(seen).toEqual(["run"]);
    expect(trace.events).toEqual([{ tick: 1, block: "PB", kind: "run", data: { updateType: 16, flags: "Update1", argument: "", echo: "x" } }]);
    const muted = new Trace();
    muted.mute("run");
    expect(muted.runs).toBe(false);
  });
});
