// Built-in JS members (string, number, Math, arrays, Map, Set) → C# with JS semantics.
// Each entry either maps 1:1 where C# behaves the same, or calls a runtime helper (runtime/Js.cs).
import { Node, SyntaxKind, type CallExpression, type Expression } from "ts-morph";
import { T, cs, describe, isIntLike, isNumeric, isValueType, nullable, stripNullable, type CsType } from "./cstype.ts";
import { uintAsDouble } from "./uint.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { INFER, converted, declOf, emitExpr, toJsStringNode } from "./expressions.ts";
import { argOf, built, callOf, methodOf, nodeOf, type Arg } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import * as X from "./tree/syntax.ts";
import { emitCollectionForEach, emitSpreadArray, isInert, upcastElements } from "./collections.ts";
import { checkCallbackRemoves } from "./callback-mutation.ts";
import { isApiStruct } from "./api.ts";
import { emitBooleanCall } from "./builtin-callbacks.ts";
import { valueUnused } from "./statements.ts";
import { conversionFix, globalFix } from "../diagnostics.ts";
import { powOf } from "./pow.ts";

const ORDINAL = X.name("StringComparison.Ordinal");

// (the others as JS's shortest digits, which C# reads back to the same double)
const MATH_CONSTANTS: Record<string, string> = { PI: "Math.PI", E: "Math.E", SQRT2: "1.4142135623730951", SQRT1_2: "0.7071067811865476", LN2: "0.6931471805599453", LN10: "2.302585092994046", LOG2E: "1.4426950408889634", LOG10E: "0.4342944819032518" };
const NUMBER_CONSTANTS: Record<string, string> = {
  MAX_SAFE_INTEGER: "9007199254740991.0",
  MIN_SAFE_INTEGER: "-9007199254740991.0",
  MAX_VALUE: "double.MaxValue",
  MIN_VALUE: "double.Epsilon",
  EPSILON: "2.220446049250313E-16",
  POSITIVE_INFINITY: "double.PositiveInfinity",
  NEGATIVE_INFINITY: "double.NegativeInfinity",
  NaN: "double.NaN",
};

/**
 * Math functions C# computes identically: .NET's where IEEE makes it exact (floor, sqrt...), else a runtime helper
 * doing V8's steps (fdlibm's, compiler/runtime/Js.cs), as .NET's transcendental functions differ in the last bit.
 */
const MATH_SAME: Record<string, string> = {
  floor: "Math.Floor",
  ceil: "Math.Ceiling",
  abs: "Math.Abs",
  sqrt: "Math.Sqrt",
  trunc: "Math.Truncate",
  sin: "Js.Sin",
  cos: "Js.Cos",
  tan: "Js.Tan",
  asin: "Js.Asin",
  acos: "Js.Acos",
  atan: "Js.Atan",
  atan2: "Js.Atan2",
  exp: "Js.Exp",
  log: "Js.Log",
  log10: "Js.Log10",
  log2: "Js.Log2",
  cbrt: "Js.Cbrt",
  expm1: "Js.Expm1",
  log1p: "Js.Log1p",
};

/** The runtime helper each `Js.` function of MATH_SAME is in. */
const MATH_HELPERS: Record<string, string> = { sin: "SinCos", cos: "SinCos", tan: "Tan", asin: "AsinAcos", acos: "AsinAcos", atan: "Atan", atan2: "Atan2", exp: "Exp", log: "Log", log10: "Log10", log2: "Log2", cbrt: "Cbrt", expm1: "Expm1", log1p: "Log1p" };

function args(call: CallExpression): Node[] {
  return call.getArguments();
}

function num(call: CallExpression, i: number, ctx: EmitContext): Emitted {
  const a = args(call)[i];
  const e = emitExpr(a, ctx, T.double);
  // an enum member is its number in JS (Math.max(Dir.Left, 1)); C# needs the cast
  if (e.type.k === "enum") return built(X.cast("double", nodeOf(e)), T.double);
  // (named as TypeScript names it: C187)
  if (!isNumeric(e.type)) ctx.fail(a, "UnsupportedSyntax", `a '${a.getType().getText(a)}' where a number is expected`);
  if (e.type.k === "long") ctx.fail(a, "LongArithmetic");
  return uintAsDouble(e);
}

function str(call: CallExpression, i: number, ctx: EmitContext): Emitted {
  const a = args(call)[i];
  const e = emitExpr(a, ctx, T.string);
  // a string that may be missing: each JS method makes its own text of undefined (join uses ",", indexOf looks for
  // "undefined"), C# would get null; the user says what a missing one means
  if (e.type.k === "nullable" && e.type.inner.k === "string")
    ctx.fail(a, "UnsupportedSyntax", `a string that may be missing ('${a.getType().getText(a)}') where a string is expected (JS turns undefined or null into a text of its own here, C# would pass null: say what a missing one means, e.g. ${a.getText()} ?? "")`);
  else if (e.type.k === "func" && Node.isCallExpression(call.getExpression().getParent()) && /^replace(All)?$/.test((call.getExpression() as any).getName?.() ?? ""))
    ctx.fail(a, "UnsupportedSyntax", `a replacement function ('${a.getType().getText(a)}') in ${(call.getExpression() as any).getName()} (pbts replaces with a string; a string pattern's match is the pattern itself: build the text with indexOf and slice, const i = s.indexOf(find); i < 0 ? s : s.slice(0, i) + f(find) + s.slice(i + find.length))`);
  else if (e.type.k !== "string") ctx.fail(a, "UnsupportedSyntax", `a '${a.getType().getText(a)}' where a string is expected`);
  return e;
}

/** A C# bool literal. */
const bool = (b: boolean): X.Expr => X.lit(`${b}`);

function arity(call: CallExpression, min: number, max: number, what: string, ctx: EmitContext): void {
  const n = args(call).length;
  if (n < min || n > max) ctx.fail(call, "UnsupportedMember", `${what} with ${n} argument(s)`);
}

/** Properties: `Math.PI`, `Number.MAX_SAFE_INTEGER`, `s.length`, `list.length`, `map.size`. */
export function emitBuiltinProperty(target: string | CsType, name: string, node: Node, ctx: EmitContext, recv?: Emitted): Emitted | undefined {
  if (target === "Math") return MATH_CONSTANTS[name] ? built(/^\d/.test(MATH_CONSTANTS[name]) ? X.lit(MATH_CONSTANTS[name]) : X.name(MATH_CONSTANTS[name]), T.double) : undefined;
  // (a negative literal is a unary minus to C#'s parser: X.lit knows)
  if (target === "Number") return NUMBER_CONSTANTS[name] ? built(/^[-\d]/.test(NUMBER_CONSTANTS[name]) ? X.lit(NUMBER_CONSTANTS[name]) : X.name(NUMBER_CONSTANTS[name]), T.double) : undefined;
  if (typeof target === "string" || !recv) return undefined;
  if (target.k === "string" && name === "length") return built(X.member(nodeOf(recv), "Length"), T.int);
  if (target.k === "list" && name === "length") return built(X.member(nodeOf(recv), "Count"), T.int);
  if ((target.k === "dict" || target.k === "set") && name === "size") return built(X.member(nodeOf(recv), "Count"), T.int);
  return undefined;
}

