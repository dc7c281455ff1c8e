// cc-adv (session 6): programs an adversary wrote against the README's subset (strings, control
// flow, classes, collections, generators); each once failed in mcs or printed something else in C#.
// Rejected neighbours: test/compiler/adversary.test.ts.
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // `a.done ? "" : a.value` in a template: string and number branches (mcs: CS0173).
  c("adversary: generator value or empty in a template", `const g = this.gen(); const a = g.next(); const b = g.next(); this.Echo(\`\${a.done} \${b.done} [\${a.done ? "" : a.value}] [\${b.done ? "" : b.value}]\`);`, `*gen(): Generator<number> { yield 1; }`),
  c("adversary: conditionals of mixed types in a template", `const n = 2.5; const ok = n > 2; const m: string | null = null; this.Echo(\`\${ok ? n : "no"} \${!ok ? n : "no"} \${(ok ? true : "x")} \${ok ? m : 3} \${(((ok ? -0 : "")))}\`);`),
  // `x?.next?.v ?? -1` stays a number; `?? "none"` is rejected (adversary.test.ts).
  c("adversary: optional chain defaulted to a number in a template", `const xs: (Nd | null)[] = [null, new Nd(null), new Nd(new Nd(null))]; this.Echo(xs.map((x) => \`\${x?.next?.v ?? -1}\`).join());`, undefined, `class Nd { v = 7; constructor(public next: Nd | null) {} }`),
];
