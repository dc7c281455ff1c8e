// cc-adv (session 7): accessors, field initialization order and inferred ints an adversary found
// miscompiled (C# behaved differently from Node, or a program of the subset was wrongly rejected).
// Rejected neighbours: test/compiler/adversary.test.ts (PBTS1088, PBTS1089).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

const pair = `class Base { protected _v = 1; get v(): number { return this._v; } set v(x: number) { this._v = x; } }`;

export const cases: DiffCase[] = [
  // JS: a getter alone in a subclass replaces the base's whole accessor pair, so assigning throws;
  // C# kept the base's setter and printed "set 50".
  c("adversary: getter-only override of a get/set pair", `const b: Base = new Sub(); this.Echo(String(b.v)); try { b.v = 5; this.Echo("set " + b.v); } catch (e) { if (e instanceof Error) this.Echo("E " + e.message); }`, undefined, `${pair} class Sub extends Base { get v(): number { return this._v * 10; } }`),
  c("adversary: getter-only override beside a full override", `const xs: Base[] = [new Base(), new Both(), new Ro()]; for (const x of xs) { try { x.v = 3; this.Echo("ok " + x.v); } catch (e) { if (e instanceof Error) this.Echo(e.message); } }`, undefined, `${pair} class Both extends Base { get v(): number { return super.v + 100; } set v(x: number) { super.v = x * 2; } } class Ro extends Both { get v(): number { return -1; } }`),
  // A set-only accessor that is only assigned is the same in both.
  c("adversary: set-only accessor never read", `const p = new P(); p.v = 3; p.v = 4; this.Echo(p.log);`, undefined, `class P { log = ""; set v(x: number) { this.log += x; } }`),
  // Field initializers that call methods reading only fields already initialized.
  c("adversary: field initializer calling a method reading earlier fields", `const p = new P(2); this.Echo(\`\${p.a} \${p.b} \${p.c}\`);`, undefined, `class P { a = 5; b = this.twice(); c: number; constructor(public k: number) { this.c = this.twice() + k; } twice(): number { return this.a * 2; } }`),
  c("adversary: static initializer calling a method reading earlier statics", `this.Echo(\`\${A.x} \${A.z}\`);`, undefined, `class A { static y = 5; static x = A.f(); static z = A.f() + A.x; static f(): number { return A.y + 1; } }`),
  // `1e3`, `1.0`, `2e0` are integers in value but doubles in C#: the local they start or step is a
  // double (was PBTS1017 "a 'double' value where 'int' is expected").
  c("adversary: locals stepped by integer-valued double literals", `let j = 0; j++; j -= 1e3; let m = 0; m += 1.0; m++; let q = 0; q += 2e0; q -= 5; const k = 1e3; let d = k; d++; const h = 2.0; let e2 = h; e2 -= 1; const xs = [1, 2, 3]; this.Echo(\`\${j} \${m / 4} \${q / 4} \${d / 7} \${e2 / 3} \${xs[e2]}\`);`),
  // A subclass implements an interface with a member inherited from a base class that does not
  // (A9c): C# looks the implementation up in the base, whose field or getter was no C# property of
  // the interface (mcs CS0535). JS names the class holding the getter in its TypeError.
  c("adversary: interface implemented by a subclass with a base field", `const s: Shape = new Cm(); s.name = "q"; this.Echo(s.name + new Cm().name);`, undefined, `interface Shape { name: string; } class Cl { name = "cl"; } class Cm extends Cl implements Shape {}`),
  c("adversary: interface implemented by a subclass with a base getter", `const s: Shape = new Cn(); this.Echo(s.name); try { s.name = "q"; } catch (e) { if (e instanceof Error) this.Echo(e.message); }`, undefined, `interface Shape { name: string; } class Cl { get name(): string { return "cl"; } } class Cm extends Cl implements Shape {} class Cn extends Cm {}`),
  c("adversary: readonly interface property from a base field", `const s: Named = new Cm(); this.Echo(s.name);`, undefined, `interface Named { readonly name: string; } class Cl { name = "cl"; } class Cm extends Cl implements Named {}`),
  c("adversary: interface implemented by a subclass with a base parameter property", `const s: Shape = new Cm("p"); s.name += "!"; this.Echo(s.name);`, undefined, `interface Shape { name: string; } class Cl { constructor(public name: string) {} } class Cm extends Cl implements Shape {}`),
  // Callbacks passed by name: their own parameter count decides the helper (was mcs CS0123 for a
  // two-parameter function given to map); a method that never uses `this` may be passed unbound.
  c("adversary: map with a named function of two parameters", `this.Echo([5, 6].map(dbl).join() + [5, 6].map(dbl1).join() + [5, 6].map(this.q).join());`, `q(x: number): string { return "q" + x; }`, `function dbl(x: number, i: number): number { return x * 2 + i; } function dbl1(x: number): number { return x * 2; }`),
  // Neighbours of the switch rejections (adversary.test.ts): a clause's own const, braces per clause.
  c("adversary: switch clauses with their own consts", `let s = ""; for (const k of ["a", "b", "c"]) { switch (k) { case "a": const v = 1; s += v; break; case "b": { const w = 2; s += w; break; } default: { const w = 3; s += w; } } } this.Echo(s);`),
  // A conditional with an arrow function as a branch: C# gives a lambda no type of its own (mcs CS1660 beside
  // null, CS0173 beside another lambda or a method group): the branch is cast to the delegate type.
  c("adversary: conditional of an arrow function and null", `const f = mk(false); const g = mk(true); this.Echo(\`\${f?.()} \${g?.()}\`); this.Echo(run(3 > 2 ? (x) => x * 3 : null, 2) + run(null, 5));`, undefined, `function mk(b: boolean): (() => string) | null { return b ? () => "g" : null; } function run(f: ((x: number) => number) | null, v: number): string { return f === null ? "none" : String(f(v)); }`),
  c("adversary: conditional of two arrow functions", `const up = true; const f = up ? (s: string): string => s.toUpperCase() : (s: string): string => s.toLowerCase(); const g: (n: number) => number = !up ? (n) => n * 2 : (n) => n + 1; this.Echo(f("aB") + g(2));`),
  c("adversary: conditional of two functions", `const f = 2 > 1 ? fa : fb; const g = 1 > 2 ? fa : fb; this.Echo(f() + g());`, undefined, `function fa(): string { return "a"; } function fb(): string { return "b"; }`),
  c("adversary: conditional of an arrow function and a function", `const useUp = false; const f = useUp ? (s: string): string => s + "!" : shout; this.Echo(f("a"));`, undefined, `function shout(s: string): string { return s.toUpperCase(); }`),
  c("adversary: conditional arrow function or null stored in a field", `const k = new K(); k.cb = k.n > 0 ? (() => { k.n++; }) : null; if (k.cb !== null) k.cb(); this.Echo(String(k.n));`, undefined, `class K { n = 1; cb: (() => void) | null = null; }`),
  // An arrow function called where it is written (mcs CS0119: a lambda is no method group).
  c("adversary: immediately invoked arrow functions", `let n = 0; const v = ((): number => 5)(); const w = ((x: number): number => x * 2)(4); ((): void => { n += v + w; })(); this.Echo(\`\${v} \${w} \${n}\`);`),
  // Sibling classes meeting in a conditional or '??' where their base is expected: cast to it (was mcs CS0173/CS0019).
  c("adversary: conditional and '??' of sibling classes where the base is expected", `const n = 2; const x: B = n > 1 ? new D1() : new D2(); const y: B = mk() ?? new D2(); const xs: B[] = [new D1(), new D2()]; this.Echo(x.k() + y.k() + pick(false).k() + xs.map((v) => v.k()).join());`, undefined, `abstract class B { abstract k(): string; } class D1 extends B { k(): string { return "d1"; } } class D2 extends B { k(): string { return "d2"; } } function mk(): D1 | null { return null; } function pick(b: boolean): B { return b ? new D1() : new D2(); }`),
  // Neighbours: a getter (not a field) for an abstract getter; a get/set pair for an abstract pair.
  c("adversary: accessors implementing abstract accessors", `const b: B = new D("p"); b.v = 3; this.Echo(b.name + String(b.v));`, undefined, `abstract class B { abstract get name(): string; abstract get v(): number; abstract set v(x: number); } class D extends B { private _v = 0; constructor(private _name: string) { super(); } get name(): string { return this._name; } get v(): number { return this._v * 2; } set v(x: number) { this._v = x; } }`),
];