/** Global functions and static members: Math.*, String(x), Number.isInteger ... */
export function emitGlobalCall(name: string, call: CallExpression, ctx: EmitContext): Emitted | undefined {
  if (name.startsWith("Math.")) {
    const fn = name.slice(5);
    if (MATH_SAME[fn]) {
      const n = fn === "atan2" ? 2 : 1;
      arity(call, n, n, name, ctx);
      if (MATH_HELPERS[fn]) ctx.useHelper(MATH_HELPERS[fn]);
      // An int argument is widened: Math.Abs(int) would stay int (then `/ 2` divides integers),
      // Math.Floor(int) is ambiguous between its double and decimal overloads.
      const a = args(call).map((_, i) => {
        const e = num(call, i, ctx);
        return isIntLike(e.type) || e.type.k === "float" ? X.cast("double", nodeOf(e)) : e;
      });
      return built(callOf(MATH_SAME[fn], ...a), T.double);
    }
    switch (fn) {
      case "round":
      case "sign":
        arity(call, 1, 1, name, ctx);
        ctx.useHelper(fn === "round" ? "Round" : "Sign");
        return built(callOf(`Js.${fn === "round" ? "Round" : "Sign"}`, num(call, 0, ctx)), T.double);
      case "pow":
        arity(call, 2, 2, name, ctx);
        return powOf(args(call)[0], args(call)[1], num(call, 0, ctx), num(call, 1, ctx), ctx);
      case "min":
      case "max": {
        // JS's Math.max() is -Infinity, Math.min() Infinity (the identities of max and min)
        if (args(call).length === 0) return built(X.lit(fn === "max" ? "double.NegativeInfinity" : "double.PositiveInfinity"), T.double);
        const ems = args(call).map((_, i) => num(call, i, ctx));
        const allInt = ems.every((e) => isIntLike(e.type));
        // Doubles go through Js.Min/Max: NaN and -0 as JS orders them.
        const m = allInt ? (fn === "min" ? "Math.Min" : "Math.Max") : fn === "min" ? "Js.Min" : "Js.Max";
        if (!allInt) ctx.useHelper("MinMax");
        if (ems.length === 1) return allInt ? { ...ems[0], type: T.int } : built(X.cast("double", nodeOf(ems[0])), T.double);
        let acc: Arg = ems[0];
        for (const e of ems.slice(1)) acc = callOf(m, acc, e);
        return built(acc as X.Expr, allInt ? T.int : T.double);
      }
      case "imul":
      case "clz32":
        // int32 arithmetic on ToInt32 of each argument, as JS does (Js.Imul, Js.Clz32). The result is a JS number: a double
        // (an int would make `Math.imul(a, b) + 1` C#'s checked int arithmetic, which throws where JS goes past 2^31); as a
        // bitwise operand it is converted back with ToInt32 (operators.ts, wrapped)
        arity(call, fn === "imul" ? 2 : 1, fn === "imul" ? 2 : 1, name, ctx);
        ctx.useHelper(fn === "imul" ? "Imul" : "Clz32");
        return built(X.cast("double", callOf(fn === "imul" ? "Js.Imul" : "Js.Clz32", ...args(call).map((_, i) => num(call, i, ctx)))), T.double);
      case "hypot": {
        // V8's steps (Js.Hypot): scaled by the largest, Kahan's sum; one number is its |x| (as V8's steps give), none is 0
        arity(call, 0, 3, name, ctx);
        if (args(call).length === 0) return built(X.lit("0.0"), T.double);
        const a = args(call).map((_, i) => num(call, i, ctx));
        if (a.length === 1) return built(callOf("Math.Abs", isIntLike(a[0].type) || a[0].type.k === "float" ? X.cast("double", nodeOf(a[0])) : a[0]), T.double);
        ctx.useHelper("Hypot");
        return built(callOf("Js.Hypot", ...a), T.double);
      }
      case "fround":
        // C#'s conversion to float rounds to the nearest, ties to even, as fround does (NaN, ±0, ±Infinity kept)
        arity(call, 1, 1, name, ctx);
        return built(X.cast("double", X.cast("float", nodeOf(num(call, 0, ctx)))), T.double);
      case "random":
        return ctx.fail(call, "UnsupportedGlobal", "Math.random (not reproducible; keep a seeded generator in a field)", globalFix("Math.random"));
    }
    // Math.sinh, asinh...: double is whitelisted, pbts just has no exact C# for them (not "unavailable").
    return ctx.fail(call.getExpression(), "UnsupportedMember", name);
  }
  switch (name) {
    case "String": {
      arity(call, 1, 1, name, ctx);
      const e = emitExpr(args(call)[0], ctx);
      return built(toJsStringNode(e, args(call)[0], ctx), T.string);
    }
    case "Boolean":
      arity(call, 1, 1, name, ctx);
      return emitBooleanCall(args(call)[0], ctx);
    case "Number": {
      arity(call, 0, 1, name, ctx);
      if (args(call).length === 0) return built(X.lit("0.0"), T.double);
      const e = emitExpr(args(call)[0], ctx, T.double);
      if (e.type.k === "string") return (ctx.useHelper("ToNumber"), built(callOf("Js.ToNumber", e), T.double));
      if (e.type.k === "bool") return built(X.conditional(nodeOf(e), X.lit("1.0"), X.lit("0.0")), T.double);
      // a long (an EntityId) is the number Node holds, as toDouble(id) gives it; a numeric enum its number (C132)
      if (!isNumeric(e.type) && e.type.k !== "enum") ctx.fail(args(call)[0], "UnsupportedSyntax", `Number() of a '${describe(e.type)}'`);
      return built(X.cast("double", nodeOf(e)), T.double);
    }
    case "parseFloat":
    case "Number.parseFloat":
      arity(call, 1, 1, name, ctx);
      ctx.useHelper("ParseFloat");
      return built(callOf("Js.ParseFloat", str(call, 0, ctx)), T.double);
    case "parseInt":
    case "Number.parseInt":
      arity(call, 1, 2, name, ctx);
      ctx.useHelper("ParseInt");
      return built(callOf("Js.ParseInt", str(call, 0, ctx), args(call).length > 1 ? num(call, 1, ctx) : X.lit("0")), T.double);
    case "String.fromCharCode": {
      if (args(call).length === 0) return built(X.lit('""'), T.string);
      ctx.useHelper("FromCharCode");
      const parts = args(call).map((_, i) => callOf("Js.FromCharCode", num(call, i, ctx)));
      return built(parts.reduce((a, b) => X.binary("+", a, b)), T.string);
    }
    case "Number.isInteger":
      arity(call, 1, 1, name, ctx);
      ctx.useHelper("IsInteger");
      return built(callOf("Js.IsInteger", num(call, 0, ctx)), T.bool);
    case "Number.isSafeInteger":
      arity(call, 1, 1, name, ctx);
      ctx.useHelper("IsSafeInteger");
      return built(callOf("Js.IsSafeInteger", num(call, 0, ctx)), T.bool);
    case "Number.isNaN":
    case "isNaN": {
      arity(call, 1, 1, name, ctx);
      return built(callOf("double.IsNaN", num(call, 0, ctx)), T.bool);
    }
    case "Number.isFinite":
    case "isFinite": {
      arity(call, 1, 1, name, ctx);
      ctx.useHelper("IsFinite");
      return built(callOf("Js.IsFinite", num(call, 0, ctx)), T.bool);
    }
  }
  return undefined;
}

