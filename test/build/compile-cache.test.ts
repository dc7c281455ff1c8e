// The CLI keeps V8's code cache of TypeScript between runs (compiler/bin/compile-cache.mjs, issue 17:
// start-up): a check writes it, the next check uses it (nothing rewritten) and prints the same.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const PBTS = join(ROOT, "compiler/bin/pbts.mjs");

function check(env: Record<string, string>): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [PBTS, "check", "mixins/console.ts"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe("compile cache", () => {
  it("a check writes the code cache of the big modules once; the next check reads it and prints the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-cc-"));
    const first = check({ PBTS_COMPILE_CACHE: dir });
    expect(first.code).toBe(0);
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0); // typescript.js, ts-morph.js, ...
    const mtimes = files.map((f) => statSync(join(dir, f)).mtimeMs);
    const second = check({ PBTS_COMPILE_CACHE: dir });
    expect(second).toEqual(first);
    expect(readdirSync(dir)).toEqual(files);
    expect(files.map((f) => statSync(join(dir, f)).mtimeMs)).toEqual(mtimes); // accepted by V8: not written again
    expect(check({ PBTS_COMPILE_CACHE: "0" })).toEqual(first);
  });

  it("pbts --version writes no cache (only commands that compile do)", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-cc-"));
    const r = spawnSync(process.execPath, [PBTS, "--version"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PBTS_COMPILE_CACHE: dir } });
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
