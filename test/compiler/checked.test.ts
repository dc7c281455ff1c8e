// Declared-int arithmetic throws on overflow in C# (README, known limits) wherever it is written: method
// bodies get a `checked` block; expressions outside one (expression-bodied lambdas, field initializers,
// base-constructor arguments, top-level initializers) get `checked(...)`. Without it C# wraps silently.
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { caseSource } from "../diff/harness.ts";

function program(top: string, main = ""): string {
  const r = compile({ sources: { ".tmp/checked/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.files.find((f) => f.isProgram)!.body;
}

it("an expression-bodied lambda with int arithmetic is checked", () => {
  expect(program("", "const f = (x: int): int => x * x; this.Echo(String(f(3)));")).toContain("=> checked(x * x)");
});

it("a void expression-bodied lambda with int arithmetic is a checked block", () => {
  expect(program("function use(v: int): void {}", "const f = (x: int): void => use(x * x); f(2);")).toContain("=> { checked { use(x * x); } }");
});

it("a field initializer with int arithmetic is checked", () => {
  expect(program("class C { static readonly A: int = 3; n: int = C.A * C.A; }", "this.Echo(String(new C().n));")).toContain("this.n = checked(C.A * C.A);");
});

it("a base-constructor argument with int arithmetic is checked", () => {
  const body = program("class A { constructor(public n: int) {} } class B extends A { constructor(k: int) { super(k * k); } }", "this.Echo(String(new B(3).n));");
  expect(body).toContain(": base(checked(k * k))");
});

it("double arithmetic is not wrapped", () => {
  expect(program("", "const f = (x: number): number => x * x; this.Echo(String(f(3)));")).not.toContain("checked");
});
