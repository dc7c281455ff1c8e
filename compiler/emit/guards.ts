// Guards and defaults: `&&`/`||` on references and strings where only their truthiness is used,
// and the logical assignments `??=`, `||=`, `&&=` on plain variables and fields.
import { Node, SyntaxKind, type BinaryExpression } from "ts-morph";
import { T, cs, isValueType, nullable, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { isApiNode } from "./api.ts";
import { isStoredInterfaceProperty } from "./object-literals.ts";
import { converted, declOf, emitConditionNode, emitExpr, isComparedToValue, isNullishDefaulted, isPrinted, paren } from "./expressions.ts";
import { valueUnused } from "./statements.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import * as X from "./tree/syntax.ts";

/** Is the value of `n` used only as a condition (if/while/for/?:, `!`, or an operand of such a `&&`/`||`)? */
export function isConditionContext(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  if (!p) return false;
  if ((Node.isIfStatement(p) || Node.isWhileStatement(p) || Node.isDoStatement(p)) && p.getExpression() === cur) return true;
  if (Node.isForStatement(p) && p.getCondition() === cur) return true;
  if (Node.isConditionalExpression(p) && p.getCondition() === cur) return true;
  if (Node.isPrefixUnaryExpression(p) && p.getOperatorToken() === SyntaxKind.ExclamationToken) return true;
  if (Node.isBinaryExpression(p) && [SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken].includes(p.getOperatorToken().getKind())) return isConditionContext(p);
  return false;
}

/**
 * `a && b` / `a || b` as a condition: JS returns an operand, but a condition only asks whether it
 * is truthy, which is (a truthy) and/or (b truthy) with the same short-circuit. Each operand goes
 * through emitCondition (references: != null, strings: non-empty). Undefined elsewhere.
 */
export function emitLogicalCondition(be: BinaryExpression, ctx: EmitContext): Emitted | undefined {
  if (!isConditionContext(be)) return undefined;
  const o = be.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken ? "&&" : "||";
  return built(X.binary(o, emitConditionNode(be.getLeft(), ctx), emitConditionNode(be.getRight(), ctx)), T.bool);
}

/**
 * A target whose read and write JS and C# both do once and without side effects: a local, a
 * parameter, or a plain field (no accessor) of `this` or of a local. Then `a ??= b` (JS: a ?? (a = b))
 * can be written a = a ?? b: the extra store of the same value is invisible.
 */
export function isPlainTarget(t: Node, ctx?: EmitContext): boolean {
  if (Node.isIdentifier(t)) {
    const d = declOf(t);
    return !!d && (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d));
  }
  if (Node.isPropertyAccessExpression(t) && !t.hasQuestionDotToken()) {
    const recv = t.getExpression();
    if (!(recv.getKind() === SyntaxKind.ThisKeyword || isPlainTarget(recv, ctx))) return false;
    const d = declOf(t.getNameNode());
    // (an interface property no class of the script implements with an accessor is a stored value too, C105: `o.tags ??= []`)
    return !!d && ((Node.isPropertyDeclaration(d) && !d.getSourceFile().isDeclarationFile()) || (!!ctx && isStoredInterfaceProperty(d, ctx)));
  }
  return false;
}

/**
 * `xs[i] ??= v` (also `||=`, `&&=`) on an array element whose array is a plain target (`this.memo`, a local) and whose
 * index is a local, a parameter or a literal: reading them twice is invisible, and an array element has no setter,
 * so the extra store of the same value is invisible too: `xs[i] = xs[i] ?? v`. C# evaluates the target's array and
 * index, then the read, before the right side, as JS does.
 */
