// compiler/print: tokens never join, parentheses stay as the emitter's tree printed them,
// `this.` stays where a local shadows the member, `full` renames only the script's own names.
import { describe, expect, it } from "vitest";
import { lex, needsSpace } from "../../compiler/print/lexer.ts";
import { printLines, type PrintLevel } from "../../compiler/print/index.ts";

const body = (code: string, level: PrintLevel = "lite") => printLines(code.split("\n").map((text) => ({ text })), level).text;
// (two statements: a body of one `return` would print as `=> e;`)
const expr = (e: string, level: PrintLevel = "lite") => body(`int f() {\ng();\nreturn ${e};\n}`, level).split("\n")[2];

describe("lexer and spacing", () => {
  it("reads C# tokens: verbatim strings, escapes, chars, comments, numbers", () => {
    const t = lex(`x = @"a""b" + "c\\"d" + 'e' + 1.5e-3 + 0xFF; // done\n/* b */ y--;`);
    expect(t.map((x) => x.t)).toEqual(["x", "=", '@"a""b"', "+", '"c\\"d"', "+", "'e'", "+", "1.5e-3", "+", "0xFF", ";", "// done", "/* b */", "y", "--", ";"]);
  });
  it("never prints two tokens that read back as others", () => {
    const pairs: [string, string][] = [["-", "-"], ["+", "+"], ["-", "--"], ["+", "++"], ["/", "/"], ["/", "*"], ["&", "&"], ["|", "|"], ["<", "<"], ["=", "="], ["!", "="], ["x", "y"], ["1", "L"], ["=", ">"], ["?", "?"], ["?", "."]];
    for (const [a, b] of pairs) {
      const [ta, tb] = lex(`${a} ${b}`);
      expect(needsSpace(ta, tb), `${a} ${b}`).toBe(true);
    }
    expect(needsSpace(lex("x")[0], lex("(")[0])).toBe(false);
    expect(expr("- -5")).toBe("return- -5;");
    expect(expr("a - -b")).toBe("return a- -b;");
    expect(expr("a + +b")).toBe("return a+ +b;");
  });
});

describe("parentheses", () => {
  // session 11: the token pass that dropped parentheses (dropParens) is retired: the emitter's tree
  // prints exactly those precedence needs (test/print/tree.test.ts), so the printer keeps every one
  // it is given, at every level (the member is Main: a method the script declares is renamed at full)
  const cases = ["(a * b) + c", "a * (b + c)", "(x) - y", "((a))", "f((a < b), (c > d))", "(a ? b : c) ? d : e", "(a + b).ToString()"];
  for (const src of cases)
    it(`${src} is printed as given`, () => {
      for (const level of ["none", "lite", "full"] as PrintLevel[]) {
        const toks = (c: string) => lex(c).map((t) => t.t).join(" ");
        expect(toks(body(`int Main() {\ng();\nreturn ${src};\n}`, level))).toContain(toks(`return ${src};`));
      }
    });
});

describe("this.", () => {
  it("drops this. unless a parameter, local or lambda parameter of the member has the name", () => {
    const out = body(["class A {", "int x; int y; int z;", "void F(int x) {", "this.x = x; this.y = 1;", "Action<int> g = (z) => { this.z = z; };", "}", "}"].join("\n"));
    expect(out).toContain("this.x=x;y=1;");
    expect(out).toContain("this.z=z;");
  });

  it("drops this. before the member's own name where it is declared (session 14: `this.Sweep()` in Sweep); a local of that name keeps it", () => {
    const out = body(["class A {", "int n; bool More => n < 3;", "void Sweep() {", "n++;", "if (this.More) this.Sweep();", "}", "void Twice() {", "int Twice = 2;", "n += Twice; this.Twice();", "}", "}"].join("\n"));
    expect(out).toContain("if(More)Sweep();");
    expect(out).toContain("this.Twice();");
  });

  it("drops this. before a field named like its own type (session 16: `this.Mode = on ? Mode.On : Mode.Off`: the plain `Mode.` is a member access, no local); a local or lambda parameter used as `x.` keeps it, so does this.value in a setter", () => {
    const out = body(["enum Mode { Off, On }", "class A {", "Mode Mode; int n;", "void Set(bool on) {", "this.Mode = on ? Mode.On : Mode.Off;", "Echo(this.Mode.ToString());", "}", "void Local() {", "var n = new List<int>();", "this.n = n.Count;", "}", "void Lambda() {", "Func<string, int> f = n => n.Length;", "this.n = f(\"ab\");", "}", "}"].join("\n"));
    expect(out).toContain("\nMode=on?Mode.On:Mode.Off;\nEcho(Mode.ToString());");
    expect(out).toContain("this.n=n.Count;");
    expect(out).toContain("this.n=f(");
    const setter = body(["class B {", "string value; int n;", "string V { set { this.value = value.Trim(); n = value.Length; } }", "}"].join("\n"));
    expect(setter).toContain("this.value=value.Trim();");
  });
});

