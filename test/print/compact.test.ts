// compiler/print/compact.ts: the `full` level's shorter spellings of what the emitter writes. Each
// case checks the spelling, and one program is compiled and run at none and full by mono.
import { describe, expect, it } from "vitest";
import { printLines } from "../../compiler/print/index.ts";

const full = (src: string[]) => printLines(src.map((text) => ({ text })), "full");

describe("full: compact spellings", () => {
  it("C157: a whole double literal becomes an int only where its value stays: -0d keeps its suffix (the int -0 is +0 as a double)", () => {
    const r = full([
      "void F(double a, double b) { Echo((1 / a).ToString() + (1 / b)); }",
      "public void Main(string argument) {",
      "    double x = -0d, y = -1.0, z = 0.0;",
      "    F(-0d, -2.0);",
      "    Echo((1 / x).ToString() + y + z);",
      "}",
    ]).text;
    expect(r).toMatch(/=-0d,\w+=-1,\w+=0;/);
    expect(r).toMatch(/\(-0d,-2\)/);
  });

  it("C191: a call of a generic call's result keeps its parentheses (castParens took F<T>(a) for a cast (T)(a))", () => {
    const r = full([
      "static T First<T>(List<T> xs) { return xs[0]; }",
      "public void Main(string argument) {",
      "    var fs = new List<Func<double, double>> { x => x + 1 };",
      "    Echo(First<Func<double, double>>(fs)(1d).ToString() + First<double>(new List<double> { 2 }));",
      "}",
    ]).text;
    expect(r).toMatch(/>>\(\w+\)\(1d?\)/);
  });

  it("a runtime helper named like a .NET member (Js.Substring) is renamed; string.Substring keeps its name", () => {
    const r = full([
      "public void Main(string argument) {",
      "    Echo(Js.Substring(argument, 1, 3) + Js.Substring(argument, 0, 1));",
      "}",
      "static class Js {",
      "    public static string Substring(string s, double a, double b) { return s.Substring((int)a, (int)(b - a)); }",
      "    public static string Twice(string s) { return Substring(s, 0, 1) + Substring(s, 0, 1); }",
      "    sealed class Big { public Big Set(int x) { return this; } public Big Use() { return Set(1); } }",
      "}",
    ]);
    expect(r.text.match(/\bSubstring\b/g)?.length).toBe(1); // s.Substring, .NET's
    expect(r.text).toContain(".Substring((int)");
    expect(Object.values(r.names ?? {})).toContain("Substring");
    // a nested class's member of the runtime is not a helper: Set keeps its name (the API has it)
    expect(r.text).toContain("Set(1)");
  });

  it("StringComparison.Ordinal used three times or more is one const; twice stays", () => {
    const use = (n: number) =>
      full(["public void Main(string a) {", ...Array.from({ length: n }, (_, i) => `    Echo(a.IndexOf("${i}x", StringComparison.Ordinal).ToString());`), "}"]).text;
    expect(use(3).match(/StringComparison\.Ordinal/g)?.length).toBe(1);
    expect(use(3)).toMatch(/const StringComparison (\w+)=StringComparison\.Ordinal;/);
    expect(use(2).match(/StringComparison\.Ordinal/g)?.length).toBe(2);
  });

  it("InvariantCulture used three times or more is one static field, declared before every other", () => {
    const t = full([
      "static string s1 = Js.Str(1);",
      "public void Main(string a) { Echo(s1); }",
      "static class Js {",
      "    public static string Str(int v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
      "    public static string Str(long v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
      "    public static string Str(double v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }",
      "}",
    ]).text;
    expect(t.match(/InvariantCulture/g)?.length).toBe(1);
    // a static field's initializer may call the helper: the alias is initialized first
    expect(t.indexOf("InvariantCulture")).toBeLessThan(t.search(/static string \w+=\w+\(1\)/));
    expect(t.search(/static string \w+=\w+\(1\)/)).toBeGreaterThan(0);
  });

  it("T x = default(T); whose next statement passes out x before any read is T x; (session 12); behind && or read first it stays", () => {
    const src = [
      "string F(string s, MyIni ini) {",
      "    MyIniParseResult r = default(MyIniParseResult);",
      "    if (!ini.TryParse(s, out r)) return r.ToString();",
      "    MyIniParseResult q = default(MyIniParseResult);",
      "    bool ok = ini.TryParse(s, out q);",
      "    MyIniParseResult u = default(MyIniParseResult);",
      "    if (ok && ini.TryParse(s, out u)) return u.ToString();",
      "    MyIniParseResult w = default(MyIniParseResult);",
      "    G(w, out w);",
      "    return q.ToString() + u.ToString();",
      "}",
      "void G(MyIniParseResult a, out MyIniParseResult b) { b = a; }",
    ];
    const none = printLines(src.map((text) => ({ text })), "none").text;
    expect(none).toContain("  MyIniParseResult r;\n  if (!ini.TryParse(s, out r))");
    expect(none).toContain("  MyIniParseResult q;\n  bool ok = ini.TryParse(s, out q);");
    expect(none).toContain("  MyIniParseResult u = default(MyIniParseResult);");
    expect(none).toContain("  MyIniParseResult w = default(MyIniParseResult);");
    expect(full(src).text.match(/default\(MyIniParseResult\)/g)?.length).toBe(2);
  });

  it("default(T) of a built-in type in a declaration is its literal; a generic default(T) stays", () => {
    const t = full([
      "public void Main(string a) {",
      "    double d = default(double); bool b = default(bool); string s = default(string); MyIniParseResult r = default(MyIniParseResult);",
      "    Echo(d.ToString() + b + s + r.ToString());",
      "}",
      "static T F<T>() { return default(T); }",
    ]).text;
    expect(t).toMatch(/double \w+=0[,;]/);
    expect(t).toMatch(/bool \w+=false[,;]/);
    expect(t).toMatch(/string \w+=null[,;]/);
    expect(t).toContain("=default(MyIniParseResult)");
    expect(t).toContain("return default(T)");
  });

  it("E x = (E)0 of an enum E (the API's or the script's) is E x = 0 at every level (session 21: a parameter's default `UpdateType u = 0`); a class so named, a char or a var keeps the cast", () => {
    const src = ["enum Mode { Off, On }", "class Pair { }", "public void Main(string argument, UpdateType updateSource) { F(argument); }", "void F(string a, UpdateType u = (UpdateType)0, Mode m = (Mode)0) {", "    Mode k = (Mode)0;", "    char c = (char)0;", "    var v = (Mode)0;", "    Pair p = (Pair)0;", "    Echo(a + u + m + k + c + v + p);", "}"];
    for (const level of ["none", "lite", "full"] as const) {
      const t = printLines(src.map((text) => ({ text })), level).text.replace(/\s+/g, " ");
      expect(t, level).not.toMatch(/\(UpdateType\)0|\(Mode\)0[,)]/);
      expect(t, level).toMatch(/UpdateType \w+ ?= ?0/);
      expect(t, level).toContain("(char)0");
      expect(t, level).toMatch(/var \w+ ?= ?\(\w+\)0/);
      expect(t, level).toContain(")0;");
    }
  });

  it("`T x = new T(...)` is `var x = new T(...)`; other initializers keep the type", () => {
    const t = full([
      "public void Main(string a) {",
      "    List<IMyTerminalBlock> blocks = new List<IMyTerminalBlock>();",
      "    List<IMyTerminalBlock> other = blocks;",
      "    IMyTerminalBlock first = blocks.Count > 0 ? blocks[0] : null;",
      "    for (List<IMyTerminalBlock> l = new List<IMyTerminalBlock>(); l.Count < 1;) l.Add(first);",
      "    Echo(other.Count.ToString());",
      "}",
    ]).text;
    expect(t).toMatch(/var \w+=new List<IMyTerminalBlock>\(\);/);
    expect(t).toMatch(/List<IMyTerminalBlock>\w+=\w+;/);
    expect(t).toMatch(/IMyTerminalBlock \w+=\w+\.Count>0/);
  });

  it("double.PositiveInfinity and NaN are 1/0d and 0/0d where nothing binds tighter around them", () => {
    const t = full(["public void Main(string a) {", "    Echo(F(double.PositiveInfinity, double.NaN).ToString() + (2 * double.PositiveInfinity) + double.NaN.ToString());", "}", "double F(double x, double y) { return x; }"]).text;
    expect(t).toContain("(1/0d,0/0d)");
    expect(t).toContain("2*double.PositiveInfinity");
    expect(t).toContain("double.NaN.ToString()");
  });

  it("fields without initializers (or with a literal one) of one type share a declaration; consecutive locals of one type share a statement", () => {
    const t = full([
      "int a; bool b; int c; public int d; int e = 5; int f;",
      "public void Main(string x) {",
      "    int i = a + c; int j = i + f; double k = 1; int l = j;",
      "    for (int m = 0; m < 2; m++) { int n = m; int o = n; a += o; }",
      "    var p = 1; var q = p;",
      "    Echo((i + j + k + l + b.GetHashCode() + d + e + q).ToString());",
      "}",
    ]).text;
    // (Program's members lose `public` first: d joins them)
    expect(t).toMatch(/^int \w+,\w+,\w+,\w+=5,\w+;bool \w+;$/m);
    expect(t).toMatch(/int (\w+)=\w+\+\w+,(\w+)=\1\+\w+;double \w+=1;int \w+=\2;/);
    expect(t).toMatch(/for\(int \w+=0;\w+<2;\w+\+\+\)\{int \w+=\w+,\w+=\w+;/);
    expect(t).toMatch(/var \w+=1;var \w+=\w+;/); // C# allows one declarator with var
  });

  it("Program's int, double and bool constants are written as their literals; a long string stays a constant", () => {
    const t = full([
      "const int Active = 65; public const double HalfValue = 0.5; const bool On = true; const long Big = 5;",
      'const string Msg = "a message long enough to keep its name";',
      "const int Shadowed = 3;",
      "public void Main(string x) {",
      "    Echo((Active + HalfValue).ToString() + On + Big + Msg + Msg + Msg + Shadowed);",
      "}",
      "void G() { int Shadowed = 4; Echo(Shadowed.ToString()); }",
      "const int Prop = 7;",
      "class K { public int Prop { get { return 8; } } public int Twice() { return Prop * 2; } }",
    ]).text;
    expect(t).toContain("(65+.5).ToString()+true+"); // (0.5 as .5: numberForms)
    expect(t).toMatch(/const long \w+=5;/); // 5 alone is an int
    expect(t).toMatch(/const string \w+="a message/);
    expect(t).toMatch(/const int \w+=3,\w+=7;/); // a local, a nested class's property have their names
    expect(t).not.toContain("7*2");
  });

  it("a cast's parenthesized primary operand loses its parentheses", () => {
    const t = full(["public void Main(string x) {", "    int i = (int)(x.Length) + (int)(x[0]) + (int)(Math.Abs(-1.5)) + (int)(-x.Length) + (int)(x.Length + 1);", "    Echo(i.ToString());", "}"]).text;
    const x = t.match(/Main\(string (\w+)\)/)![1];
    expect(t).toContain("(int)X.Length+(int)X[0]+(int)Math.Abs(-1.5)+(int)(-X.Length)+(int)(X.Length+1)".replaceAll("X", x));
  });

  it("`T x = y;` is `var x = y;` when y is a field of the class or a parameter declared with T", () => {
    const t = full([
      "class Holder : Base {",
      "    public List<IMyTerminalBlock> blocks; IMyTextSurface surface; IMyTerminalBlock one;",
      "    public void Run(List<IMyTerminalBlock> given, IMyTerminalBlock single) {",
      "        List<IMyTerminalBlock> a = blocks; IMyTextSurface b = surface; List<IMyTerminalBlock> c = given;",
      "        IMyCubeBlock d = one; IMyCubeBlock e = single; IMyTerminalBlock f = inherited;",
      "        { IMyTerminalBlock one2 = one; } { IMyTextSurface one3 = surface; }",
      "        a.Add(f); b.WriteText(c.Count.ToString() + d + e);",
      "    }",
      "    void G() { { string surface = \"\"; G2(surface); } IMyTextSurface s = surface; G2(s.ToString()); }",
      "    void G2(string s) {}",
      "}",
      "class Base { protected IMyTerminalBlock inherited; }",
    ]).text;
    expect(t.match(/var \w+=\w+/g)?.length).toBe(5); // a, b, c, one2, one3
    expect(t).toMatch(/IMyCubeBlock \w+=\w+,\w+=\w+;IMyTerminalBlock \w+=\w+;/); // another type, a base's field
    expect(t).toMatch(/\}IMyTextSurface \w+=\w+;/); // a local of the member has the field's name
  });

  it("a string literal written often enough is one const; constants of one type share a declaration", () => {
    const t = full([
      "const long A1 = 1; const long A2 = 2;",
      "public void Main(string x) {",
      // (a name between the literals: adjacent ones are one literal at `full`, fold.ts literalStrings)
      '    switch (x) { case "section": Echo("section" + x + "section" + x + "section" + A1 + A2); break; }',
      '    Echo("ab" + x + "ab");',
      "}",
    ]).text;
    expect(t).toMatch(/const string (\w+)="section";/);
    const n = t.match(/const string (\w+)="section";/)![1];
    expect(t).toContain(`case ${n}:`);
    expect(t.match(/"ab"/g)?.length).toBe(2); // too short to be worth a const, even at a name of one character
    expect(t).toMatch(/const long \w+=1,\w+=2;/);
  });

  it("a later declarator (`int a = 0, b = 1;`) is renamed: a field's everywhere alike, a local's in its member", () => {
    const r = full([
      "static int alphaField = 1, betaField = 2;",
      "public void Main(string x) { int firstLocal = 0, secondLocal = firstLocal + alphaField + betaField; Echo(secondLocal.ToString()); }",
      "void G() { Echo(betaField.ToString()); var o = new { }; }",
    ]);
    for (const gone of ["betaField", "secondLocal", "alphaField", "firstLocal"]) expect(r.text).not.toContain(gone);
    const beta = Object.entries(r.names ?? {}).find(([, old]) => old === "betaField")![0];
    expect(r.text).toContain(`Echo(${beta}.ToString())`);
    expect(r.text).toMatch(new RegExp(`\\+${beta}\\)?;`));
  });
  it("an API enum's member written often is one const of Program's (session 14); once, qualified, or with a name the script declares it stays", () => {
    const r = full([
      "public Program() { Runtime.UpdateFrequency = UpdateFrequency.Update100; }",
      "public void Main(string a, UpdateType u) {",
      "    if ((Runtime.UpdateFrequency & UpdateFrequency.Update100) != 0) Runtime.UpdateFrequency |= UpdateFrequency.Once;",
      "    if ((u & UpdateType.Update100) != 0) Runtime.UpdateFrequency = UpdateFrequency.Update100 | UpdateFrequency.Update10;",
      "    Me.CustomData = (Runtime.UpdateFrequency & Sandbox.ModAPI.Ingame.UpdateFrequency.Update100).ToString();",
      "    switch (Runtime.UpdateFrequency) { case UpdateFrequency.Update100: Echo(\"x\"); break; }",
      "}",
    ]);
    const t = r.text;
    // four unqualified uses of Update100: one declaration, the uses its name (a case label too)
    const m = /const UpdateFrequency (\w+)=UpdateFrequency\.Update100;/.exec(t);
    expect(m).not.toBeNull();
    expect(t.match(new RegExp(`\\b${m![1]}\\b`, "g"))?.length).toBe(5);
    expect(t).toContain(`case ${m![1]}:`);
    expect(r.names?.[m![1]]).toBe("UpdateFrequency.Update100");
    // the qualified one stays; Once and Update10 (once each) and UpdateType's member stay
    expect(t).toContain("Sandbox.ModAPI.Ingame.UpdateFrequency.Update100");
    expect(t).toContain("|=UpdateFrequency.Once;");
    expect(t).toContain("UpdateType.Update100");
    // a script that declares a member named like the enum: `UpdateFrequency.X` may be that member's
    const own = full([
      "class Slot { public int Once = 1; }",
      "Slot UpdateFrequency = new Slot();",
      "public void Main(string a) {",
      "    Echo((UpdateFrequency.Once + UpdateFrequency.Once + UpdateFrequency.Once + UpdateFrequency.Once).ToString());",
      "}",
    ]).text;
    expect(own).not.toContain("const UpdateFrequency");
    expect(own.match(/UpdateFrequency\.Once/g)?.length).toBe(4);
  });
  it("a string shared joins Program's const strings (session 14): worth it at `,x=\"...\"` when one is declared, not alone", () => {
    // (a made-up name counts one character: short-names.ts; session 26)
    const body = ['    Echo("failover: " + a); Echo("failover: " + a + a);', "}"];
    const alone = full(["public void Main(string a) {", ...body]).text;
    expect(alone.match(/"failover: "/g)?.length).toBe(2);
    const joined = full(['const string Title = "a title of some length";', "public void Main(string a) {", "    Echo(Title + Title + Title);", ...body]).text;
    expect(joined.match(/"failover: "/g)?.length).toBe(1);
    expect(joined).toMatch(/const string \w+="a title of some length",\w+="failover: ";|const string \w+="failover: ",\w+="a title of some length";/);
  });
  it("true and false written often are consts of Program's (session 15): in a nested class, a case label, a default value; rare ones stay literals", () => {
    const r = full([
      "class Flag { public bool On = true; public bool Set(bool v = false) { On = v; return true; } public bool Off() { return Set(false) && true; } }",
      "public void Main(string a) {",
      "    var f = new Flag(); bool b = false;",
      "    switch (f.On) { case true: b = true; break; case false: break; }",
      "    while (true) { if (f.Set(true)) break; }",
      "    Echo((b == true).ToString() + f.Off() + (a == \"x\" ? false : true));",
      "}",
    ]);
    const t = r.text;
    const m = /const bool (\w+)=true,(\w+)=false;|const bool (\w+)=false,(\w+)=true;/.exec(t);
    expect(m).not.toBeNull();
    const [yes, no] = m![1] ? [m![1], m![2]] : [m![4], m![3]];
    expect(t.match(/\btrue\b/g)?.length).toBe(1);
    expect(t.match(/\bfalse\b/g)?.length).toBe(1);
    expect(t).toContain(`case ${yes}:`);
    expect(t).toContain(`case ${no}:`);
    expect(t).toContain(`while(${yes})`);
    expect(t).toMatch(new RegExp(`bool \\w+\\(bool \\w+=${no}\\)`));
    expect(r.names?.[yes]).toBe("true");
    const few = full(["public void Main(string a) { Echo((a == \"x\" ? false : true).ToString()); }"]).text;
    expect(few).not.toContain("const bool");
  });
  it("static tables of literals and constants share a declaration at full (session 15); not beside a static initializer that runs code, nor at none", () => {
    const src = (extra: string) => [
      'const string Word = "a constant word";',
      'static readonly string[] Names = { Word, "b", "c" };',
      "static readonly int[] Table = { 1, -2, 3 };",
      'static readonly string[] More = { "d", Word };',
      extra,
      "public void Main(string a) { Echo(Names[0] + Table[1] + More[1] + Names.Length); }",
    ];
    const t = full(src("")).text;
    expect(t).toMatch(/static string\[\]\w+=\{"a constant word","b","c"\},\w+=\{"d","a constant word"\};/);
    expect(t).toMatch(/static int\[\]\w+=\{1,-2,3\};/);
    // a static initializer that calls: the others keep their order
    const kept = full(src('static string First = Names[0] + More.Length;')).text;
    expect(kept.match(/static string\[\]/g)?.length).toBe(2);
    const none = printLines(src("").map((text) => ({ text })), "none").text;
    expect(none.match(/static string\[\] /g)?.length).toBe(2);
  });
  it("static tables still share a declaration beside an expression-bodied static method or property (session 16: `static int F(..) => ..;` is no field)", () => {
    const t = full([
      'static readonly string[] Names = { "a", "b" };',
      "static int Clamp(double v, int n) => v > n ? n : v > 0 ? (int)v : 0;",
      "static int Two => 2;",
      'static readonly string[] More = { "d", "e" };',
      "public void Main(string a) { Echo(Names[Clamp(1.5, 1)] + More[Two - 1]); }",
    ]).text;
    expect(t).toMatch(/static string\[\]\w+=\{"a","b"\},\w+=\{"d","e"\};/);
  });
  it("an int constant compared with `>` is still written as its literal (session 15: `r > K)` is no declaration); `List<int> K)` is one", () => {
    const t = full([
      "const int Low = 1; const int Kept = 2;",
      "public void Main(string a) { int r = a.Length; if (r > Low) Echo(a); F(r > Low && r < 9); }",
      "void F(bool b) { Echo(b.ToString()); }",
      "void G(List<int> Kept) { Echo(Kept.Count.ToString()); }",
      "int H() { return Kept; }",
    ]).text;
    expect(t).toContain(">1)");
    expect(t).not.toMatch(/const int \w+=1/);
    expect(t).toMatch(/const int \w+=2;/);
  });
  it("a double literal in a shorter form of the same value (session 15): 32.0 is 32d, 0.5 is .5, 1.0f is 1f; 1.0m keeps its scale", () => {
    const t = full(["public void Main(string a) { double x = 32.0 + 0.5 * 0.0 - 1.25e3 + 9007199254740992.0; float f = 1.0f; decimal m = 1.0m; Echo(x.ToString() + f + m + a.Length * 0.25); }"]).text;
    expect(t).toContain("32d+.5*0d-1.25e3+9007199254740992d");
    expect(t).toContain("=1f");
    expect(t).toContain("=1.0m");
    expect(t).toContain("*.25");
  });
  it("MyGridProgram as a type is Program at full (session 15; readonly still dropped); not beside `new MyGridProgram` or a member named Program", () => {
    const src = (extra: string) => [
      "readonly Box box;",
      // (two instances of Box: flatten.ts folds none into Program, so Box keeps its MyGridProgram field)
      'public Program() { box = new Box(this); new Box(this).Say("up"); }',
      "public void Main(string a) { box.Say(a); }",
      "class Box { readonly MyGridProgram gp; public Box(MyGridProgram p) { gp = p; } public void Say(string s) { gp.Echo(s); } }",
      extra,
    ];
    const t = full(src("")).text;
    expect(t).not.toContain("MyGridProgram");
    expect(t).toMatch(/class \w+\{Program \w+;public \w+\(Program \w+\)/);
    const other = full(src("class Other { public int Program = 1; }")).text;
    expect(other).toContain("MyGridProgram");
  });
  it("MyGridProgram as a type is Program at none too (session 19); not beside a member named Program", () => {
    const src = (extra: string) =>
      ["Box box;", "public Program() { box = new Box(this); }", "public void Main(string a) { box.Say(a); }", "class Box { MyGridProgram gp; public Box(MyGridProgram p) { gp = p; } public void Say(string s) { gp.Echo(s); } }", extra].map((text) => ({ text }));
    const t = printLines(src(""), "none").text;
    expect(t).not.toContain("MyGridProgram");
    expect(t).toContain("Program gp;");
    expect(t).toContain("public Box(Program p)");
    expect(printLines(src("class Other { public int Program = 1; }"), "none").text).toContain("MyGridProgram");
  });
  it("GetBlocksOfType<T>(x) of a List<T> declared once is GetBlocksOfType(x) at full (session 15); T = IMyTerminalBlock or a name declared twice keeps <T>", () => {
    const t = full([
      "List<IMyDoor> doors = new List<IMyDoor>();",
      "public void Main(string a) {",
      "    var vents = new List<IMyAirVent>(); GridTerminalSystem.GetBlocksOfType<IMyAirVent>(vents);",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(this.doors, d => d.IsWorking);",
      "    var all = new List<IMyTerminalBlock>(); GridTerminalSystem.GetBlocksOfType<IMyTerminalBlock>(all);",
      "    var twice = new List<IMyDoor>(); GridTerminalSystem.GetBlocksOfType<IMyDoor>(twice);",
      "    Echo(vents.Count + \" \" + doors.Count + all.Count + twice.Count);",
      "}",
      "void G() { var twice = new List<IMyAirVent>(); Echo(twice.Count.ToString()); }",
    ]).text;
    expect(t.match(/GetBlocksOfType\(/g)?.length).toBe(2);
    // (no local is named doors: its `this.` goes since session 16, `doors.Count` being no declaration)
    expect(t).toMatch(/GetBlocksOfType\(\w+,\w+=>\w+\.IsWorking\)/);
    expect(t).toContain("GetBlocksOfType<IMyTerminalBlock>(");
    expect(t).toContain("GetBlocksOfType<IMyDoor>(");
  });
  it("consecutive locals of one type share one statement at none too, on the first's line (session 19); a blank line after them stays, another type or a comment between keeps its own", () => {
    const t = printLines(
      [
        "public void Main(string a) {",
        "    int x = a.Length;",
        "    int y = x + 1;",
        "    int z = y * 2;",
        "",
        "    double d = 0.5;",
        "    // z is read",
        "    double e = z;",
        "    Echo(x + \" \" + y + z + d + e);",
        "}",
      ].map((text) => ({ text })),
      "none",
    ).text;
    expect(t).toContain("\n  int x = a.Length, y = x + 1, z = y * 2;\n\n  double d = 0.5;\n  // z is read\n  double e = z;\n");
  });
  it("GetBlocksOfType<T>(x) of a List<T> declared once is GetBlocksOfType(x) at none and lite too (session 19); T = IMyTerminalBlock, a name declared twice or a foreach variable keeps <T>", () => {
    for (const level of ["none", "lite"] as const) {
      const t = printLines(
        [
          "public void Main(string a) {",
          "    var vents = new List<IMyAirVent>();",
          "    GridTerminalSystem.GetBlocksOfType<IMyAirVent>(vents);",
          "    var all = new List<IMyTerminalBlock>(); GridTerminalSystem.GetBlocksOfType<IMyTerminalBlock>(all);",
          "    var twice = new List<IMyDoor>(); GridTerminalSystem.GetBlocksOfType<IMyDoor>(twice);",
          "    foreach (var doorList in lists) GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList);",
          "    Echo(vents.Count + \" \" + all.Count + twice.Count);",
          "}",
          "List<List<IMyTerminalBlock>> lists = new List<List<IMyTerminalBlock>>();",
          "List<IMyDoor> doorList = new List<IMyDoor>();",
          "void G() { var twice = new List<IMyAirVent>(); Echo(twice.Count.ToString()); }",
        ].map((text) => ({ text })),
        level,
      ).text;
      expect(t, level).toMatch(/GetBlocksOfType\(vents\)/);
      expect(t.match(/GetBlocksOfType\(/g)?.length, level).toBe(1);
      expect(t, level).toContain("GetBlocksOfType<IMyTerminalBlock>(all)");
      expect(t, level).toContain("GetBlocksOfType<IMyDoor>(twice)");
      expect(t, level).toContain("GetBlocksOfType<IMyDoor>(doorList)");
    }
  });
  it("C64: GetBlocksOfType<T>(x) keeps <T> where x is also a property, a lambda's untyped parameter or a foreach variable (C# would infer T = IMyTerminalBlock)", () => {
    const keep = (decl: string, use: string) => {
      const t = full([
        "List<IMyDoor> doorList = new List<IMyDoor>();",
        decl,
        "public void Main(string a) {",
        "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList);",
        `    ${use}`,
        "}",
      ]).text;
      expect(t.match(/GetBlocksOfType<IMyDoor>\(/g)?.length, t).toBe(2);
    };
    keep("class Holder { List<IMyTerminalBlock> store = new List<IMyTerminalBlock>(); public List<IMyTerminalBlock> doorList => store; public void Fill(IMyGridTerminalSystem g) { g.GetBlocksOfType<IMyDoor>(doorList); } }", "new Holder().Fill(GridTerminalSystem);");
    keep("class Holder { List<IMyTerminalBlock> store = new List<IMyTerminalBlock>(); public List<IMyTerminalBlock> doorList { get { return store; } } public void Fill(IMyGridTerminalSystem g) { g.GetBlocksOfType<IMyDoor>(doorList); } }", "new Holder().Fill(GridTerminalSystem);");
    keep("List<List<IMyTerminalBlock>> lists = new List<List<IMyTerminalBlock>>();", "Action<List<IMyTerminalBlock>> f = doorList => GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList); f(lists[0]);");
    keep("List<List<IMyTerminalBlock>> lists = new List<List<IMyTerminalBlock>>();", "Action<int, List<IMyTerminalBlock>> f = (n, doorList) => GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList); f(1, lists[0]);");
    keep("List<List<IMyTerminalBlock>> lists = new List<List<IMyTerminalBlock>>();", "foreach (var doorList in lists) GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList);");
  });
  it("C67: GetBlocksOfType<T>(x, collect) keeps <T> unless collect is a lambda (mcs cannot infer T from a method group or a Func<IMyTerminalBlock, bool>: CS0411)", () => {
    const t = full([
      "List<IMyDoor> doorList = new List<IMyDoor>();",
      "bool Mine(IMyTerminalBlock b) { return b.IsFunctional; }",
      "public void Main(string a) {",
      "    Func<IMyTerminalBlock, bool> f = (IMyTerminalBlock e) => e.IsWorking;",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList, f);",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList, Mine);",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList, (IMyDoor d) => d.IsWorking);",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList, d => d.IsWorking);",
      "    GridTerminalSystem.GetBlocksOfType<IMyDoor>(doorList);",
      "}",
    ]).text;
    expect(t.match(/GetBlocksOfType<IMyDoor>\(/g)?.length, t).toBe(2);
    expect(t.match(/GetBlocksOfType\(/g)?.length, t).toBe(3);
  });
  it("(double)x of a name declared only with a number type is 1d*x at full (session 15); after * / %, of a var, a lambda's parameter, a call or a member it stays", () => {
    const t = full([
      "int Timeout = 3; long ticks;",
      "public void Main(string a) {",
      "    int n = a.Length; var k = n * 2;",
      "    if (n > (double)Timeout * n) Echo(\"x\");",
      "    double q = 5 / (double)n + (double)ticks - (double)n / 2 + (double)k + (double)a.Length;",
      "    Func<int, double> f = (z) => (double)z * 2;",
      "    Echo(q.ToString() + f(3) + (-(double)n) + (double)(n + 1) / 3);",
      "}",
    ]).text;
    // (`(double)(n + 1)`, a group of number names and literals, too since session 22)
    expect(t.match(/1d\*/g)?.length).toBe(5);
    expect(t.match(/\(double\)/g)?.length).toBe(4);
    expect(t).toMatch(/1d\*\(\w+\+1\)\/3/);
    expect(t).toMatch(/5\/\(double\)\w+\+1d\*\w+-1d\*\w+\/2\+\(double\)\w+\+\(double\)\w+\.Length/);
    expect(t).toMatch(/=>\(double\)\w+\*2/);
  });

  it("(double)x of a local or parameter declared with a number type in its member is 1d*x, whatever other members call x; not where a field so named is not a number; (double)(e) of number names and literals is 1d*(e), of a call or a member it stays (session 22)", () => {
    const t = full([
      "UpdateType u; string s = \"\";",
      "public void Main(string d) {",
      "    Echo(d + (double)s.Length);",
      "}",
      "double Per(int d, int g) { return (double)d % g + (double)(d - g) % 7; }",
      "double Up(int u) { return (double)u / 2; }",
      "double Calls(int g) { return (double)(g + Per(g, 1)) + (double)(g - s.Length); }",
    ]).text;
    // d is a string in Main, an int in Per: widened there; u is a field of an enum type: not
    expect(t).toMatch(/=>1d\*(\w+)%(\w+)\+1d\*\(\1-\2\)%7;/);
    expect(t).toMatch(/=>\(double\)\w+\/2;/);
    expect(t).toMatch(/=>\(double\)\(\w+\+\w+\(\w+,1\)\)\+\(double\)\(\w+-\w+\.Length\);/);
  });

  it("consecutive `var` locals each a bool (a comparison, && or || outermost) are `bool`, one statement; a `?:`, `&`, `??`, lambda or assignment at the top keeps `var`", () => {
    const src = (decls: string) => ["public void Main(string a) {", `    ${decls}`, '    Echo(x.ToString() + y.ToString());', "}"];
    const at = (lvl: "full" | "none", decls: string) => printLines(src(decls).map((text) => ({ text })), lvl).text;
    // full renames the locals; `none` keeps them
    expect(at("full", 'var x = a != null && a.Length > 2; var y = a == "b" || a == "c";')).toMatch(/bool (\w+)=\w+!=null&&\w+\.Length>2,(\w+)=\w+=="b"\|\|\w+=="c";/);
    expect(at("none", "var x = a.Length <= 2; var y = (a.Length & 1) == 0;")).toContain("bool x = a.Length <= 2, y = (a.Length & 1) == 0;");
    // a lone one keeps `var` (one character shorter)
    expect(at("none", "var x = a.Length <= 2; int y = 1;")).toContain("var x = a.Length <= 2;");
    // not read as bool: the outermost operator is `?:`, `&`, `??` or `=`, or a lambda, or nothing tells
    for (const second of ["var y = a == \"\" ? 1 : 2;", "var y = a.Length & 1 == 1;", 'var y = a ?? "" == "";', "var y = Go(a == \"\");", "var y = a.Length;"])
      expect(at("none", `var x = a == ""; ${second}`)).toContain('var x = a == "";');
  });

  it("`(x is T) && ((T)x).M(..)` of a local or parameter is `(x as T)?.M(..) == true` (T an API interface or a class of the script); not for a field, a struct, or where `&&` is not outermost", () => {
    const at = (lines: string[]) => printLines(lines.map((text) => ({ text })), "none").text;
    const t = at([
      "class Box { public bool Ok() { return true; } }",
      "public void Main(string a, IMyTerminalBlock b) {",
      "    var o = (object)a;",
      "    if ((b is IMyProgrammableBlock) && ((IMyProgrammableBlock)b).TryRun(a)) Echo(a);",
      "    if (a == \"x\" || (o is Box) && ((Box)o).Ok()) Echo(a);",
      "    if ((f is IMyProgrammableBlock) && ((IMyProgrammableBlock)f).TryRun(a)) Echo(a);",
      "    if ((o is Vector3D) && ((Vector3D)o).IsValid()) Echo(a);",
      "    if (!(b is IMyDoor) && ((IMyDoor)b).IsWorking) Echo(a);",
      "    if ((b is IMyDoor) && ((IMyDoor)b).IsWorking == a.Contains(\"d\")) Echo(a);",
      "}",
      "IMyTerminalBlock f;",
    ]);
    expect(t).toContain("if ((b as IMyProgrammableBlock)?.TryRun(a) == true) Echo(a);");
    expect(t).toContain('if (a == "x" || (o as Box)?.Ok() == true) Echo(a);');
    expect(t).toContain("if ((f is IMyProgrammableBlock) && ((IMyProgrammableBlock)f).TryRun(a)) Echo(a);");
    expect(t).toContain("((Vector3D)o).IsValid()");
    expect(t).toContain("!(b is IMyDoor) && ((IMyDoor)b).IsWorking)");
    expect(t).toContain("((IMyDoor)b).IsWorking == a.Contains");
  });
  it("`x != null && x.P` is `x?.P == true` (`== false` for `!x.P`; `x == null || ..` `!= false` / `!= true`) for x a local, parameter or field (chain); not for a property, a Nullable's member, or where `&&` / `||` is not outermost", () => {
    const t = printLines(
      [
        "class Box { public bool Ok() { return true; } public bool Big { get { return true; } } public Box Next; public int? N; }",
        "Box f;",
        "Box P { get { return f; } }",
        "class Other { Box f; Box g; }",
        "Box g { get { return f; } }",
        "public void Main(string a, Box b) {",
        "    var c = b;",
        "    if (b != null && b.Ok()) Echo(a);",
        "    if (c != null && !c.Big) Echo(a);",
        "    if (f == null || f.Big) Echo(a);",
        '    if (a == "" || b == null || !b.Ok()) Echo(a);',
        "    while (b.Next != null && b.Next.Big) b = b.Next;",
        "    if (P != null && P.Big) Echo(a);",
        '    if (a == "" && b == null || b.Big) Echo(a);',
        '    if (b == null || b.Big && a == "") Echo(a);',
        '    if (b != null && b.Big == a.Contains("x")) Echo(a);',
        "    if (b.N != null && b.N.HasValue) Echo(a);",
        "    if (g != null && g.Big) Echo(a);",
        "}",
      ].map((text) => ({ text })),
      "none",
    ).text;
    expect(t).toContain("if (b?.Ok() == true) Echo(a);");
    expect(t).toContain("if (c?.Big == false) Echo(a);");
    expect(t).toContain("if (f?.Big != false) Echo(a);");
    expect(t).toContain('if (a == "" || b?.Ok() != true) Echo(a);');
    expect(t).toContain("while (b.Next?.Big == true) b = b.Next;");
    expect(t).toContain("if (P != null && P.Big) Echo(a);");
    expect(t).toContain('if (a == "" && b == null || b.Big) Echo(a);');
    expect(t).toContain('if (b == null || b.Big && a == "") Echo(a);');
    expect(t).toContain('if (b != null && b.Big == a.Contains("x")) Echo(a);');
    expect(t).toContain("if (b.N != null && b.N.HasValue) Echo(a);");
    // (g: a field of Other's, a property here)
    expect(t).toContain("if (g != null && g.Big) Echo(a);");
  });
  it("at full, a delegate field nothing assigns goes with its `x?.Invoke(..);` statements (they call nothing, evaluate no argument); kept when assigned, read otherwise, or called as an if's body", () => {
    const r = full([
      "public Action<int> On;",
      "Action Off;",
      "Action Other;",
      "Func<int> Get;",
      "Action Used;",
      "public Program() { Used = () => Echo(\"u\"); }",
      "public void Main(string a) {",
      "    On?.Invoke(Count());",
      "    Off?.Invoke();",
      "    if (a == \"\") Other?.Invoke();",
      "    Used?.Invoke();",
      "    Echo(Get?.Invoke().ToString());",
      "}",
      "int Count() { Echo(\"counted\"); return 1; }",
    ]);
    const kept = Object.values(r.names ?? {});
    expect(kept).not.toContain("On");
    expect(kept).not.toContain("Off");
    for (const n of ["Other", "Used"]) expect(kept).toContain(n);
    expect(r.text).toContain("Get?.Invoke()");
    expect(r.text.match(/\?\.Invoke\(/g)?.length).toBe(3);
    expect(r.text).not.toMatch(/Action<int>/);
  });
  it("at none too (every level): a delegate field nothing assigns goes with its `x?.Invoke(..);` statements, and no blank line is left where one stood", () => {
    const src = [
      "Action Off;",
      "Action Other;",
      "Action Used;",
      "public Program() { Used = () => Echo(\"u\"); }",
      "public void Main(string a) {",
      "    Echo(\"a\");",
      "    Off?.Invoke();",
      "    Echo(\"b\");",
      "    if (a == \"\") Other?.Invoke();",
      "    Used?.Invoke();",
      "}",
    ];
    const t = printLines(src.map((text) => ({ text })), "none").text;
    expect(t).not.toContain("Off");
    expect(t).toContain('Echo("a");\n  Echo("b");');
    expect(t).toContain("Action Other, Used;");
    expect(t).toContain("Other?.Invoke();");
    expect(t).toContain("Used?.Invoke();");
    expect(t).not.toMatch(/\n\s*\n/);
  });
});

it("full: fields of one type in a class no type derives from share a declaration across `public` (session 26); a base class keeps them apart", () => {
  const src = (derived: boolean) => [
    "class Peer {",
    "  public int Rank;",
    "  int heard;",
    "  public string Name = \"\";",
    "  string note = \"x\";",
    "  public int Sum() => Rank + heard + Name.Length + note.Length;",
    "}",
    ...(derived ? ["class Sub : Peer { }"] : []),
    "public void Main(string argument, UpdateType updateSource) {",
    "  var p = new Peer(); p.Rank = 2; p.Name = \"n\";",
    "  Echo(p.Sum().ToString());",
    "}",
  ];
  const t = full(src(false)).text;
  expect(t).toMatch(/\{\npublic int \w,\w;public string Name="",\w="x";/);
  const kept = full(src(true)).text;
  expect(kept).toMatch(/public int \w;int \w;/);
});
