// Operators: JS number semantics on C# types. int arithmetic stays int (in a `checked` body, so
// overflow throws instead of wrapping); `/` is always a double division; float is widened to double.
import { Node, SyntaxKind, ts, type BinaryExpression, type PostfixUnaryExpression, type PrefixUnaryExpression } from "ts-morph";
import { T, cs, describe, isIntLike, isNumeric, isValueType, nullable, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { rawChecker } from "./raw-nodes.ts";
import { intOpInRange } from "./int-ranges.ts";
import { converted, declOf, emitConditionNode, emitExpr, failInvariantBranches, invariantMismatch, isNullishDefaulted, isPrintedChain, toJsString, toJsStringNode, siblingRefs, unifyBranches, withDefaults } from "./expressions.ts";
import { emitTupleAssign } from "./tuples.ts";
import { orderedAssign } from "./assign-order.ts";
import { powOf } from "./pow.ts";
import { ident } from "./names.ts";
import { emitLogicalValue } from "./logical-values.ts";
import { emitAppendAssign, emitLengthAssign } from "./collections.ts";
import { API_STRUCTS, apiTypeValueName, isApiNode } from "./api.ts";
import { emitLogicalAssign, emitLogicalCondition } from "./guards.ts";
import { uintAgainstFloat, uintCoalesceWide } from "./uint.ts";
import { built, nodeOf, whole, wholeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { conversionFix } from "../diagnostics.ts";
import { assignNonNull, incrementNonNull, nonNullTarget, plainTarget, type NonNullTarget } from "./non-null-targets.ts";

const ARITH = new Set([SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.PercentToken]);
const COMPOUND: Partial<Record<SyntaxKind, SyntaxKind>> = {
  [SyntaxKind.PlusEqualsToken]: SyntaxKind.PlusToken,
  [SyntaxKind.MinusEqualsToken]: SyntaxKind.MinusToken,
  [SyntaxKind.AsteriskEqualsToken]: SyntaxKind.AsteriskToken,
  [SyntaxKind.SlashEqualsToken]: SyntaxKind.SlashToken,
  [SyntaxKind.PercentEqualsToken]: SyntaxKind.PercentToken,
  [SyntaxKind.AmpersandEqualsToken]: SyntaxKind.AmpersandToken,
  [SyntaxKind.BarEqualsToken]: SyntaxKind.BarToken,
  [SyntaxKind.CaretEqualsToken]: SyntaxKind.CaretToken,
  [SyntaxKind.LessThanLessThanEqualsToken]: SyntaxKind.LessThanLessThanToken,
  [SyntaxKind.GreaterThanGreaterThanEqualsToken]: SyntaxKind.GreaterThanGreaterThanToken,
};
const BITWISE = new Set([SyntaxKind.AmpersandToken, SyntaxKind.BarToken, SyntaxKind.CaretToken, SyntaxKind.LessThanLessThanToken, SyntaxKind.GreaterThanGreaterThanToken]);
const COMPARE: Partial<Record<SyntaxKind, X.BinaryOp>> = {
  [SyntaxKind.LessThanToken]: "<",
  [SyntaxKind.GreaterThanToken]: ">",
  [SyntaxKind.LessThanEqualsToken]: "<=",
  [SyntaxKind.GreaterThanEqualsToken]: ">=",
};

function opText(k: SyntaxKind): X.BinaryOp {
  switch (k) {
    case SyntaxKind.PlusToken: return "+";
    case SyntaxKind.MinusToken: return "-";
    case SyntaxKind.AsteriskToken: return "*";
    case SyntaxKind.SlashToken: return "/";
    case SyntaxKind.PercentToken: return "%";
    case SyntaxKind.AmpersandToken: return "&";
    case SyntaxKind.BarToken: return "|";
    case SyntaxKind.CaretToken: return "^";
    case SyntaxKind.LessThanLessThanToken: return "<<";
    case SyntaxKind.GreaterThanGreaterThanToken: return ">>";
    default: throw new Error(`not an arithmetic or bitwise operator: ${SyntaxKind[k]}`);
  }
}

/** Inferred ints stay far below 2^31 (README, Numbers); an int literal above this may carry a sum past it. */
const BIG_INT_LITERAL = 1 << 24;

/** Widen float (and int for `/`) to double so C# computes in double precision like JS. */
function asDouble(e: Emitted): X.Expr {
  return e.type.k === "float" || e.type.k === "int" || e.type.k === "uint" ? X.cast("double", nodeOf(e)) : nodeOf(e);
}

/** A negative zero constant: `-0`, `-0.0` as emitted. */
function negZero(e: Emitted): boolean {
  return /^-0(\.0)?$/.test(e.code.replace(/[()\s]/g, ""));
}

/** A zero constant as `+=` / `-=` adds it: `x += 0`, `x -= -0` (each turns a -0 in x into +0). */
function addsZero(r: Emitted, op: SyntaxKind): boolean {
  return op === SyntaxKind.PlusToken ? r.value === 0 || /^0(\.0)?$/.test(r.code) : op === SyntaxKind.MinusToken && negZero(r);
}

/** Numeric result of `a op b` (op one of + - * / %), following JS semantics. */
export function arithmetic(a0: Emitted, b0: Emitted, op: SyntaxKind, node: Node, ctx: EmitContext, expected?: CsType): Emitted {
  // (an enum wanted is an int in C#: `(d + 1) % 4` returned as a Dir stays an int `%`, then the cast; C133)
  const wantsInt = !!expected && (stripNullable(expected).k === "int" || stripNullable(expected).k === "enum");
  // `let e: E = E.A + 1`: C#'s E + int / E - int is an E of the same value
  const want = expected && stripNullable(expected);
  if (want?.k === "enum" && a0.type.k === "enum" && a0.type.name === want.name && isIntLike(b0.type) && (op === SyntaxKind.PlusToken || op === SyntaxKind.MinusToken))
    return built(X.binary(opText(op), nodeOf(a0), nodeOf(b0)), a0.type);
  const a = enumAsNumber(a0, wantsInt);
  const b = enumAsNumber(b0, wantsInt);
  const ta = a.type;
  const tb = b.type;
  if (ta.k === "long" || tb.k === "long") ctx.fail(node, "LongArithmetic");
  if (!isNumeric(ta) || !isNumeric(tb)) ctx.fail(node, "UnsupportedSyntax", `'${opText(op)}' on '${describe(ta)}' and '${describe(tb)}'`);
  const o = opText(op);
  if (isIntLike(ta) && isIntLike(tb)) {
    if (op === SyntaxKind.SlashToken) return built(intsInDouble("/", a, b), T.double);
    if (a.value !== undefined && b.value !== undefined) {
      const v = evalIntLit(a.value, b.value, op);
      if (v !== undefined) return v;
      // An int target cannot hold -0 (README, known limits): `const i: int = -6 * 0` is 0.
      if (expected && stripNullable(expected).k === "int" && Object.is(evalNumber(a.value, b.value, op), -0))
        return { code: "0", type: T.intlit, value: 0 };
      return built(X.binary(o, toDoubleOperand(a), nodeOf(b)), T.double);
    }
    // `*` can leave int's range and `%` by 0 is NaN (and -4 % 2 is -0) in JS: they stay int only where
    // an int is wanted (a declared int, an index); elsewhere they compute in double, as JS does.
    // `+`/`-` of ints stay int: inferred ints are bounded (statements.ts), declared ints are the script's choice.
    // Where a double is wanted (a number variable, a sort comparator's result), `+`/`-` compute in double too:
    // `xs.sort((a, b) => a - b)` on an int[] cannot overflow, as in JS.
    const wantsDouble = !!expected && stripNullable(expected).k === "double";
    // A literal beyond 2^24 beside an int (`i - 2147483647`): the inferred ints' bound no longer keeps the sum in range.
    const big = (e: Emitted) => e.value !== undefined && Math.abs(e.value) > BIG_INT_LITERAL;
    if ((op === SyntaxKind.AsteriskToken || op === SyntaxKind.PercentToken || wantsDouble || big(a) || big(b)) && !wantsInt) {
      return built(intsInDouble(o, a, b), T.double);
    }
    // (no `checked` needed where the operands' ranges keep the result an int: int-ranges.ts; asked
    // only while the body is not checked anyway)
    if (!ctx.intArithmetic && !intOpInRange(node, ctx)) ctx.intArithmetic = true;
    return built(X.binary(o, nodeOf(a), nodeOf(b)), T.int);
  }
  // At least one double/float: compute in double. Beside a double the other operand needs no cast:
  // C# converts an int, uint, byte or float operand of a double one to double itself (the same IL).
  const beside = ta.k === "double" || tb.k === "double";
  const left = beside ? nodeOf(a) : ta.k === "intlit" ? toDoubleOperand(a) : asDouble(a);
  // x + 0 turns -0 into +0, but mono's JIT drops an addition of the constant 0: say it with Js.Key.
  const zero = (e: Emitted) => e.value === 0 || /^0(\.0)?$/.test(e.code);
  if (op === SyntaxKind.PlusToken && (zero(a) || zero(b))) {
    ctx.useHelper("ZeroKey");
    return built(X.call(X.name("Js.Key"), [nodeOf(zero(a) ? b : a)]), T.double);
  }
  // x - -0 is x + 0 (C81: mono folds it to x as well)
  if (op === SyntaxKind.MinusToken && negZero(b)) {
    ctx.useHelper("ZeroKey");
    return built(X.call(X.name("Js.Key"), [nodeOf(a)]), T.double);
  }
  return built(X.binary(o, left, beside ? nodeOf(b) : asDouble(b)), T.double);
}

/** A numeric enum's value in arithmetic is its number in JS (`E.A + 1` is 1): C# needs the cast (`E + int` is
 * an E there, printed by name). Double unless an int is wanted, so `E.Max + 1` cannot overflow where JS goes on. */
function enumAsNumber(e: Emitted, wantsInt: boolean): Emitted {
  if (e.type.k !== "enum") return e;
  return built(X.cast(wantsInt ? "int" : "double", nodeOf(e)), wantsInt ? T.int : T.double);
}

/**
 * `a o b` of two ints computed in double: one double operand is enough (C# converts the other, the
 * same IL as a cast), so a literal right operand takes `.0` (`x / 2.0`, not `(double)x / 2`; not a
 * negative one or -0: a sign or -0's sign could be lost in the text), else the left operand a cast.
 */
function intsInDouble(o: X.BinaryOp, a: Emitted, b: Emitted): X.Expr {
  if (a.value === undefined && b.value !== undefined && Number.isInteger(b.value) && (b.value > 0 || Object.is(b.value, 0)) && b.value <= 2147483647) return X.binary(o, nodeOf(a), X.lit(`${b.value}.0`));
  return X.binary(o, toDoubleOperand(a), nodeOf(b));
}

/** An int operand as a double: a literal gets `.0`, anything else a cast. */
function toDoubleOperand(a: Emitted): X.Expr {
  if (a.value !== undefined) return X.lit(`${a.value}.0`);
  return X.cast("double", nodeOf(a));
}

function evalNumber(x: number, y: number, op: SyntaxKind): number {
  return op === SyntaxKind.PlusToken ? x + y : op === SyntaxKind.MinusToken ? x - y : op === SyntaxKind.AsteriskToken ? x * y : x % y;
}

/** Fold literal int arithmetic when the result is still an exact int (C# would fold it as int). */
function evalIntLit(x: number, y: number, op: SyntaxKind): Emitted | undefined {
  let v: number;
  if (op === SyntaxKind.PlusToken) v = x + y;
  else if (op === SyntaxKind.MinusToken) v = x - y;
  else if (op === SyntaxKind.AsteriskToken) v = x * y;
  else if (op === SyntaxKind.PercentToken) v = x % y;
  else return undefined;
  if (!Number.isInteger(v) || Object.is(v, -0) || Math.abs(v) > 2147483647) return undefined;
  return built(X.lit(String(v)), T.intlit, v);
}

const WRAPPED = new Set([SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.AsteriskToken, SyntaxKind.SlashToken, SyntaxKind.PercentToken]);

/**
 * An operand of a bitwise operator. JS converts it with ToInt32, so `(h * 31 + c) | 0` wraps where
 * C#'s checked int arithmetic would throw: a `+ - * / %` operand is computed in double, as JS does, then
 * converted with Js.ToInt32 (`-a >> 1` too: -(-2^31) wraps; `(lo + hi) / 2 | 0` truncates; `(a % 0) | 0`
 * is NaN's 0, where an int `%` threw: C126). Other operands are emitted as ints.
 */
function wrapped(n: Node): boolean {
  if (Node.isPrefixUnaryExpression(n)) return n.getOperatorToken() === SyntaxKind.MinusToken && !Node.isNumericLiteral(n.getOperand());
  // Math.imul and Math.clz32 give an int32 as a double (builtins.ts): ToInt32 gives it back
  if (Node.isCallExpression(n) && /^Math\.(imul|clz32)$/.test(n.getExpression().getText())) return true;
  return Node.isBinaryExpression(n) && WRAPPED.has(n.getOperatorToken().getKind());
}

function bitwiseOperand(n: Node, ctx: EmitContext): Emitted {
  let inner = n;
  while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
  if (!wrapped(inner)) return emitExpr(n, ctx, T.int);
  const e = inDouble(inner, ctx);
  if (e.type.k !== "double") return e;
  ctx.useHelper("ToInt32");
  return built(X.call(X.name("Js.ToInt32"), [nodeOf(e)]), T.int);
}

/** `+ - * / %` trees in double all the way down (`(h << 5) - h` too), as JS computes them. */
function inDouble(n: Node, ctx: EmitContext): Emitted {
  // the tree keeps the grouping: JS's parentheses need no text of their own
  if (Node.isParenthesizedExpression(n)) return inDouble(n.getExpression(), ctx);
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken) {
    const e = inDouble(n.getOperand(), ctx);
    if (!isNumeric(e.type)) return emitExpr(n, ctx);
    return built(X.unary("-", e.type.k === "double" ? nodeOf(e) : X.cast("double", nodeOf(e))), T.double);
  }
  if (!Node.isBinaryExpression(n) || !WRAPPED.has(n.getOperatorToken().getKind())) return emitExpr(n, ctx);
  const a = inDouble(n.getLeft(), ctx);
  const b = inDouble(n.getRight(), ctx);
  if (!isNumeric(a.type) || !isNumeric(b.type)) return emitExpr(n, ctx);
  return arithmetic(a, b, n.getOperatorToken().getKind(), n, ctx, T.double);
}

/**
 * The left operand of an int `>>` by a count that is not a literal goes through `(int)(long)`: mono's
 * JIT folds `x << k` of constant locals into a 64-bit value it does not truncate, and a later `>>` by a
 * constant local then shifts in its upper bits (`(46341 << k) >> five` gave 94906368, JS -39311360; C12).
 * The round trip through long makes the JIT sign-extend the low 32 bits first; free in SE's count.
 */
function widensShiftee(b: Emitted, op: SyntaxKind): boolean {
  return op === SyntaxKind.GreaterThanGreaterThanToken && !/^\(?-?\d+\)?$/.test(b.code);
}

function shiftee(a: Emitted, b: Emitted, op: SyntaxKind): X.Expr {
  return widensShiftee(b, op) ? X.cast("int", X.cast("long", nodeOf(a))) : nodeOf(a);
}

function bitwise(a: Emitted, b: Emitted, op: SyntaxKind, node: Node, ctx: EmitContext): Emitted {
  const o = opText(op);
  const ta = a.type;
  const tb = b.type;
  if (ta.k === "enum" && tb.k === "enum" && ta.name === tb.name && op !== SyntaxKind.LessThanLessThanToken && op !== SyntaxKind.GreaterThanGreaterThanToken) {
    return built(X.binary(o, nodeOf(a), nodeOf(b)), ta);
  }
  if (isIntLike(ta) && isIntLike(tb)) return built(X.binary(o, shiftee(a, b, op), nodeOf(b)), T.int);
  // an enum beside an int (or another enum, or shifted) is its number in JS: `d >> 1`, `d ^ 1`, `flags | 4` (C133)
  const asInt = (e: Emitted): Emitted => (e.type.k === "enum" ? built(X.cast("int", nodeOf(e)), T.int) : e);
  if ((ta.k === "enum" || tb.k === "enum") && isIntLike(asInt(a).type) && isIntLike(asInt(b).type)) return bitwise(asInt(a), asInt(b), op, node, ctx);
  if (ta.k === "uint" || tb.k === "uint") return ctx.fail(node, "UintBitwise", o);
  if (ta.k === "enum" || tb.k === "enum") return ctx.fail(node, "UnsupportedSyntax", `'${o}' between '${describe(ta)}' and '${describe(tb)}' (use values of one enum)`);
  return ctx.fail(node, "BitwiseOnDouble", o);
}

function equality(a0: Emitted, b0: Emitted, negate: boolean, node: Node, ctx: EmitContext): Emitted {
  const [a, b] = uintAgainstFloat(a0, b0);
  const op = negate ? "!=" : "==";
  const is = (l: X.Expr, r: X.Expr) => built(X.binary(op, l, r), T.bool);
  const ta = stripNullable(a.type);
  const tb = stripNullable(b.type);
  const isNull = (t: CsType) => t.k === "null";
  if (isNull(a.type) || isNull(b.type)) return is(nodeOf(a), nodeOf(b));
  for (const t of [ta, tb]) {
    if (t.k === "ref" && (t.struct || API_STRUCTS.has(t.name))) ctx.fail(node, "StructEquality", negate ? "!==" : "===", describe(t));
    if (t.k === "object") ctx.fail(node, "UnsupportedSyntax", "'===' on 'unknown' values (a reference check in C#, a value check for strings in JS)");
    // mcs CS0019: no == on an unconstrained T (and Equals would find NaN === NaN).
    if (t.k === "typeparam") ctx.fail(node, "UnsupportedSyntax", `'${negate ? "!==" : "==="}' on values of the type parameter '${describe(t)}' (C# has no == for it; pass a comparison function (a: T, b: T) => boolean, or compare in non-generic code)`);
  }
  // the literal 0 converts to every enum type in C#: `(f & E.X) != 0`, no cast
  const zero = (e: Emitted) => e.type.k === "intlit" && e.code === "0";
  if (ta.k === "enum" && isNumeric(tb)) return is(zero(b) ? nodeOf(a) : X.cast("int", nodeOf(a)), nodeOf(b));
  if (tb.k === "enum" && isNumeric(ta)) return is(nodeOf(a), zero(a) ? nodeOf(b) : X.cast("int", nodeOf(b)));
  if (isNumeric(ta) !== isNumeric(tb) || (ta.k === "string") !== (tb.k === "string")) {
    return ctx.fail(node, "UnsupportedSyntax", `comparing '${describe(a.type)}' with '${describe(b.type)}'`);
  }
  return is(nodeOf(a), nodeOf(b));
}

function compare(a0: Emitted, b0: Emitted, op: X.BinaryOp, node: Node, ctx: EmitContext): Emitted {
  const [a, b] = uintAgainstFloat(a0, b0);
  const ta = a.type;
  const tb = b.type;
  if (ta.k === "string" && tb.k === "string") return built(X.binary(op, X.call(X.name("string.CompareOrdinal"), [nodeOf(a), nodeOf(b)]), X.lit("0")), T.bool);
  if (ta.k === "nullable" || tb.k === "nullable") ctx.fail(node, "NullableValue", op);
  // mcs reads `a < (Js.Reduce<double, double>(...) + 1)` as type arguments (CS1031), also with more
  // parentheses; a unary plus (the identity on numbers) in front of such an operand avoids it.
  const operand = (e: Emitted) => (/[<>]/.test(e.code) ? X.unary("+", X.paren(nodeOf(e))) : nodeOf(e));
  if (isNumeric(ta) && isNumeric(tb)) return built(X.binary(op, operand(a), operand(b)), T.bool);
  // an enum beside a number compares its value, as JS does
  if ((ta.k === "enum" && isNumeric(tb)) || (tb.k === "enum" && isNumeric(ta))) return built(X.binary(op, nodeOf(enumAsNumber(a, true)), nodeOf(enumAsNumber(b, true))), T.bool);
  if (ta.k === "enum" && tb.k === "enum" && ta.name === tb.name) return built(X.binary(op, nodeOf(a), nodeOf(b)), T.bool);
  return ctx.fail(node, "UnsupportedSyntax", `'${op}' between '${describe(ta)}' and '${describe(tb)}'`);
}

function concat(a: Emitted, b: Emitted, node: BinaryExpression, ctx: EmitContext): Emitted {
  const sa = toJsStringNode(a, node.getLeft(), ctx);
  const sb = toJsStringNode(b, node.getRight(), ctx);
  return built(X.binary("+", sa, sb), T.string);
}

/** Does TypeScript's type of this (narrowed) operand hold undefined or null? */
function mayBeMissing(n: Node): boolean {
  const t = n.getType();
  return t.isUndefined() || t.isNull() || (t.isUnion() && t.getUnionTypes().some((u) => u.isUndefined() || u.isNull()));
}

/** A target read twice without a difference: a name, a field chain, an element of such an array at a name or a literal. */
function simpleTarget(n: Node): boolean {
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  if (Node.isElementAccessExpression(n)) {
    const i = n.getArgumentExpression();
    return plainTarget(n.getExpression()) && !!i && (Node.isIdentifier(i) || Node.isNumericLiteral(i) || Node.isStringLiteral(i));
  }
  return plainTarget(n);
}

function isStringy(t: CsType): boolean {
  return t.k === "string" || (t.k === "nullable" && t.inner.k === "string");
}

export function emitBinary(be: BinaryExpression, ctx: EmitContext, expected?: CsType): Emitted {
  const k = be.getOperatorToken().getKind();
  const left = be.getLeft();
  const right = be.getRight();
  switch (k) {
    case SyntaxKind.EqualsToken:
      return emitLengthAssign(be, ctx) ?? emitAppendAssign(be, ctx) ?? assign(be, ctx);
    case SyntaxKind.AmpersandAmpersandToken:
    case SyntaxKind.BarBarToken: {
      const cond = emitLogicalCondition(be, ctx);
      if (cond) return cond;
      const value = emitLogicalValue(be, ctx, expected);
      if (value) return value;
      const a = emitExpr(left, ctx);
      const b = emitExpr(right, ctx);
      const o = k === SyntaxKind.AmpersandAmpersandToken ? "&&" : "||";
      if (a.type.k !== "bool" || b.type.k !== "bool") {
        // Conditions may still use truthiness of references/strings: `a && b` as a condition.
        return ctx.fail(be, "LogicalOperands", o);
      }
      return built(X.binary(o, nodeOf(a), nodeOf(b)), T.bool);
    }
    case SyntaxKind.QuestionQuestionToken: {
      const a0 = emitExpr(left, ctx, expected);
      // (a function with defaults on the right, `f ?? h`: applied where the delegate passes undefined, C168)
      const b0 = withDefaults(emitExpr(right, ctx, stripNullable(a0.type)), a0.type, right, ctx);
      // C128: a numeric enum beside a number (`xs.find(...) ?? -1` of a St[]) is its number; C# has no `St? ?? int`
      const enumBy = (x: Emitted, y: Emitted): Emitted => {
        const [tx, ty] = [stripNullable(x.type), stripNullable(y.type)];
        if (tx.k !== "enum" || !isNumeric(ty)) return x;
        const k = isIntLike(ty) ? "int" : "double";
        return built(X.cast(x.type.k === "nullable" ? `${k}?` : k, nodeOf(x)), x.type.k === "nullable" ? nullable(T[k]) : T[k]);
      };
      const [a, b] = [enumBy(a0, b0), enumBy(b0, a0)];
      if (a.type.k !== "nullable" && isValueType(a.type)) ctx.fail(be, "UnsupportedSyntax", "'??' on a value that cannot be null");
      // `x?.n ?? "none"` is a number | string in JS; C# has no common type of the two (mcs rejects it).
      const kind = (t: CsType) => (t.k === "string" ? "string" : t.k === "bool" ? "bool" : isNumeric(t) || t.k === "enum" ? "number" : "other");
      const ka = kind(stripNullable(a.type));
      const kb = kind(stripNullable(b.type));
      if (b.type.k !== "null" && ka !== kb && (ka !== "other" || kb !== "other")) {
        // C111: `${m.get(k) ?? "-"}`, `"n=" + (n ?? "none")`: JS prints whichever side it takes; both as text, the
        // left kept missing (Js.Str(a, null)) so that C#'s `??` still evaluates the right only when it is needed
        const printed = isPrintedChain(be) && ka !== "other" && kb !== "other" ? printedCoalesce(a, b, right, isNullishDefaulted(be), ctx) : undefined;
        if (printed) return printed;
        ctx.fail(be, "UnionType", be.getType().getText(be));
      }
      const common = siblingRefs(a, left, b, right, be, ctx, expected);
      if (common) return built(X.binary("??", X.cast(cs(common), nodeOf(a)), nodeOf(b)), common);
      // `ints ?? nums` (List<int> and List<double>): no C# type holds both (mcs CS0019).
      if (invariantMismatch(stripNullable(b.type), stripNullable(a.type))) failInvariantBranches(a, left, b, right, ctx);
      let t = b.type.k === "null" ? a.type : b.type.k === "nullable" ? b.type : stripNullable(a.type);
      // `int? ?? double` is a double in C# (fuzz seed 26120101: an enclosing `c ? ... : undefined` said `(int?)null`).
      const [ai, bi] = [stripNullable(a.type), stripNullable(b.type)];
      if (isNumeric(ai) && isNumeric(bi)) {
        // An int (or a long, C197) beside a float would become a float in C# (rounded above 2^24): both go to double.
        // So does a uint beside a number that is no uint (C190: `item?.ItemId ?? -1`, mcs CS0019).
        const whole = (t: CsType) => isIntLike(t) || t.k === "long";
        const wide = (ai.k === "float" && whole(bi)) || (bi.k === "float" && whole(ai)) || uintCoalesceWide(a, b);
        const u = wide ? T.double : unifyBranches(ai, bi);
        t = b.type.k === "nullable" ? nullable(u) : u;
        if (wide) return built(X.binary("??", X.cast("double?", nodeOf(a)), X.cast(cs(t), nodeOf(b))), t);
      }
      // (two int literals' types: C# computes `int? ?? int` as an int, the double it stands for only through a double?:
      // negated, the int wrapped at int.MinValue and lost -0, C201)
      if (t.k === "intlit") return built(X.binary("??", X.cast("double?", nodeOf(a)), nodeOf(b)), T.double);
      return built(X.binary("??", nodeOf(a), nodeOf(b)), t);
    }
    case SyntaxKind.EqualsEqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsEqualsToken: {
      // a.pop() / find / map.get are `T | undefined`: JS keeps undefined and null apart, C# has only null.
      // (TypeScript's own types: wrapping each member of each union cost 3% of a compile)
      const checker = rawChecker(ctx);
      const has = (n: Node, flag: ts.TypeFlags) => {
        const t = checker.getTypeAtLocation(n.compilerNode);
        return t.isUnion() ? t.types.some((p) => !!(p.flags & flag)) : !!(t.flags & flag);
      };
      const undef = (n: Node) => has(n, ts.TypeFlags.Undefined);
      const nul = (n: Node) => has(n, ts.TypeFlags.Null);
      // (the side a literal may stand on first: `x === 0` asks no type of x)
      if ((nul(right) && undef(left)) || (undef(right) && nul(left))) ctx.fail(be.getOperatorToken(), "UndefinedVsNull", be.getOperatorToken().getText());
    }
      return equality(emitExpr(left, ctx), emitExpr(right, ctx), k === SyntaxKind.ExclamationEqualsEqualsToken, be, ctx);
    case SyntaxKind.EqualsEqualsToken:
    case SyntaxKind.ExclamationEqualsToken: {
      // `x == undefined` is `x == null` in JS too: both are true for null and for undefined.
      const isNull = (n: Node) => n.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(n) && n.getText() === "undefined");
      if (!isNull(left) && !isNull(right)) ctx.fail(be.getOperatorToken(), "LooseEquality", be.getOperatorToken().getText());
      return equality(emitExpr(left, ctx), emitExpr(right, ctx), k === SyntaxKind.ExclamationEqualsToken, be, ctx);
    }
    case SyntaxKind.InstanceOfKeyword: {
      const a = emitExpr(left, ctx);
      const d = declOf(right);
      if (right.getText() === "Error") return built(X.typetest("is", nodeOf(a), "Exception"), T.bool);
      const api = apiTypeValueName(right);
      if (api) return built(X.typetest("is", nodeOf(a), api), T.bool);
      if (!d || !Node.isClassDeclaration(d)) return ctx.fail(right, "TypeOperator", "instanceof with something other than a class", "Use 'instanceof' with a class (an interface has no runtime type in JS), or a virtual method.");
      // C# tests one instantiation (`is Box<double>`) and needs its type arguments (CS0305); JS any Box.
      if (d.getTypeParameters().length) ctx.fail(right, "UnsupportedSyntax", `'instanceof' a generic class ('${d.getName()}': C# tests one type argument, JS any; give it a non-generic base class and test that)`);
      return built(X.typetest("is", nodeOf(a), ident(d.getName()!)), T.bool);
    }
    case SyntaxKind.AsteriskAsteriskToken: {
      // C124: an enum member is its number in JS (`E.B ** 2`), as in Math.pow(E.B, 2)
      const a = enumAsNumber(emitExpr(left, ctx), false);
      const b = enumAsNumber(emitExpr(right, ctx), false);
      if (!isNumeric(a.type) || !isNumeric(b.type)) ctx.fail(be, "UnsupportedSyntax", "'**' on non-numbers");
      return powOf(left, right, a, b, ctx);
    }
    case SyntaxKind.AsteriskAsteriskEqualsToken:
      return powAssign(be, ctx);
    case SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken:
      // JS's result is an unsigned 32-bit number (up to 4294967295), which the int it would be stored in cannot hold
      return ctx.fail(be.getOperatorToken(), "UnsupportedForm", "'>>>='", "'x >>>= k' stores JS's unsigned result (up to 4294967295) back into x, and pbts has '>>>' only on ints, which cannot hold it", "Keep the result in a number: 'const u = x >>> k;' (x an int), or use '>>=' when x is not negative.");
    case SyntaxKind.GreaterThanGreaterThanGreaterThanToken: {
      // `x >>> k` on ints: JS's unsigned 32-bit result, a number (`-1 >>> 0` is 4294967295). In C# the low 32 bits
      // through long, shifted by the count's low 5 bits as JS does: no uint cast, which a checked body would throw on.
      // (an enum is its number: `F.C >>> 1`, C133)
      const asInt = (e: Emitted): Emitted => (e.type.k === "enum" ? built(X.cast("int", nodeOf(e)), T.int) : e);
      const a = asInt(bitwiseOperand(left, ctx));
      const b = asInt(bitwiseOperand(right, ctx));
      if (a.type.k === "uint" || b.type.k === "uint") return ctx.fail(be, "UintBitwise", ">>>");
      if (!isIntLike(a.type) || !isIntLike(b.type)) return ctx.fail(be, isNumeric(a.type) && isNumeric(b.type) ? "BitwiseOnDouble" : "UnsupportedSyntax", isNumeric(a.type) && isNumeric(b.type) ? ">>>" : `'>>>' on a '${describe(a.type)}' and a '${describe(b.type)}' (declare the operands 'int')`);
      const low = X.binary("&", X.cast("long", nodeOf(a)), X.lit("0xFFFFFFFFL"));
      return built(X.cast("double", X.binary(">>", low, X.binary("&", nodeOf(b), X.lit("31")))), T.double);
    }
    case SyntaxKind.InKeyword:
      return ctx.fail(be, "TypeOperator", "in", "Use a Map and its has(key), or compare a field to null.");
    case SyntaxKind.CommaToken:
      return ctx.fail(be.getOperatorToken(), "UnsupportedSyntax", "the comma operator");
  }
  if (COMPARE[k]) return compare(emitExpr(left, ctx), emitExpr(right, ctx), COMPARE[k]!, be, ctx);
  if (COMPOUND[k] !== undefined) return compoundAssign(be, COMPOUND[k]!, ctx);
  const logical = emitLogicalAssign(be, ctx, checkAssignable);
  if (logical) return logical;
  if (ARITH.has(k)) {
    // An int target (index, declared int) is passed down, so `a[i * 2 + 1]` stays int arithmetic.
    // (an enum target too: `(d + 1) % 4` returned as a Dir, C133)
    const want = expected && (stripNullable(expected).k === "int" || stripNullable(expected).k === "enum") && k !== SyntaxKind.SlashToken ? T.int : undefined;
    const a = emitExpr(left, ctx, want);
    const b = emitExpr(right, ctx, want);
    if (k === SyntaxKind.PlusToken && (isStringy(a.type) || isStringy(b.type))) return concat(a, b, be, ctx);
    return arithmetic(a, b, k, be, ctx, expected);
  }
  // Bitwise operands are ints, or `+ - *` computed in double and wrapped as JS's ToInt32 (bitwiseOperand).
  if (BITWISE.has(k)) return bitwise(bitwiseOperand(left, ctx), bitwiseOperand(right, ctx), k, be, ctx);
  return ctx.fail(be.getOperatorToken(), "UnsupportedSyntax", `the operator '${be.getOperatorToken().getText()}'`);
}

