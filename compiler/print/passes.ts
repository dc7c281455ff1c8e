// Token passes of the printer that change no meaning: `this.` where no local or parameter of the
// member shadows the name, and `checked { }` blocks that can be folded into the body they fill.
import type { Tok } from "./lexer.ts";
import type { Shape } from "./structure.ts";

/**
 * Drops `this.` before X in a member where X is never written without a qualifier (no local,
 * parameter or lambda parameter of that member is named X): plain X then finds the same member
 * (C# looks in the class and its bases before the enclosing Program).
 */
export function dropThis(toks: Tok[], sh: Shape): Tok[] {
  const drop = new Set<number>();
  for (const [a, b] of sh.members) {
    const plain = new Set<string>();
    for (let i = a; i <= b; i++) {
      const t = toks[i];
      if (t.k !== "id") continue;
      const p = prevCode(toks, i);
      if (p >= 0 && (toks[p].t === "." || toks[p].t === "?.")) continue;
      plain.add(t.t);
    }
    for (let i = a; i + 2 <= b; i++) {
      if (toks[i].t === "this" && toks[i + 1].t === "." && toks[i + 2].k === "id" && !plain.has(toks[i + 2].t)) {
        drop.add(i);
        drop.add(i + 1);
      }
    }
  }
  if (!drop.size) return toks;
  // the name takes the place (line and spacing) of the `this` it follows
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (drop.has(i)) continue;
    out.push(drop.has(i - 2) && toks[i - 2].t === "this" ? { ...toks[i], line: toks[i - 2].line, sp: toks[i - 2].sp } : toks[i]);
  }
  return out;
}

function prevCode(toks: Tok[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (toks[j].k !== "comment") return j;
  return -1;
}
