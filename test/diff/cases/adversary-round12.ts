import type { DiffCase } from "../harness.ts";

// Session 18 (cc-adv12): the documented subset attacked as a user writes it: labelled jumps, `**=`, type
// assertions on write targets, closures over loop variables, and the session-17 additions.
const show = (e: string) => `this.Echo(String(${e}));`;

export const cases: DiffCase[] = [
  { name: "(C85) (x as number) = 2.5, += 0.5, <number>x = 2.5 and (x satisfies number) = 2.5 on an unannotated let make it a double", main: `let a = 1; (a as number) = 2.5; let b = 1; (b as number) += 0.5; let c = 1; (<number>c) = 2.5; let d = 1; (d satisfies number) = 2.5; let e = 1; let f = 2; [e as number, f] = [0.5, 3]; ${show("a + ' ' + b + ' ' + c + ' ' + d + ' ' + e + ' ' + f")}` },
  { name: "(C85) i as number of an int-inferred let and loop counter is the int unchanged (a read, a square past 2^31, a division)", main: `let i = 46341; i++; const y = (i as number) * (i as number); let s = 0; for (let k = 0; k < 3; k++) s += (k as number) / 2; let j: int = 65536; ${show("y + ' ' + s + ' ' + (j as number) * j + ' ' + (j as number) / 3")}` },
  { name: "(C85) (i as number) += 1 on a captured for-let, and (x as number) **= 2 on a double local and field", top: `class C { v = 2.5; }`, main: `const fs: (() => number)[] = []; for (let i = 0; i < 3; i++) { fs.push(() => i); (i as number) += 1; } let x = 1.5; (x as number) **= 2; const c = new C(); (c.v as number) **= 2; ${show("fs.map(g => g()).join() + ' ' + x + ' ' + c.v")}` },
  { name: "(C86) (n as number) += 1, **= 2, ++ and = 2 on a narrowed nullable local write n (was n.Value += 1: mcs CS0200)", main: `let n: number | null = 3; (n as number) += 1; (n as number) **= 2; (n as number)++; let m: number | null = 1; (m as number) = 2; ${show("n + ' ' + m")}` },
  { name: "(C86) (n as number) = 2 on a nullable local and field that may be null: a plain write, nothing read", top: `class C { v: number | null = null; }`, main: `let n: number | null = this.Storage.length === 0 ? null : 3; (n as number) = 2; const c = new C(); (c.v as number) = 5; const r = ((c.v as number) = 6); let x = 0.5; (x as int) = 2.5; ${show("n! + ' ' + c.v! + ' ' + r + ' ' + x")}` },
];
