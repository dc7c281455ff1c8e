// Casts after `instanceof` narrowing. TS narrows structurally, C# casts nominally:
// `b instanceof IMyCargoContainer || b instanceof IMyShipConnector` gives `b` the type IMyCargoContainer
// alone (IMyCargoContainer declares no member of its own, so TS's subtype reduction drops the
// connector), and a C# cast `(IMyCargoContainer)b` would throw for a connector where Node carries on.
// Two script classes with the same members reduce the same way. So: no cast when the member read is
// the declared type's own (C# finds it there), and a cast to T only when no `||` of instanceof tests
// on the same variable in the function mixes T with a type that is not a T.
import { Node, SyntaxKind, type Type } from "ts-morph";
import type { EmitContext } from "./context.ts";

type Named = Node & { getName(): string | undefined };

/** Whether `n` (an identifier narrowed by TS to `nt`, declared as another type) needs no cast: it is the receiver of a member the declared type has. */
export function memberOnDeclaredType(n: Node, nt: Type): boolean {
  const p = n.getParent();
  if (!p || !Node.isPropertyAccessExpression(p) || p.getExpression() !== n) return false;
  const decl = n.getSymbol()?.getValueDeclaration();
  if (!decl) return false;
  const name = p.getName();
  // (a declared `T | null` has T's members: TS narrowed the null away before any member read)
  const onDeclared = decl.getType().getNonNullableType().getProperty(name)?.getDeclarations()[0];
  if (onDeclared === undefined) return false;
  const parts = nt.isUnion() ? nt.getUnionTypes() : [nt];
  return parts.every((t) => t.getProperty(name)?.getDeclarations()[0] === onDeclared);
}

/** The class or interface among declarations (a type value's symbol also has its const). */
function classOrInterface(decls: Node[]): Named | undefined {
  return decls.find((d) => Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d)) as Named | undefined;
}

/** The class or interface declaration of a type, if it has one. */
function declOfType(t: Type | undefined): Named | undefined {
  return classOrInterface(t?.getSymbol()?.getDeclarations() ?? []);
}

/**
 * A value TS narrowed to a union of classes/interfaces (`x instanceof B || x instanceof C`) is its
 * declared type in C#: fine as a receiver of the declared type's members and where the declared type
 * is accepted nominally; anywhere else (a member only B and C have, an argument of type B) C# has no
 * type for it, so reject (PBTS1082) rather than emit invalid C#.
 */
export function checkUnionNarrowing(n: Node, nt: Type, ctx: EmitContext): void {
  const named = nt.getUnionTypes().map(declOfType);
  const declared = declOfType(n.getSymbol()?.getValueDeclaration()?.getType());
  if (!declared || named.length < 2 || named.some((d) => d === undefined)) return;
  const [first, second] = named as Named[];
  const fail = (want: Named) => ctx.fail(n, "AmbiguousNarrowing", n.getText(), want.getName() ?? "?", (want === first ? second : first).getName() ?? "?");
  const p = n.getParent();
  if (p && Node.isPropertyAccessExpression(p) && p.getExpression() === n) {
    if (!memberOnDeclaredType(n, nt)) fail(first);
    return;
  }
  if (!Node.isExpression(n)) return;
  const want = declOfType(n.getContextualType());
  if (want && !nominallyIs(declared, want)) fail(want);
}

/** The class or interface declaration a type value (`IMyTextPanel`, a script class) names. */
function typeDeclOf(e: Node): Named | undefined {
  const sym = e.getSymbol();
  return classOrInterface([...(sym?.getDeclarations() ?? []), ...(sym?.getAliasedSymbol()?.getDeclarations() ?? [])]);
}