/** MyGridProgram's members have protected setters in SE: only Program itself may assign them. */
const PROGRAM_SETTERS = new Set(["Storage", "Me", "Runtime", "Echo", "GridTerminalSystem", "IGC"]);

function checkProgramMemberWrite(target: Node, ctx: EmitContext): void {
  if (!Node.isPropertyAccessExpression(target) || !PROGRAM_SETTERS.has(target.getName())) return;
  const d = declOf(target.getNameNode());
  const owner = d?.getParent();
  if (!d || !isApiNode(d) || !owner || !Node.isClassDeclaration(owner) || owner.getName() !== "MyGridProgram") return;
  const inProgram = target.getExpression().getKind() === SyntaxKind.ThisKeyword && target.getFirstAncestorByKind(SyntaxKind.ClassDeclaration)?.getName() === "Program";
  if (!inProgram) ctx.fail(target, "ProtectedProgramMember", target.getName());
}

export function checkAssignable(target: Node, ctx: EmitContext): void {
  checkProgramMemberWrite(target, ctx);
  // A class's own `length` field is an ordinary field; an array's or a string's `length` is not assignable here.
  const ownLength = Node.isPropertyAccessExpression(target) && !!target.getSymbol()?.getDeclarations().some((d) => !d.getSourceFile().isDeclarationFile());
  if (Node.isPropertyAccessExpression(target) && target.getName() === "length" && !ownLength) {
    ctx.fail(target, "UnsupportedSyntax", "a compound write or ++/-- of an array's or a string's 'length' (pbts writes an array's length only by truncating, a.length = n with n not above it: drop the last element with a.pop(), or write a.length = Math.min(a.length, n); a string's length cannot be written)");
  }
  if (Node.isArrayLiteralExpression(target) || Node.isObjectLiteralExpression(target)) ctx.fail(target, "Destructuring");
}

