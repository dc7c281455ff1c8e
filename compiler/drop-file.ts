// Dropping a user file from a Project (a watch rebuild drops each changed file, then reads it again).
// ts-morph's removeSourceFile forgets every wrapper of the file by walking its wrapped nodes' children
// as ts-morph lists them (tokens, syntax lists, comment nodes: a scan of each container), which cost a
// watch rebuild of the Failover mixin ~30 ms CPU of its ~440 (issue 17; test/bench/HISTORY.md, session
// 24). Here the wrapped nodes TypeScript's own child walk reaches are forgotten one by one, children
// first (JSDoc too, which removeSourceFile leaves in ts-morph's cache); a node that still has wrapped
// children after that (a token, a syntax list, a comment node) is forgotten by ts-morph's walk, and so
// is the file itself (test/build/drop-file.test.ts: no wrapper of the file is left).
import { ts, type Project, type SourceFile } from "ts-morph";

/** ts-morph 28's members this relies on (package.json pins the version; without them: removeSourceFile). */
interface Factory {
  hasCompilerNode(n: ts.Node): boolean;
  getExistingNodeFromCompilerNode(n: ts.Node): Wrapper | undefined;
}
interface Wrapper {
  _wrappedChildCount: number;
  _forgetOnlyThis(): void;
  forget(): void;
}

export function dropSourceFile(project: Project, sf: SourceFile): void {
  const factory = (sf as unknown as { _context?: { compilerFactory?: Partial<Factory> } })._context?.compilerFactory;
  if (typeof factory?.hasCompilerNode === "function" && typeof factory.getExistingNodeFromCompilerNode === "function") {
    const f = factory as Factory;
    // (a wrapped node's parent is wrapped too: ts-morph wraps the parents of what it wraps, so an
    // unwrapped node has no wrapped descendant and its subtree is skipped)
    const visit = (n: ts.Node): void => {
      if (!f.hasCompilerNode(n)) return;
      ts.forEachChild(n, visit);
      // (JSDoc: forEachChild does not go there, nor does ts-morph's own walk of a node it has not tokenized)
      for (const doc of (n as { jsDoc?: ts.Node[] }).jsDoc ?? []) visit(doc);
      const w = f.getExistingNodeFromCompilerNode(n);
      if (!w || typeof w._forgetOnlyThis !== "function") return;
      if (w._wrappedChildCount > 0) w.forget();
      else w._forgetOnlyThis();
    };
    ts.forEachChild(sf.compilerNode, visit);
  }
  project.removeSourceFile(sf);
}
