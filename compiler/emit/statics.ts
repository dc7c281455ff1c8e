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

/**
 * How far into what a variable holds a change reaches: its size (an array's length, a Map's or Set's size; an element
 * written at an index may grow the array), its own elements or fields without the size (`sort`, `reverse`, `fill`,
 * `o.f = v`), or only objects it holds (`A.items[0].w = 5`). A read of `.length` or `.size` sees only the first (C180).
 */
type Level = "size" | "slots" | "inner";
const LEVELS: Level[] = ["size", "slots", "inner"];
interface Change {
  at: Node;
  /** Passed on to where it is not seen (it may be changed there). */
  passedOn: boolean;
}
/** What the script does to a static field or top-level variable elsewhere: assigns it, or changes (or may change) what it holds. */
interface Changes {
  /** An assignment or step of the variable itself. */
  assigned?: Node;
  size?: Change;
  slots?: Change;
  inner?: Change;
}

/**
 * What a value met along a chain is, to the variable followed: the object it holds (`A.xs`, an alias), a new array of
 * its elements (`A.xs.slice()`, `[...A.xs]`, `Array.from(A.xs)`: a change to the copy itself is no change to A.xs, one to
 * an element is), or an object it holds (`A.xs[0]`, `A.m.get(k)`, a loop variable).
 */
type Mode = "self" | "copy" | "inner";
function record(c: Changes, mode: Mode, level: Level, ch: Change): void {
  const at: Level | undefined = mode === "self" ? level : mode === "inner" || level === "inner" ? "inner" : undefined;
  if (at) c[at] ??= ch;
}
/** A change of what is passed on to where it is not seen: any, as far as the value reaches. */
function recordPassedOn(c: Changes, mode: Mode, at: Node): void {
  record(c, mode, "size", { at, passedOn: true });
  record(c, mode, "inner", { at, passedOn: true });
}

/** (per compile: a declaration in a file a kept Project keeps may be assigned in a changed one: C171) */
const changesOf = perCompile<Node, Changes>();
/** Declarations whose changes are being found: met again (a recursive function's parameter), taken as possibly changed. */
const pending = new WeakSet<Node>();

/** Built-in methods whose result is a new array (or iterator) of the receiver's elements or of the callback's results. */
const FRESH = new Set(["map", "filter", "slice", "concat", "flat", "flatMap", "toSorted", "toReversed", "keys", "values", "entries"]);
/** Methods of the game's API that only read the object they are called on (any other may change it: C179). */
const API_READS = /^(ToString|Equals|GetHashCode|CompareTo|Length|LengthSquared|Dot|Distance|DistanceSquared|(Get|TryGet|Contains|Has|Is)[A-Z]?\w*)$/;
/** Built-in mutators that keep the size. */
const KEEP_SIZE = new Set(["sort", "reverse", "fill"]);

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
    // (not lib.d.ts's `declare var Map`)
    return d && !isApiNode(d) && !d.getSourceFile().isDeclarationFile() && isTopLevelVariable(d) ? d : undefined;
  }
  if (Node.isPropertyAccessExpression(n)) {
    const d = declOf(n.getNameNode());
    return d && !isApiNode(d) && !d.getSourceFile().isDeclarationFile() && Node.isPropertyDeclaration(d) && d.isStatic() ? d : undefined;
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
  // (but a parameter property, `constructor(public list: Item[])`, is a field read anywhere)
  const files = Node.isParameterDeclaration(decl) && !decl.isParameterProperty() ? [decl.getSourceFile()] : project.getSourceFiles();
  for (const sf of files) {
    if (sf.isDeclarationFile() || isApiFile(sf) || !sf.getFullText().includes(name)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && n.text === name) {
        let sym = ts.isShorthandPropertyAssignment(n.parent) && n.parent.name === n ? checker.getShorthandAssignmentValueSymbol(n.parent) : checker.getSymbolAtLocation(n);
        if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
        // (any of its declarations: a getter declared after its setter is not the symbol's value declaration)
        if (sym?.declarations?.some((x) => x === target)) out.push(sf.getDescendantAtPos(n.getStart())!);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf.compilerNode);
  }
  return out;
}

