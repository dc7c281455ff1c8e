/// <reference types="vite/client" />
// Differential tests: every case must print the same in Node and, compiled, under mono.
import { beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { runSuite, suiteLibrary, type CaseRun, type DiffCase } from "./harness.ts";
import { findDisallowed, formatReference, loadWhitelist } from "../../compiler/csharp/whitelist.ts";
import { buildStubs } from "../../compiler/csharp/stubs.ts";

const modules = import.meta.glob<{ cases: DiffCase[] }>("./cases/*.ts", { eager: true });
const suites = Object.entries(modules).map(([path, m]) => ({ suite: path.replace(/^.*\/(.*)\.ts$/, "$1"), cases: m.cases }));
const skipCs = csChecksUnavailable();
if (skipCs) console.warn(`[diff] C# side skipped: ${skipCs}. Only the Node side and the compiler run.`);
const whitelist = loadWhitelist();

it("has at least 200 differential cases", () => {
  const n = suites.reduce((a, s) => a + s.cases.length, 0);
  expect(n).toBeGreaterThanOrEqual(200);
});

for (const { suite, cases } of suites) {
  describe(`diff: ${suite}`, () => {
    let runs: CaseRun[] = [];
    beforeAll(async () => {
      runs = await runSuite(suite, cases, !skipCs);
    });
    it.skipIf(!!skipCs)("emitted C# uses only whitelisted API", () => {
      const bad = findDisallowed(suiteLibrary(suite), [buildStubs()], whitelist);
      expect(bad.map(formatReference)).toEqual([]);
    });
    for (const c of cases) {
      it(c.name, () => {
        const run = runs.find((r) => r.name === c.name)!;
        expect(run.compileError, `compile failed for:\n${run.source}`).toBeUndefined();
        expect(run.node.length, "the case prints something in Node").toBeGreaterThan(0);
        if (!skipCs) expect(run.cs, `C# differs for:\n${run.source}`).toEqual(run.node);
      });
    }
  });
}
