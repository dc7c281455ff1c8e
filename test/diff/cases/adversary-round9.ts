// cc-adv9 (session 15): adversarial cases, round 9. Findings C60-…: test/compiler/ADVERSARY-FINDINGS.md.
// Messages and rejections: test/compiler/messages.test.ts (session 15 block).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // (noticed in s14) `c ? xs.push(0) : o?.bump();` was PBTS1001 "the value of an optional call returning void" (the value
  // is unused): a void `?.()` call on the right of `&&`/`||`/`??`, as a `?:` branch statement or a void arrow's body.
  c("adversary: a void optional call as a branch of a statement ?:, && or ||, and a void arrow's body", `const xs: number[] = []; const o: O | null = [1].length > 0 ? new O() : null; const no: O | null = [1].length > 5 ? new O() : null; for (const b of [true, false, true]) { b ? xs.push(0) : o?.bump(); } const ok = xs.length > 0; ok && o?.bump(); ok || o?.bump(); ok && no?.bump(); [1, 2].forEach((x) => o?.bump()); [1, 2].forEach((x) => no?.bump()); this.Echo(xs.join() + "|" + String(o!.n));`, undefined, `class O { n = 0; bump(): void { this.n++; } }`),
  // (noticed in s14) `o ?? log.push("x");`, `m.get(k) ?? m.set(k, v);` were PBTS1001 "an expression statement without an
  // effect": now `if (o == null) { ... }` (the right side runs when the left is null or undefined, as in JS).
  c("adversary: ?? as a statement (the right side runs when the left is missing)", `const log: string[] = []; const o: string | null = [1].length > 5 ? "a" : null; const p: string | null = "p"; o ?? log.push("x"); p ?? log.push("y"); const m = new Map<string, number>(); const k = "q"; m.get(k) ?? m.set(k, 3); m.get(k) ?? m.set(k, 4); const z = new Map<string, number>([["z", 0]]); z.get("z") ?? z.set("z", 9); let n = 0; const f = (): string | null => { n++; return null; }; f() ?? (n += 10); [o, p].forEach((s) => s ?? log.push("f")); this.Echo(log.join() + "|" + String(m.get(k)) + String(z.get("z")) + "|" + String(n));`),
  // (noticed in s14) `String(t?.length)` was PBTS1046: a number or boolean read through `?.` and printed (String(), a
  // template, `+` with a string) prints "undefined" when missing, in both (Js.Str of a nullable).
  c("adversary: a number or boolean read through ?. and printed", `const t: string | null = [1].length > 5 ? "ab" : null; const u: string | null = "abc"; const o: O | null = [1].length > 5 ? new O() : null; const q: O | null = new O(); const ns: number[] | null = [1].length > 5 ? [1] : null; this.Echo(String(t?.length) + String(u?.length) + \`|\${t?.length}|\${u?.length}|\${o?.b}|\${q?.b}|\${q?.x}\` + "|" + t?.length + (u?.length) + o?.x + q?.x + "|" + String(ns?.length) + String(q?.i));`, undefined, `class O { b = false; x = -0.5; i: int = 7; }`),
  // (noticed in s14) `add(x): this` (a chaining method) was PBTS1001 "type 'this'": the class's own type where no class
  // extends it (with a subclass it is refused saying why: messages.test.ts).
  c("adversary: a ': this' return type in a class nothing extends", `const b = new B(); const g = new G<string>("s"); this.Echo(String(b.add(1).add(2).n) + String(b.me() === b) + String(b.same(b)) + g.with("t").with("u").v + String(g.next === null));`, undefined, `class B { n = 0; add(x: number): this { this.n += x; return this; } me(): this { return this; } same(o: this): boolean { return o === this; } } class G<T> { next: this | null = null; constructor(public v: T) {} with(v: T): this { this.v = v; return this; } }`),
  // `>>>` was PBTS1001 "'>>>' is not supported" with no way out: on ints it is JS's unsigned 32-bit result as a number
  // (`-1 >>> 0` is 4294967295, the count's low 5 bits), in C# the low 32 bits through long (no uint cast: a checked
  // body would throw). The hash idiom's `h >>> 0` (an unsigned hash) and a wrapped operand (`(h * 31 + 7) >>> 0`).
  c("adversary: >>> on ints, counts past 31, negative counts and the unsigned hash idiom", `const a: int = 2147483647; const b: int = -2147483648; const xs: int[] = [a, b, -1, 0, 1, -7]; const ks: int[] = [0, 1, 31, 32, 33, -1]; const r: string[] = []; for (const x of xs) { for (const k of ks) r.push(String(x >>> k)); r.push(String((x >>> 0) + 1)); } let h: int = 0; for (const ch of "hello") h = (h * 31 + toInt(ch.charCodeAt(0))) | 0; const lit = -1 >>> 28; this.Echo(r.join() + "|" + String(h >>> 0) + String(lit) + String((h ^ 12345) >>> 16) + String((h * 31 + 7) >>> 0) + String(1 / (0 >>> 0)));`),
  // `Math.max()` / `Math.min()` without arguments were PBTS1015: JS's -Infinity / Infinity (the identities).
  c("adversary: Math.max() and Math.min() without arguments, and of an empty spread", `const e: number[] = []; const ie: int[] = []; this.Echo(String(Math.max()) + String(Math.min()) + String(Math.max(...e)) + String(Math.min(...e)) + String(Math.max(...ie)) + String(Math.max() < Math.min()) + String([3, 1].reduce((m, x) => Math.min(m, x), Math.min())));`),
  // PBTS1014 said "use a literal, enum member or null" for `best: number = -Infinity`: Infinity, NaN, Math.PI and Math.E
  // are C# constants too (double.PositiveInfinity, double.NaN, Math.PI, Math.E), so they are accepted as defaults.
  c("adversary: Infinity, -Infinity, NaN, Math.PI and -Math.E as parameter defaults", `this.Echo([f(), f(1), g(), h(), k(), m()].map((x) => String(x)).join() + new C().lo() + new C().lo(2));`, undefined, `function f(x: number = Infinity): number { return x; } function g(x: number = -Infinity): number { return x; } function h(x: number = NaN): number { return x; } function k(x: number = Math.PI): number { return x; } function m(x: number = -Math.E): number { return x; } class C { lo(best: number = -Infinity): string { return String(best); } }`),
];
