// The harness itself: a batch whose every case pbts rejects reports each case's diagnostics (before,
// mcs was called with no files and the batch failed with only "No files to compile").
import { expect, it } from "vitest";
import { runSuite, type DiffCase } from "./harness.ts";

it("a batch of cases that all fail to compile reports their errors, not mcs's 'No files to compile'", async () => {
  const cases: DiffCase[] = [
    { name: "any", main: `const x: any = 1; this.Echo(String(x));` },
    { name: "setTimeout", main: `setTimeout(() => this.Echo("later"), 1000);` },
  ];
  const runs = await runSuite("harness-all-rejected", cases, true);
  expect(runs.map((r) => r.name)).toEqual(["any", "setTimeout"]);
  expect(runs[0].compileError).toMatch(/PBTS\d{4}/);
  expect(runs[1].compileError).toMatch(/PBTS1008/);
  for (const r of runs) expect(r.cs).toBeUndefined();
});
