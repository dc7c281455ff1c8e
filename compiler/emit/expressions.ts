// Expressions: one visitor per syntax kind. Each returns C# code with its C# type.
import { checkTerminalTypeArg } from "./terminal-values.ts";
import { derivedClasses, derivesFrom } from "./hierarchy.ts";
import { Node, SyntaxKind, ts, type ArrayBindingPattern, type CallExpression, type ElementAccessExpression, type Expression, type PropertyAccessExpression, type ParameterDeclaration, type TypeNode, type Type, type ClassDeclaration } from "ts-morph";
import { CONVERSIONS, apiDowncast, apiTypeValueName, isApiNode, isApiStruct, isApiTypeValue } from "./api.ts";
import { enumName } from "./nested-enums.ts";
import { wrapIn } from "./raw-nodes.ts";
import { T, cs, describe, isIntLike, isNumeric, isValueType, nullable, stripNullable, type CsType } from "./cstype.ts";
import { writeSite } from "./write-targets.ts";
import { uintBranches, uintConversionProblem, uintLiteral } from "./uint.ts";
import { Reported, type EmitContext, type Emitted } from "./context.ts";
import { TypeProblem, fromTsType, typeFromNode } from "./typing.ts";
import { CSHARP_NAMES, ident, numberLiteral, stringLiteral } from "./names.ts";
import { emitBinary, emitPostfixUnary, emitPrefixUnary } from "./operators.ts";
import { adaptCallback, emitBuiltinCall, emitBuiltinProperty, emitGlobalCall, joinByToString, joinEnum, joinHelper } from "./builtins.ts";
import { emitFunctionBody, expressionStatement, valueUnused } from "./statements.ts";
import { loopCopyName } from "./loop-copies.ts";
import { interfaceDowncast, userDowncast } from "./downcasts.ts";
import { checkNarrowingCast, checkUnionNarrowing, intersectionCastTarget, memberOnDeclaredType } from "./narrowing.ts";
import { emitOptionalInvoke, isConditionContext, optionalBuiltinProperty, userToString } from "./guards.ts";
import { emitGeneratorCall, emitStepProperty, rejectYieldValue } from "./generators.ts";
import { emitCollectionCall, emitNewCollectionFrom, emitSpreadArray, peekSpreadElem } from "./collections.ts";
import { checkStructTypeArgs } from "./struct-type-args.ts";
import { igcPayloadTypeArgs } from "./igc-payloads.ts";
import { emitEnumElementAccess, isEnumNameAccess } from "./enum-names.ts";
import { hasApiIndexer } from "./api-collections.ts";
import { emitErrorMember, errorMemberFail } from "./error-classes.ts";
import { numberConditionNode } from "./truthiness.ts";
import { built, callOf, nodeOf, whole, wholeOf } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import { printStmt } from "./tree/print-statements.ts";
import * as X from "./tree/syntax.ts";
import { emitUndefined, optionalType, withMissingDefault } from "./undefined.ts";
import { builtinCallback } from "./builtin-callbacks.ts";
import { bindTuple, emitTupleElement, failTupleAsArray, emitTupleLiteral, emitTupleProperty, isTuple, spreadTupleArg } from "./tuples.ts";
import { packRestArgs, restIndex } from "./rest-params.ts";
import { emitObjectLiteral, isStoredInterfaceProperty } from "./object-literals.ts";
import { bindPattern, isPattern } from "./destructuring.ts";
import { isStringEnum } from "./string-enums.ts";
import { conversionFix, globalFix } from "../diagnostics.ts";
import { noMissingTypeParam } from "./missing-typeparam.ts";
import { perCompile } from "./per-compile.ts";

/** Expected return type of a callback whose return type C# infers from its body. */
export const INFER: CsType = { k: "object" };

type Visitor = (node: any, ctx: EmitContext, expected?: CsType) => Emitted;

/** Wrap compound code in parentheses for use as an operand. */
export function paren(e: Emitted): string {
  return e.compound ? `(${e.code})` : e.code;
}

/** Map a type problem to its diagnostic at `node`. */
export function typeOrReport<R>(node: Node, ctx: EmitContext, f: () => R): R {
  try {
    return f();
  } catch (err) {
    if (err instanceof TypeProblem) ctx.fail(node, err.key, err.arg);
    throw err;
  }
}

export function typeOfNode(tn: TypeNode, ctx: EmitContext): CsType {
  return typeOrReport(tn, ctx, () => typeFromNode(tn, ctx));
}

export function tsTypeOf(node: Node, ctx: EmitContext): CsType {
  return typeOrReport(node, ctx, () => fromTsType(node.getType(), ctx));
}

/** `a && f()`, `a || f()`, `c ? f() : g()` (in parentheses too): control flow when the value is dropped (C53). */
function isStatementLike(n: Node): boolean {
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  if (Node.isConditionalExpression(n)) return true;
  const k = Node.isBinaryExpression(n) ? n.getOperatorToken().getKind() : undefined;
  // (a comma list too, `(x) => (s += x, n++)`: one statement each, as C121's comma statement; C134)
  return k === SyntaxKind.AmpersandAmpersandToken || k === SyntaxKind.BarBarToken || k === SyntaxKind.QuestionQuestionToken || k === SyntaxKind.CommaToken || isOptionalCall(n);
}

/** `o?.bump()`, `a?.b.c()`: a call in an optional chain (a void one is a guarded statement). */
function isOptionalCall(n: Node): boolean {
  if (!Node.isCallExpression(n)) return false;
  for (let e: Node = n; Node.isCallExpression(e) || Node.isPropertyAccessExpression(e) || Node.isElementAccessExpression(e); e = e.getExpression())
    if (e.hasQuestionDotToken()) return true;
  return false;
}

/** Collect the type parameter names used in a type. */
function typeParamsIn(t: CsType, out: Set<string>): Set<string> {
  switch (t.k) {
    case "typeparam":
      out.add(t.name);
      break;
    case "ref":
      t.args.forEach((a) => typeParamsIn(a, out));
      break;
    case "list":
    case "set":
      typeParamsIn(t.elem, out);
      break;
    case "dict":
      typeParamsIn(t.key, out);
      typeParamsIn(t.value, out);
      break;
    case "func":
      t.params.forEach((p) => typeParamsIn(p, out));
      typeParamsIn(t.ret, out);
      break;
    case "nullable":
    case "out":
    case "blocktype":
      typeParamsIn(t.inner, out);
      break;
  }
  return out;
}

function containsTypeParam(t: CsType): boolean {
  return typeParamsIn(t, new Set()).size > 0;
}

export function substitute(t: CsType, map: Map<string, CsType>): CsType {
  switch (t.k) {
    case "typeparam":
      return map.get(t.name) ?? t;
    case "ref":
      return { ...t, args: t.args.map((a) => substitute(a, map)) };
    case "list":
    case "set":
      return { k: t.k, elem: substitute(t.elem, map) };
    case "dict":
      return { k: "dict", key: substitute(t.key, map), value: substitute(t.value, map) };
    case "func":
      return { k: "func", params: t.params.map((p) => substitute(p, map)), ret: substitute(t.ret, map) };
    case "nullable": {
      const inner = substitute(t.inner, map);
      return inner.k === "nullable" ? inner : { k: "nullable", inner };
    }
    case "out":
    case "blocktype":
      return { k: t.k, inner: substitute(t.inner, map) };
    default:
      return t;
  }
}

/** Is this emitted code a constant expression of literals (which mcs folds)? */
function isConstantCode(code: string): boolean {
  const plain = code.replace(/double\.(NaN|PositiveInfinity|NegativeInfinity)/g, "0").replace(/(\d)[eE]([+-]?\d)/g, "$1$2");
  return /^[\s\d.+\-*/%()]*$/.test(plain) && /\d/.test(plain);
}

/** C#-style inference: bind type parameters in `param` from an argument's type. */
export function unify(param: CsType, arg: CsType, map: Map<string, CsType>, exact = false): void {
  if (param.k === "typeparam") {
    // A JS number, not a C# int; but a type argument of a List<int> (Box<int>, Func<int, ...>) must be int,
    // since C# converts none of them to their double form (C18 in ADVERSARY-FINDINGS.md).
    if (!map.has(param.name) && arg.k !== "null") map.set(param.name, exact ? (arg.k === "intlit" ? T.int : arg) : isIntLike(arg) || arg.k === "uint" ? T.double : stripNullable(arg));
    return;
  }
  if ((param.k === "list" || param.k === "set") && arg.k === param.k) return unify(param.elem, arg.elem, map, true);
  if (param.k === "dict" && arg.k === "dict") {
    unify(param.key, arg.key, map, true);
    return unify(param.value, arg.value, map, true);
  }
  if (param.k === "ref" && arg.k === "ref" && param.name === arg.name) param.args.forEach((p, i) => arg.args[i] && unify(p, arg.args[i], map, true));
  if ((param.k === "nullable" || param.k === "out" || param.k === "blocktype") && arg.k === param.k) return unify(param.inner, arg.inner, map, exact);
  if (param.k === "nullable") return unify(param.inner, arg, map, exact);
  if (param.k === "func" && arg.k === "func") {
    param.params.forEach((p, i) => arg.params[i] && unify(p, arg.params[i], map, true));
    unify(param.ret, arg.ret, map, true);
  }
}

/**
 * C114: an object of a script class passed where a generic interface or base class is expected (`round<T>(c: Conv<T>)`
 * given an `IntConv implements Conv<int>`): the type arguments the class gives it, as written in its `implements` or
 * `extends` (C# infers nothing from TS's erased `number` there: without them T was printed `object`, mcs CS1503).
 */
function heritageAs(param: CsType, arg: CsType, a: Node, ctx: EmitContext): CsType | undefined {
  const p = stripNullable(param);
  if (p.k !== "ref" || !p.args.length || arg.k !== "ref" || arg.name === p.name || !containsTypeParam(p)) return undefined;
  const seen = new Set<Node>();
  const find = (d: Node | undefined): CsType | undefined => {
    if (!d || seen.has(d) || !(Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d)) || d.getTypeParameters().length || isApiNode(d)) return undefined;
    seen.add(d);
    const heritage = Node.isClassDeclaration(d) ? [...(d.getExtends() ? [d.getExtends()!] : []), ...d.getImplements()] : d.getExtends();
    for (const h of heritage) {
      const hd = h.getExpression().getSymbol()?.getDeclarations()[0];
      if (hd && (Node.isClassDeclaration(hd) || Node.isInterfaceDeclaration(hd)) && hd.getName() === p.name && h.getTypeArguments().length === p.args.length) {
        return { k: "ref", name: p.name, args: h.getTypeArguments().map((t) => typeOfNode(t, ctx)), struct: false };
      }
      const up = find(hd);
      if (up) return up;
    }
    return undefined;
  };
  return find(a.getType().getNonNullableType().getSymbol()?.getDeclarations()[0]);
}

/** The declared C# type of a variable, parameter, property or accessor declaration. */
export function declType(decl: Node, ctx: EmitContext, useSite?: Node): CsType {
  const known = ctx.declTypes.get(decl);
  if (known) return known;
  // (an arrow held in a const, `const mk = (k: int): ((x: int) => int) => ...`, is called through its own types too:
  // TS's signature says number for every int)
  if (Node.isGetAccessorDeclaration(decl) || Node.isMethodDeclaration(decl) || Node.isMethodSignature(decl) || Node.isFunctionDeclaration(decl) || Node.isArrowFunction(decl)) {
    const rt = decl.getReturnTypeNode();
    if (Node.isGetAccessorDeclaration(decl)) return rt ? typeOfNode(rt, ctx) : tsTypeOf(decl, ctx);
    const params = decl.getParameters().map((p) => (isApiNode(p) ? apiParamType(p, ctx) : declType(p, ctx)));
    return { k: "func", params, ret: rt ? typeOfNode(rt, ctx) : typeOrReport(decl, ctx, () => fromTsType(decl.getReturnType(), ctx)) };
  }
  if (Node.isSetAccessorDeclaration(decl)) return declType(decl.getParameters()[0], ctx);
  if (
    Node.isVariableDeclaration(decl) ||
    Node.isParameterDeclaration(decl) ||
    Node.isPropertyDeclaration(decl) ||
    Node.isPropertySignature(decl)
  ) {
    const tn = decl.getTypeNode();
    if (tn) return optionalType(decl, typeOfNode(tn, ctx), ctx) ?? typeOfNode(tn, ctx);
    const init = Node.isPropertySignature(decl) ? undefined : decl.getInitializer();
    if (init && !Node.isArrowFunction(init)) {
      const t = peekType(init, ctx);
      if (t) return isIntLike(t) ? T.double : t;
    }
    return tsTypeOf(useSite ?? decl, ctx);
  }
  if (Node.isEnumMember(decl)) {
    const en = decl.getParent();
    return { k: "enum", name: enumName(en), flags: false };
  }
  return tsTypeOf(useSite ?? decl, ctx);
}

/** An API parameter's type; unions (C# overloads) read as object. */
function apiParamType(p: ParameterDeclaration, ctx: EmitContext): CsType {
  const tn = p.getTypeNode();
  if (!tn) return T.object;
  try {
    return typeFromNode(tn, ctx);
  } catch (err) {
    if (err instanceof TypeProblem) return T.object;
    throw err;
  }
}

/** The type of an expression without keeping its code (used for declarations). */
export function peekType(e: Expression, ctx: EmitContext): CsType | undefined {
  const saved = ctx.diagnostics.length;
  try {
    return emitExpr(e, ctx).type;
  } catch (err) {
    if (err instanceof Reported) return undefined;
    throw err;
  } finally {
    ctx.diagnostics.length = saved;
  }
}

/** Resolve the declaration an identifier or property name refers to. */
export function declOf(node: Node): Node | undefined {
  if (declarations.has(node)) return declarations.get(node);
  // `{ name }` in an object literal: the value's symbol, not the property's.
  const parent = node.getParent();
  let sym = parent && Node.isShorthandPropertyAssignment(parent) && parent.getNameNode() === node ? parent.getValueSymbol() : node.getSymbol();
  if (sym?.isAlias()) sym = sym.getAliasedSymbol();
  const d = sym?.getValueDeclaration() ?? sym?.getDeclarations()[0];
  declarations.set(node, d);
  return d;
}

/** declOf's answers of the current compile (the emitter asks again for each use of a name; ts-morph wraps the symbol and its declarations each time). */
const declarations = perCompile<Node, Node | undefined>();

/** Check that a value of type `from` may be stored where `to` is expected, and return its code. */
export function convertTo(e: Emitted, to: CsType, node: Node, ctx: EmitContext, invariant = true): string {
  return converted(e, to, node, ctx, invariant).code;
}

/**
 * A function named as a value whose default parameters apply where the delegate passes undefined (C154, C155), also a
 * branch of `c ? h : g` or the right of `n ?? h` (C168): the adapting arrow, cast to the delegate type; else `e`.
 */
export function withDefaults(e: Emitted, to: CsType, node: Node, ctx: EmitContext): Emitted {
  const target = stripNullable(to);
  if (target.k !== "func" || e.type.k !== "func" || containsTypeParam(target)) return e;
  let n = node;
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  const fn = Node.isIdentifier(n) ? declOf(n) : Node.isPropertyAccessExpression(n) ? declOf(n.getNameNode()) : undefined;
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn)) || !fn.getParameters().some((p) => p.getInitializer())) return e;
  const ad = adaptCallback(n, e, target, ctx, "keep");
  return ad !== e ? built(X.cast(cs(target), X.paren(nodeOf(ad))), target) : e;
}

/** `-0`, `-0.0`, `-(0)`: a literal negative zero. */
function isNegativeZeroLiteral(node: Node): boolean {
  let n = node;
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  if (!Node.isPrefixUnaryExpression(n) || n.getOperatorToken() !== SyntaxKind.MinusToken) return false;
  let o: Node = n.getOperand();
  while (Node.isParenthesizedExpression(o)) o = o.getExpression();
  return Node.isNumericLiteral(o) && o.getLiteralValue() === 0;
}

/** convertTo as an Emitted: `e` itself, or the cast it needs (a tree node). */
export function converted(e: Emitted, to: CsType, node: Node, ctx: EmitContext, invariant = true): Emitted {
  const f = e.type;
  const target = stripNullable(to);
  const ad = withDefaults(e, target, node, ctx);
  if (ad !== e) return ad;
  // `const i: int = -0`: JS keeps -0 (1 / i is -Infinity), a C# int has no negative zero.
  if ((isIntLike(target) || target.k === "uint" || target.k === "long") && isNegativeZeroLiteral(node))
    ctx.fail(node, "UnsupportedForm", `'${node.getText()}' where an '${describe(target)}' is expected`, "JS keeps the negative zero (1 / x is -Infinity), an integer type has none", "Write 0, or declare a number to keep -0.");
  if (target.k === "int" && (f.k === "double" || f.k === "float" || f.k === "long")) ctx.fail(node, "DoubleToInt", describe(f), "int", conversionFix("int"));
  if (target.k === "long" && (f.k === "double" || f.k === "float")) ctx.fail(node, "DoubleToInt", describe(f), "long", conversionFix("long"));
  if (target.k === "float" && (f.k === "double" || f.k === "long")) ctx.fail(node, "DoubleToInt", describe(f), "float", conversionFix("float"));
  // C# converts an int to float implicitly, rounding above 2^24; JS keeps the exact number.
  if (target.k === "float" && (f.k === "int" || (f.k === "intlit" && (e.value === undefined || Math.fround(e.value) !== e.value))))
    ctx.fail(node, "IntToFloatRounds");
  const unsigned = uintConversionProblem(e, to);
  if (unsigned) ctx.fail(node, "DoubleToInt", ...unsigned, conversionFix(unsigned[1]));
  // A byte (IMyTextSurface.BackgroundAlpha) holds a byte or a constant 0..255 (C#'s constant conversion).
  if (target.k === "byte" && isNumeric(f) && f.k !== "byte" && !(f.k === "intlit" && e.value !== undefined && e.value >= 0 && e.value <= 255))
    ctx.fail(node, "DoubleToInt", describe(f), "byte", conversionFix("byte"));
  if (to.k === "nullable" && isValueType(to.inner) && f.k === "null") return built(X.cast(cs(to), X.lit("null")), to);
  // TS lets a number into an enum variable; C# needs the cast (an enum holds any int, as in JS).
  if (target.k === "enum" && isIntLike(f)) return built(X.cast(cs(target), nodeOf(e)), target);
  if (target.k === "enum" && isNumeric(f)) ctx.fail(node, "DoubleToInt", describe(f), target.name, conversionFix(target.name));
  // C47: an enum where a number is expected is its number in JS; C# converts an enum only with a cast (mcs CS0266).
  if (f.k === "enum" && (target.k === "double" || target.k === "int")) return built(X.cast(target.k, nodeOf(e)), target);
  if (target.k === "typeparam" && f.k === "null")
    ctx.fail(node, "UnsupportedSyntax", `'null' as a '${target.name} | null' value (${noMissingTypeParam(target.name, undefined, "check the size first and return a T, or take a default T from the caller: pop(fallback: T): T")})`);
  const sf = stripNullable(f);
  if (sf.k === "ref" && target.k === "ref" && !sf.struct && cs(sf) !== cs(target)) checkNominal(node, ctx);
  if (isTuple(sf) && target.k === "list") failTupleAsArray(node, target, ctx);
  if (invariant && invariantMismatch(sf, target)) failInvariant(node, sf, target, ctx);
  return e;
}

