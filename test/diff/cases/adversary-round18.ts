import type { DiffCase } from "../harness.ts";

// Session 23 (cc-adv18): adversary round 18.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  // C146: a static initializer reading state the script changes is PBTS1096 (test/compiler/adversary.test.ts); these, which
  // read state nothing changes, their own class's statics (any access to those runs the class's initializers first in C#
  // too), a shared reference, or read in a lambda or getter, stay accepted and print the same.
  { name: "(C146) static initializers reading other classes' statics that nothing changes: numbers, an array's length, elements and sum, a Map's value, a shared reference", top: `class A { static n = 1; static readonly xs = [1, 2, 3]; static m = new Map<string, number>([["a", 1]]); } class B { static m = A.n * 2; static len = A.xs.length; static first = A.xs[0]; static sum = A.xs.reduce((a, b) => a + b, 0); static got = A.m.get("a"); static ref = A.xs; } function rd(): string { return B.m + " " + B.len + " " + B.first + " " + B.sum + " " + B.got + " " + B.ref.length; }`, main: `${show("rd() + ' ' + A.xs.map((x) => x * 2).join() + ' ' + A.xs.includes(2) + ' ' + (A.xs === B.ref) + ' ' + A.m.has('a')")}` },
  { name: "(C146) a static initializer reading its own class's statics, which a static method changes later", top: `class B { static n = 1; static xs: number[] = [1]; static m = B.n * 2; static len = B.xs.length; static bump(): void { B.n++; B.xs.push(4); } } function rd(): string { return B.m + " " + B.len + " " + B.n + " " + B.xs.length; }`, main: `B.bump(); ${show("rd()")}` },
  { name: "(C146) a shared reference, a lambda and a getter reading another class's changed static: read when called, in both", top: `class A { static xs: number[] = [1]; static n = 1; } class B { static ref = A.xs; static f = () => A.xs.length + A.n; static get twice(): number { return A.n * 2; } } function rd(): string { return B.ref.length + " " + B.f() + " " + B.twice; }`, main: `A.xs.push(2); A.n = 5; ${show("rd()")}` },
  { name: "(C146) the hint's way out: the static assigned in the Program constructor", top: `class A { static n = 1; } class B { static m = 0; } function readB(): number { return B.m; }`, members: `constructor() { super(); B.m = A.n * 2; }`, main: `A.n = 5; ${show("readB() + ' ' + A.n")}` },
  { name: "(C146) top-level consts read by a static initializer: a number, an array iterated and joined", top: `const K = 4; const NAMES = ["a", "b"]; class B { static m = K * 2; static n = NAMES.length; static s = NAMES.join(); } function rd(): string { return B.m + " " + B.n + B.s; }`, main: `let all = ""; for (const x of NAMES) all += x; ${show("all + ' ' + rd()")}` },
];
