// Static initializers: JS runs them when each class (and each top-level variable) is defined, in source
// order; C# runs a nested class's static initializers lazily, on first use of that class. The order is
// visible when an initializer changes state another initializer (or later code) can see (PBTS1055), and
// when it reads state the script changes before the class's first use (PBTS1096, C146): JS read it before
// any other code ran, C# reads it changed.
import { Node, SyntaxKind, ts, type ClassDeclaration, type Type } from "ts-morph";
import { isApiFile, isApiNode } from "./api.ts";
import { declOf } from "./expressions.ts";
import { derivedClasses } from "./hierarchy.ts";
import type { EmitContext } from "./context.ts";
import { perCompile } from "./per-compile.ts";

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

// ---- C146: a static initializer reading state the script changes ----

/** What the script does to a static field or top-level variable elsewhere: assigns it, or changes (or may change) what it holds. */
interface Changes {
  /** An assignment or step of the variable itself. */
  assigned?: Node;
  /** A write into the array, Map, Set or object it holds (`A.xs.push(3)`), or a place it is passed on to, where it may be changed. */
  content?: { at: Node; passedOn: boolean };
}

/** (per compile: a declaration in a file a kept Project keeps may be assigned in a changed one: C171) */
const changesOf = perCompile<Node, Changes>();
/** Declarations whose changes are being found: met again (a recursive function's parameter), taken as possibly changed. */
const pending = new WeakSet<Node>();

/** Built-in methods whose result is a new array (or iterator) of the receiver's elements or of the callback's results. */
const FRESH = new Set(["map", "filter", "slice", "concat", "flat", "flatMap", "toSorted", "toReversed", "keys", "values", "entries"]);

/** The element (or Map value) type of an array, iterator, Map or Set type. */
function elementsOf(t: Type): Type[] {
  const el = t.getArrayElementType();
  return el ? [el] : t.getTypeArguments();
}

/** Can a value of this type be changed in place (an array, Map, Set, object; a type parameter may be one)? */
function holdsObject(t: Type): boolean {
  if (t.isUnion()) return t.getUnionTypes().some(holdsObject);
  return t.isObject() || t.isTypeParameter() || t.isIntersection();
}

/** `A.n` of a static field of a script class, `n` of a top-level variable: its declaration. */
function stateDecl(n: Node): Node | undefined {
  if (Node.isIdentifier(n)) {
    const up = n.getParent();
    if (up && Node.isPropertyAccessExpression(up) && up.getNameNode() === n) return undefined;
    const d = declOf(n);
    return d && !isApiNode(d) && isTopLevelVariable(d) ? d : undefined;
  }
  if (Node.isPropertyAccessExpression(n)) {
    const d = declOf(n.getNameNode());
    return d && !isApiNode(d) && Node.isPropertyDeclaration(d) && d.isStatic() ? d : undefined;
  }
  return undefined;
}

function assigns(e: Node): boolean {
  const up = e.getParent();
  if (!up) return false;
  if (Node.isBinaryExpression(up)) {
    const k = up.getOperatorToken().getKind();
    return up.getLeft() === e && k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment;
  }
  if (Node.isPrefixUnaryExpression(up) || Node.isPostfixUnaryExpression(up)) return up.getOperatorToken() === SyntaxKind.PlusPlusToken || up.getOperatorToken() === SyntaxKind.MinusMinusToken;
  return false;
}

/**
 * The identifiers of the script's files that name `decl` (the checker's symbols: the language service's
 * findReferences may answer from an earlier compile's text of a file path written again).
 */