/** Methods on strings, numbers, arrays, Maps and Sets. */
export function emitBuiltinCall(recv: Emitted, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const t = stripNullable(recv.type);
  // A nullable reference is narrowed by TS (`if (l != null) l.push(x)`): C# calls it as it is.
  if (recv.type.k === "nullable" && isValueType(recv.type.inner)) ctx.fail(call, "NullableValue", name);
  switch (t.k) {
    case "string":
      return stringMethod(recv, name, call, ctx);
    case "list":
      return listMethod(recv, t.elem, name, call, ctx);
    case "dict":
      return mapMethod(recv, t.key, t.value, name, call, ctx);
    case "set":
      return setMethod(recv, t.elem, name, call, ctx);
  }
  if (isNumeric(t) && name !== "HasFlag") return numberMethod(recv, name, call, ctx);
  // a numeric enum's value is its number in JS: `st.toFixed(1)`, `St.C.toString(2)` (C129)
  if (t.k === "enum" && name !== "HasFlag" && !(name === "toString" && args(call).length === 0)) return numberMethod(built(X.cast("double", nodeOf(recv)), T.double), name, call, ctx);
  if (name === "toString" && args(call).length === 0) return built(toJsStringNode(recv, call, ctx), T.string);
  if (name === "HasFlag" && t.k === "enum") {
    arity(call, 1, 1, name, ctx);
    const f = emitExpr(args(call)[0], ctx);
    if (f.type.k !== "enum" || f.type.name !== t.name) ctx.fail(args(call)[0], "HasFlagOnNonEnum", describe(f.type));
    return built(X.binary("==", X.binary("&", nodeOf(recv), nodeOf(f)), nodeOf(f)), T.bool);
  }
  if (name === "HasFlag") return ctx.fail(call, "HasFlagOnNonEnum", describe(t));
  return ctx.fail(call, "UnsupportedMember", `${describe(t)}.${name}`);
}

/** toString(radix), toFixed, toPrecision, toExponential: exact decimal rounding as JS (runtime/Js.cs). */
function numberMethod(x: Emitted, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const n = args(call).length;
  if (name === "toLocaleString")
    return ctx.fail(call, "UnsupportedForm", "a number's toLocaleString", "its text is the JS engine's locale data (1234.5 is '1,234.5' in Node's en-US, '1.234,5' in German), which the game's C# does not reproduce", "Print it as JS prints numbers: String(x), or x.toFixed(2) for a fixed number of decimals.");
  if (x.type.k === "long" && n > 0) ctx.fail(call, "LongArithmetic");
  const use = (h: string, fn: string): Emitted => {
    ctx.useHelper(h);
    return built(callOf(`Js.${fn}`, x, num(call, 0, ctx)), T.string);
  };
  switch (name) {
    case "toString":
      arity(call, 0, 1, name, ctx);
      return n === 0 ? built(toJsStringNode(x, call, ctx), T.string) : use("ToRadix", "ToRadix");
    case "toFixed":
      arity(call, 0, 1, name, ctx);
      if (n === 0) return (ctx.useHelper("ToFixed"), built(callOf("Js.ToFixed", x, X.lit("0")), T.string));
      return use("ToFixed", "ToFixed");
    case "toPrecision":
      arity(call, 0, 1, name, ctx);
      return n === 0 ? built(toJsStringNode(x, call, ctx), T.string) : use("ToPrecision", "ToPrecision");
    case "toExponential":
      arity(call, 0, 1, name, ctx);
      ctx.useHelper("ToExponential");
      return built(callOf("Js.ToExponential", x, n ? num(call, 0, ctx) : X.lit("0"), bool(n > 0)), T.string);
  }
  return ctx.fail(call, "UnsupportedMember", `${describe(x.type)}.${name}`);
}

function stringMethod(s: Emitted, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const n = args(call).length;
  const helper = (h: string, code: X.Expr, type: CsType): Emitted => {
    ctx.useHelper(h);
    return built(code, type);
  };
  const INF = X.name("double.PositiveInfinity");
  switch (name) {
    case "at":
      // s.at(i): a relative index; undefined outside the string.
      arity(call, 1, 1, name, ctx);
      return helper("AtString", callOf("Js.At", s, num(call, 0, ctx)), nullable(T.string));
    case "toUpperCase":
      arity(call, 0, 0, name, ctx);
      return helper("ToUpper", callOf("Js.ToUpper", s), T.string);
    case "toLowerCase":
      arity(call, 0, 0, name, ctx);
      return helper("ToLower", callOf("Js.ToLower", s), T.string);
    case "trim":
    case "trimStart":
    case "trimEnd":
      arity(call, 0, 0, name, ctx);
      return helper("Trim", callOf("Js.Trim", s, bool(name !== "trimEnd"), bool(name !== "trimStart")), T.string);
    case "includes":
      arity(call, 1, 2, name, ctx);
      // (string.Contains compares ordinally, as JS does); includes(x, from) is indexOf(x, from) !== -1 in JS
      if (n === 2) return helper("IndexOf", X.binary(">=", callOf("Js.IndexOf", s, str(call, 0, ctx), num(call, 1, ctx)), X.lit("0")), T.bool);
      return built(methodOf(s, "Contains", str(call, 0, ctx)), T.bool);
    case "startsWith":
    case "endsWith":
      arity(call, 1, 2, name, ctx);
      // startsWith(x, from), endsWith(x, end): the position clamped as JS does (Js.StartsWith, Js.EndsWith)
      if (n === 2) return helper("StartsEndsAt", callOf(name === "startsWith" ? "Js.StartsWith" : "Js.EndsWith", s, str(call, 0, ctx), num(call, 1, ctx)), T.bool);
      return built(methodOf(s, name === "startsWith" ? "StartsWith" : "EndsWith", str(call, 0, ctx), ORDINAL), T.bool);
    case "indexOf":
      arity(call, 1, 2, name, ctx);
      if (n === 1) return built(methodOf(s, "IndexOf", str(call, 0, ctx), ORDINAL), T.int);
      return helper("IndexOf", callOf("Js.IndexOf", s, str(call, 0, ctx), num(call, 1, ctx)), T.int);
    case "lastIndexOf":
      arity(call, 1, 2, name, ctx);
      return helper("LastIndexOf", callOf("Js.LastIndexOf", s, str(call, 0, ctx), n > 1 ? num(call, 1, ctx) : INF), T.int);
    case "substring":
      arity(call, 1, 2, name, ctx);
      return helper("Substring", callOf("Js.Substring", s, num(call, 0, ctx), n > 1 ? num(call, 1, ctx) : INF), T.string);
    case "slice":
      arity(call, 0, 2, name, ctx);
      return helper("SliceString", callOf("Js.Slice", s, n > 0 ? num(call, 0, ctx) : X.lit("0"), n > 1 ? num(call, 1, ctx) : INF), T.string);
    case "charAt":
      arity(call, 1, 1, name, ctx);
      return helper("CharAt", callOf("Js.CharAt", s, num(call, 0, ctx)), T.string);
    case "codePointAt":
      // a code point (a surrogate pair read as one), undefined outside the string
      arity(call, 1, 1, name, ctx);
      return helper("CodePointAt", callOf("Js.CodePointAt", s, num(call, 0, ctx)), nullable(T.double));
    case "localeCompare":
      return ctx.fail(call, "UnsupportedForm", "localeCompare", "its order depends on the JS engine's locale data (ICU collation: 'a' before 'B'), which C#'s culture comparison does not reproduce", "Compare in code-unit order, as < and > do in both: a < b ? -1 : a > b ? 1 : 0 (or compare a.toLowerCase() and b.toLowerCase() to ignore case).");
    case "charCodeAt":
      arity(call, 1, 1, name, ctx);
      return helper("CharCodeAt", callOf("Js.CharCodeAt", s, num(call, 0, ctx)), T.double);
    case "split":
      arity(call, 1, 2, name, ctx);
      // split(sep, limit): the first ToUint32(limit) parts, as JS stops there.
      if (n > 1) return helper("SplitLimit", callOf("Js.Split", s, str(call, 0, ctx), num(call, 1, ctx)), { k: "list", elem: T.string });
      return helper("Split", callOf("Js.Split", s, str(call, 0, ctx)), { k: "list", elem: T.string });
    case "replace":
    case "replaceAll": {
      // The replacement's '$' patterns ($$, $&, $`, $') are expanded at run time, as JS does.
      arity(call, 2, 2, name, ctx);
      return helper("Replace", callOf("Js.Replace", s, str(call, 0, ctx), str(call, 1, ctx), bool(name === "replaceAll")), T.string);
    }
    case "repeat":
      arity(call, 1, 1, name, ctx);
      return helper("Repeat", callOf("Js.Repeat", s, num(call, 0, ctx)), T.string);
    case "padStart":
    case "padEnd":
      arity(call, 1, 2, name, ctx);
      return helper("Pad", callOf("Js.Pad", s, num(call, 0, ctx), n > 1 ? str(call, 1, ctx) : X.lit('" "'), bool(name === "padStart")), T.string);
    case "concat": {
      // s.concat(a, b): s + a + b, left to right
      arity(call, 1, Infinity, name, ctx);
      if (args(call).some((a) => Node.isSpreadElement(a))) ctx.fail(call, "Spread");
      let acc: X.Expr = nodeOf(s);
      for (let i = 0; i < n; i++) acc = X.binary("+", acc, nodeOf(str(call, i, ctx)));
      return built(acc, T.string);
    }
    case "toString":
    case "toLocaleString":
      // (a string's toLocaleString is the string itself in JS)
      arity(call, 0, 0, name, ctx);
      return s;
  }
  return ctx.fail(call, "UnsupportedMember", `string.${name}`);
}

