// Destructuring scripters write: `const { kp, ki } = this.gains`, `for (const { name, n } of rows)`,
// `function f({ name, unit = "" }: Row)`, `([a, b]) => ...`, `const [cmd, ...args] = line.split(" ")`.
// The source is evaluated once into a temporary (a plain local or parameter is read directly), then
// each target is read in source order, as JS does. Object patterns read fields, accessors and
// properties of the script's own classes and interfaces. A default (`{ unit = "" }`) is used when
// the property is undefined: on a `T | undefined` property that is C#'s `?? d` (evaluated only then,
// as JS's); on a property that cannot be undefined JS never evaluates it. Array patterns of a tuple
// go through tuples.ts; of an array (`T[]`), `xs[i]` each (an element past the end throws in C#, as
// indexing does: see Known limits), `...rest` a copy of the remaining elements.
import { Node, type ArrayBindingPattern, type BindingElement, type Expression, type ObjectBindingPattern, type ParameterDeclaration, type Type } from "ts-morph";
import { isApiNode } from "./api.ts";
import { cs, describe, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";
import { converted, declOf, declType, emitExpr, localName, substitute } from "./expressions.ts";
import { nodeOf } from "./tree/bridge.ts";
import { printExpr } from "./tree/print.ts";
import * as X from "./tree/syntax.ts";
import { ident } from "./names.ts";
import { bindTuple, isTuple } from "./tuples.ts";

type Pattern = ObjectBindingPattern | ArrayBindingPattern;

export function isPattern(n: Node): n is Pattern {
  return Node.isObjectBindingPattern(n) || Node.isArrayBindingPattern(n);
}

/** Is `code` a plain name (read it again instead of copying it into a temporary)? */
const plainName = (code: string) => /^@?[A-Za-z_][\w]*$/.test(code);

/** One C# declaration per target of `pattern`, bound to the value `code` of type `t` (TS type `tsType`). */
export function bindPattern(pattern: Pattern, code: string, t: CsType, tsType: Type, ctx: EmitContext): string[] {
  if (Node.isArrayBindingPattern(pattern)) {
    if (isTuple(stripNullable(t))) return bindTuple(pattern, code, stripNullable(t), ctx);
    return bindList(pattern, code, t, ctx);
  }
  return bindObject(pattern, code, t, tsType, ctx);
}

/** A nested pattern's value into a temporary, then its own targets. */
export function bindNested(el: BindingElement, code: string, t: CsType, tsType: Type, ctx: EmitContext): string[] {
  const pattern = el.getNameNode() as Pattern;
  const tmp = ctx.tempName("part");
  return [`${cs(t)} ${tmp} = ${code}`, ...bindPattern(pattern, tmp, t, tsType, ctx)];
}

function bindObject(pattern: ObjectBindingPattern, code: string, t: CsType, tsType: Type, ctx: EmitContext): string[] {
  const src = stripNullable(t);
  // The pattern's own type is the value's (a for...of declaration's type is the iterated array's).
  const own = pattern.getType();
  const owner = (own.isAny() ? tsType : own).getNonNullableType();
  const ownerDecl = (owner.getSymbol() ?? owner.getAliasSymbol())?.getDeclarations()[0];
  const scriptType = !!ownerDecl && (Node.isClassDeclaration(ownerDecl) || Node.isInterfaceDeclaration(ownerDecl)) && !isApiNode(ownerDecl) && !ownerDecl.getSourceFile().isDeclarationFile();
  if (src.k !== "ref" || !scriptType) return ctx.fail(pattern, "UnsupportedSyntax", `destructuring a '${describe(src)}' (only objects of the script's own classes and interfaces; read the members one by one)`);
  // The owner's type arguments, for its members' declared types.
  const map = new Map<string, CsType>();
  (ownerDecl as { getTypeParameters(): { getName(): string }[] }).getTypeParameters().forEach((tp, i) => src.args[i] && map.set(tp.getName(), src.args[i]));
  const out: string[] = [];
  for (const el of pattern.getElements()) {
    if (el.getDotDotDotToken()) return ctx.fail(el, "UnsupportedSyntax", "'...rest' in an object pattern (JS makes a new object of the other properties, which has no C# type; read the members you need)");
    const pn = el.getPropertyNameNode();
    if (pn && !Node.isIdentifier(pn) && !Node.isStringLiteral(pn)) return ctx.fail(pn, "UnsupportedSyntax", "a computed property name in an object pattern");
    const prop = pn ? (Node.isStringLiteral(pn) ? pn.getLiteralValue() : pn.getText()) : el.getName();
    const sym = owner.getProperty(prop);
    const d = sym?.getValueDeclaration() ?? sym?.getDeclarations()[0];
    const member = d && (Node.isPropertyDeclaration(d) || Node.isPropertySignature(d) || Node.isGetAccessorDeclaration(d) || (Node.isParameterDeclaration(d) && d.isParameterProperty()));
    if (!d || !member || isApiNode(d) || d.getSourceFile().isDeclarationFile())
      return ctx.fail(el, "UnsupportedSyntax", `destructuring '${prop}' (a method, or a member pbts cannot read this way: JS would read the method unbound; read it as x.${prop})`);
    const parent = d.getParent();
    if (parent !== ownerDecl && parent && (parent as any).getTypeParameters?.().length) return ctx.fail(el, "UnsupportedSyntax", `destructuring '${prop}', inherited from a generic type (read it as x.${prop})`);
    let pt = substitute(declType(d, ctx), map);
    // (`code` is a name: a local, a parameter or a temporary)
    let value: X.Expr = X.member(X.name(code), ident(prop));
    const init = el.getInitializer();
    if (init) {
      const parts = sym!.getTypeAtLocation(pattern);
      const us = parts.isUnion() ? parts.getUnionTypes() : [parts];
      const undef = us.some((p) => p.isUndefined());
      if (us.some((p) => p.isNull())) return ctx.fail(init, "UnsupportedSyntax", `a default for '${prop}', which may be null (JS uses the default only for undefined, C# has one null for both; compare with null after reading it)`);
      if (undef) {
        const inner = stripNullable(pt);
        const e = emitExpr(init, ctx, inner);
        value = X.binary("??", value, nodeOf(converted(e, inner, init, ctx)));
        pt = inner;
      }
    }
    const name = el.getNameNode();
    if (isPattern(name)) {
      out.push(...bindNested(el, printExpr(value), pt, sym!.getTypeAtLocation(pattern), ctx));
      continue;
    }
    ctx.declTypes.set(el, pt);
    out.push(`${cs(pt)} ${localName(el)} = ${printExpr(value)}`);
  }
  return out;
}

function bindList(pattern: ArrayBindingPattern, code: string, t: CsType, ctx: EmitContext): string[] {
  const list = stripNullable(t);
  if (list.k !== "list") return ctx.fail(pattern, "UnsupportedSyntax", `destructuring a '${describe(list)}' (only tuples and arrays; read its members one by one)`);
  const out: string[] = [];
  pattern.getElements().forEach((el, i) => {
    if (Node.isOmittedExpression(el)) return;
    if (el.getDotDotDotToken()) {
      if (!Node.isIdentifier(el.getNameNode())) return ctx.fail(el, "Destructuring");
      ctx.declTypes.set(el, list);
      // JS: a new array of the elements after i (empty when there are none).
      out.push(`${cs(list)} ${localName(el)} = ${code}.Count > ${i} ? ${code}.GetRange(${i}, ${code}.Count - ${i}) : new ${cs(list)}()`);
      return;
    }
    let et = list.elem;
    let value: X.Expr = X.index(X.name(code), [X.lit(String(i))]);
    const init = el.getInitializer();
    if (init) {
      // JS uses the default past the end (or for an undefined element, which a List of a type
      // without undefined does not hold).
      if (et.k === "nullable" || et.k === "null") return ctx.fail(init, "UnsupportedSyntax", "a default for an element of an array of a type that holds null or undefined (check the element after reading it)");
      const e = emitExpr(init, ctx, et);
      value = X.conditional(X.binary(">", X.member(X.name(code), "Count"), X.lit(String(i))), value, nodeOf(converted(e, et, init, ctx)));
    }
    if (isPattern(el.getNameNode())) {
      out.push(...bindNested(el, printExpr(value), et, el.getType(), ctx));
      return;
    }
    ctx.declTypes.set(el, et);
    out.push(`${cs(et)} ${localName(el)} = ${printExpr(value)}`);
  });
  return out;
}

/** `const {a, b} = expr;` / `const [a, ...r] = xs;`: the value into a temporary (unless a plain name), then the targets. */
export function emitPatternDeclaration(pattern: Pattern, init: Expression | undefined, ctx: EmitContext): string {
  if (!init) return ctx.fail(pattern, "Destructuring");
  const e = emitExpr(init, ctx);
  // A plain local or parameter is read directly; anything else (a call, a field another read could change) once.
  const d = Node.isIdentifier(init) ? declOf(init) : undefined;
  const local = !!d && (Node.isVariableDeclaration(d) || Node.isParameterDeclaration(d)) && plainName(e.code);
  if (local) return bindPattern(pattern, e.code, e.type, init.getType(), ctx).join("; ");
  const tmp = ctx.tempName(Node.isObjectBindingPattern(pattern) ? "obj" : "arr");
  return [`${cs(e.type)} ${tmp} = ${e.code}`, ...bindPattern(pattern, tmp, e.type, init.getType(), ctx)].join("; ");
}

const paramTemps = new WeakMap<EmitContext, Map<ParameterDeclaration, string>>();

/** The C# name of a parameter declared with a pattern (`function f({ a, b }: P)`): a temporary. */
export function patternParamName(p: ParameterDeclaration, ctx: EmitContext): string {
  let m = paramTemps.get(ctx);
  if (!m) paramTemps.set(ctx, (m = new Map()));
  let name = m.get(p);
  if (!name) m.set(p, (name = ctx.tempName(Node.isObjectBindingPattern(p.getNameNode()) ? "obj" : "arr")));
  return name;
}

/** The statements that bind the pattern parameters of a function at the start of its body. */
export function patternPrologue(params: ParameterDeclaration[], types: CsType[], ctx: EmitContext): string[] {
  return params.flatMap((p, i) => {
    const pattern = p.getNameNode();
    if (!isPattern(pattern)) return [];
    return bindPattern(pattern, patternParamName(p, ctx), types[i], p.getType(), ctx).map((b) => `${b};`);
  });
}
