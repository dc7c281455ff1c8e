// Closures over `for (let i ...)` counters. JS gives each iteration its own binding of i (copied
// from the previous one before the update), so a lambda made in iteration k keeps seeing k; C#'s
// for has one variable for the whole loop. When a lambda in the body captures a counter, the body
// works on a per-iteration copy declared inside it (C# captures a body-local per iteration):
//   for (int i = 0; i < n; i++) { int i__1 = i; ...body, i read as i__1...; i = i__1; }
// The copy goes back into the loop variable at the end of the body and before each `continue` of
// this loop when the body writes the counter, so the update and the condition see what JS sees.
import { writeSite } from "./write-targets.ts";
import { Node, SyntaxKind, ts, type ForStatement, type VariableDeclaration } from "ts-morph";
import { identifiersSpelled, rawChecker, rawDeclOf, wrapIn } from "./raw-nodes.ts";
import { cs } from "./cstype.ts";
import type { EmitContext, Writer } from "./context.ts";
import { declType, localName } from "./expressions.ts";

interface LoopCopy {
  name: string;
  body: Node;
  written: boolean;
  loop: ForStatement;
  /** The compile that planned it (a file `pbts build --watch` keeps is emitted again by later compiles). */
  ctx: EmitContext;
}

const copies = new WeakMap<Node, LoopCopy>();
const copiesOfLoop = new WeakMap<Node, { decl: VariableDeclaration; copy: LoopCopy }[]>();

function isFunctionBoundary(n: Node): boolean {
  return Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isFunctionDeclaration(n) || Node.isMethodDeclaration(n);
}

/** References to `decl` inside `body` (found on TypeScript's nodes: only they are wrapped). */
function refsIn(body: Node, decl: VariableDeclaration, ctx: EmitContext): Node[] {
  const name = decl.getNameNode().compilerNode;
  if (!ts.isIdentifier(name)) return [];
  const checker = rawChecker(ctx);
  const target = decl.compilerNode;
  return identifiersSpelled(body.compilerNode, name, body.getSourceFile().compilerNode)
    .filter((id) => rawDeclOf(id, checker) === target)
    .map((id) => wrapIn(body, id));
}

function insideLambda(n: Node, stop: Node): boolean {
  for (let p = n.getParent(); p && p !== stop; p = p.getParent()) if (isFunctionBoundary(p)) return true;
  return false;
}

/** Array methods that call their callback only during the call and keep no reference to it. */
const RUNS_AT_ONCE = new Set(["forEach", "map", "filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "reduce", "reduceRight", "flatMap", "sort"]);

/**
 * A reference inside a lambda that may outlive the call it is written in. A callback passed straight to an array's
 * `some`, `find`, `map`... runs during the call, so it reads the counter's value of that moment in both JS and C#
 * (`for (let i = 0; xs.some((x) => x === i); i++)`: cc-adv16's left open).
 */
function insideKeptLambda(n: Node, stop: Node): boolean {
  for (let p = n.getParent(); p && p !== stop; p = p.getParent()) {
    if (!isFunctionBoundary(p)) continue;
    const call = p.getParent();
    const callee = call && Node.isCallExpression(call) && call.getArguments().includes(p as never) ? call.getExpression() : undefined;
    const recv = callee && Node.isPropertyAccessExpression(callee) && RUNS_AT_ONCE.has(callee.getName()) ? callee.getExpression().getType() : undefined;
    if (!recv || !(recv.isArray() || recv.isReadonlyArray()) || !(Node.isArrowFunction(p) || Node.isFunctionExpression(p))) return true;
  }
  return false;
}

function isWrite(id: Node): boolean {
  const site = writeSite(id);
  const p = site.getParent();
  if (!p) return false;
  if (Node.isBinaryExpression(p) && p.getLeft() === site && /^[^=!<>]*=$|^(<<|>>|>>>)=$/.test(p.getOperatorToken().getText())) return true;
  if ((Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(p.getOperatorToken())) return true;
  return false;
}

/**
 * Decide the per-iteration copies of a `for (let ...)` loop's counters that lambdas in its body
 * capture, and declare them at the top of the body. Returns the counters that no longer need
 * PBTS1007 (the others stay in forLoopVars).
 */
export function planLoopCopies(fs: ForStatement, decls: VariableDeclaration[], ctx: EmitContext): VariableDeclaration[] {
  const body = fs.getStatement();
  const planned: { decl: VariableDeclaration; copy: LoopCopy }[] = [];
  for (const d of decls) {
    if (!Node.isIdentifier(d.getNameNode())) continue;
    // A lambda in the initializer, condition or update sees a binding no iteration owns: rejected.
    for (const part of [fs.getInitializer(), fs.getCondition(), fs.getIncrementor()]) {
      const bad = part && refsIn(part, d, ctx).find((r) => insideKeptLambda(r, part));
      if (bad) ctx.fail(bad, "LoopClosure", bad.getText());
    }
    const refs = refsIn(body, d, ctx);
    if (!refs.some((r) => insideLambda(r, body))) continue;
    const copy: LoopCopy = { name: ctx.tempName(localName(d).replace(/^@/, "")), body, written: refs.some(isWrite), loop: fs, ctx };
    copies.set(d, copy);
    planned.push({ decl: d, copy });
  }
  copiesOfLoop.set(fs, planned);
  return planned.map((p) => p.decl);
}

/** The declarations that open the body of a loop with copies. */
export function openLoopCopies(fs: ForStatement, w: Writer, ctx: EmitContext): void {
  for (const { decl, copy } of copiesOfLoop.get(fs) ?? []) w.line(`${cs(declType(decl, ctx))} ${copy.name} = ${localName(decl)};`);
}

/** The write-backs at the end of the body (and before `continue`). */
export function closeLoopCopies(fs: ForStatement, w: Writer): void {
  for (const { decl, copy } of copiesOfLoop.get(fs) ?? []) if (copy.written) w.line(`${localName(decl)} = ${copy.name};`);
}

export function hasLoopCopies(fs: Node): boolean {
  return (copiesOfLoop.get(fs)?.length ?? 0) > 0;
}

/** The C# name of a reference to a counter inside its loop's body, when the body uses a copy. */
export function loopCopyName(ref: Node, decl: Node, ctx: EmitContext): string | undefined {
  const copy = copies.get(decl);
  if (!copy || copy.ctx !== ctx) return undefined;
  const b = copy.body;
  return ref.getStart() >= b.getStart() && ref.getEnd() <= b.getEnd() ? copy.name : undefined;
}

/** Before `continue`: write back the copies of the loop it continues. */
export function beforeContinue(s: Node, w: Writer): void {
  for (let p = s.getParent(); p; p = p.getParent()) {
    if (isFunctionBoundary(p)) return;
    if (Node.isForStatement(p)) {
      // a continue in the condition/update cannot happen; in the body it targets this loop
      if (hasLoopCopies(p)) closeLoopCopies(p, w);
      return;
    }
    if (Node.isForOfStatement(p) || Node.isForInStatement(p) || Node.isWhileStatement(p) || Node.isDoStatement(p)) return;
  }
}
