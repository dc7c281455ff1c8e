// Helpers of the API tests: compile a script with pbts, then with mcs against the C# stubs.
import { expect } from "vitest";
import { resolve } from "node:path";
import { compile } from "../../compiler/compile.ts";
import { formatDiagnostic } from "../../compiler/diagnostics.ts";
import { csChecksUnavailable, mcs, writeSources } from "../../compiler/csharp/mono.ts";
import { stubSources } from "../../compiler/csharp/stubs.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/** Compile a script to C#, then with mcs against the stubs; returns the C#. */
export function compileWithMcs(name: string, source: string): string {
  const r = compile({ sources: { [`.tmp/api-test/${name}/script.ts`]: source }, cwd: ROOT });
  expect(r.diagnostics.map(formatDiagnostic)).toEqual([]);
  const cs = r.files.map((f) => f.code).join("\n");
  const skip = csChecksUnavailable();
  if (skip && !process.env.PBTS_REQUIRE_MONO) {
    console.warn(`[api] mcs part skipped: ${skip}`);
    return cs;
  }
  const dir = resolve(ROOT, `.tmp/api-test/${name}`);
  const files = writeSources(dir, Object.fromEntries(r.files.map((f, i) => [`part${i}.cs`, f.code])));
  const out = mcs([...stubSources(), ...files], resolve(dir, "script.dll"), { target: "library" });
  expect(out.output).toBe("");
  expect(out.ok).toBe(true);
  return cs;
}

