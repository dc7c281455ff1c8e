// Enum reverse mapping `E[v]` (issue 13 item 5): JS's numeric enums map each value back to the
// name declared last with it; any other value reads undefined. C# enums have no such table, so the
// lookup is a non-capturing lambda (cached by the C# compiler: no allocation per call) over the values.
import { Node, SyntaxKind, type ElementAccessExpression, type EnumDeclaration, type Expression } from "ts-morph";
import { T, isNumeric, nullable } from "./cstype.ts";
import type { EmitContext, Emitted } from "./context.ts";
import { emitExpr } from "./expressions.ts";
import { built, callOf, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";
import { hasFlagsTag } from "./api.ts";
import { enumName } from "./nested-enums.ts";
import { ident, stringLiteral } from "./names.ts";

/** The enum an identifier names (`E` in `E[v]`): the script's, or an API enum; through an import (C52); a nested API
 *  enum by its qualified name (`Base6Directions.Direction[d]`, which was "indexing a 'Base6Directions.Direction'"). */
function enumDeclOf(e: Expression): EnumDeclaration | undefined {
  if (!Node.isIdentifier(e) && !Node.isPropertyAccessExpression(e)) return undefined;
  const sym = e.getSymbol();
  const d = (sym?.getAliasedSymbol() ?? sym)?.getDeclarations().find((x) => Node.isEnumDeclaration(x));
  return d && Node.isEnumDeclaration(d) && !d.getSourceFile().isDeclarationFile() ? d : undefined;
}

function skipParensUp(n: Node): { node: Node; parent: Node | undefined } {
  let node = n;
  let parent = n.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) (node = parent), (parent = parent.getParent());
  return { node, parent };
}

/** E[v] read as JS reads it: where a missing name can be seen as undefined (printed, or left of ??). */
export function isEnumNameAccess(n: Node): boolean {
  while (Node.isParenthesizedExpression(n)) n = n.getExpression();
  return Node.isElementAccessExpression(n) && !!enumDeclOf(n.getExpression());
}

/** Where C#'s null stands for JS's undefined exactly: printed (template, + with a string, String()) or defaulted with ??. */
export function undefinedIsVisible(ea: Node): boolean {
  const { node, parent } = skipParensUp(ea);
  if (!parent) return false;
  if (Node.isTemplateSpan(parent)) return true;
  if (Node.isBinaryExpression(parent)) {
    const op = parent.getOperatorToken().getKind();
    if (op === SyntaxKind.QuestionQuestionToken) return parent.getLeft() === node;
    if (op === SyntaxKind.PlusToken) return parent.getType().isString();
  }
  return Node.isCallExpression(parent) && parent.getExpression().getText() === "String" && parent.getArguments().length === 1;
}

export function emitEnumElementAccess(ea: ElementAccessExpression, ctx: EmitContext): Emitted | undefined {
  const decl = enumDeclOf(ea.getExpression());
  if (!decl) return undefined;
  const idxNode = ea.getArgumentExpressionOrThrow();
  // An API enum whose numbers pbts chose: the game's differ, so a name looked up by number would be wrong there.
  if (decl.getJsDocs().some((j) => j.getTags().some((t) => t.getTagName() === "valuesUnknown")))
    return ctx.fail(ea, "UnsupportedSyntax", `'${ea.getText()}' (a name looked up by number in '${decl.getName()}', whose numbers in the game are not known; compare with its members, x === ${decl.getName()}.${decl.getMembers()[0]?.getName() ?? ""})`);
  // E["A"]: the forward mapping, the member itself.
  if (Node.isStringLiteral(idxNode) || Node.isNoSubstitutionTemplateLiteral(idxNode)) {
    const m = decl.getMember(idxNode.getLiteralText());
    if (!m) return ctx.fail(idxNode, "UnsupportedSyntax", `'${idxNode.getText()}' naming no member of enum '${decl.getName()}'`);
    return { code: `${ident(enumName(decl))}.${ident(m.getName())}`, type: { k: "enum", name: enumName(decl), flags: hasFlagsTag(decl) } };
  }
  const idx = emitExpr(idxNode, ctx);
  const isEnum = idx.type.k === "enum";
  if (!isEnum && !isNumeric(idx.type)) return ctx.fail(idxNode, "UnsupportedSyntax", `indexing enum '${decl.getName()}' with a '${idxNode.getType().getText()}'`);
  if (idx.type.k === "long") ctx.fail(idxNode, "LongArithmetic");
  // Later members win for a value declared twice, as JS assigns E[value] = name in order.
  const byValue = new Map<number, string>();
  for (const m of decl.getMembers()) {
    const v = m.getValue();
    if (typeof v === "number") byValue.set(v, m.getName());
  }
  const k0 = ctx.tempName("k");
  // k == 0 ? "A" : k == 1 ? "B" : (string)null
  const arms = [...byValue].reduceRight<X.Expr>((rest, [v, name]) => X.conditional(X.binary("==", X.name(k0), X.lit(`${v}`)), X.lit(stringLiteral(name)), rest), X.cast("string", X.lit("null")));
  const visible = undefinedIsVisible(ea);
  ctx.useHelper(visible ? "EnumName" : "EnumNameOrThrow");
  const k = isEnum ? X.cast("double", X.cast("int", nodeOf(idx))) : idx.type.k === "double" ? idx : X.cast("double", nodeOf(idx));
  const lookup = X.lambda(k0, arms);
  if (visible) return built(callOf("Js.EnumName", k, lookup), nullable(T.string));
  return built(callOf("Js.EnumName", k, lookup, X.lit(stringLiteral(enumName(decl)))), T.string);
}