/** Whether `sub` is `target` or declares it as a base (classes: extends chain; interfaces: extends, transitively). */
function nominallyIs(sub: Node, target: Node): boolean {
  const seen = new Set<Node>();
  const todo: Node[] = [sub];
  while (todo.length > 0) {
    const d = todo.pop()!;
    if (d === target) return true;
    if (seen.has(d)) continue;
    seen.add(d);
    if (Node.isClassDeclaration(d)) {
      const b = d.getBaseClass();
      if (b) todo.push(b);
      for (const i of d.getImplements()) todo.push(...(i.getType().getSymbol()?.getDeclarations() ?? []));
    } else if (Node.isInterfaceDeclaration(d)) todo.push(...d.getBaseDeclarations());
  }
  return false;
}

/** The disjuncts of an `a || b || c` chain (parentheses looked through). */
function disjuncts(e: Node): Node[] {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  if (Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SyntaxKind.BarBarToken) return [...disjuncts(e.getLeft()), ...disjuncts(e.getRight())];
  return [e];
}

/**
 * Reject (PBTS1082) a cast of `n` to `target` when some `||` of instanceof tests on the same variable
 * in the enclosing function names `target` and a type that is not a `target`: TS may have merged the
 * two into `target`, and the C# cast would throw for the other one.
 */
export function checkNarrowingCast(n: Node, target: Node, ctx: EmitContext): void {
  const sym = n.getSymbol()?.compilerSymbol;
  if (!sym) return;
  const fn = n.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isArrowFunction(a) || Node.isFunctionExpression(a)) ?? n.getSourceFile();
  for (const or of fn.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    if (or.getOperatorToken().getKind() !== SyntaxKind.BarBarToken) continue;
    const parent = or.getParent();
    if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.BarBarToken) continue; // the chain's top only
    const tested: Named[] = [];
    for (const d of disjuncts(or)) {
      let t = d;
      while (Node.isParenthesizedExpression(t)) t = t.getExpression();
      if (!Node.isBinaryExpression(t) || t.getOperatorToken().getKind() !== SyntaxKind.InstanceOfKeyword) continue;
      if (t.getLeft().getSymbol()?.compilerSymbol !== sym) continue;
      const decl = typeDeclOf(t.getRight());
      if (decl) tested.push(decl);
    }
    if (!tested.includes(target as Named)) continue;
    const other = tested.find((d) => !nominallyIs(d, target));
    if (other) ctx.fail(n, "AmbiguousNarrowing", n.getText(), (target as Named).getName() ?? "?", other.getName() ?? "?");
  }
}

/**
 * After `b instanceof IMyTextSurfaceProvider` on an IMyTerminalBlock, TS types `b` as the intersection
 * `IMyTerminalBlock & IMyTextSurfaceProvider` (neither extends the other); C# still sees the declared
 * type. The API interface to cast to: the part that declares the member read (`b.SurfaceCount`), or
 * the part the context wants (`f(b)` with `f(p: IMyTextSurfaceProvider)`); undefined when the declared
 * type serves (`b.CustomName`) or when no single part fits.
 */
export function intersectionCastTarget(n: Node, nt: Type, isApi: (d: Node) => boolean): Type | undefined {
  const declared = declOfType(n.getSymbol()?.getValueDeclaration()?.getType());
  const parts = nt.getIntersectionTypes().filter((t) => {
    const d = declOfType(t);
    return d !== undefined && Node.isInterfaceDeclaration(d) && isApi(d) && d !== declared;
  });
  const p = n.getParent();
  if (p && Node.isPropertyAccessExpression(p) && p.getExpression() === n) {
    if (declared?.getType().getProperty(p.getName())) return undefined;
    const having = parts.filter((t) => t.getProperty(p.getName()) !== undefined);
    return having.length === 1 ? having[0] : undefined;
  }
  if (!Node.isExpression(n)) return undefined;
  const want = declOfType(n.getContextualType());
  if (!want || (declared && nominallyIs(declared, want))) return undefined;
  const fits = parts.filter((t) => nominallyIs(declOfType(t)!, want));
  return fits.length === 1 ? fits[0] : undefined;
}
