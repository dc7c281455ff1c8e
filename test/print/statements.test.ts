// compiler/emit/tree/print-statements.ts and the layouts of compiler/print/: a random statement tree,
// printed as the emitter prints it and laid out at a minify level (braces dropped, lines joined),
// must read back as itself. The oracle is a reader of C# statements written from the grammar (an
// `else` belongs to the nearest `if`: a body whose braces went wrongly reads as another tree), with
// the expression reader of tree.test.ts for the expressions.
import fc from "fast-check";
import { unseeded } from "../unseeded.ts";
import { describe, expect, it } from "vitest";
import { lex, type Tok } from "../../compiler/print/lexer.ts";
import { printLines, type PrintLevel } from "../../compiler/print/index.ts";
import { printStmt } from "../../compiler/emit/tree/print-statements.ts";
import * as S from "../../compiler/emit/tree/syntax.ts";
import type { Expr, Stmt } from "../../compiler/emit/tree/syntax.ts";
import { norm, read } from "./csharp-reader.ts";

// ---- a reader of the statements the printer writes

class StmtReader {
  i = 0;
  constructor(private toks: Tok[]) {}
  peek = (o = 0) => this.toks[this.i + o]?.t;
  expect(t: string): void {
    if (this.toks[this.i]?.t !== t) throw new Error(`expected ${t} at token ${this.i}, found ${this.toks[this.i]?.t}`);
    this.i++;
  }
  /** An expression up to (not including) one of `ends` at depth 0. */
  expr(ends: string[]): Expr {
    const start = this.i;
    for (let depth = 0; this.i < this.toks.length; this.i++) {
      const t = this.toks[this.i].t;
      if (depth === 0 && ends.includes(t)) break;
      if (t === "(" || t === "[" || t === "{") depth++;
      else if (t === ")" || t === "]" || t === "}") depth--;
    }
    return read(this.toks.slice(start, this.i).map((t) => t.t).join(" ")).tree;
  }
  paren(): Expr {
    this.expect("(");
    const e = this.expr([")"]);
    this.expect(")");
    return e;
  }
  block(): Stmt[] {
    this.expect("{");
    const out: Stmt[] = [];
    while (this.peek() !== "}") out.push(this.stmt());
    this.expect("}");
    return out;
  }
  stmt(): Stmt {
    const t = this.peek();
    if (t === "{") return S.block(this.block());
    this.i++;
    switch (t) {
      case "if": {
        const test = this.paren();
        const then = this.stmt();
        if (this.peek() !== "else") return S.ifStmt(test, then);
        this.i++;
        return S.ifStmt(test, then, this.stmt());
      }
      case "while":
        return { k: "while", test: this.paren(), body: this.stmt() };
      case "do": {
        const body = this.stmt();
        this.expect("while");
        const test = this.paren();
        this.expect(";");
        return { k: "do", body, test };
      }
      case "for": {
        this.expect("(");
        const init = this.peek() === ";" ? undefined : this.expr([";"]);
        this.expect(";");
        const test = this.peek() === ";" ? undefined : this.expr([";"]);
        this.expect(";");
        const update: Expr[] = [];
        while (this.peek() !== ")") {
          update.push(this.expr([",", ")"]));
          if (this.peek() === ",") this.i++;
        }
        this.expect(")");
        return { k: "for", init, test, update, body: this.stmt() };
      }
      case "try": {
        const body = S.block(this.block());
        let handler: { name?: string; body: Stmt } | undefined;
        if (this.peek() === "catch") {
          this.i++;
          this.expect("(");
          this.expect("Exception");
          const name = this.peek() === ")" ? undefined : this.toks[this.i++].t;
          this.expect(")");
          handler = name ? { name, body: S.block(this.block()) } : { body: S.block(this.block()) };
        }
        let fin: Stmt | undefined;
        if (this.peek() === "finally") {
          this.i++;
          fin = S.block(this.block());
        }
        return { k: "try", body, ...(handler ? { catch: handler } : {}), ...(fin ? { finally: fin } : {}) };
      }
      case "switch": {
        const on = this.paren();
        this.expect("{");
        const sections: { labels: (Expr | undefined)[]; body: Stmt[] }[] = [];
        while (this.peek() !== "}") {
          const labels: (Expr | undefined)[] = [];
          while (this.peek() === "case" || this.peek() === "default") {
            if (this.toks[this.i++].t === "case") labels.push(this.expr([":"]));
            else labels.push(undefined);
            this.expect(":");
          }
          const body: Stmt[] = [];
          while (!["case", "default", "}"].includes(this.peek())) body.push(this.stmt());
          sections.push({ labels, body });
        }
        this.expect("}");
        return { k: "switch", on, sections };
      }
      case "return": {
        if (this.peek() === ";") return (this.i++, S.ret());
        const e = this.expr([";"]);
        this.expect(";");
        return S.ret(e);
      }
      case "throw": {
        const e = this.expr([";"]);
        this.expect(";");
        return S.throwStmt(e);
      }
      case "break":
      case "continue":
        this.expect(";");
        return { k: t };
    }
    this.i--;
    const e = this.expr([";"]);
    this.expect(";");
    return S.exprStmt(e);
  }
}

