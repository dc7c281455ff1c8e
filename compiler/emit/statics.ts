// Static initializers: JS runs them when each class (and each top-level variable) is defined, in source
// order; C# runs a nested class's static initializers lazily, on first use of that class. The order is
// only visible when an initializer changes state another initializer (or later code) can see, which is
// rejected (PBTS1055). Reads alone give the same values in both orders.
import { Node, SyntaxKind, type ClassDeclaration } from "ts-morph";
import { isApiNode } from "./api.ts";
import { declOf } from "./expressions.ts";

/** Built-in methods that change their receiver (arrays, Maps, Sets). */
const MUTATORS = new Set(["push", "pop", "shift", "unshift", "splice", "sort", "reverse", "set", "delete", "add", "clear"]);

function isStaticDecl(d: Node): boolean {
  return (Node.isPropertyDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d) || Node.isMethodDeclaration(d)) && d.isStatic();
}

function isTopLevelVariable(d: Node): boolean {
  return Node.isVariableDeclaration(d) && Node.isSourceFile(d.getVariableStatement()?.getParent());
}

/** Does writing through `target` change state shared beyond one object under construction? */
function isModuleState(target: Node): boolean {
  while (Node.isParenthesizedExpression(target) || Node.isNonNullExpression(target)) target = target.getExpression();
  if (Node.isIdentifier(target)) {
    const d = declOf(target);
    return !!d && isTopLevelVariable(d);
  }
  if (Node.isPropertyAccessExpression(target)) {
    const d = declOf(target.getNameNode());
    if (d && !isApiNode(d) && isStaticDecl(d)) return true;
    return isModuleState(target.getExpression());
  }
  if (Node.isElementAccessExpression(target)) return isModuleState(target.getExpression());
  return false;
}

/** The first write to module state that evaluating `root` can do (following calls into script code), or undefined. */
export function moduleStateWrite(root: Node, seen = new Set<Node>()): Node | undefined {
  if (seen.has(root)) return undefined;
  seen.add(root);
  let found: Node | undefined;
  const follow = (d: Node | undefined) => {
    if (found || !d || isApiNode(d) || d.getSourceFile().isDeclarationFile()) return;
    if ((Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isSetAccessorDeclaration(d) || Node.isConstructorDeclaration(d)) && d.getBody())
      found = moduleStateWrite(d.getBody()!, seen);
    else if (Node.isClassDeclaration(d)) {
      // `new C()`: its constructor, field initializers and base classes run.
      for (let c: Node | undefined = d; c && Node.isClassDeclaration(c) && !isApiNode(c) && !found; c = c.getBaseClass()) {
        for (const ctor of c.getConstructors()) follow(ctor);
        for (const p of c.getProperties()) if (!p.isStatic() && p.getInitializer() && !found) found = moduleStateWrite(p.getInitializer()!, seen);
      }
    } else if (Node.isVariableDeclaration(d) && d.getInitializer() && Node.isArrowFunction(d.getInitializer())) found = moduleStateWrite(d.getInitializer()!, seen);
  };
  const visit = (n: Node) => {
    if (found) return;
    if (Node.isBinaryExpression(n)) {
      const k = n.getOperatorToken().getKind();
      if (k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment && isModuleState(n.getLeft())) found = n;
    } else if (Node.isPrefixUnaryExpression(n) || Node.isPostfixUnaryExpression(n)) {
      const op = n.getOperatorToken();
      if ((op === SyntaxKind.PlusPlusToken || op === SyntaxKind.MinusMinusToken) && isModuleState(n.getOperand())) found = n;
    } else if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      if (Node.isPropertyAccessExpression(callee) && MUTATORS.has(callee.getName()) && isModuleState(callee.getExpression())) found = n;
      else follow(declOf(Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee));
    } else if (Node.isNewExpression(n)) follow(declOf(n.getExpression()));
    else if (Node.isPropertyAccessExpression(n)) {
      const d = declOf(n.getNameNode());
      if (d && Node.isGetAccessorDeclaration(d)) follow(d);
    }
    if (!found) n.forEachChild(visit);
  };
  visit(root);
  return found;
}

/**
 * The first read, in code that evaluating `root` calls, of a top-level variable or class of the same
 * file declared at or after `from`: JS has not initialized it yet (its temporal dead zone: a
 * ReferenceError), while C# reads the field (already set, or its default). TypeScript reports such
 * reads written in the initializer itself (TS2448/TS2449); only reads through calls reach here.
 */
