// Int arithmetic that cannot leave int's range needs no `checked` (issue 15): a method whose every
// int operation is proven in range is not wrapped in a `checked` block. JS numbers never overflow;
// C#'s checked int throws where JS goes on: only a proof keeps the two the same without it. The proof
// is an interval per expression, flow-insensitive: a literal, a string's or array's length, a local
// whose every write is known (its initializer, plain assignments, and `++`/`--` guarded by the
// condition of the loop they are in: `while (i < n) i++` cannot pass n), and + - * of those.
import { ts, type Node } from "ts-morph";
import type { EmitContext } from "./context.ts";
import { rawChecker, rawDeclOf } from "./raw-nodes.ts";

const MIN = -2147483648;
const MAX = 2147483647;
type Range = [number, number];
const FULL: Range = [MIN, MAX];
const fits = (r: Range) => r[0] >= MIN && r[1] <= MAX;

const FUNCTION_KINDS = (n: ts.Node) => ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n);

/** Per compile (its checker: a watch keeps unchanged files' nodes, whose types may change with another
 * file): the locals' ranges and references, by declaration; and the ranges being computed (a cycle gives up). */
const memos = new WeakMap<ts.TypeChecker, { ranges: WeakMap<ts.Node, Range | undefined>; refs: WeakMap<ts.Node, { id: ts.Identifier; nested: boolean }[]> }>();
const memoOf = (checker: ts.TypeChecker) => {
  let m = memos.get(checker);
  if (!m) memos.set(checker, (m = { ranges: new WeakMap(), refs: new WeakMap() }));
  return m;
};
const computing = new Set<ts.Node>();

/** True when the int operation `node` (a binary + - *, a `++`/`--`, a unary `-` on an int) cannot overflow. */
export function intOpInRange(node: Node, ctx: EmitContext): boolean {
  const n = node.compilerNode;
  const checker = rawChecker(ctx);
  if (ts.isBinaryExpression(n)) {
    const k = n.operatorToken.kind;
    if (k !== ts.SyntaxKind.PlusToken && k !== ts.SyntaxKind.MinusToken && k !== ts.SyntaxKind.AsteriskToken) return false;
    // (both operands are ints here: the emitter asks only then)
    const r = combine(k, rangeOf(n.left, checker) ?? FULL, rangeOf(n.right, checker) ?? FULL);
    return fits(r);
  }
  if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
    const g = guardOf(n, checker);
    return !!g && (n.operator === ts.SyntaxKind.PlusPlusToken ? g[1] <= MAX : g[0] >= MIN);
  }
  if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken) {
    const r = rangeOf(n.operand, checker) ?? FULL;
    return r[0] > MIN;
  }
  return false;
}

function combine(k: ts.SyntaxKind, a: Range, b: Range): Range {
  if (k === ts.SyntaxKind.PlusToken) return [a[0] + b[0], a[1] + b[1]];
  if (k === ts.SyntaxKind.MinusToken) return [a[0] - b[1], a[1] - b[0]];
  const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
  return [Math.min(...p), Math.max(...p)];
}

/** The values an int expression can take, when known (an operand of unknown range: FULL where it is an int). */
function rangeOf(n: ts.Node, checker: ts.TypeChecker): Range | undefined {
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  if (ts.isNumericLiteral(n)) {
    const v = Number(n.text);
    return Number.isInteger(v) ? [v, v] : undefined;
  }
  if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(n.operand)) {
    const v = -Number(n.operand.text);
    return Number.isInteger(v) ? [v, v] : undefined;
  }
  if (ts.isPropertyAccessExpression(n) && n.name.text === "length") {
    const t = checker.getTypeAtLocation(n.expression);
    return t.flags & ts.TypeFlags.StringLike || checker.isArrayType(t) ? [0, MAX] : undefined;
  }
  if (ts.isBinaryExpression(n)) {
    const k = n.operatorToken.kind;
    if (k !== ts.SyntaxKind.PlusToken && k !== ts.SyntaxKind.MinusToken && k !== ts.SyntaxKind.AsteriskToken) return undefined;
    const a = rangeOf(n.left, checker) ?? intFull(n.left, checker);
    const b = rangeOf(n.right, checker) ?? intFull(n.right, checker);
    return a && b ? combine(k, a, b) : undefined;
  }
  if (ts.isConditionalExpression(n)) {
    const a = rangeOf(n.whenTrue, checker);
    const b = rangeOf(n.whenFalse, checker);
    return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : undefined;
  }
  if (ts.isIdentifier(n)) {
    const d = rawDeclOf(n, checker);
    return d && ts.isVariableDeclaration(d) ? localRange(d, checker) : undefined;
  }
  return undefined;
}

