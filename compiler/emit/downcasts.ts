// `x as T` to a user class: TypeScript trusts it, C#'s cast checks it and throws when x is not a T.
// Upcasts (x's class derives from T) never throw and stay casts; anything else is rejected with
// the faithful alternative, instanceof narrowing (C# `is`, no exception either way).
import { Node, type Expression, type TypeNode } from "ts-morph";
import { isApiNode } from "./api.ts";
import { derivesFrom } from "./hierarchy.ts";

/** The class name when `expr as <tn>` may fail at run time in C#, else undefined. */
export function userDowncast(expr: Expression, tn: TypeNode): string | undefined {
  const target = tn.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  if (target && Node.isInterfaceDeclaration(target)) return undefined; // interfaceDowncast
  if (!target || !Node.isClassDeclaration(target) || target.getSourceFile().isDeclarationFile()) return undefined;
  if (isIgcTupleRead(expr, target)) return undefined;
  // `null as T | null` cannot fail: a null converts to any class.
  if (expr.getType().isNull() || Node.isNullLiteral(expr)) return undefined;
  const src = expr.getType().getNonNullableType();
  const decl = src.getSymbol()?.getDeclarations()[0];
  for (let c = decl && Node.isClassDeclaration(decl) ? decl : undefined; c; c = c.getBaseClass()) if (c === target) return undefined;
  return target.getName() ?? tn.getText();
}

/**
 * `msg.Data as MyTuple<int, string>`: the IGC receive pattern, C#'s unboxing cast, the same as SE's
 * `msg.As<MyTuple<int, string>>()`. Neither side can check it in Node (TS erases T): like As<T>(), a
 * message of another payload type throws in C# only (README, known limits: one tag per payload type).
 */
function isIgcTupleRead(expr: Expression, target: Node): boolean {
  if (!Node.isClassDeclaration(target) || target.getName() !== "MyTuple" || !isApiNode(target)) return false;
  if (!Node.isPropertyAccessExpression(expr) || expr.getName() !== "Data") return false;
  const d = expr.getNameNode().getSymbol()?.getDeclarations()[0];
  const owner = d?.getParent();
  return !!owner && Node.isClassDeclaration(owner) && owner.getName() === "MyIGCMessage" && isApiNode(owner);
}

/**
 * C63: `x as Named` to one of the script's interfaces: C#'s cast throws when x's class does not declare the interface
 * (TypeScript accepts it for any overlap, JS checks nothing). The interface's and the value's class's names when the cast
 * may fail, else undefined.
 */
export function interfaceDowncast(expr: Expression, tn: TypeNode): [string, string] | undefined {
  const target = tn.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  if (!target || !Node.isInterfaceDeclaration(target) || target.getSourceFile().isDeclarationFile()) return undefined;
  if (expr.getType().isNull() || Node.isNullLiteral(expr)) return undefined;
  const decl = expr.getType().getNonNullableType().getSymbol()?.getDeclarations()[0];
  // an object literal typed by the interface, or a value whose class or interface declares it: an upcast
  if (!decl || Node.isObjectLiteralExpression(decl) || ((Node.isClassDeclaration(decl) || Node.isInterfaceDeclaration(decl)) && derivesFrom(decl, target))) return undefined;
  return [target.getName(), Node.isClassDeclaration(decl) ? (decl.getName() ?? "K") : "K"];
}