describe("readable layout (none)", () => {
  it("K&R braces, two spaces a level, `} else`, a body that is a checked block folds", () => {
    const out = body(["void F() {", "    checked", "    {", "        if (a)", "        {", "            b();", "            d();", "        }", "        else", "        {", "            c();", "            d();", "        }", "    }", "}"].join("\n").replace("void F() {", "void F()\n{"), "none");
    expect(out).toBe(["void F() { checked {", "  if (a) {", "    b();", "    d();", "  } else {", "    c();", "    d();", "  }", "}}"].join("\n"));
  });
  it("a body of one simple statement loses its braces and sits on its head's line; blank lines stay where they were", () => {
    const src = ["void F() {", "    if (a)", "    {", "        return;", "    }", "    else", "    {", "        b();", "    }", "", "    while (c)", "    {", "        c--;", "    }", "    if (d)", "    {", "        int x = 1;", "    }", "}"];
    expect(body(src.join("\n"), "none")).toBe(["void F() {", "  if (a) return;", "  else b();", "", "  while (c) c--;", "  if (d) {", "    int x = 1;", "  }", "}"].join("\n"));
    expect(body(src.join("\n"), "lite")).toBe(["void F(){", "if(a)return;", "else b();", "while(c)c--;", "if(d){", "int x=1;", "}", "}"].join("\n"));
  });
  it("a loop's block of one `if` with no `else` after the block loses its braces (session 19, `full`'s pass); an `if` whose block an `else` follows keeps them", () => {
    const src = ["void F() {", "    foreach (var q in l)", "    {", "        if (q.A) n++;", "    }", "    if (a)", "    {", "        if (b) c();", "    }", "    else d();", "}"];
    expect(body(src.join("\n"), "none")).toBe(["void F() {", "  foreach (var q in l) if (q.A) n++;", "  if (a) {", "    if (b) c();", "  } else d();", "}"].join("\n"));
  });
  it("a block of one loop whose body is one simple statement loses its braces (session 21: `if (c) for (..) s;`); a loop whose body is an `if`, a block or a declaration keeps them", () => {
    const src = ["void F() {", "    if (a)", "    {", "        for (int i = 0; c == 0 && i < n; i++) c = g(i);", "    }", "    else", "    {", "        while (b) b--;", "    }",
      "    if (d)", "    {", "        for (int w = 0; w < 3; w++) if (e(w)) v = w;", "    }", "    else if (f) g(1);", "    foreach (var q in l)", "    {", "        foreach (var r in q) n++;", "    }",
      "    if (h)", "    {", "        for (;;)", "        {", "            n++;", "            break;", "        }", "    }", "}"];
    expect(body(src.join("\n"), "none")).toBe(["void F() {", "  if (a) for (int i = 0; c == 0 && i < n; i++) c = g(i);", "  else while (b) b--;",
      "  if (d) {", "    for (int w = 0; w < 3; w++) if (e(w)) v = w;", "  } else if (f) g(1);", "  foreach (var q in l) foreach (var r in q) n++;",
      "  if (h) {", "    for (;;) {", "      n++;", "      break;", "    }", "  }", "}"].join("\n"));
  });
});