/** `changes` or `resultChanges` kept per compile, with a declaration met again while its own are found taken as changed. */
function cached(key: Node, find: () => Changes): Changes {
  let c = changesOf.get(key);
  if (c) return c;
  if (pending.has(key)) return { size: { at: key, passedOn: true }, inner: { at: key, passedOn: true } };
  pending.add(key);
  // (finally: a compile that stops inside must not leave the key pending for the next one, `--watch`)
  try {
    c = find();
  } finally {
    pending.delete(key);
  }
  changesOf.set(key, c);
  return c;
}

/**
 * Where the script assigns `decl` (a static field, a top-level or local variable, a parameter) or changes what it holds,
 * found through its references; a `const ys = A.xs` (or a field so initialized or assigned) is followed as the same object.
 */
function changes(decl: Node, ctx: EmitContext): Changes {
  return cached(decl, () => {
    const c: Changes = {};
    const name = (decl as any).getNameNode?.();
    if (!name || !Node.isIdentifier(name)) return c;
    for (const r of referencesOf(decl, name.getText())) {
      if (r === name) continue;
      const up = r.getParent();
      const e: Node = up && Node.isPropertyAccessExpression(up) && up.getNameNode() === r ? up : r;
      if (assigns(e)) c.assigned ??= e.getParent();
      else chainChanges(e, "self", c, ctx);
    }
    return c;
  });
}

/**
 * What the value a script function, method or getter returns undergoes where it is called (`items().push(x)`, `A.all`),
 * for a `return A.xs` in it; the function used as a value, its results go where they are not seen.
 */
function resultChanges(fn: Node, ctx: EmitContext): Changes {
  return cached(fn, () => {
    const c: Changes = {};
    const name = (fn as any).getNameNode?.();
    if (!name || !Node.isIdentifier(name)) return (recordPassedOn(c, "self", fn), c);
    for (const r of referencesOf(fn, name.getText())) {
      // (its own name, and its setter's)
      const up0 = r.getParent();
      if (r === name || (up0 && (Node.isSetAccessorDeclaration(up0) || Node.isGetAccessorDeclaration(up0) || Node.isMethodDeclaration(up0)) && up0.getNameNode() === r)) continue;
      const up = r.getParent();
      const e: Node = up && Node.isPropertyAccessExpression(up) && up.getNameNode() === r ? up : r;
      const call = e.getParent();
      if (Node.isGetAccessorDeclaration(fn)) chainChanges(e, "self", c, ctx);
      else if (call && Node.isCallExpression(call) && call.getExpression() === e) chainChanges(call, "self", c, ctx);
      else recordPassedOn(c, "self", e);
    }
    return c;
  });
}

/**
 * What a value reaching `d` (a variable, a parameter) undergoes there, recorded as `mode` says. A declaration that cannot be
 * followed (no name) may change it; each name a pattern binds holds an object inside it.
 */
function through(d: Node | undefined, at: Node, mode: Mode, c: Changes, ctx: EmitContext): void {
  const name = d && (d as any).getNameNode?.();
  // `for (const [k, v] of A.m.entries())`, `({ a }) => ...`: each name the pattern binds to an object is followed
  if (name && (Node.isArrayBindingPattern(name) || Node.isObjectBindingPattern(name))) {
    for (const el of name.getDescendantsOfKind(SyntaxKind.BindingElement)) {
      if (Node.isIdentifier(el.getNameNode()) && holdsObject(el.getType())) through(el, at, "inner", c, ctx);
    }
    return;
  }
  if (!d || !name || !Node.isIdentifier(name)) return recordPassedOn(c, mode, at);
  // (an assignment of the alias itself changes nothing it held: what it holds next is followed through the same name)
  const a = changes(d, ctx);
  for (const l of LEVELS) if (a[l]) record(c, mode, l, a[l]!);
}

/**
 * A change made through the callbacks of a call on the held value (`A.items.forEach((i) => { i.w = 0; })`, `xs.map(reset)`):
 * each object a callback is given (an element, a Map's value or key) is followed through its parameter.
 */
