// Generators -> C# iterators. `function*` / `*method()` returning Generator<T> (Iterator<T>,
// IterableIterator<T>) become methods returning IEnumerator<T> with `yield return` / `yield break`.
// Both are lazy and single-shot: the body runs up to the first yield on the first next()/MoveNext(),
// a finished (or thrown-out-of) iterator stays finished, and Dispose() runs pending finally blocks as
// JS's return() does. g.next() is Js.Next(g), a struct { done, value }; for...of over a generator
// is a `using` + MoveNext loop, so break/return/throw dispose it as JS's for...of calls return().
import { Node, SyntaxKind, ts, type Expression, type ReturnStatement, type Statement, type Type, type TypeNode, type YieldExpression } from "ts-morph";
import { cs, describe, ref, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted, Writer } from "./context.ts";
import { convertTo, emitExpr, localName, typeOfNode } from "./expressions.ts";
import { rawChecker } from "./raw-nodes.ts";
import { built, callOf, methodOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { emitFunctionBody, emitLoopBody } from "./statements.ts";
import { bindPattern, isPattern } from "./destructuring.ts";

/** TS names of generator objects (all become IEnumerator<T>). */
const GENERATOR_NAMES = new Set(["Generator", "Iterator", "IterableIterator", "IteratorObject"]);
const RESULT_NAMES = new Set(["IteratorResult", "IteratorYieldResult", "IteratorReturnResult"]);

export function iteratorType(elem: CsType): CsType {
  return ref("IEnumerator", [elem]);
}

/** The element type of an emitted generator object, if it is one. */
export function iteratorElem(t: CsType): CsType | undefined {
  const s = stripNullable(t);
  return s.k === "ref" && s.name === "IEnumerator" ? s.args[0] : undefined;
}

function isLibDecl(decl: Node | undefined): boolean {
  return !!decl && decl.getSourceFile().isDeclarationFile() && /[\\/]lib\.[^\\/]*\.d\.ts$/.test(decl.getSourceFile().getFilePath());
}

/** A declared `Generator<T, ...>` type node: only T matters (TReturn/TNext are rejected where used). */
export function generatorTypeFromNode(name: string, args: TypeNode[], decl: Node | undefined, map: (n: TypeNode) => CsType): CsType | undefined {
  if (!isLibDecl(decl)) return undefined;
  if (GENERATOR_NAMES.has(name)) return iteratorType(args[0] ? map(args[0]) : ref("object"));
  if (RESULT_NAMES.has(name)) return stepType(args[0] ? map(args[0]) : ref("object"));
  return undefined;
}

/** A checker type that is a generator object or a next() result. */
export function generatorTypeFromTs(type: Type, map: (t: Type) => CsType): CsType | undefined {
  const alias = type.getAliasSymbol()?.getName();
  if (alias === "IteratorResult") return stepType(map(type.getAliasTypeArguments()[0]));
  if (type.isUnion()) {
    const parts = type.getUnionTypes();
    const yields = parts.find((p) => p.getSymbol()?.getName() === "IteratorYieldResult");
    if (yields && parts.every((p) => RESULT_NAMES.has(p.getSymbol()?.getName() ?? ""))) return stepType(map(yields.getTypeArguments()[0]));
    return undefined;
  }
  const sym = type.getSymbol();
  const name = sym?.getName() ?? "";
  if (!isLibDecl(sym?.getDeclarations()[0])) return undefined;
  if (GENERATOR_NAMES.has(name)) return iteratorType(map(type.getTypeArguments()[0]));
  if (name === "IteratorYieldResult") return stepType(map(type.getTypeArguments()[0]));
  return undefined;
}

function stepType(elem: CsType): CsType {
  return ref("Js.Step", [elem]);
}

function stepElem(t: CsType): CsType | undefined {
  const s = stripNullable(t);
  return s.k === "ref" && s.name === "Js.Step" ? s.args[0] : undefined;
}

/** The generator function (or method) a node is directly inside, if any. */
function enclosingGenerator(n: Node): (Node & { isGenerator(): boolean }) | undefined {
  const fn = n.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a));
  return fn && (fn as any).isGenerator?.() ? (fn as any) : undefined;
}

function elemOfGenerator(fn: Node, ctx: EmitContext): CsType {
  const rt = (fn as any).getReturnTypeNode?.() as TypeNode | undefined;
  const t = rt ? typeOfNode(rt, ctx) : undefined;
  return (t && iteratorElem(t)) ?? ref("object");
}

/** The body of a generator: an iterator needs at least one yield, so one without gets `yield break`. */
export function emitGeneratorBody(fn: Node, body: Node, ctx: EmitContext, ret: CsType): string {
  if (!iteratorElem(ret)) ctx.fail(fn, "UnsupportedSyntax", "a generator without a Generator<T> return type");
  const code = emitFunctionBody(body as any, ctx, ret);
  const hasYield = body.getDescendantsOfKind(SyntaxKind.YieldExpression).some((y) => enclosingGenerator(y) === fn);
  if (hasYield) return code;
  const lines = code.split("\n");
  lines.splice(lines.length - 1, 0, "    yield break;");
  return lines.join("\n");
}

