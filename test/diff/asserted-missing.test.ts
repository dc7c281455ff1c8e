// C150: a string or a script class's object asserted present with `!` (or `as string`, `<P>`) that is missing (`xs.pop()!`,
// `xs.find(...)!`, `xs.at(i)!`): JS carries undefined on and prints it "undefined"; C# carried null on and printed it as "" (a string) or
// "null" (an object, through its toString): silently different.
// `Js.Present` throws there instead, as a missing number's `.Value` and a Map's `m.get(k)!` (its indexer) do.
import { beforeAll, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { runSuite, type CaseRun, type DiffCase } from "./harness.ts";

const skip = csChecksUnavailable();
const tryIt = (stmts: string) => `try { ${stmts} } catch (e) { this.Echo("caught " + (e instanceof Error ? e.message : "?")); }`;
const cases: DiffCase[] = [
  { name: "pop", main: `const xs: string[] = []; ${tryIt(`const v = xs.pop()!; this.Echo("v" + v);`)}` },
  { name: "find, printed in a template", main: `const xs = ["a"]; ${tryIt("this.Echo(`[${xs.find((s) => s === \"b\")!}]`);")}` },
  { name: "at, passed on", top: `function shout(s: string): string { return s + "!"; }`, main: `const xs = ["a"]; ${tryIt(`this.Echo(shout(xs.at(3)!));`)}` },
  { name: "shift of a string-union array, stored in a field", top: `type Mode = "idle" | "run"; class Q { m: Mode = "idle"; }`, main: `const ms: Mode[] = []; const q = new Q(); ${tryIt(`q.m = ms.shift()!; this.Echo("m=" + q.m);`)}` },
  { name: "an object printed through its toString", top: `class P { toString(): string { return "P"; } }`, main: `const ps: P[] = []; ${tryIt(`const p = ps.pop()!; this.Echo("p" + p);`)}` },
  { name: "as string", top: `class O { t?: string; }`, main: `const o = new O(); ${tryIt(`const s = o.t as string; this.Echo("v" + s);`)}` },
  { name: "as a class", top: `class P { toString(): string { return "P"; } }`, main: `const ps: P[] = []; ${tryIt(`const p = <P>ps.pop(); this.Echo("p" + p);`)}` },
  { name: "+= through '!'", top: `class O { t?: string; }`, main: `const o = new O(); ${tryIt(`o.t! += "x"; this.Echo("t=" + o.t);`)}` },
  { name: "present: the same in both", main: `const xs = ["a", "b"]; ${tryIt(`const v = xs.pop()!; this.Echo("v" + v + xs.find((s) => s === "a")! + xs.at(-1)!);`)}` },
];
let runs: CaseRun[] = [];
beforeAll(async () => {
  runs = await runSuite("asserted-missing", cases, !skip);
});

it.skipIf(!!skip)("a missing string or object asserted with '!': JS prints undefined, the C# throws instead of printing '' or 'null'", () => {
  const out = (name: string) => runs.find((r) => r.name === name)!;
  expect(out("pop").node).toEqual([">vundefined"]);
  expect(out("find, printed in a template").node).toEqual([">[undefined]"]);
  expect(out("at, passed on").node).toEqual([">undefined!"]);
  expect(out("shift of a string-union array, stored in a field").node).toEqual([">m=undefined"]);
  expect(out("an object printed through its toString").node).toEqual([">pundefined"]);
  expect(out("as string").node).toEqual([">vundefined"]);
  expect(out("as a class").node).toEqual([">pundefined"]);
  expect(out("+= through '!'").node).toEqual([">t=undefinedx"]);
  for (const n of ["pop", "find, printed in a template", "at, passed on", "shift of a string-union array, stored in a field", "an object printed through its toString", "as string", "as a class", "+= through '!'"]) {
    expect(out(n).compileError).toBeUndefined();
    expect(out(n).cs).toEqual([">caught a value asserted present with '!' is missing (JS carries undefined on)"]);
  }
  const same = out("present: the same in both");
  expect(same.compileError).toBeUndefined();
  expect(same.cs).toEqual([">vbaa"]);
  expect(same.node).toEqual(same.cs);
});
