// Statements: one visitor per syntax kind, writing C# lines.
import { writeSite, writesVariable } from "./write-targets.ts";
import { Node, SyntaxKind, ts, type Block, type Expression, type Statement, type PrefixUnaryExpression, type Type, type VariableDeclaration } from "ts-morph";
import { errorClassOf } from "./error-classes.ts";
import { T, cs, describe, isIntLike, isValueType, stripNullable, type CsType } from "./cstype.ts";
import { Reported, Writer, type EmitContext } from "./context.ts";
import { convertTo, declOf, emitConditionNode, emitExpr, localName, peekType, typeOfNode } from "./expressions.ts";
import { rawChecker, rawDeclOf } from "./raw-nodes.ts";
import { ident } from "./names.ts";
import { unreachableDefault } from "./string-unions.ts";
import { intCaseLabel } from "./case-labels.ts";
import { checkCapturedUnset } from "./definite-fields.ts";
import { beforeContinue, closeLoopCopies, openLoopCopies, planLoopCopies } from "./loop-copies.ts";
import { continueTarget, emitLabeled, emitLabeledJump } from "./labels.ts";
import { emitForOfGenerator, emitGeneratorReturn, emitYieldStatement } from "./generators.ts";
import { fromTsType } from "./typing.ts";
import { returnsUndefined, undefinedReturn } from "./undefined.ts";
import { TUPLE_NOT_ARRAY, emitForOfArrayEntries, entryTuple, isTuple, madeAsConst } from "./tuples.ts";
import { bindPattern, emitPatternDeclaration, isPattern } from "./destructuring.ts";
import { classIterator } from "./iterable-classes.ts";
import { isApiEnumerable } from "./api-collections.ts";
import { pushedJustBefore } from "./non-empty.ts";
import * as X from "./tree/syntax.ts";
import { convertedOf, nodeOf, whole, wholeOf } from "./tree/bridge.ts";

type StatementVisitor = (node: any, w: Writer, ctx: EmitContext) => void;

/** Return types of the functions being emitted (innermost last). */
const returnTypes: CsType[] = [];

export function emitStatement(s: Node, w: Writer, ctx: EmitContext): void {
  const v = statementVisitors[s.getKind()];
  if (v && !Node.isBlock(s)) w.mark(s);
  try {
    if (!v) ctx.fail(s, "UnsupportedSyntax", `'${s.getKindName()}'`);
    v!(s, w, ctx);
  } catch (err) {
    if (!(err instanceof Reported)) throw err;
    // Reported: keep going to find more errors in the following statements.
  }
}

/** A function or lambda body's C# text, wrapped in `checked` when it does int arithmetic. */
export function emitFunctionBody(body: Block, ctx: EmitContext, ret: CsType, isLambda = false, prologue: string[] = []): string {
  const out = new Writer();
  out.stmt(functionBody(body, ctx, ret, isLambda, prologue));
  return out.toString();
}

/** A function or lambda body as a block node, its statements in a `checked` block when it does int arithmetic. */
export function functionBody(body: Block, ctx: EmitContext, ret: CsType, isLambda = false, prologue: string[] = []): X.Stmt {
  const saved = ctx.intArithmetic;
  ctx.intArithmetic = false;
  returnTypes.push(ret);
  const w = new Writer();
  try {
    for (const p of prologue) w.line(p);
    for (const s of body.getStatements()) emitStatement(s, w, ctx);
    // A `T | undefined` function may end without a return (TS allows it): it returns undefined.
    if (ret.k === "nullable" && !endsWithJump(body.getStatements().at(-1)) && returnsUndefined(body)) w.line(`return ${undefinedReturn(ret, body, ctx)};`);
  } finally {
    returnTypes.pop();
  }
  const checked = ctx.intArithmetic;
  ctx.intArithmetic = saved;
  if (checked) w.stripChecked();
  // (a lambda's keeps its own: mcs does not carry an enclosing checked block into a lambda's body, C143)
  return X.block(checked ? [X.checkedBlock(w.stmts(), isLambda)] : w.stmts());
}

/** A statement's body as a block: its statements (a single statement's own, with its source mark). */
function bodyOf(s: Statement, ctx: EmitContext): X.Stmt {
  const w = new Writer();
  for (const x of Node.isBlock(s) ? s.getStatements() : [s]) emitStatement(x, w, ctx);
  // a loop's body ends with the label a `continue L` from a nested loop jumps to (labels.ts)
  const loop = s.getParent();
  if (loop && Node.isIterationStatement(loop) && loop.getStatement() === s) continueTarget(loop, w);
  return X.block(w.stmts());
}

const converted = convertedOf;

// ---- int inference: an unannotated local is a C# int only where its value provably stays in range ----
//
// JS numbers never overflow; a C# int (checked) throws. A local becomes an int only when every write
// keeps it bounded: a small literal, an int value (a length, an index, another int local), that value
// plus or minus a small literal, `++`/`--`, or `+=`/`-=` a small literal. Each write then moves it by at
// most SMALL_STEP, and a run stops after 50,000 counted instructions, so it cannot leave int's range.
// Everything else (`p = p * 2`, `p += p`, `x = a * b`) makes it a double, as in JS.
const SMALL_STEP = 1024;
/** Largest literal that starts or resets an inferred int (2^20: sums of such values stay far from 2^31). */
const SMALL_START = 1 << 20;

function smallIntLiteral(e: Node, limit: number): boolean {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  // A const holding such a literal (`i += step`).
  if (Node.isIdentifier(e)) {
    const d = declOf(e);
    const init = d && Node.isVariableDeclaration(d) && !d.getTypeNode() && isConstDecl(d) ? d.getInitializer() : undefined;
    return !!init && Node.isNumericLiteral(init) && smallIntLiteral(init, limit);
  }
  // `-0` is no int (C82: `let x = 1; x = -0;` keeps JS's negative zero in a double)
  const negated = Node.isPrefixUnaryExpression(e) && e.getOperatorToken() === SyntaxKind.MinusToken;
  if (negated) e = (e as PrefixUnaryExpression).getOperand();
  if (!Node.isNumericLiteral(e) || (negated && e.getLiteralValue() === 0)) return false;
  // `1e3`, `1.0` are integers in value but doubles as the emitter writes them.
  if (!/^(0[xXbBoO][0-9a-fA-F_]+|[0-9_]+)$/.test(e.getText())) return false;
  const v = Number(e.getText().replace(/_/g, ""));
  return Number.isInteger(v) && Math.abs(v) <= limit;
}

/** An expression whose value is an int in range, that cannot grow a variable faster than SMALL_STEP a write. */
function boundedIntExpr(e: Node, ctx: EmitContext): boolean {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  if (smallIntLiteral(e, SMALL_START)) return true;
  if (Node.isBinaryExpression(e)) {
    const k = e.getOperatorToken().getKind();
    if (k !== SyntaxKind.PlusToken && k !== SyntaxKind.MinusToken) return false;
    const l = e.getLeft();
    const r = e.getRight();
    return (intValued(l, ctx) && smallIntLiteral(r, SMALL_STEP)) || (k === SyntaxKind.PlusToken && smallIntLiteral(l, SMALL_STEP) && intValued(r, ctx));
  }
  return intValued(e, ctx);
}

