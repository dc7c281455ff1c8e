// JS truthiness of numbers in conditions (issue 13): 0, -0 and NaN are falsy, and so is a missing
// (null or undefined) number or boolean. C# says the same with an explicit test.
import { stripNullable } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { nodeOf } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import * as X from "./tree/syntax.ts";

/** The C# condition for a number (or a nullable number/boolean/enum); undefined for other types. */
export function numberCondition(e: Emitted, ctx: EmitContext): string | undefined {
  const c = numberConditionNode(e, ctx);
  return c && printExpr(c);
}

export function numberConditionNode(e: Emitted, ctx: EmitContext): X.Expr | undefined {
  const t = e.type;
  const inner = stripNullable(t);
  const zero = X.lit("0");
  if (t.k === "nullable") {
    if (inner.k === "bool") return X.binary("==", nodeOf(e), X.lit("true"));
    if (inner.k === "double" || inner.k === "float" || inner.k === "int" || inner.k === "uint" || inner.k === "byte" || inner.k === "long") {
      ctx.useHelper("Truthy");
      return X.call(X.name("Js.Truthy"), [X.cast("double?", nodeOf(e))]);
    }
    if (inner.k === "enum") return X.binary("!=", X.paren(X.binary("??", nodeOf(e), zero)), zero);
    return undefined;
  }
  switch (t.k) {
    case "int":
    case "intlit":
    case "uint":
    case "byte":
    case "long":
      return X.binary("!=", nodeOf(e), zero);
    case "enum":
      return X.binary("!=", X.cast("int", nodeOf(e)), zero);
    case "double":
    case "float":
      ctx.useHelper("Truthy");
      return X.call(X.name("Js.Truthy"), [nodeOf(e)]);
  }
  return undefined;
}
