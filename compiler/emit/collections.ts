// Array, Map and Set constructs beyond plain members (issue 13 item 4): `a.length = n` (truncate
// only), `new Array<T>(n).fill(v)`, `Array.from(...)`, `new Map([[k, v], ...])`, `new Set(xs)`,
// `Map.forEach`/`Set.forEach`. Each keeps JS's order and errors (runtime/Js.cs).
import { Node, SyntaxKind, type BinaryExpression, type CallExpression, type Expression, type PropertyAccessExpression } from "ts-morph";
import { T, cs, describe, isIntLike, isNumeric, stripNullable, type CsType } from "./cstype.ts";
import { Reported, type EmitContext, type Emitted } from "./context.ts";
import { INFER, converted, emitExpr, peekType, tsName, tsTypeOf, typeOfNode } from "./expressions.ts";
import { iteratesDeleted, valueUnused } from "./statements.ts";
import { isPlainTarget } from "./guards.ts";
import { argOf, built, callOf, methodOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { entryTuple, isTuple, tupleElements } from "./tuples.ts";
import { derivesFromNamed } from "./hierarchy.ts";
import { enumNumber } from "./builtins.ts";
import { iteratorElem } from "./generators.ts";

/** JS Maps and Sets store the key -0 as +0 (SameValueZero). */
function key(e: Emitted, t: CsType, ctx: EmitContext): X.Expr {
  // A type parameter's key may be a double at run time (a generic helper's `s.add(k)`).
  if (t.k === "typeparam") return (ctx.useHelper("ZeroKeyT"), callOf("Js.KeyT", e));
  if (t.k !== "double") return argOf(e);
  ctx.useHelper("ZeroKey");
  return callOf("Js.Key", e);
}

function isLibGlobal(id: Node): boolean {
  const d = id.getSymbol()?.getDeclarations()[0];
  return !d || d.getSourceFile().isDeclarationFile();
}

/**
 * `a.length = n`: JS truncates, or grows the array with holes a List cannot hold. Accepted where n
 * cannot exceed the length: a literal 0, or Math.min(...) with `a.length` among its arguments.
 */
export function emitLengthAssign(be: BinaryExpression, ctx: EmitContext): Emitted | undefined {
  const target = be.getLeft();
  if (!Node.isPropertyAccessExpression(target) || target.getName() !== "length") return undefined;
  const lt = peekType(target.getExpression(), ctx);
  if (!lt || stripNullable(lt).k !== "list") return undefined;
  if (!valueUnused(be)) ctx.fail(be, "UnsupportedSyntax", "using the value of 'a.length = n' (use it as a statement)");
  const recvText = target.getExpression().getText();
  const rhs = skipParens(be.getRight());
  const isZero = Node.isNumericLiteral(rhs) && rhs.getLiteralValue() === 0;
  const isMin =
    Node.isCallExpression(rhs) &&
    rhs.getExpression().getText() === "Math.min" &&
    rhs.getArguments().some((a) => {
      const x = skipParens(a as Expression);
      return Node.isPropertyAccessExpression(x) && x.getName() === "length" && x.getExpression().getText() === recvText;
    });
  if (!isZero && !isMin) ctx.fail(be, "ArrayLengthGrow", be.getText());
  const list = emitExpr(target.getExpression(), ctx);
  if (isZero) return built(methodOf(list, "Clear"), T.void);
  // Math.min gives NaN or a negative number too: JS throws RangeError "Invalid array length".
  const n = emitExpr(rhs, ctx, T.double);
  ctx.useHelper("SetLength");
  return built(callOf("Js.SetLength", list, n), T.void);
}

/**
 * C51: `xs[xs.length] = v`, JS's append idiom (a C# List's indexer throws at Count). A statement whose receiver is a
 * plain local or field: `xs.Add(v)`, or `Js.Put(xs, xs.Count, v)` where v could change the list (JS reads the index first);
 * any other receiver (a getter, `ls[f()]`): `Js.Put(o.xs, o.xs.Count, v)`, evaluated twice as JS does (C58).
 */
export function emitAppendAssign(be: BinaryExpression, ctx: EmitContext): Emitted | undefined {
  const target = be.getLeft();
  if (!Node.isElementAccessExpression(target) || !valueUnused(be)) return undefined;
  const recv = target.getExpression();
  const index = skipParens(target.getArgumentExpressionOrThrow());
  if (!Node.isPropertyAccessExpression(index) || index.getName() !== "length" || index.getExpression().getText() !== recv.getText()) return undefined;
  const lt = peekType(recv, ctx);
  if (!lt || lt.k !== "list") return undefined;
  const list = emitExpr(recv, ctx);
  // (a getter or a call: evaluated twice, the list then the index's, as JS does)
  const plain = isPlainTarget(recv);
  const again = plain ? list : emitExpr(index.getExpression(), ctx);
  const v = converted(emitExpr(be.getRight(), ctx, lt.elem), lt.elem, be.getRight(), ctx);
  if (plain && isInert(skipParens(be.getRight()))) return built(methodOf(list, "Add", v), T.void);
  ctx.useHelper("Put");
  return built(callOf("Js.Put", list, X.member(nodeOf(again), "Count"), v), T.void);
}

function skipParens(e: Expression): Expression {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  return e;
}

/** `new Array<T>(n).fill(v)` / `Array(n).fill(v)`, `Array.from(x)`: calls handled before the generic ones. */
export function emitCollectionCall(call: CallExpression, ctx: EmitContext): Emitted | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const recv = callee.getExpression();
  if (callee.getName() === "fill" && (Node.isNewExpression(recv) || Node.isCallExpression(recv)) && recv.getExpression().getText() === "Array" && isLibGlobal(recv.getExpression())) {
    const ctorArgs = recv.getArguments() ?? [];
    const t = tsTypeOf(call, ctx);
    if (t.k !== "list" || ctorArgs.length !== 1 || call.getArguments().length !== 1) return ctx.fail(call, "UnsupportedSyntax", "'new Array(...).fill(...)' other than new Array<T>(n).fill(value)");
    const n0 = emitExpr(ctorArgs[0], ctx, T.double);
    // C124: an enum member is its number in JS (`new Array<number>(E.Count)`)
    const n = n0.type.k === "enum" ? built(X.cast("double", nodeOf(n0)), T.double) : n0;
    if (!isNumeric(n.type)) ctx.fail(ctorArgs[0], "UnsupportedSyntax", `an array length of type '${describe(n.type)}'`);
    const v = converted(emitExpr(call.getArguments()[0], ctx, t.elem), t.elem, call.getArguments()[0], ctx);
    ctx.useHelper("Filled");
    // JS evaluates the length (and throws RangeError for a bad one) before the value.
    return built(callOf(`Js.Filled<${cs(t.elem)}>`, n, v), t);
  }
  if ((callee.getName() === "max" || callee.getName() === "min") && recv.getText() === "Math" && isLibGlobal(recv) && call.getArguments().some((x) => Node.isSpreadElement(x))) {
    return emitMinMaxSpread(call, callee.getName() as "min" | "max", ctx);
  }
  if (callee.getName() === "from" && Node.isIdentifier(recv) && recv.getText() === "Array" && isLibGlobal(recv)) return emitArrayFrom(call, ctx);
  if (callee.getName() === "of" && Node.isIdentifier(recv) && recv.getText() === "Array" && isLibGlobal(recv)) return emitArrayOf(call, ctx);
  if (callee.getName() === "isArray" && Node.isIdentifier(recv) && recv.getText() === "Array" && isLibGlobal(recv)) return emitIsArray(call, ctx);
  return undefined;
}