/**
 * `const ys: number[] = intList`, `names(dogs)` for an `Animal[]` parameter, a `[string, int]` for a `[string, number]`:
 * TS accepts them, C# has no conversion from List<int> to List<double> or List<Dog> to List<Animal> (mcs CS0029/CS1503),
 * and a copy would break JS's sharing (a push through one name is seen through the other). C20 in ADVERSARY-FINDINGS.md.
 */
export function invariantMismatch(from: CsType, to: CsType): boolean {
  if ((from.k === "list" || from.k === "set") && to.k === from.k) return argDiffers(from.elem, to.elem);
  if (from.k === "dict" && to.k === "dict") return argDiffers(from.key, to.key) || argDiffers(from.value, to.value);
  if (from.k === "ref" && to.k === "ref" && from.name === to.name && from.args.length === to.args.length) return from.args.some((a, i) => argDiffers(a, to.args[i]));
  // Delegates: C# converts Func<Dog> to Func<Animal> (variance of reference types), never Func<int> to Func<double>.
  if (from.k === "func" && to.k === "func" && from.params.length === to.params.length)
    return [...from.params, from.ret].some((a, i) => {
      const b = i < from.params.length ? to.params[i] : to.ret;
      return (isValueType(a) || isValueType(b)) && argDiffers(a, b);
    });
  return false;
}

/** Do two type arguments name different C# types? Unknown ones (a type parameter, object) are not judged. */
function argDiffers(a: CsType, b: CsType): boolean {
  const known = (t: CsType): boolean => t.k !== "object" && t.k !== "null" && t.k !== "typeparam" && !containsTypeParam(t);
  if (!known(a) || !known(b)) return false;
  return cs(a) !== cs(b);
}

/** Two branches (`c ? a : b`, `a ?? b`) of types C# cannot join: the message names the one a copy would fix (an int list into a number list). */
export function failInvariantBranches(a: Emitted, an: Node, b: Emitted, bn: Node, ctx: EmitContext): never {
  const [ta, tb] = [stripNullable(a.type), stripNullable(b.type)];
  const toDouble = (t: CsType) => t.k === "list" && t.elem.k === "double";
  return toDouble(tb) && !toDouble(ta) ? failInvariant(an, ta, tb, ctx) : failInvariant(bn, tb, ta, ctx);
}

export function failInvariant(node: Node, from: CsType, to: CsType, ctx: EmitContext): never {
  const copy =
    from.k === "list" && to.k === "list"
      ? `${Node.isIdentifier(node) || Node.isPropertyAccessExpression(node) ? node.getText() : `(${node.getText()})`}.map((x): ${tsName(to.elem)} => x)`
      : from.k === "func" && to.k === "func"
        ? `an arrow function that calls it, (${to.params.map((p, i) => `p${i}: ${tsName(p)}`).join(", ")}) => ...`
        : "a new one filled with a loop";
  return ctx.fail(node, "InvariantCollection", tsName(from), tsName(to), `'${tsName(from)}' or '${tsName(to)}' throughout`, copy);
}

/** A C# type as the script writes it (int stays int: TS's own text would say number for both). */
export function tsName(t: CsType): string {
  switch (t.k) {
    case "double":
      return "number";
    case "intlit":
      return "int";
    case "list":
      return t.elem.k === "func" || t.elem.k === "nullable" ? `(${tsName(t.elem)})[]` : `${tsName(t.elem)}[]`;
    case "set":
      return `Set<${tsName(t.elem)}>`;
    case "dict":
      return `Map<${tsName(t.key)}, ${tsName(t.value)}>`;
    case "nullable":
      return `${tsName(t.inner)} | null`;
    case "func":
      return `(${t.params.map((p, i) => `p${i}: ${tsName(p)}`).join(", ")}) => ${tsName(t.ret)}`;
    case "ref": {
      const r: { name: string; args: CsType[] } = t;
      if (isTuple(t)) return `[${r.args.map(tsName).join(", ")}]`;
      return r.args.length ? `${r.name}<${r.args.map(tsName).join(", ")}>` : r.name;
    }
    default:
      return describe(t);
  }
}

/**
 * TS lets an object of one script class stand for another class or an interface of the same shape;
 * C# converts only along `extends`/`implements` (mcs CS0029/CS0266/CS1503). Said where the value is
 * written, from the type TS expects there.
 */
function checkNominal(node: Node, ctx: EmitContext): void {
  if (!Node.isExpression(node)) return;
  const decl = (t: Type | undefined) => t?.getNonNullableType().getSymbol()?.getDeclarations()[0];
  const src = decl(node.getType());
  const dst = decl(ctx.project.getTypeChecker().getContextualType(node as Expression));
  const script = (d: Node | undefined) => !!d && (Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d)) && !isApiNode(d) && !d.getSourceFile().isDeclarationFile();
  if (!script(src) || !script(dst) || derivesFrom(src!, dst!)) return;
  const sn = (src as ClassDeclaration).getName() ?? "?";
  const dn = (dst as ClassDeclaration).getName() ?? "?";
  const kind = Node.isInterfaceDeclaration(src) ? "interface" : "class";
  const rel = kind === "class" && Node.isInterfaceDeclaration(dst) ? "implements" : "extends";
  ctx.fail(node, "StructuralOnly", sn, dn, `${kind} '${sn}' ${rel} '${dn}'`, `${kind} ${sn} ${rel} ${dn}`);
}

/**
 * Why an object (or a missing one) cannot be converted to a string here: pbts calls toString() only
 * where a script class declares it as a method; an interface's signature or a property is not one.
 */
function objectToStringProblem(node: Node, call: string, t: CsType): string {
  // `let p: P | null = null; String(p)`: TS narrowed it to null here, so no toString would help
  const whole = node.getType();
  if (whole.isNull() || whole.isUndefined()) {
    const v = whole.isNull() ? "null" : "undefined";
    return `converting '${node.getText()}' to a string where TypeScript knows it is always ${v} (its declared type is '${describe(t)}'; write the text "${v}" itself, or convert the value where it may be set)`;
  }
  const type = whole.getNonNullableType();
  const own = type.getSymbol()?.getDeclarations()[0];
  // `xs.map(String)`: the node is String itself; say only what the C# type is.
  if (!own || !(Node.isClassDeclaration(own) || Node.isInterfaceDeclaration(own)) || own.getSourceFile().isDeclarationFile())
    return `converting a '${describe(t)}' to a string (JS prints '[object Object]' or calls its own toString; declare toString(): string as a method in the class and convert each value itself)`;
  const d = type.getProperty("toString")?.getDeclarations()[0];
  if (d && !d.getSourceFile().isDeclarationFile())
    return `converting a '${type.getText(node)}' to a string through its own toString (pbts calls it for you only where a class declares toString(): string as a method without parameters; call it yourself: ${call})`;
  return valueToStringProblem(node, t);
}

/** JS String(x) of an emitted value. */
export function toJsString(e: Emitted, node: Node, ctx: EmitContext): string {
  return printExpr(toJsStringNode(e, node, ctx));
}

/** toJsString as a tree node (an operand of `+`). */
export function toJsStringNode(e: Emitted, node: Node, ctx: EmitContext): X.Expr {
  const t = e.type;
  const user = userToString(e, node);
  if (user) return user;
  const str = (...args: X.Expr[]) => X.call(X.name("Js.Str"), args);
  switch (t.k) {
    case "string":
      // (`String(a ?? b) + c`: the printer keeps the parentheses `+` needs, C13; toJsString's callers
      // put its text only where a whole expression stands)
      return nodeOf(e);
    case "null":
      return X.lit(`"null"`);
    case "double":
    case "float":
      ctx.useHelper("StrDouble");
      return str(nodeOf(e));
    case "int":
    case "intlit":
      ctx.useHelper("StrInt");
      return str(nodeOf(e));
    case "byte":
      ctx.useHelper("StrInt");
      return str(X.cast("int", nodeOf(e)));
    case "long":
      ctx.useHelper("StrLong");
      return str(nodeOf(e));
    case "uint":
      ctx.useHelper("StrLong");
      return str(X.cast("long", nodeOf(e)));
    case "bool":
      ctx.useHelper("StrBool");
      return str(nodeOf(e));
    case "enum":
      ctx.useHelper("StrInt");
      return str(X.cast("int", nodeOf(e)));
    case "nullable": {
      // C# has one null; JS prints a missing value as "undefined" (find, Map.get, pop) or "null", as its TS type says.
      const parts = node.getType().isUnion() ? node.getType().getUnionTypes() : [node.getType()];
      // (a type with neither, `ds[5]?.name` of a string field: missing only as JS's undefined element, C104)
      const undef = parts.some((p) => p.isUndefined()) || isEnumNameAccess(node) || !parts.some((p) => p.isNull());
      if (undef && parts.some((p) => p.isNull())) ctx.fail(node, "UnsupportedSyntax", "converting a value that may be null or undefined to a string (C# cannot tell them apart)");
      // a missing numeric enum value (`cfg.st` of `st?: St`, `xs.find(...)` of a St[]) prints as its number does (C128)
      const en = t.inner.k === "enum";
      const h = t.inner.k === "string" ? "StrOptional" : t.inner.k === "bool" ? "StrOptionalBool" : t.inner.k === "long" ? "StrOptionalLong" : isNumeric(t.inner) || en ? "StrOptionalDouble" : "";
      if (!h && t.inner.k === "ref" && !t.inner.struct && !isTuple(t.inner)) return ctx.fail(node, "UnsupportedSyntax", objectToStringProblem(node, `${node.getText()}?.toString() ?? "${undef ? "undefined" : "null"}"`, t));
      if (!h) return ctx.fail(node, "NullableValue", "string conversion");
      ctx.useHelper(h);
      return str(en ? X.cast("int?", nodeOf(e)) : nodeOf(e), X.lit(`"${undef ? "undefined" : "null"}"`));
    }
    default:
      if (t.k === "ref" && !t.struct && !isTuple(t)) return ctx.fail(node, "UnsupportedSyntax", objectToStringProblem(node, `${node.getText()}.toString()`, t));
      if (isTuple(t)) return ctx.fail(node, "UnsupportedSyntax", "converting a tuple to a string (JS joins its elements with ','; print them one by one: t[0] + \",\" + t[1])");
      // JS prints a T as its value does; C# knows no JS printing for an unconstrained T.
      // JS joins an array's elements with ',' (String([1, 2]) is "1,2"): as xs.join() where pbts has one.
      if (t.k === "list") {
        const e0 = t.elem;
        const h = joinHelper(e0);
        const by = h ? undefined : joinEnum(e0, ctx) ?? joinByToString(e0, node, ctx);
        if (by) return X.call(X.name("Js.Join"), [nodeOf(e), X.lit(`","`), by]);
        if (!h) return ctx.fail(node, "UnsupportedSyntax", `converting an array of '${describe(e0)}' to a string (JS joins the elements' texts with ','; write them out: xs.map((x) => ...text of x...).join(","))`);
        ctx.useHelper(h);
        return X.call(X.name("Js.Join"), [nodeOf(e), X.lit(`","`)]);
      }
      // JS prints "Error: x" (the name, then ': ' and the message when there is one), not [object Object].
      if (t.k === "exception") return ctx.fail(node, "UnsupportedSyntax", `converting an Error to a string (JS prints its name, then ': ' and the message: "Error: x"; write the text yourself: "Error: " + e.message, or e.message alone)`);
      // a call of a function returning nothing: JS prints "undefined"
      if (t.k === "void") return ctx.fail(node, "UnsupportedSyntax", `converting the result of a function that returns nothing to a string (JS prints 'undefined'; write the text "undefined" itself, or return a value)`);
      if (t.k === "typeparam") return ctx.fail(node, "UnsupportedSyntax", `converting a value of the type parameter '${describe(t)}' to a string (pbts prints a value as JS does only where its type is known; pass a function (x: ${describe(t)}) => string, or convert where the type is known)`);
      return ctx.fail(node, "UnsupportedSyntax", valueToStringProblem(node, t));
  }
}

/**
 * Why an API value (Vector3D, TimeSpan, StringBuilder...) or an `unknown` cannot be converted to a string: JS
 * prints '[object Object]', C# would call its ToString(). The way out the type has (a class of the API cannot
 * be given a toString).
 */
function valueToStringProblem(node: Node, t: CsType): string {
  const type = node.getType().getNonNullableType();
  const own = type.getSymbol()?.getDeclarations()[0];
  const api = !!own && isApiNode(own);
  const what = `converting a '${api ? describe(t) : node.getType().getText(node)}' to a string (JS prints '[object Object]'`;
  if (t.k === "object") return `${what}; narrow it first, e.g. if (x instanceof Vector3D) ..., or print the value it holds)`;
  if (!api) return `${what}; declare toString(): string in the class)`;
  if (type.getProperty("ToString")) return `${what}; call its ToString() yourself: ${node.getText()}.ToString())`;
  const field = type.getProperty("TotalSeconds") ? "TotalSeconds" : type.getProperty("X") ? "X" : undefined;
  return `${what}; ${describe(t)} offers no ToString() in pbts: print ${field ? `its members, e.g. ${node.getText()}.${field}` : "the members you need"})`;
}

/** A condition: booleans as they are; JS truthiness only where C# can say the same. */
export function emitCondition(e: Expression, ctx: EmitContext): string {
  return printExpr(emitConditionNode(e, ctx));
}

/** emitCondition as a tree node (an operand of `!`, `&&`, `?:`). */
export function emitConditionNode(e: Expression, ctx: EmitContext): X.Expr {
  const em = emitExpr(e, ctx);
  const t = em.type;
  if (t.k === "bool") return nodeOf(em);
  if (t.k === "string" || (t.k === "nullable" && t.inner.k === "string")) return X.unary("!", X.call(X.name("string.IsNullOrEmpty"), [nodeOf(em)]));
  if ((t.k === "nullable" && !isValueType(t.inner)) || t.k === "ref" || t.k === "list" || t.k === "dict" || t.k === "set" || t.k === "exception") {
    if (t.k === "ref" && t.struct) ctx.fail(e, "Truthiness", describe(t));
    return X.binary("!=", nodeOf(em), X.lit("null"));
  }
  const num = numberConditionNode(em, ctx);
  if (num) return num;
  return ctx.fail(e, "Truthiness", describe(t));
}

// ---- visitors ----

