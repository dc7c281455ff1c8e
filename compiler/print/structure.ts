// The shape of a token stream of C# members: which brace opens a type body (class, struct,
// interface, enum) and which opens code (a method body, a block, an initializer, accessors), the
// matching brace of each, and the members declared directly in a type body (or at the top level,
// which is Program's body). Expressions stay token sequences: nothing here needs to parse them.
import type { Tok } from "./lexer.ts";

export type BraceKind = "type" | "enum" | "code";

export interface Shape {
  /** For each `{` / `}` token index: the index of its partner. */
  match: Map<number, number>;
  /** For each `{` token index: what it opens. */
  kind: Map<number, BraceKind>;
  /** Members: [first, last] token indices, at type level. */
  members: [number, number][];
  /** For each `(` / `)` token index: the index of its partner. */
  parenMatch: Map<number, number>;
  /** For each token: the number of braces open around it. */
  depth: number[];
}

const TYPE_KW = new Set(["class", "struct", "interface"]);

export function shape(toks: Tok[]): Shape {
  const match = new Map<number, number>();
  const kind = new Map<number, BraceKind>();
  const members: [number, number][] = [];
  const depth: number[] = [];
  const stack: number[] = [];
  const parenMatch = new Map<number, number>();
  const parens: number[] = [];
  let stmtStart = 0;
  let memberStart = -1;
  const atTypeLevel = () => stack.length === 0 || kind.get(stack[stack.length - 1]) !== "code";
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k === "comment") {
      depth.push(stack.length);
      continue;
    }
    if (memberStart < 0 && atTypeLevel() && t.t !== "}" && !(stack.length && kind.get(stack[stack.length - 1]) === "enum")) memberStart = i;
    depth.push(stack.length);
    if (t.k === "op" && t.t === "(") parens.push(i);
    else if (t.k === "op" && t.t === ")") {
      const open = parens.pop();
      if (open === undefined) throw new Error("unbalanced ')' in emitted C#");
      parenMatch.set(open, i);
      parenMatch.set(i, open);
    } else if (t.k === "op" && t.t === "{") {
      let k: BraceKind = "code";
      if (atTypeLevel())
        for (let j = stmtStart; j < i; j++) {
          // `class X`, not the `class`/`struct` of a constraint (`where T : struct {`)
          if (toks[j].k === "kw" && TYPE_KW.has(toks[j].t) && toks[j + 1]?.k === "id") k = "type";
          if (toks[j].k === "kw" && toks[j].t === "enum" && toks[j + 1]?.k === "id") k = "enum";
        }
      kind.set(i, k);
      stack.push(i);
      if (k !== "code") memberStart = -1; // a type's members are members of their own
      stmtStart = i + 1;
    } else if (t.k === "op" && t.t === "}") {
      const open = stack.pop();
      if (open === undefined) throw new Error("unbalanced '}' in emitted C#");
      match.set(open, i);
      match.set(i, open);
      depth[i] = stack.length;
      stmtStart = i + 1;
      // (a `{` inside parentheses, a collection initializer or a lambda's block in `: base(..)`'s arguments, ends no
      // member: C195)
      if (kind.get(open) === "code" && atTypeLevel() && memberStart >= 0 && !parens.length && toks[i + 1]?.t !== ";" && toks[i + 1]?.t !== "=") {
        members.push([memberStart, i]);
        memberStart = -1;
      }
      if (kind.get(open) !== "code") memberStart = -1;
    } else if (t.k === "op" && t.t === ";") {
      stmtStart = i + 1;
      if (atTypeLevel() && memberStart >= 0) {
        members.push([memberStart, i]);
        memberStart = -1;
      }
    }
  }
  if (stack.length) throw new Error("unbalanced '{' in emitted C#");
  return { match, kind, members, depth, parenMatch };
}

/** The `;` that ends the expression or jump statement starting at `s` (brackets balanced), or -1 when a bracket closes first. */
export function semicolonEnd(toks: Tok[], s: number): number {
  let depth = 0;
  for (let k = s; k < toks.length; k++) {
    const u = toks[k].t;
    if (u === "(" || u === "[" || u === "{") depth++;
    else if (u === ")" || u === "]" || u === "}") {
      if (--depth < 0) return -1;
    } else if (u === ";" && depth === 0) return k;
  }
  return -1;
}

/** The braces of the innermost type body around token i, or undefined at the top level (Program's own body). */
export function typeBodyAt(sh: Shape, i: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const [open, kind] of sh.kind) {
    const close = sh.match.get(open)!;
    if (kind === "type" && open < i && i < close && (!best || open > best[0])) best = [open, close];
  }
  return best;
}