/** A statement as C# reads it: a body is its statements (braces or not), expressions as norm() has them. */
function shape(s: Stmt): unknown {
  const body = (b: Stmt) => (b.k === "block" ? b.body.map(shape) : [shape(b)]);
  switch (s.k) {
    case "expr":
      return { expr: norm(s.e) };
    case "return":
      return { return: s.e ? norm(s.e) : null };
    case "throw":
      return { throw: norm(s.e) };
    case "break":
    case "continue":
      return s.k;
    case "block":
      return { block: s.body.map(shape) };
    case "if":
      return { if: norm(s.test), then: body(s.then), else: s.orElse ? body(s.orElse) : null };
    case "while":
      return { while: norm(s.test), body: body(s.body) };
    case "do":
      return { do: body(s.body), while: norm(s.test) };
    case "for":
      return { for: s.init && s.init.k !== "local" ? norm(s.init) : null, test: s.test ? norm(s.test) : null, update: s.update.map(norm), body: body(s.body) };
    case "try":
      return { try: body(s.body), catch: s.catch ? { name: s.catch.name ?? null, body: body(s.catch.body) } : null, finally: s.finally ? body(s.finally) : null };
    case "switch": {
      // a section without statements shares the next one's (`case 1: case 2: f();`)
      const sections: { labels: unknown[]; body: unknown[] }[] = [];
      let labels: unknown[] = [];
      for (const x of s.sections) {
        labels.push(...x.labels.map((l) => (l ? norm(l) : null)));
        if (!x.body.length) continue;
        sections.push({ labels, body: x.body.map(shape) });
        labels = [];
      }
      if (labels.length) sections.push({ labels, body: [] });
      return { switch: norm(s.on), sections };
    }
    default:
      throw new Error(`not generated: ${s.k}`);
  }
}

// ---- random statements (expressions of statement shape; the expression printer has its own properties)

