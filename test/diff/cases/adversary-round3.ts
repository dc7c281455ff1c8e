// cc-adv3 (session 9): programs an adversary wrote against the README's subset; each once failed in mcs
// or printed something else in C# (C12-C… in /work/briefs/cc-findings.md = test/compiler/ADVERSARY-FINDINGS.md).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C12: mono's JIT folded `x << k` of constant locals to an untruncated 64-bit value, and a `>>` by a
  // constant local shifted its upper bits in (mono 94906368, JS -39311360). Fuzz seed 26120812, program 995.
  c("adversary: shift right of a folded shift (fuzz 26120812/995)", `const a1: int = 1373838576; const c1: int = 46341; const w1: int[] = [(c1 << a1) >> c1]; this.Echo(w1.join());`),
  c("adversary: shift right of folded shifts, every form", `const x: int = 46341; const k: int = 16; const five: int = 5; const m: int = -1; let h: int = x; h <<= k; const t: int = x << k; let h2: int = x; h2 <<= k; h2 >>= five; let h3: int = x << k; h3 ^= m; this.Echo([(x << k) >> five, h >> five, t >> five, h2, ((x << k) ^ m) >> five, h3 >> five, (x << k) >> 5, (x << 16) >> five].join());`),
  // C13: `String(a ?? b)` and `x.toString()` of a string passed the `??` through unparenthesized: `String(m.get(k) ?? "d") + "|"`
  // became `m.get(k) ?? "d" + "|"` (C#'s `??` binds looser than `+`): a missing separator, or mcs CS0029/CS0019.
  c("adversary: String() of a nullish default in a concatenation", `const s = "abc"; const m = new Map<string, string>(); const n: string | null = this.k > 0 ? "n" : null; this.Echo(String(s.at(9) ?? "none") + "|" + String(m.get("x") ?? "dflt") + "|" + (m.get("y") ?? "d2").toString() + "|" + String(n ?? "nn") + "!" + String(n || "or") + "!" + \`\${n ?? "t"}\` + "!" + String(this.k > 0 ? "a" : "b") + "!");`, `k = 0;`),
  c("adversary: enum name with a nullish default in a concatenation", `const v: int = 1; const w: int = 7; this.Echo(String(E[v] ?? "?") + " " + String(E[w] ?? "?") + " " + E[E.B] + "|" + (E[v] ?? "q") + "|");`, undefined, `enum E { A, B }`),
  c("adversary: String() of a nullish default compared and measured", `const m = new Map<string, string>(); this.Echo(String((m.get("a") ?? "zz") < "b") + String(m.get("a") ?? "abc").length + (m.get("a") ?? "q").toUpperCase());`),
  // Messages that were false (brief item 4), now accepted: `NaN.toFixed(2)` was PBTS1016 "not available in SE"
  // (NaN read as a global object), Number.isSafeInteger likewise, `const a: int = -2147483648` PBTS1017
  // ("a 'double' value": the literal 2147483648 is beyond int, its negation is not), String([1, 2]) said
  // "JS prints [object Object]; declare toString()" (JS joins the elements).
  c("adversary: methods of NaN and Infinity", `this.Echo(NaN.toFixed(2) + Infinity.toFixed(2) + Number.NaN.toFixed(1) + NaN.toString() + Infinity.toPrecision(3) + (-Infinity).toExponential(2) + NaN.toString(16));`),
  c("adversary: Number.isSafeInteger", `const xs = [5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), -(2 ** 53), 1.5, NaN, Infinity, -0, 1e300]; this.Echo(xs.map((x) => String(Number.isSafeInteger(x))).join());`),
  c("adversary: the smallest int literal", `const a: int = -2147483648; const b: int = -0x80000000; const xs: int[] = [a, b, -2147483648]; let c = -2147483648; c = c - 1; const d = -(-2147483648); const e = - -2147483648; this.Echo(String(a) + " " + b + " " + xs.join() + " " + c + " " + d + " " + e + " " + (-2147483648 - 1) + " " + (-2147483648 * 2) + " " + (a === -2147483648) + " " + (-2147483648 / 3));`),
  c("adversary: arrays converted to strings", `const xs = [1.5, -0, NaN, 1e21]; const ss: (string | null)[] = ["a", null, ""]; const bs = [true, false]; const is: int[] = [1, -2]; const em: number[] = []; this.Echo(\`\${xs}|\${ss}|\${bs}|\${is}|\${em}|\` + String(xs) + "|" + xs + "|" + ss + [1, 2]);`),
];
