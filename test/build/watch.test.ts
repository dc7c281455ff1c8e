// `pbts build --watch` after a change writes what a cold `pbts build` of the changed files writes
// (issue 17: the watch keeps compile results whose files did not change, compiler/build.ts CompileCache).
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CompileCache, build, readConfig } from "../../compiler/build.ts";
import { tree } from "./file-tree.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = join(ROOT, ".tmp", "watch-test");
const PBTS = join(ROOT, "compiler/bin/pbts.mjs");
/** An exported function the mixin's C# carries (mixins keep every member): the change is visible. */
const PROBE = "\nexport function watchProbe(): number {\n  return 7;\n}\n";

/** A project of the two mixins, WorkQueue (reads them) and BlockScan (does not). */
function project(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/examples"), { recursive: true });
  for (const f of ["console.ts", "failover.ts"]) cpSync(join(ROOT, "mixins", f), join(dir, "src", f));
  for (const f of ["work-queue.ts", "work-queue.readme", "block-scan.ts"]) cpSync(join(ROOT, "mixins/examples", f), join(dir, "src/examples", f));
  const pbts = {
    mixins: { Console: ["src/console.ts"], Failover: ["src/failover.ts"] },
    scripts: { WorkQueue: { entry: "src/examples/work-queue.ts", readme: "src/examples/work-queue.readme" }, BlockScan: { entry: "src/examples/block-scan.ts" } },
  };
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "watch-test", private: true, pbts }, null, 2));
  return dir;
}

describe("pbts build --watch", () => {
  it("reuses a compile only while its files stay the same; after a change it writes what a cold build writes", () => {
    const dir = project(join(TMP, "cache"));
    const cache = new CompileCache();
    const opts = { files: [join(dir, "src/failover.ts")], cwd: dir };
    const first = cache.compile(opts);
    expect(first.ok).toBe(true);
    expect(first.inputs.map((i) => relative(dir, i.path)).sort()).toEqual(["src/console.ts", "src/failover.ts"]);
    expect(cache.compile(opts)).toBe(first); // nothing changed: the same result
    appendFileSync(join(dir, "src/console.ts"), "// changed\n"); // a file it imports
    const second = cache.compile(opts);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, "src/unrelated.ts"), "export const x = 1;\n"); // a new file next to its files
    expect(cache.compile(opts)).not.toBe(second);

    // A whole build with the watch's cache, a change to one mixin, a rebuild; then a cold build.
    const config = readConfig(dir);
    expect(build(dir, config, cache).ok).toBe(true);
    appendFileSync(join(dir, "src/failover.ts"), PROBE);
    expect(build(dir, config, cache).ok).toBe(true);
    const warm = tree(join(dir, "dist"));
    expect(build(dir, config).ok).toBe(true);
    const cold = tree(join(dir, "dist"));
    expect([...warm.keys()]).toEqual([...cold.keys()]);
    for (const [f, text] of cold) expect(warm.get(f), f).toBe(text);
    expect(warm.get("mdk2/Mixins/Failover/failover.cs")).toContain("watchProbe");
  }, 600_000);

  it("a file created in a folder of the compile while it runs counts as a change: the next build compiles again", () => {
    const dir = project(join(TMP, "during"));
    const cache = new CompileCache();
    const opts = { files: [join(dir, "src/failover.ts")], cwd: dir };
    expect(cache.compile(opts).ok).toBe(true); // the folders are known from here on
    appendFileSync(join(dir, "src/failover.ts"), "// changed\n");
    // (phase: called as a compile's phase ends; the file is created after the imports were resolved)
    const during = cache.compile({ ...opts, phase: (p) => p === "program" && writeFileSync(join(dir, "src/created-during.ts"), "export const y = 2;\n") });
    expect(during.ok).toBe(true);
    expect(existsSync(join(dir, "src/created-during.ts"))).toBe(true);
    const next = cache.compile(opts);
    expect(next).not.toBe(during);
    expect(cache.compile(opts)).toBe(next); // and then nothing changed
  }, 600_000);

  it("the CLI: a change while `pbts build --watch` runs gives the files a cold `pbts build` gives", async () => {
    const watched = project(join(TMP, "watched"));
    const cold = project(join(TMP, "cold"));
    const child = spawn(process.execPath, [PBTS, "build", "--watch"], { cwd: watched, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    const until = async (test: () => boolean, what: string): Promise<void> => {
      while (!test()) {
        if (child.exitCode !== null) throw new Error(`pbts build --watch exited (${child.exitCode}) before ${what}:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    try {
      await until(() => out.includes("watching "), "watching");
      expect(out).toMatch(/built in/);
      appendFileSync(join(watched, "src/failover.ts"), PROBE);
      await until(() => (out.match(/built in|build failed/g) ?? []).length >= 2, "the rebuild");
      expect(out).toContain("failover.ts changed");
    } finally {
      child.kill();
    }
    expect(out).not.toMatch(/build failed/);
    appendFileSync(join(cold, "src/failover.ts"), PROBE);
    const r = spawnSync(process.execPath, [PBTS, "build"], { cwd: cold, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const w = tree(join(watched, "dist"));
    const c = tree(join(cold, "dist"));
    expect([...w.keys()]).toEqual([...c.keys()]);
    for (const [f, text] of c) expect(w.get(f), f).toBe(text);
    expect(existsSync(join(watched, "dist/mdk2/Mixins/Failover/failover.cs")) && w.get("mdk2/Mixins/Failover/failover.cs")).toContain("watchProbe");
  }, 600_000);
});
