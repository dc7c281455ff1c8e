// cc-adv (session 8): programs an adversary wrote against the README's subset; each once failed in mcs
// or printed something else in C# (C1-C… in /work/briefs/cc-findings.md). Rejected neighbours:
// test/compiler/adversary.test.ts (PBTS1092, PBTS1093).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C1: `super.m()` / `super.x` in a static member (mcs CS1511: no `base` in a static method).
  c("adversary: super in static members", `this.Echo(D.make() + B.make() + D.v);`, undefined, `class B { static w = 3; static make(): string { return "b" + B.w; } } class D extends B { static v = super.w + 1; static make(): string { return "d" + super.make(); } }`),
  // Same defaults on both sides of an override stay accepted (PBTS1093's neighbour).
  c("adversary: override with the same default", `const b: B = new D(); const i: I = new D(); this.Echo(b.f() + b.f(5) + new D().f() + i.g() + i.g("z"));`, undefined, `interface I { g(s?: string): string; } class B { f(x: number = 1): string { return "B" + x; } } class D extends B implements I { f(x: number = 1): string { return "D" + x; } g(s?: string): string { return "g" + s; } }`),
  // C4: push(a, b): JS reads the receiver once and every argument before appending (C# appended between them: 1,1,2).
  c("adversary: push of several arguments reading the array", `const xs = [1]; xs.push(xs.length, xs.length); const a = 5; xs.push(a, 6); this.xs.push(a, a); this.Echo(xs.join() + "|" + this.xs.join());`, `xs: number[] = [];`),
  c("adversary: push of several arguments on a computed receiver", `this.get().push(1, 2); this.get().push(this.n, this.n); this.Echo(String(this.n) + "|" + this.xs.join());`, `n = 0; xs: number[] = []; get(): number[] { this.n++; return this.xs; }`),
  // C5: an inferred int beside an int literal beyond 2^24 (C# int arithmetic overflowed: exception).
  c("adversary: inferred int minus a large literal", `const xs = [1, 2, 3]; let i = xs.length - 1; i = i - 5; this.Echo(String(i) + " " + (i - 2147483647) + " " + (xs.length + 2147483000) + " " + (2147483647 + xs.length));`),
  // C6: `+ - *` of ints under a bitwise operator wraps as JS's ToInt32 (C# checked arithmetic threw).
  c("adversary: hash idiom on a declared int", `let h: int = 0; const s = "hello world, this is a long string"; for (let i = 0; i < s.length; i++) { h = (h * 31 + toInt(s.charCodeAt(i))) | 0; } let g: int = 0; for (let i = 0; i < s.length; i++) { g = ((g << 5) - g + s.charCodeAt(i)) | 0; } this.Echo(String(h) + " " + g);`),
  c("adversary: int arithmetic wrapped by bitwise operators", `const a: int = toInt(-2147483648); const b: int = 2147483647; const r: int[] = [(a - 1) | 0, (b + b) ^ 0, (a * a) & -1, (b * b) | 0, (a * 3) >> 1, (b * 7) << 1, (a - b) | 0, ((a - 1) - b) | 0]; const p: int = 100000; this.Echo(r.join() + " " + ((p * p) & 0xFFFF));`),
  c("adversary: compound xor of a wrapping product", `let h: int = 7; for (let i = 0; i < 20; i++) { h ^= h * 1103515245 + 12345; } this.Echo(String(h));`),
  c("adversary: hash of char codes in a number", `let h = 0; const s = "abcdefghijklmnopqrstuvwxyz0123456789"; for (const ch of s) { h = (h * 31 + ch.charCodeAt(0)) | 0; } const n = NaN; const big = 1e20; this.Echo(String(h) + " " + ((n + 1) | 0) + " " + ((big * 3) | 0) + " " + ((-big - 1) | 0));`),
  c("adversary: negation and complement of wrapping ints", `const a: int = toInt(-2147483648); const b: int = 5; const r: int[] = [-a >> 1, -a | 0, (-a) ^ b, -(a - b) & -1, -b >> 1, -5 >> 1, ~-b, ~-a, ~(a - 1), ~(b * b)]; this.Echo(r.join());`),
  // C7: a class's own `length` field was refused with the array hint (PBTS1001 "use splice").
  c("adversary: a class field named length", `const q = new L(); q.length = 5; q.length += 2; q.length++; const h: HasLen = { length: 1 }; h.length = 4; this.Echo(String(q.length) + " " + String(h.length));`, undefined, `class L { length = 0; } interface HasLen { length: number; }`),
  // C10: indexOf/lastIndexOf on a type parameter's values: List.IndexOf found NaN, JS's === never does.
  c("adversary: generic indexOf of NaN", `this.Echo(String(io([NaN, 1], NaN)) + " " + li([NaN, 1, NaN], NaN) + " " + li([1, 2, 1], 1) + " " + io(["a", "b"], "b") + " " + io([0], -0) + " " + String(inc([NaN], NaN)) + String(inc([0], -0)));`, undefined, `function io<T>(xs: T[], x: T): number { return xs.indexOf(x); } function li<T>(xs: T[], x: T): number { return xs.lastIndexOf(x); } function inc<T>(xs: T[], x: T): boolean { return xs.includes(x); }`),
  // C11: a -0 key added through a type parameter (a generic helper's s.add(k), new Set<K>(xs)) stayed -0.
  c("adversary: generic Map and Set keys of -0", `const s = new Set<number>(); addTo(s, -0); const m = new Map<number, number>(); put(m, -0, 1); const t = toSet([-0, 1, -0]); const r = new Reg<number>(); r.add(-0); r.add(0); this.Echo([...s].map((k) => 1 / k).join() + " " + [...m.keys()].map((k) => 1 / k).join() + " " + String(m.has(0)) + " " + String(t.size) + [...t].map((k) => 1 / k).join() + " " + String(r.s.size) + [...r.s].map((k) => 1 / k).join());`, undefined, `function addTo<K>(s: Set<K>, k: K): void { s.add(k); } function put<K, V>(m: Map<K, V>, k: K, v: V): void { m.set(k, v); } function toSet<K>(xs: K[]): Set<K> { return new Set<K>(xs); } class Reg<K> { s = new Set<K>(); add(k: K): void { this.s.add(k); } }`),
];
