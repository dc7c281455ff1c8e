// Issue 15 (`full`, session 26): a bool method whose body is a constant (the failover's hooks takeDue, defer, probe on
// the lean Failover, which no class overrides) is written as its constant where it is called, and the conditions it
// stood in are folded (compiler/print/fold.ts). Run in Node and mono: the diff case "full: constant bool methods
// inlined and their conditions folded, side effects kept" (test/diff/cases/print-size.ts).
import { expect, it } from "vitest";
import { printLines } from "../../compiler/print/index.ts";

const full = (src: string[]) => printLines(src.map((text) => ({ text })), "full", new Set()).text;
const at = (level: "none" | "lite", src: string[]) => printLines(src.map((text) => ({ text })), level, new Set()).text;

const HOOKS = [
  "class Manager {",
  "  int role = 2;",
  "  int count;",
  "  void Arm() { count++; }",
  "  void Tick(int k, bool resume) {",
  "    if (role == 2 && !takeDue()) count += 10;",
  "    if (defer(resume)) return;",
  "    if (probe(k)) Arm();",
  "    Echo2(count);",
  "  }",
  "  void Echo2(int n) { role = n; }",
  "  bool takeDue() => false;",
  "  bool defer(bool resume) => false;",
  "  bool probe(int k) { return true; }",
  "}",
];

it("full: a bool method with a constant body goes, its calls are the constant, folded: `a && !false` → `a`, `if (false) s;` and `if (true)` go", () => {
  const text = full(HOOKS);
  // three members fewer: Manager keeps its two fields, Arm, Tick and Echo2
  expect(text.match(/=>(true|false|[a-z])\s*;/g) ?? []).toEqual([]);
  expect(text).not.toMatch(/\breturn;/);
  const tick = /void \w\(int (\w),bool \w\)\{([^}]*)\}/.exec(text)!;
  expect(tick, text).not.toBeNull();
  // `if (role == 2) count += 10; Arm(); Echo2(count);`
  expect(tick[2]).toMatch(/^if\(\w==2\)\w\+=10;\w\(\);\w\(\w\);$/);
  // readable levels keep the hooks as written
  for (const level of ["none", "lite"] as const) expect(at(level, HOOKS)).toContain("takeDue()");
});

it("full: the method stays where a call could do more than the constant or another member may be meant", () => {
  const keep = (src: string[]) => expect(full(src), src.join("\n")).toMatch(/=>false;/);
  // virtual (a class may override it), an argument that is a call or a property, a call through another object,
  // an overload, the name used as a delegate
  keep(["class A {", "  protected virtual bool hook() => false;", "  public int F() => hook() ? 1 : 2;", "}", "class B : A {", "  protected override bool hook() => true;", "}"]);
  keep(["class A {", "  int n;", "  int Next() => ++n;", "  bool hook(int k) => false;", "  public int F() => hook(Next()) ? 1 : n;", "}"]);
  keep(["class A {", "  int n;", "  int P { get { return ++n; } }", "  bool hook(int k) => false;", "  public int F() => hook(P) ? 1 : n;", "}"]);
  keep(["class A {", "  public bool hook() => false;", "}", "class B {", "  A a = null;", "  public int F() => a.hook() ? 1 : 2;", "}"]);
  keep(["class A {", "  bool hook() => false;", "  bool hook(int k) => true;", "  public int F() => hook() || hook(1) ? 1 : 2;", "}"]);
  keep(["class A {", "  bool hook() => false;", "  public Func<bool> F() => hook;", "}"]);
});

it("full: folding keeps what the other operand does, and skips what it skipped", () => {
  const text = full([
    "int n;",
    "int Bump() { n++; return n; }",
    "bool yes() => true;",
    "bool no() => false;",
    "public void Main(string argument, UpdateType updateSource) {",
    "  bool a = yes() || Bump() > 1, b = no() && Bump() > 1, c = no() || Bump() > 1, d = Bump() > 1 && yes();",
    "  if (no()) Echo(\"x\"); else { Echo(\"y\"); Echo(\"z\"); }",
    "  Echo(a.ToString() + b + c + d + n);",
    "}",
  ]);
  // `true || Bump() > 1` and `false && Bump() > 1` are the literals (Bump not called), the other two keep their Bump()
  expect(text).toMatch(/bool \w=true,\w=false,\w=\w\(\)>1,\w=\w\(\)>1;/);
  expect(text).toContain(';{Echo("y");Echo("z");}Echo(');
  expect(text).not.toContain('"x"');
});

