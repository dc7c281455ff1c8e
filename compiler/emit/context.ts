// Shared state of one compilation: diagnostics, used runtime helpers, decided local types.
import type { Node, Project, SourceFile } from "ts-morph";
import { Diagnostics, makeDiagnostic, type Diagnostic, type DiagnosticKey } from "../diagnostics.ts";
import type { CsType } from "./cstype.ts";
import * as X from "./tree/syntax.ts";
import type { Expr } from "./tree/syntax.ts";
import { built, whole, wholeOf } from "./tree/bridge.ts";
import { printStmt } from "./tree/print-statements.ts";

/** An emitted C# expression with its type. `compound` asks callers to parenthesize it. */
export interface Emitted {
  code: string;
  type: CsType;
  compound?: boolean;
  /** The value of an integer constant (literals and their folds). */
  value?: number;
  /** The tree `code` was printed from (emit/tree/bridge.ts); absent where the emitter still writes text. */
  node?: Expr;
}

/** Thrown to abandon the current construct after a diagnostic was reported. */
export class Reported extends Error {}

export class EmitContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Runtime helpers (compiler/runtime/Js.cs) that the emitted code calls. */
  readonly helpers = new Set<string>();
  /** Types decided for declarations without a type node (e.g. inferred int locals). */
  readonly declTypes = new Map<Node, CsType>();
  /** Type descriptions of Maps/Sets the program deletes from (see PBTS1021). */
  readonly deletedCollections = new Set<string>();
  /** `let` variables of the enclosing `for` loops (a lambda must not capture them). */
  readonly forLoopVars: Node[][] = [];
  /** Lambda nesting: the `for` loop depth at which each enclosing lambda starts. */
  readonly lambdaLoopDepth: number[] = [];
  /** `?.` links of an optional chain being lowered: emitted as `.` (the receiver was checked for null). */
  readonly plainChainLinks = new Set<Node>();
  /** Outermost nodes of optional chains whose `?.` links are all lowered (emitted as they are). */
  readonly loweredChains = new Set<Node>();
  /** Computed receivers of optional chains being lowered (emitComputedChain): read as the lambda parameter holding the value. */
  readonly chainReceivers = new Map<Node, Emitted>();
  /** Set when the current method body does int arithmetic (it is then wrapped in `checked`). */
  intArithmetic = false;
  /** Temporaries are numbered per file (beginFile): a file's C# does not depend on the other files the compile emits. */
  private temp = 0;
  sourceFile!: SourceFile;

  constructor(readonly project: Project, readonly displayPath: (sf: SourceFile) => string) {}

  report(node: Node, key: DiagnosticKey, ...args: string[]): void {
    const sf = node.getSourceFile();
    const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
    const d = makeDiagnostic(Diagnostics[key], this.displayPath(sf), line, column, args);
    if (!this.diagnostics.some((x) => x.line === d.line && x.col === d.col && x.code === d.code && x.file === d.file)) this.diagnostics.push(d);
  }

  /** Report and abandon the construct. */
  fail(node: Node, key: DiagnosticKey, ...args: string[]): never {
    this.report(node, key, ...args);
    throw new Reported();
  }

  /**
   * Emit an expression that lives outside a method body (a field initializer, a base-constructor
   * argument, an expression-bodied lambda): its int arithmetic gets its own `checked(...)`, as method
   * bodies get a `checked` block.
   */
  checkedExpr(f: () => Emitted): Emitted {
    const saved = this.intArithmetic;
    this.intArithmetic = false;
    try {
      const e = f();
      return this.intArithmetic ? { ...e, ...built(X.deferredChecked(X.stripChecked(e.code) === e.code ? wholeOf(e) : whole(X.stripChecked(e.code))), e.type), compound: false } : e;
    } finally {
      this.intArithmetic = saved;
    }
  }

  useHelper(name: string): void {
    this.helpers.add(name);
  }

  /** The emit of `sf` starts: its temporaries are numbered from 1 (they are locals: unique within the file is enough). */
  beginFile(sf: SourceFile): void {
    this.sourceFile = sf;
    this.temp = 0;
  }

  tempName(base: string): string {
    return `${base}__${++this.temp}`;
  }
}

/** A comment naming the TS line of what follows; \u0001 cannot come out of a string literal (names.ts escapes it). */
export const sourceMark = (line: number): string => `/*\u0001${line}*/`;
export const SOURCE_MARK = /\/\*\u0001(\d+)\*\//g;

/**
 * Indented writer of statements and declarations: statement nodes (tree/syntax.ts: Stmt) and lines
 * of C# text from emitters that write text still, each at the level it was written at.
 */
export class Writer {
  private items: { depth: number; s: X.Stmt }[] = [];
  private depth = 0;
  line(text = ""): void {
    for (const l of text.split("\n")) this.items.push({ depth: this.depth, s: X.line(l) });
  }
  /** A statement node, printed at the current level. */
  stmt(s: X.Stmt): void {
    this.items.push({ depth: this.depth, s });
  }
  indent(): void {
    this.depth++;
  }
  dedent(): void {
    this.depth--;
  }
  /** A type declaration `header { ... }` whose members `body` writes (into this writer, collected as the type's). */
  block(header: string, body: () => void): void {
    const [items, depth] = [this.items, this.depth];
    this.items = [];
    this.depth = 0;
    let members: X.Stmt[];
    try {
      body();
    } finally {
      members = this.stmts();
      this.items = items;
      this.depth = depth;
    }
    this.stmt({ k: "type", header, members });
  }
  /** A source-map mark: the lines that follow were emitted for `node` (compile.ts takes the marks out). */
  mark(node: Node): void {
    // TypeScript's line map (a binary search): ts-morph's getStartLineNumber counts the newlines
    // from the start of the file on every call.
    this.line(sourceMark(node.getSourceFile().compilerNode.getLineAndCharacterOfPosition(node.getStart()).line + 1));
  }
  /** The deferred `checked` keywords out of everything written (it is inside a checked block): X.stripStmt. */
  stripChecked(): void {
    this.items = this.items.flatMap((i) => {
      const s = X.stripStmt(i.s);
      return s ? [{ depth: i.depth, s }] : [];
    });
  }
  append(other: Writer): void {
    for (const i of other.items) this.items.push({ depth: i.depth + this.depth, s: i.s });
  }
  /** What was written, as statements of one body (a line or node written deeper keeps its indentation). */
  stmts(): X.Stmt[] {
    return this.items.map((i) => (i.depth === 0 ? i.s : X.line(indentLines(printStmt(i.s), i.depth).join("\n"))));
  }
  get isEmpty(): boolean {
    return this.items.length === 0;
  }
  private lines(): string[] {
    return this.items.flatMap((i) => indentLines(printStmt(i.s), i.depth));
  }
  toString(): string {
    return this.lines().join("\n");
  }
}

const indentLines = (lines: string[], depth: number): string[] => lines.map((l) => (l ? "    ".repeat(depth) + l : ""));
