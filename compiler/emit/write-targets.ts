// `(x) = v`, `(x) *= 3`, `(i)++`, `x! += 1`, `(x as number) = 2.5`: an assignment or ++/-- writes a variable through
// parentheses, `!`, `as`, `<T>` and `satisfies` too (C80: the int inference and the loop copies missed `(x) *= 3`;
// C85: they missed `(x as number) = 2.5`, a false PBTS1017). The passes that ask "is this use of x a write?"
// look at the parent of the outermost such wrapper, found here.
import { Node, ts } from "ts-morph";

/** `n`, or the outermost parentheses / `!` / type assertion wrapping it: what an assignment's left side would be. */
export function writeSite(n: Node): Node {
  for (let p = n.getParent(); p && isWrapper(p.compilerNode); p = p.getParent()) n = p;
  return n;
}

/** The wrappers a write target may sit in: they change no value, only what TS believes of it. */
function isWrapper(n: ts.Node): boolean {
  return ts.isParenthesizedExpression(n) || ts.isNonNullExpression(n) || ts.isAsExpression(n) || ts.isTypeAssertionExpression(n) || ts.isSatisfiesExpression(n);
}

/** writeSite over TypeScript's own nodes. */
export function rawWriteSite(n: ts.Node): ts.Node {
  while (n.parent && isWrapper(n.parent)) n = n.parent;
  return n;
}

/** Is this use of a variable (declared at `decl`) a write, or a place that may write it? */
export function writesVariable(id: ts.Identifier, decl: ts.Node): boolean {
  const site = rawWriteSite(id);
  const p = site.parent;
  if (!p) return false;
  if (ts.isBinaryExpression(p) && p.left === site) {
    const k = p.operatorToken.kind;
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) return true;
  }
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return true;
  if (ts.isVariableDeclaration(p) && p !== decl) return true;
  return ts.isArrayLiteralExpression(p) || ts.isForOfStatement(p) || ts.isForInStatement(p) || ts.isShorthandPropertyAssignment(p);
}