/** `Array.of(a, b)`: the array [a, b] (the arguments read in order, as a collection initializer reads them). */
function emitArrayOf(call: CallExpression, ctx: EmitContext): Emitted {
  // `Array.of<int>(1, 2)`: the written element type (TypeScript's own says number for an int alias)
  const written = call.getTypeArguments()[0];
  const t: CsType = written ? { k: "list", elem: typeOfNode(written, ctx) } : tsTypeOf(call, ctx);
  if (t.k !== "list") return ctx.fail(call, "UnsupportedSyntax", `Array.of giving a '${describe(t)}'`);
  if (call.getArguments().some((a) => Node.isSpreadElement(a))) return ctx.fail(call, "Spread");
  const items = call.getArguments().map((a) => ({ value: nodeOf(converted(emitExpr(a, ctx, t.elem), t.elem, a, ctx)) }));
  return built(X.init(`List<${cs(t.elem)}>`, items), t);
}

/**
 * `Array.isArray(x)`: TypeScript's type says it. An array is never null here (strict types), so `x != null` is the
 * answer for an array and for an array that may be missing (`number[] | null`); a value whose type holds no array is false.
 */
function emitIsArray(call: CallExpression, ctx: EmitContext): Emitted {
  const a = call.getArguments();
  if (a.length !== 1 || Node.isSpreadElement(a[0])) return ctx.fail(call, "UnsupportedSyntax", "Array.isArray other than of one value");
  const parts = a[0].getType().isUnion() ? a[0].getType().getUnionTypes() : [a[0].getType()];
  const isArr = (p: typeof parts[number]) => p.isArray() || p.isReadonlyArray() || p.isTuple();
  const missing = (p: typeof parts[number]) => p.isNull() || p.isUndefined();
  const rest = parts.filter((p) => !isArr(p) && !missing(p));
  if (parts.some(isArr) && rest.length === 0) {
    const e = emitExpr(a[0], ctx);
    return built(X.binary("!=", nodeOf(e), X.lit("null")), T.bool);
  }
  if (!parts.some(isArr) && !rest.some((p) => p.isAny() || p.isUnknown() || p.isTypeParameter() || p.isObject() && !p.isClassOrInterface() && !p.getCallSignatures().length)) {
    if (!isInert(a[0])) return ctx.fail(a[0], "UnsupportedForm", "Array.isArray of a computed value that is never an array", "its type holds no array, so it is false; pbts writes that false only for a plain name or a literal, whose reading does nothing", "Write false, or keep the value in a const first and test that.");
    return built(X.lit("false"), T.bool);
  }
  return ctx.fail(a[0], "UnsupportedForm", `Array.isArray of a '${a[0].getType().getText(a[0])}'`, "a value that may or may not be an array has no one C# type", "Keep arrays and other values in separately typed variables, or test for null (xs !== null) where the type is an array or null.");
}