const name = fc.constantFrom("a", "b", "x").map(S.name);
const value: fc.Arbitrary<Expr> = fc.oneof(
  name,
  fc.constantFrom("1", "-2", '"s"', "true").map(S.lit),
  fc.tuple(fc.constantFrom("+", "-", "<", "==", "&&", "??") as fc.Arbitrary<S.BinaryOp>, name, name).map(([o, l, r]) => S.binary(o, l, r)),
  fc.tuple(name, name, name).map(([a, b, c]) => S.conditional(a, b, c)),
  name.map((n) => S.unary("!", n)),
);
const effect: fc.Arbitrary<Expr> = fc.oneof(
  fc.tuple(name, value).map(([t, v]) => S.assign("=", t, v)),
  fc.array(value, { maxLength: 2 }).map((xs) => S.call(S.name("f"), xs)),
  name.map((n) => S.postfix("++", n)),
);
const { stmt } = fc.letrec<{ stmt: Stmt; body: Stmt }>((tie) => ({
  // bodies are blocks, as the emitter builds them (bodyOf); the printer's layouts may drop the braces
  body: fc.array(tie("stmt"), { maxLength: 3 }).map(S.block),
  stmt: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    effect.map(S.exprStmt),
    fc.option(value, { nil: undefined }).map((e) => S.ret(e)),
    fc.constantFrom<Stmt>({ k: "break" }, { k: "continue" }, S.throwStmt(S.newObject("Exception", [S.lit('"e"')]))),
    fc.tuple(value, tie("body"), fc.option(fc.oneof(tie("body"), tie("stmt").filter((s) => s.k === "if")), { nil: undefined })).map(([c, t, e]) => S.ifStmt(c, t, e)),
    fc.tuple(value, tie("body")).map(([test, body]): Stmt => ({ k: "while", test, body })),
    fc.tuple(tie("body"), value).map(([body, test]): Stmt => ({ k: "do", body, test })),
    fc.tuple(fc.option(effect, { nil: undefined }), fc.option(value, { nil: undefined }), fc.array(effect, { maxLength: 2 }), tie("body")).map(([init, test, update, body]): Stmt => ({ k: "for", init, test, update, body })),
    fc.tuple(tie("body"), fc.option(fc.tuple(fc.option(fc.constant("e"), { nil: undefined }), tie("body")), { nil: undefined }), tie("body")).map(([body, c, fin]): Stmt => ({
      k: "try",
      body,
      ...(c ? { catch: c[0] ? { name: c[0], body: c[1] } : { body: c[1] } } : {}),
      ...(!c || fin.k === "block" && fin.body.length ? { finally: fin } : {}),
    })),
    fc.tuple(name, fc.array(fc.tuple(fc.array(fc.option(fc.constantFrom("1", "2", '"s"').map(S.lit), { nil: undefined }), { minLength: 1, maxLength: 2 }), fc.array(tie("stmt"), { maxLength: 2 })), { maxLength: 3 })).map(([on, secs]): Stmt => ({ k: "switch", on, sections: secs.map(([labels, body]) => ({ labels, body })) })),
    tie("body"),
  ),
}));

/** `stmts` as a method body printed at `level`, read back (the first statement keeps the body a block: no `=>`). */
function roundTrip(stmts: Stmt[], level: PrintLevel): Stmt[] {
  const lines = ["void F()", ...printStmt(S.block([S.exprStmt(S.call(S.name("g"), [])), ...stmts]))];
  const text = printLines(lines.map((text) => ({ text })), level).text;
  const toks = lex(text).filter((t) => t.k !== "comment");
  const r = new StmtReader(toks);
  for (const t of ["void", "F", "(", ")"]) r.expect(t);
  const body = r.block();
  if (r.i !== toks.length) throw new Error(`trailing tokens in ${text}`);
  return body.slice(1);
}

describe("statement printing", () => {
  for (const level of ["none", "lite"] as PrintLevel[])
    it(`a random statement tree reads back as itself at ${level} (braces dropped only where no else can move)`, () => {
      fc.assert(
        fc.property(fc.array(stmt, { minLength: 1, maxLength: 3 }), (stmts) => {
          expect(roundTrip(stmts, level).map(shape)).toEqual(stmts.map(shape));
        }),
        unseeded(400),
      );
    });

  it("an if without else inside an if with one keeps the braces that hold the else to the outer if", () => {
    const inner = S.ifStmt(S.name("b"), S.block([S.exprStmt(S.call(S.name("f"), []))]));
    const outer = S.ifStmt(S.name("a"), S.block([inner]), S.block([S.exprStmt(S.call(S.name("h"), []))]));
    for (const level of ["none", "lite"] as PrintLevel[]) expect(roundTrip([outer], level).map(shape)).toEqual([shape(outer)]);
  });

  it("an else-if chain prints on `else if` lines", () => {
    const chain = S.ifStmt(S.name("a"), S.block([S.ret()]), S.ifStmt(S.name("b"), S.block([S.ret()]), S.block([S.exprStmt(S.call(S.name("f"), []))])));
    expect(printStmt(chain)).toEqual(["if (a)", "{", "    return;", "}", "else if (b)", "{", "    return;", "}", "else", "{", "    f();", "}"]);
  });
});