/**
 * `a ?? b` of a number (or boolean) and a string where it is printed: both sides as text, `a`'s missing value kept as
 * C#'s null (so the right side runs only when needed); `b`'s too where a further `??` defaults it (`(s ?? n) ?? NaN`).
 */
function printedCoalesce(a: Emitted, b: Emitted, bn: Node, defaulted: boolean, ctx: EmitContext): Emitted | undefined {
  const text = (e: Emitted): X.Expr | undefined => {
    if (e.type.k === "string" || (e.type.k === "nullable" && e.type.inner.k === "string")) return nodeOf(e);
    // a missing numeric enum prints as a number does (C128)
    if (e.type.k === "nullable" && e.type.inner.k === "enum") return (ctx.useHelper("StrOptionalDouble"), X.call(X.name("Js.Str"), [X.cast("int?", nodeOf(e)), X.cast("string", X.lit("null"))]));
    if (e.type.k === "nullable" && isNumeric(e.type.inner) && e.type.inner.k !== "long") ctx.useHelper("StrOptionalDouble");
    else if (e.type.k === "nullable" && e.type.inner.k === "bool") ctx.useHelper("StrOptionalBool");
    else return undefined;
    return X.call(X.name("Js.Str"), [nodeOf(e), X.cast("string", X.lit("null"))]);
  };
  const l = text(a);
  if (!l) return undefined;
  const r = (defaulted && b.type.k === "nullable" ? text(b) : undefined) ?? (b.type.k === "string" ? nodeOf(b) : toJsStringNode(b, bn, ctx));
  return built(X.binary("??", l, r), T.string);
}