/** A Map/Set iterated: refused when the program deletes from its type (PBTS1021, as for...of). */
function checkNotDeleted(t: CsType, node: Node, ctx: EmitContext): void {
  if (iteratesDeleted(t, ctx)) ctx.fail(node, "MapIterationAfterDelete", t.k === "dict" ? "Map" : "Set");
}

function emitArrayFrom(call: CallExpression, ctx: EmitContext): Emitted {
  const a = call.getArguments();
  const range = emitArrayFromLength(call, ctx);
  if (range) return range;
  if (a.length === 2) return emitArrayFromMapped(call, iterableOf(a[0], ctx), ctx);
  if (a.length !== 1) return ctx.fail(call, "UnsupportedSyntax", "Array.from with a third (thisArg) argument");
  const it = iterableOf(a[0], ctx);
  // An int Map's values or an int[] become a number[] (doubles), as map((w) => w.length) does.
  if (it.elem.k === "int") return (ctx.useHelper("Widen"), built(X.newObject("List<double>", [callOf("Js.Widen", it.node)]), { k: "list", elem: T.double }));
  return built(X.newObject(`List<${cs(it.elem)}>`, [it.node]), { k: "list", elem: it.elem });
}

/**
 * `Array.from(x, (v, i) => ...)`: JS maps each element as it iterates; the elements copied first, then
 * mapped, is the same unless the callback changes the source while it runs, which is refused
 * (a value of the source's type that the callback pushes to, sets, adds to...).
 */
