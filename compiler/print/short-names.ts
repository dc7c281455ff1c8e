// The names the `full` renamer makes up (rename.ts), and what the passes that make names for it (compact.ts:
// shared strings, bools and enum members) count one of them as.
import type { Tok } from "./lexer.ts";
import { externalNames } from "./names.ts";

/**
 * The letters past ASCII a name of one character may be (as MDK2's renamer, which takes its one-character names
 * from Unicode letters too): the game counts a script's characters, and C# takes any Unicode letter in a name.
 * Latin-1 and Latin Extended-A, Greek and Cyrillic letters, each its own NFC and NFKC form (no ligature, no long s:
 * nothing a compiler could read as another name).
 */
export const WIDE_LETTERS: readonly string[] = (() => {
  const out: string[] = [];
  for (const [lo, hi] of [
    [0xc0, 0x17f],
    [0x391, 0x3c9],
    [0x410, 0x44f],
  ])
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      if (/^\p{L}$/u.test(ch) && ch.normalize("NFC") === ch && ch.normalize("NFKC") === ch) out.push(ch);
    }
  return out;
})();

/** Short names: a..z, A..Z, _, the letters past ASCII (WIDE_LETTERS), then two characters, ... */
export function* shortNames(): Generator<string> {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
  const rest = first + "0123456789";
  for (const c of first) yield c;
  yield* WIDE_LETTERS;
  for (const c of first) for (const d of rest) yield c + d;
  for (const c of first) for (const d of rest) for (const e of rest) yield c + d + e;
}

const ASCII_FIRST = 53;

/**
 * The length a name the renamer makes up will have in these tokens: one character while the script has fewer
 * names of its own (what no API, .NET or C# gives a meaning to: names.ts) than there are one-character names, less
 * a margin for the names a pass adds, else two.
 */
export function madeNameLength(toks: Tok[]): 1 | 2 {
  const ext = externalNames();
  const names = new Set<string>();
  for (const t of toks) if (t.k === "id" && !ext.has(t.t)) names.add(t.t);
  return names.size + 32 < ASCII_FIRST + WIDE_LETTERS.length ? 1 : 2;
}
