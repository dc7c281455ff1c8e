// Object literals of a script interface: `const g: Gains = { kp: 1, ki: 0.1 }`, `rows.push({ name, n })`.
// A JS object literal is a fresh object with those properties; C# gets a small class per interface
// (`Gains__Lit : Gains`, auto-properties) created with an object initializer: a fresh reference as
// in JS (`===` compares identity, writes are seen by every holder), the values evaluated in source
// order, a left-out optional property `undefined` (C#'s null). Only interfaces made of properties:
// a literal cannot implement methods in C#.
import { Node, ts, type InterfaceDeclaration, type ObjectLiteralExpression, type Type } from "ts-morph";
import { isApiFile, isApiNode } from "./api.ts";
import { cs, describe, stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted, Writer } from "./context.ts";
import { converted, declType, emitExpr, substitute } from "./expressions.ts";
import { built, wholeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { ident } from "./names.ts";
import { fromTsType } from "./typing.ts";

/** The C# class name of an interface's literals. */
export const literalClassName = (iface: string): string => `${iface}__Lit`;

/** The script interface an object literal makes (its contextual type without null/undefined). */
function targetInterface(ol: ObjectLiteralExpression): { decl: InterfaceDeclaration; type: Type } | string {
  const ctxType = ol.getContextualType();
  if (!ctxType) return "an object literal without a declared interface type (give the variable or parameter an interface type)";
  const t = ctxType.getNonNullableType();
  if (t.isUnion() || t.isIntersection()) return `an object literal of the type '${t.getText(ol)}' (only one interface: give it an interface type)`;
  const decl = (t.getSymbol() ?? t.getAliasSymbol())?.getDeclarations()[0];
  if (!decl) return `an object literal of the type '${t.getText(ol)}'`;
  if (Node.isClassDeclaration(decl)) return `an object literal where a '${decl.getName()}' is expected (JS makes a plain object, not a '${decl.getName()}', so its methods and instanceof differ; create one with 'new ${decl.getName()}(...)')`;
  if (!Node.isInterfaceDeclaration(decl) || isApiNode(decl) || decl.getSourceFile().isDeclarationFile()) return `an object literal of the type '${t.getText(ol)}' (only the script's own interfaces can be written as literals)`;
  const why = literalProblem(decl);
  if (why) return why;
  return { decl, type: t };
}

/** Why an interface cannot have literals (methods, generic bases), or undefined. */
function literalProblem(it: InterfaceDeclaration): string | undefined {
  for (let cur: InterfaceDeclaration | undefined = it; cur; ) {
    if (cur.getMethods().length) return `an object literal of '${it.getName()}', which declares methods (a C# object needs a class for them: declare a class implementing ${it.getName()} and create it with 'new')`;
    if (cur.getMembers().some((m) => !Node.isPropertySignature(m))) return `an object literal of '${it.getName()}', which declares an index or call signature`;
    const bases = cur.getBaseDeclarations();
    if (bases.length > 1) return `an object literal of '${it.getName()}', which extends several interfaces`;
    if (cur !== it && cur.getTypeParameters().length) return `an object literal of '${it.getName()}', which extends a generic interface`;
    const b = bases[0];
    if (b && !Node.isInterfaceDeclaration(b)) return `an object literal of '${it.getName()}', which extends a class`;
    cur = b as InterfaceDeclaration | undefined;
  }
  return undefined;
}

/** Every property of the interface and its bases, base first (the order of C#'s class). */
function properties(it: InterfaceDeclaration): Node[] {
  const chain: InterfaceDeclaration[] = [];
  for (let cur: InterfaceDeclaration | undefined = it; cur; cur = cur.getBaseDeclarations()[0] as InterfaceDeclaration | undefined) chain.unshift(cur);
  const seen = new Set<string>();
  const out: Node[] = [];
  for (const c of chain) for (const p of c.getProperties()) if (!seen.has(p.getName())) (seen.add(p.getName()), out.push(p));
  return out;
}

const usedCache = new WeakMap<EmitContext, Set<ts.Node>>();

/** Interfaces some object literal of the script makes (one walk of the user files' raw nodes). */
function interfacesWithLiterals(ctx: EmitContext): Set<ts.Node> {
  let used = usedCache.get(ctx);
  if (used) return used;
  used = new Set();
  const checker = ctx.project.getTypeChecker().compilerObject;
  const found = used;
  for (const sf of ctx.project.getSourceFiles()) {
    if (sf.isDeclarationFile() || isApiFile(sf)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isObjectLiteralExpression(n)) {
        const t = checker.getContextualType(n);
        const nn = t && checker.getNonNullableType(t);
        const d = nn?.getSymbol()?.declarations?.[0];
        if (d && ts.isInterfaceDeclaration(d)) found.add(d);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf.compilerNode);
  }
  usedCache.set(ctx, used);
  return used;
}

/**
 * After an interface: the class its literals are made of, when the script writes any (and the
 * interface can have them; otherwise each literal reports why).
 */
export function emitLiteralClass(it: InterfaceDeclaration, tp: { list: string; where: string }, w: Writer, ctx: EmitContext): void {
  if (!interfacesWithLiterals(ctx).has(it.compilerNode) || literalProblem(it)) return;
  const name = ident(it.getName());
  w.block(`public sealed class ${literalClassName(name)}${tp.list} : ${name}${tp.list}${tp.where}`, () => {
    for (const p of properties(it)) w.line(`public ${cs(declType(p, ctx))} ${ident((p as InterfaceDeclaration).getName())} { get; set; }`);
  });
}

/** `{ a: 1, b }` where an interface is expected: `new I__Lit { a = 1, b = b }`. */
export function emitObjectLiteral(ol: ObjectLiteralExpression, ctx: EmitContext, expected?: CsType): Emitted {
  const target = targetInterface(ol);
  if (typeof target === "string") return ctx.fail(ol, "ObjectLiteral", target);
  const { decl, type } = target;
  // The declared C# type where the emitter knows it: TS erases `int` in `Box<int>`.
  const want = expected && stripNullable(expected);
  const fromTs = fromTsType(type, ctx);
  const t = want && want.k === "ref" && fromTs.k === "ref" && want.name === fromTs.name ? want : fromTs;
  if (t.k !== "ref") return ctx.fail(ol, "ObjectLiteral", `an object literal of the type '${describe(t)}'`);
  const props = new Map(properties(decl).map((p) => [(p as InterfaceDeclaration).getName(), p]));
  // The interface's type arguments, for its properties' declared types.
  const map = new Map<string, CsType>();
  decl.getTypeParameters().forEach((tp, i) => t.args[i] && map.set(tp.getName(), t.args[i]));
  const inits: X.InitItem[] = [];
  for (const el of ol.getProperties()) {
    let name: string;
    let value: Node;
    if (Node.isPropertyAssignment(el)) {
      const nn = el.getNameNode();
      if (!Node.isIdentifier(nn) && !Node.isStringLiteral(nn)) return ctx.fail(nn, "ObjectLiteral", "a computed or numeric property name in an object literal");
      name = Node.isIdentifier(nn) ? nn.getText() : nn.getLiteralValue();
      value = el.getInitializerOrThrow();
    } else if (Node.isShorthandPropertyAssignment(el)) {
      name = el.getName();
      value = el.getNameNode();
    } else if (Node.isSpreadAssignment(el)) {
      return ctx.fail(el, "ObjectLiteral", "a spread '...' in an object literal (write each property)");
    } else return ctx.fail(el, "ObjectLiteral", `a method or accessor in an object literal (declare a class implementing ${decl.getName()})`);
    const p = props.get(name);
    if (!p || !/^[A-Za-z_$][\w$]*$/.test(name)) return ctx.fail(el, "ObjectLiteral", `the property '${name}' in an object literal of '${decl.getName()}'`);
    const pt = substitute(declType(p, ctx), map);
    const e = emitExpr(value, ctx, pt);
    inits.push({ name: ident(name), value: wholeOf(converted(e, pt, value, ctx)) });
  }
  const args = t.args.length ? `<${t.args.map(cs).join(", ")}>` : "";
  const cls = `${literalClassName(ident(t.name.split(".").pop()!))}${args}`;
  const prefix = t.name.includes(".") ? t.name.slice(0, t.name.lastIndexOf(".") + 1) : "";
  return built(X.init(`${prefix}${cls}`, inits), t);
}

/**
 * A class field implementing an interface property becomes a C# property, which must have the
 * interface's exact type (`x: number` for `x?: number` is a `double` where C# wants a `double?`).
 */
export function checkImplementedPropertyType(cls: Node & { getImplements(): any[] }, name: string, mine: CsType, at: Node, ctx: EmitContext): void {
  for (const h of cls.getImplements()) {
    const d = h.getExpression().getSymbol()?.getDeclarations()[0];
    if (!d || !Node.isInterfaceDeclaration(d) || isApiNode(d)) continue;
    const p = properties(d).find((x) => (x as InterfaceDeclaration).getName() === name);
    if (!p || d.getTypeParameters().length) continue;
    const theirs = declType(p, ctx);
    if (cs(theirs) !== cs(mine))
      ctx.fail(at, "UnsupportedSyntax", `the field '${name}' implementing '${d.getName()}.${name}' with another type ('${describe(mine)}' vs '${describe(theirs)}'; C# needs the interface's exact type: declare it '${name}?: ...' when the interface's is optional)`);
  }
}

const storedCache = new WeakMap<EmitContext, Map<Node, boolean>>();

/**
 * An interface property no class of the script implements with a getter: reading it twice has no
 * effect and gives the same value (a field, or a literal's auto-property), so `item.children?.length`
 * may test it and read it again, as a class field can be.
 */
export function isStoredInterfaceProperty(d: Node, ctx: EmitContext): boolean {
  if (!Node.isPropertySignature(d) || isApiNode(d) || d.getSourceFile().isDeclarationFile()) return false;
  const it = d.getParent();
  if (!Node.isInterfaceDeclaration(it)) return false;
  let cache = storedCache.get(ctx);
  if (!cache) storedCache.set(ctx, (cache = new Map()));
  const known = cache.get(d);
  if (known !== undefined) return known;
  const name = d.getName();
  const checker = ctx.project.getTypeChecker().compilerObject as unknown as { isTypeAssignableTo?(a: unknown, b: unknown): boolean };
  const target = it.getType().compilerType;
  let stored = true;
  for (const sf of ctx.project.getSourceFiles()) {
    if (sf.isDeclarationFile() || isApiFile(sf)) continue;
    for (const cls of sf.getClasses()) {
      if (!cls.getGetAccessor(name) && !cls.getSetAccessor(name)) continue;
      // A class TS accepts as the interface (structurally), or any such class when the checker cannot tell.
      if (!checker.isTypeAssignableTo || checker.isTypeAssignableTo(cls.getType().compilerType, target)) stored = false;
    }
  }
  cache.set(d, stored);
  return stored;
}