function emitArrayFromMapped(call: CallExpression, it: Iterated, ctx: EmitContext): Emitted {
  const [srcNode, cbNode] = call.getArguments();
  const srcType = srcNode.getType().getNonNullableType().getText();
  const recvType = (Node.isCallExpression(srcNode) && Node.isPropertyAccessExpression(srcNode.getExpression()) ? (srcNode.getExpression() as PropertyAccessExpression).getExpression() : srcNode).getType().getNonNullableType().getText();
  for (const c of cbNode.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const e = c.getExpression();
    if (!Node.isPropertyAccessExpression(e) || !MUTATORS.has(e.getName())) continue;
    const target = e.getExpression().getType().getNonNullableType().getText();
    if (target === srcType || target === recvType) ctx.fail(c, "UnsupportedSyntax", `'${e.getName()}' on a value of the type Array.from iterates, inside its mapping function (JS maps while it iterates and would see the change; build the result in a loop)`);
  }
  const two = Node.isArrowFunction(cbNode) ? cbNode.getParameters().length >= 2 : true;
  const f = emitExpr(cbNode, ctx, { k: "func", params: two ? [it.elem, T.double] : [it.elem], ret: INFER });
  if (f.type.k !== "func") return ctx.fail(cbNode, "UnsupportedSyntax", "a mapping function that is not a function");
  const res = isIntLike(f.type.ret) || f.type.ret.k === "float" || f.type.ret.k === "uint" ? T.double : f.type.ret;
  ctx.useHelper(two ? "MapIndexed" : "Map");
  const copy = X.newObject(`List<${cs(it.elem)}>`, [it.node]);
  return built(callOf(`Js.Map<${cs(it.elem)}, ${cs(res)}>`, copy, f), { k: "list", elem: res });
}

const MUTATORS = new Set(["push", "pop", "shift", "unshift", "splice", "fill", "reverse", "sort", "set", "add", "delete", "clear"]);

