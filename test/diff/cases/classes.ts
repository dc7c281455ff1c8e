import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  // ---- fields, constructors, initializer order
  { name: "field initializers", top: `class P { x = 1; y = 2.5; s = "hi"; b = true; }`, main: `const p = new P(); ${show("p.x")} ${show("p.y")} ${show("p.s")} ${show("p.b")}` },
  { name: "constructor assigns fields", top: `class P { x: number; y: number; constructor(x: number, y: number) { this.x = x; this.y = y * 2; } }`, main: `const p = new P(3, 4); ${show("p.x + p.y")}` },
  { name: "field initializers run before constructor body", top: `class P { log: string[] = ["init"]; constructor() { this.log.push("ctor"); } }`, main: `const p = new P(); this.Echo(p.log.join(","));` },
  { name: "field initializer uses earlier field", top: `class P { a = 3; b = this.a * 2; c = this.b + this.a; }`, main: `const p = new P(); ${show("p.c")}` },
  { name: "field initializer uses constructor parameter property", top: `class P { doubled: number; constructor(public n: number) { this.doubled = n * 2; } }`, main: `${show("new P(21).doubled")}` },
  { name: "parameter properties", top: `class P { constructor(public x: number, private y: number, readonly name: string) {} sum(): number { return this.x + this.y; } }`, main: `const p = new P(1, 2, "p"); ${show("p.sum()")} this.Echo(p.name); p.x = 10; ${show("p.sum()")}` },
  { name: "derived field initializers run after super()", top: `class A { log: string[] = []; constructor() { this.log.push("A"); } }
class B extends A { tag = "b"; constructor() { super(); this.log.push("B:" + this.tag); } }`, main: `this.Echo(new B().log.join(","));` },
  { name: "base constructor calls overridden method (no derived fields)", top: `class Base { seen: string; constructor() { this.seen = this.describe(); } describe(): string { return "base"; } }
class Derived extends Base { describe(): string { return "derived"; } }`, main: `this.Echo(new Derived().seen); this.Echo(new Base().seen);` },
  { name: "derived field initializer sees base field", top: `class A { a = 5; } class B extends A { b = this.a + 1; }`, main: `${show("new B().b")}` },
  { name: "super with arguments", top: `class A { constructor(public v: number) {} } class B extends A { w: number; constructor(v: number) { super(v * 2); this.w = this.v + 1; } }`, main: `const b = new B(5); ${show("b.v")} ${show("b.w")}` },
  { name: "readonly fields", top: `class P { readonly id: number; readonly name = "n"; constructor(id: number) { this.id = id; } }`, main: `const p = new P(7); ${show("p.id")} this.Echo(p.name);` },
  { name: "default field values of each type", top: `class P { n: number = 0; s: string = ""; a: number[] = []; o: P | null = null; }`, main: `const p = new P(); ${show("p.n")} this.Echo("[" + p.s + "]"); ${show("p.a.length")} ${show("p.o === null")}` },
  // ---- static
  { name: "static fields and methods", top: `class C { static count = 0; static inc(): number { C.count++; return C.count; } }`, main: `C.inc(); C.inc(); ${show("C.inc()")} ${show("C.count")}` },
  { name: "static initializer uses another static", top: `class C { static a = 4; static b = C.a * 10; }`, main: `${show("C.b")}` },
  { name: "static readonly array", top: `class C { static readonly names: string[] = ["x", "y"]; }`, main: `this.Echo(C.names.join("|")); C.names.push("z"); ${show("C.names.length")}` },
  { name: "instance counter through static", top: `class C { static made = 0; id: number; constructor() { C.made++; this.id = C.made; } }`, main: `const a = new C(); const b = new C(); ${show("a.id")} ${show("b.id")} ${show("C.made")}` },
  { name: "static method calling static method", top: `class M { static sq(x: number): number { return x * x; } static sumSq(a: number, b: number): number { return M.sq(a) + M.sq(b); } }`, main: `${show("M.sumSq(3, 4)")}` },
  // ---- accessors
  { name: "get-only accessor", top: `class R { constructor(public w: number, public h: number) {} get area(): number { return this.w * this.h; } }`, main: `const r = new R(3, 4); ${show("r.area")} r.w = 5; ${show("r.area")}` },
  { name: "get/set pair with backing field", top: `class T { private _c = 0; get celsius(): number { return this._c; } set celsius(v: number) { this._c = v < -273.15 ? -273.15 : v; } }`, main: `const t = new T(); t.celsius = 20; ${show("t.celsius")} t.celsius = -500; ${show("t.celsius")}` },
  { name: "setter side effect counter", top: `class T { sets = 0; private v = ""; get value(): string { return this.v; } set value(s: string) { this.sets++; this.v = s.toUpperCase(); } }`, main: `const t = new T(); t.value = "a"; t.value = "b"; this.Echo(t.value); ${show("t.sets")}` },
  { name: "compound assignment through accessor", top: `class T { private v = 1; get value(): number { return this.v; } set value(x: number) { this.v = x; } }`, main: `const t = new T(); t.value += 5; t.value *= 2; ${show("t.value")}` },
  { name: "static accessor", top: `class S { private static n = 2; static get twice(): number { return S.n * 2; } static set base(v: number) { S.n = v; } }`, main: `${show("S.twice")} S.base = 10; ${show("S.twice")}` },
  { name: "accessor overridden in subclass", top: `class A { get name(): string { return "A"; } hello(): string { return "I am " + this.name; } } class B extends A { get name(): string { return "B"; } }`, main: `const x: A = new B(); this.Echo(x.hello()); this.Echo(new A().hello());` },
  // ---- inheritance
  { name: "virtual dispatch through base reference", top: `class Animal { speak(): string { return "..."; } } class Dog extends Animal { speak(): string { return "woof"; } } class Cat extends Animal { speak(): string { return "meow"; } }`, main: `const xs: Animal[] = [new Dog(), new Cat(), new Animal()]; for (const a of xs) this.Echo(a.speak());` },
  { name: "super.method()", top: `class A { f(x: number): number { return x + 1; } } class B extends A { f(x: number): number { return super.f(x) * 10; } }`, main: `${show("new B().f(2)")}` },
  { name: "three-level override chain", top: `class A { who(): string { return "A"; } } class B extends A { who(): string { return "B<" + super.who(); } } class C extends B { who(): string { return "C<" + super.who(); } }`, main: `const a: A = new C(); this.Echo(a.who());` },
  { name: "inherited method uses overridden method", top: `class Shape { area(): number { return 0; } report(): string { return "area " + this.area(); } } class Sq extends Shape { constructor(public s: number) { super(); } area(): number { return this.s * this.s; } }`, main: `this.Echo(new Sq(3).report());` },
  { name: "inherited fields and methods", top: `class A { x = 1; incX(): void { this.x++; } } class B extends A { y = 10; }`, main: `const b = new B(); b.incX(); b.incX(); ${show("b.x + b.y")}` },
  { name: "method not overridden in middle class", top: `class A { f(): string { return "A"; } } class B extends A {} class C extends B { f(): string { return "C" + super.f(); } }`, main: `this.Echo(new C().f()); this.Echo(new B().f());` },
  { name: "protected member", top: `class A { protected secret = 42; } class B extends A { reveal(): number { return this.secret; } }`, main: `${show("new B().reveal()")}` },
  // ---- abstract
  { name: "abstract class and method", top: `abstract class Shape { abstract area(): number; describe(): string { return "area=" + this.area(); } } class Circle extends Shape { constructor(private r: number) { super(); } area(): number { return 3 * this.r * this.r; } }`, main: `const s: Shape = new Circle(2); this.Echo(s.describe());` },
  { name: "abstract property implemented by getter", top: `abstract class Named { abstract get name(): string; greet(): string { return "hi " + this.name; } } class Bob extends Named { get name(): string { return "bob"; } }`, main: `this.Echo(new Bob().greet());` },
  { name: "abstract class constructor runs", top: `abstract class A { log = "A"; constructor() { this.log += "!"; } abstract f(): string; } class B extends A { f(): string { return this.log + "B"; } }`, main: `this.Echo(new B().f());` },
  // ---- interfaces
  { name: "interface implemented by fields", top: `interface HasPos { x: number; y: number; } class Pt implements HasPos { constructor(public x: number, public y: number) {} }`, main: `const p: HasPos = new Pt(1, 2); p.x = 5; ${show("p.x + p.y")}` },
  { name: "interface methods", top: `interface Greeter { greet(name: string): string; } class En implements Greeter { greet(n: string): string { return "Hello " + n; } } class De implements Greeter { greet(n: string): string { return "Hallo " + n; } }`, main: `const gs: Greeter[] = [new En(), new De()]; for (const g of gs) this.Echo(g.greet("X"));` },
  { name: "interface readonly property by getter", top: `interface Sized { readonly size: number; } class Box implements Sized { get size(): number { return 3; } }`, main: `const s: Sized = new Box(); ${show("s.size")}` },
  { name: "function taking an interface", top: `interface Scorer { score(): number; } class A implements Scorer { score(): number { return 2; } } class B implements Scorer { score(): number { return 5; } }
function total(xs: Scorer[]): number { let t = 0; for (const x of xs) t += x.score(); return t; }`, main: `${show("total([new A(), new B(), new B()])")}` },
  { name: "class implements two interfaces", top: `interface I1 { a(): number; } interface I2 { b(): number; } class C implements I1, I2 { a(): number { return 1; } b(): number { return 2; } }`, main: `const c = new C(); const i1: I1 = c; const i2: I2 = c; ${show("i1.a() + i2.b()")}` },
  // ---- instanceof
  { name: "instanceof with subclasses", top: `class A {} class B extends A {} class C {}`, main: `const x: A = new B(); ${show("x instanceof B")} ${show("x instanceof A")} const y: A = new A(); ${show("y instanceof B")}` },
  { name: "instanceof to narrow", top: `abstract class Sh {} class Sq extends Sh { constructor(public s: number) { super(); } } class Ci extends Sh { constructor(public r: number) { super(); } }`, main: `const xs: Sh[] = [new Sq(2), new Ci(1)]; for (const x of xs) { if (x instanceof Sq) ${show("x.s")} else if (x instanceof Ci) ${show("x.r * 10")} }` },
  { name: "instanceof narrows an interface-typed value", top: `interface Shape { area(): number; } class Sq implements Shape { constructor(public s: number) {} area(): number { return this.s * this.s; } } class Ci implements Shape { area(): number { return 3; } }`, main: `const xs: Shape[] = [new Sq(2), new Ci()]; for (const x of xs) { if (x instanceof Sq) ${show("x.s")} else ${show("x.area()")} }` },
  // TS merges `x instanceof B || x instanceof C` into B when C has every member of B (structural);
  // C# must not cast to B (narrowing.ts).
  { name: "instanceof tests TS merges: members of the declared type need no cast", top: `class A { name = "a"; tag(): string { return "A:" + this.name; } } class B extends A { } class C extends A { name = "c"; }`, main: `const xs: A[] = [new A(), new B(), new C()]; for (const x of xs) if (x instanceof B || x instanceof C) ${show("x.tag()")}` },
  { name: "instanceof narrowing in a conditional expression", top: `class A { a = 1; } class B extends A { b = 2; }`, main: `const xs: A[] = [new A(), new B()]; for (const x of xs) ${show("x instanceof B ? x.b : x.a")}` },
  { name: "instanceof on null is false", top: `class A {}`, main: `const a: A | null = null as A | null; ${show("a instanceof A")}` },
  // ---- generics
  { name: "generic class with number", top: `class Box<T> { constructor(public value: T) {} get(): T { return this.value; } }`, main: `const b = new Box<number>(2.5); ${show("b.get() * 2")}` },
  { name: "generic class with int", top: `class Box<T> { constructor(public value: T) {} get(): T { return this.value; } }`, main: `const i: int = 7; const b = new Box<int>(i); const v: int = b.get(); ${show("v / 2")}` },
  { name: "generic class with string and class", top: `class Box<T> { constructor(public value: T) {} } class P { n = 3; }`, main: `const s = new Box<string>("s"); const p = new Box<P>(new P()); this.Echo(s.value + p.value.n);` },
  { name: "generic stack", top: `class Stack<T> { private items: T[] = []; push(x: T): void { this.items.push(x); } pop(): T { return this.items.pop()!; } peek(): T { return this.items[this.items.length - 1]; } get size(): number { return this.items.length; } }`, main: `const s = new Stack<string>(); s.push("a"); s.push("b"); ${show("s.size")} this.Echo(s.peek()); this.Echo(s.pop()); ${show("s.size")} this.Echo(s.pop()); ${show("s.size")}` },
  { name: "generic method inferred", top: `function first<T>(xs: T[]): T { return xs[0]; }`, main: `this.Echo(first(["a", "b"])); ${show("first([3, 4]) + 1")}` },
  { name: "generic method explicit type argument", top: `function pair<T>(a: T, b: T): T[] { return [a, b]; }`, main: `const xs = pair<number>(1, 2.5); ${show("xs[0] + xs[1]")} this.Echo(pair<string>("x", "y").join("+"));` },
  { name: "generic constraint", top: `interface HasLen { len(): number; } class W implements HasLen { constructor(public s: string) {} len(): number { return this.s.length; } }
function longest<T extends HasLen>(xs: T[]): T { let best = xs[0]; for (const x of xs) if (x.len() > best.len()) best = x; return best; }`, main: `this.Echo(longest([new W("ab"), new W("abcd"), new W("a")]).s);` },
  { name: "generic class extending generic class", top: `class Box<T> { constructor(public v: T) {} } class Named<T> extends Box<T> { constructor(v: T, public name: string) { super(v); } }`, main: `const n = new Named<number>(1.5, "a"); this.Echo(n.name + "=" + n.v);` },
  { name: "generic method on class", top: `class Util { map<T, U>(xs: T[], f: (x: T) => U): U[] { const r: U[] = []; for (const x of xs) r.push(f(x)); return r; } }`, main: `const u = new Util(); this.Echo(u.map([1, 2, 3], (x) => "n" + x).join(","));` },
  { name: "generic with two type parameters", top: `class Pair<A, B> { constructor(public a: A, public b: B) {} swap(): Pair<B, A> { return new Pair<B, A>(this.b, this.a); } }`, main: `const p = new Pair<string, number>("x", 2).swap(); ${show("p.a")} this.Echo(p.b);` },
  // ---- enums
  { name: "enum implicit values", top: `enum Color { Red, Green, Blue }`, main: `${show("Color.Red")} ${show("Color.Blue")}` },
  { name: "enum explicit values", top: `enum Code { A = 10, B = 20, C }`, main: `${show("Code.A")} ${show("Code.C")}` },
  { name: "enum to string prints its number", top: `enum Mode { Idle, Busy }`, main: `const m = Mode.Busy; this.Echo("mode " + m); this.Echo(\`m=\${m}\`); this.Echo(m.toString());` },
  { name: "enum in switch", top: `enum Dir { N, E, S, W }
function name(d: Dir): string { switch (d) { case Dir.N: return "north"; case Dir.E: return "east"; default: return "other"; } }`, main: `this.Echo(name(Dir.N)); this.Echo(name(Dir.E)); this.Echo(name(Dir.W));` },
  { name: "enum comparison", top: `enum Lvl { Low = 1, Mid = 5, High = 9 }`, main: `const l: Lvl = Lvl.Mid; ${show("l === Lvl.Mid")} ${show("l > Lvl.Low")} ${show("l < Lvl.Mid")}` },
  { name: "flags enum or/and", top: `/** @flags */ enum F { None = 0, A = 1, B = 2, C = 4 }`, main: `const f = F.A | F.C; ${show("f")} ${show("(f & F.C) !== 0")} ${show("(f & F.B) !== 0")}` },
  { name: "flags enum HasFlag", top: `/** @flags */ enum F { None = 0, A = 1, B = 2, C = 4 }`, main: `let f = F.A; f = f | F.B; ${show("f.HasFlag(F.B)")} ${show("f.HasFlag(F.C)")} ${show("f.HasFlag(F.None)")} ${show("f.HasFlag(F.A | F.B)")}` },
  { name: "enum as field and default", top: `enum St { Off, On } class Lamp { state = St.Off; toggle(): void { this.state = this.state === St.Off ? St.On : St.Off; } }`, main: `const l = new Lamp(); l.toggle(); ${show("l.state")} l.toggle(); ${show("l.state === St.Off")}` },
  { name: "enum as map key", top: `enum K { A, B }`, main: `const m = new Map<K, string>(); m.set(K.B, "bee"); m.set(K.A, "ay"); this.Echo(m.get(K.B) ?? "none"); ${show("m.size")}` },
  { name: "enum negative value", top: `enum S { Neg = -1, Zero = 0, Pos = 1 }`, main: `${show("S.Neg")} ${show("S.Pos")} ${show("S.Neg < S.Zero")}` },
  // ---- top-level functions and consts
  { name: "top-level function", top: `function add(a: number, b: number): number { return a + b; }`, main: `${show("add(2, 3.5)")}` },
  { name: "top-level const", top: `const LIMIT = 10; const NAME = "pb";`, main: `${show("LIMIT * 2")} this.Echo(NAME);` },
  { name: "top-level const array", top: `const PRIMES = [2, 3, 5, 7];`, main: `let s = 0; for (const p of PRIMES) s += p; ${show("s")}` },
  { name: "top-level functions calling each other", top: `function isEven(n: number): boolean { return n === 0 ? true : isOdd(n - 1); } function isOdd(n: number): boolean { return n === 0 ? false : isEven(n - 1); }`, main: `${show("isEven(10)")} ${show("isOdd(7)")}` },
  { name: "top-level function returning void", top: `function fill(xs: number[], n: number): void { for (let i = 0; i < n; i++) xs.push(i * i); }`, main: `const xs: number[] = []; fill(xs, 4); this.Echo(xs.join(","));` },
  // ---- lambdas
  { name: "lambda Func", main: `const sq = (x: number): number => x * x; ${show("sq(7)")}` },
  { name: "lambda Action", main: `const log: string[] = []; const add = (s: string): void => { log.push(s); }; add("a"); add("b"); this.Echo(log.join(""));` },
  { name: "closure captures local", main: `let n = 1; const f = () => n * 10; n = 5; ${show("f()")}` },
  { name: "closure counter", top: `function counter(): () => number { let c = 0; return () => { c++; return c; }; }`, main: `const a = counter(); const b = counter(); a(); a(); ${show("a()")} ${show("b()")}` },
  { name: "closure captures this", top: `class Acc { total = 0; adder(): (x: number) => void { return (x) => { this.total += x; }; } }`, main: `const acc = new Acc(); const f = acc.adder(); f(3); f(4); ${show("acc.total")}` },
  { name: "lambda stored in field", top: `class Btn { onClick: (n: number) => string = (n) => "clicked " + n; }`, main: `const b = new Btn(); this.Echo(b.onClick(1)); b.onClick = (n) => "override " + n * 2; this.Echo(b.onClick(2));` },
  { name: "lambdas in array", main: `const ops: ((a: number, b: number) => number)[] = [(a, b) => a + b, (a, b) => a - b, (a, b) => a * b]; for (const op of ops) ${show("op(6, 3)")}` },
  { name: "higher-order function", top: `function twice(f: (x: number) => number, x: number): number { return f(f(x)); }`, main: `${show("twice((v) => v + 3, 1)")} ${show("twice((v) => v * v, 3)")}` },
  { name: "function returning function", top: `function adder(k: number): (x: number) => number { return (x) => x + k; }`, main: `const add5 = adder(5); ${show("add5(1)")} ${show("adder(-1)(1)")}` },
  { name: "lambda modifying captured local", main: `let total = 0; const xs = [1, 2, 3]; xs.forEach((x) => { total += x; }); ${show("total")}` },
  { name: "method passed as lambda keeps this", top: `class K { k = 3; mul(x: number): number { return x * this.k; } }`, main: `const o = new K(); const f = (x: number) => o.mul(x); ${show("f(2)")}` },
  { name: "recursive lambda via const", main: `const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1)); ${show("fact(10)")}` },
  { name: "closure over for-of const", main: `const fs: (() => string)[] = []; for (const s of ["a", "b", "c"]) fs.push(() => s); for (const f of fs) this.Echo(f());` },
  { name: "closure over copy of loop variable", main: `const fs: (() => number)[] = []; for (let i = 0; i < 3; i++) { const j = i; fs.push(() => j); } for (const f of fs) ${show("f()")}` },
  // ---- nullable
  { name: "null check narrows", top: `class N { v = 4; }`, main: `const xs: (N | null)[] = [new N(), null]; for (const x of xs) { if (x !== null) ${show("x.v")} else this.Echo("null"); }` },
  { name: "optional chaining on null", top: `class N { v = 4; next: N | null = null; name(): string { return "n" + this.v; } }`, main: `const a = new N(); this.Echo(a.next?.name() ?? "none"); a.next = new N(); a.next.v = 9; this.Echo(a.next?.name() ?? "none");` },
  { name: "optional chaining number with ??", top: `class N { v = 4; next: N | null = null; }`, main: `const a = new N(); ${show("a.next?.v ?? -1")} a.next = new N(); ${show("a.next?.v ?? -1")}` },
  { name: "?? on strings", main: `const xs: (string | null)[] = ["a", null, ""]; for (const x of xs) this.Echo(x ?? "default");` },
  { name: "non-null assertion", top: `class N { v = 4; }`, main: `const m = new Map<string, N>(); m.set("a", new N()); ${show("m.get(\"a\")!.v")}` },
  { name: "non-null assertion on null throws", top: `class N { v = 4; next: N | null = null; }`, main: `const n = new N(); ${show("n.next!.v")}` },
  { name: "== null and != null", top: `class N {}`, main: `const a: N | null = null as N | null; const b: N | null = new N(); ${show("a == null")} ${show("b != null")} ${show("a === null")}` },
  { name: "nullable number field", top: `class C { best: number | null = null; offer(x: number): void { const b = this.best; if (b === null || x > b) this.best = x; } }`, main: `const c = new C(); ${show("c.best === null")} c.offer(3); c.offer(1); c.offer(7); ${show("c.best ?? 0")}` },
  { name: "?? chains", top: `function none(): string | null { return null; }`, main: `const a = none(); const b = none(); this.Echo(a ?? b ?? "c");` },
  // ---- parameters
  { name: "default parameter", top: `function greet(name: string, greeting: string = "Hello"): string { return greeting + ", " + name; }`, main: `this.Echo(greet("A")); this.Echo(greet("B", "Hi"));` },
  { name: "default numeric parameters", top: `function scale(x: number, k: number = 2, off: number = 0.5): number { return x * k + off; }`, main: `${show("scale(1)")} ${show("scale(1, 3)")} ${show("scale(1, 3, 1)")}` },
  { name: "default enum and null parameters", top: `enum M { A, B } function f(m: M = M.B, s: string | null = null): string { return String(m) + (s ?? "-"); }`, main: `this.Echo(f()); this.Echo(f(M.A, "x"));` },
  { name: "default boolean in method", top: `class C { f(x: number, neg: boolean = false): number { return neg ? -x : x; } }`, main: `const c = new C(); ${show("c.f(3)")} ${show("c.f(3, true)")}` },
  { name: "default parameter in constructor", top: `class C { constructor(public n: number = 5, public s: string = "s") {} }`, main: `const a = new C(); const b = new C(1); ${show("a.n")} this.Echo(a.s + b.n + b.s);` },
  // ---- misc class behaviour
  { name: "object identity", top: `class P { constructor(public x: number) {} }`, main: `const a = new P(1); const b = new P(1); const c = a; ${show("a === b")} ${show("a === c")} c.x = 9; ${show("a.x")}` },
  { name: "objects in arrays are references", top: `class P { v = 0; }`, main: `const xs = [new P(), new P()]; for (const p of xs) p.v += 2; ${show("xs[0].v + xs[1].v")}` },
  { name: "method chaining returns this", top: `class B { parts: string[] = []; add(s: string): B { this.parts.push(s); return this; } }`, main: `this.Echo(new B().add("a").add("b").add("c").parts.join("-"));` },
  { name: "linked list", top: `class Node2 { next: Node2 | null = null; constructor(public v: number) {} }`, main: `let head: Node2 | null = null; for (let i = 1; i <= 4; i++) { const n = new Node2(i); n.next = head; head = n; } let s = ""; let cur = head; while (cur !== null) { s += cur.v; cur = cur.next; } this.Echo(s);` },
  { name: "Program fields and methods", members: `private counter = 3; private bump(by: number): number { this.counter += by; return this.counter; }`, main: `this.bump(2); ${show("this.bump(5)")}` },
  { name: "Program constructor", members: `private started: string; constructor() { super(); this.started = "yes"; }`, main: `this.Echo(this.started);` },
  { name: "class toString used in concatenation", top: `class P { constructor(public x: number) {} toString(): string { return "P(" + this.x + ")"; } }`, main: `const p = new P(2); this.Echo(p.toString()); this.Echo("got " + p.toString());` },
];