/** `yield x;` / `yield* g;` as a statement. False when the statement is not a yield. */
export function emitYieldStatement(e: Node, w: Writer, ctx: EmitContext): boolean {
  if (!Node.isYieldExpression(e)) return false;
  const y = e as YieldExpression;
  const fn = enclosingGenerator(y);
  if (!fn) return ctx.fail(y, "UnsupportedSyntax", "'yield' outside a generator");
  checkYieldPlace(y, fn, ctx);
  const elem = elemOfGenerator(fn, ctx);
  const arg = y.getExpression();
  if (!arg) return ctx.fail(y, "UnsupportedSyntax", "'yield' without a value (JS yields undefined)");
  if (y.getAsteriskToken()) {
    // yield* delegates: every item of the inner generator, which is disposed if this one is.
    const inner = emitExpr(arg, ctx);
    const ie = iteratorElem(inner.type);
    if (!ie) return ctx.fail(arg, "UnsupportedForm", `'yield*' over a '${describe(inner.type)}'`, "pbts delegates only to a generator (a C# iterator has no yield* of its own)", "Yield each item: 'for (const x of xs) yield x;'.");
    if (cs(ie) !== cs(elem)) ctx.fail(arg, "UnsupportedSyntax", `'yield*' of a generator of ${cs(ie)} in a generator of ${cs(elem)}`);
    const it = ctx.tempName("inner");
    w.line(`using (${cs(inner.type)} ${it} = ${inner.code})`);
    w.line("{");
    w.line(`    while (${it}.MoveNext()) yield return ${it}.Current;`);
    w.line("}");
    return true;
  }
  const v = emitExpr(arg, ctx, elem);
  w.line(`yield return ${convertTo(v, elem, arg, ctx)};`);
  return true;
}

/** C# forbids yield inside a try that has a catch, and inside catch and finally blocks. */
function checkYieldPlace(y: Node, fn: Node, ctx: EmitContext): void {
  for (let n: Node | undefined = y, prev: Node | undefined; n && n !== fn; prev = n, n = n.getParent()) {
    if (Node.isCatchClause(n)) ctx.fail(y, "YieldInTry", "a catch block");
    if (Node.isTryStatement(n) && prev) {
      if (prev === n.getFinallyBlock()) ctx.fail(y, "YieldInTry", "a finally block");
      if (prev === n.getTryBlock() && n.getCatchClause()) ctx.fail(y, "YieldInTry", "a try block that has a catch");
    }
  }
}

/** `yield` used as a value: what next(x) passes in. */
export function rejectYieldValue(n: Node, ctx: EmitContext): never {
  return ctx.fail(n, "YieldValue", "the value of a 'yield' expression");
}

/** `return;` in a generator is `yield break;`; `return x;` is rejected. False outside generators. */
export function emitGeneratorReturn(rs: ReturnStatement, w: Writer, ctx: EmitContext): boolean {
  if (!enclosingGenerator(rs)) return false;
  const e = rs.getExpression();
  if (e) ctx.fail(rs, "GeneratorReturnValue");
  w.line("yield break;");
  return true;
}

/** g.next() / g.return() / g.throw() on a generator object. Undefined when the call is something else. */
export function emitGeneratorCall(callee: Expression, args: Node[], ctx: EmitContext): Emitted | undefined {
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const name = callee.getName();
  if (name !== "next" && name !== "return" && name !== "throw") return undefined;
  const target = callee.getExpression();
  const sym = target.getType().getNonNullableType().getSymbol();
  if (!sym || !GENERATOR_NAMES.has(sym.getName()) || !isLibDecl(sym.getDeclarations()[0])) return undefined;
  const recv = emitExpr(target, ctx);
  const elem = iteratorElem(recv.type);
  if (!elem) return undefined;
  if (name === "throw") return ctx.fail(callee.getNameNode(), "UnsupportedSyntax", "generator.throw() (a C# iterator cannot be resumed with an exception)");
  if (name === "return") {
    // return(undefined) is return(); another value only comes back in the result, which is not read (below)
    const undef = args.length === 1 && Node.isIdentifier(args[0]) && args[0].getText() === "undefined";
    if (args.length && !undef) ctx.fail(args[0], "UnsupportedSyntax", "a value passed to generator.return(x) (JS hands it back as the result's value, which C# has no place for: call it.return() as a statement)");
    if (!Node.isExpressionStatement(callee.getParent()!.getParent()!)) ctx.fail(callee.getParent()!, "UnsupportedSyntax", "the result of generator.return() (call it as a statement)");
    // JS return(): run pending finally blocks, then stay done. Dispose() does exactly that.
    return built(methodOf(recv, "Dispose"), { k: "void" });
  }
  if (args.length) ctx.fail(args[0], "YieldValue", "next(x) with an argument");
  ctx.useHelper("Next");
  return built(callOf("Js.Next", recv), stepType(elem));
}

