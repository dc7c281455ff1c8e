// Open findings of the adversary (test/mixins/adversary/FINDINGS.md): each scenario must hold every check
// of the oracle. Not in `npm test` (they fail until fo fixes them): `npm run test:adversary-open`.
// Fixed ones move to findings.ts's FIXED and run in adversary.test.ts.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../../compiler/csharp/mono.ts";
import { runScenario } from "../../../sim/scenario.ts";
import { runAdv } from "./run.ts";
import { FIXED, FIXED_OPEN_CHECKS, findings } from "./findings.ts";

describe("failover adversary: open findings", () => {
  it("every finding's scenario loads (and the list of open ones is what is left)", () => expect(findings().length).toBeGreaterThan(0));
  for (const f of findings().filter((x) => !FIXED.includes(x.name) || x.name in FIXED_OPEN_CHECKS)) {
    it(f.name, () => {
      expect(runAdv(f.scenario).violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
    });
  }
  // F18 (standby traffic) is fixed: its scenario runs in CI with counted messages, drops and callback runs
  // (test/mixins/traffic.test.ts)
});

// Findings only the C# engine shows (the game's instruction counting: the TS engine cannot count, README
// "Instruction counting"): `pbts sim` scenarios in findings/engine-cs/ with a player's script of their own. Each
// must run without a script stopping (no exception event: "script is too complex" is one).
const csDir = join(fileURLToPath(new URL(".", import.meta.url)), "findings", "engine-cs");
const noMono = csChecksUnavailable();
const csFiles = (existsSync(csDir) ? readdirSync(csDir) : []).filter((x) => x.endsWith(".json")).sort();
if (noMono) console.warn(`[skipped] open findings on the C# engine: ${noMono}`);
// (a suite with no test is an error to vitest: with none open, say so and define none)
else if (csFiles.length === 0) console.warn("[none] open findings on the C# engine: findings/engine-cs/ holds no scenario");
describe.skipIf(noMono !== null || csFiles.length === 0)("failover adversary: open findings on the C# engine", () => {
  afterAll(async () => (await import("../../../sim/engine/cs.ts")).closeCsLink());
  for (const f of csFiles) {
    it(f.replace(/\.json$/, ""), { timeout: 180_000 }, async () => {
      const { sim } = await runScenario(join(csDir, f), { engine: "cs" });
      const stops = sim.trace.events.filter((e) => e.kind === "exception").map((e) => `${e.tick} ${e.block}: ${String(e.data.message)}`);
      expect(stops).toEqual([]);
    });
  }
});