/**
 * A call whose value nobody reads: a statement, or the expression body of an arrow whose
 * contextual type returns void (`xs.forEach((x) => out.push(x))`: JS drops the value).
 */
function isStatementPosition(call: CallExpression): boolean {
  const p = call.getParent();
  if (valueUnused(call)) return true;
  if (!Node.isArrowFunction(p) || p.getBody() !== call) return false;
  const sigs = p.getContextualType()?.getCallSignatures() ?? [];
  return sigs.length === 1 && sigs[0].getReturnType().isVoid();
}

function lambdaArg(call: CallExpression, i: number, type: CsType, ctx: EmitContext, indexAt = -1): Emitted {
  const a = args(call)[i];
  const e = emitExpr(a, ctx, type);
  if (e.type.k !== "func") ctx.fail(a, "UnsupportedSyntax", "a callback that is not a function");
  // A function passed by name with fewer parameters than the callback gets: JS ignores the extra
  // arguments, a C# method group or delegate must match (mcs CS0123/CS1503). An arrow adapts.
  if (!Node.isArrowFunction(a) && e.type.k === "func" && type.k === "func" && e.type.params.length !== type.params.length) {
    const ps = type.params.map((_, k) => "abcdefgh"[k]);
    const arrow = `(${ps.join(", ")}) => ${a.getText()}(${ps.slice(0, e.type.params.length).join(", ")})`;
    ctx.fail(a, "UnsupportedSyntax", `a function with ${e.type.params.length} parameter(s) passed by name where the callback gets ${type.params.length} (wrap it in an arrow function: ${arrow})`);
  }
  return type.k === "func" ? adaptCallback(a, e, type, ctx, "fail", indexAt) : e;
}

/**
 * A function passed by name whose C# parameter or result types differ from the callback's (`ints.map(half)` with
 * `half(x: number)`): a C# method group or delegate converts only to the same types (mcs CS0123/CS0407), JS just
 * calls it. An arrow that calls it converts each argument (int to double) and the result. C21 in ADVERSARY-FINDINGS.md.
 */
export function adaptCallback(a: Node, e: Emitted, want: { k: "func"; params: CsType[]; ret: CsType }, ctx: EmitContext, narrowing: "fail" | "keep" = "fail", indexAt = -1): Emitted {
  if (e.type.k !== "func" || e.type.params.length !== want.params.length) return e;
  // Only the script's own functions, methods and delegates (xs.map(Number) is written for the callback already), and
  // arrows written with their own parameter types (C113: `ints.map((x: number) => x / 2)`, a C# lambda `(double x)`
  // where the delegate gives an int: mcs CS1678).
  const named = Node.isIdentifier(a) || Node.isPropertyAccessExpression(a);
  const literal = Node.isArrowFunction(a) || Node.isFunctionExpression(a);
  const d = named ? declOf(Node.isPropertyAccessExpression(a) ? a.getNameNode() : a) : undefined;
  if (!literal && (!d || d.getSourceFile().isDeclarationFile())) return e;
  const have = e.type;
  const retDiffers = want.ret !== INFER && want.ret.k !== "void" && cs(have.ret) !== cs(want.ret);
  // (only where the delegate's parameter can hold the missing value: a `double` one never passes undefined)
  const dflt = missingDefaults(a, d, want.params.length).map((x, i) => (x && !isValueType(want.params[i]) ? x : undefined));
  if (!retDiffers && !dflt.some(Boolean) && have.params.every((p, i) => cs(p) === cs(want.params[i]))) return e;
  // (C# converts an int or double to a `double?` as well: an optional `n?: number` parameter, C153)
  const widens = (from: CsType, to: CsType): boolean => cs(from) === cs(to) || (isIntLike(from) && to.k === "double") || (to.k === "nullable" && widens(from, to.inner));
  // (a narrowing one, a number passed to an int parameter: PBTS1017 here, or the caller's PBTS1094 with `keep`)
  // (an array's index, a number to the callback, is a whole number below 2^31: an int, uint or long parameter takes it
  // exactly, `xs.map(k)` of `k(x: number, i?: int)`)
  const index = (i: number): boolean => i === indexAt && want.params[i].k === "double" && ["int", "uint", "long"].includes(stripNullable(have.params[i]).k);
  const bad = have.params.findIndex((p, i) => !index(i) && !widens(dflt[i] ? stripNullable(want.params[i]) : want.params[i], p));
  if (bad >= 0 && narrowing === "keep") return e;
  if (bad >= 0) ctx.fail(a, "DoubleToInt", describe(want.params[bad]), describe(have.params[bad]), literal ? conversionFix(describe(stripNullable(have.params[bad]))) : convertingArrow(a, have, bad));
  if (retDiffers && !widens(have.ret, want.ret)) {
    if (narrowing === "keep") return e;
    ctx.fail(a, "DoubleToInt", describe(have.ret), describe(want.ret), conversionFix(describe(want.ret)));
  }
  const names = want.params.map(() => ctx.tempName("arg"));
  // a lambda is called through its own delegate type: ((Func<double, double>)((double x) => x / 2))(arg__1)
  const callee = literal ? X.paren(X.cast(cs(have), nodeOf(e))) : nodeOf(e);
  const type = want.ret === INFER ? { ...want, ret: have.ret } : want;
  const arg = (n: string, i: number): X.Expr =>
    index(i) ? X.cast(stripNullable(have.params[i]).k, X.name(n)) : dflt[i] ? X.binary("??", X.name(n), nodeOf(converted(emitExpr(dflt[i]!, ctx, have.params[i]), have.params[i], dflt[i]!, ctx))) : X.name(n);
  return built(X.lambda(`(${names.map((n, i) => `${cs(want.params[i])} ${n}`).join(", ")})`, X.call(callee, names.map(arg))), type);
}

