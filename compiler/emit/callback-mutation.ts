// A map/find/findIndex callback that removes elements of the array it iterates (issue 13): JS goes
// on to the length the array had (map leaves holes in its result, find passes undefined), which a
// List cannot do. Direct removals in the callback are rejected (PBTS1060); removals hidden in a
// function it calls make the C# helper throw (runtime/Js.cs Map/Find/FindIndex), never a silent
// difference.
import { Node, SyntaxKind, type CallExpression } from "ts-morph";
import type { EmitContext } from "./context.ts";

const REMOVERS = new Set(["pop", "shift", "splice"]);

export function checkCallbackRemoves(call: CallExpression, name: string, ctx: EmitContext): void {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return;
  const arrayType = callee.getExpression().getType().getNonNullableType().getText();
  const cb = call.getArguments()[0];
  if (!cb || !(Node.isArrowFunction(cb) || Node.isFunctionExpression(cb))) return;
  const sameArray = (n: Node) => n.getType().getNonNullableType().getText() === arrayType;
  for (const c of cb.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const e = c.getExpression();
    if (Node.isPropertyAccessExpression(e) && REMOVERS.has(e.getName()) && sameArray(e.getExpression())) ctx.fail(c, "CallbackRemoves", `${e.getName()}()`, name);
  }
  for (const b of cb.getDescendantsOfKind(SyntaxKind.BinaryExpression)) {
    const l = b.getLeft();
    if (b.getOperatorToken().getKind() === SyntaxKind.EqualsToken && Node.isPropertyAccessExpression(l) && l.getName() === "length" && sameArray(l.getExpression())) {
      ctx.fail(b, "CallbackRemoves", "length =", name);
    }
  }
}
