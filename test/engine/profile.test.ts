// `pbts sim --profile` (sim/engine/profile.ts) on a hand-made trace: per PB max, mean and 99th
// percentile (nearest rank) of the run events' instruction counts, and the runs closest to the limit.
import { describe, expect, it } from "vitest";
import { formatProfile, percentile, profileRuns } from "../../sim/engine/profile.ts";
import type { TraceEvent } from "../../sim/trace.ts";

const run = (tick: number, block: string, instructions?: number): TraceEvent => ({
  tick,
  block,
  kind: "run",
  data: { updateType: 64, flags: "Update10", argument: "", echo: "", ...(instructions === undefined ? {} : { instructions }) },
});

describe("instruction profile", () => {
  // A: 1..100 (max 100, mean 50.5, p99 = the 99th of 100 sorted values = 99); B: 7 and 30000
  const events: TraceEvent[] = [...Array.from({ length: 100 }, (_, i) => run(i, "A", i + 1)), run(5, "B", 7), run(6, "B", 30000), { tick: 1, block: "A", kind: "echo", data: {} }];

  it("max, mean and p99 per PB", () => {
    expect(profileRuns(events)).toEqual([
      { block: "A", runs: 100, max: 100, mean: 50.5, p99: 99 },
      { block: "B", runs: 2, max: 30000, mean: 15003.5, p99: 30000 },
    ]);
  });
  it("nearest-rank percentile", () => {
    expect(percentile([1, 2, 3], 99)).toBe(3);
    expect(percentile([5], 50)).toBe(5);
    expect(percentile([], 99)).toBe(0);
  });
  it("lists the runs closest to the limit first", () => {
    const text = formatProfile(events, 2);
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Runs closest"));
    expect(lines[at + 1]).toMatch(/tick\s+6\s+B\s+30,000 \(60\.0% of the limit\)/);
    expect(lines[at + 2]).toMatch(/tick\s+99\s+A\s+100 \(0\.2% of the limit\)/);
  });
  it("a TS-engine trace (no counts) says where counts come from", () => {
    expect(formatProfile([run(1, "A"), run(2, "A")])).toMatch(/--engine cs/);
  });
});