function isPlainElement(t: Node, ctx: EmitContext): boolean {
  if (!Node.isElementAccessExpression(t) || t.hasQuestionDotToken()) return false;
  const recv = t.getExpression();
  // (a parameter property read twice is invisible too: `constructor(private memo: (number | null)[])`)
  const paramProperty = Node.isPropertyAccessExpression(recv) && recv.getExpression().getKind() === SyntaxKind.ThisKeyword && ((d) => !!d && Node.isParameterDeclaration(d) && d.isParameterProperty())(declOf(recv.getNameNode()));
  if (!(paramProperty || isPlainTarget(recv, ctx)) || !recv.getType().isArray()) return false;
  const idx = t.getArgumentExpression();
  if (!idx) return false;
  if (Node.isNumericLiteral(idx)) return true;
  if (!Node.isIdentifier(idx)) return false;
  const d = declOf(idx);
  return !!d && (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d));
}

/** What a target that is not plain is, for PBTS1074's message. */
function targetKind(t: Node, ctx: EmitContext): string {
  if (Node.isElementAccessExpression(t)) return "an element";
  if (!Node.isPropertyAccessExpression(t)) return "this target";
  const d = declOf(t.getNameNode());
  if (d && (isApiNode(d) || d.getSourceFile().isDeclarationFile())) return "an API member";
  if (d && (Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d))) return "an accessor";
  if (d && Node.isParameterDeclaration(d)) return `a parameter property ('${t.getName()}': pbts writes '??=' in place only on fields declared in the class body)`;
  const recv = t.getExpression();
  if (!(recv.getKind() === SyntaxKind.ThisKeyword || isPlainTarget(recv, ctx))) return `a member of '${recv.getText()}' (read through an accessor, an element, an API member or a call)`;
  if (d && Node.isPropertySignature(d)) return `an interface property ('${t.getName()}': a class of the script implements it with an accessor, which JS runs only when it must)`;
  return "this member";
}

/** `a ??= b`, `a ||= b`, `a &&= b`. Undefined for other operators. */
export function emitLogicalAssign(be: BinaryExpression, ctx: EmitContext, checkAssignable: (t: Node, ctx: EmitContext) => void): Emitted | undefined {
  const k = be.getOperatorToken().getKind();
  const op = k === SyntaxKind.QuestionQuestionEqualsToken ? "??=" : k === SyntaxKind.BarBarEqualsToken ? "||=" : k === SyntaxKind.AmpersandAmpersandEqualsToken ? "&&=" : undefined;
  if (!op) return undefined;
  const target = be.getLeft();
  checkAssignable(target, ctx);
  // An element of an array at a computed array or index: written in place, they would be evaluated twice (C141)
  if (Node.isElementAccessExpression(target) && !target.hasQuestionDotToken() && target.getExpression().getType().isArray() && !isPlainElement(target, ctx))
    ctx.fail(target, "UnsupportedForm", `'${op}' on the element '${target.getText()}'`, `pbts writes it in place (xs[i] = xs[i] ${op === "??=" ? "??" : op.slice(0, 2)} v), which evaluates a computed array or index twice`, `Read the array and the index into locals first (const k = ...; xs[k] ${op} v): an array that is a local, parameter or field, at an index that is a local, parameter or literal.`);
  if (!isPlainTarget(target, ctx) && !isPlainElement(target, ctx)) ctx.fail(target, "LogicalAssignTarget", op, targetKind(target, ctx));
  const l = emitExpr(target, ctx);
  const r = emitExpr(be.getRight(), ctx, stripNullable(l.type));
  const rv = nodeOf(converted(r, l.type, be.getRight(), ctx));
  const t = stripNullable(l.type);
  const lv = nodeOf(l);
  if (op === "??=") {
    if (l.type.k !== "nullable" && isValueType(l.type)) ctx.fail(be, "UnsupportedSyntax", "'??=' on a value that cannot be null");
    const stillNullable = r.type.k === "nullable" || r.type.k === "null";
    const assign = X.assign("=", lv, X.binary("??", lv, nodeOf(r)));
    // (the assignment's C# value has the target's type, a double?: its value, used, is the double it now holds)
    if (!stillNullable && isValueType(t) && !valueUnused(be)) return built(X.cast(cs(t), X.paren(assign)), t);
    return built(assign, stillNullable ? l.type : t);
  }
  // ||= / &&=: the truthiness of a bool, a string or a reference (emitCondition rejects numbers: 0, NaN).
  const truthy = emitConditionNode(target as any, ctx);
  if (l.type.k === "bool") return built(X.assign("=", lv, X.binary(op === "||=" ? "||" : "&&", lv, nodeOf(r))), T.bool);
  return built(X.assign("=", lv, op === "||=" ? X.conditional(truthy, lv, rv) : X.conditional(truthy, rv, lv)), l.type);
}