/** `new Map([[k, v], ...])`, `new Map(other)`, `new Set([...])`, `new Set(xs)`. */
export function emitNewCollectionFrom(name: string, t: CsType, arg: Node, ctx: EmitContext): Emitted {
  if (name === "Map" && t.k === "dict") {
    if (Node.isArrayLiteralExpression(arg)) {
      // An index initializer: later pairs overwrite earlier ones in place, as Map.set does.
      const parts = arg.getElements().map((el) => {
        if (!Node.isArrayLiteralExpression(el) || el.getElements().length !== 2 || el.getElements().some((x) => Node.isSpreadElement(x))) {
          return ctx.fail(el, "UnsupportedSyntax", "a Map entry that is not a [key, value] literal");
        }
        const [k, v] = el.getElements();
        const kc = key(converted(emitExpr(k, ctx, t.key), t.key, k, ctx), t.key, ctx);
        return { key: kc, value: argOf(converted(emitExpr(v, ctx, t.value), t.value, v, ctx)) };
      });
      return built(X.init(cs(t), parts), t);
    }
    const src = emitExpr(arg, ctx, t);
    const st = stripNullable(src.type);
    if (st.k === "list" && isTuple(st.elem) && st.elem.args.length === 2) {
      // new Map(pairs) of [key, value] tuples.
      if (cs(st.elem.args[0]) !== cs(t.key) || cs(st.elem.args[1]) !== cs(t.value)) return ctx.fail(arg, "UnsupportedSyntax", `'new Map(...)' of '${describe(st)}' pairs for a '${describe(t)}'`);
      ctx.useHelper("MapFromPairs");
      return built(callOf("Js.MapFromPairs", src), t);
    }
    if (st.k !== "dict") return ctx.fail(arg, "UnsupportedSyntax", "'new Map(...)' of anything but [key, value] literals, [key, value] tuples or another Map");
    checkNotDeleted(stripNullable(src.type), arg, ctx);
    // C189: a Map of int keys or values into a Map of numbers (mcs refused the copy's use as one): each widened
    const widens = (from: CsType, to: CsType) => from.k === "int" && to.k === "double";
    if (widens(st.key, t.key) || widens(st.value, t.value)) {
      if ((cs(st.key) !== cs(t.key) && !widens(st.key, t.key)) || (cs(st.value) !== cs(t.value) && !widens(st.value, t.value))) return ctx.fail(arg, "UnsupportedSyntax", `'new Map(...)' of a '${tsName(st)}' for a '${tsName(t)}' (C# has no conversion between the two; fill it in a loop: for (const k of m.keys()) m2.set(k, m.get(k)!))`);
      ctx.useHelper("MapConvert");
      const id = (from: CsType, to: CsType) => X.lambda(`(${cs(from)} x)`, widens(from, to) ? X.cast("double", X.name("x")) : X.name("x"));
      return built(callOf(`Js.MapConvert<${cs(st.key)}, ${cs(st.value)}, ${cs(t.key)}, ${cs(t.value)}>`, src, id(st.key, t.key), id(st.value, t.value)), t);
    }
    if (cs(st.key) !== cs(t.key) || cs(st.value) !== cs(t.value))
      return ctx.fail(arg, "UnsupportedSyntax", `'new Map(...)' of a '${tsName(st)}' for a '${tsName(t)}' (C# has no conversion between the two; declare the new Map as a '${tsName(st)}', or fill it in a loop: for (const k of m.keys()) m2.set(k, m.get(k)!))`);
    ctx.useHelper("MapFrom");
    return built(callOf("Js.MapFrom", src), t);
  }
  if (name === "Set" && t.k === "set") {
    // A string (its code points, as JS iterates it), m.keys(), m.values(), s.values(): the elements iterableOf reads.
    const part = Node.isCallExpression(arg) && !arg.getArguments().length && Node.isPropertyAccessExpression(arg.getExpression()) && ["keys", "values", "entries"].includes((arg.getExpression() as PropertyAccessExpression).getName());
    const src = part ? { code: "", type: T.string } : emitExpr(arg, ctx, Node.isArrayLiteralExpression(arg) ? { k: "list", elem: t.elem } : undefined);
    const s = stripNullable(src.type);
    const dbl = t.elem.k === "double";
    // C192: int elements (an int[], an int Map's values, an [int, int]) in a Set<number>: widened, as Array.from does
    const widened = (elem: CsType, node: X.Expr): X.Expr | undefined => (elem.k === "int" && dbl ? (ctx.useHelper("Widen"), callOf("Js.Widen", node)) : cs(elem) === cs(t.elem) ? node : undefined);
    if (s.k !== "list" && s.k !== "set") {
      const it = iterableOf(arg, ctx);
      const from = widened(it.elem, it.node);
      if (!from) return ctx.fail(arg, "UnsupportedSyntax", `'new Set(...)' of '${tsName(it.elem)}' elements for a '${tsName(t)}'`);
      ctx.useHelper(dbl ? "SetFromDouble" : "SetFrom");
      return built(callOf(dbl ? "Js.SetFromDouble" : `Js.SetFrom<${cs(t.elem)}>`, from), t);
    }
    checkNotDeleted(s, arg, ctx);
    const from = widened(s.elem, argOf(src)) ?? argOf(src);
    ctx.useHelper(dbl ? "SetFromDouble" : "SetFrom");
    return built(callOf(dbl ? "Js.SetFromDouble" : `Js.SetFrom<${cs(t.elem)}>`, from), t);
  }
  return ctx.fail(arg, "UnsupportedSyntax", `'new ${name}(...)' with arguments`);
}

/**
 * `m.forEach((v, k) => ...)` / `s.forEach((v) => ...)`: insertion order, as for...of. JS's
 * iteration is live (it visits added entries); C#'s throws once the collection changes, so the
 * callback may not set/add/clear a collection of the same type (PBTS1053), nor may the program
 * delete from one (PBTS1021).
 */