function assign(be: BinaryExpression, ctx: EmitContext): Emitted {
  if (Node.isArrayLiteralExpression(be.getLeft())) return emitTupleAssign(be, ctx, checkAssignable);
  checkAssignable(be.getLeft(), ctx);
  const nn = nonNullTarget(be.getLeft(), ctx);
  const l = nn ? built(X.member(nodeOf(nn.target), "Value"), stripNullable(nn.target.type)) : emitExpr(be.getLeft(), ctx);
  const r = emitExpr(be.getRight(), ctx, l.type);
  const v = wholeOf(converted(r, l.type, be.getRight(), ctx));
  if (nn) return assignNonNull(nn, v, be);
  return orderedAssign(be, l, v, ctx) ?? built(X.assign("=", nodeOf(l), v), l.type);
}

/** `x **= y` on a number: `x = Js.Pow(x, y)` (C# has no `**`); x is read, y evaluated, x written, as in JS. */
function powAssign(be: BinaryExpression, ctx: EmitContext): Emitted {
  checkAssignable(be.getLeft(), ctx);
  if (!plainTarget(be.getLeft())) powTargetFail(be, ctx);
  const nn = nonNullTarget(be.getLeft(), ctx, true);
  const l = nn ? built(X.member(nodeOf(nn.target), "Value"), stripNullable(nn.target.type)) : emitExpr(be.getLeft(), ctx);
  const r = emitExpr(be.getRight(), ctx);
  if (!isNumeric(r.type)) ctx.fail(be, "UnsupportedSyntax", "'**=' with a non-number");
  if (l.type.k !== "double") ctx.fail(be, "DoubleToInt", "double", describe(l.type), conversionFix(describe(l.type)));
  ctx.useHelper("Pow");
  if (nn) return assignNonNull(nn, X.call(X.name("Js.Pow"), [nodeOf(l), nodeOf(r)]), be);
  return built(X.assign("=", nodeOf(l), X.call(X.name("Js.Pow"), [nodeOf(l), nodeOf(r)])), T.double);
}

