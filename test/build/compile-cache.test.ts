// The CLI keeps V8's code cache of TypeScript between runs (compiler/bin/compile-cache.mjs, issue 17:
// start-up): a check writes it, the next check uses it (nothing rewritten) and prints the same.
import { beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
// @ts-expect-error plain JS helpers without types
import { moduleText } from "../../compiler/bin/compile-cache.mjs";
// @ts-expect-error plain JS helpers without types
import { ensureBuilt } from "../../compiler/bin/build-js.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const PBTS = join(ROOT, "compiler/bin/pbts.mjs");

function check(env: Record<string, string>): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [PBTS, "check", "mixins/console.ts"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe("compile cache", () => {
  // A stale js/ is rebuilt by the first check, which then loads TypeScript before the cache is set up
  // (fewer modules cached by that run): build it first.
  beforeAll(() => ensureBuilt());

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
    // V8's tuning (compiler/bin/v8-tuning.mjs) changes when code is optimized, never what it prints.
    expect(check({ PBTS_COMPILE_CACHE: "0", PBTS_V8_TUNING: "0" })).toEqual(first);
  });

  it("runs under other V8 flags keep their own cache: neither overwrites the other's", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-cc-"));
    const stamp = (): Map<string, number> => new Map(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
    const tuned = check({ PBTS_COMPILE_CACHE: dir });
    expect(tuned.code).toBe(0);
    const first = stamp();
    expect(first.size).toBeGreaterThan(0);
    // V8's tuning off (other flags): V8 would reject the tuned cache; it writes its own next to it.
    expect(check({ PBTS_COMPILE_CACHE: dir, PBTS_V8_TUNING: "0" })).toEqual(tuned);
    const both = stamp();
    expect(both.size).toBe(2 * first.size);
    for (const [f, t] of first) expect(both.get(f), f).toBe(t);
    // Each reads its own again: nothing is written.
    expect(check({ PBTS_COMPILE_CACHE: dir })).toEqual(tuned);
    expect(check({ PBTS_COMPILE_CACHE: dir, PBTS_V8_TUNING: "0" })).toEqual(tuned);
    expect(stamp()).toEqual(both);
  });

  it("a big module is read as Latin-1 only when it is ASCII, which reads the same as UTF-8", () => {
    const ascii = Buffer.from("const a = 1; // plain\n");
    expect(moduleText(ascii)).toBe(ascii.toString("utf8"));
    // Latin-1 would read these bytes as other characters: UTF-8 is used.
    const other = Buffer.from("const s = 'é ✓ 𝛑';\n", "utf8");
    expect(moduleText(other)).toBe("const s = 'é ✓ 𝛑';\n");
    expect(moduleText(other)).not.toBe(other.toString("latin1"));
    // TypeScript as ts-morph bundles it: the module the fast read is for.
    const ts = createRequire(createRequire(import.meta.url).resolve("ts-morph")).resolve("@ts-morph/common/dist/typescript.js");
    const buf = readFileSync(ts);
    expect(moduleText(buf)).toBe(buf.toString("utf8"));
  });

  it("pbts --version writes no cache (only commands that compile do)", () => {
    const dir = mkdtempSync(join(tmpdir(), "pbts-cc-"));
    const r = spawnSync(process.execPath, [PBTS, "--version"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PBTS_COMPILE_CACHE: dir } });
    expect(r.status).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
