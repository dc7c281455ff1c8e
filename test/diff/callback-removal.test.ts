// A map/find/findIndex callback that removes elements of the array it iterates through a function
// it calls (PBTS1060 catches direct removals only): JS goes on to the old length, which a C# List
// cannot; the C# helper throws instead of returning a shorter result (never a silent difference).
import { beforeAll, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { runSuite, type CaseRun, type DiffCase } from "./harness.ts";

const skip = csChecksUnavailable();
const top = `function drop(a: number[]): void { a.pop(); }`;
const tryIt = (expr: string) => `try { this.Echo(String(${expr})); } catch (e) { this.Echo("caught " + (e instanceof Error ? e.message : "?")); }`;
const cases: DiffCase[] = [
  { name: "map", top, main: `const a = [1, 2, 3]; ${tryIt("a.map((x) => { drop(a); return x * 2; }).length")}` },
  { name: "find", top, main: `const a = [1, 2, 3]; ${tryIt("a.find((x) => { drop(a); return x > 5; }) ?? -1")}` },
  { name: "findIndex", top, main: `const a = [1, 2, 3]; ${tryIt("a.findIndex((x) => { drop(a); return x > 5; })")}` },
  { name: "found before the end: the same in both", top, main: `const a = [1, 2, 3]; ${tryIt("a.findIndex((x) => { drop(a); return x === 1; })")}` },
];
let runs: CaseRun[] = [];
beforeAll(async () => {
  runs = await runSuite("callback-removal", cases, !skip);
});

it.skipIf(!!skip)("JS goes on to the old length; the C# helpers throw instead of stopping early", () => {
  const out = (name: string) => runs.find((r) => r.name === name)!;
  expect(out("map").node).toEqual([">3"]);
  expect(out("find").node).toEqual([">-1"]);
  expect(out("findIndex").node).toEqual([">-1"]);
  for (const n of ["map", "find", "findIndex"]) {
    expect(out(n).compileError).toBeUndefined();
    expect(out(n).cs).toEqual([">caught the callback removed elements of the array it iterates (JS would go on to its old length; pbts cannot)"]);
  }
  expect(out("found before the end: the same in both").cs).toEqual(out("found before the end: the same in both").node);
});