/** Why `t **= y` is refused, told with the user's own target: an element `a[i]`, or a property of an object reached by a call or an element (`f().v`). */
function powTargetFail(be: BinaryExpression, ctx: EmitContext): never {
  let t: Node = be.getLeft();
  while (Node.isParenthesizedExpression(t) || Node.isNonNullExpression(t) || Node.isAsExpression(t)) t = t.getExpression();
  const y = be.getRight().getText();
  const short = (s: string) => (s.length > 40 ? undefined : s);
  if (Node.isPropertyAccessExpression(t) && !t.hasQuestionDotToken()) {
    const obj = short(t.getExpression().getText()) ?? "...";
    return ctx.fail(be.getOperatorToken(), "UnsupportedForm", `'**=' on a property of an object reached through a call or an element ('${obj}')`, `C# has no '**=', and writing 't.${t.getName()} = t.${t.getName()} ** y' with '${obj}' as t would evaluate '${obj}' twice`, `Hold the object in a local first: 'const o = ${obj}; o.${t.getName()} **= ${short(y) ?? "y"};'.`);
  }
  const a = Node.isElementAccessExpression(t) && plainTarget(t.getExpression()) ? short(t.getExpression().getText()) : undefined;
  const i = Node.isElementAccessExpression(t) ? short(t.getArgumentExpression()?.getText() ?? "") : undefined;
  const [aa, ii] = a && i ? [a, i] : ["a", "i"];
  return ctx.fail(be.getOperatorToken(), "UnsupportedForm", "'**=' on an element or a computed target", `C# has no '**=', and writing '${aa}[${ii}] = ${aa}[${ii}] ** y' would evaluate the target twice`, `Read it into a local, raise the local, and store it back: 'const k = ${ii}; let v = ${aa}[k]; v **= ${short(y) ?? "y"}; ${aa}[k] = v;'.`);
}

