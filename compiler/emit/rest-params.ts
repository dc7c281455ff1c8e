// Rest parameters of the script's own functions and methods (issue 13): `function f(...xs: T[])`
// is a C# `List<T>` parameter, and each call packs its trailing arguments into a fresh list, as JS
// makes a fresh array: `f(1, 2)` → `f(new List<T> { 1, 2 })`, `f(...arr)` → a copy of arr,
// `f(x, ...set)` → Js.Spread. Arrow functions and function types keep rejecting them (PBTS1005).
import { Node, type Expression, type ParameterDeclaration } from "ts-morph";
import { cs, type CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";
import { isApiNode } from "./api.ts";
import { converted, declType, emitExpr, substitute, unify } from "./expressions.ts";
import { wholeOf } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import * as X from "./tree/syntax.ts";
import { emitSpreadArray } from "./collections.ts";

/** The index of a rest parameter of the script's own code, or -1. */
export function restIndex(params: ParameterDeclaration[]): number {
  const i = params.findIndex((p) => p.isRestParameter());
  return i >= 0 && !isApiNode(params[i]) ? i : -1;
}

/** The C# argument for the rest parameter `p` from the call's trailing arguments. */
export function packRestArgs(rest: Node[], p: ParameterDeclaration, ctx: EmitContext, typeArgs: Map<string, CsType>): string {
  let t = substitute(declType(p, ctx), typeArgs);
  if (t.k !== "list") return ctx.fail(p, "Spread");
  // A generic rest (`...xs: T[]`) binds T from the elements, as C# would from an explicit list.
  if (hasTypeParam(t)) {
    for (const a of rest) {
      const e = emitExpr(Node.isSpreadElement(a) ? a.getExpression() : a, ctx);
      unify(Node.isSpreadElement(a) ? t : t.elem, e.type, typeArgs);
    }
    t = substitute(t, typeArgs);
    if (hasTypeParam(t)) return ctx.fail(rest[0] ?? p, "UnsupportedSyntax", "a call whose rest parameter's type parameter cannot be inferred (write the type arguments)");
  }
  const list = t as { k: "list"; elem: CsType };
  if (rest.some((a) => Node.isSpreadElement(a))) return emitSpreadArray(rest as Expression[], list, ctx).code;
  const items = rest.map((a) => ({ value: wholeOf(converted(emitExpr(a, ctx, list.elem), list.elem, a, ctx)) }));
  return printExpr(X.init(cs(list), items));
}

function hasTypeParam(t: CsType): boolean {
  return cs(t) !== cs(substitute(t, new Map())) || JSON.stringify(t).includes('"typeparam"');
}
