// String-literal unions (`type Mode = "idle" | "run"`) are C# strings (typing.ts). A switch that
// lists every member is exhaustive for TypeScript (a function may end in it), not for C#
// (CS0161): such a switch gets a default that throws, unreachable for a value of the union.
import { Node, type SwitchStatement } from "ts-morph";
import * as X from "./tree/syntax.ts";

/** Does this switch (without default) cover every member of the string-literal union it switches on? */
export function coversStringUnion(ss: SwitchStatement): boolean {
  const clauses = ss.getCaseBlock().getClauses();
  if (clauses.some((c) => Node.isDefaultClause(c))) return false;
  const t = ss.getExpression().getType().getNonNullableType();
  const members = t.isUnion() ? t.getUnionTypes() : [t];
  if (!members.every((m) => m.isStringLiteral())) return false;
  const labels = new Set(clauses.map((c) => (Node.isCaseClause(c) && Node.isStringLiteral(c.getExpression()) ? c.getExpression().getText().slice(1, -1) : undefined)));
  return members.every((m) => labels.has(String(m.getLiteralValue())));
}

/**
 * Does this switch (without default) list every member of the enum it switches on, and end a function
 * that returns a value? TypeScript lets the function end there, C# does not (CS0161/CS1643). Only
 * there it gets the throwing default: a value no member has (`5 as E`) throws in C# where JS returns
 * undefined (README, known limits), while a switch elsewhere keeps falling through as in JS.
 */
function endsFunctionOverEnum(ss: SwitchStatement): boolean {
  const clauses = ss.getCaseBlock().getClauses();
  if (clauses.some((c) => Node.isDefaultClause(c))) return false;
  const t = ss.getExpression().getType().getNonNullableType();
  const members = t.isUnion() ? t.getUnionTypes() : [t];
  if (!members.every((m) => m.isEnumLiteral())) return false;
  const labels = new Set(clauses.map((c) => (Node.isCaseClause(c) ? String(c.getExpression().getType().getLiteralValue()) : "")));
  if (!members.every((m) => labels.has(String(m.getLiteralValue())))) return false;
  const body = ss.getParent();
  const fn = body?.getParent();
  if (!Node.isBlock(body) || body.getStatements().at(-1) !== ss || !fn) return false;
  if (!(Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isArrowFunction(fn) || Node.isGetAccessorDeclaration(fn))) return false;
  if (!Node.isArrowFunction(fn) && !Node.isGetAccessorDeclaration(fn) && fn.isGenerator()) return false;
  const ret = fn.getReturnType();
  return !ret.isVoid() && !ret.isUndefined();
}

export function unreachableDefault(ss: SwitchStatement): { labels: undefined[]; body: X.Stmt[] } | undefined {
  if (!coversStringUnion(ss) && !endsFunctionOverEnum(ss)) return undefined;
  return { labels: [undefined], body: [X.throwStmt(X.newObject("Exception", [X.lit('"unreachable: the switch covers every member of the union"')]))] };
}
