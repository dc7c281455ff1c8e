// Which classes derive from which, built once per compilation. ts-morph's getDerivedClasses runs
// find-all-references on the class name for every call (half of the emit time of the mixins);
// here every user class's `extends` is resolved once through the checker and the map is reused by
// every question (virtual/override, redeclared fields, `this` in statics). Same rule as ts-morph:
// a class declaration whose `extends` names the class (an identifier or a property access),
// transitively.
import { Node, ts, type ClassDeclaration } from "ts-morph";
import { wrapIn } from "./raw-nodes.ts";
import { isApiFile } from "./api.ts";
import type { EmitContext } from "./context.ts";

const maps = new WeakMap<EmitContext, Map<ClassDeclaration, ClassDeclaration[]>>();

function immediateMap(ctx: EmitContext): Map<ClassDeclaration, ClassDeclaration[]> {
  let m = maps.get(ctx);
  if (m) return m;
  m = new Map();
  maps.set(ctx, m);
  const checker = ctx.project.getTypeChecker();
  for (const sf of ctx.project.getSourceFiles()) {
    if (sf.isDeclarationFile() || isApiFile(sf)) continue;
    // (TypeScript's own walk finds the classes with an `extends`: only they and their expression are wrapped)
    for (const raw of classesExtending(sf.compilerNode)) {
      const cls = wrapIn(sf, raw) as ClassDeclaration;
      const expr = cls.getExtends()?.getExpression();
      if (!expr || !(Node.isIdentifier(expr) || Node.isPropertyAccessExpression(expr))) continue;
      let sym = checker.getSymbolAtLocation(expr);
      if (sym?.isAlias()) sym = sym.getAliasedSymbol() ?? sym;
      for (const d of sym?.getDeclarations() ?? []) {
        if (!Node.isClassDeclaration(d)) continue;
        const list = m.get(d);
        if (list) list.push(cls);
        else m.set(d, [cls]);
      }
    }
  }
  return m;
}

/** The class declarations (at any depth, as getDescendantsOfKind finds them) that have an `extends` clause. */
function classesExtending(root: ts.Node): ts.ClassDeclaration[] {
  const out: ts.ClassDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isClassDeclaration(n) && n.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(root);
  return out;
}

/** Every class deriving from `cls`, transitively (direct subclasses first), as getDerivedClasses. */
export function derivedClasses(cls: ClassDeclaration, ctx: EmitContext): ClassDeclaration[] {
  const m = immediateMap(ctx);
  const out = [...(m.get(cls) ?? [])];
  for (let i = 0; i < out.length; i++) for (const d of m.get(out[i]!) ?? []) if (d !== cls && !out.includes(d)) out.push(d);
  return out;
}

/** The base class and the interfaces a class or interface declaration names directly. */
function bases(d: Node): Node[] {
  const up: Node[] = [];
  if (Node.isClassDeclaration(d)) {
    const b = d.getBaseClass();
    if (b) up.push(b);
    for (const i of d.getImplements()) up.push(...(i.getExpression().getSymbol()?.getDeclarations() ?? []));
  } else if (Node.isInterfaceDeclaration(d)) up.push(...d.getBaseDeclarations());
  return up;
}

/** `d` is `target` or extends / implements it, through base classes and interfaces. */
export function derivesFrom(d: Node, target: Node, seen = new Set<Node>()): boolean {
  if (d === target) return true;
  if (seen.has(d)) return false;
  seen.add(d);
  return bases(d).some((u) => derivesFrom(u, target, seen));
}

/** `d` (a class or interface) is, extends or implements one named `name` (a C# reference conversion: `IEnumerable<T>` is covariant). */
export function derivesFromNamed(d: Node, name: string, seen = new Set<Node>()): boolean {
  if (seen.has(d)) return false;
  seen.add(d);
  if ((Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d)) && d.getName() === name) return true;
  return bases(d).some((u) => derivesFromNamed(u, name, seen));
}