/** A plain int value: an int-typed identifier, property (length, size) or call (indexOf), not arithmetic. */
function intValued(e: Node, ctx: EmitContext): boolean {
  while (Node.isParenthesizedExpression(e)) e = e.getExpression();
  if (!Node.isIdentifier(e) && !Node.isPropertyAccessExpression(e) && !Node.isCallExpression(e) && !Node.isElementAccessExpression(e)) return false;
  const t = peekType(e as Expression, ctx);
  return !!t && isIntLike(t);
}

/** Every write to `decl` inside `scope` keeps it a bounded int (then the local is a C# int). */
function inferIntLocal(decl: VariableDeclaration, scope: Node, ctx: EmitContext): boolean {
  const name = decl.getName();
  const init = decl.getInitializer();
  if (!init || !boundedIntExpr(init, ctx)) return false;
  ctx.declTypes.set(decl, T.int); // optimistic, so `i = i + 1` can be checked
  let ok = true;
  const fn = decl.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a));
  const gen = !!fn && (Node.isFunctionDeclaration(fn) || Node.isMethodDeclaration(fn) || Node.isFunctionExpression(fn)) && fn.isGenerator();
  scope.forEachDescendant((n, trav) => {
    if (!ok) return trav.stop();
    if (!Node.isIdentifier(n) || n.getText() !== name || n === decl.getNameNode()) return;
    if (declOf(n) !== decl) return;
    const site = writeSite(n);
    const p = site.getParent();
    if (!p) return;
    let written = false;
    if (Node.isBinaryExpression(p) && p.getLeft() === site) {
      const k = p.getOperatorToken().getKind();
      if (k >= SyntaxKind.FirstAssignment && k <= SyntaxKind.LastAssignment) {
        written = true;
        if (k === SyntaxKind.EqualsToken) ok = boundedIntExpr(p.getRight(), ctx);
        else if (k === SyntaxKind.PlusEqualsToken || k === SyntaxKind.MinusEqualsToken) ok = smallIntLiteral(p.getRight(), SMALL_STEP);
        else ok = false;
      }
    }
    // A target of `[a, b] = ...` (tuples.ts) takes any value: a double.
    if (Node.isArrayLiteralExpression(p)) ok = false;
    if ((Node.isPrefixUnaryExpression(p) || Node.isPostfixUnaryExpression(p)) && (p.getOperatorToken() === SyntaxKind.PlusPlusToken || p.getOperatorToken() === SyntaxKind.MinusMinusToken))
      written = true;
    // A lambda that writes it may run any number of times, from anywhere: keep it a double.
    if (written && n.getFirstAncestor((a) => Node.isArrowFunction(a) && a.getStart() > decl.getStart())) ok = false;
    // C62: a generator's local lives across next() calls, run after run: the per-run bound does not hold for it.
    if (written && ok && gen && !generatorWriteBounded(n, decl, ctx)) ok = false;
  });
  ctx.declTypes.delete(decl);
  return ok;
}

/**
 * A write of a generator's local `decl` (at `n`) that cannot carry it past int's range over any number of runs: a reset to
 * a small literal or an int value (`i = 0`, `i = xs.length`), or the `i++` / `i--` step of the `for` declaring it under a
 * condition bounding it (boundedStep). A `++`, `+=` or `i = i + 1` elsewhere may repeat once per run, without end.
 */
function generatorWriteBounded(n: Node, decl: VariableDeclaration, ctx: EmitContext): boolean {
  const p = n.getParent()!;
  if (Node.isBinaryExpression(p) && p.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    const r = p.getRight();
    return smallIntLiteral(r, SMALL_START) || (intValued(r, ctx) && !r.getDescendantsOfKind(SyntaxKind.Identifier).some((id) => declOf(id) === decl));
  }
  const fs = decl.getFirstAncestor((a) => Node.isForStatement(a));
  const inc = fs && Node.isForStatement(fs) && fs.getInitializer()?.getDescendants().includes(decl) ? fs.getIncrementor() : undefined;
  const parts = (e: Node): Node[] =>
    Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SyntaxKind.CommaToken ? [...parts(e.getLeft()), ...parts(e.getRight())] : [e];
  return !!inc && parts(inc).includes(p) && boundedStep(fs!, p, ctx);
}

function isConstDecl(decl: VariableDeclaration): boolean {
  const list = decl.getParent();
  return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === "const";
}

function enclosingScope(decl: Node): Node {
  return decl.getFirstAncestor((a) => Node.isBlock(a) || Node.isSourceFile(a) || Node.isForStatement(a) || Node.isCaseClause(a)) ?? decl.getSourceFile();
}

/** Decide and remember the C# type of a local declaration. */
export function localType(decl: VariableDeclaration, ctx: EmitContext, scope?: Node): CsType {
  const tn = decl.getTypeNode();
  let t: CsType;
  if (tn) t = typeOfNode(tn, ctx);
  else {
    const init = decl.getInitializer();
    if (!init) t = emitTypeFromChecker(decl, ctx);
    else {
      const it = peekType(init, ctx) ?? emitTypeFromChecker(decl, ctx);
      if (isIntLike(it)) {
        // A const keeps its value: an int if it starts in range. A let must stay bounded at every write.
        const ok = isConstDecl(decl) ? boundedIntExpr(init, ctx) : inferIntLocal(decl, scope ?? enclosingScope(decl), ctx);
        t = ok ? T.int : T.double;
      } else if (it.k === "null") t = emitTypeFromChecker(decl, ctx);
      else t = it;
    }
  }
  ctx.declTypes.set(decl, t);
  return t;
}

/** The checker's view of a declaration without a usable initializer type. */
function emitTypeFromChecker(decl: VariableDeclaration, ctx: EmitContext): CsType {
  try {
    return fromTsType(decl.getType(), ctx);
  } catch {
    // The initializer's own diagnostic (a class expression, a function expression...) says more than 'any'.
    const init = decl.getInitializer();
    if (init) emitExpr(init, ctx);
    return ctx.fail(decl, "AnyType");
  }
}


/** A local declaration: a node, or C# text without its `;` (a destructuring's locals, a self-calling lambda's two statements). */
type LocalDecl = ReturnType<typeof X.local> | string;

function emitVariableDeclaration(decl: VariableDeclaration, ctx: EmitContext, scope?: Node, allowVar = false): LocalDecl {
  const pattern = decl.getNameNode();
  if (isPattern(pattern) && !scope) return emitPatternDeclaration(pattern, decl.getInitializer(), ctx);
  if (!Node.isIdentifier(decl.getNameNode())) ctx.fail(decl, "Destructuring");
  const name = localName(decl);
  const init = decl.getInitializer();
  // Out<T> marker: a plain local of type T.
  if (init && Node.isNewExpression(init) && init.getExpression().getText() === "Out") {
    const tn = init.getTypeArguments()[0];
    if (!tn || decl.getVariableStatement()?.getDeclarationKind() !== "const") ctx.fail(decl, "OutMarker");
    const inner = typeOfNode(tn!, ctx);
    ctx.declTypes.set(decl, { k: "out", inner });
    return X.local(cs(inner), [{ name, init: X.raw(`default(${cs(inner)})`, X.Prec.Primary) }]);
  }
  const t = localType(decl, ctx, scope);
  if (t.k === "void") ctx.fail(decl, "UnsupportedSyntax", "a variable of type void");
  if (!init) {
    checkCapturedUnset(decl, t, ctx);
    return X.local(cs(t), [{ name, init: X.raw(`default(${cs(t)})`, X.Prec.Primary) }]);
  }
  const e = emitExpr(init, ctx, t);
  // A lambda calling itself through its own const: C# needs the variable assigned before the lambda reads it.
  const selfRef =
    Node.isArrowFunction(init) && decl.getVariableStatement() && init.getDescendantsOfKind(SyntaxKind.Identifier).some((i) => i.getText() === decl.getName() && declOf(i) === decl);
  if (selfRef) return `${cs(t)} ${name} = null; ${name} = ${convertTo(e, t, init, ctx)}`;
  const code = convertTo(e, t, init, ctx);
  return X.local(allowVar && code === e.code && varFits(e.type, t) ? "var" : cs(t), [{ name, init: converted(e, code) }]);
}

