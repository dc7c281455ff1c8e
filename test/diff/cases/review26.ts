import type { DiffCase } from "../harness.ts";

// Session 26 reviewer "review": programs built to break the `full` passes of session 26 (compiler/print/fold.ts,
// scopes.ts, short-names.ts; shift/pop as RemoveAt; fields merged across public). Run at full with
// PBTS_DIFF_LEVEL=full (they hold at the default level and at none too).
const show = (expr: string) => `this.Echo(String(${expr}));`;
const N = 420;
const fields = Array.from({ length: N }, (_, i) => `fieldNumber${i}: int = ${i};`).join(" ");
const sum = Array.from({ length: N }, (_, i) => `this.fieldNumber${i}`).join(" + ");
const locals = Array.from({ length: 60 }, (_, i) => `const localValue${i}: int = ${i} + toInt(this.Storage.length);`).join(" ");

export const cases: DiffCase[] = [
  {
    // C197: ... a float beside a long (C#'s float rounds 16777217), a uint, a byte; and where a float is wanted
    name: "(C197) a float beside a long, a uint and a byte in a conditional, and a conditional where a float is wanted",
    top: `import { toUint, toByte } from "pbts/se"; import type { uint, byte } from "pbts/se";`,
    main: `const f: float = toFloat(0.1 + this.Storage.length); const k = this.Storage.length === 0; const u: uint = toUint(16777217 + this.Storage.length); const l: long = toLong(16777217 + this.Storage.length); const by: byte = toByte(7 + this.Storage.length); ${show("k ? u : f")} ${show("(k ? f : u) / 3")} ${show("(!k ? f : l) / 3")} ${show("(k ? f : by) / 3")} ${show("!k ? l : f")} ${show("k ? l : f")} ${show("(k ? by : f) / 3")} const g: float = k ? f : 2; ${show("g")} const h: float = !k ? f : 2; ${show("h / 3")} const m = !k ? f : l; ${show("m")} const xs: float[] = [f]; xs.push(k ? f : 3); ${show("xs[1]")}`,
  },
  {
    // C197: ... and `fz ?? l`, a float? beside a long (C#'s float rounds 16777217), beside `??` and `||` of literals
    name: "(C197) a float beside a long or a literal in ?? and ||",
    main: `const k = this.Storage.length === 0; const fn: float | null = k ? toFloat(-24 + this.Storage.length) : null; const fz: float | null = k ? null : toFloat(1); const i: int = -1; const l: long = toLong(16777217 + this.Storage.length); ${show("fz ?? l")} ${show("i / (fn ?? -10)")} ${show("i / (fz ?? -24)")} const f: float = toFloat(-24 + this.Storage.length); const z: float = toFloat(this.Storage.length); ${show("i / (z || -24)")} ${show("i / (f || 3)")} ${show("Math.max(f, -30) / 7")}`,
  },
  {
    // C198: the script's StartsWith was renamed with the .NET member the emitter writes (`"abc".b(..)`: mcs CS1061)
    name: "(C198) full: script members named like .NET members the emitter writes (StartsWith) and Math's",
    top: `class Trig { Tan(x: number): number { return x + 1; } Atan(x: number): number { return x + 2; } Sign(x: number): number { return x + 3; } Round(x: number): number { return x + 4; } Log2(x: number): number { return x + 5; } StartsWith(s: string): boolean { return s.length > 2; } Lst: int = 3; }`,
    main: `const t = new Trig(); const v = 0.5 + this.Storage.length; ${show("t.Tan(v) + Math.tan(v)")} ${show("t.Atan(v) + Math.atan(v)")} ${show("t.Sign(v) + Math.sign(-v)")} ${show("t.Round(v) + Math.round(v + 1)")} ${show("t.Log2(v) + Math.log2(v * 8)")} ${show("t.StartsWith('abc') && 'abc'.startsWith('ab')")} const xs: number[] = [1]; ${show("t.Lst + xs.length")}`,
  },
  {
    // C198: the runtime's StartsWith (a position given) and the string's (none) in one script
    name: "(C198) full: startsWith with and without a position in one script",
    main: `const s = "abcabc" + this.Storage; ${show("s.startsWith('ab')")} ${show("s.startsWith('ca', 2)")} ${show("s.startsWith('x', 1)")} ${show("s.endsWith('bc')")} ${show("s.split('b').length")} ${show("[1, 2].concat([3]).length")}`,
  },
  {
    // C197 (emitter, every level; fuzz seed 26120427 program 263): `k ? f : -10` was typed double but is C#'s float,
    // so the division it stood in ran in float
    name: "(C197) a float beside a whole literal in a conditional, divided and printed",
    main: `const f: float = toFloat(-24 + this.Storage.length); const k = this.Storage.length === 0; const i: int = -1; ${show("i / (k ? f : -10)")} ${show("1 / (k ? f : 3)")} ${show("(k ? f : 3) / 7")} ${show("(k ? 3 : f) / 7")} ${show("i / f")} const g = k ? f : 2; ${show("g / 7")} ${show("(k ? f : f) / 7")} const big: int = 16777217 + this.Storage.length; ${show("(k ? big : f) + 1")} ${show("k ? 16777217 : f")}`,
  },
  {
    // C196: constantMethods wrote `probe();` as `false;` (mcs CS0201: a literal is no statement)
    name: "(C196) full: a constant bool method called as a statement, and as an if's branch",
    top: `class L { n: int = 0; probe(): boolean { return false; } go(): int { this.probe(); this.n++; if (this.n > 0) this.probe(); else this.n--; return this.n; } }`,
    main: `const l = new L(); ${show("l.go()")}`,
  },
  {
    // C196: ... and as a void lambda's body, a void method's expression body, a for head's statement list
    name: "(C196) full: a constant bool method called in a void lambda, a void expression body and a for head",
    top: `class L { n: int = 0; probe(): boolean { return true; } touch(): void { this.probe(); } go(): int { const a: () => void = () => this.probe(); a(); this.touch(); this.n++; [1, 2].forEach((x) => this.probe()); for (let i = 0; i < 2; i++, this.probe()) this.n++; return this.n; } }`,
    main: `const l = new L(); ${show("l.go()")}`,
  },
  {
    name: "full: constant bool hooks beside a virtual base and its override, an interface and a delegate",
    top: `interface Hook { due(): boolean; } class Base implements Hook { due(): boolean { return false; } run(): string { return this.due() ? "due" : "not"; } } class Sub extends Base { due(): boolean { return true; } } class Lone { probe(): boolean { return false; } ready(x: int): boolean { return true; } go(k: int): string { let s = ""; if (this.probe()) return "p"; if (!this.probe() && k > 1) s += "a"; if (this.ready(k) || k > 5) s += "b"; if (k > 2 && this.ready(k)) s += "c"; return s; } }`,
    main: `const b: Base = new Sub(); ${show("b.run()")} const h: Hook = b; ${show("h.due()")} const l = new Lone(); for (let k: int = 0; k < 4; k++) ${show("l.go(k)")} const f = () => l.probe(); ${show("f()")}`,
  },
  {
    name: "full: shift and pop statements as an if's branch before an else, and as a loop's body",
    top: `class Q { items: int[] = [1, 2, 3, 4]; drop(n: int, front: boolean): void { for (let i = 0; i < n; i++) if (front) this.items.shift(); else this.items.pop(); } }`,
    main: `const xs: int[] = [1, 2, 3]; const e = this.Storage.length === 0; if (!e) xs.shift(); else this.Echo("else"); ${show("xs.length")} if (e) xs.pop(); else this.Echo("else2"); ${show("xs.length")} const ys: string[] = []; if (e) ys.shift(); else this.Echo("e3"); ${show("ys.length")} const q = new Q(); q.drop(1, true); ${show("q.items.join(',')")} q.drop(2, false); ${show("q.items.join(',')")} q.drop(5, true); ${show("q.items.length")}`,
  },
  {
    name: "full: x = x || y and x = x && y beside a property with an effect and fields",
    top: `class F { on = false; n: int = 0; get busy(): boolean { this.n++; return this.n > 1; } step(k: int): void { this.on = this.on || k > 2; let loc = false; loc = loc || this.on; loc = loc && k < 10; const b = k === 3; let c = true; c = c && b || k === 4; this.on = this.on && this.busy; } }`,
    main: `const f = new F(); for (let k: int = 0; k < 6; k++) { f.step(k); ${show("f.on + ' ' + f.n")} }`,
  },
  {
    name: "full: consecutive ifs that jump alike, the second test with an effect",
    top: `class J { n: int = 0; bump(): boolean { this.n++; return this.n > 2; } walk(xs: int[]): int { let t: int = 0; for (const x of xs) { if (x < 0) continue; if (this.bump()) continue; if (x === 7) break; if (x > 100) break; t += x; } return t; } pick(a: int): int { if (a === 1) return a; if (this.bump()) return a; return -1; } }`,
    main: `const j = new J(); ${show("j.walk([1, -2, 3, 4, 7, 200, 5])")} ${show("j.n")} ${show("j.pick(1)")} ${show("j.n")} ${show("j.pick(2)")} ${show("j.n")}`,
  },
  {
    name: "full: shared short names beside this-less reads in subclasses, interface members, lambda parameters and statics",
    top: `interface Shape { area(): number; label: string; } class Base { count: int = 0; tag = "b"; bump(): void { this.count++; } } class Sub extends Base implements Shape { label = "sub"; side = 2; area(): number { this.bump(); return this.side * this.side + this.count; } } class Other { weight = 5; name = "o"; static made: int = 0; make(): Other { Other.made++; return new Other(); } sum(xs: number[]): number { let t = 0; xs.forEach((weight) => { t += weight * this.weight; }); return t; } } function total(ss: Shape[]): number { let t = 0; for (const s of ss) t += s.area(); return t; } class Deep extends Sub { depth = 1; area(): number { return super.area() * 10 + this.depth + this.weightOf(); } weightOf(): int { return this.count; } }`,
    main: `const s = new Sub(); const d = new Deep(); ${show("total([s, d, s])")} ${show("s.label + d.label + s.tag")} const o = new Other(); o.make(); ${show("o.sum([1, 2]) + Other.made")} ${show("o.name + o.weight")}`,
  },
  {
    name: "full: shared short names beside enum members of the same spelling and mutual references",
    top: `enum Kind { Idle, Busy, Done } class Job { Idle = 3; kind: Kind = Kind.Busy; Busy(): boolean { return this.kind === Kind.Busy; } step(): void { this.kind = this.kind === Kind.Busy ? Kind.Done : Kind.Idle; this.Idle++; } } class Pool { jobs: Job[] = []; Done = 0; run(): string { let s = ""; for (const j of this.jobs) { j.step(); if (j.kind === Kind.Done) this.Done++; s += String(j.Busy()) + j.Idle; } return s; } } class A { n: int = 1; b: B | null = null; get(): int { return this.n + (this.b !== null ? this.b.m() : 0); } } class B { k: int = 2; a: A | null = null; m(): int { return this.k + (this.a !== null ? this.a.n : 0); } } class C extends A { q: int = 7; get(): int { return super.get() + this.q + this.n; } }`,
    main: `const p = new Pool(); p.jobs.push(new Job()); p.jobs.push(new Job()); ${show("p.run()")} ${show("p.run()")} ${show("p.Done")} const a = new A(); const b = new B(); a.b = b; b.a = a; const c = new C(); c.b = b; ${show("a.get()")} ${show("b.m()")} ${show("c.get()")}`,
  },
  {
    // past a..z, A..Z and _: Latin-1, Latin Extended-A, Greek and Cyrillic one-character names (mcs reads them)
    name: "full: one-character names past ASCII (420 fields, 60 locals)",
    top: `class Many { ${fields} total(): int { return ${sum}; } }`,
    main: `const m = new Many(); ${show("m.total()")} ${locals} ${show(Array.from({ length: 60 }, (_, i) => `localValue${i}`).join(" * 0 + "))}`,
  },
];