describe("readable layout (none): blank lines", () => {
  it("a blank line between two one-line members goes (session 24); one beside a member of several lines, a comment or a class stays", () => {
    const src = ["const int A = 1;", "", "static string[] T = { \"a\", \"b\" };", "", "enum E { X, Y }", "", "static int F(int a) => a + A;", "",
      "static int G(int a) {", "    a++;", "    return a * 2 + F(a);", "}", "", "static int H(int a) => a;", "", "// why", "static int K(int a) => a;", "", "class C {", "    int n;", "", "    int Get() => n;", "}"];
    expect(body(src.join("\n"), "none")).toBe(["const int A = 1;", "static string[] T = { \"a\", \"b\" };", "enum E { X, Y }", "static int F(int a) => a + A;", "",
      "static int G(int a) {", "  a++;", "  return a * 2 + F(a);", "}", "", "static int H(int a) => a;", "", "// why", "static int K(int a) => a;", "", "class C {", "  int n;", "  int Get() => n;", "}"].join("\n"));
  });
});

describe("full", () => {
  it("renames the script's names, keeps Program, Main, Save, the API's and .NET's", () => {
    const src = [
      "public Program() {",
      "    Runtime.UpdateFrequency = UpdateFrequency.Update100;",
      "}",
      "public void Main(string argument, UpdateType updateSource) {",
      "    int counterValue = helperMethod(argument.Length);",
      "    Echo(Js.Str(counterValue));",
      "}",
      "public void Save() { Storage = \"\"; }",
      "private int helperMethod(int longParameter) { if (longParameter > 0) { return longParameter; } return 0; }",
      "static class Js {",
      "    public static string Str(int v) { return v.ToString(); }",
      "}",
    ].join("\n");
    const r = printLines(src.split("\n").map((text) => ({ text })), "full");
    for (const kept of ["Program", "Main", "Save", "Runtime", "UpdateFrequency", "Update100", "Echo", "Storage", "Length", "ToString", "UpdateType"]) expect(r.text).toMatch(new RegExp(`\\b${kept}\\b`));
    for (const gone of ["counterValue", "helperMethod", "longParameter", "argument", "Js", "private"]) expect(r.text).not.toMatch(new RegExp(`\\b${gone}\\b`));
    expect(Object.values(r.names ?? {})).toEqual(expect.arrayContaining(["helperMethod", "Js", "Str"]));
    // locals and parameters are renamed member by member: the map names them line by line
    const onLines = (r.renamed ?? []).flatMap((n) => Object.values(n ?? {}));
    expect(onLines).toEqual(expect.arrayContaining(["counterValue", "longParameter", "argument", "helperMethod"]));
    expect(r.text).toMatch(/if\(\w+>0\)return \w+;return 0;/);
  });
});

describe("full: names an API member has (session 12)", () => {
  it("a made-up name may be a name only an API member has (`f`, `X`); a field so named is not renamed again as a local", () => {
    const fields = ["listener", "pongs", "third", "fourth", "fifth", "sixth", "seventh"];
    const src = [
      "IMyBroadcastListener listener;",
      ...fields.slice(1).map((f) => `int ${f};`),
      'public Program() { listener = IGC.RegisterBroadcastListener("ping"); }',
      `public void Main(string argument) { while (listener.HasPendingMessage) { listener.AcceptMessage(); ${fields.slice(1).map((f) => `${f}++;`).join(" ")} } Echo(${fields.slice(1).map((f) => `Js.Str(${f})`).join(" + ")}); }`,
      "static class Js { public static string Str(long v) { return v.ToString(); } }",
    ];
    const t = printLines(src.map((text) => ({ text })), "full").text;
    const decl = /IMyBroadcastListener (\w+);int ([\w,]+);/.exec(t);
    expect(decl).not.toBeNull();
    const names = [decl![1], ...decl![2].split(",")];
    expect(new Set(names).size).toBe(fields.length);
    // `f` (an API member's name, unused by this script) is one of them: one letter, not two
    expect(names).toContain("f");
    expect(names.every((n) => n.length === 1)).toBe(true);
    // every field's increment names a declared field
    for (const m of t.matchAll(/(\w+)\+\+/g)) expect(names).toContain(m[1]);
  });
});