function referencesOf(decl: Node, name: string): Node[] {
  const project = decl.getProject();
  const checker = project.getTypeChecker().compilerObject;
  const target = decl.compilerNode;
  const out: Node[] = [];
  // (a parameter is named only in its function: its file alone is read)
  const files = Node.isParameterDeclaration(decl) ? [decl.getSourceFile()] : project.getSourceFiles();
  for (const sf of files) {
    if (sf.isDeclarationFile() || isApiFile(sf) || !sf.getFullText().includes(name)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text === name) {
        let sym = ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? checker.getShorthandAssignmentValueSymbol(n.parent) : checker.getSymbolAtLocation(n);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
        if ((sym?.valueDeclaration ?? sym?.declarations?.[0]) === target) out.push(sf.getDescendantAtPos(n.getStart())!);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf.compilerNode);
  }
  return out;
}

/**
 * Where the script assigns `decl` (a static field, a top-level or local variable) or changes what it holds, found
 * through its references; a `const ys = A.xs` (or a field initialized so) is followed as the same object.
 */
function changes(decl: Node, ctx: EmitContext): Changes {
  let c = changesOf.get(decl);
  if (c) return c;
  if (pending.has(decl)) return { content: { at: decl, passedOn: true } };
  pending.add(decl);
  c = findChanges(decl, ctx);
  pending.delete(decl);
  changesOf.set(decl, c);
  return c;
}

/**
 * What a value reaching `d` (a variable, a parameter) undergoes there: `{}` when nothing changes it. A declaration that
 * cannot be followed (no name, a binding pattern) may change it.
 */
function through(d: Node | undefined, at: Node, ctx: EmitContext): Changes["content"] {
  const name = d && (d as any).getNameNode?.();
  // `for (const [k, v] of A.m.entries())`, `({ a }) => ...`: each name the pattern binds to an object is followed
  if (name && (Node.isArrayBindingPattern(name) || Node.isObjectBindingPattern(name))) {
    for (const el of name.getDescendantsOfKind(SyntaxKind.BindingElement)) {
      if (!Node.isIdentifier(el.getNameNode()) || !holdsObject(el.getType())) continue;
      const ch = through(el, at, ctx);
      if (ch) return ch;
    }
    return undefined;
  }
  if (!d || !name || !Node.isIdentifier(name)) return { at, passedOn: true };
  const a = changes(d, ctx);
  return a.content ?? (a.assigned ? { at, passedOn: true } : undefined);
}

/**
 * A change made through the callbacks of a call on the held value (`A.items.forEach((i) => { i.w = 0; })`, `xs.map(reset)`):
 * each object a callback is given (an element, a Map's value or key) is followed through its parameter.
 */
function callbackChange(call: Node & { getArguments(): Node[] }, ctx: EmitContext): Changes["content"] {
  for (const a of call.getArguments()) {
    let fn: Node | undefined = a;
    if (Node.isIdentifier(a) || Node.isPropertyAccessExpression(a)) {
      fn = declOf(Node.isPropertyAccessExpression(a) ? a.getNameNode() : a);
      if (fn && Node.isVariableDeclaration(fn)) fn = fn.getInitializer();
      // (a delegate held elsewhere, a built-in: what it does with an object is not seen)
      if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getSourceFile().isDeclarationFile() || overridden(fn, ctx)) {
        if (a.getType().getCallSignatures().length) return { at: call, passedOn: true };
        continue;
      }
    }
    if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn))) continue;
    for (const p of fn.getParameters()) {
      if (!holdsObject(p.getType())) continue;
      const ch = through(p, call, ctx);
      if (ch) return ch;
    }
  }
  return undefined;
}

/** A method a subclass overrides: a call may run the override, which is not the declaration followed. */
function overridden(d: Node, ctx: EmitContext): boolean {
  if (!Node.isMethodDeclaration(d) || d.isStatic()) return false;
  const cls = d.getParent();
  return Node.isClassDeclaration(cls) && derivedClasses(cls, ctx).some((sub) => !!sub.getMethod(d.getName()));
}

