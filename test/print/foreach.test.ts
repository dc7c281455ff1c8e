// compiler/print/foreach.ts: at `full`, an index loop over a List nothing changes while it runs is
// C#'s foreach. Each case a loop the pass must convert or must leave (what could make the two differ:
// the list changed or replaced by the body or by what it calls, the list reachable under another
// name, a lambda that captures the index, an element assigned).
import { describe, expect, it } from "vitest";
import { printLines } from "../../compiler/print/index.ts";

const full = (src: string[]) => printLines(src.map((text) => ({ text })), "full").text;

const peer = "class Peer { public int Role; public long Id; }";
const loops = (t: string) => (t.match(/\bforeach\(/g) ?? []).length;

describe("full: index loops over a List as foreach", () => {
  it("`var q = L[i];` first: q is the element; `L[i]` read only: the index name is", () => {
    const t = full([
      peer,
      "List<Peer> peers = new List<Peer>();",
      "public void Main(string a) {",
      "    int n = 0;",
      "    for (int i = 0; i < peers.Count; i++) {",
      "        var q = peers[i];",
      "        if (q.Role == 1) n++;",
      "        q.Id = 3;",
      "    }",
      "    for (int i = 0; i < peers.Count; i++) if (peers[i].Id == 7) Echo(peers[i].Role.ToString());",
      "    Echo(n.ToString() + Find(2).Role);",
      "}",
      "Peer Find(long id) {",
      "    for (int i = 0; i < peers.Count; i++) {",
      "        if (peers[i].Id == id) return peers[i];",
      "    }",
      "    return null;",
      "}",
    ]);
    expect(loops(t)).toBe(3);
    expect(t).not.toMatch(/for\(int/);
    // a block left with one `if` (no `else` after it) loses its braces
    expect(t).toMatch(/foreach\(var (\w+) in \w+\)if\(\1\.\w+==\w+\)return \1;/);
  });

  it("a body that adds to the list, or calls what does (through any member of that name), stays a for loop", () => {
    const t = full([
      peer,
      "List<Peer> peers = new List<Peer>();",
      "public void Main(string a) {",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 1) Grow(); }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 2) peers.RemoveAt(0); }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 3) peers[0] = q; }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 4) peers = new List<Peer>(); }",
      "}",
      "void Grow() { Deeper(); }",
      "void Deeper() { peers.Add(new Peer()); }",
    ]);
    expect(loops(t)).toBe(0);
  });

  it("a list passed anywhere (another name may change it), a lambda, a delegate call, an assigned element: no foreach", () => {
    const escapes = full([
      peer,
      "List<Peer> peers = new List<Peer>();",
      "public void Main(string a) {",
      "    Fill(peers);",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; Echo(q.Role.ToString()); }",
      "}",
      "void Fill(List<Peer> l) { l.Add(new Peer()); }",
    ]);
    expect(loops(escapes)).toBe(0);
    const lambda = full([
      peer,
      "List<Peer> peers = new List<Peer>();",
      "List<Func<int>> fs = new List<Func<int>>();",
      "public void Main(string a) {",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; fs.Add(() => peers[i].Role); }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 1) Hook(); }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 2) OnLost(q); }",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 3) Run(() => 1); }",
      "    Func<Peer, int> Local = null;",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 3) Local(q); }",
      "}",
      "Action Hook = () => { };",
      "public Action<Peer> OnLost;",
      "int Run(Func<int> f) { return f(); }",
    ]);
    expect(loops(lambda)).toBe(0);
    const assigned = full([
      peer,
      "List<Peer> peers = new List<Peer>();",
      "public void Main(string a) {",
      "    for (int i = 0; i < peers.Count; i++) { var q = peers[i]; if (q.Role == 1) q = null; Echo((q == null).ToString()); }",
      "    for (int i = 0; i < peers.Count; i++) Echo(i.ToString() + peers[i].Role);",
      "}",
    ]);
    expect(loops(assigned)).toBe(0);
  });

  it("a list the API fills (GetBlocksOfType, MyIni's GetKeys) before the loop: a foreach; filled again by the body or what it calls, or passed elsewhere too: an index loop", () => {
    const src = (body: string, more: string[] = []) =>
      full([
        "MyIni ini = new MyIni();",
        "public void Main(string a) {",
        "    var pbs = new List<IMyProgrammableBlock>();",
        "    GridTerminalSystem.GetBlocksOfType<IMyProgrammableBlock>(pbs);",
        `    for (int i = 0; i < pbs.Count; i++) { var b = pbs[i]; Echo(b.CustomName); ${body} }`,
        "    var keys = new List<MyIniKey>();",
        '    ini.GetKeys("s", keys);',
        "    for (int i = 0; i < keys.Count; i++) Echo(keys[i].Name);",
        "}",
        ...more,
      ]);
    expect(loops(src(""))).toBe(2);
    expect(src("")).toMatch(/GetBlocksOfType\((\w+)\);foreach\(var \w+ in \1\)/);
    expect(loops(src("GridTerminalSystem.GetBlocksOfType<IMyProgrammableBlock>(pbs);"))).toBe(1);
    expect(loops(src("Again(pbs);", ["void Again(List<IMyProgrammableBlock> l) { }"]))).toBe(1);
    expect(loops(src("Refill();", ["void Refill() { var l = new List<IMyProgrammableBlock>(); GridTerminalSystem.GetBlocksOfType(l); }"]))).toBe(2);
  });

  it("an alias of the list (`var l = L;`) changed by a member the body calls keeps the loop; one the body never reaches does not", () => {
    const src = (call: string) => [
      "List<string> lines = new List<string>();",
      "public void Main(string a) {",
      `    for (int i = 0; i < lines.Count; i++) { Echo(lines[i]); ${call} }`,
      "}",
      "void Add(string s) { var l = lines; l.Add(s); }",
    ];
    expect(loops(full(src("Add(\"x\");")))).toBe(0);
    expect(loops(full(src("")))).toBe(1);
  });

  it("an `if` block keeps its braces where an `else` follows it", () => {
    const t = full([
      "List<string> lines = new List<string>();",
      "public void Main(string a) {",
      "    if (a == \"\") { for (int i = 0; i < lines.Count; i++) { if (lines[i] == a) Echo(a); } } else Echo(\"-\");",
      "    if (a == \"x\") { if (lines.Count > 0) Echo(a); } else Echo(\"+\");",
      "}",
    ]);
    expect(t).toMatch(/foreach\(var (\w+) in \w+\)if\(\1==\w+\)Echo\(\w+\);\}else/);
    expect(t).toMatch(/\{if\(\w+\.Count>0\)Echo\(\w+\);\}else/);
  });
});

