// cc-adv (session 6): constructs an adversary found miscompiled that C# cannot do the same: each
// must be rejected with its code, at the place given (a unique substring of the wrapped source).
// Their accepted neighbours run in test/diff/cases/adversary-*.ts.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { caseSource, type DiffCase } from "../diff/harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");

interface Rejected extends Omit<DiffCase, "main"> {
  main?: string;
  code: string;
  at: string;
  /** What the message must say (session 9: messages whose hint was false). */
  says?: RegExp;
}

const cases: Rejected[] = [
  // C# converts an int to float implicitly and rounds above 2^24; JS keeps 16777217.
  { name: "int stored in a float", main: `const i: int = 16777217; const g: float = i; this.Echo(\`\${g}\`);`, code: "PBTS1086", at: "i; this" },
  { name: "int passed to a float parameter", members: `f(x: float): number { return x; }`, main: `const i: int = 16777217; this.Echo(\`\${this.f(i)}\`);`, code: "PBTS1086", at: "i)}" },
  { name: "int pushed to a float array", main: `const xs: float[] = []; const i: int = 16777217; xs.push(i); this.Echo(\`\${xs[0]}\`);`, code: "PBTS1086", at: "i);" },
  { name: "int returned as a float", members: `f(i: int): float { return i; }`, main: `this.Echo(\`\${this.f(16777217)}\`);`, code: "PBTS1086", at: "i; }" },
  { name: "int assigned to a float field", members: `g: float = toFloat(0);`, main: `const i: int = 16777217; this.g = i; this.Echo(\`\${this.g}\`);`, code: "PBTS1086", at: "i; this.Echo" },
  { name: "int branch of a conditional stored in a float", main: `const i: int = 16777217; const fl: float = toFloat(2.5); const r: float = i > 2 ? i : fl; this.Echo(\`\${r}\`);`, code: "PBTS1086", at: "i : fl" },
  // A number and a string in `??` or `?:` where the value is printed: accepted since C111 (session 21; diff cases in
  // test/diff/cases/adversary-round14.ts): each side is printed as JS prints it.
  { name: "'??' of a string and a boolean", main: `const m = new Map<string, string>(); const r = m.get("k") ?? false; this.Echo(String(r));`, code: "PBTS1003", at: `m.get("k") ?? false` },
  // Reads in a later declaration's temporal dead zone through a call: JS throws a ReferenceError, C# read 3.
  { name: "top-level const reading a later const through a function", top: `const TA = tb() + 1; function tb(): number { return TB; } const TB = 2;`, main: `this.Echo(String(TA));`, code: "PBTS1087", at: "tb() + 1" },
  { name: "top-level const constructing a later class through a function", top: `const DEF = mk(); function mk(): Cfg { return new Cfg(); } class Cfg { n = 1; }`, main: `this.Echo(String(DEF.n));`, code: "PBTS1087", at: "mk();" },
  { name: "static initializer reading a later const through a function", top: `class S5 { static x = g5(); } function g5(): number { return L5; } const L5 = 4;`, main: `this.Echo(String(S5.x));`, code: "PBTS1087", at: "g5(); }" },
  // session 7. A field initializer calling code that reads a field not initialized yet: JS undefined (NaN), C# 0 or the constant.
  { name: "instance field initializer reading a later field through a method", top: `class P { a = this.f(); b = 5; f(): number { return this.b + 1; } }`, main: `this.Echo(String(new P().a));`, code: "PBTS1088", at: "this.f(); b" },
  { name: "instance field initializer reading a parameter property through a method", top: `class P { a = this.f(); constructor(public b: number) {} f(): number { return this.b + 1; } }`, main: `this.Echo(String(new P(4).a));`, code: "PBTS1088", at: "this.f(); constructor" },
  { name: "instance field initializer reading a field assigned in the constructor through a getter", top: `class P { a = this.g + 1; b: number; constructor() { this.b = 2; } get g(): number { return this.b; } }`, main: `this.Echo(String(new P().a));`, code: "PBTS1088", at: "this.g + 1" },
  { name: "static initializer reading a later static through a method", top: `class A { static x = A.f(); static readonly y = 5; static f(): number { return A.y + 1; } }`, main: `this.Echo(String(A.x));`, code: "PBTS1088", at: "A.f(); static readonly" },
  { name: "static initializer reading a later static string through a function", top: `class A { static x = g(); static s = "q"; } function g(): string { return A.s + "!"; }`, main: `this.Echo(A.x);`, code: "PBTS1088", at: "g(); static s" },
  // A setter alone: JS reads undefined from the property (an override hides the base's getter too).
  { name: "setter-only override of a get/set pair", top: `class Base { protected _v = 1; get v(): number { return this._v; } set v(x: number) { this._v = x; } } class Sub extends Base { set v(x: number) { this._v = x * 2; } }`, main: `const b: Base = new Sub(); b.v = 5; this.Echo(String(b.v));`, code: "PBTS1089", at: "set v(x: number) { this._v = x * 2" },
  { name: "set-only accessor read", top: `class P { log = ""; set v(x: number) { this.log += x; } }`, main: `const p = new P(); p.v = 3; this.Echo(p.log + String(p.v));`, code: "PBTS1089", at: "p.v)" },
  { name: "set-only accessor compound-assigned", top: `class P { log = ""; set v(x: number) { this.log += x; } }`, main: `const p = new P(); p.v += 3; this.Echo(p.log);`, code: "PBTS1089", at: "p.v +=" },
  // Callbacks with more parameters than the C# helpers pass (mcs CS1593), or passed by name with fewer (CS0123/CS1503).
  { name: "reduce callback with an index parameter", main: `this.Echo(String([5, 6].reduce((acc, x, i) => acc + x * i, 0)));`, code: "PBTS1015", at: "[5, 6].reduce" },
  { name: "forEach callback with the array parameter", main: `let s = ""; [1, 2].forEach((x, i, arr) => { s += x + i + arr.length; }); this.Echo(s);`, code: "PBTS1015", at: "[1, 2].forEach" },
  { name: "map callback with the array parameter", main: `this.Echo([1, 2].map((x, i, arr) => x + i + arr.length).join());`, code: "PBTS1015", at: "[1, 2].map" },
  { name: "zero-parameter function passed by name to forEach", main: `let n = 0; const tick = (): void => { n++; }; [1, 2].forEach(tick); this.Echo(String(n));`, code: "PBTS1001", at: "tick);" },
  { name: "one-parameter comparator passed by name to sort", main: `const cmp = (a: number): number => a; const xs = [2, 1]; xs.sort(cmp); this.Echo(xs.join());`, code: "PBTS1001", at: "cmp);" },
  // A method read without a call: JS leaves `this` unbound (TypeError when called), C# binds the method group.
  { name: "method using this passed to map", members: `prefix = "p"; fmt(x: number): string { return this.prefix + x; }`, main: `this.Echo([5, 6].map(this.fmt).join());`, code: "PBTS1090", at: "this.fmt)" },
  { name: "method using this stored in a const", top: `class K { v = 3; get(): number { return this.v; } }`, main: `const o = new K(); const f = o.get; this.Echo(String(f()));`, code: "PBTS1090", at: "o.get;" },
  { name: "method using this passed to forEach", top: `class K { v = 3; add(x: number): void { this.v += x; } }`, main: `const o = new K(); [1, 2].forEach(o.add); this.Echo(String(o.v));`, code: "PBTS1090", at: "o.add)" },
  // `this.constructor` (a member of JS's Object): C# has no such member (mcs CS1061).
  { name: "this.constructor", top: `class Sh { kind(): string { return this.constructor === undefined ? "?" : "sh"; } }`, main: `this.Echo(new Sh().kind());`, code: "PBTS1015", at: "constructor ===" },
  // switch: a repeated case value (mcs CS0152; JS never reaches the second), a clause's `let` used in another clause (JS: ReferenceError).
  { name: "case label repeating an earlier value", main: `const k: int = 1; let s = ""; switch (k) { case 1: s = "a"; break; case 1: s = "b"; break; } this.Echo(s);`, code: "PBTS1001", at: "1: s = \"b\"" },
  { name: "case labels of enum members with equal values", top: `enum E { A = 1, B = 1 }`, main: `const e: E = E.B; let s = ""; switch (e) { case E.A: s = "a"; break; case E.B: s = "b"; break; } this.Echo(s);`, code: "PBTS1001", at: "E.B: s" },
  { name: "case clause variable used in another clause", main: `const k: int = 2; let s = ""; switch (k) { case 1: let v = 1; s += v; break; case 2: v = 2; s += v; break; } this.Echo(s);`, code: "PBTS1001", at: "v = 2" },
  // TS converts between classes of the same shape (and to interfaces they do not declare); C# only along extends/implements (mcs CS0029/CS0266/CS1503/CS0173).
  { name: "object of one class stored where another class of its shape is expected", top: `class D1 { k(): string { return "d1"; } } class D2 { k(): string { return "d2"; } }`, main: `const x: D1 = new D2(); this.Echo(x.k());`, code: "PBTS1091", at: "new D2(); this" },
  { name: "object passed where an interface it does not implement is expected", top: `interface I { k(): string; } class D2 { k(): string { return "d2"; } } function f(i: I): string { return i.k(); }`, main: `this.Echo(f(new D2()));`, code: "PBTS1091", at: "new D2())" },
  { name: "Map of sibling classes inferred as the first one's", top: `abstract class B { abstract k(): string; } class D1 extends B { k(): string { return "d1"; } } class D2 extends B { k(): string { return "d2"; } }`, main: `const m = new Map([["a", new D1()], ["b", new D2()]]); this.Echo(String(m.size));`, code: "PBTS1091", at: "new D2()]" },
  { name: "conditional of sibling classes with no common type given", top: `class D1 { a = 1; } class D2 { b = 2; }`, main: `const n = 2; const x = n > 1 ? new D1() : new D2(); this.Echo(String(x instanceof D1));`, code: "PBTS1003", at: "n > 1 ? new D1()" },
  { name: "'??' of sibling classes with no common type given", top: `class D1 { a = 1; } class D2 { b = 2; } function mk(): D1 | null { return null; }`, main: `const x = mk() ?? new D2(); this.Echo(String(x instanceof D2));`, code: "PBTS1003", at: "mk() ?? new D2()" },
  // A field or parameter property for a base's abstract accessor was dropped (mcs CS0534); static and instance members of one name (CS0102/CS0111).
  { name: "field implementing an abstract getter", top: `abstract class B { abstract get name(): string; } class D extends B { name = "d"; }`, main: `const b: B = new D(); this.Echo(b.name);`, code: "PBTS1001", at: `name = "d"` },
  { name: "parameter property implementing an abstract getter", top: `abstract class B { abstract get name(): string; } class D extends B { constructor(public name: string) { super(); } }`, main: `const b: B = new D("p"); this.Echo(b.name);`, code: "PBTS1001", at: "public name: string" },
  { name: "static and instance fields of one name", top: `class K { static n = 1; n = 2; }`, main: `this.Echo(String(new K().n) + String(K.n));`, code: "PBTS1001", at: "n = 2" },
  { name: "static and instance methods of one name", top: `class K { f(): string { return "i"; } static f(): string { return "s"; } }`, main: `this.Echo(new K().f() + K.f());`, code: "PBTS1001", at: `static f()` },
  // A member named like its class (mcs CS0542: the name is the constructors').
  { name: "field named like its class", top: `class K { K = 1; }`, main: `this.Echo(String(new K().K));`, code: "PBTS1043", at: "K = 1" },
  { name: "method named like its class", top: `class K { K(): string { return "k"; } }`, main: `this.Echo(new K().K());`, code: "PBTS1043", at: `K(): string` },
  // session 8 (C2, C3 in /work/briefs/cc-findings.md). Statics of a generic class: mcs CS0305, and C# keeps one per type argument.
  { name: "static field of a generic class", top: `class Box<T> { static count = 0; constructor(public v: T) { Box.count++; } }`, main: `new Box<number>(1); this.Echo(String(Box.count));`, code: "PBTS1092", at: "static count" },
  { name: "static method of a generic class", top: `class Box<T> { static hello(): string { return "hi"; } constructor(public v: T) {} }`, main: `this.Echo(Box.hello());`, code: "PBTS1092", at: "static hello" },
  // An override (or implementation) with another default: JS applies the default of the method that runs, C# of the declared type.
  { name: "override with another default value", top: `class B { f(x: number = 1): string { return "B" + x; } } class D extends B { f(x: number = 2): string { return "D" + x; } }`, main: `const b: B = new D(); this.Echo(b.f());`, code: "PBTS1093", at: "x: number = 2" },
  { name: "override of an optional parameter with a default", top: `abstract class B { abstract f(x?: string): string; } class D extends B { f(x: string = "q"): string { return "D" + x; } }`, main: `const b: B = new D(); this.Echo(b.f());`, code: "PBTS1093", at: `x: string = "q"` },
  { name: "implementation of an optional interface parameter with a default", top: `interface I { f(x?: string): string; } class D implements I { f(x: string = "q"): string { return "D" + x; } }`, main: `const i: I = new D(); this.Echo(i.f());`, code: "PBTS1093", at: `x: string = "q"` },
  { name: "override dropping the base's default", top: `class B { f(s: string = "b"): string { return s; } } class D extends B { f(s: string): string { return "D" + s; } }`, main: `const b: B = new D(); this.Echo(b.f());`, code: "PBTS1093", at: "s: string): string { return \"D\"" },
  // C8: `instanceof` a generic class: mcs CS0305 (`is Box` needs type arguments; C# would test one instantiation).
  { name: "instanceof a generic class", top: `class Box<T> { constructor(public v: T) {} }`, main: `const b = new Box<string>("a"); this.Echo(String(b instanceof Box));`, code: "PBTS1001", at: "Box));" },
  // C9: `===` on a type parameter's values: mcs CS0019 (and Equals would find NaN === NaN).
  { name: "=== on values of a type parameter", top: `function eq<T>(a: T, b: T): boolean { return a === b; }`, main: `this.Echo(String(eq(NaN, NaN)));`, code: "PBTS1001", at: "a === b" },
  { name: "!== on values of a type parameter", top: `function ne<T>(a: T, b: T): boolean { return a !== b; }`, main: `this.Echo(String(ne("a", "b")));`, code: "PBTS1001", at: "a !== b" },
  // session 9 (cc-adv3): messages that said something false. String(new Error("x")) is "Error: x" in JS, not [object Object].
  { name: "an Error converted to a string", main: `try { throw new Error("x"); } catch (e) { if (e instanceof Error) this.Echo(String(e)); }`, code: "PBTS1001", at: "e));", says: /converting an Error to a string \(JS prints its name, then ': ' and the message: "Error: x"; write the text yourself: "Error: " \+ e\.message/ },
  { name: "an Error in a template string", main: `const e = new Error("x"); this.Echo(\`\${e}\`);`, code: "PBTS1001", at: "e}", says: /converting an Error to a string/ },
  // An array of class objects converted to a string: accepted since C122 (session 21; diff case in
  // test/diff/cases/adversary-round15.ts): each element's toString, joined with ','.
  // session 10 (cc-adv4), C20: TS lets an int[] go where a number[] is expected (and Dog[] for Animal[], [string, int] for
  // [string, number]); C# has no conversion between List<int> and List<double> (mcs CS0029/CS1503/CS0173), and a
  // copy would break JS's sharing. The hint's copy compiles (diff "copying an int array into a number array").
  { name: "an int array passed for a number array", top: `function sum(xs: number[]): number { let s = 0; for (const x of xs) s += x; return s; }`, main: `const xs: int[] = [1]; this.Echo(String(sum(xs)));`, code: "PBTS1094", at: "xs)));", says: /a 'int\[\]' where a 'number\[\]' is expected.*xs\.map\(\(x\): number => x\)/ },
  { name: "an int array stored in a number array variable", main: `const xs: int[] = [1]; const ys: number[] = xs; ys.push(1.5); this.Echo(xs.join());`, code: "PBTS1094", at: "xs; ys" },
  { name: "a subclass array stored as a base class array", top: `class Animal { constructor(public name: string) {} } class Dog extends Animal {}`, main: `const ds = [new Dog("a")]; const as: Animal[] = ds; this.Echo(as[0].name);`, code: "PBTS1094", at: "ds; this", says: /a 'Dog\[\]' where a 'Animal\[\]' is expected.*ds\.map\(\(x\): Animal => x\)/ },
  { name: "an int Map stored as a number Map", main: `const m = new Map<string, int>(); const n: Map<string, number> = m; this.Echo(String(n.size));`, code: "PBTS1094", at: "m; this" },
  { name: "a tuple with an int stored as one with a number", main: `const t: [string, int] = ["a", 1]; const u: [string, number] = t; this.Echo(u[0]);`, code: "PBTS1094", at: "t; this", says: /a '\[string, int\]' where a '\[string, number\]'/ },
  { name: "an int array returned as a number array", members: `xs: int[] = [1, 2]; get(): number[] { return this.xs; }`, main: `this.Echo(this.get().join());`, code: "PBTS1094", at: "this.xs; }" },
  { name: "an int array pushed to an array of number arrays", main: `const a: int[] = [1]; const grid: number[][] = []; grid.push(a); this.Echo(String(grid.length));`, code: "PBTS1094", at: "a); this" },
  { name: "a conditional of an int array and a number array", main: `const a: int[] = [1]; const b: number[] = [2.5]; const c2 = a.length > 0 ? b : a; this.Echo(c2.join());`, code: "PBTS1094", at: "a; this", says: /a\.map\(\(x\): number => x\)/ },
  { name: "'??' of an int array and a number array", main: `const a: int[] | null = null; const b: number[] = [1]; const c2 = a ?? b; this.Echo(c2.join());`, code: "PBTS1094", at: "a ?? b", says: /a 'int\[\]' where a 'number\[\]'/ },
  { name: "concat of an int array to a number array", main: `const a: int[] = [1, 2]; const b: number[] = [0.5]; this.Echo(b.concat(a).join());`, code: "PBTS1094", at: "a).join" },
  { name: "a function with an int parameter for one with a number parameter", top: `function call(g: (x: number) => number): number { return g(2.5); }`, main: `const f = (x: int): number => x + 1; this.Echo(String(call(f)));`, code: "PBTS1094", at: "f)));" },
  // session 11 (cc-adv5): the vague PBTS1015 / PBTS1006 messages, now saying what JS does there and what to write.
  { name: "localeCompare", main: `const xs = ["b", "a"]; xs.sort((a, b) => a.localeCompare(b)); this.Echo(xs.join());`, code: "PBTS1095", at: "a.localeCompare", says: /localeCompare is not supported: its order depends on the JS engine's locale data.*a < b \? -1 : a > b \? 1 : 0/ },
  { name: "indexOf with a start index", main: `const xs = [1, 2, 1]; this.Echo(String(xs.indexOf(1, 1)));`, code: "PBTS1095", at: "xs.indexOf(1, 1)", says: /indexOf\(x, fromIndex\) on an array is not supported.*for \(let i = from; i < xs\.length; i\+\+\)/ },
  { name: "lastIndexOf with a start index", main: `const xs = [1, 2, 1]; this.Echo(String(xs.lastIndexOf(1, 1)));`, code: "PBTS1095", at: "xs.lastIndexOf(1, 1)", says: /for \(let i = from; i >= 0; i--\)/ },
  { name: "includes with a start index", main: `const xs = [1, 2]; this.Echo(String(xs.includes(1, 1)));`, code: "PBTS1095", at: "xs.includes(1, 1)", says: /includes\(x, fromIndex\) on an array/ },
  { name: "an Error's name", main: `try { throw new Error("x"); } catch (e) { if (e instanceof Error) this.Echo(e.name); }`, code: "PBTS1095", at: "name); }", says: /'name' of an Error that is not one of the script's Error classes.*'TypeError', 'RangeError'.*instanceof/ },
  { name: "an Error's stack", main: `const e = new Error("x"); this.Echo(String(e.stack));`, code: "PBTS1095", at: "stack));", says: /an Error's 'stack' is not supported: JS's stack trace text/ },
  { name: "a nested pattern in a Map entry", main: `const m = new Map<string, [int, int]>(); for (const [k, [a, b]] of m) this.Echo(k + a + b);`, code: "PBTS1001", at: "[a, b]] of m", says: /a nested pattern in a Map entry's \[key, value\].*const \[a, b\] = v/ },
  { name: "a nested pattern in an entries() loop", main: `const xs: [int, int][] = []; for (const [i, [a, b]] of xs.entries()) this.Echo(String(i + a + b));`, code: "PBTS1001", at: "[i, [a, b]] of", says: /then destructure the element in the body: const \[a, b\] = x/ },
  { name: "a nested pattern in a destructuring assignment", main: `let a = 1; let b = 2; let c = 3; const t: [int, [int, int]] = [4, [5, 6]]; [a, [b, c]] = t; this.Echo(String(a + b + c));`, code: "PBTS1001", at: "[b, c]] = t", says: /a nested pattern or a default in a destructuring assignment/ },
  { name: "a case label no int equals (C32)", main: `const x: int = 1; switch (x) { case 1.5: this.Echo("a"); break; default: this.Echo("d"); }`, code: "PBTS1001", at: "1.5:", says: /a case label no int equals \('case 1\.5' on an int: JS never takes it/ },
  { name: "a class named like a type the runtime helpers use (C33)", top: `class BitConverter { n = "b"; }`, main: `this.Echo(new BitConverter().n + 1.5);`, code: "PBTS1043", at: "class BitConverter", says: /'BitConverter' is a name the emitted C# already uses/ },
  { name: "concat of an array to an array of arrays (C35)", main: `const g = [[0]]; const h = g.concat([1]); this.Echo(String(h.length));`, code: "PBTS1095", at: "[1]); this", says: /concat of an array to an array of arrays is not supported: JS spreads the argument one level.*xs\.concat\(\[\[1\]\]\)/ },
  { name: "printing the result of a void function", top: `function f(): void { }`, main: `this.Echo(String(f()));`, code: "PBTS1001", at: "f()));", says: /converting the result of a function that returns nothing to a string \(JS prints 'undefined'/ },
  { name: "a number field declared with '!' and no initial value (C37)", top: `class A { x!: number; }`, main: `this.Echo(String(new A().x + 1));`, code: "PBTS1001", at: "x!: number", says: /a field declared 'x!' without an initial value \(JS reads undefined until it is set.*C# reads 0; give it one: x = 0\)/ },
  { name: "a string field of Program declared with '!' (C37)", members: `s!: string;`, main: `this.Echo(this.s);`, code: "PBTS1001", at: "s!: string", says: /C# reads null; give it one: s = ""/ },
  { name: "a let without a value read by a closure (C38)", main: `let x: number; const f = (): number => x; this.Echo(String(f())); x = 3;`, code: "PBTS1001", at: "x: number; const", says: /a 'let x' without an initial value read inside a function \(it may run before the first assignment: JS reads undefined, C# 0; give it one: let x = 0\)/ },
  { name: "a rest element of a tuple", main: `const t: [int, int, int] = [1, 2, 3]; const [a, ...r] = t; this.Echo(String(a) + r.length);`, code: "PBTS1001", at: "...r]", says: /a rest element in destructuring a tuple/ },
  // session 12 (cc-adv6)
  { name: "a negative zero literal where an int is expected", main: `const i: int = -0; this.Echo(String(1 / i));`, code: "PBTS1095", at: "-0; this", says: /'-0' where an 'int' is expected is not supported: JS keeps the negative zero \(1 \/ x is -Infinity\), an integer type has none\. Write 0/ },
  { name: "a negative zero literal passed for an int parameter", top: `function f(x: int): string { return String(1 / x); }`, main: `this.Echo(f(-(0.0)));`, code: "PBTS1095", at: "-(0.0)", says: /'-\(0\.0\)' where an 'int' is expected/ },
  { name: "spreading a Map's int tuple entries into a number tuple array", main: `const m = new Map<string, [int, string]>(); m.set("a", [1, "x"]); const es: [string, [number, string]][] = [...m.entries()]; this.Echo(String(es.length));`, code: "PBTS1001", at: "...m.entries()", says: /spreading '\[string, \[int, string\]\]' elements into a '\[string, \[number, string\]\]\[\]' \(C# has no conversion between the two element types; declare the array as '\[string, \[int, string\]\]\[\]'\)/ },
  { name: "an unbound method whose hint's parameter shadowed the receiver (C41)", top: `class A { k = 2; f(a: number): number { return a * this.k; } }`, main: `const a = new A(); const g = a.f; this.Echo(String(g(1)));`, code: "PBTS1090", at: "a.f;", says: /Pass an arrow function that calls it: \(b\) => a\.f\(b\)\./ },
  { name: "a generic helper iterating a Map the program deletes from (C43)", top: `function keysOf<K, V>(m: Map<K, V>): K[] { return [...m.keys()]; }`, main: `const m = new Map<string, int>([["a", 1], ["b", 2]]); m.delete("a"); m.set("c", 3); m.set("a", 4); this.Echo(keysOf(m).join());`, code: "PBTS1021", at: "m.keys()]", says: /iterating a Map that the program also deletes from/ },
  { name: "a generic helper looping over a Set the program deletes from (C43)", top: `function first<T>(s: Set<T>): T { for (const x of s) return x; throw new Error("none"); }`, main: `const s = new Set<string>(["a", "b"]); s.delete("a"); s.add("c"); s.add("a"); this.Echo(first(s));`, code: "PBTS1021", at: "s) return x", says: /iterating a Set that the program also deletes from/ },
  { name: "a generic helper's Map.forEach over a Map the program deletes from (C43)", top: `function each<K, V>(m: Map<K, V>): string { let r = ""; m.forEach((v, k) => { r += String(k); }); return r; }`, main: `const m = new Map<string, int>([["a", 1], ["b", 2]]); m.delete("a"); m.set("c", 3); this.Echo(each(m));`, code: "PBTS1021", at: "m.forEach" },
  // C44: a generic that compares its T's values, given an API struct for T: JS compares references, C# values.
  { name: "a struct passed to a generic function that calls includes on a T[] (C44)", top: `import { Vector3D } from "pbts/se"; function has<T>(xs: T[], x: T): boolean { return xs.includes(x); }`, main: `const a = new Vector3D(1, 2, 3); const b = new Vector3D(1, 2, 3); this.Echo(String(has([a], b)));`, code: "PBTS1020", at: "has([a], b)", says: /'has\(\) with T = Vector3D: includes on a T\[\]' compares 'Vector3D' values: a reference check in JS, a value check in C#/ },
  { name: "a struct passed to a generic function that builds a Set<T> (C44)", top: `import { Vector3I } from "pbts/se"; function uniq<T>(xs: T[]): number { return new Set<T>(xs).size; }`, main: `const a = new Vector3I(1, 2, 3); this.Echo(String(uniq([a, new Vector3I(1, 2, 3)])));`, code: "PBTS1020", at: "uniq([a", says: /a Set of T elements/ },
  { name: "a struct key through a generic Map<K, int> (C44)", top: `import { Vector3I } from "pbts/se"; function count<K>(keys: K[]): number { const m = new Map<K, int>(); for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1); return m.size; }`, main: `const a = new Vector3I(1, 2, 3); this.Echo(String(count([a, a])));`, code: "PBTS1020", at: "count([a, a])", says: /a Map of K keys/ },
  { name: "a struct as the type argument of a generic class that compares it (C44)", top: `import { Vector3D } from "pbts/se"; class Box<T> { constructor(public v: T) {} is(x: T): boolean { return [this.v].includes(x); } }`, main: `const a = new Vector3D(1, 2, 3); this.Echo(String(new Box<Vector3D>(a).is(a)));`, code: "PBTS1020", at: "new Box<Vector3D>(a)", says: /'new Box with T = Vector3D: includes on a T\[\]'/ },
  { name: "a struct through a generic that calls a comparing generic (C44)", top: `import { Vector3D } from "pbts/se"; function has<T>(xs: T[], x: T): boolean { return xs.includes(x); } function outer<U>(ys: U[], y: U): boolean { return has(ys, y); }`, main: `const a = new Vector3D(1, 2, 3); this.Echo(String(outer([a], a)));`, code: "PBTS1020", at: "outer([a], a)", says: /'outer\(\) with U = Vector3D: has\(\) \(includes on a T\[\]\)'/ },
  { name: "a field of a type parameter declared '!' without a value (C45)", top: `class B<T> { v!: T; }`, main: `const b = new B<number>(); this.Echo(String(b.v + 1));`, code: "PBTS1001", at: "v!: T", says: /a field of type 'T' declared 'v!' without an initial value \(JS reads undefined until it is set, C# default\(T\)/ },
  // session 13 (cc-adv7)
  { name: "a value passed to generator.return()", top: `function* g(): Generator<number> { yield 1; }`, main: `const it = g(); it.return(7); this.Echo(String(it.next().done));`, code: "PBTS1001", at: "7); this", says: /a value passed to generator\.return\(x\) \(JS hands it back as the result's value.*call it\.return\(\) as a statement\)/ },
  { name: "an enum multiplied in place", top: `enum Dir { Up, Down }`, main: `let e = Dir.Down; e *= 2; this.Echo(String(e));`, code: "PBTS1001", at: "e *= 2", says: /'\*=' on the enum 'Dir' with a value of type 'int' \(C# steps an enum only by \+= \/ -= of an int; compute in a number: const n = e \* x\)/ },
  { name: "an enum stepped by a fraction", top: `enum Dir { Up, Down }`, main: `let e = Dir.Down; e += 0.5; this.Echo(String(e));`, code: "PBTS1001", at: "e += 0.5", says: /'\+=' on the enum 'Dir' with a value of type 'double'/ },
  // session 14 (cc-adv8)
  { name: "a class leaving out an optional interface property (C54)", top: `interface Sh { label?: string; n?: int } class B implements Sh { }`, main: `const x: Sh = new B(); this.Echo(String(x.label) + String(x.n));`, code: "PBTS1095", at: "class B implements", says: /a class leaving out the optional property 'label' of 'Sh' is not supported: JS reads undefined from it, while a C# class must declare every member of its interfaces\. Declare it in 'B': label\?: string;/ },
  { name: "a class leaving out an optional property of a base interface (C54)", top: `interface Sh { n?: int } interface Sh2 extends Sh { k: string } abstract class A implements Sh2 { k = "k"; } class B extends A { n = 2; }`, main: `const x: Sh2 = new B(); this.Echo(String(x.n));`, code: "PBTS1095", at: "abstract class A", says: /the optional property 'n' of 'Sh'.*Declare it in 'A': n\?: int;/ },
  { name: "case undefined on a subject that holds null, not undefined", main: `const x: string | null = [1].length > 0 ? "a" : null; let s = ""; switch (x) { case undefined: s += "U"; break; default: s += "D"; } this.Echo(s);`, code: "PBTS1001", at: "undefined: s", says: /'case undefined:' on a subject that is never undefined \(JS compares with ===, so it never takes it: remove it\)/ },
  { name: "a function returning never (a specific message)", top: `function fail(msg: string): never { throw new Error(msg); }`, main: `const x = [1].length > 0 ? 5 : fail("no"); this.Echo(String(x));`, code: "PBTS1001", at: "never {", says: /the type 'never' \(a C# method has no type whose call stands for any value, and C# 6 has no throw expression; declare the function ': void' and call it as a statement/ },
  // session 23 (cc-adv18). C146: a static initializer reading state the script changes: JS read it when the class was
  // defined, C# on the class's first use (these printed 10, 9 3, 21, 1 and 30 where JS prints 2, 1 2, 11, 0 and 10).
  { name: "a static initializer reading another class's static that Main assigns (C146)", top: `class A { static n = 1; } class B { static m = A.n * 2; } function readB(): number { return B.m; }`, main: `A.n = 5; this.Echo(String(readB()));`, code: "PBTS1096", at: "A.n * 2", says: /the initializer of 'B\.m' reads 'A\.n', which the script changes \('A\.n = 5'\): JS runs a class's static initializers once, when the class is defined, before any other code, C# on the class's first use.*static get m\(\)/ },
  { name: "a static initializer reading an array another class's static holds, pushed to (C146)", top: `class A { static xs: number[] = [1, 2]; } class B { static len = A.xs.length; } function rd(): number { return B.len; }`, main: `A.xs.push(3); this.Echo(String(rd()));`, code: "PBTS1096", at: "A.xs.length", says: /reads 'A\.xs', which the script changes \('A\.xs\.push\(3\)'\)/ },
  { name: "a static initializer reading a top-level let (C146)", top: `let base = 10; class B { static m = base + 1; } function rd(): number { return B.m; }`, main: `base = 20; this.Echo(String(rd()));`, code: "PBTS1096", at: "base + 1", says: /reads 'base', which the script changes \('base = 20'\)/ },
  { name: "a static initializer reading a Map's size, set elsewhere (C146)", top: `class Reg { static m = new Map<string, number>(); } class User { static size = Reg.m.size; } function rd(): number { return User.size; }`, main: `Reg.m.set("a", 1); this.Echo(String(rd()));`, code: "PBTS1096", at: "Reg.m.size", says: /'Reg\.m\.set\("a", 1\)'/ },
  { name: "a static object whose constructor reads a static Main assigns (C146)", top: `class Cfg { static scale = 1; } class Unit { static def = new Unit(); v: number; constructor() { this.v = Cfg.scale * 10; } } function rd(): number { return Unit.def.v; }`, main: `Cfg.scale = 3; this.Echo(String(rd()));`, code: "PBTS1096", at: "new Unit(); v", says: /reads 'Cfg\.scale', which the script changes \('Cfg\.scale = 3'\)/ },
  { name: "a static initializer reading an array changed through a local alias (C146)", top: `class A { static xs: number[] = [1]; } class C { static len = A.xs.length; } function rd(): number { return C.len; }`, main: `const ys = A.xs; ys.push(2); this.Echo(String(rd()));`, code: "PBTS1096", at: "A.xs.length", says: /'ys\.push\(2\)'/ },
  { name: "a static initializer reading an array passed to a function (C146)", top: `class A { static xs: number[] = [1]; } function grow(a: number[]): void { a.push(2); } class C { static len = A.xs.length; } function rd(): number { return C.len; }`, main: `grow(A.xs); this.Echo(String(rd()));`, code: "PBTS1096", at: "A.xs.length", says: /it is passed on at 'grow\(A\.xs\)', where it may be changed/ },
  { name: "a static initializer reading an object a method changes (C146)", top: `class Cfg { k = 1; set(v: number): void { this.k = v; } } class A { static cfg = new Cfg(); } class C { static k = A.cfg.k * 2; } function rd(): number { return C.k; }`, main: `A.cfg.set(4); this.Echo(String(rd()));`, code: "PBTS1096", at: "A.cfg.k * 2", says: /'A\.cfg\.set\(4\)'/ },
  // C147: a method's type parameter named like its class's: the call put the receiver's type argument for it (mcs CS0029).
  { name: "a generic method whose type parameter is named like its class's (C147)", top: `class Box<T> { constructor(public v: T) {} map<T>(f: (x: number) => T): T { return f(1); } }`, main: `const b = new Box("s"); this.Echo(String(b.map((x) => x + 1)));`, code: "PBTS1095", at: "T>(f: (x: number)", says: /a type parameter of the method 'map' named like one of its class's \('T' of 'Box'\) is not supported: in the method the name means the method's own type parameter, which pbts would give the receiver's type argument\. Rename the method's type parameter: map<T2>\(\.\.\.\)\./ },
  { name: "an interface's generic method whose type parameter is named like the interface's (C147)", top: `interface Conv<T> { conv<T>(x: T): T; }`, main: `this.Echo("x");`, code: "PBTS1095", at: "T>(x: T)", says: /named like one of its interface's \('T' of 'Conv'\)/ },
  // C148: an arrow-function field runs when called; the constructor's code calling or handing it on still runs the override early.
  { name: "an arrow-function field the base constructor calls, reaching an override (C148's neighbour)", top: `class A { h = () => this.k(); r: number; constructor() { this.r = this.h(); } k(): number { return 10; } } class B extends A { m = 7; k(): number { return this.m * 100; } }`, main: `this.Echo(String(new B().r));`, code: "PBTS1051", at: "this.k(); r", says: /the constructor \(or a field initializer\) of 'A' calls 'k', which a subclass overrides/ },
  { name: "an arrow-function field the base constructor passes on, reaching an override (C148's neighbour)", top: `function call(f: () => number): number { return f(); } class A { h = () => this.k(); r: number; constructor() { this.r = call(this.h); } k(): number { return 10; } } class B extends A { m = 7; k(): number { return this.m * 100; } }`, main: `this.Echo(String(new B().r));`, code: "PBTS1051", at: "this.k(); r", says: /calls 'k'/ },
  // C149: an enum member outside int's range: mcs CS0031 (CS0543 for one counted past 2147483647).
  { name: "an enum member of 2^31 (C149)", top: `enum E { A = 2147483648 }`, main: `this.Echo(String(E.A));`, code: "PBTS1095", at: "A = 2147483648", says: /enum member 'A' = 2147483648 is not supported: a C# enum's members are ints \(-2147483648 to 2147483647\)\. Keep the values in int's range \(a flag in bit 31 is 1 << 31, which JS makes -2147483648, as C# does\), or declare the values as numbers: a class of constants, static readonly ALL = 4294967295\./ },
  { name: "a flags enum's all-bits member 0xFFFFFFFF (C149)", top: `/** @flags */ enum F { A = 1, All = 0xFFFFFFFF }`, main: `this.Echo(String(F.All));`, code: "PBTS1095", at: "All = 0x", says: /enum member 'All' = 4294967295 is not supported/ },
  { name: "an enum member counted on past 2147483647 (C149)", top: `enum E { A = 2147483647, B }`, main: `this.Echo(String(E.B));`, code: "PBTS1095", at: "B }", says: /enum member 'B' = 2147483648 \(counted on from the member before\) is not supported/ },
  // C151: `+=` onto a string that may be missing is written `t = <t as JS prints it> + v`: a computed target would be evaluated twice.
  { name: "+= onto a string that may be missing, on a computed element (C151)", top: `class O { t?: string; } function at(): number { return 0; }`, main: `const os = [new O()]; os[at()].t += "x"; this.Echo(String(os[0].t));`, code: "PBTS1095", at: `+= "x"`, says: /'\+=' on a computed target whose string may be missing is not supported: the missing value is printed and the target written back, which would evaluate it twice\. Read it into a local, append to the local, and store it back\./ },
  // C155: a left-out argument of a function type's optional number parameter: a C# delegate takes every argument.
  { name: "a call leaving out a function type's optional number parameter (C155)", top: `function h(n: number = 3): number { return n; }`, main: `const f: (n?: number) => number = h; this.Echo(String(f()));`, code: "PBTS1095", at: "f()));", says: /a call leaving out argument 1 of a function type \('\(n\?: number\) => number'\) is not supported: a C# delegate takes every argument, and its number, boolean or enum parameter cannot hold undefined\. Declare the parameter without '\?' and pass a value\./ },
];

describe("adversary: rejected", () => {
  for (const c of cases) {
    it(`${c.code}: ${c.name}`, () => {
      const source = caseSource({ main: "", ...c });
      const at = source.indexOf(c.at);
      expect(at, `'at' must occur once in:\n${source}`).toBeGreaterThanOrEqual(0);
      expect(source.lastIndexOf(c.at)).toBe(at);
      const before = source.slice(0, at).split("\n");
      const line = before.length;
      const col = before[before.length - 1].length + 1;
      const r = compile({ sources: { ".tmp/adversary/case.ts": source }, cwd: ROOT });
      const shown = r.diagnostics.map(formatDiagnostic).join("\n");
      expect(r.ok, `compiled:\n${source}`).toBe(false);
      const d = r.diagnostics.find((d) => d.code === c.code && d.line === line && d.col === col);
      expect(d, `expected ${c.code} at ${line}:${col}, got:\n${shown}`).toBeDefined();
      if (c.says) expect(d!.message).toMatch(c.says);
      if (c.says) expect(d!.message).not.toMatch(/object Object|declare toString/);
    });
  }
});
