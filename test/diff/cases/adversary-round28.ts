import type { DiffCase } from "../harness.ts";

// Session 28 (review of s28's `full` passes): forwarders.ts (a void method that only calls another with its own
// parameters goes, its calls call that one) and fold.ts literalStrings (string literal `==`/`!=` and `+` folded, a
// string `?:` on a constant condition folded). Every case runs at the default level and at PBTS_DIFF_LEVEL=full.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C199: the `?:` fold took the false branch's end at a `,` of generic type arguments (`pick<string, int>(..)`): with a
  // true condition the rest of that branch stayed after the true branch (`a="<W",int>("a",1);`, CS1002).
  {
    name: "(C199) a string ?: on a constant condition whose other branch calls a generic function with two type arguments",
    top: `function pick<A, B>(a: A, b: B): string { return "p"; } class Box { t: string; u: string; constructor(private readonly p: MyGridProgram, title: string) { this.t = title !== "" ? "<" + title : "n" + pick<string, int>("a", 1); this.u = title === "" ? "<" + title : "n" + pick<string, int>("a", 1); } show(): void { this.p.Echo(this.t + this.u); } }`,
    members: `private readonly box: Box; constructor() { super(); this.box = new Box(this, "W"); }`,
    main: `this.box.show(); const s: string = ("" as string) === "" ? "a" : "b" + pick<string, int>("c", 2); const r: string = ("x" as string) === "" ? "a" + pick<int, string>(1, "c") : "b"; ${show("s + r")}`,
  },
  // C200: a public forwarder in a base class whose target is private there: a subclass's calls of the forwarder became
  // calls of the private method (CS0122).
  {
    name: "(C200) a forwarder whose target is private, called from subclasses (this. and plain), from the class and through an object",
    top: `class A { out = ""; protected info(m: string): void { this.line(m); } note(m: string): void { this.line(m); } private line(m: string): void { this.out += m + ";"; } own(): string { this.info("o"); return this.out; } } class B extends A { run(): string { this.info("x"); this.note("n"); return this.out; } } class C extends A { go(): string { this.info("z"); return this.out; } }`,
    main: `const a = new A(); a.note("q"); ${show("new B().run() + new C().go() + a.own() + a.out")}`,
  },
  {
    name: "forwarders: a chain of three, arguments with side effects evaluated once and in order, from a lambda and a forEach",
    top: `let t: int = 0; function nx(): int { t++; return t; } class Con { out = ""; a(x: int, y: int): void { this.b(x, y); } b(x: int, y: int): void { this.c(x, y); } c(x: int, y: int): void { this.out += x + "," + y + ";"; } run(): string { this.a(nx(), nx() * 10); const f = (k: int) => this.b(k, nx()); f(7); const vs: int[] = [1, 2]; vs.forEach((v) => this.a(v, nx())); return this.out; } }`,
    main: `${show("new Con().run() + ' ' + t")}`,
  },
  {
    name: "forwarders: a target that returns a value (called as a statement, in a forEach lambda, as an expression body)",
    top: `class Con { n: int = 0; info(m: string): void { this.line(m); } line(m: string): int { this.n += m.length; return this.n; } tick(): void { this.info("zz"); } run(): string { const xs = ["a", "bbb"]; xs.forEach((x) => this.info(x)); this.info("c"); this.tick(); return "" + this.n; } }`,
    main: `${show("new Con().run()")}`,
  },
  {
    name: "forwarders: zero parameters, a static pair (top-level functions) called from a class and from Program",
    top: `let log = ""; function info(m: string): void { line(m); } function line(m: string): void { log += "[" + m + "]"; } class K { k = 0; tick(): void { this.step(); } step(): void { this.k++; info("k" + this.k); } }`,
    main: `const k = new K(); k.tick(); k.tick(); info("m"); ${show("log + k.k")}`,
  },
  {
    name: "forwarders: a forwarder named like a local function elsewhere, a target named like a parameter elsewhere",
    top: `class Con { out = ""; info(m: string): void { this.line(m); } line(m: string): void { this.out += m; } run(line: string): string { const info = (s: string) => { this.out += "<" + s + ">"; }; info(line); this.info(line); return this.out; } }`,
    main: `${show("new Con().run('p')")}`,
  },
  {
    name: "forwarders: an optional parameter, a rest parameter, a default on the target: the forwarder stays",
    top: `class Con { out = ""; info(m: string, k: int = 1): void { this.line(m, k); } line(m: string, k: int): void { this.out += m + k; } many(...ms: string[]): void { this.all(...ms); } all(...ms: string[]): void { this.out += ms.join("/"); } warn(m: string): void { this.dflt(m); } dflt(m: string, n: int = 4): void { this.out += m + n; } run(): string { this.info("a"); this.info("b", 2); this.many("x", "y"); this.many(); this.warn("w"); return this.out; } }`,
    main: `${show("new Con().run()")}`,
  },
  {
    name: "forwarders: a generic forwarder, an int forwarder of a number target, a forwarder of an overridden method",
    top: `class Con { out = ""; fwd<T>(x: T, f: (v: T) => string): void { this.sink(x, f); } sink<T>(x: T, f: (v: T) => string): void { this.out += f(x); } half(m: int): void { this.num(m); } num(m: number): void { this.out += m / 2; } info(m: string): void { this.line(m); } line(m: string): void { this.out += "A" + m; } run(): string { this.fwd(3, (v) => "n" + v); this.half(7); this.info("i"); return this.out; } } class Sub extends Con { line(m: string): void { this.out += "B" + m; } }`,
    main: `${show("new Con().run() + ' ' + new Sub().run()")}`,
  },
  {
    name: "forwarders: an overridden forwarder, an interface method that forwards, a forwarder called through ?. and an object",
    top: `interface Sink { put(m: string): void; } class A implements Sink { out = ""; put(m: string): void { this.line(m); } info(m: string): void { this.line(m); } line(m: string): void { this.out += m; } } class B extends A { info(m: string): void { this.line("b" + m); } } function use(s: Sink): void { s.put("s"); }`,
    main: `const a = new A(); const b: A = new B(); a.info("1"); b.info("2"); use(a); const n: A | null = a.out.length > 99 ? null : a; n?.info("3"); ${show("a.out + b.out")}`,
  },
  {
    name: "forwarders: Program members (a forwarder of Main's work, one used in a field's lambda, a cycle never called)",
    members: `out = ""; cb = (m: string) => this.info(m); info(m: string): void { this.line(m); } line(m: string): void { this.out += m + "."; } ping(n: int): void { if (n > 0) this.pong(n - 1); } pong(n: int): void { this.ping(n); } work(a: string, u: UpdateType): void { this.info(a + "w"); this.cb("c"); this.pong(3); this.Echo(this.out + u); }`,
    main: `this.work(argument, updateSource);`,
  },
  {
    name: "literal strings: + with a member or index of the right literal, numbers before, a char, escapes, surrogates",
    main: `const x: int = 4; const s = "qr"; ${show(`1 + 2 + "a" + "b"`)} ${show(`x + "a" + "b".length`)} ${show(`"a" + "bc"[1]`)} ${show(`s[0] + "a" + "b"`)} ${show(`s.charAt(1) + "a" + "b" + x + "c" + "d"`)} ${show(`"\\\\" + "n" + "\\"" + "q" + "\\u0001" + "2" + "\\t" + "t"`)} ${show(`"\\ud83d" + "\\ude00" + "é" + "\\u00e9"`)} ${show(`"a" + "b" + 1 + 2`)} ${show(`("a" + "b").length + "c" + "d"`)}`,
  },
  // (the literals of a folded singleton's constructor arguments: `"a" == "b"` with no parentheses, as TS writes no such
  // comparison of two different literals)
  ...[`a`, `b`].map((q): DiffCase => ({
    name: `literal strings: == and != folded in !, &&, || (side effects kept), ternaries nested in ternaries, a ?: with null, object and number branches, the condition after && and ! (q = "${q}")`,
    top: `class P { v = 1; } let n: int = 0; function f(): boolean { n++; return true; } class Cfg { out: string; constructor(private readonly p: MyGridProgram, a: string, e: string) { const flag = n < 5; const r1 = a === "a"; const r2 = !(a === "b"); const r3 = a !== "b" && f(); const r4 = a === "b" || f(); const r5 = a === "b" && f(); const r6 = a === "a" || f(); const h = e === "" ? (a === "b" ? "p" : "q") : "r"; const i = e !== "" ? "1" : a === "a" ? "2" + r1 : "3"; const o = a === "b" ? "x" : null; const q = a === "a" ? new P() : null; const k = a === "a" ? 1.5 : 2; const w = flag && a === "a" ? "y" : "n"; const z = !(a === "a") ? "y" + k : "n" + k; const y = a === "a" === flag ? "t" : "f"; const u = a === "a" ? a + "b" + e : e + "c"; const v = a !== "a" ? "d" : e === "" ? "e" + a : "f"; this.out = "" + r1 + r2 + r3 + r4 + r5 + r6 + h + i + (o === null) + (q !== null) + k + w + z + y + u + v; } }`,
    members: `private readonly cfg: Cfg; constructor() { super(); this.cfg = new Cfg(this, "${q}", ""); }`,
    main: `${show("this.cfg.out + n")}`,
  })),
  {
    name: "literal strings: constants made of concatenations, comparisons of equal literals",
    top: `const AB: string = "a" + "b"; class K { static readonly CD = "c" + "d"; }`,
    main: `let out = ""; for (const s of ["ab", "cd", "x"]) { if (s === "a" + "b") out += 1; else if ("c" + "d" === s) out += 2; else out += 0; } ${show(`out + AB + K.CD + (AB === "a" + "b") + ("a" + "b" === AB) + ("x" + "y" === "xy") + ("a" === "a") + ("" !== "")`)}`,
  },
  {
    name: "literal strings: comparisons of escaped literals (equal texts, different texts with an escape), in a folded constructor",
    top: `class Cfg { out: string; constructor(private readonly p: MyGridProgram, a: string, b: string, c: string) { this.out = (a === "\\\\n") + " " + (b === "\\t") + " " + (b !== "\\u0009") + " " + (c === '"') + (c === "\\\\") + (a === b ? "=" : "!") + (a + b + c + "\\u0001" + "\\\\"); } }`,
    members: `private readonly cfg: Cfg; constructor() { super(); this.cfg = new Cfg(this, "\\\\n", "\\t", '"'); }`,
    main: `${show("this.cfg.out")}`,
  },
  {
    name: "literal strings: string ?: on constants in a lambda body, a call's arguments, an array literal, a template, += after",
    top: `class Cfg { out: string; constructor(private readonly p: MyGridProgram, a: string) { const k: int = 2; const f = (): string => a === "a" ? "L" + k : "M"; const g = (x: string, y: string): string => x + y; let x = a === "b" ? "p" : "q"; x += "a" + "b"; const arr = [a === "a" ? "e" : "f", a !== "a" ? "g" : "h" + k]; this.out = f() + g(a === "a" ? "c" : "d", "z") + x + arr.join() + \`t\${a === "a" ? "u" : "v"}\${"w" + "x"}\`; } }`,
    members: `private readonly cfg: Cfg; constructor() { super(); this.cfg = new Cfg(this, "a"); }`,
    main: `${show("this.cfg.out")}`,
  },
  {
    name: "forwarders: a protected target called from a grandchild through a child's forwarder, a static pair in a class called from a subclass",
    top: `class A { out = ""; protected line(m: string): void { this.out += m + "|"; } static log = ""; static note(m: string): void { A.put(m); } private static put(m: string): void { A.log += m; } } class B extends A { info(m: string): void { this.line(m); } } class C extends B { run(): string { this.info("c"); B.note("n"); C.note("m"); return this.out + A.log; } }`,
    main: `const b = new B(); A.note("a"); ${show("new C().run() + b.out")}`,
  },
  {
    name: "literal strings: a constant bool method in a string ?: (with a generic's comma in a branch, negated, nested), a constructor's literal in the same",
    top: `function pick<A, B>(a: A, b: B): string { return "p"; } class Hooks { verbose(): boolean { return false; } quiet(): boolean { return true; } run(k: int): string { const a = this.verbose() ? "v" + k : "q" + pick<string, int>("x", k); const b = this.quiet() ? "v" + pick<string, int>("x", k) : "q"; const c = !this.verbose() ? "n" + k : "m"; const d = this.quiet() ? (this.verbose() ? "1" : "2") : "3"; const e = this.quiet() ? "4" : this.verbose() ? "5" : "6"; return a + b + c + d + e; } }`,
    main: `${show("new Hooks().run(3)")}`,
  },
  {
    name: "forwarders: enum, string-literal union and object parameters (an enum's zero value passed, a null), after a folded singleton",
    top: `enum Mode { Off, On } type Tone = "lo" | "hi"; class Item { constructor(public n: string) {} } class Con { out = ""; constructor(private readonly p: MyGridProgram) {} mode(m: Mode, t: Tone): void { this.put(m, t); } private put(m: Mode, t: Tone): void { this.out += String(m) + t; } item(i: Item | null): void { this.take(i); } private take(i: Item | null): void { this.out += i === null ? "-" : i.n; } flush(): void { this.p.Echo(this.out); } }`,
    members: `private readonly con: Con; constructor() { super(); this.con = new Con(this); }`,
    main: `this.con.mode(0 as Mode, "lo"); this.con.mode(Mode.On, "hi"); this.con.item(null); this.con.item(new Item("x")); this.con.flush();`,
  },
  {
    // C201 (the last look's fuzz at full, seed 2812802): an int literal's `?:` with undefined is an int?, its `??` an int
    // with no value; negated it wrapped at int.MinValue (every level) where JS gives 2^31, and -0 where JS gives -0
    name: "(C201) the negation of an int ?? of literals is a double: -(x ?? -2147483648) is 2147483648, -(x ?? 0) is -0",
    main: `const a = -(((false ? 0x0 : undefined) ?? (-2147483648))); const z = -(((false ? 7 : undefined) ?? 0)); const k = -(((true ? 3 : undefined) ?? 0)); const c = argument === ""; const m = -(c ? 0 : 1); this.Echo(String(a) + " " + String(1 / z) + " " + String(k) + " " + String(1 / m));`,
  },
];