const visitors: Partial<Record<SyntaxKind, Visitor>> = {
  [SyntaxKind.NumericLiteral]: (n: Node, _ctx, expected) => {
    const text = n.getText().replace(/_/g, "");
    const v = Number(text);
    // 0xFE is an integer: only decimal literals carry a fraction or an exponent.
    const integral = Number.isInteger(v) && (/^0[xXoObB]/.test(text) || !/[.eE]/.test(text));
    const asInt = integral && Math.abs(v) <= 2147483647;
    const unsigned = uintLiteral(v, integral, expected);
    if (unsigned) return unsigned;
    // A whole literal where a float is expected (new Vector4(1, 2, 3, 4)): a float literal, exact below 2^24.
    if (asInt && expected?.k === "float" && Math.abs(v) <= 16777216) return { code: `${numberLiteral(v, true)}f`, type: T.float };
    if (asInt && expected && (expected.k === "double" || expected.k === "float")) return { code: numberLiteral(v, false), type: T.double };
    if (asInt) return { code: numberLiteral(v, true), type: T.intlit, value: v };
    // A long literal only within JS's safe integers: beyond them Node holds a different value.
    if (integral && expected && stripNullable(expected).k === "long") {
      if (!Number.isSafeInteger(v) || !/^\d+$/.test(text)) return _ctx.fail(n, "UnsupportedSyntax", "a long literal beyond 2^53 (JavaScript cannot hold it exactly)");
      return { code: `${text}L`, type: T.long };
    }
    return { code: numberLiteral(v, false), type: T.double };
  },
  [SyntaxKind.StringLiteral]: (n: Node) => ({ code: stringLiteral(n.asKindOrThrow(SyntaxKind.StringLiteral).getLiteralValue()), type: T.string }),
  [SyntaxKind.NoSubstitutionTemplateLiteral]: (n: Node) => ({
    code: stringLiteral(n.asKindOrThrow(SyntaxKind.NoSubstitutionTemplateLiteral).getLiteralValue()),
    type: T.string,
  }),
  [SyntaxKind.TemplateExpression]: (n: Node, ctx) => {
    const te = n.asKindOrThrow(SyntaxKind.TemplateExpression);
    const parts: X.Expr[] = [];
    const head = te.getHead().getLiteralText();
    if (head) parts.push(X.lit(stringLiteral(te.getHead().compilerNode.text)));
    let lastType: CsType | undefined;
    for (const span of te.getTemplateSpans()) {
      const inner = emitExpr(span.getExpression(), ctx);
      lastType = inner.type;
      parts.push(toJsStringNode(inner, span.getExpression(), ctx));
      const lit = span.getLiteral().compilerNode.text;
      if (lit) parts.push(X.lit(stringLiteral(lit)));
    }
    // `${s}` of a string stays a concatenation (`"" + s`: a string even when s is null); of a
    // number or a boolean, the formatted text is the string already
    if (parts.length === 1 && te.getTemplateSpans()[0] && !head && !(lastType && (isNumeric(lastType) || lastType.k === "bool"))) parts.unshift(X.lit('""'));
    if (parts.length === 0) return { code: '""', type: T.string };
    return built(parts.reduce((a, b) => X.binary("+", a, b)), T.string);
  },
  [SyntaxKind.TrueKeyword]: () => ({ code: "true", type: T.bool }),
  [SyntaxKind.FalseKeyword]: () => ({ code: "false", type: T.bool }),
  [SyntaxKind.NullKeyword]: () => ({ code: "null", type: T.null }),
  [SyntaxKind.ThisKeyword]: (n: Node, ctx) => emitThis(n, ctx),
  [SyntaxKind.SuperKeyword]: (n: Node, ctx) => emitSuper(n, ctx),
  [SyntaxKind.ParenthesizedExpression]: (n: Node, ctx, expected) => {
    const inner = emitExpr(n.asKindOrThrow(SyntaxKind.ParenthesizedExpression).getExpression(), ctx, expected);
    // a node needs no grouping of its own: the printer writes the parentheses its place needs
    if (inner.node && printExpr(inner.node) === inner.code) return inner;
    return { code: `(${inner.code})`, type: inner.type, value: inner.value };
  },
  [SyntaxKind.Identifier]: (n: Node, ctx, expected) => emitIdentifier(n, ctx, expected),
  [SyntaxKind.PropertyAccessExpression]: (n: Node, ctx) => emitPropertyAccess(n.asKindOrThrow(SyntaxKind.PropertyAccessExpression), ctx),
  [SyntaxKind.ElementAccessExpression]: (n: Node, ctx) => emitElementAccess(n.asKindOrThrow(SyntaxKind.ElementAccessExpression), ctx),
  [SyntaxKind.CallExpression]: (n: Node, ctx) => emitCall(n.asKindOrThrow(SyntaxKind.CallExpression), ctx),
  [SyntaxKind.NewExpression]: (n: Node, ctx, expected) => emitNew(n.asKindOrThrow(SyntaxKind.NewExpression), ctx, expected),
  [SyntaxKind.ArrowFunction]: (n: Node, ctx, expected) => emitArrow(n.asKindOrThrow(SyntaxKind.ArrowFunction), ctx, expected),
  [SyntaxKind.ArrayLiteralExpression]: (n: Node, ctx, expected) => emitArrayLiteral(n.asKindOrThrow(SyntaxKind.ArrayLiteralExpression), ctx, expected),
  [SyntaxKind.BinaryExpression]: (n: Node, ctx, expected) => emitBinary(n.asKindOrThrow(SyntaxKind.BinaryExpression), ctx, expected),
  [SyntaxKind.PrefixUnaryExpression]: (n: Node, ctx, expected) => emitPrefixUnary(n.asKindOrThrow(SyntaxKind.PrefixUnaryExpression), ctx, expected),
  [SyntaxKind.PostfixUnaryExpression]: (n: Node, ctx) => emitPostfixUnary(n.asKindOrThrow(SyntaxKind.PostfixUnaryExpression), ctx),
  [SyntaxKind.ConditionalExpression]: (n: Node, ctx, expected) => {
    const c = n.asKindOrThrow(SyntaxKind.ConditionalExpression);
    const cond = emitConditionNode(c.getCondition(), ctx);
    const a0 = emitExpr(c.getWhenTrue(), ctx, expected);
    const b0 = emitExpr(c.getWhenFalse(), ctx, expected);
    // An int branch where a float is wanted: say so at the branch (C# would round it).
    if (expected && stripNullable(expected).k === "float") {
      convertTo(a0, expected, c.getWhenTrue(), ctx);
      convertTo(b0, expected, c.getWhenFalse(), ctx);
    }
    const [ka, kb] = [kindOfValue(a0.type), kindOfValue(b0.type)];
    const mixed = ka !== kb && ka !== "other" && kb !== "other";
    // `${done ? "" : n}`: JS prints whichever branch runs; C# has no common type of string and number.
    if (mixed && (Node.isTemplateSpan(skipParensUp(n).getParent()) || isPrinted(n))) {
      const str = (x: Emitted, at: Node) => toJsStringNode(x, at, ctx);
      return built(X.conditional(cond, str(a0, c.getWhenTrue()), str(b0, c.getWhenFalse())), T.string);
    }
    if (mixed) ctx.fail(n, "UnionType", c.getType().getText(c));
    const common = siblingRefs(a0, c.getWhenTrue(), b0, c.getWhenFalse(), n, ctx, expected);
    if (common) return built(X.conditional(cond, X.cast(cs(common), nodeOf(a0)), X.cast(cs(common), nodeOf(b0))), common);
    let [a, b] = uintBranches(a0, b0);
    // C47: `b ? E.A : 0.5` (or two enums): the enum's number in JS; C# has no common type (mcs CS0173)
    const enumBeside = (x: Emitted, y: Emitted) => x.type.k === "enum" && (isNumeric(y.type) || (y.type.k === "enum" && y.type.name !== x.type.name));
    if (enumBeside(a, b) || enumBeside(b, a)) {
      const k = a.type.k === "double" || a.type.k === "float" || b.type.k === "double" || b.type.k === "float" ? "double" : "int";
      const num = (x: Emitted): Emitted => (x.type.k === "enum" ? built(X.cast(k, nodeOf(x)), T[k]) : x);
      [a, b] = [num(a), num(b)];
    }
    // `b ? f : half` where an `(x: int) => number` is wanted: a script function of other number types is wrapped (C21).
    const exf = expected && stripNullable(expected);
    if (exf?.k === "func" && !containsTypeParam(exf)) {
      const adapt = (x: Emitted, at: Node): Emitted => {
        if (x.type.k !== "func" || !invariantMismatch(x.type, exf)) return x;
        const ad = adaptCallback(at, x, exf, ctx, "keep");
        return ad === x ? x : built(X.cast(cs(exf), X.paren(nodeOf(ad))), exf);
      };
      [a, b] = [adapt(a, c.getWhenTrue()), adapt(b, c.getWhenFalse())];
    }
    // `c ? ints : nums` (List<int> and List<double>): no C# type holds both (mcs CS0173).
    if (invariantMismatch(stripNullable(b.type), stripNullable(a.type))) failInvariantBranches(a, c.getWhenTrue(), b, c.getWhenFalse(), ctx);
    // `const id: long = pb === null ? 0 : pb.EntityId`: a whole literal beside a long is C#'s long where a long is
    // wanted (C90; the double unifyBranches gives, which a later number use needs, was a false PBTS1017 there).
    const literalBesideLong = (x: CsType, y: CsType) => x.k === "intlit" && y.k === "long";
    let type = exf?.k === "long" && (literalBesideLong(a.type, b.type) || literalBesideLong(b.type, a.type)) ? T.long : unifyBranches(a.type, b.type);
    // C197: a float beside another number (`c ? f : -10`, `c ? f : aLong`) is C#'s float, which rounds the other
    // branch and computes on in float where JS has a double: widen the float branch (but where a float is wanted)
    const floatBeside = (x: CsType, y: CsType) => x.k === "float" && y.k !== "float" && isNumeric(y);
    if (exf?.k !== "float" && (floatBeside(a.type, b.type) || floatBeside(b.type, a.type))) {
      type = T.double;
      [a, b] = [a, b].map((x) => (x.type.k === "float" ? built(X.cast("double", nodeOf(x)), T.double) : x));
    }
    if ((a.type.k === "null" || b.type.k === "null") && stripNullable(type).k === "typeparam")
      ctx.fail(n, "UnsupportedSyntax", `'null' as a '${(stripNullable(type) as { name: string }).name} | null' value (${noMissingTypeParam((stripNullable(type) as { name: string }).name, undefined, "check the size first and return a T, or take a default T from the caller: pop(fallback: T): T")})`);
    // A lambda has no C# type of its own: `c ? () => 1 : null` needs it cast to the delegate (mcs CS1660/CS0173).
    const lambda = (at: Node) => {
      let x = at;
      while (Node.isParenthesizedExpression(x)) x = x.getExpression();
      if (Node.isArrowFunction(x)) return true;
      // A function or method named without a call is a C# method group: no type of its own either.
      const d = Node.isIdentifier(x) ? declOf(x) : Node.isPropertyAccessExpression(x) ? declOf(x.getNameNode()) : undefined;
      return !!d && (Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d));
    };
    const fix = (x: Emitted, at: Node) =>
      x.type.k === "null" && isValueType(type) ? X.cast(cs(nullable(type)), X.lit("null")) : stripNullable(type).k === "func" && lambda(at) ? X.cast(cs(stripNullable(type)), X.raw(x.code)) : nodeOf(x);
    const t = a.type.k === "null" || b.type.k === "null" ? nullable(type) : type;
    // (a function with defaults in a branch: applied where the delegate passes undefined, C168)
    [a, b] = [withDefaults(a, type, c.getWhenTrue(), ctx), withDefaults(b, type, c.getWhenFalse(), ctx)];
    return built(X.conditional(cond, fix(a, c.getWhenTrue()), fix(b, c.getWhenFalse())), t);
  },
  [SyntaxKind.AsExpression]: (n: Node, ctx) => emitCast(n.asKindOrThrow(SyntaxKind.AsExpression), ctx),
  [SyntaxKind.TypeAssertionExpression]: (n: Node, ctx) => emitCast(n.asKindOrThrow(SyntaxKind.TypeAssertionExpression), ctx),
  [SyntaxKind.SatisfiesExpression]: (n: Node, ctx, expected) => emitExpr(n.asKindOrThrow(SyntaxKind.SatisfiesExpression).getExpression(), ctx, expected),
  [SyntaxKind.NonNullExpression]: (n: Node, ctx) => {
    const operand = n.asKindOrThrow(SyntaxKind.NonNullExpression).getExpression();
    const inner = emitExpr(operand, ctx);
    if (inner.type.k === "nullable" && isValueType(inner.type.inner)) return built(X.member(nodeOf(inner), "Value"), inner.type.inner);
    if (missingValueAsserted(n, operand, stripNullable(inner.type))) return (ctx.useHelper("Present"), built(callOf("Js.Present", inner), stripNullable(inner.type)));
    return { code: inner.code, type: stripNullable(inner.type), compound: inner.compound };
  },
  [SyntaxKind.FunctionExpression]: (n: Node, ctx) => ctx.fail(n, "FunctionExpression"),
  [SyntaxKind.ObjectLiteralExpression]: (n: Node, ctx, expected) => emitObjectLiteral(n.asKindOrThrow(SyntaxKind.ObjectLiteralExpression), ctx, expected),
  [SyntaxKind.SpreadElement]: (n: Node, ctx) => ctx.fail(n, "Spread"),
  [SyntaxKind.AwaitExpression]: (n: Node, ctx) => ctx.fail(n, "Async", "await"),
  [SyntaxKind.YieldExpression]: (n: Node, ctx) => rejectYieldValue(n, ctx),
  [SyntaxKind.TypeOfExpression]: (n: Node, ctx) => ctx.fail(n, "TypeOperator", "typeof", "Use 'instanceof' with a class, or virtual methods; for a 'T | null' or 'T | undefined' compare with null (x !== null)."),
  [SyntaxKind.DeleteExpression]: (n: Node, ctx) => ctx.fail(n, "TypeOperator", "delete", "Use a Map and its delete(key), or set the field to undefined or null (as its type allows)."),
  [SyntaxKind.VoidExpression]: (n: Node, ctx) => ctx.fail(n, "TypeOperator", "void", "Drop 'void' and write the expression as a statement."),
  [SyntaxKind.RegularExpressionLiteral]: (n: Node, ctx) => ctx.fail(n, "UnsupportedSyntax", "a regular expression (JS and .NET regular expressions match differently; split on a string, s.split(\" \").filter((w) => w !== \"\"), or test characters with includes/indexOf and comparisons such as c >= \"0\" && c <= \"9\")"),
  [SyntaxKind.ClassExpression]: (n: Node, ctx) => ctx.fail(n, "UnsupportedSyntax", "a class expression"),
  [SyntaxKind.TaggedTemplateExpression]: (n: Node, ctx) => ctx.fail(n, "UnsupportedSyntax", "a tagged template"),
  [SyntaxKind.BigIntLiteral]: (n: Node, ctx) => ctx.fail(n, "UnsupportedSyntax", "a bigint"),
};


/**
 * C150: `xs.pop()!`, `xs.find(...)!` (or `xs.pop() as string`) of a string or of a script class's object that is missing: JS carries undefined on
 * and prints "undefined", C# would carry null on and print it as "" (a string) or "null" (an object, through its
 * toString): silently different. `Js.Present` throws there instead, as a missing number's `.Value` and a Map's
 * `m.get(k)!` (its indexer) do. A comparison (`=== "x"`), `??` and a test read a missing value as JS does, and an
 * object's member access throws in C# anyway: left alone.
 */
function missingValueAsserted(n: Node, operand: Node, t: CsType): boolean {
  const object = t.k === "ref" && !t.struct && !!operand.getType().getNonNullableType().getSymbol()?.getDeclarations().some((d) => !isApiNode(d) && !d.getSourceFile().isDeclarationFile());
  if (t.k !== "string" && !object) return false;
  // `m.get(k)!` is the Map's indexer, which throws for a missing key already (builtins.ts).
  let op = operand;
  while (Node.isParenthesizedExpression(op)) op = op.getExpression();
  if (Node.isCallExpression(op) && Node.isPropertyAccessExpression(op.getExpression()) && (op.getExpression() as PropertyAccessExpression).getName() === "get") {
    const recv = (op.getExpression() as PropertyAccessExpression).getExpression().getType().getNonNullableType().getSymbol()?.getName();
    if (recv === "Map" || recv === "ReadonlyMap") return false;
  }
  const ts0 = operand.getType();
  if (!(ts0.isNullable() || ts0.isUndefined() || ts0.isNull() || (ts0.isUnion() && ts0.getUnionTypes().some((u) => u.isUndefined() || u.isNull())))) return false;
  let e: Node = n;
  let p = e.getParent();
  while (p && Node.isParenthesizedExpression(p)) p = (e = p).getParent();
  if (p && Node.isBinaryExpression(p)) {
    const k = p.getOperatorToken().getKind();
    // a write target (`o.t! = v`; `o.t! += v` reads it through compoundAssign)
    if (p.getLeft() === e && k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment) return false;
    if (k === SyntaxKind.EqualsEqualsEqualsToken || k === SyntaxKind.ExclamationEqualsEqualsToken || k === SyntaxKind.EqualsEqualsToken || k === SyntaxKind.ExclamationEqualsToken) return false;
    if (k === SyntaxKind.QuestionQuestionToken && p.getLeft() === e) return false;
  }
  if (object && p && (Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === e) return false;
  // (a test: a missing value is falsy in both)
  if (p && ((Node.isPrefixUnaryExpression(p) && p.getOperatorToken() === SyntaxKind.ExclamationToken) || ((Node.isIfStatement(p) || Node.isWhileStatement(p)) && p.getExpression() === e) || (Node.isConditionalExpression(p) && p.getCondition() === e))) return false;
  return true;
}

export function emitExpr(e: Node, ctx: EmitContext, expected?: CsType): Emitted {
  const held = ctx.chainReceivers.get(e);
  if (held) return held;
  if (isChainEnd(e) && !ctx.loweredChains.has(e)) return emitOptionalChain(e, ctx, expected);
  const v = visitors[e.getKind()];
  if (!v) return ctx.fail(e, "UnsupportedSyntax", `'${e.getKindName()}'`);
  return v(e, ctx, expected);
}

// ---- statics ----

/**
 * `this` in a static method is the class it was called on. It reads as the declaring class when no
 * subclass could be `this` (C# statics are not virtual); with subclasses it is rejected.
 */
function emitThis(n: Node, ctx: EmitContext): Emitted {
  // (TypeScript's parents: only a member marked static is wrapped)
  let a: ts.Node | undefined = n.compilerNode.parent;
  while (a && !(ts.isMethodDeclaration(a) || ts.isGetAccessorDeclaration(a) || ts.isSetAccessorDeclaration(a) || ts.isPropertyDeclaration(a) || ts.isConstructorDeclaration(a) || ts.isFunctionDeclaration(a))) a = a.parent;
  const fn = a && ts.canHaveModifiers(a) && ts.getModifiers(a)?.some((m) => m.kind === SyntaxKind.StaticKeyword) ? wrapIn(n, a) : undefined;
  if (fn && (fn as any).isStatic?.()) {
    const cls = fn.getParent();
    if (Node.isClassDeclaration(cls)) {
      if (derivedClasses(cls, ctx).length) ctx.fail(n, "UnsupportedSyntax", `'this' in a static member of a class with subclasses (it may be a subclass in JS; name the class: ${cls.getName()})`);
      return { code: ident(cls.getName()!), type: T.void };
    }
  }
  return { code: "this", type: tsTypeOf(n, ctx) };
}

/** `super.m()` in a static member is the base class's static (C# has no `base` there: CS1511); a base static using `this` is rejected there. */
function emitSuper(n: Node, ctx: EmitContext): Emitted {
  const fn = n.getFirstAncestor((a) => !Node.isArrowFunction(a) && (Node.isMethodDeclaration(a) || Node.isGetAccessorDeclaration(a) || Node.isSetAccessorDeclaration(a) || Node.isPropertyDeclaration(a) || Node.isConstructorDeclaration(a)));
  const cls = fn?.getParent();
  if (fn && (fn as any).isStatic?.() && Node.isClassDeclaration(cls)) {
    const base = cls.getBaseClass();
    if (base?.getName()) return { code: ident(base.getName()!), type: T.void };
  }
  return { code: "base", type: tsTypeOf(n, ctx) };
}

/** `Sub.count += 1` creates Sub's own static in JS; C# writes the base's one field. */
function checkStaticWriteThroughSubclass(pa: Node & { getNameNode(): Node; getName(): string }, named: Node, ctx: EmitContext): void {
  const d = declOf(pa.getNameNode());
  const owner = d?.getParent();
  if (!d || !owner || owner === named || !Node.isClassDeclaration(owner) || !isWriteTarget(pa)) return;
  ctx.fail(pa, "UnsupportedSyntax", `assigning the inherited static '${owner.getName()}.${pa.getName()}' through '${(named as any).getName()}' (JS gives the subclass its own copy, C# has one field; name ${owner.getName()}, or declare the static in the subclass)`);
}

// ---- optional chains ----
// JS short-circuits the whole chain `t?.name.toUpperCase()` when t is null. Member accesses that become
// runtime helpers (Js.ToUpper(t?.name)) or C# properties (.Count) would cut it, so each `?.` is lowered to
// a null check of its receiver: `(t == null ? null : Js.ToUpper(t.name))`. The receiver is read twice,
// so it must be a plain local, `this` or a field chain; anything else is kept in a const first.

function isChainLink(n: Node): boolean {
  return ts.isOptionalChain(n.compilerNode as ts.Node);
}

/** The outermost node of an optional chain (its parent does not continue the chain). */
function isChainEnd(n: Node): boolean {
  if (!isChainLink(n)) return false;
  const p = n.getParent();
  return !(p && isChainLink(p) && (p as any).getExpression?.() === n);
}

/** A `?.` link (a?.b, a?.[i], f?.()). */
function hasQuestionDot(n: Node): boolean {
  return !!(n.compilerNode as any).questionDotToken;
}

/** Re-reading it has no effect and gives the same value: a local, a parameter, `this`, or fields of those. */
function isPlainReceiver(n: Node, ctx: EmitContext): boolean {
  if (ctx.chainReceivers.has(n)) return true;
  while (Node.isParenthesizedExpression(n) || Node.isNonNullExpression(n)) n = n.getExpression();
  if (n.getKind() === SyntaxKind.ThisKeyword) return true;
  if (Node.isIdentifier(n)) {
    const d = declOf(n);
    return !!d && (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d)) && !isApiNode(d);
  }
  if (Node.isPropertyAccessExpression(n) && (!hasQuestionDot(n) || ctx.plainChainLinks.has(n))) {
    const d = declOf(n.getNameNode());
    const stored = !!d && (Node.isPropertyDeclaration(d) || (Node.isParameterDeclaration(d) && d.isParameterProperty()) || isStoredInterfaceProperty(d, ctx));
    return stored && !isApiNode(d!) && isPlainReceiver(n.getExpression(), ctx);
  }
  return false;
}