function callbackChanges(call: Node & { getArguments(): Node[] }, c: Changes, ctx: EmitContext): void {
  for (const a of call.getArguments()) {
    let fn: Node | undefined = a;
    if (Node.isIdentifier(a) || Node.isPropertyAccessExpression(a)) {
      fn = declOf(Node.isPropertyAccessExpression(a) ? a.getNameNode() : a);
      if (fn && Node.isVariableDeclaration(fn)) fn = fn.getInitializer();
      // (a delegate held elsewhere, a built-in: what it does with an object is not seen)
      if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn)) || fn.getSourceFile().isDeclarationFile() || overridden(fn, ctx)) {
        if (a.getType().getCallSignatures().length) record(c, "inner", "inner", { at: call, passedOn: true });
        continue;
      }
    }
    if (!(Node.isArrowFunction(fn) || Node.isFunctionExpression(fn) || Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn))) continue;
    for (const p of fn.getParameters()) if (holdsObject(p.getType())) through(p, call, "inner", c, ctx);
  }
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

/** `Array.from(x)`, `new Set(x)`, `new Map(x)`, `new Array(...)` of `e`: a new collection of its elements. */
function copies(p: Node, e: Node): boolean {
  const copy = (Node.isCallExpression(p) && p.getExpression().getText() === "Array.from") || (Node.isNewExpression(p) && ["Set", "Map", "Array"].includes(p.getExpression().getText()));
  return copy && (p as any).getArguments()[0] === e;
}

/** The function whose result a `return e` (or an arrow's expression body) is. */
function returnedBy(p: Node, e: Node, ctx: EmitContext): Node | undefined {
  if (!Node.isReturnStatement(p) || p.getExpression() !== e) return undefined;
  const fn = p.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a));
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isGetAccessorDeclaration(fn))) return undefined;
  if (Node.isFunctionDeclaration(fn) || fn.isStatic()) return fn;
  // (an instance method's callers are found through its own symbol: not those calling it through an interface it
  // implements or a base class's method it overrides, nor a subclass's override)
  const cls = fn.getParent();
  return Node.isClassDeclaration(cls) && !cls.getHeritageClauses().length && !derivedClasses(cls, ctx).length ? fn : undefined;
}

/**
 * Down the chain from `e`, a value that is (or holds, as `mode` says) the variable's object: `A.xs[0] = v`, `A.m.get(k)!.push(v)`,
 * `A.cfg.setScale(2)`, `A.sb.Append("x")` change it; where it goes elsewhere it is followed (a variable or field it
 * initializes or is assigned to, a loop variable, a script function's parameter, a function's result), else taken as changed.
 */
