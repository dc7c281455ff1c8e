// Tuples (issue 13): `[string, number]` is a small mutable class Js.Tuple2<string, double>
// (runtime/Js.cs), a reference as a JS array is: `===` compares identity, `t[0] = x` writes
// through every holder. Supported: the type (also `readonly`, named members), literals where a
// tuple is expected, `t[0]` reads and writes with a literal index, `t.length`, destructuring
// (`const [a, b] = f()`, `for (const [k, v] of pairs)`), spreading a tuple held in a variable into
// a call (`f(...t)`), Map entries (`Array.from(m)`, `[...m.entries()]`). Everything an array has
// beyond that (methods, a computed index, printing) is rejected: a tuple is not a List here.
import { nonNullTarget } from "./non-null-targets.ts";
import { Node, SyntaxKind, type ArrayBindingPattern, type Expression, type Statement } from "ts-morph";
import { cs, describe, ref, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted, Writer } from "./context.ts";
import { emitLoopBody } from "./statements.ts";
import { converted, convertTo, emitExpr, localName, tsName } from "./expressions.ts";
import { built, nodeOf, wholeOf } from "./tree/bridge.ts";
import { bindNested, isPattern } from "./destructuring.ts";
import * as X from "./tree/syntax.ts";

const PREFIX = "Js.Tuple";

export function tupleType(elems: CsType[], ctx: EmitContext, at: Node): CsType {
  if (elems.length < 1 || elems.length > MAX_TUPLE) return ctx.fail(at, "UnsupportedSyntax", `a tuple of ${elems.length} element(s) (pbts has tuples of 1 to ${MAX_TUPLE}; declare a class or an interface)`);
  ctx.useHelper(`Tuple${elems.length}`);
  return ref(`${PREFIX}${elems.length}`, elems);
}

export function isTuple(t: CsType | undefined): t is { k: "ref"; name: string; args: CsType[]; struct: boolean } {
  return !!t && t.k === "ref" && t.name.startsWith(PREFIX);
}

/** Why a tuple is no array, and the way out (for...of over one, one passed where an array is expected). */
export const TUPLE_NOT_ARRAY = `a tuple is a class of fixed elements in pbts, not an array; declare an array where it is made, e.g. const names: string[] = ["a", "b"], or readonly ("a" | "b")[]`;

/** ", made by 'as const'" when the expression is an `as const` or a variable initialized with one. */
export function madeAsConst(e: Node): string {
  let init: string | undefined;
  if (Node.isAsExpression(e)) init = e.getText();
  else if (Node.isIdentifier(e)) {
    const d = e.getSymbol()?.getValueDeclaration();
    init = d && Node.isVariableDeclaration(d) ? d.getInitializer()?.getText() : undefined;
  }
  return /\bas const\s*$/.test(init ?? "") ? ", made by 'as const'" : "";
}

/**
 * A tuple where an array is expected (`sum(XS)` of an `as const` XS for a `readonly number[]`, or a generic `readonly T[]`):
 * TS accepts it, C# has no conversion from Js.Tuple2 to a List (mcs CS1503/CS0029), and a copy would not be the same object.
 */
export function failTupleAsArray(node: Node, to: CsType, ctx: EmitContext): never {
  return ctx.fail(node, "UnsupportedSyntax", `a tuple ('${node.getType().getText(node)}'${madeAsConst(node)}) where an array ('${tsName(to)}') is expected (${TUPLE_NOT_ARRAY})`);
}

/** `[a, b]` where a tuple is expected. */
/** Tuples of 1 to 8 elements: Js.Tuple1..Js.Tuple8 (compiler/runtime/Js.cs). */
export const MAX_TUPLE = 8;

export function emitTupleLiteral(al: Node & { getElements(): Expression[] }, t: CsType, ctx: EmitContext): Emitted {
  if (!isTuple(t)) return ctx.fail(al, "UnsupportedSyntax", "a tuple literal of this type");
  const els = al.getElements();
  if (els.some((e) => Node.isSpreadElement(e) || Node.isOmittedExpression(e)) || els.length !== t.args.length) return ctx.fail(al, "UnsupportedSyntax", "a tuple literal with spread or missing elements");
  const parts = els.map((e, i) => wholeOf(converted(emitExpr(e, ctx, t.args[i]), t.args[i], e, ctx)));
  return built(X.newObject(cs(t), parts), t);
}

