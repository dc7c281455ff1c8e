// `x!: number` (a definite assignment assertion, no initializer) — C37: JS reads `undefined` until the field is set
// (NaN in arithmetic, "undefined" printed), C# its default (0, false, null printed as ""): a silent difference
// wherever it is read first. Fields of numbers, booleans, enums and strings are rejected with the fix (an initial
// value: read before set, JS then reads it too). Objects are left alone: both sides fail on a member read.
import { Node, SyntaxKind, type PropertyDeclaration, type VariableDeclaration } from "ts-morph";
import { stripNullable, type CsType } from "./cstype.ts";
import type { EmitContext } from "./context.ts";

const DEFAULTS: Partial<Record<CsType["k"], string>> = { double: "0", int: "0", intlit: "0", float: "toFloat(0)", long: "toLong(0)", bool: "false", string: '""' };

export function checkDefiniteField(m: PropertyDeclaration, t: CsType, ctx: EmitContext): void {
  if (!m.hasExclamationToken() || m.getInitializer()) return;
  const s = stripNullable(t);
  // C45: a field of a type parameter (`v!: T`) reads default(T) in C#, 0 for a number, null for a string.
  if (s.k === "typeparam")
    return ctx.report(m, "UnsupportedSyntax", `a field of type '${s.name}' declared '${m.getName()}!' without an initial value (JS reads undefined until it is set, C# default(${s.name}): 0 for a number, "" printed for a string; set it in the constructor from a parameter: constructor(${m.getName()}: ${s.name}) { this.${m.getName()} = ${m.getName()}; })`);
  const dflt = s.k === "enum" ? `${s.name}.<a member>` : DEFAULTS[s.k];
  if (dflt === undefined) return;
  ctx.report(m, "UnsupportedSyntax", `a field declared '${m.getName()}!' without an initial value (JS reads undefined until it is set: NaN in arithmetic, 'undefined' printed; C# reads ${dflt === '""' ? "null" : dflt}; give it one: ${m.getName()} = ${dflt})`);
}

/**
 * `let x: number;` read by a closure that may run before the first assignment (C38): TypeScript checks direct reads
 * only (TS2454), so `const f = () => x; f()` reads undefined in JS, C#'s `default(double)` 0. Rejected for the same
 * types, with the initial value to write.
 */
export function checkCapturedUnset(decl: VariableDeclaration, t: CsType, ctx: EmitContext): void {
  if (decl.getInitializer()) return;
  const s = stripNullable(t);
  if (t.k === "nullable") return;
  const dflt = s.k === "enum" ? `${s.name}.<a member>` : DEFAULTS[s.k];
  if (dflt === undefined) return;
  const home = decl.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isSourceFile(a));
  const name = decl.getName();
  const captured = decl
    .getVariableStatement()
    ?.getParent()
    ?.getDescendantsOfKind(SyntaxKind.Identifier)
    .some((i) => i.getText() === name && i !== decl.getNameNode() && i.getSymbol() === decl.getSymbol() && i.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a) || Node.isSourceFile(a)) !== home);
  if (captured)
    ctx.report(decl, "UnsupportedSyntax", `a 'let ${name}' without an initial value read inside a function (it may run before the first assignment: JS reads undefined, C# ${dflt === '""' ? "null" : dflt}; give it one: let ${name} = ${dflt})`);
}