/** FULL for an operand declared `int` (a local, a parameter, a field: the type node says so), else unknown. */
function intFull(n: ts.Node, checker: ts.TypeChecker): Range | undefined {
  while (ts.isParenthesizedExpression(n)) n = n.expression;
  const d = ts.isIdentifier(n) || ts.isPropertyAccessExpression(n) ? rawDeclOf(ts.isIdentifier(n) ? n : n.name, checker) : undefined;
  const t = d && (ts.isVariableDeclaration(d) || ts.isParameter(d) || ts.isPropertyDeclaration(d)) ? d.type : undefined;
  return t && ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === "int" ? FULL : undefined;
}

/** The function (or file) a declaration's references can be in. */
function scopeOf(d: ts.Node): ts.Node {
  let p: ts.Node | undefined = d.parent;
  while (p && !FUNCTION_KINDS(p) && !ts.isSourceFile(p)) p = p.parent;
  return p ?? d.getSourceFile();
}

/** The references to `decl` in its scope: each with whether a function nested in the scope holds it. */
function references(decl: ts.VariableDeclaration | ts.ParameterDeclaration, checker: ts.TypeChecker): { id: ts.Identifier; nested: boolean }[] {
  const memo = memoOf(checker).refs;
  let r = memo.get(decl);
  if (!r) memo.set(decl, (r = findReferences(decl, checker)));
  return r;
}

function findReferences(decl: ts.VariableDeclaration | ts.ParameterDeclaration, checker: ts.TypeChecker): { id: ts.Identifier; nested: boolean }[] {
  if (!ts.isIdentifier(decl.name)) return [];
  const name = decl.name.text;
  const scope = scopeOf(decl);
  const out: { id: ts.Identifier; nested: boolean }[] = [];
  const visit = (n: ts.Node, nested: boolean): void => {
    if (ts.isIdentifier(n) && n.text === name && n !== decl.name && rawDeclOf(n, checker) === decl) out.push({ id: n, nested });
    ts.forEachChild(n, (c) => visit(c, nested || (FUNCTION_KINDS(c) && c !== scope)));
  };
  visit(scope, false);
  return out;
}

type Write = { kind: "assign"; value: ts.Expression } | { kind: "step"; site: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression } | { kind: "other" };

function writeOf(id: ts.Identifier): Write | undefined {
  let p = id.parent;
  let child: ts.Node = id;
  while (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) (child = p), (p = p.parent);
  if (ts.isBinaryExpression(p) && p.left === child) {
    const k = p.operatorToken.kind;
    if (k === ts.SyntaxKind.EqualsToken) return { kind: "assign", value: p.right };
    if (k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment) return { kind: "other" };
  }
  if ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && (p.operator === ts.SyntaxKind.PlusPlusToken || p.operator === ts.SyntaxKind.MinusMinusToken)) return { kind: "step", site: p };
  if (ts.isArrayLiteralExpression(p) || ts.isForOfStatement(p) || ts.isForInStatement(p) || ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p) || ts.isBindingElement(p))
    return { kind: "other" };
  return undefined;
}

/** A local's range over its life: its initializer, its plain assignments, and how far its guarded steps take it. */
function localRange(d: ts.VariableDeclaration, checker: ts.TypeChecker): Range | undefined {
  const memo = memoOf(checker).ranges;
  if (memo.has(d)) return memo.get(d);
  if (computing.has(d) || !d.initializer) return undefined;
  const top = computing.size === 0;
  computing.add(d);
  let r: Range | undefined;
  try {
    r = computeLocal(d, checker);
  } finally {
    computing.delete(d);
  }
  // (a range found while another was being computed may have given up on that one: kept only at the top)
  if (top) memo.set(d, r);
  return r;
}

