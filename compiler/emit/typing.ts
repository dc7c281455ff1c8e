// TS declarations and types → C# types. Declared type nodes decide int/long/float/double,
// because the checker reads `type int = number` back as `number`.
import { Node, SyntaxKind, ts, type FunctionDeclaration, type MethodDeclaration, type Type, type TypeNode, type TypeQueryNode } from "ts-morph";
import { API_STRUCTS, NUMERIC_ALIASES, apiCsName, hasFlagsTag, isApiNode } from "./api.ts";
import { enumName, nestedTypeName } from "./nested-enums.ts";
import { isStringEnum } from "./string-enums.ts";
import { T, cs, isValueType, nullable, ref, type CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";
import { generatorTypeFromNode, generatorTypeFromTs } from "./generators.ts";
import { derivedClasses } from "./hierarchy.ts";
import { noMissingTypeParam, typeParamConstraint } from "./missing-typeparam.ts";
import { declType } from "./expressions.ts";

/** Problems found while mapping a type; the caller reports them at the right node. */
export class TypeProblem extends Error {
  constructor(
    readonly key: "AnyType" | "UnionType" | "ObjectType" | "Undefined" | "UnsupportedSyntax",
    readonly arg: string,
  ) {
    super(arg);
  }
}

function symbolDecl(node: Node): Node | undefined {
  const sym = node.getSymbol();
  const target = sym?.isAlias() ? sym.getAliasedSymbol() : sym;
  return target?.getDeclarations()[0];
}

/** The C# type of a declared TS type node. */
export function typeFromNode(node: TypeNode, ctx: EmitContext): CsType {
  switch (node.getKind()) {
    case SyntaxKind.NumberKeyword:
      return T.double;
    case SyntaxKind.StringKeyword:
      return T.string;
    case SyntaxKind.BooleanKeyword:
      return T.bool;
    case SyntaxKind.VoidKeyword:
      return T.void;
    case SyntaxKind.UnknownKeyword:
    case SyntaxKind.ObjectKeyword:
      return T.object;
    case SyntaxKind.AnyKeyword:
      throw new TypeProblem("AnyType", "any");
    case SyntaxKind.UndefinedKeyword:
      throw new TypeProblem("Undefined", "undefined");
    case SyntaxKind.ParenthesizedType:
      return typeFromNode(node.asKindOrThrow(SyntaxKind.ParenthesizedType).getTypeNode(), ctx);
    case SyntaxKind.ArrayType:
      return { k: "list", elem: typeFromNode(node.asKindOrThrow(SyntaxKind.ArrayType).getElementTypeNode(), ctx) };
    case SyntaxKind.LiteralType: {
      const lit = node.asKindOrThrow(SyntaxKind.LiteralType).getLiteral();
      if (lit.getKind() === SyntaxKind.NullKeyword) return T.null;
      // A string literal type is a string: compared by value in both languages.
      if (lit.getKind() === SyntaxKind.StringLiteral || lit.getKind() === SyntaxKind.NoSubstitutionTemplateLiteral) return T.string;
      throw new TypeProblem("UnionType", node.getText());
    }
    case SyntaxKind.UnionType: {
      const parts = node.asKindOrThrow(SyntaxKind.UnionType).getTypeNodes();
      const nonNull = parts.filter((p) => !(Node.isLiteralTypeNode(p) && p.getLiteral().getKind() === SyntaxKind.NullKeyword));
      // `T | undefined` is C#'s null as `T | null` is; both at once cannot be told apart (PBTS1009).
      const undef = parts.filter((p) => p.getKind() === SyntaxKind.UndefinedKeyword);
      if (undef.length && (undef.length > 1 || nonNull.length < parts.length)) throw new TypeProblem("Undefined", node.getText());
      if (undef.length) {
        const rest = parts.filter((p) => p.getKind() !== SyntaxKind.UndefinedKeyword);
        if (rest.length === 1) {
          const t = typeFromNode(rest[0], ctx);
          // default(T) is 0 for a number T where JS holds undefined: no C# form says "missing T".
          if (t.k === "typeparam") throw new TypeProblem("UnsupportedSyntax", `'${node.getText()}' of a type parameter (${noMissingTypeParam(t.name, typeParamConstraint(rest[0]))})`);
          return nullable(t);
        }
        if (rest.every((p) => isStringLiteralType(p, ctx))) return nullable(T.string);
        const en = enumOfMembers(rest, ctx);
        if (en) return nullable(en);
        throw new TypeProblem("UnionType", node.getText());
      }
      if (nonNull.length === 1 && nonNull.length < parts.length) return nullable(typeFromNode(nonNull[0], ctx));
      // A union of string literals (or aliases of them): a string.
      if (nonNull.length > 1 && nonNull.every((p) => isStringLiteralType(p, ctx))) return nonNull.length < parts.length ? nullable(T.string) : T.string;
      // `Dir.Left | Dir.Up`: members of one enum are values of the enum (C166)
      const en = enumOfMembers(nonNull, ctx);
      if (en) return nonNull.length < parts.length ? nullable(en) : en;
      throw new TypeProblem("UnionType", node.getText());
    }
    case SyntaxKind.FunctionType: {
      const fn = node.asKindOrThrow(SyntaxKind.FunctionType);
      if (fn.getParameters().some((p) => p.isRestParameter())) throw new TypeProblem("UnsupportedSyntax", `a rest parameter in the function type '${node.getText()}' (only functions and methods take them)`);
      const params = fn.getParameters().map((p) => {
        const tn = p.getTypeNode();
        return tn ? typeFromNode(tn, ctx) : fromTsType(p.getType(), ctx);
      });
      return { k: "func", params, ret: typeFromNode(fn.getReturnTypeNodeOrThrow(), ctx) };
    }
    case SyntaxKind.TypeLiteral:
      throw new TypeProblem("ObjectType", node.getText());
    case SyntaxKind.TupleType: {
      // `[string, number]` (or `[name: string, n: number]`): a Js.TupleN class (compiler/emit/tuples.ts).
      const els = node.asKindOrThrow(SyntaxKind.TupleType).getElements();
      if (els.some((e) => Node.isRestTypeNode(e) || Node.isOptionalTypeNode(e) || (Node.isNamedTupleMember(e) && (e.hasQuestionToken() || !!e.getDotDotDotToken()))))
        throw new TypeProblem("UnsupportedSyntax", `tuple type '${node.getText()}' with optional or rest elements`);
      if (els.length < 1 || els.length > 8) throw new TypeProblem("UnsupportedSyntax", `tuple type '${node.getText()}' (pbts has tuples of 1 to 8 elements; declare a class or an interface)`);
      ctx.useHelper(`Tuple${els.length}`);
      return ref(`Js.Tuple${els.length}`, els.map((e) => typeFromNode(Node.isNamedTupleMember(e) ? e.getTypeNode() : e, ctx)));
    }
    case SyntaxKind.TypeReference:
      return typeFromReference(node.asKindOrThrow(SyntaxKind.TypeReference), ctx);
    case SyntaxKind.ExpressionWithTypeArguments: {
      // `extends Base<T>` / `implements I`: the heritage clause names a type through an expression.
      const h = node.asKindOrThrow(SyntaxKind.ExpressionWithTypeArguments);
      return typeFromReference({ getTypeName: () => h.getExpression(), getTypeArguments: () => h.getTypeArguments() } as any, ctx);
    }
    case SyntaxKind.TypeOperator:
      // `readonly T[]`: TypeScript already forbids every write through it, so it is the same List<T>
      // (JS and C# both share the one array with whoever else holds it).
      if (node.getText().startsWith("readonly ")) return typeFromNode(node.asKindOrThrow(SyntaxKind.TypeOperator).getTypeNode(), ctx);
      throw new TypeProblem("UnsupportedSyntax", `type operator '${node.getText()}'`);
    case SyntaxKind.TypePredicate:
      return typePredicate(node.asKindOrThrow(SyntaxKind.TypePredicate), ctx);
    case SyntaxKind.ThisType: {
      // `add(x): this` (a chaining method): C# has no this-type; the class's own type is the same where no class extends it
      const cls = node.getFirstAncestor((a) => Node.isClassDeclaration(a));
      if (!cls || !Node.isClassDeclaration(cls)) throw new TypeProblem("UnsupportedSyntax", "the type 'this' outside a class (C# has no this-type; write the interface's name)");
      const sub = derivedClasses(cls, ctx)[0];
      if (sub) throw new TypeProblem("UnsupportedSyntax", `the type 'this' in '${cls.getName()}', which '${sub.getName()}' extends (C# has no this-type: the C# type would be '${cls.getName()}', so a call on a '${sub.getName()}' would not give a '${sub.getName()}'; write ': ${cls.getName()}', and narrow the result with instanceof where a '${sub.getName()}' is needed)`);
      return fromTsType(cls.getType(), ctx);
    }
    case SyntaxKind.TypeQuery:
      return typeQuery(node.asKindOrThrow(SyntaxKind.TypeQuery), ctx);
    case SyntaxKind.NeverKeyword:
      // `function fail(m: string): never { throw ... }` called where a value is wanted (`c ? 1 : fail("x")`)
      throw new TypeProblem("UnsupportedSyntax", "the type 'never' (a C# method has no type whose call stands for any value, and C# 6 has no throw expression; declare the function ': void' and call it as a statement: if (!ok) fail(\"...\");)");
    default:
      throw new TypeProblem("UnsupportedSyntax", `type '${node.getText()}'`);
  }
}

/**
 * `(w): w is Waypoint` returns a boolean. Only a predicate that drops null/undefined from a reference
 * parameter (`xs.filter((w): w is Waypoint => w !== null)`): C# holds both in the same reference type,
 * so TS's narrowing needs no cast. Narrowing to another type would be a C# cast, which throws when
 * the predicate is wrong where JS carries on (instanceof narrows without that risk).
 */
function typePredicate(node: Node & { getParameterNameNode(): Node; getTypeNode(): TypeNode | undefined; hasAssertsModifier(): boolean }, ctx: EmitContext): CsType {
  const tn = node.getTypeNode();
  const fn = node.getParent();
  const pname = node.getParameterNameNode().getText();
  const param = fn && (fn as { getParameters?(): { getName(): string; getTypeNode(): TypeNode | undefined; getType(): Type }[] }).getParameters?.().find((p) => p.getName() === pname);
  const why = "(only a predicate that removes null or undefined from a class, interface, string or array parameter: C# narrows that without a cast; test with instanceof otherwise)";
  if (node.hasAssertsModifier() || !tn || !param) throw new TypeProblem("UnsupportedSyntax", `type predicate '${node.getText()}' ${why}`);
  const ptn = param.getTypeNode();
  const from = ptn ? typeFromNode(ptn, ctx) : fromTsType(param.getType(), ctx);
  const to = typeFromNode(tn, ctx);
  const inner = from.k === "nullable" ? from.inner : from;
  if (isValueType(inner) || cs(inner) !== cs(to)) throw new TypeProblem("UnsupportedSyntax", `type predicate '${node.getText()}' ${why}`);
  return T.bool;
}

/** `Dir.Left | Dir.Up` (type nodes naming members of one enum): that enum's type (a string enum's: a string). */
function enumOfMembers(parts: TypeNode[], ctx: EmitContext): CsType | undefined {
  const types = parts.map((p) => p.getType());
  if (!types.length || !types.every((t) => t.isEnumLiteral() || t.isEnum())) return undefined;
  const ens = types.map((t) => fromTsType(t, ctx));
  return ens.every((e) => (e.k === "enum" || e.k === "string") && cs(e) === cs(ens[0])) ? ens[0] : undefined;
}

/** A string literal type, or an alias/union made only of them. */
function isStringLiteralType(node: TypeNode, ctx: EmitContext): boolean {
  if (Node.isLiteralTypeNode(node)) return node.getLiteral().getKind() === SyntaxKind.StringLiteral;
  try {
    return typeFromNode(node, ctx).k === "string" && node.getType().isUnion() ? node.getType().getUnionTypes().every((u) => u.isStringLiteral()) : node.getType().isStringLiteral();
  } catch {
    return false;
  }
}

function typeFromReference(node: Node & { getTypeName(): Node; getTypeArguments(): TypeNode[] }, ctx: EmitContext): CsType {
  const nameNode = node.getTypeName();
  const name = nameNode.getText();
  const decl = symbolDecl(nameNode);
  const gen = generatorTypeFromNode(name, node.getTypeArguments(), decl, (a) => typeFromNode(a, ctx));
  if (gen) return gen;
  const args = node.getTypeArguments().map((a) => typeFromNode(a, ctx));
  if (decl && isApiNode(decl) && NUMERIC_ALIASES.has(name)) return name === "double" ? T.double : (T as Record<string, CsType>)[name];
  switch (name) {
    case "Array":
      if (!decl || !isApiNode(decl)) return { k: "list", elem: args[0] ?? T.object };
      break;
    case "Map":
      return { k: "dict", key: args[0], value: args[1] };
    case "Set":
      return { k: "set", elem: args[0] };
    case "Error":
      return T.exception;
    case "ReadonlyArray":
      if (!decl || !isApiNode(decl)) return { k: "list", elem: args[0] ?? T.object };
      break;
    case "ReadonlyMap":
      return { k: "dict", key: args[0], value: args[1] };
    case "ReadonlySet":
      return { k: "set", elem: args[0] };
  }
  if (decl && isApiNode(decl)) {
    if (name === "Out") return { k: "out", inner: args[0] };
    if (name === "BlockType") return { k: "blocktype", inner: args[0] };
  }
  // `d: Dir.Down`: one member's type is its enum's (a string enum's: a string)
  if (decl && Node.isEnumMember(decl)) return fromTsType(decl.getType(), ctx);
  if (name === "Record" && decl?.getSourceFile().isDeclarationFile()) throw new TypeProblem("UnsupportedSyntax", `'${node.getText()}' (an object used as a dictionary; use a Map)`);
  return typeFromDecl(decl, name, args, ctx);
}

/** A generic alias's body with its type parameters replaced by the arguments. */
function putTypeArgs(t: CsType, map: Map<string, CsType>): CsType {
  const f = (x: CsType) => putTypeArgs(x, map);
  switch (t.k) {
    case "typeparam":
      return map.get(t.name) ?? t;
    case "ref":
      return { ...t, args: t.args.map(f) };
    case "list":
    case "set":
      return { ...t, elem: f(t.elem) };
    case "dict":
      return { ...t, key: f(t.key), value: f(t.value) };
    case "func":
      return { ...t, params: t.params.map(f), ret: f(t.ret) };
    case "nullable":
    case "out":
    case "blocktype":
      return { ...t, inner: f(t.inner) } as CsType;
    default:
      return t;
  }
}

function isNoItem(t: Type): boolean {
  return t.getSymbol()?.getName() === "MyTupleNoItem";
}

function typeFromDecl(decl: Node | undefined, name: string, args: CsType[], ctx: EmitContext): CsType {
  if (!decl) throw new TypeProblem("UnsupportedSyntax", `type '${name}'`);
  if (name === "MyTupleNoItem" && isApiNode(decl)) throw new TypeProblem("UnsupportedSyntax", "a MyTuple item beyond the tuple's type arguments (C#'s MyTuple has only as many items as type arguments)");
  if (Node.isTypeParameterDeclaration(decl)) return { k: "typeparam", name };
  if (isStringEnum(decl)) return T.string;
  if (Node.isEnumDeclaration(decl)) return { k: "enum", name: enumName(decl), flags: hasFlagsTag(decl) };
  if (Node.isClassDeclaration(decl) || Node.isInterfaceDeclaration(decl)) {
    const n = decl.getName() ?? name;
    const csName = !isApiNode(decl) || !decl.getName() ? n : n !== nestedTypeName(decl) ? nestedTypeName(decl) : apiCsName(n);
    return ref(csName, args, isApiNode(decl) && API_STRUCTS.has(n));
  }
  if (Node.isTypeAliasDeclaration(decl)) {
    if (isApiNode(decl)) return T.double;
    // `type Mode = "idle" | "run"`, `type Id = string`: the aliased type; `type Listener<T> = (p: T) => void`
    // with its type arguments put in (C# spells the type out where it is used).
    const tps = decl.getTypeParameters();
    const body = typeFromNode(decl.getTypeNodeOrThrow(), ctx);
    if (!tps.length) return body;
    if (args.length !== tps.length || tps.some((tp) => tp.getDefault())) throw new TypeProblem("UnsupportedSyntax", `generic type alias '${name}' with left-out type arguments`);
    return putTypeArgs(body, new Map(tps.map((tp, i) => [tp.getName(), args[i]])));
  }
  // `const fs = [fa, fb]`: TS infers `typeof fa`, the function's own type: its delegate type, as the name `fa` has
  if (Node.isFunctionDeclaration(decl) || Node.isMethodDeclaration(decl)) return functionValueType(decl, name, ctx);
  throw new TypeProblem("UnsupportedSyntax", `type '${name}'`);
}

/**
 * `typeof h` (written, or inferred for `[fa, fb]`) of a function: the delegate type the name `h` has as a value
 * (expressions.ts declType: written int parameters stay int). A generic or overloaded function has no one delegate type.
 */
function functionValueType(decl: FunctionDeclaration | MethodDeclaration, name: string, ctx: EmitContext): CsType {
  // a built-in (parseFloat, isNaN): the delegate pbts makes of it where a function type is written
  if (decl.getSourceFile().isDeclarationFile() || !decl.getBody())
    throw new TypeProblem("UnsupportedSyntax", `the type 'typeof ${name}' of a built-in function (write the function type it is used as: const f: ${signatureText(decl)} = ${name})`);
  if (decl.getTypeParameters().length || decl.getOverloads().length)
    throw new TypeProblem("UnsupportedSyntax", `the type 'typeof ${name}' of ${decl.getTypeParameters().length ? "a generic" : "an overloaded"} function (a C# delegate has one signature; write the function type it is used as, e.g. const f: (x: number) => number = ${name})`);
  return declType(decl, ctx);
}

/** `(a: number) => string`: a function's type as TS writes it. */
function signatureText(decl: Node): string {
  const sig = decl.getType().getCallSignatures()[0];
  if (!sig) return "(...) => ...";
  const params = sig.getParameters().map((p) => `${p.getName()}: ${p.getTypeAtLocation(decl).getText(decl)}`);
  return `(${params.join(", ")}) => ${sig.getReturnType().getText(decl)}`;
}

/** A written `typeof x`: the declared type of the variable, parameter, property or function it names. */
function typeQuery(node: TypeQueryNode, ctx: EmitContext): CsType {
  const name = node.getExprName().getText();
  const decl = symbolDecl(node.getExprName());
  if (node.getTypeArguments().length) throw new TypeProblem("UnsupportedSyntax", `type '${node.getText()}' (an instantiation expression; write the function type)`);
  if (decl && (Node.isFunctionDeclaration(decl) || Node.isMethodDeclaration(decl)) && !isApiNode(decl)) return functionValueType(decl, name, ctx);
  if (decl && !isApiNode(decl) && (Node.isVariableDeclaration(decl) || Node.isParameterDeclaration(decl) || Node.isPropertyDeclaration(decl) || Node.isGetAccessorDeclaration(decl))) return declType(decl, ctx);
  const what = decl && Node.isClassDeclaration(decl) ? `the class '${name}' itself, its constructor: C# has no type for a class as a value; pass a function that makes one, typed () => ${name}: () => new ${name}()` : decl && Node.isEnumDeclaration(decl) ? `the enum '${name}' itself: C# has no type for an enum as a value; write '${name}' for one of its members` : undefined;
  throw new TypeProblem("UnsupportedSyntax", what ? `type '${node.getText()}' (the type of ${what})` : `type '${node.getText()}'`);
}

/**
 * The C# type of a checker type (no alias information: numbers read as double). Its answer depends only on
 * the type (the checker's types are fixed once the program is checked; ctx.sourceFile is only where a
 * signature's parameter types are read, which a parameter is not narrowed at), so it is kept per compile and
 * checker type: the emitter asks it for every `this` (the class's this-type, one type for all of them: 1,116 of the
 * 1,126 questions of a compile of failover.ts are repeats), and ts-morph's Type wrappers made each answer cost ~25
 * wrapper calls. What it throws is kept too; the one side effect (a Tuple helper) was made by the first answer in
 * the same compile.
 */
const answers = new WeakMap<EmitContext, WeakMap<ts.Type, CsType | TypeProblem>>();
export function fromTsType(type: Type, ctx: EmitContext): CsType {
  let kept = answers.get(ctx);
  if (!kept) answers.set(ctx, (kept = new WeakMap()));
  const raw = type.compilerType;
  let a = kept.get(raw);
  if (a === undefined) {
    try {
      a = computeFromTsType(type, ctx);
    } catch (err) {
      if (!(err instanceof TypeProblem)) throw err;
      a = err;
    }
    kept.set(raw, a);
  }
  if (a instanceof TypeProblem) throw a;
  return a;
}

function computeFromTsType(type: Type, ctx: EmitContext): CsType {
  if (type.isAny()) throw new TypeProblem("AnyType", "any");
  // (an enum member's literal type, `Dir.Left`, is a number literal too: it is the enum's type, below)
  if (type.isNumber() || (type.isNumberLiteral() && !type.isEnumLiteral())) return T.double;
  if (type.isString() || type.isStringLiteral() || type.isTemplateLiteral()) return T.string;
  if (type.isBoolean() || type.isBooleanLiteral()) return T.bool;
  if (type.isVoid()) return T.void;
  if (type.isNull()) return T.null;
  if (type.isUndefined()) return T.null;
  if (type.isUnknown()) return T.object;
  if (type.isTypeParameter()) {
    // C50: TS types `this` as the polymorphic this-type, a type parameter constrained by the class; C#'s `this` is the class
    const cls = (type.compilerType as { isThisType?: boolean }).isThisType ? type.getSymbol()?.getDeclaredType() : undefined;
    if (cls && !cls.isTypeParameter()) return fromTsType(cls, ctx);
    return { k: "typeparam", name: type.getSymbol()?.getName() ?? type.getText() };
  }
  if (type.isEnum() || type.isEnumLiteral()) {
    const sym = type.isEnumLiteral() ? type.getSymbol()?.getDeclarations()[0]?.getParent()?.getSymbol() : type.getSymbol();
    const decl = sym?.getDeclarations()[0];
    if (decl && isStringEnum(decl)) return T.string;
    if (decl && Node.isEnumDeclaration(decl)) return { k: "enum", name: enumName(decl), flags: hasFlagsTag(decl) };
  }
  const gen = generatorTypeFromTs(type, (t) => fromTsType(t, ctx));
  if (gen) return gen;
  if (type.isUnion()) {
    const parts = type.getUnionTypes();
    const rest = parts.filter((p) => !p.isNull() && !p.isUndefined());
    if (rest.length && rest.every((p) => p.isBooleanLiteral())) return rest.length < parts.length ? nullable(T.bool) : T.bool;
    if (rest.length && rest.every((p) => p.isStringLiteral())) return rest.length < parts.length ? nullable(T.string) : T.string;
    if (rest.length === 1) return rest.length < parts.length ? nullable(fromTsType(rest[0], ctx)) : fromTsType(rest[0], ctx);
    const enumParent = rest.every((p) => p.isEnumLiteral()) ? fromTsType(rest[0], ctx) : undefined;
    if (enumParent) return rest.length < parts.length ? nullable(enumParent) : enumParent;
    // `function f(c) { return c ? 1 : 3; }`, `const [a = 1] = [3]`: TS infers a union of number literals.
    if (rest.every((p) => p.isNumberLiteral()))
      throw new TypeProblem("UnsupportedSyntax", `the type '${type.getText()}' TypeScript inferred (a union of number literals; write the type where the value is declared: function f(...): number, const [a = 1]: number[] = ...)`);
    throw new TypeProblem("UnionType", type.getText());
  }
  if (type.isTuple()) {
    const els = type.getTupleElements();
    const target = (type.compilerType as { target?: { hasRestElement?: boolean; minLength?: number } }).target;
    if (target?.hasRestElement || (target?.minLength ?? els.length) !== els.length || els.length < 1 || els.length > 8) throw new TypeProblem("UnsupportedSyntax", `tuple type '${type.getText()}'`);
    ctx.useHelper(`Tuple${els.length}`);
    return ref(`Js.Tuple${els.length}`, els.map((e) => fromTsType(e, ctx)));
  }
  if (type.isArray()) return { k: "list", elem: fromTsType(type.getArrayElementTypeOrThrow(), ctx) };
  // `[].join()`, `const xs = []`: TS's element type of an empty array literal with no type written
  if (type.getFlags() & ts.TypeFlags.Never) throw new TypeProblem("UnsupportedSyntax", "the type 'never' TypeScript inferred (the elements of an empty array literal with no type written, or the value of a call that always throws; write the type: const xs: number[] = [], or [] as string[])");
  const sym = type.getSymbol() ?? type.getAliasSymbol();
  const name = sym?.getName();
  // MyTuple's unused type parameters (MyTupleNoItem) are not C# type arguments (compiler/se/values/tuple.ts).
  const targs = type.getTypeArguments().filter((a) => !isNoItem(a)).map((a) => fromTsType(a, ctx));
  if (name === "ReadonlyArray" && targs.length === 1) return { k: "list", elem: targs[0] };
  if (name === "Map" || name === "ReadonlyMap") return { k: "dict", key: targs[0], value: targs[1] };
  if (name === "Set" || name === "ReadonlySet") return { k: "set", elem: targs[0] };
  if (name === "Error") return T.exception;
  const calls = type.getCallSignatures();
  if (calls.length === 1 && (!sym || name === "__type" || name === "__function")) {
    const sig = calls[0];
    const params = sig.getParameters().map((p) => fromTsType(p.getTypeAtLocation(ctx.sourceFile), ctx));
    return { k: "func", params, ret: fromTsType(sig.getReturnType(), ctx) };
  }
  const decl = sym?.getDeclarations()[0];
  if (decl && isApiNode(decl)) {
    if (name === "Out") return { k: "out", inner: targs[0] };
    if (name === "BlockType") return { k: "blocktype", inner: targs[0] };
  }
  if (name === "__object" || name === "__type") throw new TypeProblem("ObjectType", type.getText());
  return typeFromDecl(decl, name ?? type.getText(), targs, ctx);
}
