import type { DiffCase } from "../harness.ts";

// Session 21 (cc-adv15): adversary round 15, classes, closures, exceptions, strings and number printing.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C120: a `let` loop variable of a for...of over a string, a Set, or a Map's keys()/values() that the body writes was a C# foreach variable (mcs CS1656)
  { name: "(C120) for (let x of ...) over a string, a Set and a Map's keys()/values(), the variable written in the body (closures see each iteration's value)", main: `const fs: (() => string)[] = []; let s = ""; for (let ch of "xy") { fs.push(() => ch); ch = ch + "!"; s += ch; } const st = new Set<string>(["p", "q"]); for (let k of st) { k += "?"; s += k; } const m = new Map<string, number>([["a", 1], ["b", 2]]); for (let k of m.keys()) { fs.push(() => k); k = k.toUpperCase(); } for (let v of m.values()) { v *= 10; s += v; } for (const c of "ok") s += c; ${show("s + ' ' + fs.map((f) => f()).join()")}` },
  // C121: a comma list as a statement was "an expression statement without an effect"; a push in a for loop's comma update "using the result of 'push'"
  { name: "(C121) comma lists as a statement and as a for loop's update: push, add, set and ++ run in order, values dropped", main: `const xs: number[] = []; const st = new Set<number>(); const m = new Map<string, number>(); let n = 0; xs.push(1), st.add(2), m.set("a", 3), n++; for (let i = 0; i < 3; xs.push(i * 10), i++) n += i; for (let i = 0; i < 2; st.add(i + 5), i++) {} if (n > 0) xs.push(n), n = -1; ${show("xs.join() + ' ' + [...st].join() + ' ' + m.size + ' ' + n")}` },
  // C122: xs.join(), `${xs}`, String(xs) of class objects whose class declares toString() were PBTS1015 "join of 'A' elements"
  { name: "(C122) join, template and String() of arrays of class objects with toString(): called per element in order after the separator, an override through the base, a null element empty", top: `let log = ""; class A { protected get label(): string { return "a"; } toString(): string { log += "t"; return "<" + this.label + ">"; } } class B extends A { protected override get label(): string { return "b" + super.label; } } function sep(): string { log += "s"; return "|"; }`, main: `const xs: A[] = [new A(), new B()]; const bs = [new B()]; const e: B[] = []; const maybe: (A | null)[] = [new A(), null, new B()]; ${show("xs.join() + ' ' + `${xs}` + ' ' + String(bs) + ' ' + xs.join(sep()) + ' [' + e.join() + '] ' + maybe.join('/') + ' ' + `${maybe}` + ' ' + log")}` },
];