/** A script function, method or constructor's parameter an argument at `index` of `call` is bound to, if it has one. */
function parameterOf(call: Node, index: number, ctx: EmitContext): Node | undefined {
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) return undefined;
  const callee = call.getExpression();
  let d: Node | undefined = declOf(Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee);
  if (d && Node.isClassDeclaration(d)) d = d.getConstructors().find((k) => k.getBody());
  if (!d || isApiNode(d) || d.getSourceFile().isDeclarationFile()) return undefined;
  if (!(Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isConstructorDeclaration(d)) || !d.getBody()) return undefined;
  if (overridden(d, ctx)) return undefined;
  const p = d.getParameters()[index];
  return p && !p.isRestParameter() ? p : undefined;
}

function findChanges(decl: Node, ctx: EmitContext): Changes {
  const c: Changes = {};
  const name = (decl as any).getNameNode?.();
  if (!name || !Node.isIdentifier(name)) return c;
  for (const r of referencesOf(decl, name.getText())) {
    if (c.assigned && c.content) break;
    if (r === name) continue;
    const up = r.getParent();
    let e: Node = up && Node.isPropertyAccessExpression(up) && up.getNameNode() === r ? up : r;
    if (assigns(e)) {
      c.assigned ??= e.getParent();
      continue;
    }
    // Down the chain of what it holds: `A.xs[0] = v`, `A.m.get(k)!.push(v)`, `A.cfg.setScale(2)` change it.
    for (;;) {
      const p = e.getParent();
      if (!p) break;
      if (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p) || Node.isAsExpression(p)) {
        e = p;
        continue;
      }
      if ((Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === e) {
        const call = p.getParent();
        if (Node.isPropertyAccessExpression(p) && call && Node.isCallExpression(call) && call.getExpression() === p) {
          const m = declOf(p.getNameNode());
          const scriptMethod = !!m && !isApiNode(m) && !m.getSourceFile().isDeclarationFile() && Node.isMethodDeclaration(m) && !m.isStatic();
          if (MUTATORS.has(p.getName()) || p.getName() === "fill" || scriptMethod) {
            c.content ??= { at: call, passedOn: false };
            break;
          }
          const cb = callbackChange(call, ctx);
          if (cb) {
            c.content ??= cb;
            break;
          }
          // `A.xs.map(f)`, `A.xs.slice()`: a new array; of numbers or strings, nothing in it is A.xs's
          if (FRESH.has(p.getName()) && !elementsOf(call.getType()).some(holdsObject)) break;
          e = call;
        } else e = p;
        if (assigns(e)) {
          c.content ??= { at: e.getParent()!, passedOn: false };
          break;
        }
        continue;
      }
      // The end of the chain: an object it holds (or itself) going elsewhere may be changed there: followed into a
      // variable or field it initializes, a loop variable, a script function's parameter; elsewhere taken as changed.
      if (!holdsObject(e.getType()) || consumedInPlace(e, p)) break;
      let to: Node | undefined;
      if ((Node.isVariableDeclaration(p) || Node.isPropertyDeclaration(p)) && p.getInitializer() === e) to = p;
      else if (Node.isForOfStatement(p) && p.getExpression() === e) {
        const list = p.getInitializer();
        to = Node.isVariableDeclarationList(list) ? list.getDeclarations()[0] : undefined;
      } else if ((Node.isCallExpression(p) || Node.isNewExpression(p)) && p.getArguments().includes(e)) to = parameterOf(p, p.getArguments().indexOf(e), ctx);
      const ch = through(to, p, ctx);
      if (ch) c.content ??= ch;
      break;
    }
  }
  return c;
}