/**
 * PBTS1017's way out for a function passed by name whose parameter `bad` is narrower than what the callback passes (`run(k)`
 * of `k(s: string, i: int)` for an `(s: string, i: number) => string`): toInt(...) cannot be written around a name.
 */
function convertingArrow(a: Node, have: { params: CsType[] }, bad: number): string {
  const to = stripNullable(have.params[bad]);
  const names = have.params.map((_, i) => "abcdefgh"[i]);
  const fn: Record<string, string> = { int: "toInt", uint: "toUint", byte: "toByte", long: "toLong", float: "toFloat" };
  const conv = fn[to.k] ? `${fn[to.k]}(${names[bad]})` : `toInt(${names[bad]}) as ${describe(to)}`;
  const why = to.k === "float" ? " (it rounds to the nearest float)" : fn[to.k] || to.k === "enum" ? ` (${fn[to.k] ?? "toInt"} truncates toward zero and throws when the value is out of range, on both sides)` : "";
  return `pass an arrow function that converts the argument, (${names.join(", ")}) => ${a.getText()}(${names.map((n, i) => (i === bad ? conv : n)).join(", ")})${why}, or declare the parameter 'number'`;
}

/**
 * C154: `xs.map(h)` of `h(s: string = "d")` over a `(string | undefined)[]`: JS applies the default to an undefined
 * argument, a C# delegate passes null (or a `double?` a `double` parameter cannot take). Per parameter, the default to put
 * after `??` where the callback's parameter (TypeScript's contextual type) may be undefined.
 */
function missingDefaults(a: Node, d: Node | undefined, n: number): (Node | undefined)[] {
  const none = new Array<Node | undefined>(n).fill(undefined);
  if (!d || !(Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d)) || !d.getParameters().some((p) => p.getInitializer())) return none;
  const sig = (a as Expression).getContextualType?.()?.getNonNullableType().getCallSignatures()[0];
  // (no type written where it goes, `const f = h`, `(c ? h : g)()`: the value's own type, whose callers may leave out
  // every defaulted parameter, C168)
  if (!sig) return d.getParameters().slice(0, n).map((p) => p.getInitializer());
  return none.map((_, i) => {
    const init = d.getParameters()[i]?.getInitializer();
    const sp = sig.getParameters()[i];
    if (!init || !sp) return undefined;
    const t = sp.getTypeAtLocation(a);
    // (or may be left out: `typeof h`'s own defaulted parameter, whose type TS gives without undefined)
    const pd = sp.getValueDeclaration();
    const optional = !!pd && Node.isParameterDeclaration(pd) && (pd.hasQuestionToken() || !!pd.getInitializer());
    return optional || t.isUndefined() || (t.isUnion() && t.getUnionTypes().some((u) => u.isUndefined())) ? init : undefined;
  });
}

/** The Js.Join overload for a list's elements, or "" where pbts has none. A missing element (C116: `(number | null)[]`) joins as JS's empty text. */
export function joinHelper(elem: CsType): string {
  if (elem.k === "double") return "JoinDouble";
  if (elem.k === "int") return "JoinInt";
  if (elem.k === "long") return "JoinLong";
  if (elem.k === "bool") return "JoinBool";
  if (elem.k === "string" || (elem.k === "nullable" && elem.inner.k === "string")) return "JoinString";
  if (elem.k === "nullable" && elem.inner.k === "double") return "JoinDoubleN";
  if (elem.k === "nullable" && elem.inner.k === "bool") return "JoinBoolN";
  return "";
}

/**
 * `xs.join()` (and `${xs}`, `String(xs)`) of a class's objects whose class declares `toString(): string`: JS calls it for
 * each element, so does `Js.Join(xs, sep, x => x.toString())` (cc-adv15: it was PBTS1015 "join of 'A' elements").
 */
export function joinByToString(elem: CsType, list: Node, ctx: EmitContext): X.Expr | undefined {
  const inner = stripNullable(elem);
  if (inner.k !== "ref" || inner.struct) return undefined;
  const el = list.getType().getNonNullableType().getArrayElementType()?.getNonNullableType();
  const decl = el?.getProperty("toString")?.getDeclarations()[0];
  if (!decl || !Node.isMethodDeclaration(decl) || decl.getSourceFile().isDeclarationFile() || decl.getParameters().length) return undefined;
  ctx.useHelper("JoinBy");
  const x = ctx.tempName("x");
  return X.lambda(`(${cs(inner)} ${x})`, X.call(X.member(X.name(x), "toString"), []));
}

/** `xs.join()` (and `${xs}`, `String(xs)`) of a numeric enum's values: JS joins their numbers (C125); `Js.Join(xs, sep, x => (int)x)`. */
export function joinEnum(elem: CsType, ctx: EmitContext): X.Expr | undefined {
  // an array of `St | null` (or undefined): a missing element joins as JS's empty text (C116's rule)
  const inner = elem.k === "nullable" ? elem.inner : elem;
  if (inner.k !== "enum") return undefined;
  ctx.useHelper(elem.k === "nullable" ? "JoinEnumN" : "JoinEnum");
  return enumNumber(inner, ctx);
}

/** `(St x) => (int)x`: a numeric enum's value as the number JS holds. */
export function enumNumber(elem: CsType, ctx: EmitContext): X.Expr {
  const x = ctx.tempName("x");
  return X.lambda(`(${cs(elem)} ${x})`, X.cast("int", X.name(x)));
}

/** indexOf on a `T[]`: T may be number at run time, where === never finds NaN (List.IndexOf finds it). */
function typeParamIndexOf(list: Emitted, v: Emitted, last: boolean, ctx: EmitContext): Emitted {
  ctx.useHelper("IndexOfT");
  return built(callOf("Js.IndexOfT", list, v, bool(last)), T.int);
}

/** `xs.push(...)` on a local or a plain field of `this`: reading it twice is unobservable. */
function plainReceiver(call: CallExpression): boolean {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return false;
  const r = callee.getExpression();
  if (Node.isIdentifier(r)) return true;
  return Node.isPropertyAccessExpression(r) && r.getExpression().getKind() === SyntaxKind.ThisKeyword && !!r.getSymbol()?.getDeclarations().every((d) => Node.isPropertyDeclaration(d));
}

