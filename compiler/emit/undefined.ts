// `undefined` (issue 13): a `T | undefined` is C#'s null, as `T | null` is. The value `undefined`
// is C#'s null where TypeScript expects a type that holds undefined and not null (so nothing can
// tell the two apart), and in comparisons (`x === undefined`, `x == undefined`), which the
// equality visitor checks against null-holding operands (PBTS1052).
import { Node, SyntaxKind, type ParameterDeclaration, type Type } from "ts-morph";
import { T, nullable, type CsType } from "./cstype.ts";
import { isApiNode } from "./api.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { converted, emitExpr } from "./expressions.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { noMissingTypeParam } from "./missing-typeparam.ts";

const EQUALITY = [SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsToken];

function outer(n: Node): { node: Node; parent: Node | undefined } {
  let node = n;
  let parent = n.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) (node = parent), (parent = parent.getParent());
  return { node, parent };
}

export function emitUndefined(n: Node, ctx: EmitContext): Emitted {
  const { parent } = outer(n);
  if (parent && Node.isBinaryExpression(parent) && EQUALITY.includes(parent.getOperatorToken().getKind())) return { code: "null", type: T.null };
  const parts = (t: Type) => (t.isUnion() ? t.getUnionTypes() : [t]);
  const holdsNull = (t: Type) => t.isUnknown() || t.isAny() || parts(t).some((p) => p.isNull() || p.isUnknown() || p.isAny());
  // `(c ? x : undefined) ?? d`: the undefined goes no further than `??`, which treats C#'s null the same.
  let top: Node = n;
  for (let p = top.getParent(); p && (Node.isParenthesizedExpression(p) || (Node.isConditionalExpression(p) && p.getCondition() !== top)); p = p.getParent()) top = p;
  const up = top.getParent();
  if (top !== n && up && Node.isBinaryExpression(up) && up.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken && up.getLeft() === top) return { code: "null", type: T.null };
  // `f(undefined)` for a parameter with a default value: JS applies the default; C# would pass null.
  const dflt = defaultOfArgument(n);
  if (dflt) return emitExpr(dflt, ctx);
  const ct = Node.isExpression(n) ? n.getContextualType() : undefined;
  // Where the value goes may not hold null as well (C# could not tell them apart).
  if (ct && holdsNull(ct)) return ctx.fail(n, "Undefined");
  if (ct && parts(ct).some((p) => p.isTypeParameter()))
    return ctx.fail(n, "UnsupportedSyntax", `'undefined' as a 'T | undefined' value of a type parameter T (${noMissingTypeParam("T")})`);
  if (ct && parts(ct).some((p) => p.isUndefined())) return { code: "null", type: T.null };
  // `c ? x : undefined` (`const v = ...`, an operand of `??`): the conditional's own type.
  // `[undefined, "go"]` with no contextual type: the array's own element type.
  const al = top.getParent();
  const elemType = al && Node.isArrayLiteralExpression(al) && al.getType().isArray() ? al.getType().getArrayElementType() : undefined;
  const tt = elemType ?? (top !== n ? top.getType() : undefined);
  if (tt && !holdsNull(tt) && parts(tt).some((p) => p.isUndefined())) return { code: "null", type: T.null };
  return ctx.fail(n, "Undefined");
}

/** The default value of the script's own parameter that `undefined` is passed to as an argument, if it has one. */
function defaultOfArgument(n: Node): Node | undefined {
  const { node, parent } = outer(n);
  if (!parent || !(Node.isCallExpression(parent) || Node.isNewExpression(parent))) return undefined;
  const i = (parent.getArguments() as Node[]).indexOf(node);
  if (i < 0 || parent.getArguments().slice(0, i).some((a) => Node.isSpreadElement(a))) return undefined;
  const decl = parent.getExpression().getSymbol()?.getValueDeclaration();
  const fn = decl && Node.isClassDeclaration(decl) ? decl.getConstructors()[0] : decl && Node.isVariableDeclaration(decl) ? decl.getInitializer() : decl;
  if (!fn || isApiNode(fn) || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isConstructorDeclaration(fn))) return undefined;
  const p = fn.getParameters()[i];
  return p && !p.isRestParameter() ? p.getInitializer() : undefined;
}

/**
 * C152: `h(o.t)` for `h(s: string = "d")` with an `o.t` that may be undefined: JS applies the default when the value is
 * undefined, C# would pass null (a string printed as "", mcs CS1503 for a number). The default (a constant, PBTS1014) to
 * put after `??`, or undefined. The literal `undefined` itself is emitUndefined's (it stands for the default).
 */
function defaultForMissingArgument(a: Node, p: ParameterDeclaration | undefined): Node | undefined {
  if (!p || isApiNode(p) || p.isRestParameter() || a.getText() === "undefined" || Node.isSpreadElement(a)) return undefined;
  const init = p.getInitializer();
  if (!init) return undefined;
  const t = a.getType();
  return t.isUndefined() || (t.isUnion() && t.getUnionTypes().some((u) => u.isUndefined())) ? init : undefined;
}

/** The argument `a` as emitted (`em`), followed by `?? default` where defaultForMissingArgument finds one (C152). */
export function withMissingDefault(a: Node, p: ParameterDeclaration | undefined, em: Emitted, pt: CsType | undefined, ctx: EmitContext): Emitted {
  const dflt = defaultForMissingArgument(a, p);
  if (!dflt || !pt) return em;
  return built(X.binary("??", nodeOf(em), nodeOf(converted(emitExpr(dflt, ctx, pt), pt, dflt, ctx))), pt);
}

/** Does the function whose body this is return a type that holds undefined (so it may end without a return)? */
export function returnsUndefined(body: Node): boolean {
  const fn = body.getParent();
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isGetAccessorDeclaration(fn))) return false;
  const rt = fn.getReturnType();
  return rt.isUnion() && rt.getUnionTypes().some((p) => p.isUndefined());
}

/**
 * `x?: T` on a function or method parameter, a class field or an interface property: `T | undefined`, C#'s null (a left-out
 * argument is the C# default `= null`, an unset field is null). Undefined when the declaration is
 * not optional; the declaration is rejected (PBTS1013) where C# cannot hold undefined: a type that
 * already holds null, or a type parameter.
 */
export function optionalType(decl: Node, t: CsType, ctx: EmitContext): CsType | undefined {
  if (!(Node.isParameterDeclaration(decl) || Node.isPropertyDeclaration(decl) || Node.isPropertySignature(decl)) || !decl.hasQuestionToken()) return undefined;
  // The in-game API's optional parameters are C# overloads or defaults of their own (api.ts).
  if (isApiNode(decl) || decl.getSourceFile().isDeclarationFile()) return undefined;
  // A parameter with a default is never undefined inside; a field `x?: T = v` may be set to undefined later.
  if (Node.isParameterDeclaration(decl) && decl.getInitializer()) return undefined;
  if (t.k === "nullable" || t.k === "null" || t.k === "typeparam" || t.k === "void") return ctx.fail(decl, "OptionalParameter", decl.getName());
  return nullable(t);
}

/** The C# of a function's implicit `undefined` result (`return;`, or falling off its end). */
export function undefinedReturn(ret: CsType, at: Node, ctx: EmitContext): string {
  if (ret.k === "nullable" && ret.inner.k === "typeparam")
    return ctx.fail(at, "UnsupportedSyntax", `returning undefined as a '${ret.inner.name} | undefined' (${noMissingTypeParam(ret.inner.name)})`);
  return "null";
}