export function deadZoneRead(root: Node, from: number, seen = new Set<Node>()): Node | undefined {
  if (seen.has(root)) return undefined;
  seen.add(root);
  const file = root.getSourceFile();
  let found: Node | undefined;
  const follow = (d: Node | undefined) => {
    if (found || !d || isApiNode(d) || d.getSourceFile() !== file) return;
    if ((Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isConstructorDeclaration(d)) && d.getBody())
      found = deadZoneRead(d.getBody()!, from, seen);
    else if (Node.isClassDeclaration(d)) {
      for (const ctor of d.getConstructors()) follow(ctor);
      for (const p of d.getProperties()) if (!p.isStatic() && p.getInitializer() && !found) found = deadZoneRead(p.getInitializer()!, from, seen);
    }
  };
  const visit = (n: Node) => {
    if (found) return;
    // A lambda written here runs only when called, which this does not follow.
    if (Node.isArrowFunction(n) || Node.isFunctionExpression(n)) return;
    if (Node.isTypeNode(n)) return;
    if (Node.isIdentifier(n)) {
      const d = declOf(n);
      if (d && d.getSourceFile() === file && d.getStart() >= from && (isTopLevelVariable(d) || (Node.isClassDeclaration(d) && Node.isSourceFile(d.getParent())))) found = n;
    } else if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      follow(declOf(Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee));
    } else if (Node.isNewExpression(n)) follow(declOf(n.getExpression()));
    else if (Node.isPropertyAccessExpression(n)) {
      const d = declOf(n.getNameNode());
      if (d && Node.isGetAccessorDeclaration(d)) follow(d);
    }
    if (!found) n.forEachChild(visit);
  };
  visit(root);
  return found;
}

/** A class's fields, read once per class (not once per field: that was quadratic in ts-morph calls). */
const classFields = new WeakMap<ClassDeclaration, { props: { node: Node; isStatic: boolean; start: number; hasInit: boolean }[]; paramProps: Node[] }>();
function fieldsOf(cls: ClassDeclaration) {
  let f = classFields.get(cls);
  if (!f) {
    const props = cls.getProperties().map((p) => ({ node: p as Node, isStatic: p.isStatic(), start: p.getStart(), hasInit: !!p.getInitializer() }));
    const paramProps = (cls.getConstructors()[0]?.getParameters() ?? []).filter((p) => p.isParameterProperty());
    classFields.set(cls, (f = { props, paramProps }));
  }
  return f;
}

/**
 * The first read, in code that the initializer of field `field` calls, of a field of its class that
 * is not initialized yet: JS initializes fields in declaration order (parameter properties after
 * them, a field without initializer to undefined) and a read before that gives undefined, while C#
 * reads the field's default (or a constant). TypeScript reports such reads written in the
 * initializer itself (TS2729); only reads through calls (`this.f()`, `A.f()`, getters) reach here.
 * Instance fields count only when read through `this` from methods called on `this`.
 */
export function fieldReadBeforeInit(field: Node): Node | undefined {
  if (!Node.isPropertyDeclaration(field)) return undefined;
  const init = field.getInitializer();
  const cls = field.getParent();
  if (!init || !Node.isClassDeclaration(cls) || Node.isArrowFunction(init) || Node.isFunctionExpression(init)) return undefined;
  const st = field.isStatic();
  const pending = new Set<Node>();
  const { props, paramProps } = fieldsOf(cls);
  const start = field.getStart();
  for (const p of props) {
    if (p.isStatic !== st || p.node === field) continue;
    if (p.start > start || (!st && !p.hasInit)) pending.add(p.node);
  }
  if (!st) for (const p of paramProps) pending.add(p);
  if (!pending.size) return undefined;
  const seen = new Set<Node>();
  let found: Node | undefined;
  const isThis = (e: Node) => e.getKind() === SyntaxKind.ThisKeyword;
  const follow = (d: Node | undefined) => {
    if (found || !d || isApiNode(d) || seen.has(d) || d.getSourceFile().isDeclarationFile()) return;
    seen.add(d);
    if ((Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d)) && d.getBody()) visit(d.getBody()!);
  };
  const visit = (n: Node): void => {
    if (found) return;
    // A lambda written here runs only when called, which this does not follow.
    if (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isTypeNode(n)) return;
    if (Node.isPropertyAccessExpression(n)) {
      const d = declOf(n.getNameNode());
      const viaThis = isThis(n.getExpression());
      const up = n.getParent();
      // A plain write (`this.b = 5`) reads nothing: JS sets the field (a later initializer resets it, as in C#).
      const written = !!up && Node.isBinaryExpression(up) && up.getLeft() === n && up.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
      if (d && pending.has(d) && (st || viaThis) && !written) found = n;
      else if (d && Node.isGetAccessorDeclaration(d) && (st ? d.isStatic() : viaThis)) follow(d);
    } else if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      if (Node.isPropertyAccessExpression(callee)) {
        const d = declOf(callee.getNameNode());
        // Instance fields: only methods called on the object under construction read its fields.
        if (st || isThis(callee.getExpression()) || (d && Node.isMethodDeclaration(d) && d.isStatic())) follow(d);
      } else follow(declOf(callee));
    }
    if (!found) n.forEachChild(visit);
  };
  visit(init);
  return found;
}
