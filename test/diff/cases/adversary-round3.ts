// cc-adv3 (session 9): programs an adversary wrote against the README's subset; each once failed in mcs
// or printed something else in C# (C12-C… in /work/briefs/cc-findings.md = test/compiler/ADVERSARY-FINDINGS.md).
import type { DiffCase } from "../harness.ts";

const c = (name: string, main: string, members?: string, top?: string): DiffCase => ({ name, main, members, top });

export const cases: DiffCase[] = [
  // C12: mono's JIT folded `x << k` of constant locals to an untruncated 64-bit value, and a `>>` by a
  // constant local shifted its upper bits in (mono 94906368, JS -39311360). Fuzz seed 26120812, program 995.
  c("adversary: shift right of a folded shift (fuzz 26120812/995)", `const a1: int = 1373838576; const c1: int = 46341; const w1: int[] = [(c1 << a1) >> c1]; this.Echo(w1.join());`),
  c("adversary: shift right of folded shifts, every form", `const x: int = 46341; const k: int = 16; const five: int = 5; const m: int = -1; let h: int = x; h <<= k; const t: int = x << k; let h2: int = x; h2 <<= k; h2 >>= five; let h3: int = x << k; h3 ^= m; this.Echo([(x << k) >> five, h >> five, t >> five, h2, ((x << k) ^ m) >> five, h3 >> five, (x << k) >> 5, (x << 16) >> five].join());`),
];
