// Fix hints are true: applying the hint of a diagnostic gives a program that compiles.
// Browser and Node names the game does not have: TypeScript reports most of them as unknown
// (TS2304), whose hint "Declare it, or import it from 'pbts/se'" would be false for them. They get
// the diagnostic that says what to do instead: PBTS1016 (use the in-game API) or, for timers,
// PBTS1008 (spread work over runs).
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function check(statement: string, top = ""): string[] {
  const source = [
    `import { MyGridProgram, UpdateType, int, toInt, toFloat } from "pbts/se";`,
    top,
    `export class Program extends MyGridProgram {`,
    `  Main(argument: string, updateSource: UpdateType): void {`,
    `    ${statement}`,
    `  }`,
    `}`,
  ].join("\n");
  const r = compile({ sources: { [join(ROOT, ".tmp/host-globals/p.ts")]: source }, cwd: ROOT });
  return r.diagnostics.map((d) => `${d.line},${d.col} ${d.code}: ${d.message}`);
}

it("setTimeout and the other timers: PBTS1008, not TS2304's 'import it from pbts/se'", () => {
  expect(check(`setTimeout(() => this.Echo("later"), 1000);`)).toEqual([
    "5,5 PBTS1008: 'setTimeout' is not supported: scripts run synchronously inside one game tick. Spread work over runs with a generator (function*) stepped by next() each run, or keep state in fields.",
  ]);
  expect(check(`const t = setInterval;`)[0]).toMatch(/^5,15 PBTS1008: 'setInterval' is not supported/);
});

it("window, document, fetch: PBTS1016 like console and require", () => {
  for (const name of ["window", "document", "fetch"]) {
    expect(check(`const x = ${name};`)).toEqual([
      `5,15 PBTS1016: '${name}' is not available in Space Engineers scripts. Use the in-game API from 'pbts/se' (Echo instead of console, MyIni for parsing).`,
    ]);
  }
});

it("other unknown names keep TS2304 and its hint", () => {
  expect(check(`const x = nope;`)).toEqual([
    "5,15 PBTS0001: TS2304: Cannot find name 'nope'. Declare it, or import it from 'pbts/se' (the in-game API).",
  ]);
});

it("map.get on a Map of numbers compiles stored (number | undefined), defaulted and with !", () => {
  expect(check(`const m = new Map<string, number>(); const v = m.get("a"); if (v !== undefined) this.Echo(String(v + 1));`)).toEqual([]);
  expect(check(`const m = new Map<string, number>(); const v = (m.get("a") ?? 0) + 1; if (m.has("a")) this.Echo(String(m.get("a")! + v));`)).toEqual([]);
});

/** [what the hint says to do, the rejected code, the code with the hint applied] */
const HINTS: [string, string, string, string, string][] = [
  ["PBTS1013", "Give it a default value", `function f(x?: number | null): number { return x ?? 1; }`, `function f(x: number | null = 1): number { return x ?? 1; }`, `this.Echo(String(f()));`],
  ["PBTS1013", "or make it an optional parameter ... of a type without null", `function f(x?: number | null): number { return x ?? 1; }`, `function f(x?: number): number { return x ?? 1; }`, `this.Echo(String(f()));`],
  ["PBTS1014", "Use a literal ... and compute the value in the body", `function f(x: number = Math.PI * 2): number { return x; }`, `function f(x: number = -1): number { return x === -1 ? Math.PI * 2 : x; }`, `this.Echo(String(f()));`],
  ["PBTS1044", "Use one signature with default parameters", `function f(a: number): number; function f(a: number, b: number): number; function f(a: number, b: number = 0): number { return a + b; }`, `function f(a: number, b: number = 0): number { return a + b; }`, `this.Echo(String(f(1)));`],
];
const MAIN_HINTS: [string, string, string, string][] = [
  ["PBTS1047", "convert with toInt(...)", `const s = "abc"; const i = toFloat(1); this.Echo(s[i]);`, `const s = "abc"; const i = toFloat(1); this.Echo(s[toInt(i)]);`],
  ["PBTS1018", "Declare the operands 'int' (from 'pbts/se')", `const a = 5.5 * 1; this.Echo(String(a & 3));`, `const a: int = 5; const b: int = 3; this.Echo(String(a & b));`],
  ["PBTS1009", "Use 'T | undefined' or 'T | null' (not both)", `let s: string | null | undefined = undefined; this.Echo(s ?? "n");`, `let s: string | undefined = undefined; this.Echo(s ?? "n");`],
  ["PBTS1052", "Write '== null'", `const m = new Map<string, string>(); if (m.get("a") === null) this.Echo("n");`, `const m = new Map<string, string>(); if (m.get("a") == null) this.Echo("n");`],
  ["PBTS1011", "Compare explicitly, e.g. 'x !== null'", `const o: unknown = 0; if (o) this.Echo("y");`, `const o: unknown = 0; if (o !== null) this.Echo("y");`],
  ["PBTS1012", "Put the left operand in a const first", `const c = " a ".trim() && "d".repeat(2); this.Echo(c);`, `const w = " a ".trim(); const c = w && "d".repeat(2); this.Echo(c);`],
];

describe("the hint, applied, compiles", () => {
  for (const [code, hint, bad, good, main] of HINTS) {
    it(`${code}: ${hint}`, () => {
      expect(check(main, bad).map((d) => d.split(" ")[1])).toContain(`${code}:`);
      expect(check(main, good)).toEqual([]);
    });
  }
  for (const [code, hint, bad, good] of MAIN_HINTS) {
    it(`${code}: ${hint}`, () => {
      expect(check(bad).map((d) => d.split(" ")[1])).toContain(`${code}:`);
      expect(check(good)).toEqual([]);
    });
  }
});