function listMethod(l: Emitted, elem: CsType, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const n = args(call).length;
  const E = cs(elem);
  const elemArg = (i: number) => converted(emitExpr(args(call)[i], ctx, elem), elem, args(call)[i], ctx);
  const statementOnly = () => {
    if (!isStatementPosition(call)) ctx.fail(call, "UnsupportedSyntax", `using the result of '${name}' (use it as a statement)`);
  };
  const cb = (params: CsType[], ret: CsType, i = 0, indexAt = -1) => lambdaArg(call, i, { k: "func", params, ret }, ctx, indexAt);
  const arityOfCallback = (i = 0) => {
    const a = args(call)[i];
    if (Node.isArrowFunction(a)) return a.getParameters().length;
    // A script function passed by name: its own parameters decide (C# binds a method group only
    // to a delegate of the same parameters; mcs CS0123 otherwise).
    const sig = a ? a.getType().getCallSignatures() : [];
    const d = sig.length === 1 ? sig[0].getDeclaration() : undefined;
    if (d && !d.getSourceFile().isDeclarationFile()) return sig[0].getParameters().length;
    return 1;
  };
  // includes/indexOf/lastIndexOf(x, from): C#'s List methods take no relative start index.
  const fromIndex = () => {
    if (n === 2) ctx.fail(call, "UnsupportedForm", `${name}(x, fromIndex) on an array`, "pbts has no translation of the start index (JS counts a negative one from the end and clamps the rest)", name === "lastIndexOf" ? "Loop down from the index: for (let i = from; i >= 0; i--) if (xs[i] === x) ..." : "Loop from the index: for (let i = from; i < xs.length; i++) if (xs[i] === x) ...");
    arity(call, 1, 1, name, ctx);
  };
  switch (name) {
    case "push":
      statementOnly();
      if (n === 0) ctx.fail(call, "UnsupportedMember", "push()");
      // push(...xs, y): the arguments read in order into one list (as an array literal with spreads), then appended.
      if (args(call).some((a) => Node.isSpreadElement(a))) return built(methodOf(l, "AddRange", emitSpreadArray(args(call) as Expression[], { k: "list", elem }, ctx)), T.void);
      // push(a, b): JS reads the receiver once and every argument before appending; separate Adds only where
      // nothing can tell (a plain receiver, arguments that cannot see the list), else one AddRange of an array.
      if (n > 1 && !(plainReceiver(call) && args(call).every((a) => isInert(a))))
        return built(methodOf(l, "AddRange", `new ${E}[] { ${args(call).map((_, i) => elemArg(i).code).join(", ")} }`), T.void);
      // (statements: a call each, joined as text)
      if (n > 1) return { code: args(call).map((_, i) => printExpr(methodOf(l, "Add", elemArg(i)))).join("; "), type: T.void };
      return built(methodOf(l, "Add", elemArg(0)), T.void);
    case "unshift":
      statementOnly();
      arity(call, 1, Infinity, name, ctx);
      if (args(call).some((a) => Node.isSpreadElement(a))) ctx.fail(call, "Spread");
      // unshift(a, b): JS puts them in front in order (a first), as one InsertRange does.
      if (n > 1) return built(methodOf(l, "InsertRange", X.lit("0"), `new ${E}[] { ${args(call).map((_, i) => elemArg(i).code).join(", ")} }`), T.void);
      return built(methodOf(l, "Insert", X.lit("0"), elemArg(0)), T.void);
    case "pop":
    case "shift":
      arity(call, 0, 0, name, ctx);
    {
      // A type parameter's T has no C# "missing" (default(T) is 0 for numbers): only as a statement.
      if (elem.k === "typeparam" && !isStatementPosition(call) && !Node.isNonNullExpression(call.getParent())) ctx.fail(call, "UnsupportedMember", `${name}() of an array of a type parameter's values, used as a value (an empty array gives undefined, which C# cannot hold in a ${elem.name}; check length first and read the element)`);
      // Value types get a Nullable<T> (an empty array gives undefined, not 0/false).
      const h = (name === "pop" ? "Pop" : "Shift") + (isValueType(elem) ? "Value" : "");
      ctx.useHelper(h);
      return built(callOf(`Js.${h}`, l), nullable(elem));
    }
    case "at": {
      // xs.at(i): a relative index (xs.at(-1) is the last); undefined outside the array.
      arity(call, 1, 1, name, ctx);
      if (elem.k === "typeparam") ctx.fail(call, "UnsupportedMember", `at() on an array of a type parameter's values (outside the array it is undefined, which C# cannot hold in a ${elem.name})`);
      const h = isValueType(elem) ? "AtValue" : "At";
      ctx.useHelper(h);
      return built(callOf(`Js.${h}`, l, num(call, 0, ctx)), nullable(elem));
    }
    case "includes":
      fromIndex();
      // API structs: JS compares the objects' identity, C#'s Contains/IndexOf their values (issue 10).
      if (isApiStruct(elem)) ctx.fail(call, "StructEquality", name, describe(elem));
      return built(methodOf(l, "Contains", elemArg(0)), T.bool);
    case "indexOf":
      fromIndex();
      if (isApiStruct(elem)) ctx.fail(call, "StructEquality", name, describe(elem));
      if (elem.k === "double") {
        ctx.useHelper("IndexOfDouble");
        return built(callOf("Js.IndexOf", l, elemArg(0)), T.int);
      }
      if (elem.k === "typeparam") return typeParamIndexOf(l, elemArg(0), false, ctx);
      return built(methodOf(l, "IndexOf", elemArg(0)), T.int);
    case "lastIndexOf":
      fromIndex();
      if (isApiStruct(elem)) ctx.fail(call, "StructEquality", name, describe(elem));
      if (elem.k === "double") {
        ctx.useHelper("LastIndexOfDouble");
        return built(callOf("Js.LastIndexOf", l, elemArg(0)), T.int);
      }
      if (elem.k === "typeparam") return typeParamIndexOf(l, elemArg(0), true, ctx);
      return built(methodOf(l, "LastIndexOf", elemArg(0)), T.int);
    case "slice":
      arity(call, 0, 2, name, ctx);
      ctx.useHelper("SliceList");
      return built(callOf(`Js.Slice<${E}>`, l, n > 0 ? num(call, 0, ctx) : X.lit("0"), n > 1 ? num(call, 1, ctx) : X.name("double.PositiveInfinity")), { k: "list", elem });
    case "splice": {
      arity(call, 1, Infinity, name, ctx);
      if (args(call).some((a) => Node.isSpreadElement(a))) ctx.fail(call, "Spread");
      // splice(start): everything from start (JS's deleteCount is then the rest of the array);
      // splice(start, n, a, b): a and b inserted where the removed elements were.
      const del = n > 1 ? num(call, 1, ctx) : X.name("double.PositiveInfinity");
      if (n > 2) {
        ctx.useHelper("SpliceInsert");
        return built(callOf(`Js.Splice<${E}>`, l, num(call, 0, ctx), del, `new ${E}[] { ${args(call).slice(2).map((_, i) => elemArg(i + 2).code).join(", ")} }`), { k: "list", elem });
      }
      ctx.useHelper("Splice");
      return built(callOf(`Js.Splice<${E}>`, l, num(call, 0, ctx), del), { k: "list", elem });
    }
    case "concat": {
      arity(call, 1, Infinity, name, ctx);
      if (args(call).some((a) => Node.isSpreadElement(a))) ctx.fail(call, "Spread");
      // concat(a, b): every argument read before the copy is made, as JS does (one call, not nested ones).
      // An argument that is no array is appended as one element (C34: `xs.concat(2)` was mcs CS1503): a list of it.
      const others = args(call).map((a, i): Arg => {
        const t = a.getType();
        // C35: `grid.concat([1])` on an array of arrays: JS spreads the argument one level (it adds 1, not [1]) while
        // TypeScript types the result as number[][]: no C# list holds that.
        const inner = t.getArrayElementType() ?? t.getTupleElements()[0];
        if (elem.k === "list" && (t.isArray() || t.isReadonlyArray()) && inner && !inner.isArray() && !inner.isTuple())
          ctx.fail(a, "UnsupportedForm", "concat of an array to an array of arrays", "JS spreads the argument one level, so its elements (not the array) are added, which TypeScript's type hides", `Wrap it: xs.concat([${a.getText()}]), or push it onto a copy.`);
        if (t.isArray() || t.isReadonlyArray() || t.isTuple() || t.isAny()) {
          const e = emitExpr(a, ctx, { k: "list", elem });
          // C118: `shapes.concat(squares)`: a list of a derived class is copied into one of the base (C#'s List
          // constructor takes it: IEnumerable<T> is covariant), when no later argument can change it before JS copies
          const later = args(call).slice(i + 1);
          if (e.type.k === "list" && cs(e.type.elem) !== E && upcastElements(a, e.type.elem, elem) && later.every(isInert)) return X.newObject(`List<${E}>`, [nodeOf(e)]);
          return converted(e, { k: "list", elem }, a, ctx);
        }
        return `new ${cs({ k: "list", elem })} { ${elemArg(i).code} }`;
      });
      ctx.useHelper(n > 1 ? "ConcatMany" : "Concat");
      return built(callOf(`Js.Concat<${E}>`, l, ...others), { k: "list", elem });
    }
    case "fill":
      arity(call, 1, 1, "fill (with a start or end)", ctx);
      ctx.useHelper("FillList");
      return built(callOf(`Js.Fill<${E}>`, l, elemArg(0)), { k: "list", elem });
    case "reverse":
      arity(call, 0, 0, name, ctx);
      ctx.useHelper("Reverse");
      return built(callOf(`Js.Reverse<${E}>`, l), { k: "list", elem });
    case "join": {
      arity(call, 0, 1, name, ctx);
      const sep = n ? str(call, 0, ctx) : X.lit('","');
      const h = joinHelper(elem);
      const by = h ? undefined : joinEnum(elem, ctx) ?? joinByToString(elem, call.getExpression().asKindOrThrow(SyntaxKind.PropertyAccessExpression).getExpression(), ctx);
      if (by) return built(callOf("Js.Join", l, sep, by), T.string);
      if (!h) ctx.fail(call, "UnsupportedMember", `join of '${describe(elem)}' elements${stripNullable(elem).k === "ref" && !cs(stripNullable(elem)).startsWith("Js.Tuple") ? " (JS joins each one's toString(): declare toString(): string in the class, or map them to text first: xs.map((x) => ...).join())" : ""}`);
      ctx.useHelper(h);
      return built(callOf("Js.Join", l, sep), T.string);
    }
    case "toSorted":
    case "toReversed":
      // ES2023's copying forms: sort() / reverse() of a copy (the receiver read once; the copy made before the comparator runs)
      return listMethod(built(X.newObject(`List<${E}>`, [nodeOf(l)]), { k: "list", elem }), elem, name === "toSorted" ? "sort" : "reverse", call, ctx);
    case "sort":
      arity(call, 0, 1, name, ctx);
      if (n === 1 && arityOfCallback() > 2) ctx.fail(call, "UnsupportedMember", "sort with a comparator of more than two parameters");
      if (n === 0) {
        if (elem.k !== "string") ctx.fail(call, "UnsupportedMember", `sort() without a comparator on '${describe(elem)}' elements (JS converts them to strings and sorts those: [10, 9, 1].sort() is [1, 10, 9]; pass a comparator: (a, b) => a - b for numbers)`);
        ctx.useHelper("SortStrings");
        return built(callOf("Js.Sort", l), { k: "list", elem });
      }
      ctx.useHelper("Sort");
      return built(callOf(`Js.Sort<${E}>`, l, cb([elem, elem], T.double)), { k: "list", elem });
    case "forEach": {
      arity(call, 1, 1, name, ctx);
      // The third parameter (the array itself) has no C# counterpart in the helpers (mcs CS1593).
      if (arityOfCallback() > 2) ctx.fail(call, "UnsupportedMember", "forEach with a third (array) parameter");
      const two = arityOfCallback() >= 2;
      ctx.useHelper(two ? "ForEachIndexed" : "ForEach");
      return built(callOf(`Js.ForEach<${E}>`, l, cb(two ? [elem, T.double] : [elem], T.void, 0, two ? 1 : -1)), T.void);
    }
    case "map": {
      arity(call, 1, 1, name, ctx);
      checkCallbackRemoves(call, name, ctx);
      if (arityOfCallback() > 2) ctx.fail(call, "UnsupportedMember", "map with a third (array) parameter");
      const two = arityOfCallback() >= 2;
      // The callback's own return type decides R, as C# infers it.
      const f = emitExpr(args(call)[0], ctx, { k: "func", params: two ? [elem, T.double] : [elem], ret: INFER });
      if (f.type.k !== "func") return ctx.fail(args(call)[0], "UnsupportedSyntax", "a callback that is not a function");
      // number[] in JS: int (w.length) and float results are List<double> elements.
      const res = isIntLike(f.type.ret) || f.type.ret.k === "float" || f.type.ret.k === "uint" ? T.double : f.type.ret;
      ctx.useHelper(two ? "MapIndexed" : "Map");
      const fn = adaptCallback(args(call)[0], f, { k: "func", params: two ? [elem, T.double] : [elem], ret: res }, ctx, "fail", two ? 1 : -1);
      return built(callOf(`Js.Map<${E}, ${cs(res)}>`, l, fn), { k: "list", elem: res });
    }
    case "flatMap": {
      // The callback returns an array each time: its elements are appended, in order (Js.FlatMap).
      // JS's flatMap skips indexes a callback removed (as forEach does): stopping at the new end is the same.
      arity(call, 1, 1, name, ctx);
      if (arityOfCallback() > 1) ctx.fail(call, "UnsupportedMember", "flatMap with an index parameter");
      const f = emitExpr(args(call)[0], ctx, { k: "func", params: [elem], ret: INFER });
      if (f.type.k !== "func" || f.type.ret.k !== "list") return ctx.fail(args(call)[0], "UnsupportedMember", "flatMap with a callback that does not always return an array");
      const res = isIntLike(f.type.ret.elem) || f.type.ret.elem.k === "float" || f.type.ret.elem.k === "uint" ? T.double : f.type.ret.elem;
      if (cs(res) !== cs(f.type.ret.elem)) return ctx.fail(args(call)[0], "UnsupportedMember", "flatMap returning arrays of ints (write number[])");
      ctx.useHelper("FlatMap");
      return built(callOf(`Js.FlatMap<${E}, ${cs(res)}>`, l, f), { k: "list", elem: res });
    }
    case "flat":
      arity(call, 0, 0, "flat (with a depth)", ctx);
      if (elem.k !== "list") return ctx.fail(call, "UnsupportedMember", "flat() of an array whose elements are not all arrays");
      ctx.useHelper("Flat");
      return built(callOf(`Js.Flat<${cs(elem.elem)}>`, l), elem);
    case "filter":
    case "some":
    case "every":
    case "find":
    case "findIndex":
    case "findLast":
    case "findLastIndex": {
      arity(call, 1, 1, name, ctx);
      if (arityOfCallback() > 1) ctx.fail(call, "UnsupportedMember", `${name} with an index parameter`);
      const found = name === "find" || name === "findLast";
      if (name.startsWith("find")) checkCallbackRemoves(call, name, ctx);
      // find on numbers, booleans, enums: a `T | undefined` (Nullable<T>), undefined when nothing matches.
      if (found && elem.k === "typeparam") ctx.fail(call, "UnsupportedMember", `${name} on an array of a type parameter's values (nothing found is undefined, which C# cannot hold in a ${elem.name}; use ${name}Index)`);
      const findValue = found && isValueType(elem);
      const h = name[0].toUpperCase() + name.slice(1) + (findValue ? "Value" : "");
      ctx.useHelper(h);
      const type: CsType = name === "filter" ? { k: "list", elem } : found ? nullable(elem) : name.endsWith("Index") ? T.int : T.bool;
      return built(callOf(`Js.${h}<${E}>`, l, cb([elem], T.bool)), type);
    }
    case "reduce":
    case "reduceRight": {
      arity(call, 1, 2, name, ctx);
      if (arityOfCallback() > 2) ctx.fail(call, "UnsupportedMember", `${name} with an index parameter`);
      const h = name === "reduce" ? "Reduce" : "ReduceRight";
      if (n === 1) {
        // No seed: the first (reduceRight: the last) element is the accumulator; an empty array throws (Js.Reduce1).
        ctx.useHelper(`${h}1`);
        return built(callOf(`Js.${h}<${E}>`, l, cb([elem, elem], elem)), elem);
      }
      const acc = emitExprTypeOfArg(call, 1, ctx);
      ctx.useHelper(h);
      const init = converted(emitExpr(args(call)[1], ctx, acc), acc, args(call)[1], ctx);
      return built(callOf(`Js.${h}<${E}, ${cs(acc)}>`, l, cb([acc, elem], acc), init), acc);
    }
  }
  return ctx.fail(call, "UnsupportedMember", `array.${name}`);
}

