import { describe, expect, it } from "vitest";
import { benchSim } from "./sim.ts";

describe("benchSim", () => {
  it("prints, for 10/100/1000 PBs at Update1/10/100, the untraced, role-hook and traced cost ratios with their spread, and the memory a traced run touched", async () => {
    const table = await benchSim({ targetRuns: 2000, directCalls: 20_000, repetitions: 2 });
    const rows = table.split("\n").filter((l) => /^(10|100|1000)\s+Update/.test(l));
    expect(rows.length).toBe(9);
    for (const r of rows) expect(r).toMatch(/\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+\.\dx \(\d+\.\d-\d+\.\d\)\s+\d+$/);
    expect(table).toContain("CPU per simulated run / CPU per direct Main call");
  });
});
