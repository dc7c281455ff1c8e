// What the editor plugin (index.cjs) asks of the compiler: `pbts check <file>`'s diagnostics for
// one file, from the text the editor holds (the files it imports are read from disk).
import { relative, resolve } from "node:path";
import { compile } from "../compile.ts";
import type { Diagnostic } from "../diagnostics.ts";

/**
 * The diagnostics `pbts check <fileName>` gives for lines of that file (1-based line and col).
 * `sources` holds the file's text and, optionally, the texts of files it imports (others are read
 * from disk).
 */
export function diagnoseFile(fileName: string, sources: Record<string, string>, cwd: string): Diagnostic[] {
  const abs = resolve(fileName);
  const r = compile({ sources, cwd });
  return r.diagnostics.filter((d) => resolve(cwd, d.file) === abs || d.file === relative(cwd, abs));
}

/** Imports that only a host (a test, a scenario, a tool) has: a file with one is not a script part. */
export function isHostOnlyImport(specifier: string): boolean {
  if (specifier.startsWith(".") || specifier.startsWith("/")) return false;
  if (specifier === "pbts/se" || specifier.startsWith("pbts/mixins/")) return false;
  return true; // pbts/sim, pbts/compiler, node:*, vitest and any other package
}
