// compiler/emit/int-ranges.ts: a method left without `checked` must never compute an int outside int's
// range. Generated loops near int's limits; the oracle runs each loop in plain JS numbers and records
// whether any int expression of it left the range (the C# would then have wrapped silently).
import { expect, it } from "vitest";
import fc from "fast-check";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { caseSource } from "../diff/harness.ts";

const MIN = -2147483648;
const MAX = 2147483647;
const out = (v: number) => v < MIN || v > MAX;

interface Loop {
  /** the TS body of `f(): int` (after `let s: int = 0;`) */
  ts: string;
  /** true when some int expression of it leaves int's range in JS */
  overflows: () => boolean;
}

// `while (i < b) { s = i + c; i++; }`, the same counting down, and a `for` with `<=` and a product
const loops = (a: number, d: number, c: number, k: number): Loop[] => {
  const b = Math.max(MIN, Math.min(MAX, a + d));
  return [
    {
      ts: `let i: int = ${a}; while (i < ${b}) { s = i + ${c}; i++; }`,
      overflows: () => {
        for (let i = a; i < b; i++) if (out(i + c) || out(i + 1)) return true;
        return false;
      },
    },
    {
      ts: `let i: int = ${b}; while (i > ${a}) { s = i - ${c}; i--; }`,
      overflows: () => {
        for (let i = b; i > a; i--) if (out(i - c) || out(i - 1)) return true;
        return false;
      },
    },
    {
      ts: `for (let i: int = ${a}; i <= ${b}; i++) s = i * ${k};`,
      overflows: () => {
        for (let i = a; i <= b; i++) if (out(i * k) || out(i + 1)) return true;
        return false;
      },
    },
  ];
};

const edge = fc.constantFrom(MIN, MIN + 1, MIN + 7, -40, -1, 0, 1, 40, MAX - 40, MAX - 7, MAX - 1, MAX);
const small = fc.integer({ min: -8, max: 8 });

it("a loop printed without `checked` never leaves int's range in JS (generated near the limits)", () => {
  const seen = { unchecked: 0, checked: 0 };
  fc.assert(
    fc.property(edge, fc.integer({ min: -3, max: 40 }), fc.oneof(small, edge), fc.integer({ min: -3, max: 3 }), (a, d, c, k) => {
      const ls = loops(a, d, c, k);
      const body = ls.map((l, j) => `function f${j}(): int { let s: int = 0; ${l.ts} return s; }`).join("\n");
      const r = compile({ sources: { ".tmp/print-int-ranges/case.ts": caseSource({ name: "c", top: body, main: `this.Echo(String(f0() + f1() + f2()));` }) }, cwd: process.cwd() });
      expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
      const cs = r.files.find((f) => f.isProgram)!.body;
      ls.forEach((l, j) => {
        const m = new RegExp(`int f${j}\\(\\)\\s*\\{([^]*?)\\n\\}\\n`).exec(`${cs}\n`);
        expect(m, cs).not.toBeNull();
        const unchecked = !m![1].includes("checked");
        seen[unchecked ? "unchecked" : "checked"]++;
        if (unchecked) expect(l.overflows(), `${l.ts}\n${m![0]}`).toBe(false);
      });
    }),
    { numRuns: 40, seed: 20261202 },
  );
  // both outcomes occur, so the property is not vacuous
  expect(seen.unchecked).toBeGreaterThan(0);
  expect(seen.checked).toBeGreaterThan(0);
});