/**
 * `var` for a local whose initializer has exactly the declared type (shorter at every level, the
 * same variable in C#). Never for numbers (a literal's type is not the variable's), null, lambdas
 * (no type of their own) or nullable value types; and only where it is shorter.
 */
function varFits(from: CsType, to: CsType): boolean {
  // (a nullable reference, `IMyTerminalBlock | null`, is spelled as the reference: `var` infers the same)
  const t = to.k === "nullable" && (to.inner.k === "string" || to.inner.k === "list" || to.inner.k === "set" || to.inner.k === "dict" || (to.inner.k === "ref" && !to.inner.struct)) ? to.inner : to;
  if (!["string", "bool", "ref", "list", "set", "dict", "enum", "typeparam"].includes(t.k)) return false;
  return cs(from) === cs(to) && cs(to).length > 3;
}

/** A return (or a break/continue whose loop is outside) inside a finally block: C# forbids leaving it (CS0157). */
function leavesFinally(s: Node): boolean {
  const isReturn = Node.isReturnStatement(s);
  for (let n: Node | undefined = s.getParent(); n; n = n.getParent()) {
    if (Node.isArrowFunction(n) || Node.isFunctionDeclaration(n) || Node.isMethodDeclaration(n) || Node.isConstructorDeclaration(n) || Node.isGetAccessorDeclaration(n) || Node.isSetAccessorDeclaration(n)) return false;
    if (!isReturn && (Node.isIterationStatement(n) || (Node.isSwitchStatement(n) && Node.isBreakStatement(s)))) return false;
    const p = n.getParent();
    if (p && Node.isTryStatement(p) && p.getFinallyBlock() === n) return true;
  }
  return false;
}

function endsWithJump(s: Node | undefined): boolean {
  if (!s) return false;
  if (Node.isBreakStatement(s) || Node.isReturnStatement(s) || Node.isThrowStatement(s) || Node.isContinueStatement(s)) return true;
  if (Node.isBlock(s)) return endsWithJump(s.getStatements().at(-1));
  if (Node.isIfStatement(s)) return !!s.getElseStatement() && endsWithJump(s.getThenStatement()) && endsWithJump(s.getElseStatement());
  return false;
}

const ALLOWED_STATEMENT_EXPRESSIONS = new Set([
  SyntaxKind.CallExpression,
  SyntaxKind.BinaryExpression,
  SyntaxKind.PrefixUnaryExpression,
  SyntaxKind.PostfixUnaryExpression,
  SyntaxKind.NewExpression,
  // Not C# statements, but their own visitors say precisely why they are rejected.
  SyntaxKind.DeleteExpression,
  SyntaxKind.AwaitExpression,
  SyntaxKind.YieldExpression,
  SyntaxKind.VoidExpression,
]);

/** The value a constant case label stands for (enum members by their value: `case E.A: case E.B:` of equal values are duplicates in C#). */
/**
 * `case null:` / `case undefined:` (C# `case null:`, valid on a string, nullable enum or bool subject): taken where the
 * subject's type holds that value; JS's === never takes `case undefined` on a `T | null` (C# would: one null).
 */
function nullCaseLabel(e: Node, subject: Type): "yes" | "never" | undefined {
  const isNull = e.getKind() === SyntaxKind.NullKeyword;
  if (!isNull && !(Node.isIdentifier(e) && e.getText() === "undefined")) return undefined;
  const parts = subject.isUnion() ? subject.getUnionTypes() : [subject];
  return parts.some((t) => (isNull ? t.isNull() : t.isUndefined())) ? "yes" : "never";
}

function caseKey(e: Node): string | undefined {
  if (Node.isNumericLiteral(e)) return `n${Number(e.getText().replace(/_/g, ""))}`;
  if (Node.isPrefixUnaryExpression(e)) return Node.isNumericLiteral(e.getOperand()) ? `n${-Number(e.getOperand().getText().replace(/_/g, ""))}` : undefined;
  if (Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e)) return `s${e.getLiteralValue()}`;
  if (e.getKind() === SyntaxKind.TrueKeyword || e.getKind() === SyntaxKind.FalseKeyword) return e.getText();
  if (Node.isPropertyAccessExpression(e)) {
    const m = declOf(e.getNameNode());
    if (m && Node.isEnumMember(m)) {
      const v = m.getValue();
      return typeof v === "number" ? `n${v}` : typeof v === "string" ? `s${v}` : undefined;
    }
  }
  return undefined;
}

/**
 * A `let`/`const` declared directly in one case clause is in scope in the others (one block in both
 * languages), but JS has only initialized it when its own clause ran: a use from another clause
 * throws a ReferenceError (temporal dead zone) where C# reads or writes the variable.
 */
function checkCaseScopes(clauses: Node[], ctx: EmitContext): void {
  for (const c of clauses) {
    if (!Node.isCaseClause(c) && !Node.isDefaultClause(c)) continue;
    for (const st of c.getStatements()) {
      if (!Node.isVariableStatement(st)) continue;
      for (const d of st.getDeclarations()) {
        for (const other of clauses) {
          if (other === c) continue;
          const use = other.getDescendantsOfKind(SyntaxKind.Identifier).find((id) => id.getText() === d.getName() && declOf(id) === d);
          if (use) ctx.report(use, "UnsupportedSyntax", `'${d.getName()}' used in another case clause than the one declaring it (JS throws a ReferenceError there unless that clause ran first; C# shares the variable): wrap each clause's statements in braces and declare shared variables before the switch`);
        }
      }
    }
  }
}

function isConstantCase(e: Node): boolean {
  if (Node.isNumericLiteral(e) || Node.isStringLiteral(e) || Node.isNoSubstitutionTemplateLiteral(e) || e.getKind() === SyntaxKind.TrueKeyword || e.getKind() === SyntaxKind.FalseKeyword)
    return true;
  if (Node.isPrefixUnaryExpression(e) && e.getOperatorToken() === SyntaxKind.MinusToken) return Node.isNumericLiteral(e.getOperand());
  if (Node.isPropertyAccessExpression(e)) {
    const d = declOf(e.getExpression());
    return !!d && Node.isEnumDeclaration(d);
  }
  return false;
}

