import type { DiffCase } from "../harness.ts";

// Session 21 (cc-adv15): adversary round 15, classes, closures, exceptions, strings and number printing.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C120: a `let` loop variable of a for...of over a string, a Set, or a Map's keys()/values() that the body writes was a C# foreach variable (mcs CS1656)
  { name: "(C120) for (let x of ...) over a string, a Set and a Map's keys()/values(), the variable written in the body (closures see each iteration's value)", main: `const fs: (() => string)[] = []; let s = ""; for (let ch of "xy") { fs.push(() => ch); ch = ch + "!"; s += ch; } const st = new Set<string>(["p", "q"]); for (let k of st) { k += "?"; s += k; } const m = new Map<string, number>([["a", 1], ["b", 2]]); for (let k of m.keys()) { fs.push(() => k); k = k.toUpperCase(); } for (let v of m.values()) { v *= 10; s += v; } for (const c of "ok") s += c; ${show("s + ' ' + fs.map((f) => f()).join()")}` },
];
