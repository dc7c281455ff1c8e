// An array a statement's `xs.shift();` / `xs.pop();` cannot find empty (issue 15): the statement right after
// `xs.push(a);`, or the one-statement branch of an `if` right after it whose condition only reads (the console's
// `this.Lines.push(line); if (this.Lines.length > this.maxLines) this.Lines.shift();`). The push left an element and
// nothing between can remove it, so the C# RemoveAt needs no `Count > 0` guard (statements.ts, removedEnd).
import { Node, SyntaxKind } from "ts-morph";

/** Names, `this`, fields read through `this.` or a name, `.length`, literals, and operators that assign nothing. */
function onlyReads(n: Node): boolean {
  if (Node.isParenthesizedExpression(n)) return onlyReads(n.getExpression());
  if (Node.isIdentifier(n) || Node.isNumericLiteral(n) || Node.isStringLiteral(n) || Node.isNoSubstitutionTemplateLiteral(n)) return true;
  const k = n.getKind();
  if (k === SyntaxKind.ThisKeyword || k === SyntaxKind.TrueKeyword || k === SyntaxKind.FalseKeyword || k === SyntaxKind.NullKeyword) return true;
  if (Node.isPropertyAccessExpression(n)) {
    if (n.hasQuestionDotToken() || !onlyReads(n.getExpression())) return false;
    const t = n.getExpression().getType();
    if (n.getName() === "length" && (t.isArray() || t.isString())) return true;
    // a field (a getter could run anything)
    const decls = n.getSymbol()?.getDeclarations() ?? [];
    return decls.length > 0 && decls.every((d) => Node.isPropertyDeclaration(d) || Node.isParameterDeclaration(d));
  }
  if (Node.isPrefixUnaryExpression(n)) {
    const op = n.getOperatorToken();
    return (op === SyntaxKind.ExclamationToken || op === SyntaxKind.MinusToken || op === SyntaxKind.PlusToken) && onlyReads(n.getOperand());
  }
  if (Node.isBinaryExpression(n)) {
    const op = n.getOperatorToken().getKind();
    const reads = [
      SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken, SyntaxKind.LessThanEqualsToken, SyntaxKind.GreaterThanEqualsToken,
      SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.AmpersandAmpersandToken, SyntaxKind.BarBarToken,
      SyntaxKind.PlusToken, SyntaxKind.MinusToken, SyntaxKind.AsteriskToken,
    ];
    return reads.includes(op) && onlyReads(n.getLeft()) && onlyReads(n.getRight());
  }
  return false;
}

/** `xs.push(a, ...)` as a statement, at least one argument and no spread (`push(...[])` adds nothing), on `recv`'s text. */
function pushOnto(s: Node | undefined, recv: string): boolean {
  if (!s || !Node.isExpressionStatement(s)) return false;
  const c = s.getExpression();
  if (!Node.isCallExpression(c)) return false;
  const callee = c.getExpression();
  return (
    Node.isPropertyAccessExpression(callee) && !callee.hasQuestionDotToken() && callee.getName() === "push" && callee.getExpression().getText() === recv &&
    c.getArguments().length > 0 && c.getArguments().every((a) => !Node.isSpreadElement(a))
  );
}

/**
 * True when the statement `stmt` (`xs.shift();`, xs a local, a parameter or a `this.` field: `recv` its text) runs only
 * right after a push onto xs: the previous statement of its block, or of the block of the `if` whose only branch it is.
 */
export function pushedJustBefore(stmt: Node, recv: string): boolean {
  let at: Node = stmt;
  let parent = at.getParent();
  if (parent && Node.isBlock(parent) && parent.getStatements().length === 1 && parent.getParent() && Node.isIfStatement(parent.getParent()!)) {
    at = parent;
    parent = at.getParent();
  }
  if (parent && Node.isIfStatement(parent) && parent.getThenStatement() === at && !parent.getElseStatement() && onlyReads(parent.getExpression())) {
    at = parent;
    parent = at.getParent();
  }
  if (!parent || !(Node.isBlock(parent) || Node.isSourceFile(parent) || Node.isCaseClause(parent) || Node.isDefaultClause(parent))) return false;
  const list = parent.getStatements() as Node[];
  const i = list.indexOf(at);
  return i > 0 && pushOnto(list[i - 1], recv);
}
