// Session 28 review of `full`'s forwarders.ts and fold.ts literalStrings (the diff cases: test/diff/cases/adversary-round28.ts).
import { expect, it } from "vitest";
import { printLines } from "../../compiler/print/index.ts";

const full = (src: string[]) => printLines(src.map((text) => ({ text })), "full", new Set()).text;

it("(C199) a string ?: on a constant keeps its code where a branch holds a generic's `,` (the true branch stayed with the rest of the other)", () => {
  const text = full([
    "static string Pick<A, B>(A a, B b) { return \"p\"; }",
    "string s, r;",
    "public void Main(string argument, UpdateType updateSource) {",
    "  s = \"\" == \"\" ? \"a\" : \"b\" + Pick<string, int>(\"c\", 2);",
    "  r = \"x\" == \"\" ? \"a\" + Pick<int, string>(1, \"c\") : \"b\";",
    "  Echo(s + r);",
    "}",
  ]);
  expect(text).not.toMatch(/="a",int>/);
  expect(text).toMatch(/=true\?"a":"b"\+\w+<string,int>\("c",2\);/);
  expect(text).toMatch(/=false\?"a"\+\w+<int,string>\(1,"c"\):"b";/);
  // (no `<`: folded as before)
  expect(full(["string s;", "void M(int k) { s = \"\" == \"\" ? \"a\" + k : \"b\"; }"])).toMatch(/="a"\+\w;/);
});

it("(C200) a forwarder stays where a subclass calls it and its target is private (the call would be CS0122)", () => {
  const src = (mod: string) => [
    "class A {",
    "  public string o = \"\";",
    "  protected void Info(string m) { Say(m); }",
    `  ${mod}void Say(string m) { o += m; }`,
    "  public void Own() { Info(\"o\"); }",
    "}",
    "class B : A {",
    "  public void Run() { Info(\"x\"); }",
    "}",
  ];
  // Info stays (three methods in A, Run in B), B calls it
  const priv = full(src(""));
  expect(priv.match(/\bvoid /g)?.length, priv).toBe(4);
  const info = /protected void (\w+)\(string \w\)=>\w+\(\w\);/.exec(priv)?.[1];
  expect(priv).toMatch(new RegExp(`class B:A\\{\\s*void \\w+\\(\\)=>${info}\\("x"\\);`));
  // a protected or public target: Info goes, B calls Line
  for (const mod of ["protected ", "public "]) expect(full(src(mod)).match(/\bvoid /g)?.length, full(src(mod))).toBe(3);
  // a private target called only in its own class: Info goes
  const own = full(["class A {", "  public string o = \"\";", "  public void Info(string m) { Say(m); }", "  void Say(string m) { o += m; }", "  public void Own() { Info(\"o\"); }", "}"]);
  expect(own.match(/\bvoid /g)?.length, own).toBe(2);
  // ... or in a type nested in its own (C# lets a nested type call its outer type's private methods)
  const nested = full(["class A {", "  public static string o = \"\";", "  public static void Info(string m) { Say(m); }", "  static void Say(string m) { o += m; }", "  class N { public void R() { Info(\"x\"); } }", "}"]);
  expect(nested.match(/\bvoid /g)?.length, nested).toBe(2);
});
