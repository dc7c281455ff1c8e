// Session 10, the C# tree reaches builtins, collections, `new`, literals and lambdas: each case puts
// one of their results (or an operand of theirs) where text joined without its precedence would
// change the meaning or fail to compile, and C# must print what Node prints.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  // Math.min of one int gave its text without its `compound` flag: `a + b * 2`
  { name: "tree builtins: Math.min/max of one compound int as an operand", main: `const xs = [1, 2]; const a = xs.length; const b = xs.length; ${show("Math.min(a + b) * 2")} ${show("Math.max(a - b) - -1")} ${show("-Math.min(a + b)")}` },
  // s.concat(x) joined x's text after `+`: `s + a ?? "d"` is `(s + a) ?? "d"`
  { name: "tree builtins: concat of a compound string", main: `const xs: (string | undefined)[] = [undefined, "v"]; for (const a of xs) { const f = a === undefined; ${show('"x".concat(a ?? "d")')} ${show('"x".concat(f ? "t" : "e")')} ${show('"x".concat("a" + "b").length')} }` },
  // Boolean(x) of an object joined `x != null` after x's text: `a ?? b != null`
  { name: "tree builtins: Boolean of a compound reference", main: `const ls: (number[] | null)[] = [null, [1]]; const a = ls[0]; const b = ls[1]; const e: number[] | null = null; ${show("Boolean(a ?? b)")} ${show("Boolean(a ?? e)")} ${show("!Boolean(a ?? b)")}` },
  // Number(b) of a boolean wrapped b's text as the test of `?:`: `(f = true ? 1.0 : 0.0)`
  { name: "tree builtins: Number of an assignment and of a comparison", main: `let f = false; const n = [3].length; ${show("Number(f = true)")} ${show("f")} ${show("Number(n > 2) * 10")} ${show("Number(n > 5 || f) + 1")}` },
  { name: "tree builtins: callbacks built in as lambdas", main: `const bs = [true, false]; const ss = ["1.5", "x", ""]; ${show("bs.map(Number).join()")} ${show("ss.map(Number).join()")} ${show("ss.filter(Boolean).length")} ${show("ss.map(parseFloat).some(isNaN)")} ${show("[1, 0, NaN].filter(Boolean).length")}` },
  { name: "tree builtins: collection results as operands", main: `const xs = [3, 1, 2]; const m = new Map<string, number>([["a", 1], ["b", 2]]); const s = new Set([1, 2, 2]); ${show("xs.slice(1).length * 2")} ${show("[...xs, ...s].length - -1")} ${show("Array.from(m.values()).reduce((p, c) => p + c, 0) * 3")} ${show("(m.get('a') ?? 0) + (m.get('z') ?? 10)")} ${show("Math.max(...xs) - Math.min(...xs)")} ${show("Array.from({ length: 3 }, (_, i) => i * i).join('-')")}` },
  { name: "tree builtins: new, literals and lambdas as values", top: `class P { constructor(public x: number, public y: number) {} }`, main: `const ps = [new P(1, 2), new P(3, -4)]; const f = (p: P) => p.x - -p.y; ${show("ps.map(f).join()")} ${show("ps.map((p) => (p.x > 1 ? p.x : -p.x)).join()")} ${show("new P(2, 3).x * new P(4, 5).y")} ${show("[1, 2, 3].map((n) => n * 2).length")} ${show("[[1, 2], [3]].map((r) => r.length).join()")}` },
  { name: "tree builtins: logical assignments of compound values", main: `let s = ""; let t = "t"; let n: number | undefined = undefined; const c = [1].length > 0; s ||= c ? "a" : "b"; t &&= c ? "x" : "y"; n ??= c ? 5 : 6; ${show("s")} ${show("t")} ${show("n")} let o: string | null = null; o ??= s + t; ${show("o")}` },
];
