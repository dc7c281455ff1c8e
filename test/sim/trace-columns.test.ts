// The trace keeps run events as a byte stream (sim/trace-runs.ts) and builds their TraceEvents when
// `events` is read (sim/trace.ts). Whatever the order of adds, run adds and reads, a reader sees what an eager list of
// event objects would hold: the same events in the same order, in one array that grows in place.
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { describe, expect, it } from "vitest";
import { Trace, type TraceEvent, type TraceKind } from "../../sim/trace.ts";
import { RunStream } from "../../sim/trace-runs.ts";
import { updateTypeNames } from "../../sim/update-types.ts";

type Step =
  | { op: "add"; tick: number; block: string | null; kind: TraceKind; n: number }
  | { op: "run"; tick: number; block: string; type: number; argument: string; echo: string; newline: boolean }
  | { op: "read" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("add" as const), tick: fc.nat(50), block: fc.constantFrom(null, "A", "B"), kind: fc.constantFrom<TraceKind>("storage", "role", "igc-send", "state"), n: fc.integer() }),
  fc.record({
    op: fc.constant("run" as const),
    // outside 0..2^31-1 (or -0) a record cannot hold the tick: such a run is kept as an event object
    tick: fc.oneof(fc.nat(50), fc.constantFrom(-0, 2 ** 31 - 1, 2 ** 31), fc.double({ min: -1, max: 2 ** 60, noNaN: true })),
    block: fc.constantFrom("A", "B", "C"),
    // the same for a type outside 0..2^31-1
    type: fc.oneof(fc.integer({ min: 0, max: 1023 }), fc.integer({ min: -5, max: 5000 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31, 1.5)),
    argument: fc.oneof(fc.constant(""), fc.string({ maxLength: 3 })),
    newline: fc.boolean(),
    // texts often the same as the block's last one (not kept again)
    echo: fc.oneof(fc.constantFrom("same", "role: a\n", ""),fc.string({ unit: "binary", maxLength: 20 }), fc.tuple(fc.constantFrom("", "Runs: ", "ab"), fc.string({ maxLength: 3 }), fc.constantFrom("", " ms\n", "b")).map((p) => p.join(""))),
  }),
  fc.constant({ op: "read" as const }),
);

