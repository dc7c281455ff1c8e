// Closures over `for (let i ...)` counters (compiler/emit/loop-copies.ts): each iteration has its
// own binding, as in JS, whether the lambda runs later or at once.
import type { DiffCase } from "../harness.ts";

const show = (expr: string) => `this.Echo(String(${expr}));`;

export const cases: DiffCase[] = [
  { name: "lambdas made in a loop see their own counter", main: `const fs: (() => number)[] = []; for (let i = 0; i < 3; i++) fs.push(() => i * 2); let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "int counter captured, body without braces", main: `const fs: (() => int)[] = []; for (let i: int = 0; i < 4; i += 2) fs.push(() => i); let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "callback run at once: some and filter", main: `const xs = [1, 2, 3, 4]; let s = ""; for (let i = 0; i < 4; i++) { if (xs.some((x) => x === i)) s += "y" + i; s += xs.filter((x) => x > i).length; } this.Echo(s);` },
  { name: "body writes the counter: the update sees the write", main: `const fs: (() => number)[] = []; for (let i = 0; i < 10; i++) { fs.push(() => i); i += 2; } let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "continue after a write to the counter", main: `const fs: (() => number)[] = []; for (let i = 0; i < 8; i++) { if (i % 2 === 0) { i++; fs.push(() => i * 10); continue; } fs.push(() => i); } let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "a lambda writes its own iteration's counter", main: `const incs: (() => number)[] = []; for (let i = 0; i < 3; i++) incs.push(() => ++i); let s = ""; for (const f of incs) s += f() + "" + f() + ","; this.Echo(s);` },
  { name: "a callback run at once writes the counter", main: `let s = ""; for (let i = 0; i < 6; i++) { [1].forEach((x) => { i += x; }); s += i + ","; } this.Echo(s);` },
  { name: "two counters, one captured", main: `const fs: (() => number)[] = []; for (let i = 0, j = 10; i < 3; i++, j--) fs.push(() => i + j); let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "nested loops capture both counters", main: `const fs: (() => string)[] = []; for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) fs.push(() => i + ":" + j); let s = ""; for (const f of fs) s += f() + " "; this.Echo(s);` },
  { name: "continue in an inner loop does not write back the outer copy", main: `const fs: (() => number)[] = []; for (let i = 0; i < 3; i++) { for (let k = 0; k < 2; k++) { if (k === 0) continue; i += 0; } fs.push(() => i); } let s = ""; for (const f of fs) s += f() + ","; this.Echo(s);` },
  { name: "break leaves the loop with the captured value", main: `let g = (): number => -1; for (let i = 0; i < 10; i++) { if (i === 4) { g = () => i; break; } } ${show("g()")}` },
  { name: "captured counter in a method, read after the loop through the lambda", top: `class Q { fs: (() => string)[] = []; fill(names: string[]): void { for (let i = 0; i < names.length; i++) this.fs.push(() => names[i] + i); } }`, main: `const q = new Q(); q.fill(["a", "b", "c"]); let s = ""; for (const f of q.fs) s += f(); this.Echo(s);` },
];