/** `cb?.(args)`: nothing happens (and the value is undefined) when cb is null; C#'s ?.Invoke is the same. */
export function emitOptionalInvoke(call: Node, calleeCode: string, args: string[], ret: CsType, ctx: EmitContext): Emitted {
  const code = `${calleeCode}?.Invoke(${args.join(", ")})`;
  if (ret.k === "void") {
    if (!valueUnused(call)) ctx.fail(call, "UnsupportedSyntax", "using the result of a void call");
    return { code, type: ret };
  }
  // A number or boolean result is undefined in JS when cb is null: read as `a?.n()`'s is (C127): straight into '??', a
  // condition (missing is falsy), compared with a value (unequal, as null is) or printed ("undefined", Js.Str)
  if (isValueType(ret) && !isNullishDefaulted(call) && !isConditionContext(call) && !isComparedToValue(call) && !isPrinted(call)) ctx.fail(call, "NullableValue", "?.() returning a number or boolean");
  return { code, type: nullable(ret) };
}

/** `s?.length` and the other built-in properties read through `?.`: null (undefined in JS) when s is. */
export function optionalBuiltinProperty(pa: Node, recv: Emitted, b: Emitted, ctx: EmitContext): Emitted {
  const head = `${paren(recv)}.`;
  if (!b.code.startsWith(head)) return ctx.fail(pa, "UnsupportedSyntax", "'?.' on this built-in member");
  if (isValueType(b.type) && !isNullishDefaulted(pa)) ctx.fail(pa, "NullableValue", "?. reading a number or boolean");
  // the member chain read off the receiver, its first link made conditional (C# skips the rest of the chain on null)
  const chain = b.node && printExpr(b.node) === b.code ? conditionalLink(b.node, printExpr(nodeOf(recv))) : undefined;
  if (chain) return built(chain, nullable(b.type));
  return { code: `${paren(recv)}?.${b.code.slice(head.length)}`, type: nullable(b.type) };
}

/** `e`, a chain of member reads, indexes and calls, with its link on `recv` made `?.` / `?[`. */
function conditionalLink(e: X.Expr, recv: string): X.Expr | undefined {
  if ((e.k === "member" || e.k === "index") && printExpr(e.target) === recv) return { ...e, conditional: true };
  if (e.k !== "member" && e.k !== "index" && e.k !== "call") return undefined;
  const target = conditionalLink(e.target, recv);
  return target && { ...e, target };
}

/**
 * String(x), `${x}` and "" + x of a user class that declares toString(): JS calls it, and so does
 * the C#. A missing value prints as JS prints it ("null", or "undefined" for find/pop/Map.get).
 */
export function userToString(e: Emitted, node: Node): X.Expr | undefined {
  const inner = stripNullable(e.type);
  if (inner.k !== "ref" || inner.struct) return undefined;
  const type = node.getType();
  const decl = type.getNonNullableType().getProperty("toString")?.getDeclarations()[0];
  if (!decl || !Node.isMethodDeclaration(decl) || decl.getSourceFile().isDeclarationFile() || decl.getParameters().length) return undefined;
  const parts = type.isUnion() ? type.getUnionTypes() : [type];
  const missing = parts.some((p) => p.isUndefined()) ? "undefined" : "null";
  return X.binary("??", X.call(X.member(nodeOf(e), "toString", true), []), X.lit(`"${missing}"`));
}