/** `e`'s value is dropped: a statement, or (C53) the right side of `&&`/`||` or a branch of `?:` that is one. */
export function valueUnused(e: Node): boolean {
  for (;;) {
    const p = e.getParent();
    if (!p) return false;
    if (Node.isExpressionStatement(p)) return true;
    // the expression body of an arrow whose contextual type returns void (JS drops the value)
    if (Node.isArrowFunction(p) && p.getBody() === e) {
      const sigs = p.getContextualType()?.getCallSignatures() ?? [];
      return sigs.length === 1 && sigs[0].getReturnType().isVoid();
    }
    const k = Node.isBinaryExpression(p) ? p.getOperatorToken().getKind() : undefined;
    // the left of a comma (JS drops its value), and a for loop's update (cc-adv15: `for (...; ...; xs.push(i), i++)`)
    if (Node.isBinaryExpression(p) && k === SyntaxKind.CommaToken && p.getLeft() === e) return true;
    if (Node.isForStatement(p) && p.getIncrementor() === e) return true;
    const goesOn =
      Node.isParenthesizedExpression(p) ||
      (Node.isBinaryExpression(p) && p.getRight() === e && (k === SyntaxKind.CommaToken || k === SyntaxKind.AmpersandAmpersandToken || k === SyntaxKind.BarBarToken || k === SyntaxKind.QuestionQuestionToken)) ||
      (Node.isConditionalExpression(p) && p.getCondition() !== e);
    if (!goesOn) return false;
    e = p;
  }
}

/**
 * An expression as a statement. C53: `ok && run();`, `ok || fail();`, `c ? a() : b();` (JS's short-circuit as control
 * flow: the right side runs only when the left says so) are C# `if` statements; they were "without an effect".
 */
export function expressionStatement(inner: Node, e: Node, ctx: EmitContext): X.Stmt {
  while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
  const op = Node.isBinaryExpression(inner) ? inner.getOperatorToken().getKind() : undefined;
  if (Node.isBinaryExpression(inner) && (op === SyntaxKind.AmpersandAmpersandToken || op === SyntaxKind.BarBarToken)) {
    const test = emitConditionNode(inner.getLeft(), ctx);
    const not = (t: X.Expr): X.Expr => (t.k === "unary" && t.op === "!" ? t.operand : X.unary("!", t));
    return X.ifStmt(op === SyntaxKind.BarBarToken ? not(test) : test, X.block([expressionStatement(inner.getRight(), inner.getRight(), ctx)]));
  }
  // `o ?? log.push("x");`, `m.get(k) ?? m.set(k, v);`: the right side runs when the left is null or undefined
  if (Node.isBinaryExpression(inner) && op === SyntaxKind.QuestionQuestionToken) {
    const left = emitExpr(inner.getLeft(), ctx);
    if (left.type.k !== "nullable" && isValueType(left.type)) ctx.fail(inner, "UnsupportedSyntax", "'??' on a value that cannot be null");
    return X.ifStmt(X.binary("==", nodeOf(left), X.lit("null")), X.block([expressionStatement(inner.getRight(), inner.getRight(), ctx)]));
  }
  // `xs.push(a), st.add(b);`: JS runs each operand in order and drops the values: one statement each (cc-adv15: it
  // was "an expression statement without an effect")
  if (Node.isBinaryExpression(inner) && op === SyntaxKind.CommaToken)
    return X.block([expressionStatement(inner.getLeft(), inner.getLeft(), ctx), expressionStatement(inner.getRight(), inner.getRight(), ctx)]);
  // (each branch in braces: `push(a, b)` may be two C# statements, and an `if` as the branch would take the `else`)
  if (Node.isConditionalExpression(inner))
    return X.ifStmt(emitConditionNode(inner.getCondition(), ctx), X.block([expressionStatement(inner.getWhenTrue(), inner.getWhenTrue(), ctx)]), X.block([expressionStatement(inner.getWhenFalse(), inner.getWhenFalse(), ctx)]));
  const removed = removedEnd(inner, ctx);
  if (removed) return removed;
  if (!ALLOWED_STATEMENT_EXPRESSIONS.has(inner.getKind())) ctx.fail(e, "UnsupportedSyntax", "an expression statement without an effect");
  if (Node.isBinaryExpression(inner) && !/=$/.test(inner.getOperatorToken().getText())) ctx.fail(e, "UnsupportedSyntax", "an expression statement without an effect");
  if (Node.isBinaryExpression(inner) && ["==", "===", "!=", "!==", "<=", ">="].includes(inner.getOperatorToken().getText()))
    ctx.fail(e, "UnsupportedSyntax", "an expression statement without an effect");
  return X.exprStmt(wholeOf(emitExpr(inner, ctx)));
}

/**
 * `xs.shift();` / `xs.pop();` whose value nobody reads, xs a local, a parameter or a field read through `this.` (read
 * twice, the same list): `if (xs.Count > 0) xs.RemoveAt(0);` (`xs.Count - 1` for pop), not the runtime's Shift/Pop
 * helper: JS's shift of an empty array changes nothing, nor does the guarded RemoveAt. Right after a push onto xs the
 * guard goes (pushedJustBefore, non-empty.ts).
 */
function removedEnd(inner: Node, ctx: EmitContext): X.Stmt | undefined {
  if (!Node.isCallExpression(inner) || inner.getArguments().length) return undefined;
  const callee = inner.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || callee.hasQuestionDotToken() || !["shift", "pop"].includes(callee.getName())) return undefined;
  const recv = callee.getExpression();
  if (!recv.getType().isArray()) return undefined;
  const field = (n: Node) =>
    Node.isPropertyAccessExpression(n) && !n.hasQuestionDotToken() && n.getExpression().getKind() === SyntaxKind.ThisKeyword &&
    (n.getSymbol()?.getDeclarations() ?? []).every((d) => Node.isPropertyDeclaration(d) || Node.isParameterDeclaration(d));
  if (!Node.isIdentifier(recv) && !field(recv)) return undefined;
  const l = emitExpr(recv, ctx);
  if (l.type.k !== "list") return undefined;
  const count = X.member(nodeOf(l), "Count");
  const at = callee.getName() === "shift" ? X.lit("0") : X.binary("-", count, X.lit("1"));
  // (right after a push onto it the list has an element: no guard, non-empty.ts)
  let stmt: Node = inner;
  while (Node.isParenthesizedExpression(stmt.getParentOrThrow())) stmt = stmt.getParentOrThrow();
  stmt = stmt.getParentOrThrow();
  if (Node.isExpressionStatement(stmt) && pushedJustBefore(stmt, recv.getText())) return X.exprStmt(X.call(X.member(nodeOf(l), "RemoveAt"), [at]));
  return X.ifStmt(X.binary(">", count, X.lit("0")), X.block([X.exprStmt(X.call(X.member(nodeOf(l), "RemoveAt"), [at]))]));
}