it("full: `x = x || y;` is `x |= y;` and `x = x && (y);` is `x &= y;` where y only gives a value; a call, a member or a property keeps the short circuit", () => {
  const text = full([
    "class Node { public int n; }",
    "int count;",
    "int P { get { return ++count; } }",
    "bool Hit() { count++; return true; }",
    "public void Main(string argument, UpdateType updateSource) {",
    "  bool a = argument == \"\", b = count > 1, c = false, d = true, e = false, f = false;",
    "  Node q = null;",
    "  a = a || b && count < 3;",
    "  d = d && (b || count == 2);",
    "  c = c || Hit();",
    "  e = e || q.n > 0;",
    "  f = f || P > 1;",
    "  Echo(a.ToString() + b + c + d + e + f);",
    "}",
  ]);
  expect(text).toMatch(/;\w\|=\w&&\w<3;\w&=\w\|\|\w==2;/);
  // Hit() is called only when c is false, q.n read only when e is false (q is null), P only when f is false
  expect(text).toMatch(/;(\w)=\1\|\|\w\(\);(\w)=\2\|\|\w\.\w>0;(\w)=\3\|\|\w>1;/);
});

it("full: `if (a) return; if (b) return;` is `if (a || b) return;` (b still runs only when a is false); not after an else, nor with an else", () => {
  const text = full([
    "int n;",
    "bool Hit() { n++; return n > 2; }",
    "int F(int k) {",
    "  if (Hit()) return 1;",
    "  if (k > 3 ? true : false) return 1;",
    "  if (k < 0) return 2;",
    "  return 0;",
    "}",
    "void G(int k) {",
    "  if (k == 1) n = 5; else if (k == 2) return;",
    "  if (k == 3) return;",
    "  if (k == 4) return; else n = 6;",
    "}",
    "public void Main(string argument, UpdateType updateSource) { G(1); Echo((F(1) + F(5) + n).ToString()); }",
  ]);
  expect(text).toMatch(/\{if\(\w\(\)\|\|\(\w>3\?\w+:\w+\)\)return 1;if\(\w<0\)return 2;return 0;\}/);
  expect(text).toMatch(/else if\(\w==2\)return;if\(\w==3\)return;if\(\w==4\)return;else/);
});

it("full: `F((E)0)` is `F(0)` where F is the script's one method so named and that parameter an E; kept for an object parameter or an overload", () => {
  const text = full([
    "void Run(string s, UpdateType u) { Echo(s + u); }",
    "void Box(object o) { Echo(o.ToString()); }",
    "void Two(UpdateType u) { }",
    "void Two(int k) { }",
    "public void Main(string argument, UpdateType updateSource) { Run(\"x\", (UpdateType)0); Box((UpdateType)0); Two((UpdateType)0); }",
  ]);
  expect(text).toMatch(/\w\("x",0\);/);
  expect(text.match(/\(UpdateType\)0/g)?.length).toBe(2);
});

