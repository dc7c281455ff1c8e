// `a ** b`, `a **= b` and Math.pow on numbers.
import { Node } from "ts-morph";
import { T } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

/** Node's pow is V8's port of fdlibm's, which returns `x*x` for an exponent of exactly 2 (e_pow.c: "y is 2"): a
 * square of a name or a literal is printed `x*x`, the same bits in C# and JS, without Js.Pow (about 5,200 characters
 * at `none`). Any other operands call Js.Pow, which does fdlibm's steps (C76). `base` is read twice, so only a
 * plain name or literal is squared inline (a property could be a getter, a call has effects). */
export function powOf(baseNode: Node, expNode: Node, a: Emitted, b: Emitted, ctx: EmitContext): Emitted {
  let base = baseNode;
  while (Node.isParenthesizedExpression(base)) base = base.getExpression();
  const plain = Node.isIdentifier(base) || Node.isNumericLiteral(base);
  if (plain && Node.isNumericLiteral(expNode) && expNode.getLiteralValue() === 2) {
    // JS squares in double: an int, uint, byte or float operand is widened first (a float's `f * f` rounds to float
    // and overflows past 1.8e19: C84; a uint's wraps).
    const x = (): X.Expr => (a.type.k !== "double" ? X.cast("double", nodeOf(a)) : nodeOf(a));
    return built(X.binary("*", x(), structuredClone(x())), T.double);
  }
  ctx.useHelper("Pow");
  return built(X.call(X.name("Js.Pow"), [nodeOf(a), nodeOf(b)]), T.double);
}
