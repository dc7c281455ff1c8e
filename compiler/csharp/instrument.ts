// Instruction counting for the C# engine (`pbts sim --engine cs`): a source-to-source rewriter over
// the C# 6 that pbts emits (script, extra types and the pbts runtime alike: in the game all of it is
// the pasted script, so all of it is counted). It inserts the calls the game's rewriter inserts
// (se-api-facts "How the game counts instructions"; Keen's InstructionCountingRewriter):
// - method, constructor, operator and accessor bodies (expression bodies become blocks) and
//   lambda / anonymous-method bodies: `{ Enter(); Count(); try { body } finally { Exit(); } }`;
// - the body of every `if`, and of every `else` that is not an `else if`: Count() first;
// - every switch section with statements: Count() before its first statement;
// - the body of every for / foreach / while / do loop: Count() once per iteration;
// - every catch: a filter that lets the counter's exception through, then Count();
// - every finally: `if (!IsDead()) { Count(); body }` (a dead script runs no finally of its own);
// - `goto label` (not goto case/default): Count() before it; `using` becomes try/finally (counted).
// Never used for dist output: only the C# engine's build calls it.
//
// The rewriter is a tokenizer plus a statement-level parser: it copies the source text and inserts
// text at the right tokens, so what it does not need to understand (expressions, types) passes
// through unchanged. Expression-bodied lambdas are wrapped as `Counter.L(() => expr)` (overloads for
// Func<T> and Action let the C# compiler pick void or value, which the rewriter cannot see); a body
// that is a lambda or `null` (no type to infer) becomes a block with `return` instead.

export const COUNTER = "global::PbtsInstr.Counter";
export const OUT_OF_RANGE = "global::PbtsInstr.ScriptOutOfRangeException";

const ENTER = `${COUNTER}.Enter(); ${COUNTER}.Count(); `;
const EXIT = `${COUNTER}.Exit();`;
const COUNT = `${COUNTER}.Count(); `;

interface Tok {
  kind: "id" | "num" | "str" | "chr" | "punct";
  text: string;
  start: number;
  end: number;
}