it("full (forwarders.ts): `void Info(string m) { Say(m); }` goes and its calls, plain or through this., call Say", () => {
  const text = full([
    "class Con {",
    "  public void Info(string message) {",
    "    this.Say(message);",
    "  }",
    "  public void Warn(string message) {",
    "    this.Say(\"[warn] \" + message);",
    "  }",
    "  protected void Say(string line) {",
    "    Echo(line);",
    "  }",
    "  public void Run(int k) { this.Info(\"a\" + k); Info(\"b\"); Warn(\"c\"); }",
    "}",
  ]);
  // three methods (Warn, Line, Run), Say's calls: Info's two and Warn's
  expect(text.match(/\bvoid \w+\(/g)?.length, text).toBe(3);
  const line = /void (\w+)\(string \w\)=>Echo\(\w\);/.exec(text)![1];
  expect(text).toContain(`this.${line}("a"+`);
  expect(text).toContain(`;${line}("b");`);
  // readable levels keep Info as written
  expect(at("lite", ["class Con {", "  public void Info(string message) {", "    this.Say(message);", "  }", "  void Say(string l) { Echo(l); }", "  public void R() { Info(\"b\"); }", "}"])).toContain("Info(");
});

it("full (forwarders.ts): the forwarder stays where another method could be meant or the call would convert differently", () => {
  // (every method stays: as many `void`s as written)
  const keep = (src: string[]) => expect(full(src).match(/\bvoid /g)?.length, full(src)).toBe(src.join("\n").match(/\bvoid /g)?.length);
  // the target virtual (a class may override it), overloaded, or another type's parameter; the forwarder used as a
  // delegate, called through another object, its parameter with a default; the target's name a delegate field elsewhere
  keep(["class A {", "  public void F(string m) { G(m); }", "  protected virtual void G(string m) { Echo(m); }", "  public void R() { F(\"x\"); }", "}"]);
  keep(["class A {", "  public void F(string m) { G(m); }", "  void G(string m) { Echo(m); }", "  void G(object m) { Echo(\"o\"); }", "  public void R() { F(\"x\"); }", "}"]);
  keep(["class A {", "  public void F(int m) { G(m); }", "  void G(double m) { Echo(m.ToString()); }", "  public void R() { F(3); }", "}"]);
  keep(["class A {", "  public void F(string m) { G(m); }", "  void G(string m) { Echo(m); }", "  public Action<string> R() => F;", "}"]);
  keep(["class A {", "  public void F(string m) { G(m); }", "  void G(string m) { Echo(m); }", "}", "class B {", "  A a = new A();", "  public void R() { a.F(\"x\"); }", "}"]);
  keep(["class A {", "  public void F(string m = \"\") { G(m); }", "  void G(string m) { Echo(m); }", "  public void R() { F(); }", "}"]);
  keep(["class A {", "  public void F(string m) { G(m); }", "  static void G(string m) { }", "  class N { Action<string> G = null; public void R(A a) { G(\"x\"); } }", "}"]);
  // an instance forwarder of a static method (`this.F(..)` cannot become `this.G(..)`)
  keep(["class A {", "  public void F(string m) { G(m); }", "  static void G(string m) { }", "  public void R() { this.F(\"x\"); }", "}"]);
});

it("full (fold.ts literalStrings): `\"T\" == \"\" ? \"\" : \"== \" + \"T\" + \" ==\"` is `\"== T ==\"`; a non-string branch, an escape or a member keeps the code", () => {
  const text = full([
    "string a, b, c, d, e; int n; object o = 1;",
    "public void Main(string argument, UpdateType updateSource) {",
    "  a = \"T\" == \"\" ? \"\" : \"== \" + \"T\" + \" ==\";",
    "  b = \"x\" != \"y\" ? \"p\" + argument : \"q\";",
    "  n = \"x\" == \"x\" ? 1 : 2;",
    "  c = \"a\\x41\" == \"aA\" ? \"s\" : \"t\";",
    "  d = argument + \"u\" + \"v\" + \"w\".Length;",
    "  e = \"x\" == \"y\" ? \"s\" : o.ToString();",
    "  Echo(a + b + c + d + e + n);",
    "}",
  ]);
  expect(text).toContain('="== T ==";');
  expect(text).toMatch(/="p"\+\w;/);
  // an int branch (the ?: type could change), an escape (the values are not the texts), a member of the right literal
  expect(text).toMatch(/=true\?1:2;/);
  expect(text).toMatch(/="a\\x41"=="aA"\?"s":"t";/);
  expect(text).toMatch(/=\w\+"uv"\+"w"\.Length;/);
  expect(text).toMatch(/=false\?"s":\w\.ToString\(\);/);
});
