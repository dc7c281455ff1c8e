// Labelled statements: `outer: for (...) { ... break outer; ... continue outer; }` (and a labelled block or
// other statement left with `break L`). C# has no labelled break/continue; it has `goto`, which jumps
// forward here only, to a label after the statement (break) or at the end of the loop's body (continue):
//   for (...) { ... goto outer__3c; ... outer__3c: ; <loop copies written back> }  outer__3: ;
// A jump to the innermost loop (or, for break, the innermost loop or switch) stays a plain break/continue.
// Like break/continue, a goto leaving a `try` runs its `finally` (JS does too); leaving a `finally` is
// CS0157 and rejected, as for the other jumps.
import { Node, SyntaxKind, ts, type BreakStatement, type ContinueStatement, type LabeledStatement } from "ts-morph";
import type { EmitContext, Writer } from "./context.ts";
import * as X from "./tree/syntax.ts";

interface LabelNames {
  /** the C# label after the statement, when a `break L` must jump (goto) */
  brk?: string;
  /** the C# label at the end of the loop's body, when a `continue L` must jump */
  cont?: string;
}

/** By the labelled statement's TypeScript node (set when its visitor runs, before its body is emitted). */
const names = new WeakMap<ts.Node, LabelNames>();
/** By the labelled loop's TypeScript node: its continue label. */
const loopContinue = new WeakMap<ts.Node, string>();

function isFunctionBoundary(n: Node): boolean {
  return Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isFunctionDeclaration(n) || Node.isMethodDeclaration(n) || Node.isConstructorDeclaration(n) || Node.isGetAccessorDeclaration(n) || Node.isSetAccessorDeclaration(n);
}

/** The labelled statement a `break L` / `continue L` names (the nearest enclosing one of that name). */
function targetOf(s: BreakStatement | ContinueStatement): LabeledStatement | undefined {
  const label = s.getLabel()?.getText();
  for (let p: Node | undefined = s.getParent(); p && !isFunctionBoundary(p); p = p.getParent()) if (Node.isLabeledStatement(p) && p.getLabel().getText() === label) return p;
  return undefined;
}

/** The innermost loop (or, for `break`, loop or switch) around `s`: what a plain break/continue leaves. */
function innermost(s: Node, isBreak: boolean): Node | undefined {
  for (let p: Node | undefined = s.getParent(); p && !isFunctionBoundary(p); p = p.getParent()) if (Node.isIterationStatement(p) || (isBreak && Node.isSwitchStatement(p))) return p;
  return undefined;
}

/** Does the jump from `s` to the labelled statement `t` leave a finally block on the way (CS0157)? */
function leavesFinally(s: Node, t: Node): boolean {
  for (let n: Node | undefined = s.getParent(); n && n !== t; n = n.getParent()) {
    const p = n.getParent();
    if (p && Node.isTryStatement(p) && p.getFinallyBlock() === n) return true;
  }
  return false;
}

/** The jumps to `ls` that a plain break/continue cannot make. */
function gotos(ls: LabeledStatement): { brk: boolean; cont: boolean } {
  const loop = ls.getStatement();
  const out = { brk: false, cont: false };
  for (const j of [...ls.getDescendantsOfKind(SyntaxKind.BreakStatement), ...ls.getDescendantsOfKind(SyntaxKind.ContinueStatement)]) {
    if (targetOf(j) !== ls) continue;
    const isBreak = Node.isBreakStatement(j);
    if (innermost(j, isBreak) === loop) continue;
    if (isBreak) out.brk = true;
    else out.cont = true;
  }
  return out;
}

/** `L: stmt`: the statement, with the C# labels its jumps need (LabeledStatement's visitor). */
export function emitLabeled(ls: LabeledStatement, w: Writer, ctx: EmitContext, emit: (s: Node, w: Writer) => void): void {
  const inner = ls.getStatement();
  // `a: b: for (...)`: rare; one label is enough
  if (Node.isLabeledStatement(inner)) ctx.fail(ls, "Label", ls.getLabel().getText());
  const need = gotos(ls);
  const base = ls.getLabel().getText().replace(/[^A-Za-z0-9_]/g, "_");
  const n: LabelNames = {};
  if (need.brk || need.cont) {
    const name = ctx.tempName(base);
    if (need.brk) n.brk = name;
    if (need.cont) {
      n.cont = `${name}c`;
      loopContinue.set(inner.compilerNode, n.cont);
    }
  }
  names.set(ls.compilerNode, n);
  emit(inner, w);
  // `L: ;` (C# needs a statement after a label)
  if (n.brk) w.stmt(X.line(`${n.brk}: ;`));
}

/** At the end of a loop's body (before its loop copies are written back): the label `continue L` jumps to. */
export function continueTarget(loop: Node | undefined, w: Writer): void {
  const c = loop && loopContinue.get(loop.compilerNode);
  if (c) w.stmt(X.line(`${c}: ;`));
}

/**
 * `break L` / `continue L`: a plain break/continue when L is what it would leave anyway, else a goto.
 * Returns false for an unlabelled one (the caller writes it).
 */
export function emitLabeledJump(s: BreakStatement | ContinueStatement, w: Writer, ctx: EmitContext, plain: () => void): boolean {
  if (!s.getLabel()) return false;
  const t = targetOf(s);
  // (TypeScript reports a jump to a label that does not enclose it)
  if (!t) return ctx.fail(s, "UnsupportedSyntax", `'${s.getText()}' without an enclosing label of that name`);
  const isBreak = Node.isBreakStatement(s);
  if (innermost(s, isBreak) === t.getStatement()) {
    plain();
    return true;
  }
  if (leavesFinally(s, t)) ctx.fail(s, "UnsupportedSyntax", `'${s.getText()}' out of a 'finally' block (C# cannot leave a finally block)`);
  const n = names.get(t.compilerNode);
  const to = isBreak ? n?.brk : n?.cont;
  if (!to) return ctx.fail(s, "UnsupportedSyntax", `'${s.getText()}' to a label on a statement that is not a loop`);
  w.stmt(X.line(`goto ${to};`));
  return true;
}