const PUNCT3 = ["<<=", "??="];
const PUNCT2 = ["=>", "==", "!=", "<=", "&&", "||", "??", "?.", "::", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", "->"];

export class InstrumentError extends Error {}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = src.length;
  const isIdStart = (c: string) => /[A-Za-z_\u0080-\uffff]/.test(c);
  const isId = (c: string) => /[A-Za-z0-9_\u0080-\uffff]/.test(c);
  // an interpolated string body: braces nest, strings inside holes are skipped
  const skipInterpolated = (j: number, verbatim: boolean): number => {
    let depth = 0;
    while (j < n) {
      const c = src[j]!;
      if (depth === 0) {
        if (c === '"') {
          if (verbatim && src[j + 1] === '"') {
            j += 2;
            continue;
          }
          return j + 1;
        }
        if (!verbatim && c === "\\") {
          j += 2;
          continue;
        }
        if (c === "{") {
          if (src[j + 1] === "{") {
            j += 2;
            continue;
          }
          depth = 1;
          j++;
          continue;
        }
        if (c === "}" && src[j + 1] === "}") {
          j += 2;
          continue;
        }
        j++;
      } else {
        if (c === '"' || c === "'" || c === "@" || c === "$") {
          const sub = tokenAt(j);
          j = sub;
          continue;
        }
        if (c === "{") depth++;
        else if (c === "}") depth--;
        j++;
      }
    }
    throw new InstrumentError("unterminated interpolated string");
  };
  // end of a string/char literal starting at j (j at its first character: " ' @ $)
  const tokenAt = (j: number): number => {
    const c = src[j]!;
    if (c === "$" && src[j + 1] === "@" && src[j + 2] === '"') return skipInterpolated(j + 3, true);
    if (c === "@" && src[j + 1] === "$" && src[j + 2] === '"') return skipInterpolated(j + 3, true);
    if (c === "$" && src[j + 1] === '"') return skipInterpolated(j + 2, false);
    if (c === "@" && src[j + 1] === '"') {
      j += 2;
      while (j < n) {
        if (src[j] === '"') {
          if (src[j + 1] === '"') j += 2;
          else return j + 1;
        } else j++;
      }
      throw new InstrumentError("unterminated verbatim string");
    }
    if (c === '"' || c === "'") {
      j++;
      while (j < n && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      return j + 1;
    }
    return j + 1;
  };
  while (i < n) {
    const c = src[i]!;
    if (c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\ufeff") {
      i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "/") {
      while (i < n && src[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && src[i + 1] === "*") {
      const e = src.indexOf("*/", i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === "#") {
      // preprocessor directive: to the end of the line
      let lineStart = i;
      while (lineStart > 0 && (src[lineStart - 1] === " " || src[lineStart - 1] === "\t")) lineStart--;
      if (lineStart === 0 || src[lineStart - 1] === "\n") {
        while (i < n && src[i] !== "\n") i++;
        continue;
      }
    }
    const start = i;
    if (c === '"' || c === "'" || ((c === "@" || c === "$") && (src[i + 1] === '"' || src[i + 1] === "@" || src[i + 1] === "$"))) {
      i = tokenAt(i);
      toks.push({ kind: c === "'" ? "chr" : "str", text: src.slice(start, i), start, end: i });
      continue;
    }
    if (isIdStart(c) || (c === "@" && isIdStart(src[i + 1] ?? ""))) {
      i++;
      while (i < n && isId(src[i]!)) i++;
      toks.push({ kind: "id", text: src.slice(start, i), start, end: i });
      continue;
    }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(src[i + 1] ?? ""))) {
      i++;
      while (i < n && /[0-9A-Za-z_.]/.test(src[i]!)) {
        if (src[i] === "." && !/[0-9]/.test(src[i + 1] ?? "")) break;
        if ((src[i] === "e" || src[i] === "E") && (src[i + 1] === "+" || src[i + 1] === "-")) i++;
        i++;
      }
      toks.push({ kind: "num", text: src.slice(start, i), start, end: i });
      continue;
    }
    const p3 = src.slice(i, i + 3);
    const p2 = src.slice(i, i + 2);
    const p = PUNCT3.includes(p3) ? p3 : PUNCT2.includes(p2) ? p2 : c;
    i += p.length;
    toks.push({ kind: "punct", text: p, start, end: i });
  }
  return toks;
}

const TYPE_KEYWORDS = new Set(["class", "struct", "interface", "enum"]);
const MODIFIERS = new Set(["public", "private", "protected", "internal", "static", "readonly", "sealed", "abstract", "virtual", "override", "extern", "unsafe", "new", "partial", "const", "volatile", "async", "implicit", "explicit"]);
// tokens after which `<` ... `>` is a type argument list (C# spec 7.6.5.2)
const AFTER_GENERIC = new Set(["(", ")", "]", "}", ":", ";", ",", ".", "?", "==", "!=", "|", "^", "&&", "||", "&", "[", "{", ">"]);

class Rewriter {
  private readonly out: string[] = [];
  private pos = 0;
  private i = 0;
  private gen = 0;

  constructor(
    private readonly src: string,
    private readonly t: Tok[],
  ) {}

  run(): string {
    while (this.i < this.t.length) this.topLevel();
    this.out.push(this.src.slice(this.pos));
    return this.out.join("");
  }

  // ---- cursor ----
  private tok(k = 0): Tok | undefined {
    return this.t[this.i + k];
  }
  private is(text: string, k = 0): boolean {
    return this.t[this.i + k]?.text === text;
  }
  private fail(what: string): never {
    const t = this.tok();
    const line = t ? this.src.slice(0, t.start).split("\n").length : -1;
    throw new InstrumentError(`instrument: ${what} at line ${line} (token ${JSON.stringify(t?.text ?? "<end>")})`);
  }
  /** Copy the source up to the start of the current token. */
  private flush(): void {
    const t = this.tok();
    const to = t ? t.start : this.src.length;
    this.out.push(this.src.slice(this.pos, to));
    this.pos = to;
  }
  /** Copy through the current token and advance. */
  private take(text?: string): Tok {
    const t = this.tok();
    if (!t) this.fail(`expected ${text ?? "a token"}`);
    if (text !== undefined && t.text !== text) this.fail(`expected ${text}`);
    this.out.push(this.src.slice(this.pos, t.end));
    this.pos = t.end;
    this.i++;
    return t;
  }
  /** Drop the current token (its text is not copied). */
  private drop(): void {
    this.flush();
    this.pos = this.tok()!.end;
    this.i++;
  }
  private emit(text: string): void {
    this.flush();
    this.out.push(text);
  }
  /** Index of the token matching the bracket at index j. */
  private match(j: number): number {
    const open = this.t[j]!.text;
    const close = open === "(" ? ")" : open === "[" ? "]" : "}";
    let d = 0;
    for (let k = j; k < this.t.length; k++) {
      const x = this.t[k]!.text;
      if (x === open) d++;
      else if (x === close && --d === 0) return k;
    }
    this.fail(`unbalanced ${open}`);
  }

  // ---- declarations ----
  private topLevel(): void {
    const t = this.tok()!;
    if (t.text === "using" || t.text === "extern") {
      while (!this.is(";")) this.take();
      this.take(";");
    } else if (t.text === "namespace") {
      while (!this.is("{")) this.take();
      this.take("{");
      while (!this.is("}")) this.topLevel();
      this.take("}");
    } else if (t.text === "[") this.skipAttribute();
    else if (t.text === ";") this.take();
    else this.member();
  }

  private skipAttribute(): void {
    const e = this.match(this.i);
    while (this.i <= e) this.take();
  }

  /** A type member (or a type). */
  private member(): void {
    while (this.is("[")) this.skipAttribute();
    // scan the header: up to `{`, `=>`, `;` or `=` at depth 0
    let j = this.i;
    let sawParen = false;
    let typeKw = false;
    let bodyless = false;
    let isOperator = false;
    let returnsVoid = false;
    let headerTokens = 0;
    for (; j < this.t.length; j++) {
      const x = this.t[j]!.text;
      if (x === "(" || x === "[") {
        if (x === "(") sawParen = true;
        j = this.match(j);
        continue;
      }
      if (x === "<") {
        j = this.skipAngles(j);
        continue;
      }
      if (x === "{" || x === "=>" || x === ";" || x === "=") break;
      if (TYPE_KEYWORDS.has(x) && !sawParen && !typeKw) {
        // the first one (a constraint `where T : class` comes later)
        typeKw = true;
        bodyless = x === "enum" || x === "interface";
      }
      if (x === "delegate" && headerTokens === 0) typeKw = false;
      if (x === "operator") isOperator = true;
      if (x === "void" && !sawParen) returnsVoid = true;
      if (!MODIFIERS.has(x)) headerTokens++;
    }
    const stop = this.t[j]?.text;
    if (stop === undefined) this.fail("unexpected end of a member");
    if (typeKw) {
      while (this.i < j) this.take();
      if (stop !== "{") {
        this.take();
        return;
      }
      if (bodyless) {
        const e = this.match(j);
        while (this.i <= e) this.take();
      } else {
        this.take("{");
        while (!this.is("}")) this.member();
        this.take("}");
      }
      if (this.is(";")) this.take();
      return;
    }
    // the header itself may hold lambdas (a constructor initializer's arguments, default values)
    if (stop === "=") {
      // a field (or event) with an initializer: scan it for lambdas
      while (this.i < j) this.take();
      this.take("=");
      this.expr([";"]);
      this.take(";");
      return;
    }
    const isMethodLike = sawParen;
    if (stop === ";") {
      this.copyHeader(j);
      this.take(";");
      return;
    }
    if (stop === "=>") {
      this.copyHeader(j);
      if (isMethodLike) {
        const value = isOperator || !returnsVoid;
        this.drop(); // =>
        this.emit(`{ ${ENTER}try { ${value ? "return " : ""}`);
        this.expr([";"]);
        this.drop(); // ;
        this.emit(`; } finally { ${EXIT} } }`);
      } else {
        // property or indexer: a get accessor
        this.drop();
        this.emit(`{ get { ${ENTER}try { return `);
        this.expr([";"]);
        this.drop();
        this.emit(`; } finally { ${EXIT} } } }`);
      }
      return;
    }
    // stop === "{"
    this.copyHeader(j);
    if (isMethodLike) {
      this.methodBody();
      return;
    }
    // property, indexer or event with accessors
    this.take("{");
    while (!this.is("}")) {
      while (this.is("[")) this.skipAttribute();
      while (!this.is("{") && !this.is(";") && !this.is("=>")) this.take();
      if (this.is(";")) this.take();
      else if (this.is("{")) this.methodBody();
      else {
        // C# 7 expression-bodied accessor: not C# 6, but cheap to support
        this.drop();
        this.emit(`{ ${ENTER}try { return `);
        this.expr([";"]);
        this.drop();
        this.emit(`; } finally { ${EXIT} } }`);
      }
    }
    this.take("}");
    // C# 6 auto-property initializer
    if (this.is("=")) {
      this.take("=");
      this.expr([";"]);
      this.take(";");
    }
  }

  /** Copy a member header up to token j, scanning parenthesized parts for lambdas. */
  private copyHeader(j: number): void {
    while (this.i < j) {
      if (this.is("(")) {
        this.take("(");
        this.expr([")"]);
        this.take(")");
      } else this.take();
    }
  }

  /** Index after a generic argument list starting at `<` (or j itself when it is not one). */
  private skipAngles(j: number): number {
    let d = 0;
    for (let k = j; k < this.t.length; k++) {
      const x = this.t[k]!;
      if (x.text === "<") d++;
      else if (x.text === ">") {
        if (--d === 0) return k;
      } else if (x.text === "<<") d += 2;
      else if (!(x.kind === "id" || x.text === "," || x.text === "." || x.text === "[" || x.text === "]" || x.text === "?" || x.text === "::")) return j;
    }
    return j;
  }

  /** Is the `<` at j the start of a type argument list? */
  private isGenericAt(j: number): number {
    const prev = this.t[j - 1];
    if (!prev || prev.kind !== "id") return -1;
    const e = this.skipAngles(j);
    if (e === j) return -1;
    const next = this.t[e + 1];
    if (!next || AFTER_GENERIC.has(next.text)) return e;
    return -1;
  }

  /** A method-like body: `{ Enter(); Count(); try { ... } finally { Exit(); } }`. */
  private methodBody(): void {
    this.emit(`{ ${ENTER}try `);
    this.block();
    this.emit(` finally { ${EXIT} } }`);
  }

  // ---- statements ----
  /** A block; `inject` goes right after its `{`. */
  private block(inject = ""): void {
    this.take("{");
    if (inject) this.emit(" " + inject);
    while (!this.is("}")) this.statement();
    this.take("}");
  }

  /** An embedded statement that gets Count() at its start (a block is opened when it is not one). */
  private counted(): void {
    if (this.is("{")) {
      this.block(COUNT);
      return;
    }
    this.emit(`{ ${COUNT}`);
    this.statement();
    this.emit(" }");
  }

  private paren(): void {
    this.take("(");
    this.expr([")"]);
    this.take(")");
  }

  private statement(): void {
    const t = this.tok();
    if (!t) this.fail("unexpected end in a statement");
    const x = t.text;
    if (t.kind === "punct") {
      if (x === "{") return this.block();
      if (x === ";") return void this.take();
    }
    if (t.kind === "id") {
      switch (x) {
        case "if": {
          this.take();
          this.paren();
          this.counted();
          if (this.is("else")) {
            this.take();
            if (this.is("if")) this.statement();
            else this.counted();
          }
          return;
        }
        case "for":
        case "foreach":
        case "while":
          this.take();
          this.paren();
          this.counted();
          return;
        case "do":
          this.take();
          this.counted();
          this.take("while");
          this.paren();
          this.take(";");
          return;
        case "switch":
          return this.switchStatement();
        case "try":
          return this.tryStatement();
        case "using":
          if (this.is("(", 1)) return this.usingStatement();
          break;
        case "goto":
          if (this.is("case", 1) || this.is("default", 1)) break;
          this.emit(`{ ${COUNT}`);
          while (!this.is(";")) this.take();
          this.take(";");
          this.emit(" }");
          return;
        case "checked":
        case "unchecked":
        case "unsafe":
          if (this.is("{", 1)) {
            this.take();
            this.block();
            return;
          }
          break;
        case "lock":
        case "fixed":
          this.take();
          this.paren();
          this.statement();
          return;
        case "else":
        case "case":
        case "catch":
        case "finally":
          this.fail(`unexpected ${x}`);
      }
      // a label
      if (this.is(":", 1) && x !== "default") {
        this.take();
        this.take(":");
        if (this.is("}")) return;
        return this.statement();
      }
    }
    // declaration, expression statement, return, throw, break, continue, yield
    this.expr([";"]);
    this.take(";");
  }

  private switchStatement(): void {
    this.take("switch");
    this.paren();
    this.take("{");
    while (!this.is("}")) {
      // labels
      let labels = 0;
      while ((this.is("case") || (this.is("default") && this.is(":", 1)))) {
        if (this.is("default")) {
          this.take();
          this.take(":");
        } else {
          this.take("case");
          this.expr([":"]);
          this.take(":");
        }
        labels++;
      }
      if (labels === 0) this.fail("a switch section without a label");
      if (this.is("}") || this.is("case") || (this.is("default") && this.is(":", 1))) continue;
      this.emit(COUNT);
      while (!this.is("}") && !this.is("case") && !(this.is("default") && this.is(":", 1))) this.statement();
    }
    this.take("}");
  }

  private tryStatement(): void {
    this.take("try");
    this.block();
    while (this.is("catch")) {
      this.take("catch");
      let name: string;
      if (this.is("(")) {
        const close = this.match(this.i);
        const inner = this.t.slice(this.i + 1, close);
        // `T name`: the last token is an identifier that follows a type's last token
        const before = inner[inner.length - 2];
        const named = inner.length >= 2 && inner[inner.length - 1]!.kind === "id" && !!before && (before.kind === "id" || before.text === ">" || before.text === "]");
        this.take("(");
        while (this.i < close - (named ? 1 : 0)) this.take();
        if (named) {
          name = this.tok()!.text;
          this.take();
        } else {
          name = `__pbts_ex${this.gen++}`;
          this.emit(` ${name}`);
        }
        this.take(")");
      } else {
        name = `__pbts_ex${this.gen++}`;
        this.emit(`(global::System.Exception ${name}) `);
      }
      const guard = `!(${name} is ${OUT_OF_RANGE})`;
      if (this.is("when")) {
        this.take("when");
        this.take("(");
        this.emit(`${guard} && (`);
        this.expr([")"]);
        this.emit(")");
        this.take(")");
      } else this.emit(` when (${guard}) `);
      this.block(COUNT);
    }
    if (this.is("finally")) {
      this.take("finally");
      this.emit(`{ if (!${COUNTER}.IsDead()) `);
      this.block(COUNT);
      this.emit(" }");
    }
  }

  /** `using (decl or expr) stmt` -> `{ decl; try { Count(); stmt } finally { if (!IsDead()) { Count(); x.Dispose(); } } }` */
  private usingStatement(): void {
    const open = this.i + 1;
    const close = this.match(open);
    const inner = this.t.slice(open + 1, close);
    // a declaration `T x = e` has `=` after an identifier that follows a type
    const eq = inner.findIndex((x) => x.text === "=");
    const isDecl = eq >= 2 && inner[eq - 1]!.kind === "id";
    this.drop(); // using
    this.drop(); // (
    let name: string;
    if (isDecl) {
      name = inner[eq - 1]!.text;
      this.emit("{ ");
      this.expr([")"]);
      this.drop(); // )
      this.emit("; try ");
    } else {
      name = `__pbts_using${this.gen++}`;
      this.emit(`{ var ${name} = `);
      this.expr([")"]);
      this.drop();
      this.emit("; try ");
    }
    this.counted();
    this.emit(` finally { if (!${COUNTER}.IsDead()) { ${COUNT}${name}.Dispose(); } } }`);
  }

  // ---- expressions (only lambdas and anonymous methods are rewritten) ----
  /** Copy an expression up to (not including) one of `stops` at depth 0. */
  private expr(stops: string[]): void {
    for (;;) {
      const t = this.tok();
      if (!t) this.fail("unexpected end in an expression");
      const x = t.text;
      if (stops.includes(x)) return;
      if (x === "(" || x === "[") {
        this.take();
        this.expr([x === "(" ? ")" : "]"]);
        this.take();
        continue;
      }
      if (x === "{") {
        // an initializer
        this.take();
        this.expr(["}"]);
        this.take();
        continue;
      }
      if (x === ")" || x === "]" || x === "}") this.fail(`unbalanced ${x}`);
      if (x === "<") {
        const e = this.isGenericAt(this.i);
        if (e > 0) {
          while (this.i <= e) this.take();
          continue;
        }
      }
      if (x === "delegate" && (this.is("(", 1) || this.is("{", 1))) {
        this.take();
        if (this.is("(")) {
          const e = this.match(this.i);
          while (this.i <= e) this.take();
        }
        this.methodBody();
        continue;
      }
      if (x === "=>") {
        this.take();
        this.lambdaBody(stops);
        continue;
      }
      this.take();
    }
  }

  private lambdaBody(stops: string[]): void {
    if (this.is("{")) {
      this.methodBody();
      return;
    }
    // the body runs to the first `,` `)` `]` `}` `;` (or an enclosing stop) at depth 0
    const bodyStops = [...new Set([",", ")", "]", "}", ";", ...stops])];
    const first = this.tok()!;
    const valueOnly = first.text === "null" || this.startsLambda();
    if (valueOnly) {
      this.emit(`{ ${ENTER}try { return `);
      this.expr(bodyStops);
      this.emit(`; } finally { ${EXIT} } }`);
    } else {
      this.emit(`${COUNTER}.L(() => `);
      this.expr(bodyStops);
      this.emit(")");
    }
  }

  /** Does a lambda start at the cursor (`x =>` or `(...) =>`)? */
  private startsLambda(): boolean {
    if (this.tok()?.kind === "id" && this.is("=>", 1)) return true;
    if (this.is("(")) {
      const e = this.match(this.i);
      return this.t[e + 1]?.text === "=>";
    }
    return false;
  }
}

/** The C# with the game's instruction counting inserted. Throws InstrumentError on syntax it cannot follow. */
export function instrument(source: string): string {
  return new Rewriter(source, tokenize(source)).run();
}

/** The counter assembly's source (built once by the C# engine; scripts and the host reference it). */
export const COUNTER_SOURCE = String.raw`// pbts C# engine: the game's instruction counter (VRage.Compiler.IlInjector's rules), called by the
// code that compiler/csharp/instrument.ts inserts into a script. One counter for the process, as in
// the game: a run nested in another (TryRun) continues its count. Generated by instrument.ts.
using System;

namespace PbtsInstr
{
    /// <summary>Thrown when a run passes the instruction limit or the call depth; scripts cannot catch it.</summary>
    public sealed class ScriptOutOfRangeException : Exception
    {
        public readonly bool Depth;
        public ScriptOutOfRangeException(bool depth) : base(depth ? "call chain too deep" : "too many instructions") { Depth = depth; }
    }

    public static class Counter
    {
        public const int MaxInstructions = 50000;
        public const int MaxCallChainDepth = 1000;
        static int count;
        static int depth;
        static int runDepth;
        static bool dead;

        public static int Instructions { get { return count; } }
        public static int CallChainDepth { get { return depth; } }
        public static int RunDepth { get { return runDepth; } }

        /// <summary>A run starts; only the outermost run restarts the count (IlInjector.BeginRunBlock).</summary>
        public static void BeginRun()
        {
            runDepth++;
            if (runDepth == 1) { count = 0; dead = false; }
        }
        public static void EndRun() { if (runDepth > 0) runDepth--; }
        /// <summary>Reset after a broken run (the host's own safety net).</summary>
        public static void Reset() { runDepth = 0; depth = 0; count = 0; dead = false; }

        public static void Count()
        {
            count++;
            if (count > MaxInstructions) { dead = true; throw new ScriptOutOfRangeException(false); }
        }
        public static void Enter()
        {
            depth++;
            if (depth > MaxCallChainDepth) { depth--; dead = true; throw new ScriptOutOfRangeException(true); }
        }
        public static void Exit() { depth--; }
        public static bool IsDead() { return dead; }

        /// <summary>An expression-bodied lambda's body, counted as a method.</summary>
        public static T L<T>(Func<T> body)
        {
            Enter();
            Count();
            try { return body(); } finally { Exit(); }
        }
        public static void L(Action body)
        {
            Enter();
            Count();
            try { body(); } finally { Exit(); }
        }
    }
}
`;
