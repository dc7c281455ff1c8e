// The terminal walk on both engines for generated samples of block kinds: a PB runs
// test/engine/scripts/terminal-walk.ts over blocks of kinds fast-check draws from terminal.dat (with
// the hand-written types). Verdicts: no exception in either engine, identical traces, and the Echo's
// per-block property and action counts are terminal.dat's (the reference), with no value that failed
// to read back. Needs mcs/mono (CI fails rather than skips: PBTS_REQUIRE_MONO=1).
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { BLOCK_KINDS } from "../../sim/blocks/kinds.generated.ts";
import { resolveScripts, type Scenario } from "../../sim/scenario.ts";
import { firstDifference, runOn } from "./helpers.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] terminal walk on the C# engine: ${noMono}`);

const HANDWRITTEN: Record<string, string> = { programmable: "MyProgrammableBlock", "text-panel": "TextPanel", antenna: "RadioAntenna", connector: "ShipConnector" };
const TYPES = [...Object.keys(BLOCK_KINDS), ...Object.keys(HANDWRITTEN)];

function scenario(types: string[]): Scenario {
  return {
    name: "terminal-walk-sample",
    seed: 3,
    ticks: 120,
    options: { phases: "zero" },
    grids: [{ name: "Ship", blocks: [{ type: "programmable", name: "PB Walk", script: "./scripts/terminal-walk.ts" }, ...types.map((t, i) => ({ type: t, name: `B${i}` }))] }],
  } as Scenario;
}

describe.skipIf(noMono !== null)("terminal walk on both engines (generated kind samples)", () => {
  let cs: typeof import("../../sim/engine/cs.ts");
  beforeAll(async () => {
    cs = await import("../../sim/engine/cs.ts");
  });
  afterAll(() => cs?.closeCsLink());

  it("samples of 6 kinds: no exception, identical traces, terminal.dat's counts, every value reads back", { timeout: 240_000 }, async () => {
    const samples = fc.sample(fc.shuffledSubarray(TYPES, { minLength: 6, maxLength: 6 }), { numRuns: 8, seed: 42 });
    for (const types of samples) {
      const s = await resolveScripts(scenario(types), join(REPO_ROOT, "test/engine"));
      const ts = runOn(s, "ts");
      const csRun = runOn(s, "cs");
      expect(ts.events.filter((e) => e.kind === "exception"), types.join(",")).toEqual([]);
      expect(firstDifference(ts.events, csRun.events), types.join(",")).toBeNull();
      const echo = String(csRun.events.find((e) => e.kind === "run" && e.block === "PB Walk")!.data.echo);
      const lines = echo.replace(/\n$/, "").split("\n");
      expect(lines.length).toBe(types.length);
      types.forEach((t, i) => {
        const def = BLOCK_KINDS[HANDWRITTEN[t] ?? t]!;
        // the walk's StringBuilder round trip appends "+" to the name (Name, CustomName)
        expect(lines[i], t).toMatch(new RegExp(`^B${i}\\+*: ${Object.keys(def.props).length}p ${def.actions.length}a $`));
      });
    }
  });
});
