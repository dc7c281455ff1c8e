// Between the tree and `Emitted` (context.ts) while the emitter is converted: a converted emitter
// returns `built(node, type)`, whose `code` is the node printed; `nodeOf` gives any Emitted as a node,
// text from an unconverted emitter as `raw` with the precedence its `compound` flag promises.
import type { Emitted } from "../context.ts";
import type { CsType } from "../cstype.ts";
import { printExpr } from "./print.ts";
import { Prec, precOf, raw, type Expr } from "./syntax.ts";

/** An Emitted built as a tree: `code` is printed from `node`. */
export function built(node: Expr, type: CsType, value?: number): Emitted {
  const e: Emitted = { code: printExpr(node), type, node };
  if (precOf(node) < Prec.Primary) e.compound = true;
  if (value !== undefined) e.value = value;
  return e;
}

/**
 * `e` as a tree node. A node is used only while `code` is still its printed text: an Emitted copied
 * with other code (`{ ...e, code }`) is that text. Text is an operand as `paren()` treats it: a
 * `compound` one always in parentheses, any other as it stands.
 */
export function nodeOf(e: Emitted): Expr {
  if (e.node && printExpr(e.node) === e.code) return e.node;
  return raw(e.code, e.compound ? Prec.Group : Prec.Primary);
}

/** C# text that is a whole expression (as an argument, an assigned value, a `?:` branch). */
export const whole = (code: string): Expr => raw(code, Prec.Assign);

/** `e` where a whole expression stands (an assigned value): text needs no parentheses there. */
export function wholeOf(e: Emitted): Expr {
  return e.node && printExpr(e.node) === e.code ? e.node : whole(e.code);
}
