import { describe, expect, it } from "vitest";
import { benchSim, partOrder } from "./sim.ts";

describe("benchSim", () => {
  it("prints, for 10/100/1000 PBs at Update1/10/100, the untraced, role-hook and traced cost ratios with their spread, and the new memory each part touched", async () => {
    const table = await benchSim({ targetRuns: 2000, directCalls: 20_000, repetitions: 2 });
    const rows = table.split("\n").filter((l) => /^(10|100|1000)\s+Update/.test(l));
    expect(rows.length).toBe(9);
    // the baselines' ns a call (median and min-max), then the three ratios
    for (const r of rows) expect(r).toMatch(/\s\d+ \(\d+-\d+\)\s+\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+\/\d+\/\d+\/\d+$/);
    expect(table).toContain("CPU per simulated run / CPU per direct Main call");
  });

  it("balances the parts' order: over as many repetitions as parts, each part comes first once and right after every other part once", () => {
    const parts = 4;
    const orders = Array.from({ length: parts }, (_, r) => partOrder(r, parts));
    for (const o of orders) expect([...o].sort()).toEqual([0, 1, 2, 3]);
    expect(new Set(orders.map((o) => o[0])).size).toBe(parts);
    for (let p = 0; p < parts; p++) {
      // what ran right before part p in each repetition (-1: it came first)
      const before = orders.map((o) => (o.indexOf(p) === 0 ? -1 : o[o.indexOf(p) - 1]!));
      expect(new Set(before).size).toBe(parts);
    }
  });
});