/** A use of an object that keeps no reference to it: a statement, a comparison, a test, iteration over primitives. */
function consumedInPlace(e: Node, p: Node): boolean {
  if (Node.isExpressionStatement(p) || Node.isTypeOfExpression(p)) return true;
  if (Node.isBinaryExpression(p)) {
    const k = p.getOperatorToken().getKind();
    return k === SyntaxKind.EqualsEqualsEqualsToken || k === SyntaxKind.ExclamationEqualsEqualsToken || k === SyntaxKind.EqualsEqualsToken || k === SyntaxKind.ExclamationEqualsToken || k === SyntaxKind.InstanceOfKeyword;
  }
  if ((Node.isIfStatement(p) || Node.isWhileStatement(p)) && p.getExpression() === e) return true;
  if (Node.isConditionalExpression(p) && p.getCondition() === e) return true;
  // (copies: `Array.from(xs)`, `new Set(xs)`, `new Map(entries)`, which hold its elements, not it)
  const copy = (Node.isCallExpression(p) && p.getExpression().getText() === "Array.from") || (Node.isNewExpression(p) && ["Set", "Map", "Array"].includes(p.getExpression().getText()));
  if (Node.isForOfStatement(p) || Node.isSpreadElement(p) || (copy && (p as any).getArguments()[0] === e)) {
    const elem = e.getType().getArrayElementType() ?? e.getType().getTypeArguments()[0];
    return !!elem && !holdsObject(elem);
  }
  return false;
}

/**
 * The first read, in a static initializer of `cls` (and the script code it calls), of a static field of another class
 * or a top-level variable that the script assigns, or of what it holds where the script changes that: JS ran the
 * initializer when the class was defined, before any other code; C# runs it on the class's first use, which may come
 * after the change. The class's own statics are safe: any access to them runs its initializers first in C# too.
 */
export function changedStateRead(init: Node, cls: ClassDeclaration, ctx: EmitContext): { read: Node; change: string } | undefined {
  const seen = new Set<Node>();
  let found: { read: Node; change: string } | undefined;
  const follow = (d: Node | undefined) => {
    if (found || !d || isApiNode(d) || seen.has(d) || d.getSourceFile().isDeclarationFile()) return;
    seen.add(d);
    if ((Node.isFunctionDeclaration(d) || Node.isMethodDeclaration(d) || Node.isGetAccessorDeclaration(d) || Node.isConstructorDeclaration(d)) && d.getBody()) visit(d.getBody()!);
    else if (Node.isClassDeclaration(d)) {
      for (let c: Node | undefined = d; c && Node.isClassDeclaration(c) && !isApiNode(c); c = c.getBaseClass()) {
        for (const ctor of c.getConstructors()) follow(ctor);
        for (const p of c.getProperties()) if (!p.isStatic() && p.getInitializer()) visit(p.getInitializer()!);
      }
    } else if (Node.isVariableDeclaration(d) && d.getInitializer() && Node.isArrowFunction(d.getInitializer())) visit((d.getInitializer() as any).getBody());
  };
  const visit = (n: Node): void => {
    if (found) return;
    // A lambda written here runs only when called, which this does not follow.
    if (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isTypeNode(n)) return;
    const d = stateDecl(n);
    if (d && d.getParent() !== cls) {
      const c = changes(d, ctx);
      let e = n;
      let p = n.getParent();
      while (p && (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p) || Node.isAsExpression(p))) p = (e = p).getParent();
      const through = !!p && (((Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === e) || Node.isForOfStatement(p) || Node.isSpreadElement(p));
      const short = (x: Node) => x.getText().replace(/\s+/g, " ").slice(0, 40);
      const change = c.assigned ? `'${short(c.assigned)}'` : through && c.content ? (c.content.passedOn ? `it is passed on at '${short(c.content.at)}', where it may be changed` : `'${short(c.content.at)}'`) : undefined;
      if (change) {
        found = { read: n, change };
        return;
      }
    }
    if (Node.isCallExpression(n)) {
      const callee = n.getExpression();
      follow(declOf(Node.isPropertyAccessExpression(callee) ? callee.getNameNode() : callee));
    } else if (Node.isNewExpression(n)) follow(declOf(n.getExpression()));
    else if (Node.isPropertyAccessExpression(n)) {
      const g = declOf(n.getNameNode());
      if (g && Node.isGetAccessorDeclaration(g)) follow(g);
    }
    n.forEachChild(visit);
  };
  visit(init);
  return found;
}