const statementVisitors: Partial<Record<SyntaxKind, StatementVisitor>> = {
  [SyntaxKind.Block]: (b: Block, w, ctx) => w.stmt(bodyOf(b, ctx)),
  [SyntaxKind.EmptyStatement]: () => {},
  [SyntaxKind.VariableStatement]: (vs: Node, w, ctx) => {
    const st = vs.asKindOrThrow(SyntaxKind.VariableStatement);
    if (st.getDeclarationKind() === "var") ctx.fail(st, "VarDeclaration");
    for (const d of st.getDeclarations()) {
      const l = emitVariableDeclaration(d, ctx, undefined, true);
      w.stmt(typeof l === "string" ? X.line(`${l};`) : l);
    }
  },
  [SyntaxKind.ExpressionStatement]: (es: Node, w, ctx) => {
    const e = es.asKindOrThrow(SyntaxKind.ExpressionStatement).getExpression();
    let inner: Node = e;
    while (Node.isParenthesizedExpression(inner)) inner = inner.getExpression();
    if (emitYieldStatement(inner, w, ctx)) return;
    w.stmt(expressionStatement(inner, e, ctx));
  },
  [SyntaxKind.IfStatement]: (s: Node, w, ctx) => {
    // an `else if` chain, emitted in its order, one `if` node each
    const chain: [X.Expr, X.Stmt][] = [];
    let cur: Node | undefined = s;
    while (cur && Node.isIfStatement(cur)) {
      chain.push([emitConditionNode(cur.getExpression(), ctx), bodyOf(cur.getThenStatement(), ctx)]);
      cur = cur.getElseStatement();
    }
    let last = cur ? bodyOf(cur as Statement, ctx) : undefined;
    for (const [test, then] of chain.reverse()) last = X.ifStmt(test, then, last);
    w.stmt(last!);
  },
  [SyntaxKind.WhileStatement]: (s: Node, w, ctx) => {
    const ws = s.asKindOrThrow(SyntaxKind.WhileStatement);
    const test = emitConditionNode(ws.getExpression(), ctx);
    w.stmt({ k: "while", test, body: bodyOf(ws.getStatement(), ctx) });
  },
  [SyntaxKind.DoStatement]: (s: Node, w, ctx) => {
    const ds = s.asKindOrThrow(SyntaxKind.DoStatement);
    const body = bodyOf(ds.getStatement(), ctx);
    w.stmt({ k: "do", body, test: emitConditionNode(ds.getExpression(), ctx) });
  },
  [SyntaxKind.ForStatement]: (s: Node, w, ctx) => {
    const fs = s.asKindOrThrow(SyntaxKind.ForStatement);
    const init = fs.getInitializer();
    // `i++, j--`: C#'s for-iterator takes a comma-separated list of statement expressions.
    const incParts = (e: Node): Node[] =>
      Node.isBinaryExpression(e) && e.getOperatorToken().getKind() === SyntaxKind.CommaToken ? [...incParts(e.getLeft()), ...incParts(e.getRight())] : [e];
    let initNode: ReturnType<typeof X.local> | X.Expr | undefined;
    const loopVars: Node[] = [];
    if (init && Node.isVariableDeclarationList(init)) {
      if (init.getDeclarationKind() === "var") ctx.fail(init, "VarDeclaration");
      const decls = init.getDeclarations();
      // (a loop's scope makes every one a node: no destructuring, no self-calling lambda)
      const parts = decls.map((d) => emitVariableDeclaration(d, ctx, fs) as ReturnType<typeof X.local>);
      if (new Set(parts.map((p) => p.type)).size > 1) ctx.fail(init, "UnsupportedSyntax", "for-loop variables of different types");
      initNode = X.local(parts[0].type, parts.flatMap((p) => p.vars));
      if (init.getDeclarationKind() === "let") loopVars.push(...decls);
    } else if (init) {
      // `for (i = 1, j = 5; ...)`: the parts but the last run once before the loop, in order (cc-adv15: "the comma operator")
      const parts = incParts(init);
      for (const p of parts.slice(0, -1)) w.stmt(expressionStatement(p, p, ctx));
      initNode = wholeOf(emitExpr(parts[parts.length - 1], ctx));
    }
    const cond = fs.getCondition() ? emitConditionNode(fs.getCondition()!, ctx) : undefined;
    const incCode = (e: Node) => {
      const ok = ALLOWED_STATEMENT_EXPRESSIONS.has(e.getKind()) && !(Node.isBinaryExpression(e) && !/^[^=!<>]*=$|^(<<|>>|>>>)=$/.test(e.getOperatorToken().getText()));
      // `i < 9 && i++`, `c ? i++ : j++`: an effect, but C#'s for-loop update takes statement expressions only
      const k = Node.isBinaryExpression(e) ? e.getOperatorToken().getKind() : undefined;
      if (!ok && (Node.isConditionalExpression(e) || k === SyntaxKind.AmpersandAmpersandToken || k === SyntaxKind.BarBarToken || k === SyntaxKind.QuestionQuestionToken))
        ctx.fail(e, "UnsupportedForm", `the for-loop update '${e.getText()}'`, "C#'s for-loop update takes only assignments, ++/--, calls and 'new' (a short-circuit or '?:' is not one of them)", "Write it as an if statement at the end of the loop body (and before each 'continue'), or make the loop a while loop.");
      if (!ok) ctx.fail(e, "UnsupportedSyntax", "a for-loop update without an effect");
      // A step the loop's condition bounds cannot overflow: it needs no `checked` (issue 15).
      const saved = ctx.intArithmetic;
      const code = wholeOf(emitExpr(e as any, ctx));
      if (boundedStep(fs, e, ctx)) ctx.intArithmetic = saved;
      return code;
    };
    const update = fs.getIncrementor() ? incParts(fs.getIncrementor()!).map(incCode) : [];
    // Counters that lambdas in the body capture get a per-iteration copy (loop-copies.ts).
    const copied = planLoopCopies(fs, loopVars as VariableDeclaration[], ctx);
    ctx.forLoopVars.push(loopVars.filter((d) => !copied.includes(d as VariableDeclaration)));
    try {
      let body: X.Stmt;
      if (copied.length) {
        const b = new Writer();
        openLoopCopies(fs, b, ctx);
        const st = fs.getStatement();
        for (const x of Node.isBlock(st) ? st.getStatements() : [st]) emitStatement(x, b, ctx);
        continueTarget(fs, b);
        closeLoopCopies(fs, b);
        body = X.block(b.stmts());
      } else body = bodyOf(fs.getStatement(), ctx);
      w.stmt({ k: "for", init: initNode, test: cond, update, body });
    } finally {
      ctx.forLoopVars.pop();
    }
  },
  [SyntaxKind.ForOfStatement]: (s: Node, w, ctx) => emitForOf(s.asKindOrThrow(SyntaxKind.ForOfStatement), w, ctx),
  [SyntaxKind.ForInStatement]: (s: Node, _w, ctx) => ctx.fail(s, "UnsupportedSyntax", "'for...in' (use for...of over an array or a Map)"),
  [SyntaxKind.ReturnStatement]: (s: Node, w, ctx) => {
    const rs = s.asKindOrThrow(SyntaxKind.ReturnStatement);
    if (leavesFinally(rs)) ctx.fail(rs, "UnsupportedSyntax", "'return' inside 'finally' (C# cannot leave a finally block; set a variable and return after the try)");
    if (emitGeneratorReturn(rs, w, ctx)) return;
    const e = rs.getExpression();
    const ret = returnTypes[returnTypes.length - 1] ?? T.void;
    // `return;` in a function returning `T | undefined` returns undefined: C#'s null.
    if (!e) return w.stmt(X.ret(ret.k === "nullable" ? whole(undefinedReturn(ret, rs, ctx)) : undefined));
    const em = emitExpr(e, ctx, ret.k === "void" ? undefined : ret);
    w.stmt(X.ret(ret.k === "void" ? wholeOf(em) : converted(em, convertTo(em, ret, e, ctx))));
  },
  [SyntaxKind.BreakStatement]: (s: Node, w, ctx) => {
    const plain = () => {
      if (leavesFinally(s)) ctx.fail(s, "UnsupportedSyntax", "'break' out of a 'finally' block (C# cannot leave a finally block)");
      w.stmt({ k: "break" });
    };
    // `break L`: a goto unless L is the loop or switch a plain break leaves (labels.ts)
    if (!emitLabeledJump(s.asKindOrThrow(SyntaxKind.BreakStatement), w, ctx, plain)) plain();
  },
  [SyntaxKind.ContinueStatement]: (s: Node, w, ctx) => {
    const plain = () => {
      if (leavesFinally(s)) ctx.fail(s, "UnsupportedSyntax", "'continue' out of a 'finally' block (C# cannot leave a finally block)");
      beforeContinue(s, w);
      w.stmt({ k: "continue" });
    };
    if (!emitLabeledJump(s.asKindOrThrow(SyntaxKind.ContinueStatement), w, ctx, plain)) plain();
  },
  [SyntaxKind.ThrowStatement]: (s: Node, w, ctx) => {
    const e = s.asKindOrThrow(SyntaxKind.ThrowStatement).getExpression();
    const em = emitExpr(e, ctx);
    if (em.type.k !== "exception" && !errorClassOf(stripNullable(em.type), e, ctx)) ctx.fail(e, "UnsupportedSyntax", `throwing a '${describe(em.type)}' (throw new Error(...) or an instance of a class extending Error)`);
    w.stmt(X.throwStmt(wholeOf(em)));
  },
  [SyntaxKind.TryStatement]: (s: Node, w, ctx) => {
    const ts = s.asKindOrThrow(SyntaxKind.TryStatement);
    const body = bodyOf(ts.getTryBlock(), ctx);
    let handler: { name?: string; body: X.Stmt } | undefined;
    const cc = ts.getCatchClause();
    if (cc) {
      const v = cc.getVariableDeclaration();
      let name: string | undefined;
      if (v) {
        if (!Node.isIdentifier(v.getNameNode())) ctx.fail(v, "Destructuring");
        ctx.declTypes.set(v, T.exception);
        name = localName(v);
      }
      handler = name ? { name, body: bodyOf(cc.getBlock(), ctx) } : { body: bodyOf(cc.getBlock(), ctx) };
    }
    const fin = ts.getFinallyBlock();
    w.stmt({ k: "try", body, ...(handler ? { catch: handler } : {}), ...(fin ? { finally: bodyOf(fin, ctx) } : {}) });
  },
  [SyntaxKind.SwitchStatement]: (s: Node, w, ctx) => {
    const ss = s.asKindOrThrow(SyntaxKind.SwitchStatement);
    // A numeric discriminant is wanted as an int (`switch (a % 3)` on declared ints stays int arithmetic).
    const peek = peekType(ss.getExpression(), ctx);
    const d = emitExpr(ss.getExpression(), ctx, peek && peek.k === "double" ? T.int : undefined);
    const dt = stripNullable(d.type);
    if (!(dt.k === "int" || dt.k === "intlit" || dt.k === "string" || dt.k === "enum" || dt.k === "bool"))
      ctx.fail(ss.getExpression(), "UnsupportedSyntax", `switch on a '${describe(d.type)}' (C# switches on int, string, bool or enum; declare it int or use if/else)`);
    const sections: { labels: (X.Expr | undefined)[]; body: X.Stmt[] }[] = [];
    const clauses = ss.getCaseBlock().getClauses();
    checkCaseScopes(clauses, ctx);
    const seen = new Set<string>();
    clauses.forEach((c, i) => {
      const labels: (X.Expr | undefined)[] = [];
      if (Node.isCaseClause(c)) {
        const e = c.getExpression();
        const key = isConstantCase(e) ? caseKey(e) : undefined;
        const nullish = nullCaseLabel(e, ss.getExpression().getType());
        if (nullish === "never") ctx.report(e, "UnsupportedSyntax", `'case ${e.getText()}:' on a subject that is never ${e.getText()} (JS compares with ===, so it never takes it: remove it)`);
        else if (nullish) {
          if (seen.has("null")) ctx.report(e, "UnsupportedSyntax", "a case label with the value of an earlier one (JS never reaches it, C# rejects it: remove it)");
          seen.add("null");
          labels.push(X.lit("null"));
        } else if (!isConstantCase(e))
          ctx.report(e, "UnsupportedSyntax", `a case label that is not a literal or enum member (C# needs constant labels${ss.getExpression().getKind() === SyntaxKind.TrueKeyword ? `: write switch (true) as if (${e.getText()}) ... else if (...) ... else ...` : `: compare with if/else, e.g. if (${ss.getExpression().getText()} === ${e.getText()})`})`);
        else if (key !== undefined && seen.has(key)) ctx.report(e, "UnsupportedSyntax", "a case label with the value of an earlier one (JS never reaches it, C# rejects it: remove it)");
        else {
          if (key !== undefined) seen.add(key);
          const em = emitExpr(e, ctx, dt);
          const intLabel = intCaseLabel(e, key, dt, ctx);
          // C48: `case E.A:` on an int subject needs the enum's constant as an int (mcs CS0266)
          const enumOnInt = isIntLike(dt) && em.type.k === "enum";
          labels.push(intLabel !== undefined ? X.lit(intLabel) : dt.k === "enum" && em.type.k !== "enum" ? X.cast(dt.name, nodeOf(em)) : enumOnInt ? X.cast("int", nodeOf(em)) : wholeOf(em));
        }
      } else labels.push(undefined);
      const stmts = c.getStatements();
      const b = new Writer();
      for (const x of stmts) emitStatement(x, b, ctx);
      // (an empty clause falls through to the next one's labels, as in JS)
      if (!endsWithJump(stmts.at(-1))) {
        if (i === clauses.length - 1) b.stmt({ k: "break" });
        else if (stmts.length) ctx.report(c, "Fallthrough");
      }
      sections.push({ labels, body: b.stmts() });
    });
    const unreachable = unreachableDefault(ss);
    if (unreachable) sections.push(unreachable);
    w.stmt({ k: "switch", on: wholeOf(d), sections });
  },
  [SyntaxKind.LabeledStatement]: (s: Node, w, ctx) => emitLabeled(s.asKindOrThrow(SyntaxKind.LabeledStatement), w, ctx, (x, wx) => emitStatement(x, wx, ctx)),
  [SyntaxKind.FunctionDeclaration]: (s: Node, _w, ctx) => ctx.fail(s, "UnsupportedSyntax", "a nested function declaration (use a const arrow function)"),
  [SyntaxKind.ClassDeclaration]: (s: Node, _w, ctx) => ctx.fail(s, "UnsupportedSyntax", "a class declared inside a function"),
  [SyntaxKind.DebuggerStatement]: (s: Node, _w, ctx) => ctx.fail(s, "UnsupportedSyntax", "'debugger'"),
  [SyntaxKind.WithStatement]: (s: Node, _w, ctx) => ctx.fail(s, "UnsupportedSyntax", "'with'"),
};