describe("trace run records", () => {
  it("reads give the events an eager list would hold, in order, in one growing array", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12000, size: "medium" }), (steps) => {
        const trace = new Trace();
        const expected: TraceEvent[] = [];
        const first = trace.events;
        for (const s of steps) {
          if (s.op === "add") {
            trace.add(s.tick, s.block, s.kind, { n: s.n });
            expected.push({ tick: s.tick, block: s.block, kind: s.kind, data: { n: s.n } });
          } else if (s.op === "run") {
            trace.addRun(s.tick, trace.blockNumber(s.block), s.type, s.argument, s.echo, s.newline);
            expected.push({ tick: s.tick, block: s.block, kind: "run", data: { updateType: s.type, flags: updateTypeNames(s.type), argument: s.argument, echo: s.newline ? s.echo + "\n" : s.echo } });
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
      unseeded(100),
    );
  });

  it("more runs than a chunk holds (65,536 bytes), with events between them", () => {
    const trace = new Trace();
    const expected: TraceEvent[] = [];
    const blocks = ["PB", "PB 2", "PB 3"];
    for (let i = 0; i < 9000; i++) {
      const argument = i % 7 === 0 ? "arg " + i : "";
      const block = blocks[i % 3 === 0 ? 0 : (i >> 4) % 3]!;
      const echo = i % 11 === 0 ? "" : i % 4 < 2 ? "status: " + (i >> 9) : "Runs: " + i + " last 16.6 ms\n" + (i % 5 ? "" : "role: x\n");
      trace.addRun(i, trace.blockNumber(block), 32, argument, echo);
      expected.push({ tick: i, block, kind: "run", data: { updateType: 32, flags: "Update1", argument, echo } });
      if (i % 4000 === 3999) {
        trace.add(i, "PB", "storage", { value: String(i), persisted: false });
        expected.push({ tick: i, block: "PB", kind: "storage", data: { value: String(i), persisted: false } });
      }
      if (i === 5000) expect(trace.events).toEqual(expected); // a read in the middle of a chunk
    }
    expect(trace.events).toEqual(expected);
  });

  it("ticks kept as steps from the run before (0, 1, one-byte and longer varints, back in time: the tick itself) and arguments, across chunk boundaries", () => {
    const trace = new Trace();
    const expected: TraceEvent[] = [];
    const steps = [0, 1, 65534, 65535, 65536, 14, 15, -1, 2 ** 20, -(2 ** 20), 3];
    let tick = 5;
    for (let i = 0; i < 10_000; i++) {
      tick = Math.min(2 ** 31 - 1, Math.max(0, tick + steps[i % steps.length]!));
      const argument = i % 3 === 0 ? "a" + i : "";
      trace.addRun(tick, trace.blockNumber("PB"), 32, argument, "t" + (i % 5), i % 2 === 0);
      expected.push({ tick, block: "PB", kind: "run", data: { updateType: 32, flags: "Update1", argument, echo: "t" + (i % 5) + (i % 2 === 0 ? "\n" : "") } });
      if (i === 1000) expect(trace.events).toEqual(expected); // then 8,999 runs (three chunks) before the next read
    }
    expect(trace.events).toEqual(expected);
  });

  it("an Echo text whose record is longer than a chunk (40,000 characters above 255: 80,000 bytes) reads back, in its place among other records", () => {
    const trace = new Trace();
    const pb = trace.blockNumber("PB");
    const long = "\u0100\uffff".repeat(20_000);
    trace.addRun(1, pb, 32, "", "a");
    trace.addRun(2, pb, 32, "go", long, true);
    trace.add(2, "PB", "storage", { value: "s" });
    trace.addRun(3, pb, 32, "", long.slice(1) + "\ud800");
    trace.addRun(4, trace.blockNumber("PB 2"), 64, "", "b");
    expect(trace.events.map((e) => [e.tick, e.kind, e.data.echo, e.data.argument])).toEqual([
      [1, "run", "a", ""],
      [2, "run", long + "\n", "go"],
      [2, "storage", undefined, undefined],
      [3, "run", long.slice(1) + "\ud800", ""],
      [4, "run", "b", ""],
    ]);
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
    trace.addRun(1, trace.blockNumber("PB"), 32, "", "x");
    expect(seen).toEqual(["run"]);
    expect(trace.events).toEqual([{ tick: 1, block: "PB", kind: "run", data: { updateType: 32, flags: "Update1", argument: "", echo: "x" } }]);
    const muted = new Trace();
    muted.mute("run");
    expect(muted.runs).toBe(false);
  });
});

// What a run keeps of its Echo text is what changed of its block's last one (sim/trace-runs.ts):
// texts edited in place, growing and shrinking (shared beginnings and ends of 128 or more take
// longer varints; a text longer than its block's room moves), long enough to fill the kept chunks
// (65,536 bytes), in batches (BATCH runs) and read at any point, any UTF-16 code units (Latin-1 changes
// kept as a byte each, others as two).
type Edit = { block: number; at: number; cut: number; insert: string; read: boolean };
const edit: fc.Arbitrary<Edit> = fc.record({
  block: fc.nat(3),
  at: fc.oneof(fc.nat(300), fc.nat()),
  cut: fc.oneof(fc.nat(3), fc.nat(9000)),
  insert: fc.oneof(fc.string({ unit: "binary", maxLength: 4 }), fc.string({ maxLength: 300 }), fc.constant(""), fc.integer({ min: 1, max: 8000 }).map((n) => "x".repeat(n))),
  read: fc.nat(49).map((n) => n === 0),
});

describe("trace Echo texts", () => {
  it("texts edited in place from run to run read back as added (long ones, shared parts of any length, reads in the middle of a batch)", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 300, maxLength: 1500, size: "large" }), fc.boolean(), (edits, newline) => {
        const trace = new Trace();
        const texts = ["", "", "", ""];
        const expected: string[] = [];
        for (const [i, e] of edits.entries()) {
          const last = texts[e.block]!;
          const at = e.at % (last.length + 1);
          // at most 8,190 characters (longer: the record-longer-than-a-chunk test above)
          const text = (last.slice(0, at) + e.insert + last.slice(at + e.cut)).slice(0, 8190);
          texts[e.block] = text;
          trace.addRun(i, trace.blockNumber("PB " + e.block), 32, "", text, newline);
          expected.push(newline ? text + "\n" : text);
          if (e.read) expect(firstDifference(trace, expected)).toEqual([expected.length, -1]);
        }
        expect(firstDifference(trace, expected)).toEqual([expected.length, -1]);
      }),
      unseeded(20),
    );
  });
});

