// A script's paste-ready texts at every minify level are made together (compiler/build.ts composeAll:
// the lines trimmed once, `stripcomments` and `lite` from the same tokens), and `pbts build --watch`
// makes them again only when the C# they are made of changed (CompileCache.composeAll): both give what
// each level made on its own gives (composeMapped).
import { describe, expect, it } from "vitest";
import { appendFileSync, cpSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { CompileCache, composeAll, composeMapped } from "../../compiler/build.ts";
import { compile } from "../../compiler/compile.ts";
import { MINIFY_LEVELS } from "../../compiler/minify.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TMP = join(ROOT, ".tmp", "compose-all-test");

const oneByOne = (files: Parameters<typeof composeMapped>[0], readme: string[], root: string) => new Map(MINIFY_LEVELS.map((l) => [l, composeMapped(files, readme, l, root)]));

describe("composeAll", () => {
  it("gives each level's text and map as composeMapped does, for the example scripts", () => {
    for (const f of ["work-queue.ts", "airlock.ts", "sprite-dashboard.ts", "inventory-display.ts"]) {
      const r = compile({ files: [join(ROOT, "mixins/examples", f)], cwd: ROOT });
      expect(r.ok, f).toBe(true);
      const all = composeAll(r.files, ["read me"], ROOT);
      expect([...all.keys()]).toEqual([...MINIFY_LEVELS]);
      expect(all, f).toEqual(oneByOne(r.files, ["read me"], ROOT));
      // (the levels differ: a level made from another level's tokens would show; `trim` drops unused members only, and
      // work-queue.ts has none since session 19 (its unused `CheckpointSeq` went), so there `trim` is `none`)
      const levels = MINIFY_LEVELS.filter((l) => f !== "work-queue.ts" || l !== "trim");
      expect(new Set(levels.map((l) => all.get(l)!.text)).size, f).toBe(levels.length);
      if (f === "work-queue.ts") expect(all.get("trim")!.text, f).toBe(all.get("none")!.text);
    }
  });

  it("the watch composes again only when the C# changed: a comment edit reuses the texts, a code edit does not", () => {
    rmSync(TMP, { recursive: true, force: true });
    mkdirSync(join(TMP, "examples"), { recursive: true });
    for (const f of ["console.ts", "failover.ts", "failover-role.ts"]) cpSync(join(ROOT, "mixins", f), join(TMP, f));
    cpSync(join(ROOT, "mixins/examples/work-queue.ts"), join(TMP, "examples/work-queue.ts"));
    const cache = new CompileCache();
    const opts = { files: [join(TMP, "examples/work-queue.ts")], cwd: TMP };
    const first = cache.compile(opts);
    expect(first.ok).toBe(true);
    const texts = cache.composeAll("WorkQueue", first, [], TMP);
    expect(texts).toEqual(oneByOne(first.files, [], TMP));
    expect(cache.composeAll("WorkQueue", first, [], TMP)).toBe(texts); // the same result
    expect(cache.composeAll("WorkQueue", first, ["read me"], TMP)).toEqual(oneByOne(first.files, ["read me"], TMP)); // another readme

    appendFileSync(join(TMP, "failover.ts"), "// a comment\n");
    const commented = cache.compile(opts);
    expect(commented).not.toBe(first); // compiled again...
    expect(commented.files).toEqual(first.files); // ...to the same C#
    const again = cache.composeAll("WorkQueue", commented, [], TMP);
    expect(again).toEqual(texts);
    expect(cache.composeAll("WorkQueue", commented, [], TMP)).toBe(again);

    appendFileSync(join(TMP, "failover.ts"), "export const composeProbe = 7;\n");
    const changed = cache.compile(opts);
    expect(changed.ok).toBe(true);
    const fresh = cache.composeAll("WorkQueue", changed, [], TMP);
    expect(fresh.get("none")!.text).toContain("composeProbe");
    expect(fresh).toEqual(oneByOne(changed.files, [], TMP));
  });
});
