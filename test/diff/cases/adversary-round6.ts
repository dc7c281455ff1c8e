// cc-adv6 (session 12): adversarial cases, round 6. Findings C40-…: test/compiler/ADVERSARY-FINDINGS.md.
// Rejections and their messages: test/compiler/adversary.test.ts (session 12 block).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // Brief item 3: `[...m.entries()]` of a Map<string, [int, string]> was rejected ("spreading 'Js.Tuple2<string,
  // Js.Tuple2<int, string>>' elements into a 'Js.Tuple2<string, Js.Tuple2<double, string>>' array"): TS's type of the
  // literal erased the int. A literal without a declared type now takes the C# element type of what it spreads.
  // The entries are fresh tuples sharing the Map's value tuples, as in JS (the write through es[0][1] shows in m).
  c("adversary: spreading the entries of a Map of int tuples", `const m = new Map<string, [int, string]>(); m.set("a", [1, "x"]); m.set("b", [2, "y"]); const es = [...m.entries()]; const es2 = [...m]; es[0][1][0] = 9; es.push(["c", [3, "z"]]); const vs = [...m.values()]; const ks = [...m.keys(), "q"]; this.Echo(es.map(([k, t]) => k + t[0] + t[1]).join() + es2.length + String(m.get("a")![0]) + es2.map(([k, [n, s]]) => k + (n / 2) + s).join() + "|" + vs.map((t) => t[0] / 2 + t[1]).join() + ks.join());`),
  c("adversary: spreading a Set of int tuples", `const s = new Set<[int, int]>(); s.add([1, 2]); s.add([3, 4]); const xs = [...s]; const ys: [int, int][] = [...s, [5, 6]]; this.Echo(xs.map(([a, b]) => a / b).join() + "|" + ys.map(([a, b]) => a % b).join());`),
  // C40: a top-level `const A: int = 2147483647` is a C# `const`: C# folds `A + 1` at compile time (mcs CS0220 in
  // checked code). Now folded by pbts as a literal is: JS's exact result, a double.
  c("adversary: arithmetic on a top-level int const beyond int (C40)", `this.Echo(String(A + 1) + " " + String(A * 2) + " " + String(-A - 2) + " " + String(A - B) + " " + String(B - 1) + " " + String(-Z) + String(1 / -Z) + String(A + B) + " " + String((A + 1) | 0) + String(A << 1) + " " + String(new P().f()) + String(new P().g) + String([1, 2, 3][B - 4]));`, undefined, `const A: int = 2147483647; const B: int = 5; const Z: int = 0; class P { g = A + A; f(): number { return A + 1; } }`),
  // C42: JS sorts a copy of the items and writes it back at the end (ES2023 SortIndexedProperties), so a comparator
  // that throws leaves the array unchanged, and a comparator reading the array sees it unsorted; Js.Sort merged in
  // place (mono printed 45231907 for 54321907 after the throw). Now a copy, written back at the end.
  c("adversary: a sort comparator that throws leaves the array as it was (C42)", `const out: string[] = []; for (const lim of [1, 3, 5, 8, 12, 99]) { const xs = [5, 4, 3, 2, 1, 9, 0, 7]; let n = 0; try { xs.sort((a, b) => { if (++n > lim) throw new Error("x"); return a - b; }); } catch (e) { out.push("c"); } out.push(xs.join("")); } const ss = ["d", "c", "b", "a"]; let k = 0; try { ss.sort((a, b) => { if (++k > 2) throw new Error("y"); return a < b ? -1 : 1; }); } catch (e) { out.push("s"); } const ys = [3, 1, 2, 0]; let same = true; ys.sort((a, b) => { same = same && ys.join("") === "3120"; return a - b; }); const zs = [3, 1, 2]; let m = 0; zs.sort((a, b) => { if (m++ === 0) zs.push(9); return a - b; }); this.Echo(out.join(" ") + " " + ss.join("") + " " + ys.join("") + String(same) + " " + zs.join(""));`),
  // C44's accepted neighbours: a struct through generics that never compare it, and comparing generics over numbers
  // and strings (equal values are the same in both).
  c("adversary: structs through generics that do not compare them, comparing generics of numbers (C44)", `const a = new Vector3D(1, 2, 3); const b = new Box<Vector3D>(a); const xs = [a]; this.Echo(String(b.v.X) + String(pick(a, a).Y) + String(lastOf(xs).Z) + String(has([1, 2, NaN], NaN)) + String(has(["a"], "a")) + String(uniq([1, 1, -0, 0])) + String(xs.findIndex((x) => x.Equals(a))));`, undefined, `import { Vector3D } from "pbts/se"; class Box<T> { constructor(public v: T) {} } function pick<T>(a: T, b: T): T { return b; } function lastOf<T>(xs: T[]): T { return xs[xs.length - 1]; } function has<T>(xs: T[], x: T): boolean { return xs.includes(x); } function uniq<T>(xs: T[]): number { return new Set<T>(xs).size; }`),
];
