// Session 11, statements and declarations are tree nodes and no token pass drops parentheses: each
// case puts a value where text joined without its precedence (or a group the printer dropped) would
// change the meaning or fail to compile, and C# must print what Node prints.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  // a rest parameter's list packed its arguments as text: `new List<double> { a = 5, 2 }` is an
  // object initializer to C# (mcs CS0747); the tree groups the assignment
  { name: "tree statements: an assignment packed into a rest parameter", top: `function sum(...xs: number[]): number { let s = 0; for (const x of xs) s += x; return s; }`, main: `let a = 1; ${show("sum(a = 5, 2)")} ${show("a")} ${show("sum()")} ${show("sum(a > 2 ? a : -a, -a)")} ${show("[a = 7, 1].length + a")} const m = new Map<string, number>([["k", a = 8]]); ${show("m.get(\"k\")")} ${show("a")}` },
  // destructuring defaults joined their value as text after `??` / `:`
  { name: "tree statements: destructuring defaults of compound values", top: `interface O { a?: number; b?: string }`, main: `const f = [1].length > 0; const o: O = { b: undefined }; const { a = f ? 2 : 3, b = "x" + "y" } = o; ${show("a")} ${show("b")} const xs = [1]; const [p, q = f ? 10 : 20, r = xs.length - -1] = xs; ${show("p + q + r")}` },
  // a deferred checked((int)x) in a checked body loses its parentheses with the keyword where x fits
  { name: "tree statements: int conversions inside int arithmetic", main: `const xs = [7.9, -2.5]; let v = 0; for (let i = 0; i < xs.length; i++) v = v * 10 + toInt(xs[i] + 0.5); ${show("v")} const n: int = toInt(xs[0]) * 2 - toInt(-xs[1]); ${show("n")} ${show("(toInt(xs[0]) + 1).toString()")}` },
  // TS's grouping parentheses are the tree's now: `(a ? b : c) ? d : e`, `(x = y) + 1`, `-(-a)`
  { name: "tree statements: grouping parentheses from the TS", main: `const t = [1].length > 0; let x = 2; const y = 3; ${show("(t ? false : true) ? 1 : 2")} ${show("(x = y) + 1")} ${show("-(-x)")} ${show("(x - y) - (y - x)")} ${show("x - (y - x)")} ${show("(t || !t) && !(t && !t)")}` },
  // if/else chains, loops, switch and try as nodes: an else stays with its if, a switch section's break
  { name: "tree statements: nested if/else, switch and try", main: `const out: string[] = []; for (let i = 0; i < 4; i++) { if (i > 0) { if (i > 2) out.push("big"); } else out.push("zero"); switch (i) { case 0: case 1: out.push("low"); break; default: out.push("hi"); } try { if (i === 3) throw new Error("e" + i); } catch (e) { out.push((e as Error).message); } finally { out.push("f"); } } let k = 0; do { k++; } while (k < 3); while (k > 0) k -= 2; ${show("out.join()")} ${show("k")}` },
];
