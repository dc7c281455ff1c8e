import type { DiffCase } from "../harness.ts";

// Session 21 (cc-adv14): adversary round 14, feature interactions an outside auditor would write.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C108: mcs evaluates the value of an indexer or property assignment before its target when the value is used
  { name: "(C108) chained element assignments: a[i++] = a[i] = i++ writes the elements JS writes", main: `const a = [0, 0, 0, 0]; let i = 0; a[i++] += i; a[i++] = a[i] = i++; const b = [0, 0, 0]; let j = 0; const y = b[j++] = j; ${show("a.join() + ' ' + i + ' ' + b.join() + ' ' + y + ' ' + j")}` },
  { name: "(C108) an element assignment as an argument, a return value and a condition: the index before the value", top: `let log = ""; function t(s: string, v: int): int { log += s; return v; } function put(xs: number[]): number { return xs[t("i", 0)] = t("v", 5); }`, main: `const xs = [0, 0, 0]; const r = Math.max(xs[t("a", 1)] = t("b", 7), 0); const q = put(xs); let k = 0; if ((xs[t("c", 2)] = t("d", 3)) > 2) k = 1; const f = (): number => xs[t("e", 0)] = t("f", 9); f(); ${show("xs.join() + ' ' + r + ' ' + q + ' ' + k + ' ' + log")}` },
  { name: "(C108) a property assignment whose value is used: the receiver before the value (a setter, an interface property, a field)", top: `let log = ""; class P { private v = 0; get x(): number { return this.v; } set x(n: number) { log += "set"; this.v = n; } f = 0; } const ps = [new P(), new P()]; function at(i: int): P { log += "at" + i; return ps[i]; } function val(n: number): number { log += "val"; return n; }`, main: `const y = at(0).x = val(4); const z = at(1).f = val(6); const w = (at(1).x = val(2)) + 1; let o = ps[0]; const swap = (): number => { o = ps[1]; return 8; }; const u = o.x = swap(); ${show("y + ' ' + z + ' ' + w + ' ' + u + ' ' + ps[0].x + ' ' + ps[1].f + ' ' + ps[1].x + ' ' + log")}` },
];
