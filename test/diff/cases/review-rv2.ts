import type { DiffCase } from "../harness.ts";

// Session 15 reviewer rv2: the `full` printer passes (compiler/print/compact.ts) against programs
// built to break them. Run at full with PBTS_DIFF_LEVEL=full (they also hold at the default level).
const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  {
    // widenCasts read `var m` as not a number, but foreachLoops had made it `foreach (var m in modes)`:
    // `1d*m` of an enum does not compile (CS0019)
    name: "(C65) full: an enum list summed in a loop foreach turns, beside an int of the same name",
    top: `enum Mode { A = 1, B = 2, C = 4 } class Bag { modes: Mode[] = [Mode.A, Mode.C]; sum(): number { let s = 0; for (let i = 0; i < this.modes.length; i++) { const m = this.modes[i]; s += m; } return s; } other(): number { const m: int = 3; return m / 2; } }`,
    main: `const b = new Bag(); ${show("b.sum()")} ${show("b.other()")}`,
  },
  {
    // widenCasts after a unary minus that follows `/` or `%`: `(double)a / -(double)x` was `(double)a/-1d*x`,
    // which C# reads as `((double)a/-1d)*x`
    name: "(C66) full: an int divided by a negated int, and its neighbours",
    main: `const pa: int = 6 + toInt(this.Storage.length); const px: int = 3 + toInt(this.Storage.length); ${show("pa / -px")} ${show("pa % -px")} ${show("-pa / px")} ${show("pa / -(px)")} ${show("2 ** -px")} ${show("pa * -px / 4")} ${show("pa - -px * 0.5")} ${show("(pa + 1) / - -px")}`,
  },
  {
    // shareBools' consts beside names of the script's own: `b`, `e`, `pbtsTrue`, a nested class's
    // members and locals (the renamer gives short names to all of them)
    name: "full: true and false shared beside names b, e, pbtsTrue and shadowing members",
    top: `class Q { b = true; e = false; pbtsTrue = false; a = true; c = false; flip(b: boolean = true, e: boolean = false): boolean { const pbtsFalse = !b; return b === true ? e === false && pbtsFalse === false : this.b === true; } all(): string { let s = ""; for (const v of [true, false, true, false, this.a, this.c, this.e, this.pbtsTrue]) s += v ? "T" : "F"; return s; } }`,
    main: `const q = new Q(); const b = false; const e = true; ${show("q.flip()")} ${show("q.flip(false, true)")} ${show("q.all()")} ${show("b === false && e === true")} ${show("q.b !== true || q.e !== false")} switch (q.flip(true, false)) { case true: this.Echo("t"); break; case false: this.Echo("f"); break; }`,
  },
  {
    // numberForms beside `?:`, member access on a literal, exponents, NaN/Infinity and -0
    name: "full: double literal forms beside ?:, exponents, -0 and non-finite values",
    main: `const k = this.Storage.length === 0; const z = k ? 0.5 : 1.0; const w = k ? -0.0 : 0.0; ${show("z")} ${show("1 / w")} ${show("k ? 0.25e3 : 5.0e-1")} ${show("(0.5).toFixed(2)")} ${show("1e21 + 0.0")} ${show("0.0 / 0.0")} ${show("-1.0 / 0.0")} ${show("100.0 % 7.0")} ${show("Math.max(0.0, -0.5) + Math.min(10.0, 2.50)")}`,
  },
  {
    // programType: MyGridProgram as a parameter's, a field's, a list's and a lambda's type is Program at full
    name: "full: MyGridProgram as a type in nested classes, lists, lambdas and functions",
    top: `class Teller { p: MyGridProgram; n = 0; constructor(p: MyGridProgram) { this.p = p; } say(s: string): void { this.n++; this.p.Echo(s + String(this.n)); } } function tell(p: MyGridProgram, s: string): void { p.Echo("fn " + s); } class Many { ps: MyGridProgram[] = []; each(f: (p: MyGridProgram) => void): void { for (const p of this.ps) f(p); } }`,
    main: `const o = new Teller(this); o.say("a"); o.say("b"); tell(this, "c"); const m = new Many(); m.ps.push(this); m.ps.push(o.p); m.each((p) => p.Echo("each " + String(p === this))); ${show("m.ps.length")}`,
  },
  {
    // C68: mcs reads `F(a < b, c > 0.5)` as the generic `a<b, c>` whatever follows the `>` (Roslyn only before `(`):
    // the emitter groups `(a < b)` before an argument starting `name >`
    name: "(C68) comparisons as neighbouring call arguments: a < b, c > x",
    top: `function two(x: boolean, y: boolean): string { return String(x) + String(y); } function three(x: boolean, y: number, z: boolean): string { return String(x) + String(y) + String(z); }`,
    main: `const qa = this.Storage.length; const qb = 2; const qc = 3; const qw: int = 1; ${show("two(qa < qb, qc > 0.5)")} ${show("two(qa < qw, qc > qw)")} ${show("two(qa < qb, qc > -1)")} ${show("two(qa < qb, qc >= 1)")} ${show("two(qa < qb, qc > toDouble(qw))")} ${show("three(qa < qb, qc, qw > qa)")} ${show("two(qa < qb, qb > qc === true)")}`,
  },
  {
    // C182: mcs reads type arguments on only through items that are type names: `three(qa < qb, qc + 1, qw > qa)` and
    // `two(qa < qb, 1 > qc)` are printed without a group; `three((qa < qb), qc, qw > qa)` keeps it
    name: "(C182) a comparison before a `>` past an item that is no type name",
    top: `function two(x: boolean, y: boolean): string { return String(x) + String(y); } function three(x: boolean, y: number, z: boolean): string { return String(x) + String(y) + String(z); }`,
    main: `const qa = this.Storage.length; const qb = 2; const qc = 3; const qw: int = 1; ${show("three(qa < qb, qc + 1, qw > qa)")} ${show("two(qa < qb, 1 > qc)")} ${show("three(qa < qb, -qc, qw > qa)")} ${show("three(qa < qb, qc, qw > qa)")}`,
  },
  {
    // C185: a name beyond ASCII is a type name to mcs as well (it printed two(qb < café, qc > qb): CS1525)
    name: "(C185) comparisons as neighbouring call arguments with a name beyond ASCII",
    top: `function two(x: boolean, y: boolean): string { return String(x) + String(y); }`,
    main: `const café = this.Storage.length; const qb = 2; const qc = 3; ${show("two(qb < café, qc > qb)")} ${show("two(qb < qc, café > qb)")} ${show("two(café < qb, qc > café)")}`,
  },
  {
    // C184: but `c >> 1` and `c >>= 1` close no type arguments (spec §7.6.4.2: `F(G < A, B >> 7)` is two arguments;
    // mcs agrees): the emitter prints `sh(qa < qb, qw >> 1)` without a group
    name: "(C184) a comparison before a shifting argument: a < b, c >> x and c >>= x",
    top: `function sh(x: boolean, y: number): string { return String(x) + " " + String(y); } function sh3(x: boolean, y: number, z: boolean): string { return String(x) + String(y) + String(z); }`,
    main: `const qa = this.Storage.length; const qb = 2; let qw: int = 64; const qv: int = 2; ${show("sh(qa < qb, qw >> 1)")} ${show("sh(qa < qb, qw >> qv)")} ${show("sh(qa > qb, qw >>= qv)")} ${show("sh(qa < qb, qw >>= 1)")} ${show("sh3(qa < qb, qw >> qv, qw > qv)")} ${show("qw")}`,
  },
];
