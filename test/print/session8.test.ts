// Issue 14/15 size steps of session 8: the readable levels call the runtime's helpers without `Js.`
// only when no name of the script is one of theirs, keep a binary operator's space on both sides,
// make a one-call void method expression-bodied, put a short enum on one line; the emitter writes
// `var` only where the initializer has exactly the local's type, and `includes` as `Contains`.
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { printLines, type PrintLevel } from "../../compiler/print/index.ts";
import { caseSource } from "../diff/harness.ts";

const print = (src: string[], level: PrintLevel = "none") => printLines(src.map((text) => ({ text })), level).text;

const RUNTIME = [
  "static class Js {",
  "    public static string Str(int v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
  "    public static int Twice(int v) { return v * 2; }",
  "}",
];

describe("readable levels: the runtime's helpers as Program's statics", () => {
  it("called without `Js.`, kept where the class was (after the script's own members)", () => {
    const out = print(["public void Main() {", "    Echo(Js.Str(Js.Twice(2)));", "}", ...RUNTIME]);
    expect(out).toContain("Echo(Str(Twice(2)));");
    expect(out).not.toContain("Js");
    expect(out.indexOf("void Main")).toBeLessThan(out.indexOf("static string Str"));
  });

  it("kept as `Js.` when a member, local or type of the script has a helper's name", () => {
    for (const clash of ["int Twice;", "void Twice(int a) { }", "class Str { }"]) {
      const out = print(["public void Main() {", "    Echo(Js.Str(Js.Twice(2)));", "}", clash, ...RUNTIME]);
      expect(out, clash).toContain("Js.Str(Js.Twice(2))");
      expect(out, clash).toContain("static class Js");
    }
    const local = print(["public void Main() {", "    int Str = 1;", "    Echo(Js.Str(Str));", "}", ...RUNTIME]);
    expect(local).toContain("Js.Str(Str)");
  });
});

describe("readable levels: layout", () => {
  it("a binary operator keeps its space on both sides when a pass drops the token after it", () => {
    // (no pass drops parentheses since session 11: the emitter's tree prints only those precedence needs)
    const out = print(["bool F(int a, int b) {", "    g();", "    return a == 1 || (b == 2 && a > 0);", "}", ...RUNTIME]);
    expect(out).toContain("return a == 1 || (b == 2 && a > 0);");
    const shift = print(["long F(long bits) {", "    g();", "    return (int)(bits >> 52) + Js.Twice(1);", "}", ...RUNTIME]);
    expect(shift).toContain("bits >> 52");
    expect(shift).toContain("+ Twice(1)");
  });

  it("a void method whose body is one call is expression-bodied; two statements or a non-call stay in braces", () => {
    const out = print(["class C {", "    void A(string m) {", "        Log(1, m);", "    }", "    void B() {", "        x = 1;", "    }", "    void D() {", "        Log(1, \"a\");", "        Log(2, \"b\");", "    }", "}"]);
    expect(out).toContain("void A(string m) => Log(1, m);");
    expect(out).toMatch(/void B\(\) \{\n\s+x = 1;\n\s+\}/);
    expect(out).toMatch(/void D\(\) \{\n/);
  });

  it("a short enum sits on one line; a long one keeps a member per line", () => {
    const short = print(["enum Level {", "    Debug = 0,", "    Info = 1", "}"]);
    // (session 19: the values C# gives anyway go at none too; others stay)
    expect(short).toBe("enum Level { Debug, Info }");
    expect(print(["enum Level {", "    Debug = 1,", "    Info = 0", "}"])).toBe("enum Level { Debug = 1, Info = 0 }");
    const long = print(["enum Long {", ...Array.from({ length: 12 }, (_, i) => `    Member${i} = ${i},`), "    Last = 12", "}"]);
    expect(long.split("\n").length).toBeGreaterThan(10);
  });
});

describe("emitter", () => {
  const program = (top: string, main: string) => {
    const r = compile({ sources: { ".tmp/print-s8/case.ts": caseSource({ name: "c", top, main }) }, cwd: process.cwd() });
    expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
    return r.files.find((f) => f.isProgram)!.body;
  };

  it("`var` for a local whose initializer has its type exactly; never a number, null or a lambda", () => {
    const body = program(
      "class Peer { n = 1; } function make(): Peer { return new Peer(); }",
      "const q = make(); const s = `x${q.n}`; let t: string | null = null; const f = (): number => 2; let n = 0; const d = 1.5; t = s; n += f() + d; this.Echo(`${t}${n}${q.n}`);",
    );
    expect(body).toMatch(/var q = make\(\);/);
    expect(body).toMatch(/var s = /);
    expect(body).toMatch(/string t = null;/);
    expect(body).toMatch(/Func<double> f = /);
    expect(body).toMatch(/double n = 0\.0;/);
    expect(body).toMatch(/double d = 1\.5;/);
  });

  it("`${n}` of a number is its text; `${s}` of a string stays a concatenation; includes is Contains", () => {
    const body = program("", 'const n = 3; const s = "a"; const a = `${n}`; const b = `${s}`; this.Echo(a + b + String("abc".includes(s)));');
    expect(body).toMatch(/var a = Js\.Str\(\w+\);/);
    expect(body).toMatch(/var b = "" \+ /);
    expect(body).toContain('"abc".Contains(s)');
  });
});