describe("printer notes (session 12)", () => {
  it("a nested class's only constructor, left empty by the field initializers, goes (C# writes it); one with a base call or a second one stays", () => {
    const src = ["class P {", "    public double Id;", "    public double Rank;", "    public P() {", "        this.Id = 5.0;", "        this.Rank = -1.0;", "    }", "}", "public void Main(string argument) {", "    P p = new P();", "    Echo(p.Id.ToString() + p.Rank);", "}"];
    const none = body(src.join("\n"), "none");
    expect(none).not.toContain("P() {");
    // no blank line where it was
    // (a whole double initializer is written as an int: wholeDoubleArgs)
    expect(none).toMatch(/= -1;\n}\npublic void Main/);
    expect(body(src.join("\n"), "full")).not.toMatch(/P\(\)\{\}/);
    const keep = (s: string[]) => expect(body(s.join("\n"), "none")).toMatch(/P\(\) (: base\(1\) )?\{\s*\}/);
    keep(["class B { public B(int x) { } }", "class P : B {", "    public P() : base(1) { }", "}"]);
    keep(["class P {", "    public P() { }", "    public P(int x) { }", "}"]);
  });

  it("a runtime helper first in a `for` condition keeps the blank after `;` once `Js.` goes (none)", () => {
    const src = ["int F(string s) {", "    int v = 0;", "    for (int i = 0; Js.CharCodeAt(s, i) >= 48; i++) v++;", "    return v;", "}", "static class Js { public static double CharCodeAt(string s, double i) { return i < s.Length ? s[(int)i] : 0; } }"];
    expect(body(src.join("\n"), "none")).toContain("for (int i = 0; CharCodeAt(s, i) >= 48; i++) v++;");
    expect(body(src.join("\n"), "lite")).toContain("for(int i=0;CharCodeAt(s,i)>=48;i++)v++;");
  });
});

describe("expression-bodied members (C# 6)", () => {
  it("a method or get-only property that only returns is written with =>, a checked body that only returns as `=> checked(e);` (every level since session 17); constructors and two statements keep their braces", () => {
    const src = ["class A {", "int x;", "public A(int x) {", "this.x = x;", "}", "int F(int y) {", "return x + y;", "}", "int G {", "get {", "return x;", "}", "}", "int H() {", "int z = 1;", "return z;", "}", "int K() { checked {", "return x * 2;", "}}", "Func<int> L() {", "return () => { return 1; };", "}", "}"];
    const none = printLines(src.map((text) => ({ text })), "none").text;
    for (const want of ["  public A(int x) {\n    this.x = x;\n  }", "  int F(int y) => x + y;", "  int G => x;", "  int H() {\n    int z = 1;\n    return z;\n  }", "  int K() => checked(x * 2);", "  Func<int> L() => () => { return 1; };"]) expect(none).toContain(want);
    expect(printLines(src.map((text) => ({ text })), "lite").text).toContain("int G=>x;");
    expect(printLines(src.map((text) => ({ text })), "lite").text).toContain("int K()=>checked(x*2);");
  });

  it("full (session 14): a checked body that only returns is `=> checked(e);`; one with two statements keeps its braces", () => {
    const src = ["class A {", "int x;", "int K() { checked {", "return x * 2;", "}}", "int M() { checked {", "int y = x * 3;", "return y + 1;", "}}", "}"];
    const full = printLines(src.map((text) => ({ text })), "full").text;
    expect(full).toMatch(/int \w+\(\)=>checked\(\w+\*2\);/);
    expect(full).toMatch(/int \w+\(\)\{checked\{int \w+=\w+\*3;return \w+\+1;\}\}/);
  });
});

describe("one-character needles", () => {
  it("s.IndexOf(\"c\", StringComparison.Ordinal) → s.IndexOf('c') (ordinal either way); longer needles and quotes stay", () => {
    const out = body(["int F(string s) {", 'g();', 'return s.IndexOf(";", StringComparison.Ordinal) + s.LastIndexOf("\\n", StringComparison.Ordinal) + s.IndexOf("ab", StringComparison.Ordinal) + s.IndexOf("\'", StringComparison.Ordinal);', "}"].join("\n"), "none");
    expect(out).toContain("s.IndexOf(';') + s.LastIndexOf('\\n') + s.IndexOf(\"ab\", StringComparison.Ordinal) + s.IndexOf(\"'\", StringComparison.Ordinal)");
  });
});