// The comparison reads 4 code units at a time as one double (sim/trace-runs.ts): +0 and -0 are equal
// doubles with other bits (units 0,0,0,0 and 0,0,0,0x8000), NaNs never equal (a top unit of
// 0x7ff0-0x7fff or 0xfff0-0xffff with others not 0); texts of every length modulo 4, changed at
// every place of a word; a change at the same place as the block's last one keeps only its
// characters, so counters (the same place for 9 runs of 10) with newlines and arguments that change
// from run to run.
const unit = fc.constantFrom("\0", "\0", "\0", "\u8000", "\u7ff8", "\u7ff0", "\ufff8", "\uffff", "\u0001", "a", "b", "\u0100", "\u00ff");
type WordEdit = { block: number; at: number; cut: number; insert: string[]; newline: boolean; argument: string; read: boolean };
const wordEdit: fc.Arbitrary<WordEdit> = fc.record({
  block: fc.nat(2),
  at: fc.nat(40),
  cut: fc.oneof(fc.constant(0), fc.nat(5)),
  insert: fc.array(unit, { maxLength: 6 }),
  newline: fc.nat(5).map((n) => n !== 0),
  argument: fc.oneof(fc.constant(""), fc.constant(""), fc.constantFrom("go", "\0")),
  read: fc.nat(30).map((n) => n === 0),
});

describe("trace Echo texts, compared 4 units at a time", () => {
  it("texts of NULs, -0 and NaN patterns, edited anywhere in a word, read back as added", () => {
    fc.assert(
      fc.property(fc.array(wordEdit, { minLength: 200, maxLength: 1200 }), (edits) => {
        const trace = new Trace();
        const texts = ["\0\0\0\0\0\0\0\0", "", "\0\0\0\u8000\0\0\0\0"];
        const expected: { echo: string; argument: string }[] = [];
        for (const [i, e] of edits.entries()) {
          const last = texts[e.block]!;
          const at = e.at % (last.length + 1);
          const text = last.slice(0, at) + e.insert.join("") + last.slice(at + e.cut);
          texts[e.block] = text;
          trace.addRun(i >> 2, trace.blockNumber("PB " + e.block), 32, e.argument, text, e.newline);
          expected.push({ echo: e.newline ? text + "\n" : text, argument: e.argument });
          if (e.read) expect(runsRead(trace)).toEqual(expected);
        }
        expect(runsRead(trace)).toEqual(expected);
      }),
      unseeded(100),
    );
  });

  it("counters on many blocks (the change at the same place as the last one), newlines and arguments changing", () => {
    const trace = new Trace();
    const expected: { echo: string; argument: string }[] = [];
    const counts = new Array<number>(37).fill(0);
    for (let i = 0; i < 40_000; i++) {
      const b = (i * 7) % 37;
      const n = (counts[b]! += b % 3 === 0 ? 1 : 13);
      const text = (b % 5 === 0 ? "\u0100" : "") + "Runs: " + n + " last " + (b % 4 === 0 ? "16.6666" : b % 4 === 1 ? n % 7 : (n >> 1) % 7) + " ms" + (b % 6 === 0 ? "\n" + "x".repeat(n % 9) : "");
      const newline = b % 2 === 0 ? true : n % 11 !== 0;
      const argument = n % 97 === 0 ? "arg" : "";
      trace.addRun(i, trace.blockNumber("PB " + b), 32, argument, text, newline);
      expected.push({ echo: newline ? text + "\n" : text, argument });
      if (i % 9973 === 0) expect(runsRead(trace)).toEqual(expected);
    }
    expect(runsRead(trace)).toEqual(expected);
  });
});

