// cc-adv (session 6): programs an adversary wrote against the README's subset (strings, control
// flow, classes, collections, generators); each once failed in mcs or printed something else in C#.
// Rejected neighbours: test/compiler/adversary.test.ts.
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // `a.done ? "" : a.value` in a template: string and number branches (mcs: CS0173).
  c("adversary: generator value or empty in a template", `const g = this.gen(); const a = g.next(); const b = g.next(); this.Echo(\`\${a.done} \${b.done} [\${a.done ? "" : a.value}] [\${b.done ? "" : b.value}]\`);`, `*gen(): Generator<number> { yield 1; }`),
  c("adversary: conditionals of mixed types in a template", `const n = 2.5; const ok = n > 2; const m: string | null = null; this.Echo(\`\${ok ? n : "no"} \${!ok ? n : "no"} \${(ok ? true : "x")} \${ok ? m : 3} \${(((ok ? -0 : "")))}\`);`),
  // `x?.next?.v ?? -1` stays a number; `?? "none"` is rejected (adversary.test.ts).
  c("adversary: optional chain defaulted to a number in a template", `const xs: (Nd | null)[] = [null, new Nd(null), new Nd(new Nd(null))]; this.Echo(xs.map((x) => \`\${x?.next?.v ?? -1}\`).join());`, undefined, `class Nd { v = 7; constructor(public next: Nd | null) {} }`),
  // A function ending in a switch over every member of an enum: TS lets it end there, mcs did not (CS1643/CS0161).
  c("adversary: arrow ending in a switch over every enum member", `const f = (e: E): string => { switch (e) { case E.X: return "x"; case E.Y: return "y"; } }; this.Echo(f(E.X) + f(E.Y));`, undefined, `enum E { X = 1, Y = 2 }`),
  c("adversary: method ending in a switch over every enum member", `this.Echo(\`\${this.f(E.X)}\${this.f(E.Y)}\`);`, `f(e: E): number { switch (e) { case E.X: return 1; case E.Y: { return 2; } } }`, `enum E { X = 1, Y = 2 }`),
  c("adversary: function ending in a switch over every enum member", `this.Echo(\`\${f(E.X)}\${f(E.Y)}\`);`, undefined, `enum E { X = 1, Y = 2 } function f(e: E): boolean { switch (e) { case E.X: case E.Y: return true; } }`),
  c("adversary: void arrow with a switch over every enum member", `let s = ""; const f = (e: E): void => { switch (e) { case E.X: s += "x"; break; case E.Y: s += "y"; break; } }; const k: int = 3; f(E.X); f(E.Y); f(k); this.Echo(s);`, undefined, `enum E { X = 1, Y = 2 }`),
  // `undefined` passed for a parameter with a default: JS applies the default (C# passed null: CS1503).
  c("adversary: undefined passed for a default parameter", `this.Echo(this.f() + this.f(undefined) + this.f(2) + this.g("x") + this.g("y", undefined, "z") + fn(undefined, 3) + new Pt(undefined).s);`, `f(x: number = 1.5): string { return x + ","; } g(s: string, t: string = "d", u?: string): string { return s + t + u; }`, `function fn(a: number = 7, b: number = 8): string { return a + "/" + b; } class Pt { s: string; constructor(x: E = E.B) { this.s = "E" + x; } } enum E { A = 3, B = 4 }`),
  // A getter alone implements a writable interface property (TS allows it; mcs: CS0535). JS throws on assignment.
  c("adversary: getter-only implementation of a writable interface property", `const xs: Shape[] = [new Sq(2), new Ci(1)]; this.Echo(xs.map((s) => s.area().toFixed(2) + s.name).join()); for (const s of xs) { try { s.name = "new"; this.Echo(s.name); } catch (e) { if (e instanceof Error) this.Echo(e.message); } }`, undefined, `interface Shape { name: string; area(): number; } class Sq implements Shape { name = "sq"; constructor(private s: number) {} area(): number { return this.s * this.s; } } class Ci implements Shape { get name(): string { return "ci"; } constructor(private r: number) {} area(): number { return Math.PI * this.r * this.r; } }`),
  // `$` in names (valid JS, no C# identifier character: CS1056) and names shaped like the compiler's temporaries (CS0136).
  c("adversary: names with $", `const $a = 1; const a$b = 3; let s = $a + a$b; for (const $ of [1, 2]) { const $a = 10; s += $ + $a; } const e$: E$ = E$.A$; const bx = new Bx$<number>(7); this.Echo(\`\${s} \${e$} \${bx.v} \${new D$().$v} \${$f(2)}\`);`, undefined, `class D$ { $v = "v$"; } enum E$ { A$ = 3 } class Bx$<T$> { constructor(public v: T$) {} } function $f($x: number): number { const g = ($y: number) => $y * $x; return g(3); }`),
  c("adversary: locals and members named like compiler temporaries", `const i__1 = 5; const list__2 = [1]; for (const p of [1, 2]) this.Echo(\`\${p + i__1 + list__2.length}\`); const o = new TT(); this.Echo(\`\${o.x__1} \${o.m__2()}\`);`, undefined, `class TT { x__1 = 1; m__2(): number { return 2; } }`),
  c("adversary: abstract getter and its override implementing a writable interface property", `const s: Shape = new Cj(); this.Echo(s.name); try { s.name = "x"; } catch (e) { if (e instanceof Error) this.Echo(e.message); }`, undefined, `interface Shape { name: string; } abstract class Ab implements Shape { abstract get name(): string; } class Cj extends Ab { get name(): string { return "cj"; } }`),
  c("adversary: getter override in a subclass of a getter-only implementation", `const s: Shape = new Ck(); this.Echo(s.name); try { s.name = "x"; } catch (e) { if (e instanceof Error) this.Echo(e.message); }`, undefined, `interface Shape { name: string; } class Ci implements Shape { get name(): string { return "ci"; } } class Ck extends Ci { get name(): string { return "ck"; } }`),
];
