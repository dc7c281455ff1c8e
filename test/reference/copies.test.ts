// compiler/reference/ holds the SE facts the repository uses (a clone needs nothing beside it). When
// the shared reference set (../shared/se-reference) is next to the repository, the copies must equal it.
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { REPO_ROOT, SE_REFERENCE_DIR } from "../../compiler/csharp/stubs.ts";

const SHARED = resolve(REPO_ROOT, "../shared/se-reference");
const DATA = ["pbwhitelist.dat", "pbprologue.dat", "pb-api.json", "terminal.dat", "enum-values.json", "LICENSE-mdk2.txt"];

describe("compiler/reference", () => {
  it("holds every data file with its provenance", () => {
    for (const f of DATA) expect(existsSync(join(SE_REFERENCE_DIR, f)), f).toBe(true);
    const readme = readFileSync(join(SE_REFERENCE_DIR, "README.md"), "utf8");
    for (const f of DATA) expect(readme, `README names ${f}`).toContain(f);
  });

  it("equals ../shared/se-reference when that folder is present", () => {
    if (!existsSync(SHARED)) {
      console.warn(`[reference] ${SHARED} is absent: the copies are used as they are (nothing to compare).`);
      return;
    }
    const shared = readdirSync(SHARED).filter((f) => f !== "README.md");
    for (const f of shared) {
      expect(existsSync(join(SE_REFERENCE_DIR, f)), `${f} is copied`).toBe(true);
      expect(readFileSync(join(SE_REFERENCE_DIR, f)).equals(readFileSync(join(SHARED, f))), `${f} equals the shared copy`).toBe(true);
    }
  });
});
