import type { DiffCase } from "../harness.ts";

// Session 17 adversary round 11 (cc-adv11): the documented subset read as a user, at every minify level.
const show = (e: string) => `this.Echo(String(${e}));`;
// a nullable number TypeScript does not narrow from its initializer
const maybe = `let n: number | null = this.Storage.length === 0 ? 3 : null;`;

export const cases: DiffCase[] = [
  // C77: a non-null assertion as an assignment target (`n! += 2`, `n!++`, `n! = 5`) on a nullable number, int or
  // boolean was `n.Value += 2`: mcs CS0200 (Nullable<T>.Value is read-only). Now `n = n.Value + 2`.
  { name: "(C77) n! = v, n! += v, n! *= v, n! -= v, n! /= v, n! %= v on a nullable number local", main: `${maybe} n! = 5; ${show("n")} n! += 2; n! *= 3; n! -= 1; n! /= 4; n! %= 3; ${show("n")}` },
  { name: "(C77) n!++, ++n!, n!--, --n! as statements and the prefix ones as values", main: `${maybe} n!++; ${show("n")} const a = ++n!; const b = --n!; n!--; ${show("a + ' ' + b + ' ' + n")}` },
  { name: "(C77) n! **= k and n! |= k on nullable locals (number, int), and in a for loop's update", main: `${maybe} n! **= 2; ${show("n")} let i: int | null = this.Storage.length === 0 ? 6 : null; i! |= 1; i! <<= 2; i! += 1; i!++; ${show("i")} let s = ""; for (let k: number | null = 1; k! < 20; k! *= 3) s += k + ","; this.Echo(s);` },
  { name: "(C77) fields through !: this.v! += 1 in a method, c.v!++, c.w! on an optional field, a static C.s! -= 1", top: `class C { v: number | null = 1; w?: number = 4; static s: number | null = 10; bump(): number { this.v! += 1; this.v!++; return this.v!; } }`, main: `const c = new C(); ${show("c.bump()")} c.v! *= 10; c.w! += 1; c.w! **= 2; C.s! -= 1; ${show("c.v + ' ' + c.w + ' ' + C.s")}` },
  { name: "(C77) the value of n! = v and n! += v in an expression, (n!) in parentheses", main: `${maybe} const a = (n! = 7) + 1; const b = (n! += 1) * 2; (n!) += 1; ((n)!) -= 0.5; ${show("a + ' ' + b + ' ' + n")}` },
  { name: "(C77) a nullable number TypeScript narrowed (from its initializer, after a null check) stepped without !: n += 1, n++, c.v *= 3", top: `class C { v: number | null = null; }`, main: `let n: number | null = 3; n += 1; n++; ${show("n")} const c = new C(); if (c.v !== null) c.v++; c.v = 2; c.v *= 3; c.v **= 2; ${show("c.v")}` },
  { name: "(C77) a nullable boolean through !: b! = !b!, and a nullable enum stepped", top: `enum D { A, B, C }`, main: `let b: boolean | null = this.Storage.length === 0 ? true : null; b! = !b!; ${show("b")} let d: D | null = this.Storage.length === 0 ? D.A : null; d!++; d! += 1; ${show("d! + ' ' + D[d!]")}` },
  { name: "(C77) a destructuring assignment into n! and c.v!: [n!, m] = [5, 6], [c.v!, m] = pair", top: `class C { v: number | null = 1; }`, main: `${maybe} let m = 0; [n!, m] = [5, 6]; ${show("n + ' ' + m")} const c = new C(); const pair: [number, number] = [7.5, 1]; [c.v!, m] = pair; ${show("c.v + ' ' + m")}` },
  { name: "(C77) n! = 0 as a for loop's initializer (was (n = 0).Value: mcs CS0201), n! += 1 in a lambda", main: `${maybe} let s = ""; for (n! = 0; n! < 3; n!++) s += n; const inc = (): void => { n! += 10; }; inc(); this.Echo(s + " " + n);` },
  { name: "(C77) a parenthesized target of **= ((x) **= 3 was 'an element or a computed target')", main: `let x = 2.5; (x) **= 2; ${show("x")}` },
  // C80: a write in parentheses was not seen by the passes asking "is x written here?": the int inference of an unannotated
  // `let` (`(x) *= 3` left x a C# int: overflow threw where JS goes on; `(x) = 0.5` was a false PBTS1017) and the loop
  // copies of a `for (let i ...)` whose counter a lambda captures (`(i) += 1` was not written back: the loop ran 6 times, not 3).
  { name: "(C80) (x) *= 3 forty times on an unannotated let: a double, as in JS (was a C# int that overflowed)", main: `let x = 1; for (let k = 0; k < 40; k++) (x) *= 3; ${show("x")} let y = 2; (y) = 0.5; ${show("y")} let z = 0; (z)--; (z) -= 0.25; ${show("z")}` },
  { name: "(C80) (i) += 1 and (i)++ in a for (let i ...) body whose counter a lambda captures: written back, as in JS", main: `const fs: (() => number)[] = []; for (let i = 0; i < 6; i++) { fs.push(() => i); (i) += 1; } for (let j = 0; j < 6; j++) { fs.push(() => -j); (j)++; } this.Echo(fs.map((f) => f()).join());` },
  // C81: mono's JIT folds `x + 0.0` to x, keeping a -0 that IEEE (and JS) turn into +0. F13 wrapped the binary `x + 0`
  // (Js.Key); the compound `x += 0`, `x -= -0` and the binary `x - -0` were left: 1 / x printed -Infinity for Infinity.
  { name: "(C81) x += 0 and x -= -0 on a -0 local, field, static and element, and as a value: +0 as in JS (mono kept -0)", top: `class C { v = -0; static s = -0; }`, main: `let x = -0; x += 0; ${show("1 / x")} let w = -0; w -= -0; ${show("1 / w")} const c = new C(); c.v += 0; C.s += 0.0; ${show("1 / c.v + ' ' + 1 / C.s")} const xs = [-0]; xs[0] += 0; ${show("1 / xs[0]")} let y = -0; const r = (y += 0); ${show("1 / r")} let q = -0; q -= 0; q += -0; ${show("1 / q")}` },
  { name: "(C81) z - -0 on a -0 is +0, z - 0 stays -0, and a nullable n! += 0", main: `const z = -0; ${show("1 / (z - -0)")} ${show("1 / (z - 0)")} let n: number | null = this.Storage.length === 0 ? -0 : null; n! += 0; ${show("1 / n!")}` },
  // C82: `-0` counted as a small int literal for the int inference of an unannotated `let`, so `let x = 1; x = -0;` made x a
  // C# int and then rejected the write (PBTS1095 "'-0' where an 'int' is expected") in a program that declares no int.
  { name: "(C82) let x = 1; x = -0 (and x += -0): x is a double holding -0, as in JS (was a false PBTS1095)", main: `let x = 1; x = -0; ${show("1 / x")} let y = 0; y += -0; y = y - 1; y++; ${show("1 / y")} let s = ""; for (let i = 2; i > -1; i--) { let k = i; if (k === 0) k = -0; s += 1 / k + ","; } this.Echo(s);` },
  // C83: a field initialized to what a C# field holds before any code runs gets no constructor assignment (issue 15,
  // size); for a nullable number, boolean or enum that is null, not 0 or false: `v: number | null = 0` started null.
  { name: "(C83) nullable fields initialized to 0, false, an enum's 0 member: 0 and false, as in JS (were null)", top: `enum E { Zero, One } class C { v: number | null = 0; b: boolean | null = false; u?: number = 0; w: number | undefined = 0; e: E | null = E.Zero; i: int | null = 0; n: number | null = null; get(): number { return this.v! + 1; } }`, main: `const c = new C(); ${show("c.v + ' ' + c.b + ' ' + c.u + ' ' + c.w + ' ' + c.e! + ' ' + c.i + ' ' + c.n + ' ' + c.get()")}` },
];
