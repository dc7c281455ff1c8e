// Session 9, the C# expression tree (compiler/emit/tree/): the printer writes only the parentheses
// C#'s precedence needs, so each case puts an operand where a missing (or a joined) token would
// change the meaning, and C# must print what Node prints.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  { name: "tree: signs beside signs", main: `const a = 5; let b = 3; ${show("- -a")} ${show("a - -b")} ${show("-(-a - -b)")} ${show("a - - -b")} ${show("1 - -(-1)")} b--; ${show("-b")}` },
  { name: "tree: subtraction and division keep their right-hand groups", main: `const a = 10; const b = 4; const c = 3; ${show("a - (b - c)")} ${show("a / (b / c)")} ${show("(a - b) - c")} ${show("a % (b * c)")} ${show("a - (b + c)")}` },
  { name: "tree: arithmetic beside < and >", main: `const xs = [1, 2, 3]; const n = xs.length; ${show("n + 1 > xs[0] * 2")} ${show("(n - 1) < (n * 2 - 5)")} ${show("-n < -(n - 1)")}` },
  { name: "tree: ! of tests and of Boolean(x)", main: `const s = ""; const t = "x"; const n = 0; const o: string[] | null = null; ${show("!Boolean(s)")} ${show("!Boolean(t)")} ${show("!Boolean(n)")} ${show("!(s.length > 0 && t.length > 0)")} ${show("!o")} ${show("!(n === 0)")}` },
  { name: "tree: && inside || and || inside &&", main: `const ab = [1, 2]; const a = ab[0]; const b = ab[1]; for (const c of [0, 1, 2]) { ${show("(a === c && b > c) || c === 2")} ${show("a === c && (b > c || c === 2)")} ${show("!(a === c || b === c) && c >= 0")} }` },
  { name: "tree: ?? on either side", main: `const xs: (number | undefined)[] = [undefined, 2]; const a = xs[0]; const b = xs[1]; ${show("a ?? b ?? 7")} ${show("(a ?? b) ?? 7")} ${show("(a ?? 1) + (b ?? 1) * 2")}` },
  { name: "tree: conditionals nested in test, branch and operand", main: `for (const i of [0, 1, 2]) { ${show("(i > 0 ? i === 2 : true) ? 'p' : 'q'")} ${show("i === 0 ? 'z' : i === 1 ? 'o' : 't'")} ${show("(i > 0 ? i : 10) * 2")} ${show("1 + (i === 1 ? -1 : 1)")} }` },
  { name: "tree: conversions of negated and compound values", main: `const a = 2.75; const n = [1, 2].length; ${show("toInt(-a)")} ${show("toInt(a * 2 - 10)")} ${show("toFloat(-n) / 2")} ${show("-toInt(a) * 3")} ${show("toInt(-(a + 1)) - -n")}` },
  { name: "tree: templates and concatenations as operands", main: `const n = 3; const s = "s"; ${show("s + n + 1")} ${show("s + (n + 1)")} ${show("`a${n}` + `b${n + 1}` + s")} ${show("(`x${n}`).length * 2")} ${show("s + `${n > 2 ? 'big' : 'small'}` + -n")}` },
  { name: "tree: assignments and increments as values", main: `let i = 0; let j = 10; const xs = [5, 6, 7]; ${show("xs[i++] + xs[++i]")} ${show("(j -= 3) * 2")} ${show("-(--j)")} ${show("- --j")} ${show("i-- - -j")}` },
  { name: "tree: instanceof in a condition and a conditional", top: `class A { n = 1; } class B extends A { m = 2; }`, main: `const xs: A[] = [new A(), new B()]; for (const x of xs) { ${show("x instanceof B ? x.m : x.n")} ${show("!(x instanceof B) && x.n === 1")} ${show("(x instanceof B) === true")} }` },
  { name: "tree: member access on compound receivers", main: `const a = 1.5; const s = "ab"; ${show("(a * 2).toFixed(1)")} ${show("(-a).toFixed(2)")} ${show("(s + s).length")} ${show("(s || 'x').length")}` },
];
