// Negative differential cases: constructs pbts must reject, with the diagnostic code and the place
// (a unique substring of the wrapped source, see caseSource in harness.ts) it must point at.
import type { DiffCase } from "./harness.ts";

export interface ErrorCase extends Omit<DiffCase, "main"> {
  main?: string;
  /** The PBTS code expected. */
  code: string;
  /** A unique substring of the wrapped source where the diagnostic must point. */
  at: string;
}

export const errorCases: ErrorCase[] = [
  // strings
  {
    name: "String() of a class instance (JS calls toString, C# would not)",
    top: `class P { constructor(public x: number) {} toString(): string { return "P(" + this.x + ")"; } }`,
    main: `const p = new P(1.5); this.Echo(String(p));`,
    code: "PBTS1001",
    at: "p));",
  },
  {
    name: "concatenating a class instance",
    top: `class Q { x = 1; }`,
    main: `const q = new Q(); this.Echo("q=" + q);`,
    code: "PBTS1001",
    at: "q);",
  },
  {
    name: "replace with a '$' pattern",
    main: `this.Echo("a-b".replace("-", "$&$&"));`,
    code: "PBTS1001",
    at: `"$&$&"`,
  },
  {
    name: "replace with a computed replacement",
    main: `const w = "x"; this.Echo("a-b".replace("-", w));`,
    code: "PBTS1001",
    at: `w));`,
  },
  {
    name: "indexing a string with a double",
    main: `const s = "abc"; const i = 1.5; this.Echo(s[i]);`,
    code: "PBTS1047",
    at: `i]);`,
  },
  // end of strings
  // collections
  {
    name: "iterating a Map the program deletes from",
    main: `const m = new Map<string, number>(); m.set("a", 1); m.delete("a"); m.set("b", 2); for (const [k, v] of m) this.Echo(k);`,
    code: "PBTS1021",
    at: `m) this.Echo(k);`,
  },
  {
    name: "iterating a Set the program deletes from",
    members: `private s = new Set<string>(); drop(x: string): void { this.s.delete(x); }`,
    main: `this.s.add("a"); for (const x of this.s) this.Echo(x);`,
    code: "PBTS1021",
    at: `this.s) this.Echo(x);`,
  },
  {
    name: "Map set during for-of (JS visits the new entry, C# throws)",
    main: `const m = new Map<string, number>(); m.set("a", 1); for (const [k, v] of m) { if (k === "a") m.set("c", 3); this.Echo(k + v); }`,
    code: "PBTS1053",
    at: `m.set("c", 3)`,
  },
  {
    name: "Map overwrite during for-of",
    main: `const m = new Map<string, number>(); m.set("a", 1); for (const [k, v] of m) { m.set(k, v * 10); }`,
    code: "PBTS1053",
    at: `m.set(k, v * 10)`,
  },
  {
    name: "Set add during for-of through an alias",
    main: `const s = new Set<int>(); const t = s; s.add(1); for (const x of s) { if (x < 4) t.add(x + 1); }`,
    code: "PBTS1053",
    at: `t.add(x + 1)`,
  },
  {
    name: "Map clear during for-of over keys()",
    main: `const m = new Map<string, number>(); m.set("a", 1); for (const k of m.keys()) { m.clear(); }`,
    code: "PBTS1053",
    at: `m.clear()`,
  },
  {
    name: "pop() === null (JS: undefined !== null)",
    main: `const a: string[] = []; const x = a.pop(); this.Echo(String(x === null));`,
    code: "PBTS1052",
    at: `=== null`,
  },
  {
    name: "find() !== null",
    main: `const a = ["a"]; const f = a.find((x) => x === "b"); if (f !== null) this.Echo("found");`,
    code: "PBTS1052",
    at: `!== null`,
  },
  {
    name: "map.get() === null",
    main: `const m = new Map<string, string>(); this.Echo(String(m.get("a") === null));`,
    code: "PBTS1052",
    at: `=== null`,
  },
  {
    name: "find on numbers (undefined when nothing matches)",
    main: `const a = [1, 2]; const f = a.find((x) => x > 5);`,
    code: "PBTS1015",
    at: `a.find(`,
  },
  {
    name: "sort() of numbers without a comparator (JS compares as strings)",
    main: `const a = [10, 9, 1]; a.sort();`,
    code: "PBTS1015",
    at: `a.sort()`,
  },
  {
    name: "map.get on number values without '!'",
    main: `const m = new Map<string, number>(); const v = m.get("a");`,
    code: "PBTS1015",
    at: `m.get("a")`,
  },
  {
    name: "using the result of push",
    main: `const a: number[] = []; const n = a.push(1);`,
    code: "PBTS1001",
    at: `a.push(1)`,
  },
  {
    name: "assigning array length",
    main: `const a = [1, 2]; a.length = 0;`,
    code: "PBTS1001",
    at: `a.length = 0`,
  },
  {
    name: "join of objects",
    top: `class Q { x = 1; }`,
    main: `const a = [new Q()]; this.Echo(a.join());`,
    code: "PBTS1015",
    at: `a.join()`,
  },
  {
    name: "indexing an array with a double",
    main: `const a = [1, 2]; const i = 0.5; this.Echo(String(a[i]));`,
    code: "PBTS1047",
    at: `i]));`,
  },
  // end of collections
];