// A counter's last digit going up is a change of one unit right before the shared end of the block's
// last change, one more than before: the record is the tag byte alone (before session 18 it kept the
// unit, and its place after a carry). What reads back is the text added; units of any width (up to
// 0xffff, which has no next).
describe("trace Echo texts, a unit one more than before", () => {
  it("a counter echoed by 100 blocks in turn keeps 1 byte a run when only its last digit goes up", () => {
    const stream = new RunStream();
    const runs = 200_000;
    const texts: string[] = [];
    for (let r = 0; r < runs; r++) {
      const text = "Runs: " + (Math.floor(r / 100) + 1) + " last 1666.66 ms";
      stream.add(Math.floor(r / 10) + 1, r % 100, 32, "", text, true);
      texts.push(text);
    }
    stream.flush();
    // of 10 runs of a block: 9 tags alone and a carry (two digits: 5 bytes): 1.4 a run (2.5 when the
    // 9 kept their digit, and the run after a carry its place too)
    const perRun = stream.keptBytes / runs;
    expect(perRun).toBeGreaterThanOrEqual(1.4);
    expect(perRun).toBeLessThan(1.45);
    for (let r = 0; r < runs; r++) {
      stream.readRun();
      if (stream.echo !== texts[r] || stream.block !== r % 100) throw new Error(`run ${r}: read ${JSON.stringify(stream.echo)} of block ${stream.block}, added ${JSON.stringify(texts[r])}`);
    }
  });

  // The encoder tries ECHO_NEXT first by raising the unit in its copy of the block's last text and
  // comparing (session 23). A failed try must leave that copy as it was, and no unit goes past 0xffff:
  // either slip still reads back as added (the reader keeps its own texts), so the record sizes are
  // what tells. Sizes by hand (tag, then varints block, type, length, shared beginning and end, then
  // the changed units): "x0" new 8 bytes (tag, 0, 32, 2, 0, 0, "x", "0"); "x1" next 2 (tag, block 0: the
  // block that followed block 0 last time is none yet); "y1" an edit 4 (tag, 0, 1, "y"); "y2" an edit 4
  // (tag, 1, 0, "2": the try at unit 0 fails). "\ufffe" new and wide 8; "\uffff" next 2; "\u0000" again 2
  // (tag, the unit: 0 is not 0xffff + 1).
  it("a failed try of a counter's next value leaves the records those of the general comparison, and none goes past 0xffff", () => {
    for (const [texts, bytes] of [
      [["x0", "x1", "y1", "y2"], 18],
      [["\ufffe", "\uffff", "\u0000"], 12],
    ] as const) {
      const stream = new RunStream();
      texts.forEach((text, i) => stream.add(i + 1, 0, 32, "", text, false));
      stream.flush();
      expect(stream.keptBytes).toBe(bytes);
      for (const text of texts) {
        stream.readRun();
        expect(stream.echo).toBe(text);
      }
    }
  });

  it("units of every width going up by one, by two, and down, at the same place and elsewhere, read back as added", () => {
    const trace = new Trace();
    const expected: { echo: string; argument: string }[] = [];
    const starts = [0x2f, 0xfe, 0xff, 0x100, 0x7fef, 0xfff0, 0xfffd];
    for (let i = 0; i < 6000; i++) {
      const b = i % starts.length;
      const k = Math.floor(i / starts.length);
      // up by one most runs (at 0xffff: back down), by two every 7th, the next place every 11th
      const step = k % 7 === 6 ? 2 : 1;
      const unit = (starts[b]! + step * k) % 0x10000;
      const text = "n=" + String.fromCharCode(unit) + (k % 11 === 10 ? "!" : ".") + " end";
      trace.addRun(i, trace.blockNumber("PB " + b), 32, "", text, b % 2 === 0);
      expected.push({ echo: b % 2 === 0 ? text + "\n" : text, argument: "" });
      if (i % 997 === 0) expect(runsRead(trace)).toEqual(expected);
    }
    expect(runsRead(trace)).toEqual(expected);
  });
});

/** The Echo texts and arguments of the run events read. */
function runsRead(trace: Trace): { echo: unknown; argument: unknown }[] {
  return trace.events.map((x) => ({ echo: x.data.echo, argument: x.data.argument }));
}

/** The number of run events read and the first whose Echo text is not `expected`'s (-1: none); a
 *  deep comparison of thousands of long texts took minutes under load. */
function firstDifference(trace: Trace, expected: string[]): [number, number] {
  const got = trace.events.map((x) => x.data.echo);
  return [got.length, got.findIndex((t, i) => t !== expected[i])];
}
