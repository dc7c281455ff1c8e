// Between the tree and `Emitted` (context.ts) while the emitter is converted: a converted emitter
// returns `built(node, type)`, whose `code` is the node printed; `nodeOf` gives any Emitted as a node,
// text from an unconverted emitter as `raw` with the precedence its `compound` flag promises.
import type { Emitted } from "../context.ts";
import type { CsType } from "../cstype.ts";
import { printExpr } from "./print.ts";
import { Prec, call, member, name, precOf, raw, type Expr } from "./syntax.ts";

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

/** `e` converted to `code` (convertTo's text) where a whole expression stands: `e`'s node when nothing was converted. */
export const convertedOf = (e: Emitted, code: string): Expr => (code === e.code ? wholeOf(e) : whole(code));

/** What a converted emitter passes where a whole expression stands: an Emitted, a node, or C# text. */
export type Arg = Emitted | Expr | string;

/** `a` where a whole expression stands (an argument, an assigned value). */
export function argOf(a: Arg): Expr {
  if (typeof a === "string") return whole(a);
  return "k" in a ? a : wholeOf(a);
}

/** `fn(args)`: fn a C# name (`Js.Pow`, `Math.Floor`, `Js.Slice<double>`), each argument a whole expression. */
export function callOf(fn: string, ...args: Arg[]): Expr {
  return call(name(fn), args.map(argOf));
}

/** `recv.m(args)`: the receiver an operand of `.`, each argument a whole expression. */
export function methodOf(recv: Emitted | Expr, m: string, ...args: Arg[]): Expr {
  return call(member("k" in recv ? recv : nodeOf(recv), m), args.map(argOf));
}
