import type { DiffCase } from "../harness.ts";

// Single-instance classes (compiler/print/flatten.ts folds them into Program at `full`; run this suite with
// PBTS_DIFF_LEVEL=full): what the fold must keep, the order C# runs arguments, initializers and the body in.
export const cases: DiffCase[] = [
  {
    name: "singleton: arguments, then field initializers, then the constructor body",
    top: `class Log { static s = ""; static add(x: string): string { Log.s += x + ";"; return x; } }
class Sing { a = Log.add("init"); n = 3; items: string[] = []; constructor(private readonly p: MyGridProgram, tag: string, k: number) { Log.add("ctor " + tag + k + this.a + this.n); this.items.push(tag); } show(): void { this.p.Echo(Log.s + this.items.join(",")); } }`,
    members: `private readonly s: Sing;
  constructor() { super(); Log.add("before"); this.s = new Sing(this, Log.add("arg"), -2); Log.add("after"); }`,
    main: `this.s.show(); this.s.items.push("m"); this.s.show();`,
  },
  {
    name: "singleton given another singleton; Program's calls through both",
    top: `class Con { lines: string[] = []; title: string; constructor(private readonly program: MyGridProgram, title: string, private readonly max: number = 2) { this.title = title === "" ? "" : "== " + title + " =="; }
  info(m: string): void { this.program.Echo(m); this.lines.push(m); if (this.lines.length > this.max) this.lines.splice(0, 1); } flush(): void { this.program.Echo(this.title + "|" + this.lines.join("/")); } }
class Mgr { count = 0; onUp: ((why: string) => void) | null = null; constructor(private readonly p: MyGridProgram, private readonly con: Con, private readonly ini: MyIni) { const s = p.Storage; this.con.info("storage [" + s + "]"); }
  run(a: string): void { this.count++; this.con.info(a + this.count + this.p.Me.CustomName); if (this.onUp !== null) this.onUp("run " + this.count); } get twice(): number { return this.count * 2; } }`,
    members: `private readonly console: Con;
  private readonly mgr: Mgr;
  constructor() { super(); this.console = new Con(this, "T"); this.mgr = new Mgr(this, this.console, new MyIni()); this.mgr.onUp = (w: string) => this.console.info("up " + w); }`,
    main: `this.mgr.run("a"); this.mgr.run("b"); this.console.flush(); this.Echo(String(this.mgr.twice));`,
  },
  {
    name: "singleton: a method as a delegate, a lambda of its own capturing its fields, a property",
    top: `class Sing { private v = 1; f: () => number; constructor() { this.f = () => this.v * 10; } bump(): number { return ++this.v; } get val(): number { return this.v; } set val(x: number) { this.v = x + 100; } }`,
    members: `private readonly s: Sing;
  constructor() { super(); this.s = new Sing(); }`,
    main: `const g = () => this.s.bump(); g(); this.Echo(String(this.s.f())); this.s.val = 5; this.Echo(String(this.s.val)); const xs = [1, 2].map((x: number) => x + this.s.bump()); this.Echo(xs.join());`,
  },
  {
    name: "singleton: a field named like an enum (the field renamed apart, the enum kept)",
    top: `enum Kind { A, B, C }
class Sing { Kind: Kind = Kind.A; onKind: ((k: Kind) => void) | null = null; setTo(b: boolean): void { this.Kind = b ? Kind.C : Kind.B; if (this.onKind !== null) this.onKind(this.Kind); } }`,
    members: `private readonly s: Sing;
  constructor() { super(); this.s = new Sing(); this.s.onKind = (k: Kind) => this.Echo("kind " + k); }`,
    main: `this.s.setTo(true); this.Echo(String(this.s.Kind === Kind.C)); this.s.setTo(false); this.Echo(String(this.s.Kind));`,
  },
  {
    name: "singleton: a parameter the constructor writes, a default, a string argument read twice",
    top: `class Sing { out = ""; constructor(private readonly p: MyGridProgram, name: string, n: number = 4) { while (n > 0) { this.out += name + n; n--; } this.out += name.length; } }`,
    members: `private readonly s: Sing;
  constructor() { super(); this.s = new Sing(this, "ab"); }`,
    main: `this.Echo(this.s.out);`,
  },
  {
    name: "singleton: a field initializer making an object of the script's runs at `new`, after what Program did before",
    top: `class Log2 { static s = ""; }
class Helper { constructor() { Log2.s += "helper;"; } }
class Sing { h = new Helper(); xs: number[] = [1, 2]; constructor(private readonly p: MyGridProgram) { Log2.s += "ctor;"; } show(): void { this.p.Echo(Log2.s + this.xs.length); } }`,
    members: `private readonly s: Sing;
  constructor() { super(); Log2.s += "before;"; this.s = new Sing(this); }`,
    main: `this.s.show();`,
  },
  {
    name: "two instances of one class (not folded)",
    top: `class Sing { static made = 0; id: number; constructor() { Sing.made++; this.id = Sing.made; } }`,
    members: `private readonly a: Sing;
  private readonly b: Sing;
  constructor() { super(); this.a = new Sing(); this.b = new Sing(); }`,
    main: `this.Echo(this.a.id + "," + this.b.id);`,
  },
  {
    name: "a class made in Main (not folded: Main runs again)",
    top: `class Sing { n = 0; hit(): number { return ++this.n; } }`,
    members: `private s: Sing | null = null;`,
    main: `this.s = new Sing(); this.s.hit(); this.Echo(String(this.s.hit()));`,
  },
];
