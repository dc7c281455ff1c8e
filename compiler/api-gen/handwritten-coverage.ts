// Which members of the hand-written API types (VRageMath, MyFixedPoint, MyCommandLine...) pbts/se offers:
// read from the TS declarations the script sees (compiler/se/index.ts and what it re-exports), so the
// coverage report says per member what is offered and what is not, instead of counting hand-written
// types as a block. A member is offered when the TS class declares a public member of that name; a
// `ref` overload never is (pbts has no ref), an `out` overload only when the TS member takes an Out<T>.
import { resolve } from "node:path";
import { Node, Project, SyntaxKind, ts, type ClassDeclaration } from "ts-morph";
import { sourceDir } from "../package-root.ts";
import type { ApiMember, ApiType } from "./model.ts";
import { HANDWRITTEN } from "./handwritten.ts";

const SE_INDEX = resolve(sourceDir(import.meta.url), "../se/index.ts");

interface TsMembers {
  names: Set<string>;
  /** Members with an Out<T> parameter (their `out` overloads are the offered form). */
  withOut: Set<string>;
}

/** Public members of the classes pbts/se exports, by C# name (`MyCommandLine.ItemCollection` for nested ones). */
export function handwrittenTsMembers(): Map<string, TsMembers> {
  const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowImportingTsExtensions: true, noEmit: true, strict: true } });
  const sf = project.addSourceFileAtPath(SE_INDEX);
  project.resolveSourceFileDependencies();
  const out = new Map<string, TsMembers>();
  const add = (key: string, cls: ClassDeclaration) => {
    const m: TsMembers = { names: new Set(), withOut: new Set() };
    // no constructor declared: C#'s public parameterless one (MyCommandLine())
    if (!cls.getConstructors().length && !cls.isAbstract()) m.names.add(".ctor");
    // an API collection (compiler/emit/api-collections.ts): for...of is C#'s GetEnumerator, a numeric index signature its indexer (Item)
    if (cls.compilerNode.members.some((x) => ts.isIndexSignatureDeclaration(x))) m.names.add("Item");
    for (const member of cls.getMembers()) {
      if (Node.isMethodDeclaration(member) && member.getName() === "[Symbol.iterator]") m.names.add("GetEnumerator");
      if ((member as { hasModifier?: (k: SyntaxKind) => boolean }).hasModifier?.(SyntaxKind.PrivateKeyword)) continue;
      const name = Node.isConstructorDeclaration(member) ? ".ctor" : (member as { getName?: () => string }).getName?.();
      if (!name || name.startsWith("[")) continue;
      m.names.add(name);
      const params = Node.isMethodDeclaration(member) || Node.isConstructorDeclaration(member) ? [member, ...member.getOverloads()].flatMap((o) => o.getParameters()) : [];
      if (params.some((p) => /^Out</.test(p.getTypeNode()?.getText() ?? ""))) m.withOut.add(name);
    }
    out.set(key, m);
  };
  for (const [name, decls] of sf.getExportedDeclarations()) {
    for (const d of decls) {
      if (Node.isClassDeclaration(d)) add(name, d);
      else if (Node.isModuleDeclaration(d)) for (const c of d.getClasses()) add(`${name}.${c.getName()}`, c);
    }
  }
  return out;
}

/** Why a hand-written type's member is not offered, or undefined when it is. */
export function handwrittenReason(t: ApiType, m: ApiMember, ts: Map<string, TsMembers>): string | undefined {
  const cls = ts.get(t.outer ? `${t.outer}.${t.name}` : t.name);
  if (!cls) {
    if (t.kind === "enum") return undefined;
    const why = HANDWRITTEN[t.fullName.replace(/\{.*\}$/, "")];
    return why ? `no TS class of its own: ${why}` : `hand-written type not implemented in pbts/se (README "Value types" lists what is)`;
  }
  const sig = m.signature.replace(/\u00a0/g, " ");
  const name = m.kind === "constructor" ? ".ctor" : m.name.replace(/^static /, "");
  if (/\bref /.test(sig)) return "ref overload: pbts has no ref (its by-value twin, where SE has one, is offered)";
  if (!cls.names.has(name)) return `not offered by the hand-written ${t.name} (README "Value types" says why)`;
  if (/\bout /.test(sig) && !cls.withOut.has(name)) return "out overload: its by-value twin is offered";
  return undefined;
}