/** From `q` out to `end`, only members of class/interface values (no helper, indexer or delegate call). */
function nativeChain(end: Node, q: Node, ctx: EmitContext): boolean {
  for (let n: Node = end; ; n = (n as any).getExpression()) {
    if (Node.isPropertyAccessExpression(n)) {
      const rt = peekType(n.getExpression(), ctx);
      const r = rt && stripNullable(rt);
      if (!r || r.k !== "ref" || r.struct) return false;
    } else if (Node.isCallExpression(n)) {
      if (hasQuestionDot(n) || !Node.isPropertyAccessExpression(n.getExpression())) return false;
    } else if (!Node.isNonNullExpression(n)) return false;
    if (n === q) return true;
  }
}

function emitOptionalChain(end: Node, ctx: EmitContext, expected?: CsType): Emitted {
  // The innermost `?.` not lowered yet.
  let q: Node | undefined;
  for (let n: Node = end; isChainLink(n); n = (n as any).getExpression()) if (hasQuestionDot(n) && !ctx.plainChainLinks.has(n)) q = n;
  if (!q) {
    ctx.loweredChains.add(end);
    try {
      return emitExpr(end, ctx, expected);
    } finally {
      ctx.loweredChains.delete(end);
    }
  }
  const recvNode = (q as any).getExpression() as Node;
  if (!isPlainReceiver(recvNode, ctx)) {
    // Member reads and method calls of classes and interfaces only: C#'s own `?.` short-circuits the same way
    // (a number or boolean only into `??`; printed or a condition, it is the lambda's guarded form below).
    if (nativeChain(end, q, ctx)) {
      const saved = ctx.diagnostics.length;
      ctx.loweredChains.add(end);
      try {
        const e = emitExpr(end, ctx, expected);
        if (!isValueType(stripNullable(e.type)) || isNullishDefaulted(end)) return { ...e, type: nullable(e.type) };
      } catch (err) {
        if (!(err instanceof Reported)) throw err;
      } finally {
        ctx.loweredChains.delete(end);
      }
      ctx.diagnostics.length = saved;
    }
    return emitComputedChain(end, recvNode, ctx, expected);
  }
  // `h?.(x)` alone: C#'s `h?.Invoke(x)` tests h itself (emitOptionalInvoke), no guard around it
  if (q === end && Node.isCallExpression(q)) {
    ctx.loweredChains.add(end);
    try {
      return emitExpr(end, ctx, expected);
    } finally {
      ctx.loweredChains.delete(end);
    }
  }
  // members of class and interface values only: C# 6's own `b?.Name` (`c?.Reset();` a statement)
  // reads the same as the guarded form below, and is shorter; a number or boolean read through it
  // only where `??` defaults it (a comparison or a condition reads the guarded form, as before)
  let inner: Emitted | undefined;
  let native = false;
  if (nativeChain(end, q, ctx)) {
    const saved = ctx.diagnostics.length;
    ctx.loweredChains.add(end);
    try {
      const e = emitExpr(end, ctx, expected);
      if (!isValueType(stripNullable(e.type)) || isNullishDefaulted(end)) (inner = e), (native = true);
    } catch (err) {
      if (!(err instanceof Reported)) throw err;
    } finally {
      ctx.loweredChains.delete(end);
      if (!native) ctx.diagnostics.length = saved;
    }
  }
  const recv = native ? undefined : emitExpr(recvNode, ctx);
  if (!inner) {
    // a nullable struct (`v?.X`, v a `Vector3D | undefined`): past the null test, its members are read off `.Value` (C103)
    const held = ctx.chainReceivers.get(recvNode);
    const rt = recv?.type;
    if (rt?.k === "nullable" && isValueType(rt.inner)) ctx.chainReceivers.set(recvNode, built(X.member(nodeOf(recv!), "Value"), rt.inner));
    ctx.plainChainLinks.add(q);
    try {
      inner = emitOptionalChain(end, ctx, expected);
    } finally {
      ctx.plainChainLinks.delete(q);
      if (held) ctx.chainReceivers.set(recvNode, held);
      else ctx.chainReceivers.delete(recvNode);
    }
  }
  const t = nullable(inner.type);
  // `o?.next();` (a number or boolean result dropped): nothing reads the value, so it is the guarded call, as a void one
  const dropped = isValueType(inner.type) && Node.isCallExpression(end) && valueUnused(skipParensUp(end));
  // An undefined number/boolean compares and prints differently from C#'s null: only `?? default` reads it.
  // ...or a condition (`if (item.children?.length)`): a missing value is falsy in both (truthiness.ts).
  // ...or printed (`String(t?.length)`, a template, `"n=" + t?.length`): Js.Str prints a missing one as JS does.
  if (isValueType(inner.type) && !dropped && !isNullishDefaulted(end) && !isComparedToValue(end) && !isConditionContext(end) && !isPrinted(end)) ctx.fail(end, "NullableValue", "?. reading a number or boolean");
  if (stripNullable(t).k === "typeparam") ctx.fail(end, "UnsupportedSyntax", "an optional chain giving a type parameter's value (C# 6 has no null for a type parameter without a 'class' constraint)");
  if (inner.type.k === "void" || dropped) {
    // `c?.reset();` as a statement: a guarded statement (C# has no void conditional expression).
    let stmt: Node = end;
    while (Node.isParenthesizedExpression(stmt.getParent()!)) stmt = stmt.getParent()!;
    // (also the right side of `&&`/`||`/`??` or a branch of `?:` that is a statement: expressionStatement makes ifs)
    if (!valueUnused(stmt)) ctx.fail(end, "UnsupportedSyntax", "the value of an optional call returning void");
    return native ? { ...inner, type: T.void } : { code: `if (${paren(recv!)} != null) ${inner.code}`, type: T.void };
  }
  if (native) return { ...inner, type: t };
  return built(X.conditional(X.binary("==", nodeOf(recv!), X.lit("null")), X.cast(cs(t), X.lit("null")), nodeOf(inner)), t);
}

/**
 * `m.get(k)?.push(v)`, `f()?.items.length ?? 0`, `xs[i]?.name`: a computed receiver is evaluated once, as
 * in JS, into a lambda's parameter (C# 6 has no declaration inside an expression): `Js.OptLet(m.Get(k),
 * v__1 => v__1 == null ? ... : ...)`, `Js.OptDo(...)` for a statement. The chain is then lowered as for a
 * local (the parameter), so it short-circuits and types the same; the lambda runs at once, in place, so
 * the order of evaluation is JS's (the receiver, then the rest, only when it is not null or undefined).
 */
function emitComputedChain(end: Node, recvNode: Node, ctx: EmitContext, expected?: CsType): Emitted {
  const recv = emitExpr(recvNode, ctx);
  const name = ctx.tempName("v");
  ctx.chainReceivers.set(recvNode, { code: name, type: recv.type });
  let inner: Emitted;
  try {
    inner = emitOptionalChain(end, ctx, expected);
  } finally {
    ctx.chainReceivers.delete(recvNode);
  }
  if (inner.type.k === "void") {
    // `if (v__1 != null) ...` as a statement: an Action run on the value
    ctx.useHelper("OptDo");
    return { code: `Js.OptDo(${recv.code}, ${name} => { ${inner.code}; })`, type: T.void };
  }
  ctx.useHelper("OptLet");
  return built(callOf("Js.OptLet", recv, X.lambda(name, wholeOf(inner))), inner.type);
}

/** string, bool, number or other: C# has no common type between two different ones of the first three. */
function kindOfValue(t0: CsType): string {
  const t = stripNullable(t0);
  // a numeric enum is its number in JS: printed beside a string, `"x" + (c ? st : "none")`, as a number is (C128)
  return t.k === "string" ? "string" : t.k === "bool" ? "bool" : isNumeric(t) || t.k === "enum" ? "number" : "other";
}

/** The outermost of the parentheses around `n`. */
function skipParensUp(n: Node): Node {
  let cur = n;
  while (Node.isParenthesizedExpression(cur.getParent())) cur = cur.getParent()!;
  return cur;
}

/**
 * Two class/interface values of which neither converts to the other (`c ? new D1() : new D2()` of
 * sibling classes, `d1 ?? new D2()`): TS types them as a union, C# has no common type (mcs CS0173,
 * CS0019). Where a common base type is expected, both are cast to it; otherwise PBTS1003.
 */
export function siblingRefs(a: Emitted, an: Node, b: Emitted, bn: Node, whole: Node, ctx: EmitContext, expected?: CsType): CsType | undefined {
  const [ra, rb] = [stripNullable(a.type), stripNullable(b.type)];
  if (ra.k !== "ref" || rb.k !== "ref" || ra.struct || rb.struct || cs(ra) === cs(rb)) return undefined;
  const [da, db] = [an.getType().getNonNullableType().getSymbol()?.getDeclarations()[0], bn.getType().getNonNullableType().getSymbol()?.getDeclarations()[0]];
  // TS compares structurally (two classes of the same shape convert); C# only along extends/implements.
  if (!da || !db || derivesFrom(da, db) || derivesFrom(db, da)) return undefined;
  const want = expected && stripNullable(expected);
  if (!want || want.k !== "ref" || want.struct) return ctx.fail(whole, "UnionType", whole.getType().getText(whole));
  return want;
}

/** Does class/interface declaration `d` extend or implement `target` (transitively)? */

export function unifyBranches(a: CsType, b: CsType): CsType {
  if (a.k === "null") return b;
  if (b.k === "null") return a;
  if (isNumeric(a) && isNumeric(b)) {
    if (isIntLike(a) && isIntLike(b)) return a.k === "int" || b.k === "int" ? T.int : T.intlit;
    if (a.k === "double" || b.k === "double" || a.k === "intlit" || b.k === "intlit") return a.k === b.k ? a : T.double;
    return a;
  }
  if (a.k === "nullable" || b.k === "nullable") return nullable(stripNullable(a.k === "nullable" ? a : b));
  return a;
}

// ---- identifiers ----

const GLOBAL_VALUES: Record<string, Emitted> = {
  NaN: { code: "double.NaN", type: T.double },
  Infinity: { code: "double.PositiveInfinity", type: T.double },
};

function emitIdentifier(n: Node, ctx: EmitContext, expected?: CsType): Emitted {
  const name = n.getText();
  if (name === "undefined") return emitUndefined(n, ctx);
  const decl = declOf(n);
  if (!decl || (decl.getSourceFile().isDeclarationFile() && !isApiNode(decl))) {
    if (GLOBAL_VALUES[name]) return GLOBAL_VALUES[name];
    const cb = builtinCallback(n, name, ctx, expected);
    if (cb) return cb;
    return ctx.fail(n, "UnsupportedGlobal", name, globalFix(name));
  }
  checkLoopCapture(n, decl, ctx);
  checkReadBeforeDeclaration(n, decl, ctx);
  if (isApiTypeValue(decl)) ctx.fail(n, "UnsupportedSyntax", `the type value '${name}' outside 'instanceof' and GetBlocksOfType`);
  if (Node.isEnumDeclaration(decl) || Node.isClassDeclaration(decl)) return { code: qualifyType(n, decl, ident(name)), type: T.void };
  if (Node.isFunctionDeclaration(decl)) return { code: qualifyTopLevel(n, decl, ident(name)), type: declType(decl, ctx) };
  const type = declType(decl, ctx, n);
  return narrowed(n, { code: qualifyTopLevel(n, decl, loopCopyName(n, decl, ctx) ?? localName(decl)), type, value: csConstInt(decl, type) }, ctx);
}

/**
 * C71: a local read above its declaration (only a function can: `const f = () => k; const k = 1; f();`). JS runs
 * it once k is set; C# refuses any use of a local before its declaration (CS0841), lambdas included.
 */
function checkReadBeforeDeclaration(n: Node, decl: Node, ctx: EmitContext): void {
  if (!Node.isVariableDeclaration(decl) || Node.isSourceFile(decl.getVariableStatement()?.getParent()) || n.getStart() >= decl.getStart()) return;
  const name = n.getText();
  ctx.fail(n, "UnsupportedForm", `reading the local '${name}' above its declaration (line ${decl.getStartLineNumber()})`, `JS runs the function once '${name}' is set, C# refuses any use of a local before its declaration, in a lambda too`, `Declare '${name}' before the function that reads it, or make the functions methods of a class or top-level functions.`);
}

/**
 * The value of a top-level `const A: int = 2147483647`, emitted as a C# `const`: C# folds `A + 1` at compile time
 * (mcs CS0220 in checked code, a silent wrap outside it), so arithmetic folds it as it folds a literal (JS's exact result).
 */
function csConstInt(decl: Node, t: CsType): number | undefined {
  if (t.k !== "int" || !Node.isVariableDeclaration(decl)) return undefined;
  const st = decl.getVariableStatement();
  const init = decl.getInitializer();
  if (!st || st.getDeclarationKind() !== "const" || !Node.isSourceFile(st.getParent()) || !init || !Node.isNumericLiteral(init)) return undefined;
  return init.getLiteralValue();
}

/**
 * Top-level functions and variables are static members of Program. Inside a class with a member of the
 * same name (`maxSpeed = maxSpeed`, a method `pad` calling the function `pad`), C# would find the member:
 * the reference names Program's.
 */
function qualifyTopLevel(n: Node, decl: Node, code: string): string {
  const topLevel = Node.isFunctionDeclaration(decl) ? Node.isSourceFile(decl.getParent()) : Node.isVariableDeclaration(decl) && Node.isSourceFile(decl.getVariableStatement()?.getParent());
  if (!topLevel) return code;
  const name = (decl as any).getName() as string;
  for (let cls = n.getFirstAncestorByKind(SyntaxKind.ClassDeclaration); cls && !isApiNode(cls); cls = cls.getBaseClass()) {
    if (cls.getName() === "Program") return code;
    if (memberNames(cls).has(name)) return `Program.${code}`;
  }
  return code;
}

/**
 * C72: a class or enum named in an expression (`Mode.Off`, `Mode.k`) inside a class with a member of that
 * name: C# finds the member first, so the type is named through Program. Not when the member is a field of
 * exactly that type (C#'s "Color Color" rule finds the type then: `Mode: Mode`); `Mode: Mode | null` of an enum is a `Mode?`.
 */
function qualifyType(n: Node, decl: Node, code: string): string {
  const name = (decl as ClassDeclaration).getName();
  if (!name) return code;
  for (let cls = n.getFirstAncestorByKind(SyntaxKind.ClassDeclaration); cls && !isApiNode(cls); cls = cls.getBaseClass()) {
    if (cls.getName() === "Program") return code;
    if (!memberNames(cls).has(name)) continue;
    const m = cls.getInstanceMember(name) ?? cls.getStaticMember(name) ?? cls.getConstructors()[0]?.getParameters().find((p) => p.getName() === name);
    const sym = m && (Node.isPropertyDeclaration(m) || Node.isParameterDeclaration(m)) ? m.getType().getSymbol() : undefined;
    return sym && sym.getDeclarations().some((d) => d === decl) ? code : `Program.${code}`;
  }
  return code;
}