export function emitCollectionForEach(recv: Emitted, call: CallExpression, ctx: EmitContext): Emitted {
  const t = stripNullable(recv.type);
  if (call.getArguments().length !== 1) ctx.fail(call, "UnsupportedMember", `forEach with ${call.getArguments().length} argument(s)`);
  const what = t.k === "dict" ? "Map" : "Set";
  checkNotDeleted(t, call, ctx);
  const cbNode = call.getArguments()[0];
  const callee = call.getExpression();
  const recvType = (Node.isPropertyAccessExpression(callee) ? callee.getExpression() : callee).getType().getNonNullableType().getText();
  for (const c of cbNode.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = c.getExpression();
    if (!Node.isPropertyAccessExpression(callee) || !["set", "add", "clear"].includes(callee.getName())) continue;
    if (callee.getExpression().getType().getNonNullableType().getText() === recvType) ctx.fail(c, "MutationDuringIteration", callee.getName(), what);
  }
  if (Node.isArrowFunction(cbNode) && cbNode.getParameters().length > 2) ctx.fail(cbNode, "UnsupportedMember", `${what}.forEach with a third (collection) parameter`);
  const params = t.k === "dict" ? [t.value, t.key] : t.k === "set" ? [t.elem, t.elem] : [];
  const f = emitExpr(cbNode, ctx, { k: "func", params, ret: T.void });
  if (f.type.k !== "func") ctx.fail(cbNode, "UnsupportedSyntax", "a callback that is not a function");
  ctx.useHelper(t.k === "dict" ? "MapForEach" : "SetForEach");
  return built(callOf("Js.ForEach", recv, f), T.void);
}

/** The elements a spread or Array.from reads: an array, a Set, `m.keys()`/`m.values()`/`s.values()`. */
/** The elements a spread or Array.from reads, as a whole expression. */
interface Iterated {
  node: X.Expr;
  elem: CsType;
  isList: boolean;
}

function iterableOf(node: Node, ctx: EmitContext, elemHint?: CsType): Iterated {
  let src: Node = node;
  let part: string | undefined;
  const srcCallee = Node.isCallExpression(src) && src.getArguments().length === 0 ? src.getExpression() : undefined;
  if (srcCallee && Node.isPropertyAccessExpression(srcCallee)) {
    const rt = peekType(srcCallee.getExpression(), ctx);
    if (rt && (stripNullable(rt).k === "dict" || stripNullable(rt).k === "set") && ["keys", "values", "entries"].includes(srcCallee.getName())) {
      part = srcCallee.getName();
      src = srcCallee.getExpression();
    }
  }
  // A literal spread (`...[1, 2]`) is a tuple to TS: it is an array of the elements wanted.
  const e = emitExpr(src, ctx, Node.isArrayLiteralExpression(src) && elemHint ? { k: "list", elem: elemHint } : undefined);
  const t = stripNullable(e.type);
  checkNotDeleted(t, node, ctx);
  if (t.k === "list" && !part) return { node: argOf(e), elem: t.elem, isList: true };
  if (t.k === "set" && part !== "entries") return { node: argOf(e), elem: t.elem, isList: false };
  if (t.k === "dict" && (part === "keys" || part === "values")) {
    return { node: X.member(nodeOf(e), part === "keys" ? "Keys" : "Values"), elem: part === "keys" ? t.key : t.value, isList: false };
  }
  // A string iterates by code points (Js.CodePoints), as JS's string iterator does.
  if (t.k === "string" && !part) return (ctx.useHelper("CodePoints"), { node: callOf("Js.CodePoints", e), elem: T.string, isList: true });
  if (t.k === "dict" && (part === undefined || part === "entries")) {
    // [key, value] tuples in insertion order (compiler/emit/tuples.ts).
    const elem = entryTuple(t, node, ctx);
    ctx.useHelper("Entries");
    return { node: callOf("Js.Entries", e), elem, isList: true };
  }
  // an `as const` tuple copied (`[...XS]`, `Array.from(XS)`): a new array of its elements, as JS's copy
  if (isTuple(t) && !part) return { ...tupleElements(src, e, ctx), isList: true };
  // C115: a generator object (`[...tokens(s)]`, `Array.from(gen())`): read to its end, as JS's spread does
  const gen = !part ? iteratorElem(t) : undefined;
  if (gen) return (ctx.useHelper("Drain"), { node: callOf("Js.Drain", e), elem: gen, isList: false });
  return ctx.fail(node, "UnsupportedSyntax", `spreading a '${tsName(t)}'`);
}

