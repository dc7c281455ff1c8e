// Built-in functions passed as callbacks (issue 13): `xs.map(Number)`, `xs.map(String)`,
// `xs.filter(Boolean)`, `xs.map(parseFloat)`, `xs.some(isNaN)`. Each becomes a C# lambda that
// takes the parameters the callback is given and converts the first as the call would.
// parseInt is refused: map/forEach pass the index as its radix.
import { Node } from "ts-morph";
import { T, cs, describe, isNumeric, isValueType, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { emitExpr, toJsStringNode } from "./expressions.ts";
import { numberConditionNode } from "./truthiness.ts";
import { built, callOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

const NAMES = new Set(["Number", "String", "Boolean", "parseFloat", "isNaN", "isFinite", "parseInt"]);

/** The lambda for a built-in function used as a callback; undefined when `name` is not one. */
export function builtinCallback(n: Node, name: string, ctx: EmitContext, expected?: CsType): Emitted | undefined {
  if (!NAMES.has(name) || !expected || stripNullable(expected).k !== "func") return undefined;
  const f = stripNullable(expected) as { k: "func"; params: CsType[]; ret: CsType };
  if (name === "parseInt") {
    return ctx.fail(n, "UnsupportedSyntax", `'parseInt' passed as a callback (map and forEach pass each index as its radix: ["1", "2", "3"].map(parseInt) is [1, NaN, NaN]; write (s) => parseInt(s, 10))`);
  }
  if (!f.params.length) return ctx.fail(n, "UnsupportedSyntax", `'${name}' as a callback that is given no value`);
  const names = f.params.map((_, i) => ctx.tempName(i === 0 ? "x" : "u"));
  const x: Emitted = built(X.name(names[0]), f.params[0]);
  const p = f.params[0];
  let body: Emitted;
  switch (name) {
    case "Number":
      if (p.k === "string") body = (ctx.useHelper("ToNumber"), built(callOf("Js.ToNumber", x), T.double));
      else if (p.k === "bool") body = built(X.conditional(nodeOf(x), X.lit("1.0"), X.lit("0.0")), T.double);
      else if (isNumeric(p) || p.k === "enum") body = built(X.cast("double", nodeOf(x)), T.double); // a long or an enum: its number (C132)
      else return ctx.fail(n, "UnsupportedSyntax", `Number as a callback on '${describe(p)}' values`);
      break;
    case "String":
      body = built(p.k === "nullable" ? optionalString(x, n, ctx) : toJsStringNode(x, n, ctx), T.string);
      break;
    case "Boolean":
      body = built(truthy(x, n, ctx), T.bool);
      break;
    case "parseFloat":
      if (p.k !== "string") return ctx.fail(n, "UnsupportedSyntax", `parseFloat as a callback on '${describe(p)}' values`);
      ctx.useHelper("ParseFloat");
      body = built(callOf("Js.ParseFloat", x), T.double);
      break;
    default: {
      // isNaN / isFinite of a number
      if (!isNumeric(p) || p.k === "long") return ctx.fail(n, "UnsupportedSyntax", `${name} as a callback on '${describe(p)}' values`);
      if (name === "isFinite") ctx.useHelper("IsFinite");
      body = built(callOf(name === "isNaN" ? "double.IsNaN" : "Js.IsFinite", x), T.bool);
    }
  }
  if (f.ret.k === "void") body = { ...body, type: T.void };
  const ps = f.params.map((t, i) => `${cs(t)} ${names[i]}`).join(", ");
  return built(X.lambda(`(${ps})`, nodeOf(body)), { k: "func", params: f.params, ret: f.ret.k === "object" ? body.type : f.ret.k === "void" ? T.void : body.type });
}

/** String(x) of a value that may be missing: "undefined" or "null", as the element's TS type says. */
function optionalString(x: Emitted, n: Node, ctx: EmitContext): X.Expr {
  const inner = stripNullable(x.type);
  const sig = (Node.isExpression(n) ? n.getContextualType() : undefined)?.getCallSignatures()[0];
  const pt = sig?.getParameters()[0]?.getTypeAtLocation(n);
  const parts = pt ? (pt.isUnion() ? pt.getUnionTypes() : [pt]) : [];
  const undef = parts.some((t) => t.isUndefined());
  const nul = parts.some((t) => t.isNull());
  if (undef === nul) return ctx.fail(n, "UnsupportedSyntax", "String as a callback on values that may be null or undefined (C# cannot tell them apart)");
  const h = inner.k === "string" ? "StrOptional" : inner.k === "bool" ? "StrOptionalBool" : isNumeric(inner) && inner.k !== "long" ? "StrOptionalDouble" : "";
  if (!h && inner.k === "ref" && !inner.struct)
    return ctx.fail(n, "UnsupportedSyntax", `String as a callback on objects that may be ${undef ? "undefined" : "null"} (pass an arrow that converts each one, with toString(): string declared as a method in the class: (x) => x?.toString() ?? "${undef ? "undefined" : "null"}")`);
  if (!h) return ctx.fail(n, "NullableValue", "string conversion");
  ctx.useHelper(h);
  return callOf("Js.Str", x, X.lit(`"${undef ? "undefined" : "null"}"`));
}

/** Boolean(x): JS truthiness of the value (numbers: 0 and NaN are false; strings: "" is false). */
function truthy(x: Emitted, n: Node, ctx: EmitContext): X.Expr {
  const t = x.type;
  if (t.k === "bool") return nodeOf(x);
  if (stripNullable(t).k === "string") return X.unary("!", callOf("string.IsNullOrEmpty", x));
  const num = numberConditionNode(x, ctx);
  if (num) return num;
  if ((t.k === "nullable" && !isValueType(t.inner)) || t.k === "list" || t.k === "dict" || t.k === "set" || t.k === "exception" || t.k === "func" || (t.k === "ref" && !t.struct)) return X.binary("!=", nodeOf(x), X.lit("null"));
  return ctx.fail(n, "Truthiness", describe(t));
}

/** `Boolean(x)` called: the JS truthiness of x. */
export function emitBooleanCall(arg: Node, ctx: EmitContext): Emitted {
  const x = emitExpr(arg, ctx);
  // (a test, `x != null`, is an operand as its precedence says: `!(x != null)`)
  return x.type.k === "bool" ? x : built(truthy(x, arg, ctx), T.bool);
}