const memberNamesCache = new WeakMap<ts.Node, Set<string>>();

/** A class's member names and parameter properties, once per class (ts-morph's getMembers per reference cost 11% of a warm emit). */
function memberNames(cls: ClassDeclaration): Set<string> {
  let names = memberNamesCache.get(cls.compilerNode);
  if (!names) {
    names = new Set(cls.getMembers().map((m) => (m as any).getName?.() as string | undefined).filter((n): n is string => n !== undefined));
    for (const p of cls.getConstructors()[0]?.getParameters() ?? []) if (p.isParameterProperty()) names.add(p.getName());
    memberNamesCache.set(cls.compilerNode, names);
  }
  return names;
}

const localNamesCache = new WeakMap<ts.Node, Map<ts.Node, string>>();

/**
 * The C# name of a local, parameter or binding. TS lets a nested block or lambda redeclare a name of an
 * enclosing scope; C# 6 does not (CS0136), so later declarations of a name in one function get a suffix.
 */
export function localName(decl: Node): string {
  const name = (decl as any).getName?.() as string | undefined;
  if (!name) return ident(decl.getText());
  if (!Node.isVariableDeclaration(decl) && !Node.isParameterDeclaration(decl) && !Node.isBindingElement(decl)) return ident(name);
  // The enclosing member or function (TypeScript's parents: no wrapper for each).
  let c: ts.Node | undefined = decl.compilerNode.parent;
  while (c && !(ts.isMethodDeclaration(c) || ts.isFunctionDeclaration(c) || ts.isConstructorDeclaration(c) || ts.isGetAccessorDeclaration(c) || ts.isSetAccessorDeclaration(c) || ts.isPropertyDeclaration(c))) c = c.parent;
  if (!c) return ident(name);
  // A local named like a C# type the emitted code uses (Js, Math, Action...), or `value` inside a setter
  // (C#'s implicit parameter), is renamed.
  const isSetterParam = ts.isSetAccessorDeclaration(c) && decl.compilerNode.parent === c;
  const clash = CSHARP_NAMES.has(name) || (name === "value" && ts.isSetAccessorDeclaration(c) && !isSetterParam);
  // One walk of the container's raw TypeScript nodes (ts-morph's getDescendantsOfKind wraps every
  // node it passes; this ran for each function of the script).
  let names = localNamesCache.get(c);
  if (!names) {
    names = new Map();
    const sf = c.getSourceFile();
    const decls: (ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement)[] = [];
    const used = new Set<string>();
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) || ts.isBindingElement(n)) decls.push(n);
      else if (ts.isParameter(n)) {
        const f = n.parent;
        if (ts.isArrowFunction(f) || ts.isMethodDeclaration(f) || ts.isFunctionDeclaration(f) || ts.isConstructorDeclaration(f) || ts.isSetAccessorDeclaration(f)) decls.push(n);
      } else if (ts.isIdentifier(n)) used.add(n.getText(sf));
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(c, visit);
    decls.sort((a, b) => a.getStart(sf) - b.getStart(sf));
    const seen = new Map<string, number>();
    for (const d of decls) {
      const nn = d.name;
      if (!ts.isIdentifier(nn)) continue;
      const n = nn.getText(sf);
      const k = seen.get(n) ?? 0;
      seen.set(n, k + 1);
      const setterParam = ts.isSetAccessorDeclaration(c) && d.parent === c;
      const clashes = CSHARP_NAMES.has(n) || (n === "value" && ts.isSetAccessorDeclaration(c) && !setterParam);
      if (k === 0 && !clashes) continue;
      let alt = `${n}_${k}`;
      while (used.has(alt)) alt += "_";
      used.add(alt);
      names.set(d, alt);
    }
    localNamesCache.set(c, names);
  }
  const renamed = names.get(decl.compilerNode);
  return renamed !== undefined ? ident(renamed) : clash ? `${name}_` : ident(name);
}

/** Is `n` written to (assignment target, ++/--; also in parentheses or under `!`: `(x) = 1`, `x! += 1`)? */
function isWriteTarget(n: Node): boolean {
  // through parentheses, `!` and type assertions (C86: `(n as number) += 1` read n.Value as its target)
  n = writeSite(n);
  const p = n.getParent();
  if (!p) return false;
  if (Node.isBinaryExpression(p) && p.getLeft() === n) {
    const k = p.getOperatorToken().getKind();
    return k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
  }
  if (Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) {
    const op = p.getOperatorToken();
    return op === SyntaxKind.PlusPlusToken || op === SyntaxKind.MinusMinusToken;
  }
  return false;
}

/**
 * TS narrows a variable after `x !== null` or `x instanceof C`; C# keeps the declared type.
 * A nullable number/boolean/enum narrowed to non-null reads `.Value`; a class narrowed to a subclass gets a cast.
 */
function narrowed(n: Node, e: Emitted, ctx: EmitContext): Emitted {
  const t = e.type;
  const inner = stripNullable(t);
  // A string or collection TS has narrowed to non-null (`if (s === undefined) return;`) is the same C# reference.
  if (t.k === "nullable" && (inner.k === "string" || inner.k === "list" || inner.k === "dict" || inner.k === "set") && !isWriteTarget(n)) {
    const nt = n.getType();
    const parts = nt.isUnion() ? nt.getUnionTypes() : [nt];
    return nt.isAny() || parts.some((u) => u.isNull() || u.isUndefined()) ? e : { ...e, type: inner };
  }
  // C89: an `unknown` (C# object, e.g. an IGC message's Data) narrowed by instanceof is cast below too.
  const fromObject = t.k === "object";
  if (!(t.k === "nullable" && isValueType(inner)) && !(inner.k === "ref" && !inner.struct) && inner.k !== "exception" && !fromObject) return e;
  if (isWriteTarget(n)) return e;
  const nt = n.getType();
  if (nt.isNever?.() || nt.isAny()) return e;
  const parts = nt.isUnion() ? nt.getUnionTypes() : [nt];
  const hasNull = parts.some((u) => u.isNull() || u.isUndefined());
  if (t.k === "nullable" && isValueType(inner)) {
    if (hasNull) return e;
    return built(X.member(nodeOf(e), "Value"), inner);
  }
  if (parts.length > 1 && !hasNull) checkUnionNarrowing(n, nt, ctx);
  if (parts.length !== 1 || hasNull) return e;
  // `b instanceof IMyTextSurfaceProvider` on an IMyTerminalBlock: an intersection; cast to the part used.
  if (nt.isIntersection() && inner.k === "ref" && !inner.struct) {
    const part = intersectionCastTarget(n, nt, isApiNode);
    const pd = part?.getSymbol()?.getDeclarations()[0];
    if (!part || !pd) return e;
    let to: CsType;
    try {
      to = fromTsType(part, ctx);
    } catch {
      return e;
    }
    if (to.k !== "ref" || to.struct || cs(to) === cs(inner)) return e;
    checkNarrowingCast(n, pd, ctx);
    return built(X.cast(cs(to), nodeOf(e)), to);
  }
  const d = nt.getSymbol()?.getDeclarations()[0];
  // A script class, or an API interface after `x instanceof IMyTextPanel` (api.ts): cast to the narrowed type.
  // From object, an API class too (`d instanceof Vector3D`: C#'s unboxing cast, which the `is` test makes safe).
  const narrowable = d && ((Node.isClassDeclaration(d) && (!isApiNode(d) || fromObject)) || (Node.isInterfaceDeclaration(d) && isApiNode(d)));
  if (!d || !narrowable || (d as { getName(): string | undefined }).getName() === (inner as { name: string }).name) return e;
  let to: CsType;
  try {
    to = fromTsType(nt, ctx);
  } catch {
    return e;
  }
  if (to.k !== "ref" || (to.struct && !fromObject) || cs(to) === cs(inner)) return e;
  // TS narrows structurally, C# casts nominally (narrowing.ts): cast only where it cannot throw.
  if (memberOnDeclaredType(n, nt)) return e;
  checkNarrowingCast(n, d, ctx);
  return built(X.cast(cs(to), nodeOf(e)), to);
}

/** A lambda may not capture a `for (let ...)` variable of a loop outside it (PBTS1007). */
function checkLoopCapture(n: Node, decl: Node, ctx: EmitContext): void {
  const lambdaStart = ctx.lambdaLoopDepth[ctx.lambdaLoopDepth.length - 1];
  if (lambdaStart === undefined) return;
  for (let i = 0; i < lambdaStart; i++) if (ctx.forLoopVars[i].includes(decl)) ctx.fail(n, "LoopClosure", n.getText());
}

// ---- members ----

function memberType(nameNode: Node, receiver: CsType, ctx: EmitContext, site: Node): CsType {
  const decl = declOf(nameNode);
  if (!decl) return tsTypeOf(site, ctx);
  let t = declType(decl, ctx, site);
  if (containsTypeParam(t)) {
    const map = classTypeArgs(decl, receiver, ctx, Node.isPropertyAccessExpression(site) ? site.getExpression() : undefined);
    if (map) t = substitute(t, map);
    if (containsTypeParam(t) && !Node.isMethodDeclaration(decl) && !Node.isMethodSignature(decl)) {
      const outer = enclosingTypeParams(site);
      if (!hasOnlyTypeParams(t, outer)) t = tsTypeOf(site, ctx);
    }
  }
  return t;
}

function enclosingTypeParams(site: Node): Set<string> {
  const names = new Set<string>();
  for (let n: Node | undefined = site; n; n = n.getParent()) {
    if (Node.isTypeParametered(n)) for (const tp of n.getTypeParameters()) names.add(tp.getName());
  }
  return names;
}

function hasOnlyTypeParams(t: CsType, allowed: Set<string>): boolean {
  return [...typeParamsIn(t, new Set())].every((n) => allowed.has(n));
}

/**
 * The type arguments `extends` binds `base`'s type parameters to, seen from `cls` (whose own are `start`):
 * `class B<U> extends A<U[]>` binds A's T to U[]. Undefined when `base` is not a base class of `cls`.
 */
export function baseChainTypeArgs(cls: ClassDeclaration, base: ClassDeclaration, ctx: EmitContext, start = new Map<string, CsType>()): Map<string, CsType> | undefined {
  let map = start;
  for (let c: ClassDeclaration = cls; c !== base; ) {
    const step = baseStep(c, map, ctx);
    if (!step) return undefined;
    ({ base: c, map } = step);
  }
  return map;
}

/** One step up the `extends` chain: `c`'s base class (not an API class) and its type parameters bound as `c`'s
 *  `extends` clause binds them (`map`: `c`'s own type parameters' types). */
export function baseStep(c: ClassDeclaration, map: Map<string, CsType>, ctx: EmitContext): { base: ClassDeclaration; map: Map<string, CsType> } | undefined {
  const ext = c.getExtends();
  const b = c.getBaseClass();
  if (!ext || !b || isApiNode(b)) return undefined;
  const bt = typeOfNode(ext as any, ctx);
  const next = new Map<string, CsType>();
  b.getTypeParameters().forEach((tp, i) => bt.k === "ref" && bt.args[i] && next.set(tp.getName(), substitute(bt.args[i], map)));
  return { base: b, map: next };
}

/** The script class a receiver expression is an object of (`this` in a class: that class). */
function receiverClass(recv: Node): ClassDeclaration | undefined {
  let t = recv.getType();
  if (t.isTypeParameter()) t = t.getConstraint() ?? t;
  const d = t.getSymbol()?.getDeclarations().find((x) => Node.isClassDeclaration(x));
  return d && Node.isClassDeclaration(d) && !isApiNode(d) ? d : undefined;
}

function classTypeArgs(memberDecl: Node, receiver: CsType, ctx: EmitContext, recvNode?: Node): Map<string, CsType> | undefined {
  const owner = memberDecl.getParentWhile((p) => !Node.isClassDeclaration(p) && !Node.isInterfaceDeclaration(p))?.getParent() ?? memberDecl.getParent();
  const cls = Node.isClassDeclaration(owner) || Node.isInterfaceDeclaration(owner) ? owner : undefined;
  if (!cls || receiver.k !== "ref") return undefined;
  // A member a generic base declares, read on a subclass: the receiver's type arguments are the subclass's, bound to
  // the base's through the extends chain (`this.v` in `class B<U> extends A<U[]>` is a U[], C140)
  const rc = recvNode && Node.isClassDeclaration(cls) ? receiverClass(recvNode) : undefined;
  if (rc && rc !== cls && Node.isClassDeclaration(cls)) {
    const own = rc.getTypeParameters();
    if (own.length !== receiver.args.length) return undefined;
    return baseChainTypeArgs(rc, cls, ctx, new Map(receiver.args.map((a, i) => [own[i].getName(), a])));
  }
  const tps = cls.getTypeParameters();
  // Trailing type parameters with defaults may be left out (MyTuple<int, string> of MyTuple<T1..T6>).
  if (tps.length < receiver.args.length || tps.slice(receiver.args.length).some((tp) => !tp.getDefault())) return undefined;
  return new Map(receiver.args.map((a, i) => [tps[i].getName(), a]));
}

/** Does a method's body use `this` or `super` (arrows inside it included, nested classes not)? */
function usesThis(m: Node): boolean {
  let found = false;
  m.forEachDescendant((n, trav) => {
    if (found) return trav.stop();
    if (Node.isClassDeclaration(n) || Node.isClassExpression(n)) return trav.skip();
    if (n.getKind() === SyntaxKind.ThisKeyword || n.getKind() === SyntaxKind.SuperKeyword) found = true;
  });
  return found;
}

function emitPropertyAccess(pa: Node & { getExpression(): Expression; getNameNode(): Node; getName(): string; hasQuestionDotToken(): boolean }, ctx: EmitContext): Emitted {
  const target = pa.getExpression();
  const name = pa.getName();
  const step = emitStepProperty(target, name, pa, ctx);
  if (step) return step;
  // A member of an API enum nested in a type: Base6Directions.Direction.Up
  const member = declOf(pa.getNameNode());
  if (member && Node.isEnumMember(member) && isApiNode(member) && !Node.isIdentifier(target)) {
    const en = member.getParent();
    return { code: `${enumName(en)}.${ident(name)}`, type: { k: "enum", name: enumName(en), flags: hasFlags(en) } };
  }
  // `xs.map(this.fmt)`, `const f = o.get`: JS reads the method unbound (its `this` is undefined when
  // called), C# binds a method group to its object. The same only when the method never uses `this`.
  if (member && Node.isMethodDeclaration(member) && !isApiNode(member) && !member.getSourceFile().isDeclarationFile() && usesThis(member)) {
    const parent = pa.getParent();
    if (!(parent && Node.isCallExpression(parent) && (parent.getExpression() as Node) === pa)) {
      // the hint's parameter names: the method's own, unless the receiver's text uses them (`(a) => a.f(a)` was wrong)
      const taken = new Set(pa.getDescendantsOfKind(SyntaxKind.Identifier).map((i) => i.getText()));
      const ps = member.getParameters().map((p, k) => {
        const name = [p.getName(), ..."abcdefgh", `p${k}`].find((n) => /^\w+$/.test(n) && !taken.has(n))!;
        taken.add(name);
        return name;
      }).join(", ");
      ctx.fail(pa, "UnboundMethod", pa.getText(), `(${ps}) => ${pa.getText()}(${ps})`);
    }
  }
  // Static access: enums, classes, Math/Number, API objects
  if (Node.isIdentifier(target)) {
    const d = declOf(target);
    if (!d || (d.getSourceFile().isDeclarationFile() && !isApiNode(d))) {
      const g = emitBuiltinProperty(target.getText(), name, pa, ctx);
      if (g) return g;
      return ctx.fail(pa, "UnsupportedGlobal", `${target.getText()}.${name}`, globalFix(`${target.getText()}.${name}`));
    }
    if (Node.isEnumDeclaration(d)) {
      const en = qualifyType(target, d, ident(d.getName()));
      if (isStringEnum(d)) return { code: `${en}.${ident(name)}`, type: T.string };
      return { code: `${en}.${ident(name)}`, type: { k: "enum", name: d.getName(), flags: hasFlags(d) } };
    }
    if (Node.isClassDeclaration(d)) {
      checkStaticWriteThroughSubclass(pa, d, ctx);
      return { code: `${qualifyType(target, d, ident(d.getName()!))}.${ident(name)}`, type: memberType(pa.getNameNode(), T.void, ctx, pa) };
    }
    if (Node.isVariableDeclaration(d) && isApiNode(d) && d.getName() === "Blocks") ctx.fail(pa, "UnsupportedSyntax", "a block type token outside GetBlocksOfType");
  }
  const recv = emitExpr(target, ctx);
  const q = pa.hasQuestionDotToken() && !ctx.plainChainLinks.has(pa) ? "?." : ".";
  const rt = stripNullable(recv.type);
  // Out<T> marker: `r.value` is the C# local itself.
  if (rt.k === "out") {
    if (name !== "value") ctx.fail(pa.getNameNode(), "OutMarker");
    return { code: recv.code, type: rt.inner };
  }
  if (rt.k === "string" || rt.k === "list" || rt.k === "dict" || rt.k === "set") {
    const b = emitBuiltinProperty(rt, name, pa, ctx, recv);
    if (b && q === "?.") return optionalBuiltinProperty(pa, recv, b, ctx);
    if (b) return b;
    return ctx.fail(pa.getNameNode(), "UnsupportedMember", `${describe(rt)}.${name}`);
  }
  if (rt.k === "exception") {
    if (name === "message") return built(X.member(nodeOf(recv), "Message", q === "?."), T.string);
    return errorMemberFail(pa.getNameNode(), name, ctx);
  }
  if (isNumeric(rt) || rt.k === "bool" || rt.k === "enum") return ctx.fail(pa.getNameNode(), "UnsupportedMember", `${describe(rt)}.${name}`);
  if (isTuple(rt)) return emitTupleProperty(pa, recv, name, ctx);
  const errMember = emitErrorMember(pa as unknown as PropertyAccessExpression, recv, q, ctx);
  if (errMember) return errMember;
  // A member of JS's Object (`this.constructor`) on a script object: C# has none (mcs CS1061).
  if (member && member.getSourceFile().isDeclarationFile() && !isApiNode(member)) return ctx.fail(pa.getNameNode(), "UnsupportedMember", `${describe(rt)}.${name}`);
  let t = memberType(pa.getNameNode(), rt, ctx, pa);
  if (q === "?.") {
    if (isValueType(t) && !isNullishDefaulted(pa)) ctx.fail(pa, "NullableValue", "?. reading a number or boolean");
    t = nullable(t);
  }
  // A nullable number/boolean field TS has narrowed (`this.last === null ? 0 : x - this.last`): .Value, as for locals.
  if (q === "." && t.k === "nullable" && isValueType(t.inner)) return narrowed(pa, built(X.member(nodeOf(recv), ident(name)), t), ctx);
  // `if (msg.Data instanceof Vector3D) msg.Data.X`: an object property TS has narrowed is cast, as a local is (C89).
  if (q === "." && t.k === "object") return narrowed(pa, built(X.member(nodeOf(recv), ident(name)), t), ctx);
  // C137: `this.cur instanceof Sub && this.cur.ok()`: a class-typed property TS has narrowed to a subclass is cast, as a
  // local is, but only where C# needs the cast (TS keeps a property's narrowing across calls that may replace it: a cast
  // C# does not need would be one more way to throw)
  const rc = stripNullable(t);
  if (q === "." && rc.k === "ref" && !rc.struct && narrowingNeeded(pa)) return narrowed(pa, built(X.member(nodeOf(recv), ident(name)), t), ctx);
  return built(X.member(nodeOf(recv), ident(name), q === "?."), t);
}

