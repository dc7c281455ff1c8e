// Top-level names of a compile's files. TS gives each file (module) its own scope; the C# has one
// `partial class Program` whose static members are every file's top-level functions and variables and
// whose nested types are every file's classes, enums and interfaces. Two files declaring one name are two
// members of that class: mcs CS0102, or an overload C# resolves differently from JS (C117).
import { Node, type SourceFile } from "ts-morph";
import { isApiNode, MIXINS_DIR } from "./api.ts";
import type { EmitContext } from "./context.ts";

/** Per compile (its EmitContext): each top-level name and the files declaring it. */
const declarers = new WeakMap<EmitContext, Map<string, SourceFile[]>>();

/** The top-level declarations of a file that are members of Program in C#, with their names. */
export function topLevelDeclarations(sf: SourceFile): { name: string; node: Node }[] {
  const out: { name: string; node: Node }[] = [];
  for (const st of sf.getStatements()) {
    if ((st as any).hasDeclareKeyword?.()) continue; // ambient: nothing emitted
    if (Node.isVariableStatement(st)) for (const d of st.getDeclarations()) out.push({ name: d.getName(), node: d });
    else if (Node.isFunctionDeclaration(st) || Node.isEnumDeclaration(st) || Node.isInterfaceDeclaration(st) || Node.isClassDeclaration(st)) {
      const name = st.getName();
      // `class Program` is the partial class itself, not a member of it
      if (name && !(Node.isClassDeclaration(st) && name === "Program")) out.push({ name, node: st });
    }
  }
  return out;
}

/** Each top-level name of the compile's files (the project holds one compile's: compile.ts) and who declares it. */
export function topLevelDeclarers(ctx: EmitContext): Map<string, SourceFile[]> {
  let map = declarers.get(ctx);
  if (map) return map;
  map = new Map();
  for (const sf of ctx.project.getSourceFiles()) {
    if (sf.isDeclarationFile() || isApiNode(sf)) continue;
    for (const name of new Set(topLevelDeclarations(sf).map((d) => d.name))) map.set(name, [...(map.get(name) ?? []), sf]);
  }
  declarers.set(ctx, map);
  return map;
}

const isPbtsMixin = (sf: SourceFile): boolean => sf.getFilePath().startsWith(`${MIXINS_DIR}/`);

/**
 * Reports (PBTS1043) a top-level declaration of `sf` whose name another file of the compile declares at
 * top level too. Said at the user's declaration: a pbts mixin's is reported only beside another mixin's
 * (the user cannot rename it), so a user's `const CB` is refused in the user's file, naming the mixin's.
 */
export function checkTopLevelClashes(sf: SourceFile, ctx: EmitContext): void {
  const map = topLevelDeclarers(ctx);
  for (const { name, node } of topLevelDeclarations(sf)) {
    const others = (map.get(name) ?? []).filter((o) => o !== sf && (!isPbtsMixin(sf) || isPbtsMixin(o)));
    if (!others.length) continue;
    const at = Node.isVariableDeclaration(node) ? node : ((node as any).getNameNode?.() ?? node);
    ctx.report(at, "NameClash", name, ` (${ctx.displayPath(others[0])} declares '${name}' at top level too, and every file's top-level functions, variables and types are members of the one C# class Program)`);
  }
}