function compoundAssign(be: BinaryExpression, op: SyntaxKind, ctx: EmitContext): Emitted {
  checkAssignable(be.getLeft(), ctx);
  const nn = nonNullTarget(be.getLeft(), ctx, true);
  if (nn) return compoundNonNull(be, op, nn, ctx);
  const l = emitExpr(be.getLeft(), ctx);
  const r0 = BITWISE.has(op) ? bitwiseOperand(be.getRight(), ctx) : emitExpr(be.getRight(), ctx, l.type.k === "int" ? T.int : undefined);
  // `n += E.A` on a number: the enum's number (C# has no double + enum: mcs CS0019)
  const r = r0.type.k === "enum" && !BITWISE.has(op) && (l.type.k === "int" || l.type.k === "double") ? built(X.cast(l.type.k, nodeOf(r0)), l.type) : r0;
  const o = opText(op);
  if (op === SyntaxKind.PlusToken && isStringy(l.type)) {
    const s = r.type.k === "string" ? wholeOf(r) : whole(toJsString(r, be.getRight(), ctx));
    // C151: `o.t += "x"` of a `t?: string` (or `string | null`) that is missing: JS appends to "undefined" ("null"), C#'s
    // += to "" (a null string). The target is read as JS prints it, then assigned.
    // `o.t! += "x"` of a missing one: C150's `!` (it throws in C#, where JS appends to "undefined")
    let asserted: Node = be.getLeft();
    while (Node.isParenthesizedExpression(asserted)) asserted = asserted.getExpression();
    if (Node.isNonNullExpression(asserted) && l.type.k === "string" && mayBeMissing(asserted.getExpression())) {
      if (!simpleTarget(asserted.getExpression())) return ctx.fail(be.getOperatorToken(), "UnsupportedForm", "'+=' on a computed target whose string may be missing", "the missing value is printed and the target written back, which would evaluate it twice", "Read it into a local, append to the local, and store it back.");
      ctx.useHelper("Present");
      const right = r.type.k === "string" ? nodeOf(r) : toJsStringNode(r, be.getRight(), ctx);
      return built(X.assign("=", nodeOf(l), X.binary("+", X.call(X.name("Js.Present"), [nodeOf(l)]), right)), T.string);
    }
    if (mayBeMissing(be.getLeft())) {
      if (!simpleTarget(be.getLeft())) return ctx.fail(be.getOperatorToken(), "UnsupportedForm", "'+=' on a computed target whose string may be missing", "the missing value is printed and the target written back, which would evaluate it twice", "Read it into a local, append to the local, and store it back.");
      const right = r.type.k === "string" ? nodeOf(r) : toJsStringNode(r, be.getRight(), ctx);
      return built(X.assign("=", nodeOf(l), X.binary("+", toJsStringNode(l, be.getLeft(), ctx), right)), T.string);
    }
    return built(X.assign("+=", nodeOf(l), s), T.string);
  }
  // C#'s `b += 1` on a byte wraps or throws past 255 where JS goes on: store back a checked value instead.
  if (l.type.k === "byte") ctx.fail(be, "DoubleToInt", "int", "byte", conversionFix("byte"));
  if (BITWISE.has(op)) {
    const res = bitwise(l, r, op, be, ctx);
    // A local `h >>= k` as `h = (int)(long)h >> k` (see shiftee); a field or element is read from memory, already 32 bits.
    if (res.type.k === "int" && Node.isIdentifier(be.getLeft()) && widensShiftee(r, op)) return built(X.assign("=", nodeOf(l), X.binary(">>", shiftee(l, r, op), nodeOf(r))), res.type);
    return built(X.assign(`${o}=` as X.AssignOp, nodeOf(l), nodeOf(r)), res.type);
  }
  // `e += 1` on an enum: C# has E + int and E - int (the same value as JS's), not * / % nor a double step.
  if (l.type.k === "enum") {
    if ((op !== SyntaxKind.PlusToken && op !== SyntaxKind.MinusToken) || !isIntLike(r.type)) ctx.fail(be, "UnsupportedSyntax", `'${o}=' on the enum '${describe(l.type)}' with a value of type '${describe(r.type)}' (C# steps an enum only by += / -= of an int; compute in a number: const n = e ${o} x)`);
    return built(X.assign(`${o}=` as X.AssignOp, nodeOf(l), nodeOf(r)), l.type);
  }
  const res = arithmetic(l, r, op, be, ctx, l.type);
  if (res.type.k === "double" && (l.type.k === "int" || l.type.k === "uint" || l.type.k === "float")) ctx.fail(be, "DoubleToInt", describe(res.type), describe(l.type), compoundFix(be, describe(l.type)));
  if (l.type.k === "int") ctx.intArithmetic = true;
  // C81: `x += 0` turns a -0 in x into +0, and mono's JIT drops the addition of the constant (as for x + 0): add a
  // zero it cannot see
  if (l.type.k === "double" && addsZero(r, op)) {
    ctx.useHelper("ZeroKey");
    return built(X.assign("+=", nodeOf(l), X.call(X.name("Js.Key"), [X.lit("0.0")])), l.type);
  }
  return built(X.assign(`${o}=` as X.AssignOp, nodeOf(l), nodeOf(r)), l.type);
}