/**
 * Whether C# needs the type TS narrowed the property read `pa` to: it is the receiver of a member its declared type lacks
 * (`this.cur.ok()`), or it stands where its declared type is not accepted (`useSub(this.cur)`).
 */
function narrowingNeeded(pa: Node): boolean {
  const declared = pa.getSymbol()?.getValueDeclaration()?.getType().getNonNullableType();
  if (!declared) return false;
  const p = pa.getParent();
  if (p && Node.isPropertyAccessExpression(p) && p.getExpression() === pa) return !declared.getProperty(p.getName());
  const want = Node.isExpression(pa) ? pa.getContextualType() : undefined;
  return !!want && !want.isAny() && !declared.isAssignableTo(want);
}

/** `a?.n === 1`: undefined and C#'s null are both unequal to any value (not to null: see PBTS1052). */
export function isComparedToValue(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  if (!p || !Node.isBinaryExpression(p)) return false;
  const k = p.getOperatorToken().getKind();
  if (k !== SyntaxKind.EqualsEqualsEqualsToken && k !== SyntaxKind.ExclamationEqualsEqualsToken) return false;
  const other = p.getLeft() === cur ? p.getRight() : p.getLeft();
  const t = other.getType();
  return !t.isNull() && !t.isUndefined() && !t.isNullable();
}

/** `parts[1] || "d"` (strings): an index that is not an element reads undefined in JS, which is falsy. */
function isOrDefaulted(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  return !!p && Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.BarBarToken && p.getLeft() === cur && !isConditionContext(p);
}

/** `String(a?.n)`, `${a?.n}`, `"n=" + a?.n`: the value goes straight into a string conversion (toJsString). */
export function isPrinted(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  if (!p) return false;
  if (Node.isTemplateSpan(p)) return true;
  // the right side of a printed `??` whose value no further `??` defaults, a branch of a printed `?:` (`${a ?? (c ? 1 :
  // "x")}`, `"n=" + (c ? x ?? "-" : y)`); a `??`'s left side, or a right side defaulted again, must stay missing
  if (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.QuestionQuestionToken) return p.getRight() === cur && !isNullishDefaulted(p) && isPrinted(p);
  if (Node.isConditionalExpression(p) && p.getCondition() !== cur) return isPrinted(p);
  if (Node.isCallExpression(p)) return p.getExpression().getText() === "String" && p.getArguments().length === 1 && !!declOf(p.getExpression())?.getSourceFile().isDeclarationFile();
  if (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
    const other = p.getLeft() === cur ? p.getRight() : p.getLeft();
    return !!(other.getType().getFlags() & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral));
  }
  return false;
}

/** `(a ?? b) ?? c` printed: the outermost `??` of the chain `n` is in is printed. */
export function isPrintedChain(n: Node): boolean {
  let top = n;
  for (;;) {
    let cur = top;
    let p = cur.getParent();
    while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
    if (!p || !Node.isBinaryExpression(p) || p.getOperatorToken().getKind() !== SyntaxKind.QuestionQuestionToken) break;
    top = p;
  }
  return isPrinted(top);
}

/** `a?.n ?? d`: the nullable read goes straight into '??', which behaves the same in both languages. */
export function isNullishDefaulted(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  if (!p || !Node.isBinaryExpression(p) || p.getOperatorToken().getKind() !== SyntaxKind.QuestionQuestionToken) return false;
  // `a ?? b?.n ?? -1`: the right side of a `??` that is itself defaulted (the value stays nullable until the last `??`)
  return p.getLeft() === cur || isNullishDefaulted(p);
}

/** The receiver of a `?.` link: `xs[i]?.f()`. */
function isOptionalReceiver(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  return !!p && hasQuestionDot(p) && (p as any).getExpression?.() === cur;
}

/** `xs[i] === undefined`, `!== undefined`, `== null`, `!= undefined`...: true in JS exactly when the element is missing. */
function isComparedWithUndefined(n: Node): boolean {
  let cur = n;
  let p = cur.getParent();
  while (p && Node.isParenthesizedExpression(p)) (cur = p), (p = p.getParent());
  if (!p || !Node.isBinaryExpression(p)) return false;
  const other = p.getLeft() === cur ? p.getRight() : p.getLeft();
  const undef = Node.isIdentifier(other) && other.getText() === "undefined";
  const op = p.getOperatorToken().getKind();
  if (op === SyntaxKind.EqualsEqualsEqualsToken || op === SyntaxKind.ExclamationEqualsEqualsToken) return undef;
  return (op === SyntaxKind.EqualsEqualsToken || op === SyntaxKind.ExclamationEqualsToken) && (undef || other.getKind() === SyntaxKind.NullKeyword);
}

function hasFlags(d: Node): boolean {
  return Node.isJSDocable(d) && d.getJsDocs().some((j) => j.getTags().some((t) => t.getTagName() === "flags"));
}

function emitElementAccess(ea: Node & { getExpression(): Expression; getArgumentExpressionOrThrow(): Expression }, ctx: EmitContext): Emitted {
  const en = emitEnumElementAccess(ea as unknown as ElementAccessExpression, ctx);
  if (en) return en;
  const recv = emitExpr(ea.getExpression(), ctx);
  const idxNode = ea.getArgumentExpressionOrThrow();
  const idx0 = emitExpr(idxNode, ctx, T.int);
  // C124: an enum member is its number in JS (`names[st]`); C# indexes a List only with an int
  const idx = idx0.type.k === "enum" ? built(X.cast("int", nodeOf(idx0)), T.int) : idx0;
  const rt = stripNullable(recv.type);
  if (rt.k === "ref" && hasApiIndexer(ea.getExpression())) {
    // an API collection's indexer (MyCommandLine.Items[i]): C#'s this[int], 1:1 (api-collections.ts)
    if (!isIntLike(idx.type)) ctx.fail(idxNode, "UnsupportedSyntax", "an API collection indexed by a non-int (C#'s indexer takes an int: use toInt(...))");
    return built(X.index(nodeOf(recv), [wholeOf(idx)]), fromTsType(ea.getType(), ctx));
  }
  if (isTuple(rt)) return emitTupleElement(ea, recv, idxNode, ctx);
  // `xs[i] ?? d`: JS reads undefined for an index that is not an element, and the default applies.
  const orString = (rt.k === "string" || (rt.k === "list" && rt.elem.k === "string")) && isOrDefaulted(ea);
  // `xs[i] === undefined` (C46): a missing element of a number[] compared as `double == null`, always false in C#.
  const elemKind = rt.k === "list" ? stripNullable(rt.elem).k : "";
  const missingTest = isComparedWithUndefined(ea) && (rt.k === "string" || (rt.k === "list" && rt.elem.k !== "nullable" && elemKind !== "typeparam"));
  // `ks[i]?.f()` (C49): a missing element short-circuits the chain in JS; C#'s indexer threw
  // (also `parts[1]?.trim()`, `s[i]?.toUpperCase()`, `xs[i]?.toFixed(1)`: strings, chars and numbers, C102)
  const re = rt.k === "list" ? rt.elem : undefined;
  const se = re && stripNullable(re);
  const chained = (rt.k === "string" || (!!re && !!se && ((se.k === "ref" && !se.struct) || se.k === "string" || (isValueType(re) && re.k !== "nullable")))) && isOptionalReceiver(ea);
  // `if (xs[i])`, `while (names[j])`: a missing element is falsy in JS (C49); only its truthiness is read
  const truthy = isConditionContext(ea) && (rt.k === "string" || (rt.k === "list" && rt.elem.k !== "nullable" && elemKind !== "typeparam"));
  if ((rt.k === "list" || rt.k === "string") && (isNullishDefaulted(ea) || orString || missingTest || chained || truthy) && (isNumeric(idx.type) && idx.type.k !== "long" && idx.type.k !== "float")) {
    if (rt.k === "string") return (ctx.useHelper("CharOrNull"), built(X.call(X.name("Js.CharOrNull"), [wholeOf(recv), wholeOf(idx)]), nullable(T.string)));
    const elem = (rt as { elem: CsType }).elem;
    if (stripNullable(elem).k === "typeparam" || (elem.k === "nullable" && isValueType(elem.inner))) ctx.fail(ea, "UnsupportedSyntax", "'?? d' on an element of an array of a type parameter or of nullable numbers/booleans (read the length first)");
    const value = isValueType(elem);
    ctx.useHelper(value ? "ElementOrNullValue" : "ElementOrNull");
    return built(X.call(X.name(`Js.${value ? "ElementOrNullValue" : "ElementOrNull"}`), [wholeOf(recv), wholeOf(idx)]), nullable(elem));
  }
  if (rt.k === "list") {
    if (!isIntLike(idx.type) && idx.type.k !== "double") ctx.fail(idxNode, "StringIndex", "an array");
    return built(X.index(nodeOf(recv), [whole(intIndex(idx, ctx))]), rt.elem);
  }
  if (rt.k === "string") {
    // s[i] is not charAt: a fractional index reads undefined in JS; an out-of-range one throws in C# (like arrays).
    if (!isIntLike(idx.type) && idx.type.k !== "double") ctx.fail(idxNode, "StringIndex", "a string");
    return built(X.call(X.member(X.index(nodeOf(recv), [whole(intIndex(idx, ctx))]), "ToString"), []), T.string);
  }
  return ctx.fail(ea, "UnsupportedSyntax", `indexing a '${describe(rt)}'`);
}

/**
 * An index held in a number (double): `Js.Index` gives the int when the value is one, and throws
 * otherwise, where JS reads undefined (as for an index past the end: see Known limits).
 */
function intIndex(idx: Emitted, ctx: EmitContext): string {
  if (idx.type.k !== "double") return idx.code;
  ctx.useHelper("Index");
  return `Js.Index(${idx.code})`;
}

// ---- calls ----

