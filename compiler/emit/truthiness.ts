// JS truthiness of numbers in conditions (issue 13): 0, -0 and NaN are falsy, and so is a missing
// (null or undefined) number or boolean. C# says the same with an explicit test.
import { stripNullable } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";

function wrap(e: Emitted): string {
  return e.compound ? `(${e.code})` : e.code;
}

/** The C# condition for a number (or a nullable number/boolean/enum); undefined for other types. */
export function numberCondition(e: Emitted, ctx: EmitContext): string | undefined {
  const t = e.type;
  const inner = stripNullable(t);
  if (t.k === "nullable") {
    if (inner.k === "bool") return `${wrap(e)} == true`;
    if (inner.k === "double" || inner.k === "float" || inner.k === "int" || inner.k === "uint" || inner.k === "byte" || inner.k === "long") {
      ctx.useHelper("Truthy");
      return `Js.Truthy((double?)${wrap(e)})`;
    }
    if (inner.k === "enum") return `(${wrap(e)} ?? 0) != 0`;
    return undefined;
  }
  switch (t.k) {
    case "int":
    case "intlit":
    case "uint":
    case "byte":
    case "long":
      return `${wrap(e)} != 0`;
    case "enum":
      return `(int)${wrap(e)} != 0`;
    case "double":
    case "float":
      ctx.useHelper("Truthy");
      return `Js.Truthy(${e.code})`;
  }
  return undefined;
}