/** `t[0]` with a literal index (TypeScript checks the range). */
export function emitTupleElement(ea: Node, recv: Emitted, idxNode: Node, ctx: EmitContext): Emitted {
  const t = stripNullable(recv.type) as { args: CsType[] };
  const i = Node.isNumericLiteral(idxNode) ? Number(idxNode.getLiteralValue()) : NaN;
  if (!Number.isInteger(i) || i < 0 || i >= t.args.length) return ctx.fail(idxNode, "UnsupportedSyntax", "indexing a tuple with anything but a literal index (use t[0], t[1]...)");
  return built(X.member(nodeOf(recv), `Item${i + 1}`), t.args[i]);
}

/** `t.length` is the tuple's size; anything else an array has is not there. */
export function emitTupleProperty(pa: Node, recv: Emitted, name: string, ctx: EmitContext): Emitted {
  const t = stripNullable(recv.type) as { args: CsType[] };
  if (name === "length") return { code: String(t.args.length), type: { k: "intlit" }, value: t.args.length };
  return ctx.fail(pa, "UnsupportedSyntax", `'${name}' of a tuple (pbts tuples are not arrays: read t[0], t[1]... or copy the elements into an array)`);
}

/**
 * `[a, b]` bound to a tuple held in `code`: one C# declaration per named element (holes skipped).
 * A nested pattern binds the element's own parts; a default (`[a = 1]`) or a rest (`...r`) is rejected.
 */
export function bindTuple(pattern: ArrayBindingPattern, code: string, t: CsType, ctx: EmitContext): string[] {
  if (!isTuple(t)) return ctx.fail(pattern, "Destructuring");
  const out: string[] = [];
  pattern.getElements().forEach((el, i) => {
    if (Node.isOmittedExpression(el)) return;
    // `const [a = 1] = [3]`: TS types an array literal written in place as a tuple.
    if (el.getInitializer() && Node.isIdentifier(el.getNameNode()) && !el.getDotDotDotToken())
      ctx.fail(el, "UnsupportedSyntax", `a default in destructuring a tuple (TypeScript types an array literal destructured in place as a tuple, whose elements are always there; drop the default, or declare the array type: const ${pattern.getText()}: ${arrayTypeText(pattern)} = [...])`);
    else if (el.getDotDotDotToken()) ctx.fail(el, "UnsupportedSyntax", `a rest element in destructuring a tuple (a tuple is no array in C#: name each element, const [a, b] = t, or declare an array type)`);
    else if (i >= t.args.length) ctx.fail(el, "UnsupportedSyntax", `an element past a tuple's end (a ${t.args.length}-element tuple has no element ${i})`);
    // `const [[a, b], c] = t`: the inner tuple (or array, object) read once, then its own targets, as JS does.
    if (isPattern(el.getNameNode())) {
      out.push(...bindNested(el, `${code}.Item${i + 1}`, t.args[i], el.getType(), ctx));
      return;
    }
    ctx.declTypes.set(el, t.args[i]);
    out.push(`${cs(t.args[i])} ${localName(el)} = ${code}.Item${i + 1}`);
  });
  return out;
}

/** `number[]` for `const [a = 1] = [3]`: the array type to declare instead of the literal's tuple. */
function arrayTypeText(pattern: ArrayBindingPattern): string {
  const d = pattern.getParent();
  const init = Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  const elems = init?.getType().getTupleElements() ?? [];
  const texts = [...new Set(elems.map((e) => e.getBaseTypeOfLiteralType().getText(pattern)))];
  return texts.length === 1 ? `${texts[0]}[]` : "T[]";
}

/** `const [a, b] = expr;`: the tuple into a temporary, then one local per element. */
export function emitTupleDeclaration(pattern: ArrayBindingPattern, init: Expression | undefined, ctx: EmitContext): string {
  if (!init) return ctx.fail(pattern, "Destructuring");
  const e = emitExpr(init, ctx);
  const t = stripNullable(e.type);
  if (!isTuple(t)) return ctx.fail(pattern, "UnsupportedSyntax", `destructuring a '${describe(t)}' (only tuples, e.g. a function returning [string, number], can be destructured; read a[0], a[1] from an array)`);
  const tmp = ctx.tempName("tuple");
  return [`${cs(t)} ${tmp} = ${e.code}`, ...bindTuple(pattern, tmp, t, ctx)].join("; ");
}

