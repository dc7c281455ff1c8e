// A reader of the C# expressions the tree prints (test oracle, written from C#'s grammar: spec §7.3.1,
// casts §7.7.6): test/print/tree.test.ts and statements.test.ts read printed text back with it.
import { lex, type Tok } from "../../compiler/print/lexer.ts";
import * as S from "../../compiler/emit/tree/syntax.ts";
import type { Expr } from "../../compiler/emit/tree/syntax.ts";

// ---- a reader of C# expressions (the subset the tree prints)

const BIN: Record<string, number> = { ...S.BINARY_PREC };
const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="]);
const KW_TYPES = new Set(["bool", "byte", "sbyte", "char", "decimal", "double", "float", "int", "uint", "long", "ulong", "object", "short", "ushort", "string"]);
const LIT_KW = new Set(["true", "false", "null"]);

export class ParseError extends Error {}

export function read(text: string): { tree: Expr; groups: [number, number][]; toks: Tok[] } {
  let toks = lex(text);
  // the lexer leaves `>>` as two `>` (for generics): join them back where nothing stood between
  const merged: Tok[] = [];
  for (const t of toks) {
    const p = merged[merged.length - 1];
    if (p && p.t === ">" && t.t === ">" && !t.sp) p.t = ">>";
    else if (p && p.t === ">" && t.t === ">=" && !t.sp) p.t = ">>=";
    else merged.push({ ...t });
  }
  toks = merged;
  const groups: [number, number][] = [];
  let i = 0;
  const peek = (o = 0) => toks[i + o];
  const expect = (t: string) => {
    if (toks[i]?.t !== t) throw new ParseError(`expected ${t} at ${i} in ${text}`);
    i++;
  };
  const list = (close: string): Expr[] => {
    const out: Expr[] = [];
    if (peek()?.t === close) {
      i++;
      return out;
    }
    for (;;) {
      out.push(expr(0));
      if (peek()?.t === ",") i++;
      else break;
    }
    expect(close);
    return out;
  };
  // a type: a name or keyword, then `?` only where the type must end
  const type = (): string => {
    const t = peek();
    if (!t || (t.k !== "id" && !(t.k === "kw" && KW_TYPES.has(t.t)))) throw new ParseError(`type expected in ${text}`);
    i++;
    let s = t.t;
    if (peek()?.t === "?" && [")", undefined].includes(peek(1)?.t)) {
      i++;
      s += "?";
    }
    return s;
  };
  // mcs takes a `<` for the start of type arguments wherever the tokens after it read as types (names, dotted
  // names, keyword types) separated by `,` and closed by a lone `>`, whatever stands before the `<` and whatever
  // follows the `>` (C68: `F(a < b, c > d)`, `F(1 < b, c > d)` and `F(a < b, c, d > e)` fail to compile; `F(a <
  // b, c + 1, d > e)`, `F(a < null, c > d)` and `F(a < b, c >> 1)` do not: C174, C184; C181). Spec §7.6.4.2 (Roslyn)
  // keeps them only before one of a few tokens: mcs's reading is the wider one, and a text it reads as written
  // Roslyn reads so too. `<` at `lt`: the types and the index after the `>`, or undefined.
  const mcsTypeArgs = (lt: number): { types: string[]; end: number } | undefined => {
    const types: string[] = [];
    let j = lt + 1;
    for (;;) {
      let ty = "";
      for (;;) {
        const x = toks[j];
        if (!x || !(x.k === "id" || (x.k === "kw" && KW_TYPES.has(x.t)))) return undefined;
        ty += x.t;
        j++;
        // a type argument's own type arguments (`Id<double>`): scanned the same way
        const inner = toks[j]?.t === "<" ? mcsTypeArgs(j) : undefined;
        if (inner) {
          ty += `<${inner.types.join(", ")}>`;
          j = inner.end;
        }
        if (toks[j]?.t !== ".") break;
        ty += ".";
        j++;
      }
      types.push(ty);
      if (toks[j]?.t === ">") return { types, end: j + 1 };
      if (toks[j]?.t !== ",") return undefined;
      j++;
    }
  };
  // a lambda: `x => body` or `(T x) => body`, its body as far as an expression goes; only where a
  // whole expression starts (C#: it is not a unary expression, `-x => 1` is no lambda)
  function lambda(): Expr | undefined {
    const t = peek();
    if (t?.k === "id" && peek(1)?.t === "=>") {
      i += 2;
      return S.lambda(t.t, expr(0));
    }
    if (t?.t !== "(") return undefined;
    let close = i;
    for (let depth = 0; close < toks.length; close++) {
      if (toks[close].t === "(") depth++;
      else if (toks[close].t === ")" && --depth === 0) break;
    }
    if (toks[close + 1]?.t !== "=>") return undefined;
    const params = `(${toks.slice(i + 1, close).map((x) => x.t).join(" ")})`;
    i = close + 2;
    return S.lambda(params, expr(0));
  }
  function expr(min: number): Expr {
    const l = min <= S.Prec.Assign ? lambda() : undefined;
    if (l) return l;
    let left = unary();
    for (;;) {
      const t = peek();
      if (!t) return left;
      if (ASSIGN.has(t.t) && min <= S.Prec.Assign) {
        i++;
        left = S.assign(t.t as S.AssignOp, left, expr(S.Prec.Assign));
      } else if (t.t === "?" && min <= S.Prec.Conditional) {
        i++;
        const a = expr(S.Prec.Assign);
        expect(":");
        left = S.conditional(left, a, expr(S.Prec.Assign));
      } else if ((t.t === "is" || t.t === "as") && min <= S.Prec.Relational) {
        i++;
        left = S.typetest(t.t, left, type());
      } else if (t.k === "op" && BIN[t.t] !== undefined && BIN[t.t] >= min) {
        // (after a literal, `)`, `]` or a member name: `F(1 < b, c > d)` is a syntax error to mcs)
        if (t.t === "<" && mcsTypeArgs(i)) throw new ParseError(`mcs reads type arguments after ${toks[i - 1]?.t} in ${text}`);
        i++;
        const p = BIN[t.t];
        left = S.binary(t.t as S.BinaryOp, left, expr(t.t === "??" ? p : p + 1));
      } else return left;
    }
  }
  function unary(): Expr {
    const t = peek();
    if (!t) throw new ParseError(`operand expected in ${text}`);
    if (t.k === "op" && ["-", "+", "!", "~", "++", "--"].includes(t.t)) {
      i++;
      return S.unary(t.t as S.UnaryOp, unary());
    }
    if (t.t === "(") {
      // a cast when the parentheses hold a type and (for a type that is not a keyword) the next
      // token cannot continue an expression (spec §7.7.6)
      const save = i;
      i++;
      let ty: string | null = null;
      try {
        ty = type();
        if (peek()?.t !== ")") ty = null;
      } catch {
        ty = null;
      }
      if (ty !== null) {
        const next = peek(1);
        const kwType = KW_TYPES.has(ty.replace(/\?$/, "")) || ty.endsWith("?");
        const castFollow = !!next && (next.t === "~" || next.t === "!" || next.t === "(" || next.k === "id" || next.k === "num" || next.k === "str" || next.k === "chr" || (next.k === "kw" && next.t !== "is" && next.t !== "as"));
        if (kwType || castFollow) {
          i++;
          return S.cast(ty, unary());
        }
      }
      i = save + 1;
      const inner = expr(0);
      groups.push([save, i]);
      expect(")");
      return postfix(inner);
    }
    i++;
    if (t.k === "id") {
      // `a<b, c> d`: a generic name when what follows `<` reads as type arguments (mcsTypeArgs)
      const targs = peek()?.t === "<" ? mcsTypeArgs(i) : undefined;
      if (targs) {
        i = targs.end;
        return postfix(S.name(`${t.t}<${targs.types.join(", ")}>`));
      }
      return postfix(S.name(t.t));
    }
    if (t.k === "num" || t.k === "str" || t.k === "chr" || LIT_KW.has(t.t)) return postfix(S.lit(t.t));
    // `this`, and a keyword type's member (`int.MaxValue`)
    if (t.t === "this" || (t.k === "kw" && KW_TYPES.has(t.t) && peek()?.t === ".")) return postfix(S.name(t.t));
    if (t.t === "new") {
      const ty = type();
      if (peek()?.t === "{") {
        // an initializer: `[k] = v`, `Name = v` or a value, each a whole expression
        i++;
        const items: S.InitItem[] = [];
        for (;;) {
          if (peek()?.t === "[") {
            i++;
            const key = expr(0);
            expect("]");
            expect("=");
            items.push({ key, value: expr(0) });
          } else if (peek()?.k === "id" && peek(1)?.t === "=") {
            const name = peek().t;
            i += 2;
            items.push({ name, value: expr(0) });
          } else items.push({ value: expr(0) });
          if (peek()?.t === ",") i++;
          else break;
        }
        expect("}");
        return postfix(S.init(ty, items));
      }
      expect("(");
      return postfix(S.newObject(ty, list(")")));
    }
    if (t.t === "checked") {
      expect("(");
      const inner = expr(0);
      expect(")");
      return postfix(S.checkedExpr(inner));
    }
    throw new ParseError(`unexpected ${t.t} in ${text}`);
  }
  function postfix(e: Expr): Expr {
    for (;;) {
      const t = peek();
      if (t?.t === "." || t?.t === "?.") {
        i++;
        const n = peek();
        if (n?.k !== "id") throw new ParseError(`name expected in ${text}`);
        i++;
        e = S.member(e, n.t, t.t === "?.");
      } else if (t?.t === "?" && peek(1)?.t === "[" && !peek(1).sp) {
        i += 2;
        e = S.index(e, list("]"), true);
      } else if (t?.t === "[") {
        i++;
        e = S.index(e, list("]"));
      } else if (t?.t === "(") {
        i++;
        e = S.call(e, list(")"));
      } else if (t?.t === "++" || t?.t === "--") {
        i++;
        e = S.postfix(t.t, e);
      } else return e;
    }
  }
  const tree = expr(0);
  if (i !== toks.length) throw new ParseError(`trailing ${toks[i].t} in ${text}`);
  return { tree, groups, toks };
}

/** `-3` the literal and `-` applied to `3` are one thing to C# (and to precedence). */
export function norm(e: Expr): unknown {
  if (e.k === "lit" && e.text.startsWith("-")) return { k: "unary", op: "-", operand: { k: "lit", text: e.text.slice(1) } };
  if (e.k === "paren") return norm(e.inner);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(e)) out[key] = Array.isArray(v) ? v.map(norm) : v && typeof v === "object" ? norm(v as Expr) : v;
  return out;
}