/** Emit call arguments against declared parameter types, binding type parameters as C# would. */
export function emitArgs(args: Node[], params: ParameterDeclaration[], ctx: EmitContext, typeArgs: Map<string, CsType>, outs = true): string[] {
  // `...xs: T[]` of the script's own function: the trailing arguments packed into a List (rest-params.ts).
  const ri = restIndex(params);
  if (ri >= 0) {
    const head = args.slice(0, ri);
    const bad = head.find((a) => Node.isSpreadElement(a));
    if (bad) ctx.fail(bad, "Spread");
    return [...emitArgs(head, params.slice(0, ri), ctx, typeArgs, outs), packRestArgs(args.slice(ri), params[ri], ctx, typeArgs)];
  }
  // Type arguments fixed by a collection argument first (`lastOr<T>(d: T, xs: T[])` with an int[] xs is lastOr<int>):
  // C# cannot pass a List<int> as a List<double>, while a scalar converts. Only names and member chains are read
  // ahead (a call read twice at each level of nesting would cost 2^depth); others bind in order below.
  const plain = (x: Node): boolean =>
    Node.isIdentifier(x) ||
    x.getKind() === SyntaxKind.ThisKeyword ||
    (Node.isPropertyAccessExpression(x) && plain(x.getExpression())) ||
    (Node.isParenthesizedExpression(x) && plain(x.getExpression())) ||
    (Node.isAsExpression(x) && (plain(x.getExpression()) || x.getExpression().getText() === "[]"));
  args.forEach((a, i) => {
    const p = params[i];
    if (!p || isApiNode(p) || p.isRestParameter() || !plain(a)) return;
    const pt = substitute(declType(p, ctx), typeArgs);
    if (pt.k === "typeparam" || !containsTypeParam(pt) || pt.k === "out") return;
    const t = peekType(a as Expression, ctx);
    if (t) unify(pt, t, typeArgs);
  });
  const out: string[] = [];
  let next = 0;
  args.forEach((a) => {
    const i = next++;
    // f(...t) with a tuple t held in a variable: one argument per element (compiler/emit/tuples.ts).
    const parts = spreadTupleArg(a, ctx);
    if (parts) {
      next += parts.length - 1;
      parts.forEach((em, j) => {
        const p = params[i + j];
        if (!p || p.isRestParameter() || isApiNode(p)) ctx.fail(a, "Spread");
        const pt = substitute(declType(p, ctx), typeArgs);
        unify(pt, em.type, typeArgs);
        out.push(containsTypeParam(pt) ? em.code : convertTo(em, pt, a, ctx));
      });
      return;
    }
    const p = params[Math.min(i, params.length - 1)];
    if (p?.isRestParameter()) ctx.fail(a, "Spread");
    // API parameters typed with a union (MyIni.Set's value): C# overloads take the argument as it is,
    // except numbers, which are written the way JS prints them.
    if (p && isApiNode(p) && Node.isUnionTypeNode(p.getTypeNode() ?? p) && !p.getTypeNode()!.getText().includes("null")) {
      const em = emitExpr(a, ctx);
      out.push(isNumeric(em.type) ? toJsString(em, a, ctx) : em.code);
      return;
    }
    let pt = p ? declType(p, ctx) : undefined;
    const apiGeneric = !!p && isApiNode(p) && !!pt && containsTypeParam(pt);
    if (pt) pt = substitute(pt, typeArgs);
    if (pt?.k === "out") {
      if (!outs) ctx.fail(a, "OutMarker");
      const em = emitExpr(a, ctx);
      if (em.type.k !== "out" || !Node.isIdentifier(a)) ctx.fail(a, "OutMarker");
      out.push(`out ${em.code}`);
      return;
    }
    // (a value that may be undefined, for a parameter with a default: JS applies the default, C152)
    const em = withMissingDefault(a, p, emitExpr(a, ctx, pt && !containsTypeParam(pt) ? pt : lambdaExpectation(pt, p && typeParamsInScope(a, p, typeArgs))), pt, ctx);
    if (pt) unify(pt, heritageAs(pt, em.type, a, ctx) ?? em.type, typeArgs);
    // An int/float argument of an API double parameter: cast, so C# picks the double overload as TS does
    // (MathHelper.ToRadians has float and double overloads; TS has one number type).
    // (An int constant expression, `2 - 3` or `-(1)`, too: C# would bind it to an int or float overload.)
    if (pt?.k === "double" && p && isApiNode(p) && (em.type.k === "int" || em.type.k === "intlit" || em.type.k === "uint" || em.type.k === "byte" || em.type.k === "float" || em.type.k === "long")) {
      out.push(printExpr(X.cast("double", nodeOf(em))));
      return;
    }
    // Likewise an int of an API float parameter (MyFixedPoint.MultiplySafe has int and float overloads).
    if (pt?.k === "float" && p && isApiNode(p) && (em.type.k === "int" || em.type.k === "byte" || em.type.k === "long")) {
      out.push(printExpr(X.cast("float", nodeOf(em))));
      return;
    }
    // A script function or delegate of other number types (`call(sq)` of an `(x: int) => int` for `(x: int) => number`):
    // a typed arrow calling it (C21). Also an arrow written with a number parameter where a generic's type argument
    // (known by now: `fold(ints, (a: number, x: number) => a + x, 0)`) gives an int (C113).
    const want = pt?.k === "func" && containsTypeParam(pt) && (Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ? substitute(pt, typeArgs) : pt;
    // (also a function passed by name whose default parameters apply where the callback passes undefined, C154)
    if (want?.k === "func" && em.type.k === "func" && !containsTypeParam(want) && (invariantMismatch(em.type, want) || Node.isIdentifier(a) || Node.isPropertyAccessExpression(a))) {
      const adapted = adaptCallback(a, em, want, ctx, "keep");
      if (adapted !== em) {
        out.push(printExpr(nodeOf(adapted)));
        return;
      }
      // C167: an arrow whose written types the generic's type arguments contradict, `twice((x: int) => x + x, big)` (T is
      // int from its parameter, its result a number) or `apply(2.5, (x: int) => ...)`: a C# lambda converts neither
      if (Node.isArrowFunction(a) || Node.isFunctionExpression(a)) failArrowTypes(a, em.type, want, ctx);
    }
    // A generic API method's list parameter: the C# stubs have overloads TS's declarations do not mirror
    // (GetBlocksOfType<T>(List<IMyTerminalBlock>) beside List<T>), so no PBTS1094 there.
    // (a tuple for a generic `readonly T[]`: no conversion either)
    if (pt && stripNullable(pt).k === "list" && isTuple(stripNullable(em.type))) failTupleAsArray(a, stripNullable(pt), ctx);
    out.push(pt && !containsTypeParam(pt) ? convertTo(em, pt, a, ctx, !apiGeneric) : em.code);
  });
  return out;
}

function emitCall(call: Node & { getExpression(): Expression; getArguments(): Node[]; getTypeArguments(): TypeNode[] }, ctx: EmitContext): Emitted {
  const callee = call.getExpression();
  const args = call.getArguments();
  const coll = emitCollectionCall(call as unknown as CallExpression, ctx);
  if (coll) return coll;
  // A tuple may be spread into fixed parameters, anything into a rest parameter (emitArgs); built-ins
  // and API calls meet the SpreadElement visitor (PBTS1005).
  if (callee.getKind() === SyntaxKind.SuperKeyword) return ctx.fail(call, "UnsupportedSyntax", "super(...) outside the start of a constructor");
  const gen = emitGeneratorCall(callee, args, ctx);
  if (gen) return gen;
  if (Node.isIdentifier(callee)) {
    const d = declOf(callee);
    if (!d || (d.getSourceFile().isDeclarationFile() && !isApiNode(d))) {
      const g = emitGlobalCall(callee.getText(), call as unknown as CallExpression, ctx);
      if (g) return g;
      return ctx.fail(callee, "UnsupportedGlobal", callee.getText(), globalFix(callee.getText()));
    }
    if (isApiNode(d) && CONVERSIONS[callee.getText()]) {
      const conv = CONVERSIONS[callee.getText()];
      const arg = emitExpr(args[0], ctx);
      if (!isNumeric(arg.type)) ctx.fail(args[0], "UnsupportedSyntax", `${callee.getText()} of a '${describe(arg.type)}'`);
      // mcs folds a checked conversion of a constant and rejects it (CS0221) when the constant is out of
      // range, also where truncation brings it in (-0.5 to uint): Math.Truncate keeps it a run-time conversion.
      // C130: a number's toLong stays within +-2^53, where JS prints a long as C# does (2 ** 60 prints 1152921504606847000 in JS)
      if (conv.to === "long" && (arg.type.k === "double" || arg.type.k === "float")) return (ctx.useHelper("ToLong"), built(callOf("Js.ToLong", arg), T.long));
      const operand = conv.to !== "float" && conv.to !== "double" && isConstantCode(arg.code) ? X.call(X.name("Math.Truncate"), [X.cast("double", nodeOf(arg))]) : nodeOf(arg);
      const c = X.cast(conv.to, operand);
      return built(conv.checked ? X.deferredChecked(c) : c, (T as Record<string, CsType>)[conv.to]);
    }
  }
  if (Node.isPropertyAccessExpression(callee)) {
    const recvNode = callee.getExpression();
    // `NaN.toFixed(2)`: NaN and Infinity are numbers, not global objects (PBTS1016 said "not in SE").
    if (Node.isIdentifier(recvNode) && !GLOBAL_VALUES[recvNode.getText()]) {
      const d = declOf(recvNode);
      if (!d || (d.getSourceFile().isDeclarationFile() && !isApiNode(d))) {
        const g = emitGlobalCall(`${recvNode.getText()}.${callee.getName()}`, call as unknown as CallExpression, ctx);
        if (g) return g;
        // Object.keys/entries/values/assign... exist in SE's C#'s terms only for a Map: not "unavailable in SE".
        // (Object.is and freeze are no dictionary uses: their own way out)
        const objectHint: Record<string, string> = {
          is: "compare with ===; tell -0 from 0 with 1 / x < 0, NaN with isNaN(x)",
          freeze: "C# has no frozen objects: declare the fields readonly, or the array as readonly T[]",
          isFrozen: "C# has no frozen objects: declare the fields readonly, or the array as readonly T[]",
        };
        if (recvNode.getText() === "Object") return ctx.fail(callee, "UnsupportedSyntax", `'Object.${callee.getName()}' (${objectHint[callee.getName()] ?? "objects are not dictionaries in C#: keep keyed data in a Map and use m.keys(), m.values(), m.entries(); read a class's fields by name"})`);
        return ctx.fail(callee, "UnsupportedGlobal", `${recvNode.getText()}.${callee.getName()}`, globalFix(`${recvNode.getText()}.${callee.getName()}`));
      }
    }
    const recvType = peekType(recvNode, ctx);
    const rt = recvType && stripNullable(recvType);
    if (isTuple(rt)) return ctx.fail(callee.getNameNode(), "UnsupportedSyntax", `'${callee.getName()}()' of a tuple (pbts tuples are not arrays: read t[0], t[1]... or copy the elements into an array)`);
    if (rt && (rt.k === "string" || rt.k === "list" || rt.k === "dict" || rt.k === "set" || isNumeric(rt) || rt.k === "enum" || rt.k === "bool")) {
      const recv = emitExpr(recvNode, ctx);
      return emitBuiltinCall(recv, callee.getName(), call as unknown as CallExpression, ctx);
    }
  }
  return emitUserCall(call, ctx);
}

/**
 * A callback whose parameters are known but whose result is a type argument still to infer (`box.map<U>((x) => ...)`
 * on a `Box<int>`): the lambda takes the known parameter types (TS's erased `number` would make x a double, which
 * C# refuses for a Func<int, U>), its result is inferred (C17).
 */
/**
 * The type parameters a callback's parameter types may name as they are at the call: those of the code around it
 * (`this.each(([a, b]) => ...)` in `class Pts<P> extends Coll<[P, P]>`: a `Tuple2<P, P>`), but none the callee itself
 * declares and the call has not bound yet (C145).
 */
function typeParamsInScope(site: Node, p: ParameterDeclaration, typeArgs: Map<string, CsType>): Set<string> {
  const scope = enclosingTypeParams(site);
  const fn = p.getParent();
  const owner = fn?.getParent();
  for (const d of [fn, owner]) if (d && Node.isTypeParametered(d)) for (const tp of d.getTypeParameters()) if (d === fn || !typeArgs.has(tp.getName())) scope.delete(tp.getName());
  return scope;
}

function lambdaExpectation(pt: CsType | undefined, inScope = new Set<string>()): CsType | undefined {
  if (pt?.k !== "func" || pt.params.some((x) => !hasOnlyTypeParams(x, inScope))) return undefined;
  return { k: "func", params: pt.params, ret: INFER };
}

/** Calls of script methods/functions and of the in-game API (1:1, with the markers). */
function emitUserCall(call: Node & { getExpression(): Expression; getArguments(): Node[]; getTypeArguments(): TypeNode[] }, ctx: EmitContext): Emitted {
  const callee = call.getExpression();
  const sig = ctx.project.getTypeChecker().getResolvedSignature(call as any);
  const decl = sig?.getDeclaration();
  // A function or method called through a value holding it (`const f = h; f()`, `(b ? g : h)()`): a C# delegate, which
  // takes every argument (C168); called by its name, the declaration's own parameters and defaults. (A rest parameter
  // is packed as the declaration says: the delegate takes the List, `const g = sum; g(5, 6)`.)
  const viaValue = !!decl && (Node.isFunctionDeclaration(decl) || Node.isMethodDeclaration(decl)) && !namesFunction(callee) && !decl.getParameters().some((p) => p.isRestParameter());
  const fnDecl =
    decl && !viaValue && (Node.isMethodDeclaration(decl) || Node.isMethodSignature(decl) || Node.isFunctionDeclaration(decl) || Node.isArrowFunction(decl) || Node.isFunctionTypeNode(decl))
      ? decl
      : undefined;
  const typeArgs = new Map<string, CsType>();
  const explicitTypeArgs = call.getTypeArguments().map((t) => typeOfNode(t, ctx));
  const tparams = fnDecl && "getTypeParameters" in fnDecl ? (fnDecl as any).getTypeParameters().map((tp: any) => tp.getName() as string) : [];
  tparams.forEach((nm: string, i: number) => explicitTypeArgs[i] && typeArgs.set(nm, explicitTypeArgs[i]));
  // Receiver's class type arguments (e.g. Box<int>.get()).
  let callee_: X.Expr;
  let calleeType: CsType | undefined;
  if (Node.isPropertyAccessExpression(callee)) {
    const recv = emitExpr(callee.getExpression(), ctx);
    const q = callee.hasQuestionDotToken() && !ctx.plainChainLinks.has(callee) ? "?." : ".";
    callee_ = X.member(nodeOf(recv), ident(callee.getName()), q === "?.");
    if (fnDecl && !Node.isFunctionTypeNode(fnDecl)) {
      const m = classTypeArgs(fnDecl, stripNullable(recv.type), ctx, callee.getExpression());
      m?.forEach((v, k) => typeArgs.set(k, v));
    } else calleeType = memberType(callee.getNameNode(), stripNullable(recv.type), ctx, callee);
  } else {
    const c = emitExpr(callee, ctx);
    callee_ = nodeOf(c);
    // `((x) => x * 2)(4)`: a C# lambda cannot be called before it has a delegate type (mcs CS0119).
    let inner: Node = callee;
    while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
    if (Node.isArrowFunction(inner) && c.type.k === "func") callee_ = X.paren(X.cast(cs(c.type), X.raw(c.code)));
    // A delegate's own C# type (`g: (x: int) => number` is a Func<int, double>; TS's signature says number).
    if (!fnDecl || Node.isFunctionTypeNode(fnDecl)) calleeType = c.type;
  }
  let argCodes: string[];
  let ret: CsType;
  if (fnDecl && !Node.isFunctionTypeNode(fnDecl)) {
    const params = (fnDecl as any).getParameters() as ParameterDeclaration[];
    // BlockType marker: GetBlocksOfType(Blocks.X, list, collect) → GetBlocksOfType<X>(list, collect)
    if (params[0] && declType(params[0], ctx).k === "blocktype") {
      const tok = call.getArguments()[0];
      if (!apiTypeValueName(tok)) ctx.fail(tok, "UnsupportedSyntax", "a block type that is not an API interface ('IMyTextPanel' or 'Blocks.IMyTextPanel')");
      const bt = typeOrReport(tok, ctx, () => fromTsType(tok.getType(), ctx));
      const inner = bt.k === "blocktype" ? bt.inner : bt;
      const p0 = declType(params[0], ctx);
      unify(p0, { k: "blocktype", inner }, typeArgs);
      argCodes = emitArgs(call.getArguments().slice(1), params.slice(1), ctx, typeArgs);
      ret = substitute(declType(fnDecl, ctx).k === "func" ? (declType(fnDecl, ctx) as any).ret : T.void, typeArgs);
      return built(X.call(withTypeArgs(callee_, `<${cs(inner)}>`), argCodes.map(whole)), ret);
    }
    argCodes = emitArgs(call.getArguments(), params, ctx, typeArgs);
    // GetValue<T>/SetValue<T>/Cast<T>...: a T the game's Cast rejects is PBTS1084 (terminal-values.ts).
    if (isApiNode(fnDecl) && tparams.length === 1) checkTerminalTypeArg(call, (fnDecl.getParent() as any)?.getName?.() ?? "", (fnDecl as any).getName?.() ?? "", typeArgs.get(tparams[0]), ctx);
    const ft = declType(fnDecl, ctx);
    ret = ft.k === "func" ? substitute(ft.ret, typeArgs) : T.void;
    if (containsTypeParam(ret) && !hasOnlyTypeParams(ret, enclosingTypeParams(call))) ret = tsTypeOf(call, ctx);
    if (tparams.length && !isApiNode(fnDecl)) checkStructTypeArgs(call, fnDecl, `${(fnDecl as any).getName?.() ?? "the function"}()`, tparams, typeArgs, ctx);
    const explicit = tparams.length && !isApiNode(fnDecl) ? `<${tparams.map((nm: string) => cs(typeArgs.get(nm) ?? T.object)).join(", ")}>` : "";
    let apiExplicit = tparams.length && isApiNode(fnDecl) && explicitTypeArgs.length ? `<${explicitTypeArgs.map(cs).join(", ")}>` : "";
    // MyTuple.Create(1, "x"): C# would infer MyTuple<int, string> where TS has number; write what TS inferred.
    const owner = fnDecl.getParent();
    if (!apiExplicit && isApiNode(fnDecl) && Node.isClassDeclaration(owner) && owner.getName() === "MyTuple" && tparams.every((nm: string) => typeArgs.has(nm)))
      apiExplicit = `<${tparams.map((nm: string) => cs(typeArgs.get(nm)!)).join(", ")}>`;
    // IGC sends: a payload TS has as a number is sent as a double, a null payload is refused (igc-payloads.ts).
    if (!apiExplicit) apiExplicit = igcPayloadTypeArgs(fnDecl, call.getArguments(), ctx);
    return built(X.call(withTypeArgs(callee_, explicit || apiExplicit), argCodes.map(whole)), ret);
  }
  // Calling a delegate (a field/variable/parameter of function type).
  const ft0 = calleeType ?? tsTypeOf(callee, ctx);
  // cb?.(): Invoke only when the delegate is there (guards.ts).
  const optional = (call as unknown as CallExpression).hasQuestionDotToken();
  // (without `?.`, TS has narrowed a nullable delegate to a function before the call)
  const ft = stripNullable(ft0);
  if (ft.k !== "func") return ctx.fail(callee, "UnsupportedSyntax", `calling a '${describe(ft)}'`);
  argCodes = call.getArguments().map((a, i) => {
    const em = emitExpr(a, ctx, ft.params[i]);
    return ft.params[i] ? convertTo(em, ft.params[i], a, ctx) : em.code;
  });
  // `f()` of an `f: (s?: string) => string`: a C# delegate takes every argument (mcs CS1593); a left-out one is undefined (C155)
  for (let i = argCodes.length; i < ft.params.length; i++) {
    const pt = ft.params[i];
    if (isValueType(pt)) {
      // (a function held without a written type, `const g = n`: its defaulted parameter made it optional, C168)
      const named = /^typeof (\w+)$/.exec(callee.getType().getText(callee));
      const fix = named ? `Call '${named[1]}' by its name, ${named[1]}(), which applies its default, or pass the value.` : "Declare the parameter without '?' and pass a value.";
      return ctx.fail(call, "UnsupportedForm", `a call leaving out argument ${i + 1} of a function type ('${callee.getType().getText(callee)}')`, "a C# delegate takes every argument, and its number, boolean or enum parameter cannot hold undefined", fix);
    }
    argCodes.push(printExpr(X.cast(cs(pt), X.lit("null"))));
  }
  if (optional) return emitOptionalInvoke(call, printExpr(callee_), argCodes, ft.ret, ctx);
  return built(X.call(callee_, argCodes.map(whole)), ft.ret);
}

/** An arrow function passed for a generic's callback whose own parameter or result types differ from the bound ones (C167). */
function failArrowTypes(a: Node, have: { params: CsType[]; ret: CsType }, want: { params: CsType[]; ret: CsType }, ctx: EmitContext): void {
  const paramDiffers = have.params.some((p, i) => want.params[i] && cs(p) !== cs(want.params[i]));
  const retNarrows = want.ret !== INFER && want.ret.k !== "void" && cs(have.ret) !== cs(want.ret) && !(isIntLike(have.ret) && want.ret.k === "double");
  if (!paramDiffers && !retNarrows) return;
  const show = (t: { params: CsType[]; ret: CsType }) => `(${t.params.map((p, i) => `p${i}: ${tsName(p)}`).join(", ")}) => ${tsName(t.ret)}`;
  ctx.fail(a, "UnsupportedForm", `an arrow function of type '${show(have)}' where the generic's type arguments make it '${show(want)}'`, "a C# lambda converts neither its parameters nor its result to the delegate's types", "Declare the arrow function's int parameters 'number' (or leave their types out), so the type arguments are numbers.");
}

/** `h`, `this.m`, `A.f`, `super.m` naming a function or method itself (not a variable or field holding one). */
function namesFunction(callee: Node): boolean {
  let c = callee;
  while (Node.isParenthesizedExpression(c)) c = c.getExpression();
  const name = Node.isIdentifier(c) ? c : Node.isPropertyAccessExpression(c) ? c.getNameNode() : undefined;
  if (!name) return false;
  const d = declOf(name);
  return !d || Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isMethodSignature(d) || isApiNode(d);
}

/** A callee with explicit type arguments (`Js.Map<int, string>`): they belong to its name. */
function withTypeArgs(callee: X.Expr, typeArgs: string): X.Expr {
  if (!typeArgs) return callee;
  if (callee.k === "member") return { ...callee, name: callee.name + typeArgs };
  if (callee.k === "name") return X.name(callee.id + typeArgs);
  return X.raw(printExpr(callee) + typeArgs, X.Prec.Primary);
}

function emitNew(ne: Node & { getExpression(): Expression; getArguments(): Node[]; getTypeArguments(): TypeNode[] }, ctx: EmitContext, expected?: CsType): Emitted {
  const ctor = ne.getExpression();
  const name = ctor.getText();
  const args = ne.getArguments();
  const explicit = ne.getTypeArguments().map((t) => typeOfNode(t, ctx));
  const fromContext = () => {
    const t = expected && stripNullable(expected);
    return t ?? tsTypeOf(ne, ctx);
  };
  const d = Node.isIdentifier(ctor) ? declOf(ctor) : undefined;
  const lib = !d || (d.getSourceFile().isDeclarationFile() && !isApiNode(d));
  if (lib && (name === "Map" || name === "Set" || name === "Array")) {
    if (args.length && name === "Array") ctx.fail(ne, "UnsupportedSyntax", "'new Array(n)' (its slots are holes a List cannot hold; write new Array<T>(n).fill(value))");
    if (args.length > 1) ctx.fail(ne, "UnsupportedSyntax", `'new ${name}(...)' with ${args.length} arguments`);
    let t: CsType =
      name === "Map" && explicit.length === 2
        ? { k: "dict", key: explicit[0], value: explicit[1] }
        : name !== "Map" && explicit.length === 1
          ? { k: name === "Set" ? "set" : "list", elem: explicit[0] }
          : fromContext();
    if (t.k !== "dict" && t.k !== "set" && t.k !== "list") t = tsTypeOf(ne, ctx);
    // An API struct as a Map key or Set element: JS finds it by identity, C#'s Dictionary/HashSet by value.
    const key = t.k === "dict" ? t.key : t.k === "set" ? t.elem : undefined;
    if (key && isApiStruct(key)) ctx.fail(ne, "StructEquality", `${name} lookup`, describe(key));
    if (args.length) return emitNewCollectionFrom(name, t, args[0], ctx);
    return built(X.init(cs(t), []), t);
  }
  if (lib && name === "Error") {
    const a = args[0] ? emitExpr(args[0], ctx) : undefined;
    if (a && a.type.k !== "string") ctx.fail(args[0], "UnsupportedSyntax", "an Error message that is not a string");
    return built(X.newObject("Exception", [a ? wholeOf(a) : X.lit('""')]), T.exception);
  }
  if (lib) return ctx.fail(ctor, "UnsupportedGlobal", name, globalFix(name));
  if (!d || !Node.isClassDeclaration(d)) return ctx.fail(ctor, "UnsupportedSyntax", `'new' of '${name}'`);
  const typeArgs = new Map<string, CsType>();
  const tps = d.getTypeParameters().map((tp) => tp.getName());
  tps.forEach((nm, i) => explicit[i] && typeArgs.set(nm, explicit[i]));
  if (tps.length && !explicit.length && expected) {
    const e = stripNullable(expected);
    if (e.k === "ref" && e.name === d.getName()) tps.forEach((nm, i) => e.args[i] && typeArgs.set(nm, e.args[i]));
  }
  // The overload the checker picked (API value types have several constructors), else the only one.
  const picked = ctx.project.getTypeChecker().getResolvedSignature(ne as any)?.getDeclaration();
  const ctorDecl = (picked && Node.isConstructorDeclaration(picked) ? picked : undefined) ?? d.getConstructors()[0] ?? findBaseCtor(d);
  if (isApiNode(d) && d.getName() === "Out") {
    return ctx.fail(ne, "OutMarker");
  }
  const argCodes = ctorDecl ? emitArgs(args, ctorDecl.getParameters(), ctx, typeArgs).map(whole) : args.map((a) => wholeOf(emitExpr(a, ctx)));
  if (tps.length && tps.some((nm) => !typeArgs.has(nm))) {
    const t = tsTypeOf(ne, ctx);
    if (t.k === "ref") tps.forEach((nm, i) => !typeArgs.has(nm) && t.args[i] && typeArgs.set(nm, t.args[i]));
  }
  // MyTuple<T1..T6>: C# has one struct per arity; the items passed give it.
  const arity = isApiNode(d) && d.getName() === "MyTuple" ? args.length : tps.length;
  const targs = tps.slice(0, arity).map((nm) => typeArgs.get(nm) ?? T.object);
  if (tps.length && !isApiNode(d)) checkStructTypeArgs(ne, d, `new ${d.getName()}`, tps, typeArgs, ctx);
  const type: CsType = { k: "ref", name: d.getName()!, args: targs, struct: false };
  return built(X.newObject(cs(type), argCodes), type);
}

function findBaseCtor(d: Node): any {
  let cls: any = d;
  while (cls && Node.isClassDeclaration(cls)) {
    const c = cls.getConstructors()[0];
    if (c) return c;
    cls = cls.getBaseClass();
  }
  return undefined;
}

function emitCast(n: Node & { getExpression(): Expression; getTypeNode(): TypeNode | undefined }, ctx: EmitContext): Emitted {
  const tn = n.getTypeNode();
  // `[] as number[]`: the literal takes the asserted array type, as `const xs: number[] = []` does
  // (TS types a bare `[]` never[]).
  let lit: Node = n.getExpression();
  while (Node.isParenthesizedExpression(lit)) lit = lit.getExpression();
  if (tn && Node.isArrayLiteralExpression(lit) && tn.getText() !== "const") {
    const to = stripNullable(typeOfNode(tn, ctx));
    if (to.k === "list" || isTuple(to)) return emitArrayLiteral(lit, ctx, to);
  }
  // `(n as number) = 2`: a plain write of n (the assertion changes no value; nothing is read, so a nullable n is
  // written as itself: C86). `op=` and `++` read the target and keep the checks below.
  const site = writeSite(n);
  const parent = site.getParent();
  if (parent && Node.isBinaryExpression(parent) && parent.getLeft() === site && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) return emitExpr(n.getExpression(), ctx);
  const inner = emitExpr(n.getExpression(), ctx);
  if (!tn) return inner;
  if (tn.getKind() === SyntaxKind.TypeReference && tn.getText() === "const") return inner;
  const to = typeOfNode(tn, ctx);
  // `o.t as string`, `xs.pop() as P`: an assertion dropping undefined is C150's `!` (a missing one throws, not printed "")
  const tt = tn.getType();
  const dropsMissing = !(tt.isUndefined() || tt.isNull() || (tt.isUnion() && tt.getUnionTypes().some((u) => u.isUndefined() || u.isNull())));
  if (dropsMissing && !Node.isArrayLiteralExpression(lit) && missingValueAsserted(n, n.getExpression(), stripNullable(inner.type)) && cs(stripNullable(to)) === cs(stripNullable(inner.type)))
    return (ctx.useHelper("Present"), built(callOf("Js.Present", inner), stripNullable(inner.type)));
  if (cs(to) === cs(inner.type) || (isNumeric(inner.type) && isNumeric(to))) {
    // A TS assertion does nothing at run time: numeric assertions must not convert. `i as number` of an int is
    // that int unchanged, as a bare `i` is (C85: it was a false PBTS1017, also as a write target `(i as number) = 2.5`).
    if (to.k === "double" && isIntLike(inner.type)) return inner;
    if (isNumeric(to) && cs(to) !== cs(inner.type) && !(inner.type.k === "intlit")) ctx.fail(n, "DoubleToInt", describe(inner.type), describe(to), conversionFix(describe(to)));
    return { ...inner, type: inner.type.k === "intlit" ? to : inner.type };
  }
  if (to.k === "exception") return built(X.cast("Exception", nodeOf(inner)), T.exception);
  // `null as T[] | null` (TS's way to keep a local from narrowing to null): that null, of the type C# needs
  if (inner.type.k === "null" && holdsNull(to)) return built(X.cast(cs(to), nodeOf(inner)), to);
  const downcast = apiDowncast(n.getExpression(), tn.getType());
  if (downcast) ctx.fail(n, "ApiDowncast", downcast);
  const userCast = userDowncast(n.getExpression(), tn);
  if (userCast) ctx.fail(n, "UserDowncast", userCast);
  const ifaceCast = interfaceDowncast(n.getExpression(), tn);
  if (ifaceCast) {
    const [iface, cls] = ifaceCast;
    ctx.fail(n, "UnsupportedForm", `'as ${iface}'`, `C#'s cast throws when the object's class does not declare 'implements ${iface}' (JS checks nothing: TypeScript accepts the assertion for types that overlap)`, `Declare it on the class (class ${cls} implements ${iface}), or narrow with instanceof to a class that implements ${iface}.`);
  }
  if (to.k === "ref" || (to.k === "nullable" && to.inner.k === "ref")) return built(X.cast(cs(to), nodeOf(inner)), to);
  // `i as State` (a number read back from Storage): an enum holds any int in both languages, C# through a cast;
  // a double would be truncated by C#'s cast where JS keeps the fraction (C53).
  if (to.k === "enum" && isIntLike(inner.type)) return built(X.cast(cs(to), nodeOf(inner)), to);
  if (to.k === "enum" && isNumeric(inner.type))
    return ctx.fail(n, "UnsupportedSyntax", `asserting a '${describe(inner.type)}' as '${describe(to)}' (C# would truncate a fraction that JS keeps: convert it with toInt(...) first, toInt(x) as ${describe(to)})`);
  // `x as unknown as T`: TS's way past an assertion it refuses, a C# player's `as` between interfaces (C60)
  if (tn.getText() === "unknown")
    return ctx.fail(n, "UnsupportedSyntax", `asserting a '${describe(inner.type)}' as 'unknown' (pbts has no unchecked cast to pass it on to another type: narrow it with instanceof, e.g. if (x instanceof IMyTextSurfaceProvider) x.GetSurface(0), which C# compiles to an 'is' test and a cast)`);
  // `msg.Data as number`: an IGC payload is read with As<T>() (C#'s unboxing cast), the one way back from an unknown
  if (inner.type.k === "object") {
    const e = n.getExpression();
    const data = Node.isPropertyAccessExpression(e) && e.getName() === "Data" ? e.getExpression().getText() : undefined;
    const how = data ? `read an IGC payload with ${data}.As<${tn.getText()}>() (C#'s unboxing cast: it throws when the sender sent another type)` : `an unknown gives back no ${tn.getText()} in C#: keep the value typed where it is made`;
    return ctx.fail(n, "UnsupportedSyntax", `asserting a '${describe(inner.type)}' as '${describe(to)}' (${how})`);
  }
  return ctx.fail(n, "UnsupportedSyntax", `asserting a '${describe(inner.type)}' as '${describe(to)}'`);
}

/** Whether a C# value of this type may be null (a reference or a nullable value type). */
function holdsNull(t: CsType): boolean {
  switch (t.k) {
    case "nullable":
    case "string":
    case "object":
    case "list":
    case "set":
    case "dict":
    case "func":
    case "exception":
      return true;
    case "ref":
      return !t.struct;
    default:
      return false;
  }
}

function emitArrayLiteral(al: Node & { getElements(): Expression[] }, ctx: EmitContext, expected?: CsType): Emitted {
  let t = expected && stripNullable(expected);
  if (!t || (t.k !== "list" && !isTuple(t))) t = tsTypeOf(al, ctx);
  if (isTuple(t)) return emitTupleLiteral(al, t, ctx);
  if (t.k !== "list") return ctx.fail(al, "UnsupportedSyntax", "an array literal of this type");
  if (!expected) t = ownElementType(al, t as { k: "list"; elem: CsType }, ctx);
  const elem = t.elem;
  if (al.getElements().some((e) => Node.isSpreadElement(e))) return emitSpreadArray(al.getElements(), t, ctx);
  const elems = al.getElements().map((e) => ({ value: wholeOf(converted(emitExpr(e, ctx, elem), elem, e, ctx)) }));
  return built(X.init(cs(t), elems), t);
}

/**
 * `[sq]` of a `(x: int) => int`, `[ints, ints2]` of `int[]`s: TS's type says number, which C# would not convert
 * (PBTS1094). Elements that are all of one such C# type make the list's element type.
 */
function ownElementType(al: Node & { getElements(): Expression[] }, t: { k: "list"; elem: CsType }, ctx: EmitContext): { k: "list"; elem: CsType } {
  const invariantKind = (x: CsType) => x.k === "func" || x.k === "list" || x.k === "set" || x.k === "dict" || (x.k === "ref" && x.args.length > 0);
  const els = al.getElements();
  // (arrows and literals take the element type found from the others)
  const typed = els.filter((e) => !Node.isArrowFunction(e) && !Node.isArrayLiteralExpression(e));
  // `[...m.keys()]` of a Map<long, T>, `[...ids]` of a long[]: TS erased long to number (C131)
  if (t.elem.k === "double" && typed.length && typed.every((e) => Node.isSpreadElement(e) && peekSpreadElem(e.getExpression(), ctx)?.k === "long")) return { k: "list", elem: T.long };
  if (!typed.length || !invariantKind(t.elem)) return t;
  // A spread gives the type of what it iterates: `[...m.entries()]` of a Map<string, [int, string]> (TS erased the int).
  const types = typed.map((e) => (Node.isSpreadElement(e) ? peekSpreadElem(e.getExpression(), ctx) : peekType(e, ctx)));
  const first = types[0];
  if (!first || types.some((x) => !x || cs(x) !== cs(first)) || !invariantMismatch(first, t.elem)) return t;
  return { k: "list", elem: first };
}

// ---- lambdas ----

function holdsUndefined(t: Type): boolean {
  return t.isUndefined() || (t.isUnion() && t.getUnionTypes().some((u) => u.isUndefined()));
}

function emitArrow(af: Node & { getParameters(): ParameterDeclaration[]; getBody(): Node; getReturnTypeNode(): TypeNode | undefined }, ctx: EmitContext, expected?: CsType): Emitted {
  const exp = expected && stripNullable(expected);
  const params = af.getParameters();
  if ((af as any).getTypeParameters?.().length) ctx.fail(af, "UnsupportedSyntax", "a generic arrow function (C# lambdas cannot be generic; declare a generic function or method)");
  // `([k, v]) => ...` over tuples: a temporary parameter bound at the start of the body (tuples.ts).
  const tupleParams = new Map<ParameterDeclaration, string>();
  const ptypes = params.map((p, i) => {

    if (p.isRestParameter()) ctx.fail(p, "Spread");
    if (p.getInitializer()) ctx.fail(p, "UnsupportedSyntax", "a default value on an arrow function's parameter (C# lambdas have none; declare a function or method)");
    if (p.hasQuestionToken()) ctx.fail(p, "OptionalParameter", p.getName());
    const tn = p.getTypeNode();
    const t0 = tn ? typeOfNode(tn, ctx) : exp?.k === "func" && exp.params[i] ? exp.params[i] : tsTypeOf(p, ctx);
    // C193: `f = (s) => "x" + s` for a `let f = h` of `h(s = "d")`: TS types `s` `string | undefined` (a caller may leave it
    // out, and h's default is not the arrow's), the delegate's C# parameter is a `string`: read as one that may be missing
    const t = !tn && t0.k !== "nullable" && !isValueType(t0) && t0.k !== "typeparam" && holdsUndefined(p.getType()) ? nullable(t0) : t0;
    if (isPattern(p.getNameNode())) tupleParams.set(p, ctx.tempName(Node.isObjectBindingPattern(p.getNameNode()) ? "obj" : "pair"));
    ctx.declTypes.set(p, t);
    return t;
  });
  const prologue = params.flatMap((p, i) => (tupleParams.has(p) ? bindPattern(p.getNameNode() as ArrayBindingPattern, tupleParams.get(p)!, ptypes[i], p.getType(), ctx).map((b) => `${b};`) : []));
  const rtn = af.getReturnTypeNode();
  const infer = exp?.k === "func" && exp.ret === INFER;
  let ret: CsType = rtn
    ? typeOfNode(rtn, ctx)
    : exp?.k === "func" && !infer
      ? exp.ret
      : typeOrReport(af, ctx, () => fromTsType((af as any).getReturnType(), ctx));
  // JS passes extra arguments to a callback that ignores them (`forEach(() => n++)`); a C# lambda must
  // take every parameter of its delegate: unused ones get fresh names.
  const extra = exp?.k === "func" && exp.params.length > params.length ? exp.params.slice(params.length) : [];
  for (const t of extra) ptypes.push(t);
  const names = [...params.map((p) => tupleParams.get(p) ?? localName(p)), ...extra.map(() => ctx.tempName("unused"))];
  const sig = `(${names.map((nm, i) => `${cs(ptypes[i])} ${nm}`).join(", ")})`;
  ctx.lambdaLoopDepth.push(ctx.forLoopVars.length);
  try {
    const body = af.getBody();
    if (Node.isBlock(body)) {
      const code = emitFunctionBody(body, ctx, ret, true, prologue);
      return built(X.lambda(sig, { block: `\n${code}` }), { k: "func", params: ptypes, ret });
    }
    // Int arithmetic in an expression body is checked like a method body's (C# lambdas are unchecked by default).
    const saved = ctx.intArithmetic;
    ctx.intArithmetic = false;
    let e: Emitted;
    let checked: boolean;
    // C53: `(x) => ok && out.push(x)` in a void callback: JS drops the value; the body is a statement (an `if`)
    if (ret.k === "void" && isStatementLike(body)) {
      try {
        const lines = printStmt(expressionStatement(body, body, ctx)).join("\n");
        const stmt = ctx.intArithmetic ? `checked { ${X.stripChecked(lines)} }` : lines;
        return built(X.lambda(sig, { block: `{ ${prologue.join(" ")} ${stmt} }` }), { k: "func", params: ptypes, ret });
      } finally {
        ctx.intArithmetic = saved;
      }
    }
    try {
      e = emitExpr(body, ctx, ret.k === "void" ? undefined : ret);
      checked = ctx.intArithmetic;
    } finally {
      ctx.intArithmetic = saved;
    }
    // (converted: an int where the arrow returns an enum gets its cast, `(d: Dir): Dir => (d + 1) % 4`: mcs CS1662, C133)
    if (ret.k !== "void") e = converted(e, ret, body, ctx);
    // An inferred return is a JS number: int results (w.length) widen to double.
    if (!rtn && (exp?.k !== "func" || infer)) ret = isIntLike(e.type) || e.type.k === "float" || e.type.k === "uint" ? T.double : e.type;
    if (prologue.length) {
      const stmt = ret.k === "void" || e.type.k === "void" ? `${e.code};` : `return ${e.code};`;
      return built(X.lambda(sig, { block: `{ ${prologue.join(" ")} ${checked ? `checked { ${X.stripChecked(stmt)} }` : stmt} }` }), { k: "func", params: ptypes, ret });
    }
    const type: CsType = { k: "func", params: ptypes, ret };
    // (its own checked, also inside a checked method: mcs does not carry a checked block into a lambda's body, C143)
    if (checked) return built(X.lambda(sig, ret.k === "void" || e.type.k === "void" ? { block: `{ checked { ${X.stripChecked(e.code)}; } }` } : X.checkedExpr(whole(X.stripChecked(e.code)))), type);
    // `(x) => a.push(x, y)` in a void callback is two C# statements.
    return built(X.lambda(sig, ret.k === "void" && e.type.k === "void" && e.code.includes(";") ? { block: `{ ${e.code}; }` } : wholeOf(e)), type);
  } finally {
    ctx.lambdaLoopDepth.pop();
  }
}