function emitExprTypeOfArg(call: CallExpression, i: number, ctx: EmitContext): CsType {
  const a = args(call)[i];
  const e = emitExpr(a, ctx);
  return isIntLike(e.type) ? T.double : e.type;
}

/** JS Maps and Sets store the key -0 as +0 (SameValueZero). */
function zeroKey(e: Emitted, t: CsType, ctx: EmitContext): X.Expr {
  // A type parameter's key may be a double at run time (a generic helper's `s.add(k)`).
  if (t.k === "typeparam") return (ctx.useHelper("ZeroKeyT"), callOf("Js.KeyT", e));
  if (t.k !== "double") return argOf(e);
  ctx.useHelper("ZeroKey");
  return callOf("Js.Key", e);
}

/** keys(), values(), entries(): iterators pbts reads only where they are iterated at once (statements.ts for...of, collections.ts). */
const ITERATOR_PARTS = new Set(["keys", "values", "entries"]);

/** What PBTS1015 says of `const [k] = m.keys()`, `const it = m.values()` (C106: it said 'Map.keys' is not supported). */
function iteratorPartUse(what: string, name: string): string {
  return `${what}.${name}() other than iterated at once (for...of over it, a spread [...m.${name}()], Array.from(m.${name}()); an iterator kept or destructured: spread it into an array first, const [first] = [...m.${name}()])`;
}