function emitForOf(fo: Node & any, w: Writer, ctx: EmitContext): void {
  const init = fo.getInitializer();
  if (fo.isAwaited()) ctx.fail(fo, "Async", "for await");
  if (!Node.isVariableDeclarationList(init)) ctx.fail(init, "UnsupportedSyntax", "for...of over an existing variable (declare it: for (const x of ...))");
  if (init.getDeclarationKind() === "var") ctx.fail(init, "VarDeclaration");
  const decl = init.getDeclarations()[0];
  let iter: Node = fo.getExpression();
  // map.keys() / map.values() / map.entries()
  let mapPart: "keys" | "values" | "entries" | undefined;
  const iterCallee = Node.isCallExpression(iter) && iter.getArguments().length === 0 ? iter.getExpression() : undefined;
  if (iterCallee && Node.isPropertyAccessExpression(iterCallee)) {
    const nm = iterCallee.getName();
    const recvT = peekType(iterCallee.getExpression(), ctx);
    if (recvT && (recvT.k === "dict" || recvT.k === "set") && (nm === "keys" || nm === "values" || nm === "entries")) {
      mapPart = nm;
      iter = iterCallee.getExpression();
    }
  }
  if (emitForOfArrayEntries(fo, decl, iter, w, ctx)) return;
  const coll = emitExpr(iter, ctx);
  const ct = stripNullable(coll.type);
  const body = fo.getStatement();
  if (emitForOfGenerator(decl, coll, body, w, ctx)) return;
  if (ct.k === "list") {
    // for (const [k, v] of pairs) over tuples: the element into a temporary, then one local each.
    const pattern = decl.getNameNode();
    const tupleBind = isPattern(pattern) ? pattern : undefined;
    if (!Node.isIdentifier(pattern) && !tupleBind) ctx.fail(decl, "Destructuring");
    if (!tupleBind) ctx.declTypes.set(decl, ct.elem);
    const elName = tupleBind ? ctx.tempName("entry") : localName(decl);
    const i = ctx.tempName("i");
    // JS evaluates the iterable once and keeps iterating that array even if the variable is reassigned:
    // anything but a const local goes into a temporary.
    const iterDecl = Node.isIdentifier(iter) ? declOf(iter) : undefined;
    const isConstLocal = !!iterDecl && Node.isVariableDeclaration(iterDecl) && iterDecl.getVariableStatement()?.getDeclarationKind() === "const";
    const listName = isConstLocal ? undefined : ctx.tempName("list");
    const list = listName ? X.name(listName) : nodeOf(coll);
    const b = new Writer();
    b.stmt(X.local(cs(ct.elem), [{ name: elName, init: X.index(list, [X.name(i)]) }]));
    if (tupleBind) for (const x of bindPattern(tupleBind, elName, ct.elem, decl.getType(), ctx)) b.line(`${x};`);
    emitLoopBody(body, b, ctx);
    const test = X.binary("<", X.name(i), X.member(list, "Count"));
    const loop: X.Stmt = { k: "for", init: X.local("int", [{ name: i, init: X.lit("0") }]), test, update: [X.postfix("++", X.name(i))], body: X.block(b.stmts()) };
    w.stmt(listName ? X.block([X.local(cs(ct), [{ name: listName, init: wholeOf(coll) }]), loop]) : loop);
    return;
  }
  if (ct.k === "dict" || ct.k === "set") {
    const what = ct.k === "dict" ? "Map" : "Set";
    if (iteratesDeleted(ct, ctx)) ctx.fail(fo.getExpression(), "MapIterationAfterDelete", what);
    // JS iterators are live (they visit added entries); a C# enumerator throws once the collection
    // changes. Reject set/add/clear in the body on any Map/Set of the iterated type (aliases included).
    const collType = iter.getType().getNonNullableType().getText();
    for (const c of body.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const callee = c.getExpression();
      if (!Node.isPropertyAccessExpression(callee) || !["set", "add", "clear"].includes(callee.getName())) continue;
      if (callee.getExpression().getType().getNonNullableType().getText() === collType) ctx.fail(c, "MutationDuringIteration", `${callee.getName()}`, what);
    }
    if (ct.k === "set" || mapPart === "keys" || mapPart === "values") {
      if (!Node.isIdentifier(decl.getNameNode())) ctx.fail(decl, "Destructuring");
      const et = ct.k === "dict" ? (mapPart === "keys" ? ct.key : ct.value) : ct.elem;
      ctx.declTypes.set(decl, et);
      const src = ct.k === "set" ? wholeOf(coll) : X.member(nodeOf(coll), mapPart === "keys" ? "Keys" : "Values");
      emitForeachVar(decl, cs(et), src, body, w, ctx);
      return;
    }
    if (ct.k !== "dict") return ctx.fail(decl, "Destructuring");
    const nameNode = decl.getNameNode();
    if (Node.isIdentifier(nameNode)) {
      // for (const e of m): each entry a fresh [key, value] tuple, as JS's entry arrays are.
      const et = entryTuple(ct, decl, ctx);
      ctx.declTypes.set(decl, et);
      const kv = ctx.tempName("entry");
      const entry = X.newObject(cs(et), [X.member(X.name(kv), "Key"), X.member(X.name(kv), "Value")]);
      emitForeach(`KeyValuePair<${cs(ct.key)}, ${cs(ct.value)}>`, kv, wholeOf(coll), [X.local(cs(et), [{ name: localName(decl), init: entry }])], body, w, ctx);
      return;
    }
    if (!Node.isArrayBindingPattern(nameNode) || nameNode.getElements().length !== 2) return ctx.fail(decl, "Destructuring");
    const [kEl, vEl] = nameNode.getElements();
    const kv = ctx.tempName("entry");
    const binds: X.Stmt[] = [];
    for (const [el, t, part] of [[kEl, ct.key, "Key"], [vEl, ct.value, "Value"]] as const) {
      if (Node.isOmittedExpression(el)) continue;
      if (!Node.isIdentifier(el.getNameNode())) ctx.fail(el, "UnsupportedSyntax", "a nested pattern in a Map entry's [key, value] (name them, then destructure in the body: for (const [k, v] of m) { const [a, b] = v; ... })");
      ctx.declTypes.set(el, t);
      binds.push(X.local(cs(t), [{ name: localName(el), init: X.member(X.name(kv), part) }]));
    }
    emitForeach(`KeyValuePair<${cs(ct.key)}, ${cs(ct.value)}>`, kv, wholeOf(coll), binds, body, w, ctx);
    return;
  }
  if (ct.k === "string") {
    // JS iterates a string by code points (a surrogate pair is one string of two units).
    if (!Node.isIdentifier(decl.getNameNode())) ctx.fail(decl, "Destructuring");
    ctx.declTypes.set(decl, T.string);
    ctx.useHelper("CodePoints");
    emitForeachVar(decl, "string", X.call(X.name("Js.CodePoints"), [wholeOf(coll)]), body, w, ctx);
    return;
  }
  if (ct.k === "ref" && isApiEnumerable(iter)) {
    // an API collection (MyCommandLine.Items...): C#'s foreach over its GetEnumerator (api-collections.ts)
    if (!Node.isIdentifier(decl.getNameNode())) ctx.fail(decl, "Destructuring");
    const et = fromTsType(decl.getType(), ctx);
    ctx.declTypes.set(decl, et);
    emitForeachVar(decl, cs(et), wholeOf(coll), body, w, ctx);
    return;
  }
  const iterable = classIterator(iter, coll, ctx);
  if (iterable && emitForOfGenerator(decl, iterable, body, w, ctx)) return;
  // a tuple (often an `as const` list of names): pbts's tuples are no arrays; an array type says what the user means
  const isRef = ct.k === "ref"; // (read before isTuple's guard narrows ct)
  if (isTuple(ct))
    ctx.fail(fo.getExpression(), "UnsupportedSyntax", `for...of over a tuple ('${iter.getType().getText(iter)}'${madeAsConst(iter)}: ${TUPLE_NOT_ARRAY})`);
  ctx.fail(fo.getExpression(), "UnsupportedSyntax", `for...of over a '${describe(ct)}'${isRef ? " (an iterable class declares *[Symbol.iterator](): Generator<T>)" : ""}`);
}


