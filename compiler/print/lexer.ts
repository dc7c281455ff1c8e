// A C# 6 lexer for the text pbts emits: the printer works on tokens, never on characters, so two
// tokens it prints side by side can never join into another one (`- -5` stays two minus signs).
export type TokKind = "id" | "kw" | "num" | "str" | "chr" | "op" | "comment";

export interface Tok {
  k: TokKind;
  t: string;
  /** TS position (`file:line`) of the statement or member the token was emitted for, when known. */
  pos?: string;
  /** Index of the source line the token starts on (the emitter's layout). */
  line: number;
  /** Whitespace stood before it on its line (the emitter's spacing, kept by the readable layout). */
  sp?: boolean;
  /** `full`: the name it had before renaming. */
  orig?: string;
  /** The first token of a body whose braces went (`if (c) s;`): printed on its head's line. */
  join?: boolean;
  /** The source line of a removed closing brace after this token (blank lines count from it). */
  end?: number;
}

export const KEYWORDS = new Set(
  ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else " +
    "enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long " +
    "namespace new null object operator out override params private protected public readonly ref return sbyte sealed short " +
    "sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual " +
    "void volatile while").split(" "),
);

const OPS = [">>=", "<<=", "??", "?.", "=>", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", "::", "->"];
const isIdStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdPart = (c: string) => /[A-Za-z0-9_\u0080-\uffff]/.test(c);

export class LexError extends Error {}

/** Tokens of `src`; `lineOf` gives each token its start line (0-based). Whitespace is dropped. */
export function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let line = 0;
  let sp = false;
  const n = src.length;
  const push = (k: TokKind, start: number, end: number, startLine: number) => {
    out.push({ k, t: src.slice(start, end), line: startLine, sp });
    sp = false;
  };
  while (i < n) {
    const c = src[i];
    if (c === "\n") {
      line++;
      i++;
      sp = false;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      sp = true;
      continue;
    }
    const start = i;
    const l0 = line;
    const d = src[i + 1];
    if (c === "/" && d === "/") {
      while (i < n && src[i] !== "\n") i++;
      push("comment", start, i, l0);
      continue;
    }
    if (c === "/" && d === "*") {
      const e = src.indexOf("*/", i + 2);
      if (e < 0) throw new LexError("unterminated comment");
      for (let j = i; j < e; j++) if (src[j] === "\n") line++;
      i = e + 2;
      push("comment", start, i, l0);
      continue;
    }
    if (c === "@" && d === '"') {
      i += 2;
      for (;;) {
        if (i >= n) throw new LexError("unterminated verbatim string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') i += 2;
          else break;
        } else {
          if (src[i] === "\n") line++;
          i++;
        }
      }
      i++;
      push("str", start, i, l0);
      continue;
    }
    if (c === "$" && (d === '"' || (d === "@" && src[i + 2] === '"'))) throw new LexError("interpolated strings are not emitted by pbts");
    if (c === '"' || c === "'") {
      i++;
      while (i < n && src[i] !== c) {
        if (src[i] === "\n") throw new LexError("newline in a string literal");
        i += src[i] === "\\" ? 2 : 1;
      }
      i++;
      push(c === '"' ? "str" : "chr", start, i, l0);
      continue;
    }
    if (isIdStart(c) || (c === "@" && d && isIdStart(d))) {
      i++;
      while (i < n && isIdPart(src[i])) i++;
      const t = src.slice(start, i);
      out.push({ k: KEYWORDS.has(t) ? "kw" : "id", t, line: l0, sp });
      sp = false;
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && d && /[0-9]/.test(d))) {
      if (c === "0" && (d === "x" || d === "X")) {
        i += 2;
        while (i < n && /[0-9A-Fa-f]/.test(src[i])) i++;
      } else {
        while (i < n && /[0-9]/.test(src[i])) i++;
        if (src[i] === "." && /[0-9]/.test(src[i + 1] ?? "")) {
          i++;
          while (i < n && /[0-9]/.test(src[i])) i++;
        }
        if ((src[i] === "e" || src[i] === "E") && /[0-9+-]/.test(src[i + 1] ?? "")) {
          i += 2;
          while (i < n && /[0-9]/.test(src[i])) i++;
        }
      }
      while (i < n && /[uUlLfFdDmM]/.test(src[i])) i++;
      push("num", start, i, l0);
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    i += op ? op.length : 1;
    push("op", start, i, l0);
  }
  return out;
}

const joinCache = new Map<string, boolean>();

/** True when `a` and `b` printed with nothing between them would read back as other tokens. */
export function needsSpace(a: Tok, b: Tok): boolean {
  const wa = a.k === "id" || a.k === "kw" || a.k === "num";
  const wb = b.k === "id" || b.k === "kw" || b.k === "num";
  if (wa && wb) return true;
  if (a.k === "comment") return true;
  if (a.k === "str" || a.k === "chr" || b.k === "str" || b.k === "chr") return false;
  const key = `${a.t}\u0000${b.t}`;
  let r = joinCache.get(key);
  if (r === undefined) {
    let toks: Tok[] | null;
    try {
      toks = lex(a.t + b.t);
    } catch {
      toks = null;
    }
    r = !toks || toks.length !== 2 || toks[0].t !== a.t || toks[1].t !== b.t;
    if (joinCache.size < 5000) joinCache.set(key, r);
  }
  return r;
}

/** A replacement of the tokens `from`..`to` (inclusive) by `with`. */
export interface TokEdit {
  from: number;
  to: number;
  with: Tok[];
}

/** `toks` with `edits` (in order, not overlapping) applied; `toks` itself when there are none. */
export function applyEdits(toks: Tok[], edits: TokEdit[]): Tok[] {
  if (!edits.length) return toks;
  const res: Tok[] = [];
  let k = 0;
  for (const e of edits) {
    res.push(...toks.slice(k, e.from), ...e.with);
    k = e.to + 1;
  }
  res.push(...toks.slice(k));
  return res;
}
