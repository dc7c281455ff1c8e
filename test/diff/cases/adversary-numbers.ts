// cc-adv (session 6): number programs an adversary wrote against the README's subset; each once
// printed something else in C# than in Node (or mcs rejected it). Rejected neighbours:
// test/compiler/adversary.test.ts.
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C# compares an int with a float in float (16777217 rounds to 16777216); JS compares exactly.
  c("adversary: int compared with a float", `const f: float = toFloat(16777216); const i: int = 16777217; this.Echo(\`\${f === i} \${f !== i} \${f < i} \${i > f} \${i <= f}\`);`),
  // C#'s `c ? int : float` is a float; JS keeps the int exact.
  c("adversary: conditional of an int and a float", `const i: int = 16777217; const fl: float = toFloat(2.5); const b = i > 2; const r = b ? i : fl; this.Echo(\`\${r} \${!b ? fl : i} \${b ? fl : i}\`);`),
  c("adversary: conditional of an int and a float as an argument", `const i: int = 16777217; const fl: float = toFloat(2.5); this.Echo(\`\${this.g(i > 2 ? i : fl)}\`);`, `g(x: number): number { return x; }`),
  c("adversary: conditional of a small int literal and a float stays float", `const fl: float = toFloat(0.1); const b = fl > 1; const r = b ? 3 : fl; this.Echo(\`\${r}\`);`),
  c("adversary: toFloat of an int rounds on both sides", `const i: int = 16777217; const f: float = toFloat(i); this.Echo(\`\${f} \${f === i}\`);`),
  // `int? ?? double` is a double in C#: an enclosing `c ? ... : undefined` wrote `(int?)null` (fuzz seed 26120101, path 1132: CS0173).
  c("adversary: an int-or-undefined defaulted to a double inside a conditional", `const i: int = 780; const m = -2.5; const b = i > 0; this.Echo(\`\${(b ? ((i < 0 ? i : undefined) ?? m) : undefined) ?? 7}\`);`),
  // `int? ?? float` would be a float in C# (path 1055: CS0173 inside a conditional; 16777217 rounded).
  c("adversary: an int-or-undefined defaulted to a float", `const a: int = 16777217; const f: float = toFloat(2.5); const b = a > 0; this.Echo(\`\${(b ? a : undefined) ?? f} \${(!b ? a : undefined) ?? f} \${(false ? (b ? a : undefined) ?? f : undefined) ?? 1}\`);`),
  c("adversary: a float-or-undefined defaulted to an int", `const a: int = 16777217; const f: float = toFloat(2.5); const b = a > 0; this.Echo(\`\${(!b ? f : undefined) ?? a} \${(b ? f : undefined) ?? a}\`);`),
  // `a - b` of ints where a double is wanted: C# did int arithmetic in a checked block and threw.
  c("adversary: sort comparator a - b on an int array near int's limits", `const xs: int[] = [2147483647, -2147483647, 0]; xs.sort((a, b) => a - b); this.Echo(xs.join());`),
  c("adversary: int sum stored in a number, passed as one and returned as one", `const a: int = 2147483647; const b: int = -2; const d: number = a - b; this.Echo(\`\${d} \${this.f(a + a)} \${this.g(a)}\`);`, `f(x: number): number { return x; } g(a: int): number { return a + 1; }`),
  // RangeError messages of the runtime helpers, word for word.
  c("adversary: repeat and toString(radix) RangeError messages", `for (const n of [-1, -1.5, Infinity, -0.5]) { try { this.Echo("[" + "a".repeat(n) + "]"); } catch (e) { if (e instanceof Error) this.Echo(e.message); } } try { this.Echo((10).toString(1)); } catch (e) { if (e instanceof Error) this.Echo(e.message); }`),
];