describe("field initializers", () => {
  const print = (src: string[], level: PrintLevel = "none") => printLines(src.map((text) => ({ text })), level).text;
  it("a constructor's leading assignments of literals and new List<T>() become the fields' initializers (C# runs them just before the body)", () => {
    const out = print(["class A {", "int x;", "string s;", "List<int> l;", "readonly int p;", "B b;", "public A(int p) {", "this.p = p;", "b = new B(p);", "x = 1;", "s = \"\";", "l = new List<int>();", "F();", "x = 2;", "}", "void F() { x++; }", "}", "class B { public B(int q) { } }"]);
    expect(out).toContain('  int x = 1;\n  string s = "";\n  List<int> l = new List<int>();');
    expect(out).toContain("  public A(int p) {\n    this.p = p;\n    b = new B(p);\n    F();\n    x = 2;\n  }");
  });
  it("stays in the constructor: past `this`, a lambda or a call of the object's own methods, a field named before, a base class, two constructors", () => {
    const keep = (src: string[], stmt: string) => expect(print(src)).toContain(stmt);
    keep(["class A {", "int x;", "int y;", "public A() {", "G(this);", "x = 1;", "}", "static void G(A a) { }", "}"], "    x = 1;");
    keep(["class A {", "int x;", "int y;", "public A() {", "y = F();", "x = 1;", "}", "int F() { return x; }", "}"], "    x = 1;");
    keep(["class A {", "int x;", "Func<int> f;", "public A() {", "f = () => x;", "x = 1;", "}", "}"], "    x = 1;");
    keep(["class A {", "int x;", "int y;", "public A() {", "y = Math.Abs(x);", "x = 1;", "}", "}"], "    x = 1;");
    keep(["class A : B {", "int x;", "public A() {", "x = 1;", "}", "}", "class B { }"], "    x = 1;");
    keep(["class A {", "int x;", "public A() {", "x = 1;", "}", "public A(int y) {", "x = y;", "}", "}"], "    x = 1;");
  });
  it("a constructor body in a checked block (it does int arithmetic) gives its leading assignments too (fo-f92 saw +340 at none without)", () => {
    const out = print(["class A {", "int x;", "string s;", "int n;", "public A(int p) { checked {", "x = 1;", 's = "";', "n = p + 1;", "x = 2;", "}}", "}"]);
    expect(out).toMatch(/ int x = 1\b/);
    expect(out).toMatch(/ string s = "";/);
    expect(out).toContain("  public A(int p) { checked {\n    n = p + 1;\n    x = 2;\n  }}");
  });
});

describe("session 9 (fo-lean)", () => {
  it("a braceless body whose first token was the runtime class (`if (c) Js.Shift(l);`) stays on its head's line once `Js.` goes", () => {
    const src = ["void F(List<string> l) {", "    if (l.Count > 3)", "    {", "        Js.Shift(l);", "    }", "    l.Add(\"x\");", "}", "static class Js {", "    public static T Shift<T>(List<T> list) { T v = list[0]; list.RemoveAt(0); return v; }", "}"];
    const none = body(src.join("\n"), "none");
    expect(none).toContain("  if (l.Count > 3) Shift(l);\n  l.Add(\"x\");");
    expect(body(src.join("\n"), "lite")).toContain("if(l.Count>3)Shift(l);\n");
  });

  it("a List<T> field read only by index is an array with an initializer; one read otherwise (Count, an argument) keeps the list", () => {
    const src = [
      "static List<string> NAMES = new List<string> { \"a\", \"b\" };",
      "static List<int> KT = new List<int> { 1, -2, 3 };",
      "static List<string> OTHER = new List<string> { \"c\" };",
      "List<List<int>> NESTED = new List<List<int>> { new List<int> { 1 } };",
      "public void Main(string argument) {",
      "    Echo(NAMES[1] + KT[2] + OTHER.Count + NESTED[0].Count);",
      "    KT[0] = 4;",
      "}",
    ];
    const none = body(src.join("\n"), "none");
    expect(none).toContain('static string[] NAMES = { "a", "b" };');
    expect(none).toContain("static int[] KT = { 1, -2, 3 };");
    expect(none).toContain('static List<string> OTHER = new List<string> { "c" };');
    expect(none).toContain("List<int>[] NESTED = { new List<int> { 1 } };");
    expect(body(src.join("\n"), "full")).toMatch(/static string\[\]\w+=\{"a","b"\};/);
  });
});