/** Arguments of `f(x, ...t)`: a tuple held in a local, parameter or field is read element by element. */
export function spreadTupleArg(spread: Node, ctx: EmitContext): Emitted[] | undefined {
  if (!Node.isSpreadElement(spread)) return undefined;
  let x = spread.getExpression();
  while (Node.isParenthesizedExpression(x)) x = x.getExpression();
  const e = emitExpr(x, ctx);
  const t = stripNullable(e.type);
  if (!isTuple(t)) return undefined;
  // C175: not a getter (`f(...this.t)` of `get t()` ran it once per element)
  const plain = Node.isIdentifier(x) || (Node.isPropertyAccessExpression(x) && x.getExpression().getKind() === SyntaxKind.ThisKeyword && !isAccessor(x));
  if (!plain) return ctx.fail(spread, "UnsupportedSyntax", "spreading a computed tuple, or one a getter returns, into a call (it would be evaluated once per element; store it in a const first)");
  return t.args.map((a, i) => built(X.member(nodeOf(e), `Item${i + 1}`), a));
}

/**
 * The elements of a tuple a spread or Array.from copies (`[...XS]`, `Array.from(XS)`, `new Set(XS)` of an `as const`
 * XS): a new array of them, as JS's copy is. Read from a plain name only (a computed tuple would be evaluated once per
 * element); the elements must be of one type, the copy's element type.
 */
export function tupleElements(src: Node, e: Emitted, ctx: EmitContext): { node: X.Expr; elem: CsType } {
  const t = stripNullable(e.type) as { args: CsType[] };
  let x: Node = src;
  while (Node.isParenthesizedExpression(x)) x = x.getExpression();
  const plain = Node.isIdentifier(x) || (Node.isPropertyAccessExpression(x) && (x.getExpression().getKind() === SyntaxKind.ThisKeyword || Node.isIdentifier(x.getExpression())) && !isAccessor(x));
  const what = `'${src.getType().getText(src)}'${madeAsConst(x)}`;
  if (!plain) return ctx.fail(src, "UnsupportedSyntax", `copying the elements of a tuple a call or a getter gives (${what}) into an array (it would be evaluated once per element; store it in a const first)`);
  const elems = [...new Set(t.args.map(cs))];
  if (elems.length !== 1) return ctx.fail(src, "UnsupportedSyntax", `copying a tuple of different element types (${what}) into an array (an array has one element type in C#; copy the elements one by one: [t[0], t[1]] into a declared array type)`);
  const elem = t.args[0].k === "intlit" ? { k: "int" } as CsType : t.args[0];
  return { node: X.init(`${cs(elem)}[]`, t.args.map((_, i) => ({ value: X.member(nodeOf(e), `Item${i + 1}`) }))), elem };
}

/** A getter runs each time it is read. */
function isAccessor(pa: Node): boolean {
  return !!pa.getSymbol()?.getDeclarations().some((d) => Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d));
}

/** The [key, value] tuple of a Map's entries; int/float/long keys or values are refused (TS sees number, the tuple would hold int). */
export function entryTuple(t: CsType, at: Node, ctx: EmitContext): CsType {
  const d = t as { key: CsType; value: CsType };
  const narrow = (x: CsType) => x.k === "int" || x.k === "float" || x.k === "long" || x.k === "uint" || x.k === "byte";
  if (narrow(d.key) || narrow(d.value)) return ctx.fail(at, "UnsupportedSyntax", "the [key, value] entries of a Map with int/uint/byte/float/long keys or values (iterate m.keys() and read m.get(k)!)");
  return tupleType([d.key, d.value], ctx, at);
}

/**
 * `[a, b] = [b, a]` / `[lo, hi] = minMax(xs)` as a statement: JS evaluates the right side whole,
 * then assigns left to right; so does a temporary tuple. Targets: locals, fields, elements.
 */
