// String enums (`enum State { Idle = "IDLE", Run = "RUN" }`): C# enums are numeric, but a string
// enum's values are only ever strings in JS (no reverse mapping, no arithmetic), compared and printed
// as strings. So in C# the enum is a static class of string constants and its type is `string`:
// `State.Idle` is the constant, `switch` cases stay constants, a Map keyed by State is keyed by string.
import { Node, type EnumDeclaration } from "ts-morph";
import type { EmitContext, Writer } from "./context.ts";
import { ident, stringLiteral } from "./names.ts";

/** Every member has a string value (an enum mixing strings and numbers stays rejected, PBTS1041). */
export function isStringEnum(decl: Node): boolean {
  if (!Node.isEnumDeclaration(decl) || decl.getSourceFile().isDeclarationFile()) return false;
  const ms = (decl as EnumDeclaration).getMembers();
  return ms.length > 0 && ms.every((m) => typeof m.getValue() === "string");
}

export function emitStringEnum(en: EnumDeclaration, name: string, w: Writer, ctx: EmitContext): void {
  if (en.getJsDocs().some((d) => d.getTags().some((t) => t.getTagName() === "flags"))) ctx.report(en, "UnsupportedSyntax", "a @flags string enum (flags are numbers)");
  w.block(`public static class ${ident(name)}`, () => {
    for (const m of en.getMembers()) w.line(`public const string ${ident(m.getName())} = ${stringLiteral(m.getValue() as string)};`);
  });
}