describe("public of a nested class's member named like an API member", () => {
  // only a type with a base list, or one a type of the script derives from, can implement an API interface's
  // member: elsewhere such a member loses `public` as any other only its class uses (MainConsole's Status, Lines)
  const src = (head: string, tail = "") => ["class C" + head + " {", 'public string Status = "";', "public void Set(string s) { Status = s; }", "}", tail, 'void M() { new C().Set("a"); }'].join("\n");
  it("loses it in a class with no base list that nothing derives from", () => {
    const out = body(src(""), "none");
    expect(out).toContain('  string Status = "";');
    expect(out).toContain("  public void Set(");
  });
  it("keeps it in a class with a base list, and in one a class of the script derives from", () => {
    expect(body(src(" : IMyTextSurface"), "none")).toContain('  public string Status = "";');
    expect(body(src("", "class D : C, IMyTextSurface { }"), "none")).toContain('  public string Status = "";');
  });
});

describe("a lambda's parameter types", () => {
  it("go where the lambda is assigned or initializes (the target's delegate type gives them), at every level", () => {
    const src = ["Action<int> a;", "void F() {", "a = (int n) => Echo(n.ToString());", "Func<List<int>, string, int> g = (List<int> l, string s) => l.Count + s.Length;", "Echo(g(null, \"\").ToString());", "}"].join("\n");
    for (const level of ["none", "lite", "full"] as PrintLevel[]) {
      const out = body(src, level);
      expect(out, level).not.toMatch(/\(int n\)|List<int> l,/);
    }
    expect(body(src, "none")).toContain("a = n => Echo(n.ToString());");
    expect(body(src, "none")).toContain("g = (l, s) => l.Count + s.Length;");
  });
  it("stay as an argument (an overload may need them) and with ref, out or params", () => {
    const out = body(["void F() {", "G((int n) => n);", "D d = (out int x) => { x = 1; };", "}"].join("\n"), "none");
    expect(out).toContain("G((int n) => n);");
    expect(out).toContain("(out int x) =>");
  });
});

describe("whole double literals", () => {
  it("are written as ints in a double declaration and as a double argument of the script's one method so named (C# converts the constant exactly)", () => {
    const src = ["double lastLrt = -1.0;", "const double ROW = 48.0, GAP = 0.5;", "static double At(string s, double i) => i;", "void F() {", "double c = 0.0, d = 2.0 * c;", 'Echo((At("x", 0.0) + At("y", -3.0) + lastLrt + c + d + ROW + GAP).ToString());', "}"].join("\n");
    for (const level of ["none", "lite", "full"] as PrintLevel[]) expect(body(src, level), level).not.toMatch(/\b(1|0|48|3)\.0\b|\b(1|0|48|3)d\b/);
    const none = body(src, "none");
    expect(none).toContain("double lastLrt = -1;");
    expect(none).toContain("double c = 0, d = 2.0 * c;");
    expect(none).toContain('At("x", 0) + At("y", -3)');
  });
  it("stay where the method is overloaded or generic, the parameter is no double, or the name is used otherwise too", () => {
    const src = ["static double A(double x) => x;", "static double A(int x) => x;", "static T G<T>(T x) => x;", "static object O(object x) => x;", "static double L(double x) => x;", "void F() {", "Func<double, double> f = L;", "Echo((A(1.0) + G(2.0) + L(3.0)).ToString() + O(4.0));", "}"].join("\n");
    const none = body(src, "none");
    for (const keep of ["A(1.0)", "G(2.0)", "L(3.0)", "O(4.0)"]) expect(none).toContain(keep);
  });
});

describe("consecutive locals of literals", () => {
  it("`var a = \"\"; var b = \"\";` share one statement with the type var gave them; a lone one keeps var", () => {
    const src = ["void F() {", 'var id = "";', 'var c = "x";', "var back = false;", "var fell = true;", 'var lone = "";', "var n = 0;", 'Echo(id + c + back + fell + lone + n);', "}"].join("\n");
    const none = body(src, "none");
    expect(none).toContain('  string id = "", c = "x";');
    expect(none).toContain("  bool back = false, fell = true;");
    expect(none).toContain('  var lone = "";');
  });
});
