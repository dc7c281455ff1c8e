// API collection classes (MyCommandLine.ItemCollection, MyCommandLine.SwitchCollection): C# classes
// with a GetEnumerator and, for lists, an int indexer. pbts/se declares them as classes with a
// `[Symbol.iterator]()` and, for an indexer, a `readonly [index: number]: T` signature; their TS twins
// behave as the C# ones (a live view, an enumerator that throws once the collection changes, the
// indexer's out-of-range value). So both compile 1:1: `for (const x of c)` is C#'s `foreach (T x in c)`
// and `c[i]` is C#'s `c[i]` (an int index).
import { Node, ts, type ClassDeclaration } from "ts-morph";
import { isApiNode } from "./api.ts";
import { isSymbolIteratorMethod } from "./iterable-classes.ts";

function apiClassOf(expr: Node): ClassDeclaration | undefined {
  const d = expr.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  return d && Node.isClassDeclaration(d) && isApiNode(d) ? d : undefined;
}

/** Is expr an API collection C#'s foreach enumerates (an API class with `[Symbol.iterator]()`)? */
export function isApiEnumerable(expr: Node): boolean {
  const d = apiClassOf(expr);
  return !!d && d.getMembers().some(isSymbolIteratorMethod);
}

/** Does expr's API class declare a numeric index signature (C#'s `this[int]`)? */
export function hasApiIndexer(expr: Node): boolean {
  const d = apiClassOf(expr);
  return !!d && d.compilerNode.members.some((m) => ts.isIndexSignatureDeclaration(m) && m.parameters[0]?.type?.kind === ts.SyntaxKind.NumberKeyword);
}