function chainChanges(e: Node, mode: Mode, c: Changes, ctx: EmitContext): void {
  for (;;) {
    const p = e.getParent();
    if (!p) return;
    if (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p) || Node.isAsExpression(p)) {
      e = p;
      continue;
    }
    if ((Node.isPropertyAccessExpression(p) || Node.isElementAccessExpression(p)) && p.getExpression() === e) {
      const call = p.getParent();
      if (Node.isPropertyAccessExpression(p) && call && Node.isCallExpression(call) && call.getExpression() === p) {
        const m = declOf(p.getNameNode());
        const scriptMethod = !!m && !isApiNode(m) && !m.getSourceFile().isDeclarationFile() && Node.isMethodDeclaration(m) && !m.isStatic();
        // C179: the game's API (StringBuilder.Append, MyIni.Set) may change the object it is called on, but for its reads
        const api = (!m || isApiNode(m)) && !API_READS.test(p.getName());
        if (scriptMethod || api) {
          // (anything it holds, as a method of the script's may)
          record(c, mode, "size", { at: call, passedOn: false });
          record(c, mode, "inner", { at: call, passedOn: false });
          return;
        }
        // (a comparator's, a forEach's: the elements they are given)
        callbackChanges(call, c, ctx);
        const name = p.getName();
        if (MUTATORS.has(name) || name === "fill") {
          record(c, mode, KEEP_SIZE.has(name) ? "slots" : "size", { at: call, passedOn: false });
          // what it returns: an element it removed, the removed ones, or the receiver itself
          if (name === "pop" || name === "shift") mode = "inner";
          else if (name === "splice") mode = "copy";
          else if (!(KEEP_SIZE.has(name) || name === "set" || name === "add")) return;
          e = call;
          continue;
        }
        // `A.xs.map(f)`, `A.xs.slice()`: a new array; of numbers or strings, nothing in it is A.xs's
        if (FRESH.has(p.getName())) {
          if (!elementsOf(call.getType()).some(holdsObject)) return;
          mode = "copy";
        } else mode = "inner";
        e = call;
        continue;
      }
      // a field or element of the object `e`: written, it is the object's own (an element at an index may grow an array)
      const grows = Node.isElementAccessExpression(p) ? !!p.getExpression().getType().getArrayElementType() : p.getName() === "length";
      e = p;
      if (assigns(e)) {
        record(c, mode, grows ? "size" : "slots", { at: e.getParent()!, passedOn: false });
        return;
      }
      mode = "inner";
      continue;
    }
    // The end of the chain: an object it holds (or itself) going elsewhere.
    if (!holdsObject(e.getType()) || consumedInPlace(e, p)) return;
    if (copies(p, e) || (Node.isSpreadElement(p) && Node.isArrayLiteralExpression(p.getParent()))) {
      if (Node.isCallExpression(p)) callbackChanges(p, c, ctx);
      e = Node.isSpreadElement(p) ? p.getParent()! : p;
      mode = "copy";
      continue;
    }
    const fn = returnedBy(p, e, ctx);
    if (fn) {
      const r = resultChanges(fn, ctx);
      for (const l of LEVELS) if (r[l]) record(c, mode, l, r[l]!);
      return;
    }
    let to: Node | undefined;
    let toMode = mode;
    if ((Node.isVariableDeclaration(p) || Node.isPropertyDeclaration(p)) && p.getInitializer() === e) to = p;
    else if (Node.isBinaryExpression(p) && p.getRight() === e && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
      // `this.list = A.xs`, `ys = A.xs`: stored in a variable or field, followed through its name
      const l = p.getLeft();
      const d = Node.isIdentifier(l) ? declOf(l) : Node.isPropertyAccessExpression(l) ? declOf(l.getNameNode()) : undefined;
      to = d && !isApiNode(d) && (Node.isVariableDeclaration(d) || Node.isPropertyDeclaration(d) || Node.isParameterDeclaration(d)) ? d : undefined;
    } else if (Node.isForOfStatement(p) && p.getExpression() === e) {
      const list = p.getInitializer();
      to = Node.isVariableDeclarationList(list) ? list.getDeclarations()[0] : undefined;
      toMode = "inner";
    } else if ((Node.isCallExpression(p) || Node.isNewExpression(p)) && p.getArguments().includes(e)) to = parameterOf(p, p.getArguments().indexOf(e), ctx);
    else if (Node.isSpreadElement(p)) toMode = "inner";
    through(to, p, toMode, c, ctx);
    return;
  }
}

/** A use of an object that keeps no reference to it: a statement, a comparison, a test, iteration over primitives. */
function consumedInPlace(e: Node, p: Node): boolean {
  if (Node.isExpressionStatement(p) || Node.isTypeOfExpression(p)) return true;
  if (isComparedOrTested(e, p)) return true;
  // printed: `${xs}`, `"" + xs`, String(xs) (its elements' toString, which the script's classes only read in pbts)
  if (Node.isTemplateSpan(p) || (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.PlusToken)) return true;
  if (Node.isCallExpression(p) && p.getExpression().getText() === "String" && p.getArguments()[0] === e) return true;
  if (Node.isForOfStatement(p) || Node.isSpreadElement(p) || copies(p, e)) {
    const elem = e.getType().getArrayElementType() ?? e.getType().getTypeArguments()[0];
    return !!elem && !holdsObject(elem);
  }
  return false;
}

