// Top-level names of a compile's files. TS gives each file (module) its own scope; the C# has one
// `partial class Program` whose static members are every file's top-level functions and variables and
// whose nested types are every file's classes, enums and interfaces. Two files declaring one name are two
// members of that class: mcs CS0102, or an overload C# resolves differently from JS (C117).
import { ts, type SourceFile } from "ts-morph";
import { isApiNode, MIXINS_DIR } from "./api.ts";
import type { EmitContext } from "./context.ts";

/** The top-level declarations of a file that are members of Program in C#: each name and where its name node starts. */
export function topLevelDeclarations(sf: ts.SourceFile): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  const add = (n: ts.Node) => out.push({ name: n.getText(sf), start: n.getStart(sf) });
  for (const st of sf.statements) {
    if (ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) continue; // ambient: nothing emitted
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) add(d.name);
    else if (ts.isFunctionDeclaration(st) || ts.isEnumDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isClassDeclaration(st)) {
      // `class Program` is the partial class itself, not a member of it
      if (st.name && !(ts.isClassDeclaration(st) && st.name.text === "Program")) add(st.name);
    }
  }
  return out;
}

/** Per compile (its EmitContext): each top-level name and the files declaring it. */
const declarers = new WeakMap<EmitContext, Map<string, SourceFile[]>>();

/** Each top-level name of the compile's files (the project holds one compile's: compile.ts) and who declares it. */
export function topLevelDeclarers(ctx: EmitContext): Map<string, SourceFile[]> {
  let map = declarers.get(ctx);
  if (map) return map;
  map = new Map();
  for (const sf of ctx.project.getSourceFiles()) {
    if (sf.isDeclarationFile() || isApiNode(sf)) continue;
    for (const name of new Set(topLevelDeclarations(sf.compilerNode).map((d) => d.name))) map.set(name, [...(map.get(name) ?? []), sf]);
  }
  declarers.set(ctx, map);
  return map;
}

export const isPbtsMixin = (path: string): boolean => path.startsWith(`${MIXINS_DIR}/`);

/** PBTS1043's second argument for a top-level name `other` declares too. */
export const alsoDeclaredIn = (name: string, other: string): string =>
  ` (${other} declares '${name}' at top level too, and every file's top-level functions, variables and types are members of the one C# class Program)`;

/**
 * Reports (PBTS1043) a top-level declaration of `sf` whose name another file of the compile declares at
 * top level too. Said at the user's declaration: a pbts mixin's is reported only beside another mixin's
 * (the user cannot rename it), so a user's `const CB` is refused in the user's file, naming the mixin's.
 */
export function checkTopLevelClashes(sf: SourceFile, ctx: EmitContext): void {
  const map = topLevelDeclarers(ctx);
  const mixin = isPbtsMixin(sf.getFilePath());
  for (const { name, start } of topLevelDeclarations(sf.compilerNode)) {
    const others = (map.get(name) ?? []).filter((o) => o !== sf && (!mixin || isPbtsMixin(o.getFilePath())));
    if (others.length) ctx.report(sf.getDescendantAtPos(start) ?? sf, "NameClash", name, alsoDeclaredIn(name, ctx.displayPath(others[0])));
  }
}