/**
 * PBTS1017's way out for `t op= y` on an int, uint or float target (`lcd.FontSize += 0.1`): a compound assignment has
 * no place for the conversion, so the hint writes it out (`lcd.FontSize = toFloat(lcd.FontSize + 0.1)`).
 */
function compoundFix(be: BinaryExpression, to: string): string {
  const fix = conversionFix(to);
  const t = be.getLeft().getText();
  const y = be.getRight().getText();
  const op = be.getOperatorToken().getText().slice(0, -1);
  const fn = fix.slice(0, fix.indexOf("("));
  if (t.length + y.length > 60 || !plainTarget(be.getLeft())) return fix;
  const how = to === "float" ? "rounds to the nearest float" : "truncates toward zero and throws when the value is out of range, on both sides";
  return `${t} = ${fn}(${t} ${op} ${y}) ('${op}=' has no place for the conversion; ${fn}(...) ${how})`;
}

/** `x! op= y` (or a narrowed `x op= y`) on a nullable number or int (C77): `x = x.Value op y`, computed as compoundAssign computes it. */
function compoundNonNull(be: BinaryExpression, op: SyntaxKind, nn: NonNullTarget, ctx: EmitContext): Emitted {
  if (!plainTarget(nn.inner)) return ctx.fail(be.getOperatorToken(), "UnsupportedForm", `'${be.getOperatorToken().getText()}' on a nullable element or computed target`, "the non-null value is read and written back, which would evaluate the target twice", "Read it into a local, apply the operator to the local, and store it back.");
  const l = built(X.member(nodeOf(nn.target), "Value"), stripNullable(nn.target.type));
  const r0 = BITWISE.has(op) ? bitwiseOperand(be.getRight(), ctx) : emitExpr(be.getRight(), ctx, l.type.k === "int" ? T.int : undefined);
  const r = r0.type.k === "enum" && !BITWISE.has(op) && (l.type.k === "int" || l.type.k === "double") ? built(X.cast(l.type.k, nodeOf(r0)), l.type) : r0;
  // `d! += 1` on an enum: C#'s E + int, as compoundAssign allows
  if (l.type.k === "enum" && (op === SyntaxKind.PlusToken || op === SyntaxKind.MinusToken) && isIntLike(r.type)) return assignNonNull(nn, X.binary(opText(op) as X.BinaryOp, nodeOf(l), nodeOf(r)), be);
  if (l.type.k !== "int" && l.type.k !== "double") return ctx.fail(be, "UnsupportedSyntax", `'${be.getOperatorToken().getText()}' on a nullable '${describe(l.type)}'`);
  const res = BITWISE.has(op) ? bitwise(l, r, op, be, ctx) : arithmetic(l, r, op, be, ctx, l.type);
  if (res.type.k === "double" && l.type.k === "int") ctx.fail(be, "DoubleToInt", describe(res.type), describe(l.type), conversionFix(describe(l.type)));
  if (l.type.k === "int") ctx.intArithmetic = true;
  return assignNonNull(nn, nodeOf(res), be);
}