function computeLocal(d: ts.VariableDeclaration, checker: ts.TypeChecker): Range | undefined {
  let r = rangeOf(d.initializer!, checker);
  if (!r) return undefined;
  const refs = references(d, checker);
  const steps: (ts.PrefixUnaryExpression | ts.PostfixUnaryExpression)[] = [];
  for (const { id, nested } of refs) {
    const w = writeOf(id);
    if (!w) continue;
    if (w.kind === "other") return undefined;
    if (w.kind === "step") {
      // (a write from a nested function may come between a loop's check and its step)
      if (nested) return undefined;
      steps.push(w.site);
      continue;
    }
    const v = rangeOf(w.value, checker);
    if (!v) return undefined;
    r = [Math.min(r[0], v[0]), Math.max(r[1], v[1])];
  }
  for (const s of steps) {
    const g = guardOf(s, checker, refs);
    if (!g) return undefined;
    r = s.operator === ts.SyntaxKind.PlusPlusToken ? [r[0], Math.max(r[1], g[1])] : [Math.min(r[0], g[0]), r[1]];
  }
  return r;
}

/**
 * For a `v++` / `v--` in the body or step of a `for` or `while` loop whose condition has a conjunct
 * `v < E` (`v <= E`, `v > E`, `v >= E`): the values v can have after the step ([MIN, hi(E)] for ++,
 * [lo(E), MAX] for --), when that loop writes v nowhere else and no nested function writes it (then no
 * write comes between the check and the step). Undefined otherwise.
 */
function guardOf(site: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression, checker: ts.TypeChecker, refs?: { id: ts.Identifier; nested: boolean }[]): Range | undefined {
  let v: ts.Expression = site.operand;
  while (ts.isParenthesizedExpression(v)) v = v.expression;
  if (!ts.isIdentifier(v)) return undefined;
  const decl = rawDeclOf(v, checker);
  if (!decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return undefined;
  // the loop the step is in (nearest loop, no function between)
  let child: ts.Node = site;
  let loop = site.parent;
  while (loop && !ts.isIterationStatement(loop, false) && !FUNCTION_KINDS(loop)) (child = loop), (loop = loop.parent);
  if (!loop || !(ts.isForStatement(loop) || ts.isWhileStatement(loop))) return undefined;
  if (child !== loop.statement && !(ts.isForStatement(loop) && child === loop.incrementor)) return undefined;
  const b = loopBound(loop, decl, site.operator === ts.SyntaxKind.PlusPlusToken, checker);
  if (!b) return undefined;
  // (then the writes: this one the only one in the loop, none from a nested function)
  const all = refs ?? references(decl, checker);
  if (all.some((x) => x.nested && writeOf(x.id))) return undefined;
  const inLoop = all.filter((x) => x.id.pos >= loop.pos && x.id.end <= loop.end && writeOf(x.id));
  return inLoop.length === 1 ? b : undefined;
}

/** What a `for` or `while` condition's conjunct `v < E` (`<=`, `>`, `>=`) bounds v to after a step up (or down). */
function loopBound(loop: ts.ForStatement | ts.WhileStatement, decl: ts.Node, up: boolean, checker: ts.TypeChecker): Range | undefined {
  const cond = ts.isForStatement(loop) ? loop.condition : loop.expression;
  const isV = (e: ts.Expression) => {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isIdentifier(e) && rawDeclOf(e, checker) === decl;
  };
  const bound = (e: ts.Expression) => rangeOf(e, checker) ?? intFull(e, checker);
  for (const c of conjuncts(cond)) {
    if (!ts.isBinaryExpression(c)) continue;
    const k = c.operatorToken.kind;
    const S = ts.SyntaxKind;
    // v < E, E > v: after ++ at most hi(E); v <= E, E >= v: hi(E) + 1
    const upper = (k === S.LessThanToken && isV(c.left)) || (k === S.GreaterThanToken && isV(c.right)) ? 0 : (k === S.LessThanEqualsToken && isV(c.left)) || (k === S.GreaterThanEqualsToken && isV(c.right)) ? 1 : -1;
    const lower = (k === S.GreaterThanToken && isV(c.left)) || (k === S.LessThanToken && isV(c.right)) ? 0 : (k === S.GreaterThanEqualsToken && isV(c.left)) || (k === S.LessThanEqualsToken && isV(c.right)) ? 1 : -1;
    const other = isV(c.left) ? c.right : c.left;
    if (up && upper >= 0) {
      const b = bound(other);
      if (b) return [MIN, b[1] + upper];
    }
    if (!up && lower >= 0) {
      const b = bound(other);
      if (b) return [b[0] - lower, MAX];
    }
  }
  return undefined;
}

function conjuncts(c: ts.Expression | undefined): ts.Expression[] {
  if (!c) return [];
  while (ts.isParenthesizedExpression(c)) c = c.expression;
  return ts.isBinaryExpression(c) && c.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [...conjuncts(c.left), ...conjuncts(c.right)] : [c];
}
