// The one printer: tokens → text, in three layouts.
// - readable (none, trim, stripcomments): the emitter's lines and spacing, braces K&R-style (an
//   opening brace ends the line of its statement, `} else` shares a line), two spaces per level
//   instead of four, and a method body that is only a `checked` block opens and closes on the lines
//   of the body (`{ checked {` ... `}}`), so that block costs no level of indentation. A body of one
//   simple statement whose braces went (dropBraces) sits on its head's line (`if (c) return;`), as
//   the TS usually has it. What the game shows in its editor stays one statement per line, indented,
//   with the emitter's comments.
// - lines (lite): one statement per line as above, no indentation, no space a token does not need.
// - dense (full): a line per member of Program or of a nested type (a run of fields shares one, an
//   enum is one line), no space a token does not need.
// Two tokens are only ever printed side by side when they read back as the same two tokens.
import { needsSpace, type Tok } from "./lexer.ts";
import { shape } from "./structure.ts";

export type Layout = "readable" | "lines" | "dense";

export interface Printed {
  text: string;
  /** For each printed line: the TS position of its first token that has one. */
  map: (string | null)[];
  /** `full`: for each printed line, the renamed names on it (new name → old name), or null. */
  renamed?: (Record<string, string> | null)[];
}

const INDENT = "  ";

export function print(toks: Tok[], layout: Layout, blankLines = false): Printed {
  const sh = shape(toks);
  // `{ checked { ... } }` where the checked block fills the body: the inner braces do not indent.
  const flat = new Set<number>();
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].t !== "checked" || toks[i - 1].t !== "{" || toks[i + 1].t !== "{") continue;
    const a = sh.match.get(i - 1)!;
    const b = sh.match.get(i + 1)!;
    if (b + 1 === a) flat.add(i + 1).add(b);
  }
  // dense: a run of field declarations shares one line, and so does an enum's body
  const fieldStart = new Set<number>();
  const fieldEnd = new Set<number>();
  if (layout === "dense")
    for (const [a, b] of sh.members) {
      let j = a;
      while (j <= b && !["(", "{", ";", "=", "=>"].includes(toks[j].t)) j++;
      if (toks[j]?.t === ";" || toks[j]?.t === "=") fieldStart.add(a), fieldEnd.add(b);
    }
  const enumOpen = new Set<number>();
  for (const [open, k] of sh.kind) if (k === "enum") enumOpen.add(open);
  // readable: a short enum on one line (`enum LogLevel { Debug = 0, Info = 1 }`)
  const inlineEnum = new Set<number>();
  if (layout === "readable")
    for (const open of enumOpen) {
      const close = sh.match.get(open)!;
      const body = toks.slice(open + 1, close);
      if (body.some((t) => t.k === "comment") || body.reduce((n, t) => n + t.t.length + 1, 0) > 80) continue;
      for (let k = open + 1; k <= close; k++) inlineEnum.add(k);
    }
  // tokens directly in a type's body (or at the top level, Program's body): where a member starts
  const typeLevel = layout === "dense" ? levels(toks, (i) => sh.kind.get(i) === "type") : [];
  // readable: a blank line between two members that are each one line goes (`const ..;` `static .. => ..;`, an
  // enum on one line): a run of one-liners reads as a list; one beside a member of several lines stays
  const blankAt: number[] = [];
  const lineToks: [number, number][] = [];
  const lines: string[] = [];
  const map: (string | null)[] = [];
  let cur = "";
  let curPos: string | null = null;
  let curNames: Record<string, string> | null = null;
  const renamed: (Record<string, string> | null)[] = [];
  let anyRenamed = false;
  let level = 0;
  let lineFirst = 0;
  const endLine = (t: Tok) => t.end ?? t.line + (t.t.match(/\n/g)?.length ?? 0);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const p = toks[i - 1];
    if (t.t === "}" && !flat.has(i)) level--;
    let newline = false;
    let space = false;
    if (p) {
      const lineComment = p.k === "comment" && p.t.startsWith("//");
      const joinable =
        (t.t === "{" && p.k !== "comment") ||
        (p.t === "}" && (t.t === "else" || t.t === "catch" || t.t === "finally" || (t.t === "while" && toks[sh.match.get(i - 1)! - 1]?.t === "do"))) ||
        (t.t === "checked" && flat.has(i + 1)) ||
        (t.t === "}" && flat.has(i - 1) && toks[i - 1].t === "}") ||
        (!!t.join && p.k !== "comment");
      if (lineComment) newline = true;
      else if (layout === "dense")
        newline =
          t.line !== p.line && !joinable && typeLevel[i] && (p.t === ";" || p.t === "}" || p.t === "{") && t.t !== "}" && !enumOpen.has(i - 1) && !(fieldStart.has(i) && fieldEnd.has(i - 1));
      else newline = t.line !== p.line && !joinable && !inlineEnum.has(i);
      if (!newline)
        space =
          needsSpace(p, t) ||
          (layout === "readable" && (t.t === "{" || !!t.sp || !!t.join || (!!p.sp && binaryOp(toks, i - 1)) || (inlineEnum.has(i) && t.t === "}")) && !(t.t === "}" && flat.has(i - 1)));
    }
    if (newline) {
      lineToks.push([lineFirst, i - 1]);
      lineFirst = i;
      lines.push(cur);
      map.push(curPos);
      renamed.push(curNames);
      curNames = null;
      if (blankLines && t.line - endLine(p) > 1) {
        blankAt.push(lines.length);
        lineToks.push([-1, -1]);
        lines.push("");
        map.push(null);
        renamed.push(null);
      }
      // a line of `}}` (a folded checked block and its body) sits at the level of the body's `{`
      const lvl = t.t === "}" && flat.has(i) ? level - 1 : level;
      cur = layout === "readable" ? INDENT.repeat(Math.max(0, lvl)) : "";
      curPos = null;
    } else if (space) cur += " ";
    cur += t.t;
    if (curPos === null && t.pos) curPos = t.pos;
    // `else s;` on a line of its own: the statement's TS line (the `else` carries its `if`'s)
    else if (layout !== "dense" && t.join && p?.t === "else" && t.pos) curPos = t.pos;
    if (t.orig) {
      (curNames ??= {})[t.t] = t.orig;
      anyRenamed = true;
    }
    if (t.t === "{" && !flat.has(i)) level++;
  }
  lines.push(cur);
  map.push(curPos);
  renamed.push(curNames);
  lineToks.push([lineFirst, toks.length - 1]);
  if (blankAt.length) {
    // (a line is one member when its first token is a member's, at a type's level, and its last ends that member)
    const top = levels(toks, (i) => sh.kind.get(i) !== "code");
    const oneMember = (l: number): boolean => {
      const [a, b] = lineToks[l] ?? [-1, -1];
      if (a < 0 || !top[a] || toks[a].t === "}" || toks[a].k === "comment" || toks[b].k === "comment") return false;
      for (let k = a; k <= b; k++) if (toks[k].k === "comment") return false;
      return top[b] && (toks[b].t === ";" || (toks[b].t === "}" && sh.match.get(b)! >= a));
    };
    const drop = new Set(blankAt.filter((j) => oneMember(j - 1) && oneMember(j + 1)));
    if (drop.size) {
      const keep = (_: unknown, j: number) => !drop.has(j);
      return finish(lines.filter(keep), map.filter(keep), renamed.filter(keep), anyRenamed);
    }
  }
  return finish(lines, map, renamed, anyRenamed);
}

