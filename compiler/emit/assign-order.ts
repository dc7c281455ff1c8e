// C108: mcs (mono's C# compiler) evaluates the value of `a[i] = v` (a List's indexer) or `o.P = v` (a property)
// before the target's receiver and index when the assignment's value is used (`y = xs[i++] = i`, `f(xs[k()] =
// g())`, `a[i++] = a[i] = i++`): JS, and the C# spec, evaluate the target first. As a statement the order is right.
// Where the order can matter, the write goes through a call whose arguments C# evaluates left to right:
// `Js.SetAt<double>(xs, i++, i)` for an element, `Js.OptLet(f(), o__1 => o__1.P = v)` for a property.
import { Node, SyntaxKind, ts } from "ts-morph";
import { rawDeclOf } from "./raw-nodes.ts";
import { writesVariable } from "./write-targets.ts";
import { cs } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { declOf } from "./expressions.ts";
import { isApiNode, isApiStruct } from "./api.ts";
import { isStoredInterfaceProperty } from "./object-literals.ts";
import { built, callOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

/** The write of `be` (`target = value`, the value already converted) in an order mcs keeps, or undefined where C#'s own assignment is right. */
export function orderedAssign(be: Node & { getLeft(): Node; getRight(): Node }, target: Emitted, value: X.Expr, ctx: EmitContext): Emitted | undefined {
  if (!valueUsed(be)) return undefined;
  const left = unwrap(be.getLeft());
  const right = be.getRight();
  const t = nodeOf(target);
  if (Node.isElementAccessExpression(left) && t.k === "index" && t.args.length === 1 && !t.conditional) {
    const arg = left.getArgumentExpression();
    if (!arg || orderFree([left.getExpression(), arg], right, ctx)) return undefined;
    ctx.useHelper("SetAt");
    return built(X.call(X.name(`Js.SetAt<${cs(target.type)}>`), [t.target, t.args[0], value]), target.type);
  }
  if (Node.isPropertyAccessExpression(left) && t.k === "member" && !t.conditional) {
    const recv = left.getExpression();
    if (orderFree([recv], right, ctx)) return undefined;
    // a struct written through the lambda's parameter would write a copy (and mcs refuses a property of a call's struct)
    const rt = recv.getType();
    if (isApiStruct({ k: "ref", name: rt.getSymbol()?.getName() ?? "" }) || !rt.isObject()) return undefined;
    const o = ctx.tempName("o");
    ctx.useHelper("OptLet");
    return built(callOf("Js.OptLet", t.target, X.lambda(o, X.assign("=", X.member(X.name(o), t.name), value))), target.type);
  }
  return undefined;
}

function unwrap(n: Node): Node {
  while (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n) || Node.isAsExpression(n) || Node.isTypeAssertion(n) || Node.isSatisfiesExpression(n)) n = n.getExpression();
  return n;
}

/** Is the assignment's value read (anything but a statement, a `for` head's part, or a comma list's left part there)? */
function valueUsed(be: Node): boolean {
  let n: Node = be;
  while (Node.isParenthesizedExpression(n.getParent())) n = n.getParent()!;
  const p = n.getParent();
  if (!p) return true;
  if (Node.isExpressionStatement(p)) return false;
  if (Node.isForStatement(p) && (p.getIncrementor() === n || p.getInitializer() === n)) return false;
  if (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.CommaToken) return p.getRight() === n ? valueUsed(p) : false;
  return true;
}

/**
 * The order cannot matter: the value is fixed (a literal, a const), or the target's parts are (their evaluation has no
 * effect and nothing can change them), or neither side has an effect.
 */
function orderFree(parts: Node[], value: Node, ctx: EmitContext): boolean {
  return fixed(value) || parts.every(fixed) || (pure(value, ctx) && parts.every((p) => pure(p, ctx)));
}

/** A literal, `this`, a const (local, top-level, enum member): evaluating it has no effect, and nothing changes it. */
function fixed(n0: Node): boolean {
  const n = unwrap(n0);
  switch (n.getKind()) {
    case SyntaxKind.NumericLiteral:
    case SyntaxKind.StringLiteral:
    case SyntaxKind.NoSubstitutionTemplateLiteral:
    case SyntaxKind.TrueKeyword:
    case SyntaxKind.FalseKeyword:
    case SyntaxKind.NullKeyword:
    case SyntaxKind.ThisKeyword:
      return true;
  }
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken) return fixed(n.getOperand());
  if (Node.isIdentifier(n) || Node.isPropertyAccessExpression(n)) {
    const d = declOf(Node.isPropertyAccessExpression(n) ? n.getNameNode() : n);
    if (d && Node.isEnumMember(d)) return true;
    if (Node.isIdentifier(n) && n.getText() === "undefined") return true;
    if (Node.isIdentifier(n) && d && Node.isVariableDeclaration(d)) {
      const list = d.getParent();
      if (Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const") return true;
    }
    if (Node.isIdentifier(n) && d && (Node.isVariableDeclaration(d) || (Node.isParameterDeclaration(d) && !d.isParameterProperty()))) return neverWritten(n, d);
  }
  return false;
}

/** A `let` or a parameter nothing assigns after its declaration (in its function, closures included). */
function neverWritten(id: Node, decl: Node): boolean {
  const scope = decl.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isSourceFile(a)) ?? decl.getSourceFile();
  const name = id.getText();
  const checker = scope.getProject().getTypeChecker().compilerObject;
  const d = decl.compilerNode;
  const writes = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n) && n.text === name && rawDeclOf(n, checker) === d && writesVariable(n, d)) return true;
    return ts.forEachChild(n, writes) ?? false;
  };
  return !writes(scope.compilerNode);
}

/** Evaluating it has no effect: names, literals, fields (no getter), elements, and operators of those. */
function pure(n0: Node, ctx: EmitContext): boolean {
  const n = unwrap(n0);
  if (fixed(n)) return true;
  if (Node.isIdentifier(n)) return true;
  if (Node.isPropertyAccessExpression(n)) {
    if (n.hasQuestionDotToken() || !pure(n.getExpression(), ctx)) return false;
    if (n.getName() === "length") return true;
    const d = declOf(n.getNameNode());
    return !!d && !isApiNode(d) && (Node.isPropertyDeclaration(d) || (Node.isParameterDeclaration(d) && d.isParameterProperty()) || isStoredInterfaceProperty(d, ctx));
  }
  if (Node.isElementAccessExpression(n)) return !n.hasQuestionDotToken() && pure(n.getExpression(), ctx) && !!n.getArgumentExpression() && pure(n.getArgumentExpression()!, ctx);
  if (Node.isPrefixUnaryExpression(n)) {
    const op = n.getOperatorToken();
    return op !== SyntaxKind.PlusPlusToken && op !== SyntaxKind.MinusMinusToken && pure(n.getOperand(), ctx);
  }
  if (Node.isBinaryExpression(n)) {
    const k = n.getOperatorToken().getKind();
    const assigns = k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
    return !assigns && k !== SyntaxKind.CommaToken && pure(n.getLeft(), ctx) && pure(n.getRight(), ctx);
  }
  if (Node.isConditionalExpression(n)) return pure(n.getCondition(), ctx) && pure(n.getWhenTrue(), ctx) && pure(n.getWhenFalse(), ctx);
  return false;
}