/** The C# element type a spread reads (`...m.entries()` of a `Map<string, [int, string]>`), or undefined if it fails. */
export function peekSpreadElem(spread: Expression, ctx: EmitContext): CsType | undefined {
  const saved = ctx.diagnostics.length;
  try {
    return iterableOf(spread, ctx).elem;
  } catch (err) {
    if (err instanceof Reported) return undefined;
    throw err;
  } finally {
    ctx.diagnostics.length = saved;
  }
}

/** Only literals and plain names: evaluating them cannot change a spread array before it is read. */
export function isInert(e: Node): boolean {
  return Node.isLiteralExpression(e) || Node.isIdentifier(e) || e.getKind() === SyntaxKind.TrueKeyword || e.getKind() === SyntaxKind.FalseKeyword || e.getKind() === SyntaxKind.NullKeyword || (Node.isPrefixUnaryExpression(e) && Node.isNumericLiteral(e.getOperand()));
}

/**
 * `[a, ...xs, ...s]` → Js.Spread(parts). JS reads each spread when it reaches it: where a later
 * element could run code (a call), the spread arrays are copied as they are reached.
 */
export function emitSpreadArray(elements: Expression[], t: CsType, ctx: EmitContext): Emitted {
  if (t.k !== "list") return ctx.fail(elements[0], "Spread");
  const elem = t.elem;
  const copy = !elements.every((e) => (Node.isSpreadElement(e) ? isInert(e.getExpression()) : isInert(e)));
  const parts: X.Expr[] = [];
  let plain: X.Expr[] = [];
  const flush = () => {
    if (plain.length) parts.push(X.init(`${cs(elem)}[]`, plain.map((value) => ({ value }))));
    plain = [];
  };
  for (const e of elements) {
    if (!Node.isSpreadElement(e)) {
      plain.push(argOf(converted(emitExpr(e, ctx, elem), elem, e, ctx)));
      continue;
    }
    flush();
    const it = iterableOf(e.getExpression(), ctx, elem);
    // int elements (an int-valued Map's values) in a number[]: widened, as JS has one number type.
    const widen = it.elem.k === "int" && elem.k === "double";
    if (cs(it.elem) !== cs(elem) && !widen && !upcastElements(e.getExpression(), it.elem, elem)) ctx.fail(e, "UnsupportedSyntax", `spreading '${tsName(it.elem)}' elements into a '${tsName(t)}' (C# has no conversion between the two element types; declare the array as '${tsName({ k: "list", elem: it.elem })}')`);
    if (widen) ctx.useHelper("Widen");
    const src = widen ? callOf("Js.Widen", it.node) : it.node;
    parts.push(copy ? X.newObject(`List<${cs(elem)}>`, [src]) : src);
  }
  flush();
  ctx.useHelper("Spread");
  return built(callOf(`Js.Spread<${cs(elem)}>`, ...parts), t);
}

/**
 * `[...squares, ...circles]` into a `Shape[]` (C110), `[...batteries]` into an `IMyTerminalBlock[]`: elements of a class
 * or interface that derives from the array's, which C# takes as they are (IEnumerable<T> is covariant for reference types).
 */
export function upcastElements(src: Node, from: CsType, to: CsType): boolean {
  if (from.k !== "ref" || to.k !== "ref" || from.struct || to.struct || from.args.length || to.args.length) return false;
  const t = src.getType().getNonNullableType();
  const el = t.getArrayElementType() ?? t.getTypeArguments()[0];
  const d = el?.getSymbol()?.getDeclarations()[0];
  return !!d && derivesFromNamed(d, to.name);
}

