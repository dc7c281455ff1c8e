// Issue 15 (size) in the emitter: `checked` only where int arithmetic can overflow, no constructor
// assignment of a field's default value, no `checked` inside code that is already checked.
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { printLines } from "../../compiler/print/index.ts";
import { caseSource } from "../diff/harness.ts";

function program(top: string, main = ""): string {
  const r = compile({ sources: { ".tmp/print-size/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  return r.files.find((f) => f.isProgram)!.body;
}
const method = (body: string, params = "xs: string[], n: int") => program(`function f(${params}): int { let s: int = 0; ${body} return s; }`, `this.Echo(String(f(["a"], 3)));`);

it("a loop step the condition bounds is not checked (i < n, i < xs.length, i > 0, i >= 0)", () => {
  for (const loop of ["for (let i = 0; i < n; i++) {}", "for (let i = 0; i < xs.length; i++) {}", "for (let i = n; i > 0; i--) {}", "for (let i = n; i >= 0; i -= 1) {}", "for (let i = 0; i < n && i < 9; ++i) {}"])
    expect(method(loop), loop).not.toContain("checked");
});

it("a loop step stays checked when the loop writes the variable or the bound is not an int", () => {
  for (const loop of [
    "for (let i: int = 0; i < n; i++) { i = 2147483647; }",
    "for (let i: int = 0; i < n; i++) { i++; }",
    "for (let i = 0; i <= n; i++) {}",
    "for (let i = 0; i < 1e12; i++) { if (i > 3) break; }",
    "for (let i = n; i >= -2147483648; i--) { if (i < 0) break; }",
    "for (let i: int = 0; i < n; i++) { const g = (): void => { i = 5; }; g(); }",
    "for (let i = 0; i < n; i += 2) {}",
  ])
    expect(method(loop), loop).toContain("checked");
});

it("a field initialized to its default value is not assigned in the constructor", () => {
  const body = program("class C { n: int = 0; d = 0; b = false; o: C | null = null; s = \"\"; k: int = 1; }", "const c = new C(); this.Echo(String(c.n + c.d + c.k) + c.s + String(c.b) + String(c.o === null));");
  expect(body).not.toMatch(/this\.(n|d|b|o) = /);
  expect(body).toContain('this.s = "";');
  expect(body).toContain("this.k = 1;");
});

it("a default-valued initializer stays after one that may write the field", () => {
  const body = program("class C { a: int = this.set(); b: int = 0; set(): int { this.b = 5; return 1; } }", "this.Echo(String(new C().b));");
  expect(body).toContain("this.b = 0;");
});

// Session 10: a `checked` inside checked code is the emitter's to leave out (CHECKED in
// compiler/emit/tree/syntax.ts; test/compiler/checked.test.ts), so the MDK2 files have none either;
// the printer's token pass that did it is retired and the printer keeps the keywords it is given.
it("the printer keeps a `checked` it is given (the emitter decides where one is needed)", () => {
  const out = printLines(["int F(double x) {", "checked {", "int i = checked((int)(x)) + 1;", "return i;", "}", "}"].map((text) => ({ text })), "lite").text;
  expect(out.match(/checked/g)?.length).toBe(2);
});

it("full: a parameter is renamed in its member even when a field or the API has its name; that field loses `this.`", () => {
  const src = [
    "class Holder {",
    "    public string message;",
    "    int count;",
    "    public Holder(string message, int count) { this.message = message; this.count = count + message.Length; }",
    "    public void Log(string message) { Echo2(message); }",
    "    void Echo2(string s) { }",
    "}",
    "public void Main() { var h = new Holder(\"a\", 1); h.Log(h.message); }",
  ];
  const out = printLines(src.map((text) => ({ text })), "full").text;
  // `message` is an API name (kept for the field, used as h.message); the parameters are one letter
  // (`count` is no name the emitter writes: renamed like the script's own since session 13)
  expect(out).toMatch(/public \w\(string \w,int \w\)\{message=\w;\w=\w\+\w\.Length;\}/);
  // (`Log` is the script's own name: renamed since session 17, when the runtime stopped calling .NET's Math.Log
  // (Js.Log is fdlibm's, C79), the one reason the renamer had to keep that name)
  expect(out).toMatch(/void (\w)\(string (\w)\)=>\w\(\2\);/);
  expect(out).toMatch(/\w\.\w\(\w\.message\)/);
  expect(out).not.toContain("Log");
});

it("full: a method with a `where T : struct` constraint is a method, not a struct (its parameters rename with their uses)", () => {
  const src = [
    "static class Js {",
    "    public static V? GetN<K, V>(Dictionary<K, V> map, K key) where V : struct { V v; return map.TryGetValue(key, out v) ? v : (V?)null; }",
    "}",
    'public void Main() { var m = new Dictionary<string, int>(); Echo(Js.GetN(m, "a").ToString()); }',
  ];
  const out = printLines(src.map((text) => ({ text })), "full").text;
  // (K is renamed too: a method's own type parameter, as a local)
  const m = /\(Dictionary<(\w+),V>(\w+),\1 (\w+)\)where V:struct\{V (\w+);return (\w+)\.TryGetValue\((\w+),out (\w+)\)/.exec(out);
  expect(m, out).not.toBeNull();
  const [, , map, key, v, map2, key2, v2] = m!;
  expect([map2, key2, v2]).toEqual([map, key, v]);
});

// compiler/emit/int-ranges.ts (session 13): a method whose int operations are all proven in range has no `checked`
const fn = (body: string) => program(`function f(xs: string[], n: int): int { let s: int = 0; ${body} return s; }`, `this.Echo(String(f(["a"], 3)));`);

it("no `checked` where ranges prove the int arithmetic: a guarded while step, index arithmetic of a loop counter, a length minus one", () => {
  for (const body of [
    "for (let i: int = 1; i < n; i++) s = i - 1;",
    "let j: int = 0; while (j < 8 && xs[0] !== \"x\") j++; s = 4 * j + 3;",
    "let b: int = xs.length; while (b > 0) b--; s = b - 1;",
    "let a: int = 0; let b: int = xs.length; while (a < b && n > 0) a++; while (b > a) b--; s = b - 1 - a;",
    "const m: int = xs.length; s = m - 1;",
    "const k: int = n > 0 ? 3 : -3; s = -k;",
  ])
    expect(fn(body), body).not.toContain("checked");
});

it("`checked` stays where a range is not proven: an operand of any int value, two steps a check, a write from a lambda, do-while, <= bound, a self-referencing write", () => {
  for (const body of [
    "s = n + 1;",
    "let j: int = 0; while (j < 8) { j++; j++; } s = j;",
    "let j: int = 0; const g = (): void => { j = 2147483647; }; while (j < n) { g(); j++; }",
    "let i: int = 0; do { i++; } while (i < n);",
    "for (let i: int = 0; i <= n; i++) s = i;",
    "let k: int = 0; for (let i: int = 0; i < n; i++) k = k + 1; s = k;",
    "let j: int = 0; while (j < 1e12) { j++; if (j > n) break; }",
    "let j: int = n; while (j < 8) j++; s = j - 1;",
    "s = -n;",
  ])
    expect(fn(body), body).toContain("checked");
});