/** For each token: is it at the top level or directly in a body whose `{` at index i `body(i)` accepts? */
function levels(toks: Tok[], body: (i: number) => boolean): boolean[] {
  const out: boolean[] = [];
  const stack: boolean[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t === "}") stack.pop();
    out.push(stack.length === 0 || stack[stack.length - 1]);
    if (toks[i].t === "{") stack.push(body(i));
  }
  return out;
}

function finish(lines: string[], map: (string | null)[], renamed: (Record<string, string> | null)[], anyRenamed: boolean): Printed {
  return anyRenamed ? { text: lines.join("\n"), map, renamed } : { text: lines.join("\n"), map };
}

// (not `<`, `>`: generics' brackets, and `>>` is lexed as two `>`)
const BINARY = new Set(["&&", "||", "==", "!=", "<=", ">=", "?", "??", ":", "=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "*", "/", "%", "|", "&", "^", "<<", "=>"]);
const OPERAND_END = new Set(["id", "num", "str", "chr"]);

/**
 * A binary operator (spaced on both sides when spaced before: a pass that dropped the token after
 * it, `(` or `Js`, took that token's space with it). `+`/`-` only after an operand (else unary).
 */
function binaryOp(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t.k !== "op") return false;
  if (BINARY.has(t.t)) return true;
  if (t.t !== "+" && t.t !== "-") return false;
  const p = toks[i - 1];
  return !!p && (OPERAND_END.has(p.k) || p.t === ")" || p.t === "]" || ["this", "true", "false", "null", "base"].includes(p.t));
}
