// Issue 12, emitter classes: each case is a repro of a defect class (int inference, Math on ints,
// optional chains, pop/shift, class fields and statics, name capture, for-of, invalid C#).
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  // ---- 2. int inference: unannotated numbers stay JS numbers unless provably in range
  { name: "int inference: doubling a let past 2^31", main: `let p = 1; for (let i = 0; i < 40; i++) p = p * 2; ${show("p")}` },
  { name: "int inference: doubling with +", main: `let p = 1; for (let i = 0; i < 40; i++) p = p + p; ${show("p")}` },
  { name: "int inference: compound *= and +=", main: `let p = 3; let q = 1; for (let i = 0; i < 25; i++) { p *= 5; q += q; } ${show("p")} ${show("q")}` },
  { name: "int inference: const product", main: `const ms = 86400000, days = 30; ${show("ms * days")} ${show("ms + ms + ms")}` },
  { name: "int inference: const sum past 2^31", main: `const a = 2000000000; const b = 2000000000; ${show("a + b")} ${show("a - -b")}` },
  { name: "int inference: generic class from an int literal", top: `class Box<T> { constructor(public value: T) {} }`, main: `const b = new Box(100000); ${show("b.value * b.value")}` },
  { name: "int inference: generic function from an int literal", top: `function id<T>(x: T): T { return x; }`, main: `const v = id(70000); ${show("v * v")}` },
  { name: "int inference: top-level const products", top: `const BIG = 100000; const PRODUCT = BIG * BIG; const SUM = 2000000000 + 2000000000;`, main: `${show("PRODUCT")} ${show("SUM")} ${show("BIG * BIG")}` },
  { name: "int inference: modulo by zero", main: `const a = 7; const b = 0; ${show("a % b")} ${show("7 % b")}` },
  { name: "int inference: negative modulo gives -0", main: `const a = -4; const b = 2; ${show("1 / (a % b)")}` },
  { name: "int inference: counter times a large literal", main: `let s = 0; for (let i = 0; i < 30; i++) s = i * 100000000; ${show("s")}` },
  { name: "int inference: counter squared", main: `const xs: number[] = []; for (let i = 46340; i < 46343; i++) xs.push(i * i); this.Echo(xs.join(","));` },
  { name: "int inference: length times length", main: `const s = "abcdefghij".repeat(5000); ${show("s.length * s.length")}` },
  { name: "int inference: counters still index arrays", main: `const a = [10, 20, 30, 40]; let sum = 0; for (let i = 0; i < a.length; i++) sum += a[i] * (i + 1); ${show("sum")} for (let j = a.length - 1; j >= 0; j--) this.Echo(String(a[j]));` },
  { name: "int inference: negating an int zero gives -0", main: `const xs: number[] = []; const n = xs.length; ${show("1 / -n")} const k: int = 0; ${show("1 / -k")} let j = 0; j--; ${show("-j")}` },
  { name: "int inference: a let that grows by a variable is a double", main: `const step = 1000000000; let x = 0; for (let i = 0; i < 5; i++) x += step; ${show("x")} let y = 2; y -= step * 3; ${show("y")}` },
  { name: "int inference: while counter and bounded resets", main: `const s = "hello world"; let i = 0; let words = 1; while (i < s.length) { if (s[i] === " ") words++; i++; } ${show("words")} let last = s.indexOf("o"); last = last + 1; ${show("last")} ${show("s[last]")}` },
  { name: "int inference: products as arguments and returns", top: `function area(w: number, h: number): number { return w * h; } function cube(n: int): number { return n * n * n; }`, main: `const w = 70000; ${show("area(w, w)")} ${show("cube(2000)")}` },
  { name: "int inference: declared int keeps int arithmetic", main: `const a: int = 7; const b: int = 2; const c: int = a * b + 1; ${show("c")} ${show("a % b")}` },
  { name: "int inference: a let reset from a length", main: `const xs = [1, 2, 3]; let n = 0; n = xs.length; n++; ${show("n")}` },
  { name: "int inference: int literal passed to number param", top: `function sq(x: number): number { return x * x; }`, main: `${show("sq(100000)")}` },
  // ---- 3. Math on int values
  { name: "Math.abs of an int local, divided", main: `const xs = [1, 2, 3]; const n = xs.length; ${show("Math.abs(n) / 2")} ${show("Math.abs(-n) / 2")}` },
  { name: "Math.floor/ceil/trunc of an int local", main: `for (let i = 0; i < 3; i++) { ${show("Math.floor(i)")} ${show("Math.ceil(i)")} ${show("Math.trunc(i)")} ${show("Math.sqrt(i)")} }` },
  { name: "Math.min/max of int locals divided", main: `const a = [5, 9]; const n = a.length; ${show("Math.max(n, 3) / 4")} ${show("Math.min(n, 3) / 4")}` },
  // ---- 5. optional chains short-circuit as a whole
  { name: "optional chain through a string method", top: `class T { constructor(public name: string) {} }`, main: `const ts: (T | null)[] = [new T("ab"), null]; for (const t of ts) this.Echo(t?.name.toUpperCase() ?? "none");` },
  { name: "optional element access", main: `const ls: (string[] | null)[] = [["x"], null]; for (const l of ls) this.Echo(l?.[0] ?? "none");` },
  { name: "optional chain through includes", top: `class H { items: string[] = ["a"]; }`, main: `const hs: (H | null)[] = [new H(), null]; for (const h of hs) this.Echo(String(h?.items.includes("a") ?? false));` },
  { name: "optional chain through length", top: `class H { items: string[] = ["a", "b"]; }`, main: `const hs: (H | null)[] = [new H(), null]; for (const h of hs) ${show("h?.items.length ?? -1")}` },
  { name: "optional call of a method", top: `class C { n = 0; next(): number { this.n++; return this.n; } }`, main: `const cs: (C | null)[] = [new C(), null]; for (const c of cs) ${show("c?.next() ?? 0")}` },
  { name: "optional chain with two ?.", top: `class N { constructor(public next: N | null, public label: string) {} }`, main: `const a = new N(new N(null, "b"), "a"); const xs: (N | null)[] = [a, a.next, null]; for (const x of xs) this.Echo(x?.next?.label.toUpperCase() ?? "-");` },
  { name: "optional call as a statement", top: `class C { n = 0; bump(): void { this.n++; } items: number[] = []; }`, main: `const a = new C(); const cs: (C | null)[] = [a, null]; for (const c of cs) { c?.bump(); c?.items.push(1); } ${show("a.n")} ${show("a.items.length")}` },
  { name: "optional chain on a field chain", top: `class In { constructor(public s: string) {} } class Outer { inner: In | null = null; }`, main: `const o = new Outer(); this.Echo(o.inner?.s.trim() ?? "empty"); o.inner = new In(" x "); this.Echo(o.inner?.s.trim() ?? "empty");` },
  { name: "optional chain on a method result", top: `class N { constructor(public v: number) {} next(): N | null { return this.v > 0 ? new N(this.v - 1) : null; } }`, main: `const n = new N(1); ${show("n.next()?.v ?? -1")} ${show("n.next()?.next()?.v ?? -1")}` },
  { name: "Map and Set keys -0 stored as 0", main: `const z = -0; const m = new Map<number, string>(); m.set(z, "a"); for (const k of m.keys()) ${show("1 / k")} const st = new Set<number>(); st.add(z); for (const k of st) ${show("1 / k")} ${show("m.has(0)")}` },
  { name: "bitwise on a negated int", main: `const a: int = 12; ${show("-a >> 1")} ${show("~-a")} let b: int = 5; b &= -a; ${show("b")}` },
  // ---- 6. pop/shift on number arrays
  { name: "pop with a default", main: `const nums = [1, 2]; ${show("nums.pop() ?? -1")} ${show("nums.pop() ?? -1")} ${show("nums.pop() ?? -1")}` },
  { name: "pop with !", main: `const stack = [3.5, 4]; const top = stack.pop()!; ${show("top * 2")} ${show("stack.shift()! + 1")}` },
  { name: "shift of booleans with a default", main: `const bs = [true]; ${show("bs.shift() ?? false")} ${show("bs.shift() ?? false")}` },
  // ---- 11. a subclass redeclaring a base field shares it
  { name: "subclass redeclares a base field", top: `class A { s = "hi"; show(): string { return this.s; } } class D extends A { s = "woof"; }`, main: `const d = new D(); this.Echo(d.show()); this.Echo(d.s); const a: A = d; this.Echo(a.s); a.s = "x"; this.Echo(d.s);` },
  { name: "subclass redeclares a typed base field", top: `class A { n: number = 1; } class D extends A { n: number = 2; twice(): number { return this.n * 2; } }`, main: `const d = new D(); const a: A = d; ${show("a.n")} ${show("d.twice()")}` },
  // ---- 12. top-level names captured by same-named members
  { name: "field initialized from a same-named top-level const", top: `const maxSpeed = 100; class D { maxSpeed = maxSpeed; }`, main: `${show("new D().maxSpeed")}` },
  { name: "method calling a same-named top-level function", top: `function pad(s: string): string { return "[" + s + "]"; } class F { pad(s: string): string { return pad(s) + "!"; } }`, main: `this.Echo(new F().pad("x"));` },
  { name: "parameter named like a top-level const", top: `const limit = 5; class L { limit: number; constructor(limit: number) { this.limit = limit + 1; } }`, main: `${show("new L(1).limit")} ${show("limit")}` },
  // ---- 13. statics
  { name: "this in a static method", top: `class C { static n = 2; static twice(): number { return this.n * 2; } }`, main: `${show("C.twice()")}` },
  { name: "static initializers without side effects", top: `class A { static base = 10; static names: string[] = ["a"]; } class B { static derived = A.base * 2; static table = new Map<string, number>(); }`, main: `${show("B.derived")} B.table.set("k", A.base); ${show("B.table.get(\"k\")!")} this.Echo(A.names.join(","));` },
  { name: "writing an inherited static through its own class", top: `class A { static count = 0; } class Sub extends A { bump(): void { A.count += 10; } }`, main: `new Sub().bump(); ${show("A.count")} ${show("Sub.count")}` },
  // ---- 14. PBTS1021 through a generic helper: see errors.cases.ts
  // ---- 15. for-of over a variable the body reassigns
  { name: "for-of keeps iterating the original array", main: `let q = [1, 2, 3]; for (const x of q) { q = [x * 10]; this.Echo(String(x)); } this.Echo(q.join(","));` },
  // ---- 18. invalid C#
  { name: "return inside finally", top: `function f(): string { try { return "a"; } finally { } }`, main: `this.Echo(f());` },
  { name: "lambda with fewer parameters than forEach passes", main: `let n = 0; const xs = [1, 2, 3]; xs.forEach(() => n++); ${show("n")}` },
  { name: "sort with a comparator ignoring parameters", main: `const xs = [3, 1, 2]; xs.sort(() => 0); this.Echo(xs.join(","));` },
  { name: "map to lengths", main: `const words = ["a", "bbb", "cc"]; const ls: number[] = words.map((w) => w.length); this.Echo(ls.join(","));` },
  { name: "map to lengths passed to a number[] parameter", top: `function total(xs: number[]): number { let s = 0; for (const x of xs) s += x; return s; }`, main: `${show('total(["ab", "c"].map((w) => w.length))')} ${show("total([1.5].map((v) => toFloat(v)))")}` },
  { name: "conversion of an expression holding dollar signs", main: `${show('toInt("$$".length)')} ${show('toInt("$&x".length)')}` },
  { name: "unary minus of a negative literal", main: `${show("- -5")} const x = 3; ${show("- -x")} ${show("-(-x)")}` },
  { name: "hex literals with an E digit", main: `${show("0xFE")} ${show("0xE")} ${show("0x1E + 1")} const m: int = 0xFE; ${show("m & 0x0F")}` },
  { name: "local named Js", main: `const Js = 3; ${show("Js + 1")} ${show("0.1 + 0.2")}` },
  { name: "local named value in a setter", top: `class S { private v = 0; get x(): number { return this.v; } set x(n: number) { const value = n * 2; this.v = value; } }`, main: `const s = new S(); s.x = 4; ${show("s.x")}` },
  { name: "enum variable assigned a number", top: `enum Mode { A, B, C }`, main: `let m: Mode = Mode.A; m = 2; ${show("m === Mode.C")}` },
];
