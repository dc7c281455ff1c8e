// Issue 15: `xs.shift();` / `xs.pop();` right after `xs.push(a);` (or as the one branch of an `if` right after it whose
// condition only reads) is an unguarded RemoveAt: the push left an element (compiler/emit/non-empty.ts). Anything
// between that might remove it (a call in the condition), a spread push (`push(...ys)` may add nothing) or another list
// keeps the `Count > 0` guard. The behaviour of each is checked against Node in test/diff/cases/print-size.ts
// ("shift() right after push()").
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { caseSource } from "../diff/harness.ts";

function program(top: string, main = ""): string {
  const r = compile({ sources: { ".tmp/non-empty/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.files.find((f) => f.isProgram)!.body.replace(/\s+/g, " ");
}

it("the console's bounded log: push, then shift when over the bound, with no guard", () => {
  const body = program("class L { readonly xs: string[] = []; constructor(private readonly max: int) {} add(s: string): void { this.xs.push(s); if (this.xs.length > this.max) this.xs.shift(); } }");
  expect(body).toMatch(/if \(this\.xs\.Count > this\.max\) \{? ?this\.xs\.RemoveAt\(0\);/);
  expect(body).not.toContain("Count > 0");
});

it("a local's pop right after its push, and a shift in braces, have no guard", () => {
  const body = program("function f(ys: int[]): int { ys.push(1); ys.pop(); ys.push(2, 3); if (ys.length > 1) { ys.shift(); } return ys.length; }");
  expect(body).not.toContain("Count > 0");
  expect(body).toContain("ys.RemoveAt(ys.Count - 1);");
});

it("a call in the condition, a spread push, another list, an else, or a statement between keep the guard", () => {
  const cases = [
    "function e(xs: int[]): boolean { xs.splice(0); return true; } function f(xs: int[]): void { xs.push(1); if (e(xs)) xs.shift(); }",
    "function f(xs: int[], zs: int[]): void { xs.push(...zs); xs.shift(); }",
    "function f(xs: int[], zs: int[]): void { zs.push(1); xs.shift(); }",
    "function f(xs: int[]): void { xs.push(1); if (xs.length > 2) xs.shift(); else xs.pop(); }",
    "function f(xs: int[]): void { xs.push(1); xs.splice(0); xs.shift(); }",
    "class G { xs: int[] = []; get n(): int { this.xs.splice(0); return 0; } f(): void { this.xs.push(1); if (this.xs.length > this.n) this.xs.shift(); } }",
  ];
  for (const c of cases) expect(program(c), c).toContain("Count > 0");
});
