// Every findings scenario file under test/mixins (findings/ and adversary/findings/) loads as
// `npx pbts sim <file>` loads it: script paths relative to the file, scripts that compile for the game
// (the CLI checks them). Session 10 left six findings and three adversary files with paths relative to
// the repository (or wrong): they ran in tests (which swap in the class) but not from the CLI.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario, type Scenario } from "../../sim/scenario.ts";
import { checkScript } from "../../sim/script-host.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { scenario, scenarioFileText, renderCfg } from "./adversary/model.ts";
import { writeFileSync } from "node:fs";

const here = dirname(fileURLToPath(import.meta.url));

function findingsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...findingsFiles(p));
    else if (e.endsWith(".json") && p.split("/").includes("findings")) out.push(p);
  }
  return out.sort();
}

/** The script paths a scenario file names, resolved from the file (as the CLI does). */
function scriptsOf(file: string): string[] {
  const s = JSON.parse(readFileSync(file, "utf8")) as Scenario;
  const refs = [...s.grids.flatMap((g) => (g.blocks ?? []).map((b) => ("script" in b ? b.script : undefined))), ...(s.events ?? []).map((e) => e.script)];
  return refs.filter((r): r is string => typeof r === "string").map((r) => resolve(dirname(file), r));
}

describe("findings scenario files load from the CLI as printed", () => {
  const files = findingsFiles(here);
  it("there are findings scenarios in both folders", () => {
    expect(files.filter((f) => f.includes("/adversary/findings/")).length).toBeGreaterThan(40);
    expect(files.filter((f) => f.includes("/mixins/findings/")).length).toBeGreaterThanOrEqual(6);
  });
  for (const f of files) {
    it(f.slice(REPO_ROOT.length + 1), async () => {
      const s = await loadScenario(f);
      const loaded = s.grids.flatMap((g) => g.blocks ?? []).filter((b) => "script" in b && b.script !== undefined);
      expect(loaded.length).toBeGreaterThan(0);
      for (const b of loaded) expect(typeof (b as { script?: unknown }).script).toBe("function");
    });
  }
  it("every script they name compiles for the game (what `pbts sim` checks before it runs)", async () => {
    const scripts = [...new Set(files.flatMap(scriptsOf))];
    expect(scripts.length).toBeGreaterThan(0);
    for (const abs of scripts) expect((await checkScript(abs, abs, "findings"))?.message ?? null).toBeNull();
  }, 120_000);
  it("a failing schedule written by the adversary's writer loads from wherever it is written", async () => {
    const cfg = (rank: number) => renderCfg({ id: "g", rank }, 100, true);
    const s = scenario({ name: "written", ticks: 10, nodes: [0, 1].map((i) => ({ name: `PB${i}`, grid: "Ship", update: 100 as const, handle: true, customData: cfg(i) })), events: [] });
    const file = join(REPO_ROOT, ".tmp", "scenario-files-test", "deeper", "written.json");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, scenarioFileText(s, file));
    const loaded = await loadScenario(file);
    expect(loaded.grids[0]!.blocks!.map((b) => typeof (b as { script?: unknown }).script)).toEqual(["function", "function"]);
  });
});
