import type { DiffCase } from "../harness.ts";

// Session 16, rv-cc (review of session 16's compiler changes). C72: a class field (or method, getter, parameter
// property) named like a class or enum but not of exactly that type hid the type in C# (`Mode.Off` found the
// field `Mode?`: mcs CS1061, at every level); the type is named through Program there (emit/expressions.ts qualifyType).
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  { name: "(C72) an enum Mode beside a field 'Mode: Mode | null' (a Mode? in C#)", top: `enum Mode { On, Off } class S { Mode: Mode | null = null; set(): string { this.Mode = Mode.Off; return String(this.Mode) + (this.Mode === Mode.Off); } }`, main: `this.Echo(new S().set());` },
  { name: "(C72) a class Mode with a static beside a number field named Mode", top: `class Mode { static k = 5; } class S { Mode = 2; get(): number { return this.Mode + Mode.k + this.Mode; } }`, main: `${show("new S().get()")}` },
  { name: "(C72) a method and an inherited getter named like a class and an enum", top: `enum Dir { Up, Down } class Unit { static size = 3; } class Base { get Dir(): string { return "d"; } } class K extends Base { Unit(): number { return Unit.size + 1; } go(): string { return this.Dir + Dir.Down + this.Unit() + Dir[Dir.Up] + (this.Dir === "d"); } unit2(d: Dir): boolean { return d === Dir.Down; } }`, main: `const k = new K(); this.Echo(k.go() + k.unit2(Dir.Down));` },
  { name: "(C72) a parameter property named like an enum, and a switch on the enum inside", top: `enum Mode { A, B } class P { constructor(public Mode: string) {} f(m: Mode): string { switch (m) { case Mode.A: return this.Mode + "a"; case Mode.B: return this.Mode + Mode[Mode.B]; } } }`, main: `const p = new P("m"); this.Echo(p.f(Mode.A) + p.f(Mode.B));` },
  { name: "a field of exactly its enum's type and name (C#'s Color Color: the type stays unqualified), 'this.' dropped", top: `enum Mode { On, Off } class S { Mode: Mode = Mode.On; set(): string { this.Mode = Mode.Off; return String(this.Mode) + (this.Mode === Mode.Off); } }`, main: `this.Echo(new S().set());` },
  // labels (cc-adv10): more shapes, all the same in Node and C#
  { name: "labels: break a labelled switch from a loop in its case", main: `let s = ""; for (const k of [1, 2, 3] as int[]) { sw: switch (k) { case 1: for (let j = 0; j < 5; j++) { if (j === 2) break sw; s += j; } s += "!"; break; case 2: s += "b"; break; default: s += "d"; } s += ","; } this.Echo(s);` },
  { name: "labels: continue/break a labelled for...of over a generator from an inner generator loop (both closed)", top: `function* nums(tag: string): Generator<number> { try { yield 1; yield 2; yield 3; } finally { fin.push(tag); } } const fin: string[] = [];`, main: `let s = ""; L: for (const a of nums("a")) { for (const b of nums("b" + a)) { if (b === 2) continue L; if (a === 3) break L; s += a + "" + b; } } this.Echo(s + " " + fin.join());` },
  { name: "labels: continue L out of a catch, finally runs", main: `let s = ""; L: for (let i = 0; i < 3; i++) { try { if (i === 1) throw new Error("x"); s += "t" + i; } catch (e) { for (;;) { s += "c"; continue L; } } finally { s += "f"; } s += "e"; } this.Echo(s);` },
  { name: "labels: continue L inside a generator's while, out of a do-while in a try/finally", top: `function* gen(): Generator<string> { let i = 0; L: while (i < 5) { i++; try { do { if (i === 2) continue L; if (i === 4) break L; yield "v" + i; } while (false); } finally { fin.push(i); } } yield "end"; } const fin: number[] = [];`, main: `const out: string[] = []; for (const v of gen()) out.push(v); this.Echo(out.join() + "/" + fin.join());` },
  { name: "labels: a labelled for whose body is a loop without braces, with a comma update", main: `let s = ""; L: for (let i = 0, j = 10; i < j; i++, j -= 2) for (const x of [1, 2]) { if (x === 2) continue L; s += i + ":" + j + " "; } this.Echo(s);` },
];