/**
 * How a Map/Set the program deletes from is remembered (PBTS1021): by its C# type, or, when deleted
 * through a type parameter (`drop<K, V>(m: Map<K, V>, k)`), as "any Map" / "any Set".
 */
export function deletedKey(t: CsType): string {
  return hasTypeParam(t) ? t.k : cs(t);
}

/**
 * Does the program delete from Maps/Sets of this type? A generic helper's `Map<K, V>` may be any Map
 * (C43: `[...m.keys()]` in `keysOf<K, V>(m)` after `m.delete` on a `Map<string, int>`): any deleted one of its kind.
 */
export function iteratesDeleted(t: CsType, ctx: EmitContext): boolean {
  if (t.k !== "dict" && t.k !== "set") return false;
  const del = ctx.deletedCollections;
  if (del.has(cs(t)) || del.has(t.k)) return true;
  const prefix = t.k === "dict" ? "Dictionary<" : "HashSet<";
  return hasTypeParam(t) && [...del].some((k) => k.startsWith(prefix));
}

function hasTypeParam(t: CsType): boolean {
  if (t.k === "typeparam") return true;
  if (t.k === "dict") return hasTypeParam(t.key) || hasTypeParam(t.value);
  if (t.k === "list" || t.k === "set") return hasTypeParam(t.elem);
  if (t.k === "nullable" || t.k === "out" || t.k === "blocktype") return hasTypeParam(t.inner);
  if (t.k === "ref") return t.args.some(hasTypeParam);
  if (t.k === "func") return t.params.some(hasTypeParam) || hasTypeParam(t.ret);
  return false;
}

