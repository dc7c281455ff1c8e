// `a || b` and `a && b` used as values (issue 13): JS returns an operand (`const name = arg || "none"`,
// `const n = parsed || 1`: 0, NaN and "" are falsy). When `a` is a plain local, parameter or field
// (reading it again has no effect and gives the same value) and both operands have one C# type,
// this is `truthy(a) ? a : b` (`||`) or `truthy(a) ? b : a` (`&&`). Elsewhere PBTS1012 stays.
import { Node, SyntaxKind, type BinaryExpression } from "ts-morph";
import { T, cs, isNumeric, isValueType, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { isApiNode } from "./api.ts";
import { converted, declOf, emitExpr } from "./expressions.ts";
import { numberConditionNode } from "./truthiness.ts";
import { built, callOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

function isPlain(n: Node): boolean {
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  if (n.getKind() === SyntaxKind.ThisKeyword) return true;
  if (Node.isIdentifier(n)) {
    const d = declOf(n);
    // A class name is plain as the receiver of a static field (`Stats.count || 1`).
    return !!d && (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d) || Node.isClassDeclaration(d)) && !isApiNode(d);
  }
  if (Node.isPropertyAccessExpression(n) && !n.hasQuestionDotToken()) {
    const d = declOf(n.getNameNode());
    return !!d && (Node.isPropertyDeclaration(d) || (Node.isParameterDeclaration(d) && d.isParameterProperty())) && !d.getSourceFile().isDeclarationFile() && isPlain(n.getExpression());
  }
  return false;
}

/** JS truthiness of an emitted string, number or reference; undefined for other types. */
function truthy(e: Emitted, ctx: EmitContext): X.Expr | undefined {
  const t = stripNullable(e.type);
  if (t.k === "string") return X.unary("!", callOf("string.IsNullOrEmpty", e));
  if (isNumeric(t) || (e.type.k === "nullable" && t.k === "bool")) return numberConditionNode(e, ctx);
  // a numeric enum is falsy at 0, as its number (C129; a missing one is left out: C#'s `(int?)null != 0` is true)
  if (e.type.k === "enum") return X.binary("!=", X.cast("int", nodeOf(e)), X.lit("0"));
  if (!isValueType(t) && t.k !== "object" && t.k !== "typeparam" && t.k !== "void" && t.k !== "null") return X.binary("!=", nodeOf(e), X.lit("null"));
  return undefined;
}

export function emitLogicalValue(be: BinaryExpression, ctx: EmitContext, expected?: CsType): Emitted | undefined {
  const and = be.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken;
  const left = be.getLeft();
  if (!isPlain(left)) return and ? undefined : emitOrDefault(be, ctx);
  const a0 = emitExpr(left, ctx);
  if (a0.type.k === "bool") return undefined;
  const b0 = emitExpr(be.getRight(), ctx, a0.type.k === "intlit" || a0.type.k === "enum" ? T.double : stripNullable(a0.type));
  // a numeric enum beside a number is its number (`st || 7`, C129); two values of one enum stay that enum
  const asNumber = (x: Emitted, y: Emitted): Emitted => (x.type.k === "enum" && isNumeric(y.type) ? built(X.cast("int", nodeOf(x)), T.int) : x);
  const [a, b] = [asNumber(a0, b0), asNumber(b0, a0)];
  const at = stripNullable(a.type);
  const bt = stripNullable(b.type);
  const numeric = isNumeric(at) && isNumeric(bt);
  if (!numeric && cs(at) !== cs(bt)) return undefined;
  const cond = truthy(a, ctx);
  if (!cond) return undefined;
  // A truthy nullable number or boolean has a value: read it (`a.Value`).
  const av0 = a.type.k === "nullable" && isValueType(at) ? X.member(nodeOf(a), "Value") : nodeOf(a);
  const type: CsType = numeric ? (at.k === bt.k && at.k !== "intlit" ? at : T.double) : b.type.k === "nullable" || (and && a.type.k === "nullable") ? b.type.k === "nullable" ? b.type : a.type : at;
  // `(i || 7) / 2` of ints is a double here: C#'s `i != 0 ? i : 7` would be an int (an int division follows; C23).
  const av = type.k === "double" && at.k !== "double" ? X.cast("double", av0) : av0;
  if (and && a.type.k === "nullable" && isValueType(at)) return undefined; // `a && b` would give the missing a: keep it out
  const bv = nodeOf(converted(b, type, be.getRight(), ctx));
  void expected;
  return built(and ? X.conditional(cond, bv, av) : X.conditional(cond, av, bv), type);
}

/** A literal or a plain name: evaluating it early (C# passes it as an argument) is not observable. */
function isInert(n: Node): boolean {
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  if (Node.isNumericLiteral(n) || Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return true;
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken && Node.isNumericLiteral(n.getOperand())) return true;
  return isPlain(n);
}

/**
 * `parseInt(s, 10) || 0`, `f() || "none"`: a computed number or string on the left, a literal or
 * plain name on the right. `Js.Or(a, b)` evaluates the left once; the right is read eagerly, which
 * nothing can observe.
 */
function emitOrDefault(be: BinaryExpression, ctx: EmitContext): Emitted | undefined {
  if (!isInert(be.getRight())) return emitOrElse(be, ctx);
  const a = emitExpr(be.getLeft(), ctx);
  // (a string element read for `||` is a `string | undefined`: Js.Or treats null as "", both falsy)
  if ((a.type.k === "nullable" && a.type.inner.k !== "string") || !(isNumeric(a.type) || stripNullable(a.type).k === "string")) return undefined;
  const want = stripNullable(a.type).k === "string" ? T.string : T.double;
  const b = emitExpr(be.getRight(), ctx, want);
  if (b.type.k === "nullable" || (want.k === "string" ? b.type.k !== "string" : !isNumeric(b.type) || b.type.k === "long")) return undefined;
  if (a.type.k === "long") return undefined;
  ctx.useHelper(want.k === "string" ? "OrString" : "OrDouble");
  const num = (e: Emitted) => (e.type.k === "double" ? e : X.cast("double", nodeOf(e)));
  return want.k === "string" ? built(callOf("Js.Or", a, b), T.string) : built(callOf("Js.Or", num(a), num(b)), T.double);
}

/**
 * `a.length - b.length || a.name.localeCompare(...)`, `f() || g()` (C107: a sort comparator's tie-break): a computed
 * number or string on the left, anything of its kind on the right. JS evaluates the right only when the left
 * is falsy: the left goes into a lambda's parameter, `Js.OptLet(a, v__1 => truthy(v__1) ? v__1 : b)`
 * (optional chains on computed receivers use the same helper, expressions.ts emitComputedChain).
 */
function emitOrElse(be: BinaryExpression, ctx: EmitContext): Emitted | undefined {
  const a = emitExpr(be.getLeft(), ctx);
  if ((a.type.k === "nullable" && a.type.inner.k !== "string") || !(isNumeric(a.type) || stripNullable(a.type).k === "string") || a.type.k === "long") return undefined;
  const want = stripNullable(a.type).k === "string" ? T.string : T.double;
  const b = emitExpr(be.getRight(), ctx, want);
  if (b.type.k === "nullable" || (want.k === "string" ? b.type.k !== "string" : !isNumeric(b.type) || b.type.k === "long")) return undefined;
  const v: Emitted = { code: ctx.tempName("v"), type: a.type };
  const cond = truthy(v, ctx);
  if (!cond) return undefined;
  const num = (e: Emitted): X.Expr => (e.type.k === "double" || want.k === "string" ? nodeOf(e) : X.cast("double", nodeOf(e)));
  ctx.useHelper("OptLet");
  return built(callOf("Js.OptLet", a, X.lambda(v.code, X.conditional(cond, num(v), num(converted(b, want, be.getRight(), ctx))))), want);
}
