// Iterable classes: `*[Symbol.iterator](): Generator<T> { ... }` makes `for (const t of obj)` work in
// JS. C# has the same idea by name: the generator method becomes `IEnumerator<T> GetEnumerator()`
// (an iterator, generators.ts), and `for...of` over an instance steps `obj.GetEnumerator()` as it
// steps a generator (a fresh iterator per loop, disposed when the loop leaves early, as JS's
// iterator close). Only the generator form: a hand-written iterator object has no C# shape here.
import { Node, SyntaxKind, type ClassDeclaration, type MethodDeclaration } from "ts-morph";
import { isApiNode } from "./api.ts";
import { stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { declType } from "./expressions.ts";
import { built, methodOf } from "./tree/bridge.ts";
import { iteratorElem } from "./generators.ts";

export const ITERATOR_METHOD = "GetEnumerator";

/** `[Symbol.iterator]() {...}` */
export function isSymbolIteratorMethod(m: Node): boolean {
  if (!Node.isMethodDeclaration(m)) return false;
  const nn = (m as MethodDeclaration).getNameNode();
  return nn.getKind() === SyntaxKind.ComputedPropertyName && nn.getText().replace(/\s/g, "") === "[Symbol.iterator]";
}

/** The C# name of a `[Symbol.iterator]` method, or a failure when it is not a generator. */
export function iteratorMethodName(m: MethodDeclaration, ctx: EmitContext): string {
  if (!m.isGenerator()) return ctx.fail(m.getNameNode(), "UnsupportedSyntax", "a [Symbol.iterator]() method that is not a generator (write it as *[Symbol.iterator](): Generator<T> { ... yield ... })");
  if (m.isStatic()) return ctx.fail(m.getNameNode(), "UnsupportedSyntax", "a static [Symbol.iterator]() method");
  return ITERATOR_METHOD;
}

function iteratorMethodOf(cls: ClassDeclaration | undefined): MethodDeclaration | undefined {
  for (let c = cls; c && !isApiNode(c); c = c.getBaseClass()) {
    const m = c.getMembers().find(isSymbolIteratorMethod);
    if (m) return m as MethodDeclaration;
  }
  return undefined;
}

/** `for (const t of obj)` over an instance of an iterable script class: `obj.GetEnumerator()`, a generator to step. */
export function classIterator(node: Node, coll: Emitted, ctx: EmitContext): Emitted | undefined {
  const t = stripNullable(coll.type);
  if (t.k !== "ref") return undefined;
  const d = node.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  if (!d || !Node.isClassDeclaration(d) || isApiNode(d)) return undefined;
  const m = iteratorMethodOf(d);
  if (!m || !m.isGenerator()) return undefined;
  const ft = declType(m, ctx);
  const ret: CsType | undefined = ft.k === "func" ? ft.ret : undefined;
  if (!ret || !iteratorElem(ret)) return undefined;
  if ((m.getParent() as ClassDeclaration).getTypeParameters().length) return ctx.fail(node, "UnsupportedSyntax", "for...of over an instance of a generic iterable class (iterate a generator method instead: for (const x of obj.items()))");
  return built(methodOf(coll, ITERATOR_METHOD), ret);
}