/**
 * `foreach` whose variable is the loop's own `const`/`let`. C# refuses an assignment to a foreach variable (mcs
 * CS1656), so a `let` the body (or a closure in it) writes is a local copy of a temporary (C120).
 */
function emitForeachVar(decl: VariableDeclaration, type: string, coll: X.Expr, body: Statement, w: Writer, ctx: EmitContext): void {
  const name = localName(decl);
  if (!loopVariableWritten(decl, body, ctx)) return emitForeach(type, name, coll, [], body, w, ctx);
  const item = ctx.tempName("item");
  emitForeach(type, item, coll, [X.local(type, [{ name, init: X.name(item) }])], body, w, ctx);
}

function loopVariableWritten(decl: VariableDeclaration, body: Statement, ctx: EmitContext): boolean {
  const list = decl.getParent();
  if (!Node.isVariableDeclarationList(list) || list.getDeclarationKind() === "const") return false;
  const checker = rawChecker(ctx);
  const d = decl.compilerNode;
  const writes = (n: ts.Node): boolean => (ts.isIdentifier(n) && n.text === decl.getName() && rawDeclOf(n, checker) === d && writesVariable(n, d)) || (ts.forEachChild(n, writes) ?? false);
  return writes(body.compilerNode);
}

/** `foreach (T name in coll) { <binds> <body> }`. */
function emitForeach(type: string, name: string, coll: X.Expr, binds: X.Stmt[], body: Statement, w: Writer, ctx: EmitContext): void {
  const b = new Writer();
  emitLoopBody(body, b, ctx);
  w.stmt({ k: "foreach", type, name, coll, body: X.block([...binds, ...b.stmts()]) });
}

export function emitLoopBody(body: Statement, w: Writer, ctx: EmitContext): void {
  ctx.forLoopVars.push([]);
  try {
    if (Node.isBlock(body)) for (const x of body.getStatements()) emitStatement(x, w, ctx);
    else emitStatement(body, w, ctx);
    continueTarget(body.getParent(), w);
  } finally {
    ctx.forLoopVars.pop();
  }
}

/**
 * `i++` (`++i`, `i += 1`) of an int loop variable under a condition conjunct `i < n` (n an int), or
 * `i--` (`--i`, `i -= 1`) under `i > n` or `i >= L` (L an int literal above int.MinValue), with no
 * other write of `i` in the loop: the step starts from a value the condition bounded, so it cannot
 * leave int's range.
 */
function boundedStep(fs: Node, e: Node, ctx: EmitContext): boolean {
  const f = fs.asKindOrThrow(SyntaxKind.ForStatement);
  let operand: Node | undefined;
  let up: boolean;
  if (Node.isPrefixUnaryExpression(e) || Node.isPostfixUnaryExpression(e)) {
    operand = e.getOperand();
    up = e.getOperatorToken() === SyntaxKind.PlusPlusToken;
  } else if (Node.isBinaryExpression(e) && Node.isNumericLiteral(e.getRight()) && e.getRight().getText() === "1") {
    const k = e.getOperatorToken().getKind();
    if (k !== SyntaxKind.PlusEqualsToken && k !== SyntaxKind.MinusEqualsToken) return false;
    operand = e.getLeft();
    up = k === SyntaxKind.PlusEqualsToken;
  } else return false;
  if (!Node.isIdentifier(operand)) return false;
  const decl = declOf(operand);
  if (!decl || ctx.declTypes.get(decl)?.k !== "int") return false;
  const isVar = (n: Node) => Node.isIdentifier(n) && declOf(n) === decl;
  const isInt = (n: Expression) => {
    const t = peekType(n, ctx);
    return !!t && (t.k === "int" || (t.k === "intlit" && Node.isNumericLiteral(n)));
  };
  const conjuncts = (c: Node): Node[] =>
    Node.isBinaryExpression(c) && c.getOperatorToken().getKind() === SyntaxKind.AmpersandAmpersandToken ? [...conjuncts(c.getLeft()), ...conjuncts(c.getRight())] : [c];
  const cond = f.getCondition();
  const bounded = (cond ? conjuncts(cond) : []).some((c) => {
    if (!Node.isBinaryExpression(c)) return false;
    const k = c.getOperatorToken().getKind();
    const [l, r] = [c.getLeft(), c.getRight()];
    if (up) return (k === SyntaxKind.LessThanToken && isVar(l) && isInt(r)) || (k === SyntaxKind.GreaterThanToken && isVar(r) && isInt(l));
    if (k === SyntaxKind.GreaterThanToken && isVar(l) && isInt(r)) return true;
    if (k === SyntaxKind.LessThanToken && isVar(r) && isInt(l)) return true;
    const lit = k === SyntaxKind.GreaterThanEqualsToken && isVar(l) ? r : k === SyntaxKind.LessThanEqualsToken && isVar(r) ? l : undefined;
    return !!lit && Node.isNumericLiteral(lit) && Number.isInteger(lit.getLiteralValue()) && lit.getLiteralValue() <= 2147483647;
  });
  if (!bounded) return false;
  // no other write of the variable anywhere in the loop (its body, lambdas in it, the condition):
  // TypeScript's own nodes are walked (wrapping every token of the loop cost 3% of a compile).
  const name = operand.compilerNode.text;
  const checker = rawChecker(ctx);
  const [declNode, operandNode] = [decl.compilerNode, operand.compilerNode];
  const writes = (n: ts.Node): boolean => {
    // Only an identifier of the same name can be the variable: no symbol asked of the others.
    if (ts.isIdentifier(n) && n.text === name && n !== operandNode && rawDeclOf(n, checker) === declNode && writesVariable(n, declNode)) return true;
    return ts.forEachChild(n, writes) ?? false;
  };
  return !writes(f.compilerNode);
}