describe("full: delegates the loop's body may run (rv, session 14)", () => {
  // each loop's list is changed by a delegate the body reaches; each must stay an index loop
  const program = (body: string, more: string[] = []) =>
    full([
      "List<double> L = new List<double>();",
      "public void Main(string a) {",
      "    Action<double> grow = (double x) => { L.Add(x); };",
      "    var fs = new List<Action>();",
      "    var m = new Dictionary<string, Action>();",
      `    for (int i = 0; i < L.Count; i++) { var q = L[i]; ${body} }`,
      "}",
      ...more,
    ]);
  it("C56: a delegate read from an element or returned by a call, then called", () => {
    expect(loops(program("if (q > 1) fs[0]();"))).toBe(0);
    expect(loops(program('if (q > 1) m["k"]();'))).toBe(0);
    expect(loops(program("if (q > 1) Pick()();", ["Action Pick() { return null; }"]))).toBe(0);
    // a cast to a built-in type before parentheses is no call
    expect(loops(program("Echo(((double)(q + 1)).ToString());"))).toBe(1);
  });
  it("C57: a delegate parameter named like a method of the script or MyGridProgram's Echo", () => {
    expect(loops(program("if (q > 1) new H().Run(grow);", ["class H { public void Run(Action<double> Echo) { Echo(1); } }"]))).toBe(0);
    expect(loops(program("if (q > 1) new H().Run(grow);", ["class H { public void Run(Action<double> g) { g(1); } }", "void g(double x) { }"]))).toBe(0);
  });
  it("C59: a delegate handed to a helper or a List method that calls it", () => {
    expect(loops(program("if (q > 1) new List<double> { q }.ForEach(grow);"))).toBe(0);
    expect(loops(program("if (q > 1) new List<double> { q }.ForEach(fs2[0]);", ["List<Action<double>> fs2 = new List<Action<double>>();"]))).toBe(0);
  });
});

describe("none (session 17): the same loops as foreach, laid out readable", () => {
  it("`var q = L[i];` goes with the index loop and leaves no blank line; a loop whose body adds to its list stays", () => {
    const t = printLines(
      [
        peer,
        "List<Peer> peers = new List<Peer>();",
        "List<Peer> others = new List<Peer>();",
        "public void Main(string a) {",
        "    int n = 0;",
        "    for (int i = 0; i < peers.Count; i++) {",
        "        var q = peers[i];",
        "        if (q.Role == 1) n++;",
        "    }",
        "    for (int i = 0; i < others.Count; i++) {",
        "        var o = others[i];",
        "        if (o.Role == 2) others.Add(new Peer());",
        "    }",
        "    Echo(n.ToString());",
        "}",
      ].map((text) => ({ text })),
      "none",
    ).text;
    // (session 19: a loop whose block holds one `if` with no `else` after it loses its braces at `none` too)
    expect(t).toContain("  foreach (var q in peers) if (q.Role == 1) n++;\n  for (");
    expect(t).not.toMatch(/\{\n\s*\n/);
    expect(t).toContain("  for (int i = 0; i < others.Count; i++) {\n    var o = others[i];");
  });
});

describe("rv-print (session 22): what counts as the API filling a list", () => {
  it("C136: a method of the script named like a filler (GetKeys) may keep the list: the list escapes, its loop stays an index loop", () => {
    const t = full([
      "class Reg { public List<string> kept = new List<string>(); public void GetKeys(string s, List<string> into) { kept = into; into.Add(s); } public void Touch() { kept.Add(\"t\"); } }",
      "public void Main(string a) {",
      "    var reg = new Reg();",
      "    var names = new List<string>();",
      '    reg.GetKeys("a", names);',
      "    for (int i = 0; i < names.Count; i++) { Echo(names[i]); reg.Touch(); }",
      "}",
    ]);
    expect(loops(t)).toBe(0);
    // (MyIni's own GetKeys, where no member of the script is so named: still a foreach)
    expect(loops(full(["MyIni ini = new MyIni();", "public void Main(string a) {", "    var keys = new List<MyIniKey>();", '    ini.GetKeys("s", keys);', "    for (int i = 0; i < keys.Count; i++) Echo(keys[i].Name);", "}"]))).toBe(1);
  });
});
