// TypeScript's own nodes, types and symbols for the emitter's hot paths. ts-morph wraps every node,
// type and symbol it hands out (and `getDescendantsOfKind` scans every token of a subtree): where the
// emitter only compares declarations or tests flags over many nodes, these answer the same questions
// without wrapping, and only the nodes the emitter keeps are wrapped.
import { ts, type Node } from "ts-morph";
import type { EmitContext } from "./context.ts";

/** The program's checker (the one compile.ts keeps answers of). */
export function rawChecker(ctx: EmitContext): ts.TypeChecker {
  return ctx.project.getTypeChecker().compilerObject;
}

/** expressions.ts declOf on TypeScript's nodes: the same declaration, as a ts.Node. */
export function rawDeclOf(node: ts.Node, checker: ts.TypeChecker): ts.Node | undefined {
  const parent = node.parent;
  // `{ name }` in an object literal: the value's symbol, not the property's.
  let sym = parent && ts.isShorthandPropertyAssignment(parent) && parent.name === node ? checker.getShorthandAssignmentValueSymbol(parent) : symbolOf(node, checker);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
  return sym?.valueDeclaration ?? sym?.declarations?.[0];
}

/** ts-morph's Node.getSymbol: the bound symbol, the checker's, or its name's. */
function symbolOf(node: ts.Node, checker: ts.TypeChecker): ts.Symbol | undefined {
  const bound = (node as ts.Node & { symbol?: ts.Symbol }).symbol;
  if (bound) return bound;
  const sym = checker.getSymbolAtLocation(node);
  if (sym) return sym;
  const name = (node as ts.Node & { name?: ts.Node }).name;
  return name ? symbolOf(name, checker) : undefined;
}

/** The identifiers under `node` spelled as `name` is, in the order ts-morph's getDescendantsOfKind gives them
 * (a node before its descendants, JSDoc before the code). */
export function identifiersSpelled(node: ts.Node, name: ts.Identifier, sf: ts.SourceFile): ts.Identifier[] {
  const [cooked, text] = [name.text, name.getText(sf)];
  const out: ts.Identifier[] = [];
  const inside = (n: ts.Node): void => {
    for (const doc of (n as ts.Node & { jsDoc?: ts.Node[] }).jsDoc ?? []) visit(doc);
    ts.forEachChild(n, visit);
  };
  const visit = (n: ts.Node): void => {
    // (an identifier spelled the same has the same name: the cheap test first)
    if (ts.isIdentifier(n) && n.text === cooked && n.getText(sf) === text) out.push(n);
    inside(n);
  };
  inside(node);
  return out;
}

/** The ts-morph node of one of TypeScript's nodes of `anchor`'s file (ts-morph's own lookup, which wraps a node once). */
export function wrapIn(anchor: Node, n: ts.Node): Node {
  return (anchor as unknown as { _getNodeFromCompilerNode(c: ts.Node): Node })._getNodeFromCompilerNode(n);
}

const overloadsByClass = new WeakMap<ts.Node, Map<string, ts.MethodDeclaration[]>>();

/**
 * ts-morph's getOverloads of a class's method, on TypeScript's nodes: the methods of the same name
 * and staticness without a body, in the order written. (ts-morph reads every member's name text for
 * each method: quadratic in the members.) One map per class node (a changed file has new nodes).
 */
export function methodOverloads(m: ts.MethodDeclaration): ts.MethodDeclaration[] {
  const cls = m.parent;
  let byKey = overloadsByClass.get(cls);
  if (!byKey) {
    byKey = new Map();
    const sf = cls.getSourceFile();
    for (const n of (cls as ts.ClassLikeDeclaration).members ?? []) {
      if (!ts.isMethodDeclaration(n) || n.body) continue;
      const key = `${isStatic(n)} ${n.name.getText(sf)}`;
      const list = byKey.get(key);
      if (list) list.push(n);
      else byKey.set(key, [n]);
    }
    overloadsByClass.set(cls, byKey);
  }
  return byKey.get(`${isStatic(m)} ${m.name.getText(m.getSourceFile())}`) ?? [];
}

function isStatic(n: ts.Node): boolean {
  return !!ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword);
}