function mapMethod(m: Emitted, key: CsType, value: CsType, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const keyArg = () => zeroKey(converted(emitExpr(args(call)[0], ctx, key), key, args(call)[0], ctx), key, ctx);
  switch (name) {
    case "set": {
      arity(call, 2, 2, name, ctx);
      if (!isStatementPosition(call)) ctx.fail(call, "UnsupportedSyntax", "using the result of 'set' (use it as a statement)");
      const v = converted(emitExpr(args(call)[1], ctx, value), value, args(call)[1], ctx);
      // JS stores a -0 key as +0 (keyArg says so with Js.Key).
      return built(X.assign("=", X.index(nodeOf(m), [keyArg()]), argOf(v)), T.void);
    }
    case "get": {
      arity(call, 1, 1, name, ctx);
      const parent = call.getParent();
      // map.get(k)! reads an entry that must exist (C# throws when it does not).
      // The indexer already yields the value type (no Nullable<T> to unwrap with .Value).
      if (parent && Node.isNonNullExpression(parent)) return built(X.index(nodeOf(m), [keyArg()]), value);
      // a struct (Vector3D, Color...) too: Js.Get would give default(V) for a missing key, which '??' cannot take (C61)
      if (value.k === "double" || value.k === "int" || value.k === "bool" || value.k === "enum" || value.k === "long" || value.k === "float" || (value.k === "ref" && value.struct)) {
        // (m.get(k) ?? d): a Nullable<V> read goes straight into '??', d evaluated only when missing, as in JS.
        // Printed (`"n=" + m.get(k)`), a missing key shows as undefined, as in JS.
        // Stored, it is a `number | undefined` (a Nullable<V>, compiler/emit/undefined.ts).
        return (ctx.useHelper("MapGetN"), built(callOf("Js.GetN", m, keyArg()), nullable(value)));
      }
      if (value.k === "typeparam") ctx.fail(call, "UnsupportedMember", `get() on a Map of a type parameter's values other than as m.get(k)! (a missing key is undefined, which C# cannot hold in a ${value.name}; check has(k) first)`);
      ctx.useHelper("MapGet");
      return built(callOf("Js.Get", m, keyArg()), nullable(value));
    }
    case "has":
      arity(call, 1, 1, name, ctx);
      return built(methodOf(m, "ContainsKey", keyArg()), T.bool);
    case "delete":
      arity(call, 1, 1, name, ctx);
      return built(methodOf(m, "Remove", keyArg()), T.bool);
    case "clear":
      arity(call, 0, 0, name, ctx);
      return built(methodOf(m, "Clear"), T.void);
    case "forEach":
      return emitCollectionForEach(m, call, ctx);
  }
  if (ITERATOR_PARTS.has(name)) return ctx.fail(call, "UnsupportedMember", iteratorPartUse("Map", name));
  return ctx.fail(call, "UnsupportedMember", `Map.${name}`);
}

function setMethod(s: Emitted, elem: CsType, name: string, call: CallExpression, ctx: EmitContext): Emitted {
  const elemArg = () => zeroKey(converted(emitExpr(args(call)[0], ctx, elem), elem, args(call)[0], ctx), elem, ctx);
  switch (name) {
    case "add":
      arity(call, 1, 1, name, ctx);
      if (!isStatementPosition(call)) ctx.fail(call, "UnsupportedSyntax", "using the result of 'add' (use it as a statement)");
      return built(methodOf(s, "Add", elemArg()), T.void);
    case "has":
      arity(call, 1, 1, name, ctx);
      return built(methodOf(s, "Contains", elemArg()), T.bool);
    case "delete":
      arity(call, 1, 1, name, ctx);
      return built(methodOf(s, "Remove", elemArg()), T.bool);
    case "clear":
      arity(call, 0, 0, name, ctx);
      return built(methodOf(s, "Clear"), T.void);
    case "forEach":
      return emitCollectionForEach(s, call, ctx);
  }
  if (ITERATOR_PARTS.has(name)) return ctx.fail(call, "UnsupportedMember", iteratorPartUse("Set", name));
  return ctx.fail(call, "UnsupportedMember", `Set.${name}`);
}