/** r.done / r.value on a next() result. Undefined when the receiver is not one. */
export function emitStepProperty(target: Expression, name: string, site: Node, ctx: EmitContext): Emitted | undefined {
  if (notAResultMember(site, ctx)) return undefined;
  // Asked of every property access: TypeScript's own type first (wrapping it cost 4% of a compile).
  if (!isStepResult(rawChecker(ctx).getTypeAtLocation(target.compilerNode))) return undefined;
  const tsType = target.getType();
  const sym = tsType.getSymbol()?.getName() ?? "";
  const alias = tsType.getAliasSymbol()?.getName() ?? "";
  const isResult = RESULT_NAMES.has(sym) || RESULT_NAMES.has(alias) || (tsType.isUnion() && tsType.getUnionTypes().every((p) => RESULT_NAMES.has(p.getSymbol()?.getName() ?? "")));
  if (!isResult) return undefined;
  const recv = emitExpr(target, ctx);
  const elem = stepElem(recv.type);
  if (!elem) return undefined;
  if (name === "done") return built(X.member(nodeOf(recv), "done"), { k: "bool" });
  if (name === "value") {
    // Only after narrowing to a not-done result: a done generator's value is undefined in JS.
    if (sym !== "IteratorYieldResult" || tsType.isUnion()) ctx.fail(site, "IteratorResultValue", site.getText());
    return built(X.member(nodeOf(recv), "value"), elem);
  }
  return ctx.fail(site, "UnsupportedSyntax", `'${name}' of a generator result`);
}

/**
 * The member `site` reads is declared outside the lib while only the lib names the result types: then
 * the receiver is no generator result, and its type is not asked (4% of a rebuild). Exact: a type named
 * IteratorResult... is then the lib's (or a union of them), and every member read on it (done, value,
 * Object's) is declared in the lib.
 */
function notAResultMember(site: Node, ctx: EmitContext): boolean {
  const name = (site.compilerNode as ts.PropertyAccessExpression).name;
  const decls = name && rawChecker(ctx).getSymbolAtLocation(name)?.declarations;
  if (!decls?.length) return false;
  const program = ctx.project.getProgram().compilerObject;
  return !decls.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile())) && !resultNamedOutsideLib(program, ctx);
}

const namesResults = new WeakMap<ts.SourceFile, boolean>();
const namedIn = new WeakMap<EmitContext, boolean>();

/** Does a file of the program other than the lib spell one of RESULT_NAMES (an identifier may spell one with a unicode escape)? Once per compile. */
function resultNamedOutsideLib(program: ts.Program, ctx: EmitContext): boolean {
  let named = namedIn.get(ctx);
  if (named === undefined) {
    named = program.getSourceFiles().some((sf) => {
      if (program.isSourceFileDefaultLibrary(sf)) return false;
      let n = namesResults.get(sf);
      if (n === undefined) namesResults.set(sf, (n = /Iterator(Yield|Return)?Result/.test(sf.text) || (sf.text.includes("\\u") && escapedResultName(sf))));
      return n;
    });
    namedIn.set(ctx, named);
  }
  return named;
}

/** An identifier written with a unicode escape (`Iterator\u0052esult`) spelling one of RESULT_NAMES. */
function escapedResultName(sf: ts.SourceFile): boolean {
  const visit = (n: ts.Node): boolean => (ts.isIdentifier(n) && RESULT_NAMES.has(n.text)) || !!ts.forEachChild(n, visit);
  return visit(sf);
}

/** The test below on TypeScript's own type: an IteratorResult (or a union of them). */
function isStepResult(t: ts.Type): boolean {
  const name = (s: ts.Symbol | undefined) => s?.getName() ?? "";
  return RESULT_NAMES.has(name(t.getSymbol())) || RESULT_NAMES.has(name(t.aliasSymbol)) || (t.isUnion() && t.types.every((p) => RESULT_NAMES.has(name(p.getSymbol()))));
}

/** for (const x of g) over a generator object. False when the iterable is not one. */
export function emitForOfGenerator(decl: Node & { getNameNode(): Node }, coll: Emitted, body: Statement, w: Writer, ctx: EmitContext): boolean {
  const elem = iteratorElem(coll.type);
  if (!elem) return false;
  const pattern = decl.getNameNode();
  if (!Node.isIdentifier(pattern) && !isPattern(pattern)) ctx.fail(decl, "Destructuring");
  ctx.declTypes.set(decl, elem);
  const it = ctx.tempName("gen");
  w.line(`using (${cs(iteratorType(elem))} ${it} = ${coll.code})`);
  w.line("{");
  w.indent();
  w.line(`while (${it}.MoveNext())`);
  w.line("{");
  w.indent();
  if (isPattern(pattern)) {
    // for (const { name, n } of gen()): the item into a temporary, then the targets (destructuring.ts).
    const item = ctx.tempName("item");
    w.line(`${cs(elem)} ${item} = ${it}.Current;`);
    for (const b of bindPattern(pattern, item, elem, pattern.getType(), ctx)) w.line(`${b};`);
  } else w.line(`${cs(elem)} ${localName(decl)} = ${it}.Current;`);
  emitLoopBody(body, w, ctx);
  w.dedent();
  w.line("}");
  w.dedent();
  w.line("}");
  return true;
}
