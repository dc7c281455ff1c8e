// compiler/drop-file.ts: a watch rebuild drops each changed file from its kept Project by forgetting the
// wrappers TypeScript's child walk reaches one by one, and leaves the rest (tokens, syntax lists, comment
// nodes, JSDoc) to ts-morph's own walk. Whatever was wrapped, every wrapper of the file must be forgotten
// (a wrapper left in ts-morph's cache would keep the old tree, and a later lookup could hand it out).
import { describe, expect, it } from "vitest";
import { Node, SyntaxKind, ts, type SourceFile } from "ts-morph";
import { resolve } from "node:path";
import { compile, newProject } from "../../compiler/compile.ts";
import { dropSourceFile } from "../../compiler/drop-file.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const FAILOVER = [resolve(ROOT, "mixins/failover.ts"), resolve(ROOT, "mixins/failover-role.ts")];

type Factory = { hasCompilerNode(n: ts.Node): boolean };
const factoryOf = (sf: SourceFile) => (sf as unknown as { _context: { compilerFactory: Factory } })._context.compilerFactory;

/** Every raw node of the file as ts-morph lists children: tokens and syntax lists too (TypeScript's getChildren). */
function rawNodes(sf: SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    out.push(n);
    for (const c of n.getChildren(sf.compilerNode)) visit(c);
  };
  visit(sf.compilerNode);
  return out;
}

/** Wrappers of kinds TypeScript's forEachChild does not reach, next to ordinary ones. */
function oddWrappers(sf: SourceFile): Node[] {
  const cls = sf.getClasses()[0]!;
  const binary = sf.getFirstDescendantByKindOrThrow(SyntaxKind.BinaryExpression);
  const methods = sf.getClasses().flatMap((c) => c.getMethods());
  const documented = methods.find((m) => m.getJsDocs().length > 0)!;
  return [
    cls.getChildSyntaxListOrThrow(), // a syntax list
    cls.getFirstChildByKindOrThrow(SyntaxKind.OpenBraceToken), // a token of getChildren
    binary.getOperatorToken(),
    ...sf.getStatementsWithComments(), // comment nodes among them (the file starts with comments)
    ...cls.getMembersWithComments(),
    ...documented.getJsDocs(), // JSDoc
    documented.getNameNode(),
  ];
}

describe("dropSourceFile", () => {
  it("relies on ts-morph's compiler factory members (else it falls back to removeSourceFile, which is slower)", () => {
    const project = newProject();
    const sf = project.createSourceFile("/virtual/a.ts", "export const a = 1;\n");
    const f = factoryOf(sf) as unknown as Record<string, unknown>;
    expect(typeof f.hasCompilerNode).toBe("function");
    expect(typeof f.getExistingNodeFromCompilerNode).toBe("function");
    const w = sf.getVariableStatements()[0] as unknown as Record<string, unknown>;
    expect(typeof w._forgetOnlyThis).toBe("function");
    expect(typeof w._wrappedChildCount).toBe("number");
  });

  it("forgets every wrapper of the file after a compile wrapped it (the Failover mixin), tokens, syntax lists, comment nodes and JSDoc too", () => {
    const project = newProject();
    const r = compile({ files: FAILOVER }, project);
    expect(r.ok).toBe(true);
    const sf = project.getSourceFileOrThrow(FAILOVER[0]!);
    const odd = oddWrappers(sf);
    expect(odd.some((n) => n.getKind() === SyntaxKind.SingleLineCommentTrivia || n.getKind() === SyntaxKind.MultiLineCommentTrivia)).toBe(true);
    const raw = rawNodes(sf);
    const factory = factoryOf(sf);
    const wrappedBefore = raw.filter((n) => factory.hasCompilerNode(n)).length;
    expect(wrappedBefore).toBeGreaterThan(1000); // the compile wrapped much of the file
    dropSourceFile(project, sf); // (ts-morph's removeSourceFile leaves the JSDoc's wrapper: this test fails with it)
    expect(sf.wasForgotten()).toBe(true);
    expect(odd.filter((n) => !n.wasForgotten()).map((n) => n.getKindName())).toEqual([]);
    expect(raw.filter((n) => factory.hasCompilerNode(n)).map((n) => ts.SyntaxKind[n.kind])).toEqual([]);
    expect(project.getSourceFile(FAILOVER[0]!)).toBeUndefined();
    // the file read again compiles as before
    const again = compile({ files: FAILOVER }, project);
    expect(again.files.map((f) => f.code)).toEqual(r.files.map((f) => f.code));
  });
});
