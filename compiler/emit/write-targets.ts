// `(x) = v`, `(x) *= 3`, `(i)++`, `x! += 1`: an assignment or ++/-- writes a variable through parentheses and `!` too
// (C80: the int inference and the loop copies missed `(x) *= 3`). The passes that ask "is this use of x a write?"
// look at the parent of the outermost such wrapper, found here.
import { Node, ts } from "ts-morph";

/** `n`, or the outermost parentheses / non-null assertion wrapping it: what an assignment's left side would be. */
export function writeSite(n: Node): Node {
  for (let p = n.getParent(); p && (Node.isParenthesizedExpression(p) || Node.isNonNullExpression(p)); p = p.getParent()) n = p;
  return n;
}

/** writeSite over TypeScript's own nodes. */
export function rawWriteSite(n: ts.Node): ts.Node {
  while (n.parent && (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent))) n = n.parent;
  return n;
}