/** `x === y`, `x instanceof C`, `if (x)`, `x ? a : b`: the object's identity or presence, not what it holds. */
function isComparedOrTested(e: Node, p: Node): boolean {
  if (Node.isBinaryExpression(p)) {
    const k = p.getOperatorToken().getKind();
    return k === SyntaxKind.EqualsEqualsEqualsToken || k === SyntaxKind.ExclamationEqualsEqualsToken || k === SyntaxKind.EqualsEqualsToken || k === SyntaxKind.ExclamationEqualsToken || k === SyntaxKind.InstanceOfKeyword;
  }
  if ((Node.isIfStatement(p) || Node.isWhileStatement(p)) && p.getExpression() === e) return true;
  if (Node.isPrefixUnaryExpression(p) && p.getOperatorToken() === SyntaxKind.ExclamationToken) return true;
  return Node.isConditionalExpression(p) && p.getCondition() === e;
}

/**
 * The changes of a static field or top-level variable, with those of the state its initializer takes an object from
 * (`static ref = A.xs`, `const FIRST = ITEMS[0]`: the same object, changed through the other name too; C186). A plain
 * alias keeps each change's level; an object taken from inside another's may be changed in any way by a change there.
 */
function stateChanges(d: Node, ctx: EmitContext, seen = new Set<Node>()): Changes {
  const c = changes(d, ctx);
  const init = Node.isPropertyDeclaration(d) || Node.isVariableDeclaration(d) ? d.getInitializer() : undefined;
  if (!init || !holdsObject(d.getType()) || seen.has(d)) return c;
  seen.add(d);
  const merged: Changes = { ...c };
  let bare: Node = init;
  while (Node.isParenthesizedExpression(bare) || Node.isNonNullExpression(bare) || Node.isAsExpression(bare)) bare = bare.getExpression();
  const visit = (n: Node): void => {
    if (Node.isArrowFunction(n) || Node.isFunctionExpression(n) || Node.isTypeNode(n)) return;
    const o = stateDecl(n);
    if (o && holdsObject(n.getType())) {
      const oc = stateChanges(o, ctx, seen);
      for (const l of LEVELS) if (oc[l]) merged[n === bare ? l : "size"] ??= oc[l];
    }
    n.forEachChild(visit);
  };
  visit(init);
  return merged;
}

/**
 * The change a read `e` (of a static or top-level variable, in a static initializer or code it calls) sees of what the
 * variable holds: none where a static field only keeps the object (`static ref = A.xs`: the same object in both; kept
 * anywhere else, `this.list = A.xs` in a constructor the initializer runs, it may be read there) or it is compared or tested; only a change of the size for `.length` or `.size` (C180); else any (it is read through,
 * passed to a function, copied, printed: C186).
 */
function readContent(e: Node, p: Node, c: Changes): Change | undefined {
  if (isComparedOrTested(e, p)) return undefined;
  if (Node.isPropertyDeclaration(p) && p.isStatic() && p.getInitializer() === e) return undefined;
  if (Node.isPropertyAccessExpression(p) && p.getExpression() === e) {
    const t = e.getType();
    const sym = t.getSymbol()?.getName();
    const sized = p.getName() === "length" ? !!t.getArrayElementType() || t.isTuple() : p.getName() === "size" && (sym === "Map" || sym === "Set" || sym === "ReadonlyMap" || sym === "ReadonlySet");
    if (sized) return c.size;
  }
  return c.size ?? c.slots ?? c.inner;
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
      const c = stateChanges(d, ctx);
      let e = n;
      let p = n.getParent();
      while (p && (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p) || Node.isAsExpression(p))) p = (e = p).getParent();
      const content = p ? readContent(e, p, c) : undefined;
      const short = (x: Node) => x.getText().replace(/\s+/g, " ").slice(0, 40);
      const change = c.assigned ? `'${short(c.assigned)}'` : content ? (content.passedOn ? `it is passed on at '${short(content.at)}', where it may be changed` : `'${short(content.at)}'`) : undefined;
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