/** `Math.max(...xs)`, `Math.min(0, ...xs)`: folded as JS does, from -Infinity / +Infinity. */
export function emitMinMaxSpread(call: CallExpression, fn: "min" | "max", ctx: EmitContext): Emitted {
  const a = call.getArguments();
  let src: X.Expr;
  if (a.length === 1 && Node.isSpreadElement(a[0])) {
    const it = iterableOf(a[0].getExpression(), ctx, T.double);
    // an enum's values are their numbers in JS (cc-adv16's Math.min(...enums))
    if (it.elem.k === "enum") return (ctx.useHelper("MinMaxOf"), ctx.useHelper("EnumNumbers"), built(callOf(`Js.${fn === "min" ? "MinOf" : "MaxOf"}`, callOf("Js.Numbers", it.node, enumNumber(it.elem, ctx))), T.double));
    if (it.elem.k !== "double" && it.elem.k !== "int") return ctx.fail(a[0], "UnsupportedSyntax", `Math.${fn} of '${describe(it.elem)}' elements`);
    src = it.node;
  } else {
    src = argOf(emitSpreadArray(a as Expression[], { k: "list", elem: T.double }, ctx));
  }
  ctx.useHelper("MinMaxOf");
  return built(callOf(`Js.${fn === "min" ? "MinOf" : "MaxOf"}`, src), T.double);
}

/**
 * `Array.from({ length: n }, (_, i) => f(i))`: JS calls f(undefined, i) for i below ToLength(n)
 * (NaN and negatives give none, fractions are cut). Accepted when the callback never reads its
 * first parameter (undefined has no C# form here).
 */
function emitArrayFromLength(call: CallExpression, ctx: EmitContext): Emitted | undefined {
  const [obj, fn] = call.getArguments();
  if (!obj || !Node.isObjectLiteralExpression(obj)) return undefined;
  const props = obj.getProperties();
  const p = props[0];
  const lengthExpr = props.length === 1 && Node.isPropertyAssignment(p) && p.getName() === "length" ? p.getInitializerOrThrow() : props.length === 1 && Node.isShorthandPropertyAssignment(p) && p.getName() === "length" ? p.getNameNode() : undefined;
  if (!lengthExpr || !fn || !Node.isArrowFunction(fn) || call.getArguments().length !== 2) return ctx.fail(obj, "UnsupportedSyntax", "Array.from of an object other than Array.from({ length: n }, (_, i) => ...)");
  const first = fn.getParameters()[0];
  if (first && Node.isIdentifier(first.getNameNode())) {
    const used = fn.getBody().getDescendantsOfKind(SyntaxKind.Identifier).some((id) => id.getText() === first.getName() && id.getSymbol() === first.getSymbol());
    if (used) ctx.fail(first, "UnsupportedSyntax", "reading the first parameter of Array.from({ length: n }, ...)'s callback (it is always undefined; use the index)");
  }
  const n0 = emitExpr(lengthExpr, ctx, T.double);
  // C125: an enum member is its number in JS (`{ length: St.Count }`)
  const n = n0.type.k === "enum" ? built(X.cast("double", nodeOf(n0)), T.double) : n0;
  if (!isNumeric(n.type)) return ctx.fail(lengthExpr, "UnsupportedSyntax", `a length of type '${describe(n.type)}'`);
  const f = emitExpr(fn, ctx, { k: "func", params: [T.object, T.double], ret: INFER });
  if (f.type.k !== "func") return ctx.fail(fn, "UnsupportedSyntax", "a callback that is not a function");
  const res = isIntLike(f.type.ret) || f.type.ret.k === "float" || f.type.ret.k === "uint" ? T.double : f.type.ret;
  ctx.useHelper("FromLength");
  return built(callOf(`Js.FromLength<${cs(res)}>`, n, f), { k: "list", elem: res });
}
