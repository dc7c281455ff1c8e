// cc-adv4 (session 10): programs an adversary wrote against the README's subset; each once failed in mcs
// or printed something else in C# (C17-… in /work/briefs/cc-findings.md = test/compiler/ADVERSARY-FINDINGS.md).
// Rejected neighbours (PBTS1094): test/compiler/adversary.test.ts (session 10 block).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

const box = `class Box<T> { constructor(private v: T) {} get(): T { return this.v; } map<U>(f: (x: T) => U): Box<U> { return new Box<U>(f(this.v)); } }`;
const generics = `function maxBy<T>(xs: T[], f: (x: T) => number): T { let b = xs[0]; for (const x of xs) if (f(x) > f(b)) b = x; return b; } function mapAll<T, U>(xs: T[], f: (x: T) => U): U[] { return xs.map(f); } function count<T>(xs: T[], p: (x: T) => boolean): number { return xs.filter(p).length; } function firstOr<T>(xs: T[], d: T): T { return xs.length ? xs[0] : d; } function lastOr<T>(d: T, xs: T[]): T { return xs.length ? xs[xs.length - 1] : d; } function getOr<K, V>(m: Map<K, V>, k: K, d: V): V { return m.has(k) ? m.get(k)! : d; }`;

export const cases: DiffCase[] = [
  // C17: a generic method of a Box<int> taking a callback whose result is a type argument still to infer
  // (`map<U>(f: (x: T) => U)`): the lambda's parameter was TS's erased `number`, a double (mcs CS1678 for a Func<int, U>).
  c("adversary: callback of a generic method on a Box<int>", `const b1 = new Box<int>(3); const big = new Box<int>(2147483647); this.Echo(b1.map((x) => x * 2).get() + "|" + b1.map((x) => x + 1).get() + "|" + b1.map((x) => "s" + x).get() + "|" + b1.map((x) => { const y: int = x * 3; return y; }).get() + "|" + big.map((x) => x + 1).get() + "|" + new Box<string>("q").map((s) => s.length).get());`, undefined, box),
  // C18: a type argument fixed by an int[] / Map<string, int> / Box<int> argument was widened to double (a JS number):
  // maxBy<double>(List<int>) (mcs CS1503). Now the collection's element type, exactly; scalars convert to it.
  c("adversary: generic functions over int arrays and int Maps", `const xs: int[] = [3, 1, 2]; const m = new Map<string, int>([["a", 1]]); this.Echo(String(maxBy(xs, (x) => -x)) + " " + mapAll(xs, (x) => x * 1.5).join() + " " + mapAll(xs, (x) => x + 1).join() + " " + count(xs, (x) => x > 1) + " " + firstOr(xs, 5) + " " + firstOr([] as int[], 5) + " " + lastOr(7, xs) + lastOr(7, [] as int[]) + " " + getOr(m, "a", 0) + getOr(m, "b", 2) + " " + maxBy([0.5, 2.5], (x) => x));`, undefined, generics),
  // C19: calling a parameter or field of a function type with int parameters: the argument was written as a double
  // (TS's signature says number): `g(2.0)` for a Func<int, double> (mcs CS1503).
  c("adversary: calling a delegate with int parameters", `const f = (x: int): number => x + 1; this.Echo(String(call(f)) + " " + this.h(2) + " " + (this.k?.(4) ?? -1));`, `h: (x: int) => int = (x) => x * 2; k: ((x: int) => int) | null = (x) => x - 1;`, `function call(g: (x: int) => number): number { return g(2); }`),
  // PBTS1094's fix hint, as printed, compiles and keeps both lists apart as JS's copy does.
  c("adversary: copying an int array into a number array (PBTS1094's hint)", `const xs: int[] = [1]; const ys: number[] = xs.map((x): number => x); ys.push(0.5); const ds = [new Dog("a")]; const as: Animal[] = ds.map((x): Animal => x); as.push(new Animal("b")); this.Echo(String(sum(ys)) + xs.length + as.map((a) => a.name).join() + ds.length);`, undefined, `function sum(xs: number[]): number { let s = 0; for (const x of xs) s += x; return s; } class Animal { constructor(public name: string) {} } class Dog extends Animal {}`),
  // C21: a function passed by name whose parameter (or result) type differs from the callback's: `ints.map(half)` with
  // `half(x: number)` was `Js.Map<int, double>(xs, half)` (mcs CS0123: a method group converts only to its own types).
  c("adversary: functions passed by name to callbacks of other number types", `const xs: int[] = [1, 2]; const out: string[] = []; const log = (x: number): void => { out.push("v" + x); }; xs.forEach(log); this.Echo(xs.map(fmt).join() + xs.filter(isOdd).join() + [1.5].map(half).join() + xs.map(half).join() + xs.map(twice).join() + xs.filter(big).join() + xs.some(big) + xs.map(this.h).join() + xs.slice().sort(cmp).join() + xs.reduce(add, 0) + out.join() + xs.map(String).join() + xs.every(isFinite));`, `h(x: number): string { return "h" + x; }`, `function fmt(x: int): string { return "#" + x; } function isOdd(x: int): boolean { return x % 2 === 1; } function half(x: number): number { return x / 2; } function twice(x: int): int { return x * 2; } function big(x: number): boolean { return x > 1.5; } function cmp(a: number, b: number): number { return b - a; } function add(a: number, b: number): number { return a + b; }`),
  // C21 too: a script function or delegate passed to a parameter of a function type with other number types
  // (`call(sq)` of an `(x: int) => int` for `g: (x: int) => number`, `apply(half)` of `half(x: number)` for `(x: int) => number`).
  c("adversary: functions passed by name to function parameters of other number types", `const sq = (x: int): int => x * x; this.Echo(String(call(sq, 3)) + " " + call(half, 5) + " " + call((x) => x / 4, 2) + " " + call(twice, 7) + " " + pick(true, sq)(4));`, undefined, `function call(g: (x: int) => number, v: int): number { return g(v); } function half(x: number): number { return x / 2; } function twice(x: int): int { return x * 2; } function pick(b: boolean, f: (x: int) => number): (x: int) => number { return b ? f : half; }`),
  // C22: TS's types say number where the script wrote int: a const arrow called (`mk(3)` of `(k: int): ((x: int) => int)`)
  // was typed Func<double, double>, and array literals of int-typed functions or int[]s (`[sq]`, `[a, b]`) were
  // List<Func<double, double>> / List<List<double>> (mcs CS1950/CS1503; with PBTS1094, a false rejection).
  c("adversary: array literals of int arrays and int functions, a const arrow's result", `const sq = (x: int): int => x * x; const fs = [sq, (x: int): int => x + 1]; const a: int[] = [1]; const b: int[] = [2, 3]; const grid = [a, b]; grid[0].push(5); const mk = (k: int): ((x: int) => int) => (x) => x + k; const add3 = mk(3); const m = new Map<string, (x: int) => int>(); m.set("a", add3); const f = (x: int) => { const y = x + 1; return y; }; this.Echo(fs.map((h) => h(3)).join() + "|" + grid.map((r) => r.join("+")).join() + "|" + a.join() + "|" + add3(4) + m.get("a")!(10) + "|" + f(2) / 2);`),
  // C23 (fuzz seed 26120142, program 848): `(x2 || (-19)) / 86400000` with an int x2 was typed double but written
  // `(x2 != 0 ? x2 : (-19)) / 86400000`, an int division in C# (Node 0.000423..., mono 0). The int side is cast.
  c("adversary: a || or && value of ints divided (fuzz 26120142/848)", `const x2 = 0x8EDD; const y: int = 0; const xs = [1]; const n = xs.length; this.Echo(String((x2 || (-19)) / 86400000) + " " + ((y || 7) / 2) + " " + ((n || 3) / 2) + " " + ((x2 && 5) / 2) + " " + ((y && 5) / 4));`),
];