export function emitTupleAssign(be: Node & { getLeft(): Expression; getRight(): Expression }, ctx: EmitContext, checkAssignable: (t: Node, ctx: EmitContext) => void): Emitted {
  const left = be.getLeft() as Expression & { getElements(): Expression[] };
  let stmt: Node = be;
  while (Node.isParenthesizedExpression(stmt.getParent()!)) stmt = stmt.getParent()!;
  if (!Node.isExpressionStatement(stmt.getParent()!)) return ctx.fail(be, "UnsupportedSyntax", "using the value of a destructuring assignment (use it as a statement)");
  const targets = left.getElements().map((el) => {
    if (Node.isOmittedExpression(el) || Node.isSpreadElement(el) || Node.isArrayLiteralExpression(el) || Node.isObjectLiteralExpression(el) || Node.isBinaryExpression(el))
      return ctx.fail(el, "UnsupportedSyntax", "a hole, a rest, a nested pattern or a default in a destructuring assignment (pbts assigns names, fields and elements: [a, b] = t; for a nested tuple, assign it to a name, then [c, d] = ab)");
    checkAssignable(el, ctx);
    // `[n!, m] = t` on a nullable number: n is written (C77: n.Value is read-only in C#)
    const nn = nonNullTarget(el, ctx);
    return { node: el, em: nn ? { code: nn.target.code, type: stripNullable(nn.target.type) } : emitExpr(el, ctx) };
  });
  const want = tupleType(targets.map((t) => t.em.type), ctx, left);
  const r = emitExpr(be.getRight(), ctx, want);
  const rt = stripNullable(r.type);
  if (!isTuple(rt) || rt.args.length < targets.length) return ctx.fail(be.getRight(), "UnsupportedSyntax", `destructuring a '${describe(rt)}' (only tuples can be destructured; read a[0], a[1] from an array)`);
  const tmp = ctx.tempName("tuple");
  const parts = [`${cs(rt)} ${tmp} = ${r.code}`];
  targets.forEach((t, i) => parts.push(`${t.em.code} = ${convertTo({ code: `${tmp}.Item${i + 1}`, type: rt.args[i] }, t.em.type, t.node, ctx)}`));
  return { code: parts.join("; "), type: { k: "void" } };
}

/**
 * `for (const [i, x] of xs.entries())`: an index loop over the live array (JS's array iterator
 * re-reads the length each step, as `i < list.Count` does); `i` is the int index, `x` the element.
 * False when the loop is something else.
 */
export function emitForOfArrayEntries(fo: Node & { getStatement(): Node }, decl: Node, iter: Node, w: Writer, ctx: EmitContext): boolean {
  if (!Node.isCallExpression(iter) || iter.getArguments().length) return false;
  const callee = iter.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.getName() !== "entries") return false;
  const recv = emitExpr(callee.getExpression(), ctx);
  const lt = stripNullable(recv.type);
  if (lt.k !== "list") return false;
  const pattern = Node.isVariableDeclaration(decl) ? decl.getNameNode() : undefined;
  if (!pattern || !Node.isArrayBindingPattern(pattern)) return ctx.fail(decl, "UnsupportedSyntax", "for...of over xs.entries() without [index, value] destructuring");
  const els = pattern.getElements();
  if (els.length > 2 || els.some((el) => !Node.isOmittedExpression(el) && (!Node.isIdentifier(el.getNameNode()) || el.getDotDotDotToken() || el.getInitializer()))) return ctx.fail(pattern, "UnsupportedSyntax", "a nested pattern, a default or a rest element in for (const [i, x] of xs.entries()) (name the index and the element, then destructure the element in the body: const [a, b] = x)");
  const list = ctx.tempName("list");
  const i = ctx.tempName("i");
  w.line("{");
  w.indent();
  w.line(`${cs(lt)} ${list} = ${recv.code};`);
  w.line(`for (int ${i} = 0; ${i} < ${list}.Count; ${i}++)`);
  w.line("{");
  w.indent();
  // A const index stays in range: an int; a `let` one may be reassigned: a JS number (double).
  const isConst = (decl.getParent() as Node & { getDeclarationKind?(): string }).getDeclarationKind?.() === "const";
  const [iEl, xEl] = els;
  if (iEl && !Node.isOmittedExpression(iEl)) {
    const it: CsType = isConst ? { k: "int" } : { k: "double" };
    ctx.declTypes.set(iEl, it);
    w.line(`${cs(it)} ${localName(iEl)} = ${i};`);
  }
  if (xEl && !Node.isOmittedExpression(xEl)) {
    ctx.declTypes.set(xEl, lt.elem);
    w.line(`${cs(lt.elem)} ${localName(xEl)} = ${list}[${i}];`);
  }
  emitLoopBody(fo.getStatement() as Statement, w, ctx);
  w.dedent();
  w.line("}");
  w.dedent();
  w.line("}");
  return true;
}
