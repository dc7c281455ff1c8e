// A non-null assertion as an assignment target (C77): `n! = 5`, `n! += 2`, `n!++`, `this.v! **= 2` on a nullable
// number, int or boolean. JS writes n itself; the read `n!` is C#'s `n.Value`, which C# cannot assign (mcs CS0200).
// So the target is the nullable `n`, and what `op=` and `++` read is `n.Value` (which throws when n is null, as
// every other read of `n!` does: see README's Known limits).
import { Node, SyntaxKind } from "ts-morph";
import { isValueType, stripNullable } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { emitExpr } from "./expressions.ts";
import { valueUnused } from "./statements.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

export interface NonNullTarget {
  /** the node under `!` (parentheses skipped) */
  inner: Node;
  /** the nullable C# target (`n`) */
  target: Emitted;
}

/** The target under parentheses and type assertions (`(n as number) += 1` writes n: C86). */
function unparen(n: Node): Node {
  while (Node.isParenthesizedExpression(n) || Node.isAsExpression(n) || Node.isTypeAssertion(n) || Node.isSatisfiesExpression(n)) n = n.getExpression();
  return n;
}

/**
 * The C# target of `x!` (in parentheses or not) whose x is a nullable value type; with `readsValue` (`op=`, `++`)
 * also of a plain `x` TypeScript has narrowed to non-null (`let n: number | null = 3; n += 1;`). Else undefined.
 */
export function nonNullTarget(left: Node, ctx: EmitContext, readsValue = false): NonNullTarget | undefined {
  const l = unparen(left);
  const asserted = Node.isNonNullExpression(l);
  if (!asserted && !(readsValue && !l.getType().isNullable())) return undefined;
  const inner = asserted ? unparen(l.getExpression()) : l;
  const target = emitExpr(inner, ctx);
  if (target.type.k !== "nullable" || !isValueType(target.type.inner)) return undefined;
  return { inner, target };
}

/** A target read and then written by `x = f(x, y)` as JS reads and writes it once each: a name, or a field of `this` or of such a target
 * (through parentheses, `!` and type assertions, which change no value). */
export function plainTarget(n: Node): boolean {
  n = unparen(n);
  if (Node.isNonNullExpression(n)) return plainTarget(n.getExpression());
  if (Node.isIdentifier(n)) return true;
  if (!Node.isPropertyAccessExpression(n) || n.hasQuestionDotToken()) return false;
  const o = n.getExpression();
  return o.getKind() === SyntaxKind.ThisKeyword || plainTarget(o);
}

/** Is the value of the assignment or `++` at `node` dropped (a statement, a `for` loop's initializer or update)? */
function dropped(node: Node): boolean {
  const p = node.getParent();
  return valueUnused(node) || (!!p && Node.isForStatement(p) && (p.getIncrementor() === node || p.getInitializer() === node));
}

/** `target = value` for `x!` on the left: the value of the whole is x's non-null value, as in JS. */
export function assignNonNull(t: NonNullTarget, value: X.Expr, node: Node): Emitted {
  const a = X.assign("=", nodeOf(t.target), value);
  const type = stripNullable(t.target.type);
  return dropped(node) ? built(a, type) : built(X.member(X.paren(a), "Value"), type);
}

/** `x!++` / `++x!` / `x!--`: `x = x.Value + 1`; a postfix one whose old value is used has no such form. */
export function incrementNonNull(t: NonNullTarget, op: "++" | "--", prefix: boolean, node: Node, ctx: EmitContext): Emitted {
  if (!plainTarget(t.inner)) return ctx.fail(node, "UnsupportedForm", `'${node.getText()}' on an element or a computed target`, "the non-null value is read and written back, which would evaluate the target twice", "Read it into a local, step the local, and store it back.");
  if (!prefix && !dropped(node)) return ctx.fail(node, "UnsupportedForm", `the value of '${node.getText()}'`, "C# cannot step the nullable value in place, and stepping back would round", `Read it first: 'const old = ${t.inner.getText()}!; ${node.getText()};'.`);
  const type = stripNullable(t.target.type);
  if (type.k === "int") ctx.intArithmetic = true;
  const read = X.member(nodeOf(t.target), "Value");
  return assignNonNull(t, X.binary(op === "++" ? "+" : "-", read, X.lit("1")), node);
}