export function emitPrefixUnary(pu: PrefixUnaryExpression, ctx: EmitContext, expected?: CsType): Emitted {
  const op = pu.getOperatorToken();
  const operand = pu.getOperand();
  switch (op) {
    case SyntaxKind.ExclamationToken:
      return built(X.unary("!", emitConditionNode(operand, ctx)), T.bool);
    case SyntaxKind.MinusToken: {
      // `-1` where a double is wanted is `-1.0`: as an int literal C# would pick an int/float overload
      // (MathHelper.Atan(-1) took Atan(float) while Node ran the double one).
      const wantsDouble = !!expected && stripNullable(expected).k === "double" && Node.isNumericLiteral(operand);
      const e = emitExpr(operand, ctx, wantsDouble ? T.double : undefined);
      if (e.type.k === "enum") return built(X.unary("-", X.cast("double", nodeOf(e))), T.double);
      if (!isNumeric(e.type)) ctx.fail(pu, "UnsupportedSyntax", `'-' on '${describe(e.type)}'`);
      if (e.type.k === "long") ctx.fail(pu, "LongArithmetic");
      // -2147483648 is an int (C# reads `-2147483648` as one literal); its negation is not.
      if (e.value === undefined && Node.isNumericLiteral(operand) && operand.getLiteralValue() === 2147483648 && !/[.eE]/.test(operand.getText()))
        return built(X.unary("-", X.lit("2147483648")), T.intlit, -2147483648);
      if (e.value !== undefined && -e.value > 2147483647) return built(X.lit("2147483648.0"), T.double);
      // (the printer writes `- -5`, never `--5`, a decrement in C#)
      if (e.value !== undefined) return e.value === 0 ? built(X.lit("-0.0"), T.double) : built(X.unary("-", nodeOf(e)), T.intlit, -e.value);
      // -(int 0) is 0 in C# and -0 in JS: the negation is a double unless an int is wanted (an index). An int literal's
      // type with no value (`(c ? 0 : undefined) ?? -2147483648`, an int in C#) is an int here too (C201: it wrapped)
      if (e.type.k === "int" || e.type.k === "byte" || e.type.k === "intlit") {
        if (!(expected && stripNullable(expected).k === "int")) return built(X.unary("-", X.cast("double", nodeOf(e))), T.double);
        if (!ctx.intArithmetic && !intOpInRange(pu, ctx)) ctx.intArithmetic = true;
        return built(X.unary("-", nodeOf(e)), T.int);
      }
      if (e.type.k === "uint") return built(X.unary("-", X.cast("double", nodeOf(e))), T.double); // C#'s -u is a long: -0 lost
      return built(X.unary("-", nodeOf(e)), e.type.k === "float" ? T.double : e.type);
    }
    case SyntaxKind.PlusToken:
      return ctx.fail(pu, "UnsupportedSyntax", "unary '+' (a conversion to number; write Number(x) or parseFloat(x), which pbts converts as JS does)");
    case SyntaxKind.TildeToken: {
      const e = bitwiseOperand(operand, ctx);
      // ~Flag: the same 32-bit complement in both (enums are int-backed), kept as the enum for & and |.
      if (e.type.k === "enum") return built(X.unary("~", nodeOf(e)), e.type);
      if (e.type.k === "uint") ctx.fail(pu, "UintBitwise", "~");
      if (!isIntLike(e.type)) ctx.fail(pu, "BitwiseOnDouble", "~");
      return built(X.unary("~", nodeOf(e)), T.int);
    }
    case SyntaxKind.PlusPlusToken:
    case SyntaxKind.MinusMinusToken:
      return increment(operand, op === SyntaxKind.PlusPlusToken ? "++" : "--", true, pu, ctx);
  }
  return ctx.fail(pu, "UnsupportedSyntax", "this prefix operator");
}

export function emitPostfixUnary(pu: PostfixUnaryExpression, ctx: EmitContext): Emitted {
  return increment(pu.getOperand(), pu.getOperatorToken() === SyntaxKind.PlusPlusToken ? "++" : "--", false, pu, ctx);
}

function increment(operand: Node, op: "++" | "--", prefix: boolean, node: Node, ctx: EmitContext): Emitted {
  // C112: `xs.length--` was C#'s `xs.Count--` (mcs CS0200)
  checkAssignable(operand, ctx);
  const nn = nonNullTarget(operand, ctx, true);
  const e = nn ? built(X.member(nodeOf(nn.target), "Value"), stripNullable(nn.target.type)) : emitExpr(operand, ctx);
  if (e.type.k === "long") ctx.fail(node, "LongArithmetic");
  // an enum steps by 1 in both (C#'s E++ is defined; the value may leave the members, as in JS)
  if (e.type.k !== "int" && e.type.k !== "double" && e.type.k !== "enum") ctx.fail(node, "UnsupportedSyntax", `'${op}' on '${describe(e.type)}'`);
  if (nn) return incrementNonNull(nn, op, prefix, node, ctx);
  if (e.type.k === "int" && !ctx.intArithmetic && !intOpInRange(node, ctx)) ctx.intArithmetic = true;
  return built(prefix ? X.unary(op, nodeOf(e)) : X.postfix(op, nodeOf(e)), e.type);
}

