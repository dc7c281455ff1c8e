import { it } from "vitest";
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { loadScenario, buildSimulation } from "../../sim/scenario.ts";
it("all scenarios build", async () => {
  const dirs = ["sim/scenarios", "test/engine/scenarios", "test/sim/scenarios", "mixins/examples/scenarios", "test/mixins/scenarios", "templates/new"];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) {
      if (!f.endsWith(".json") && !f.endsWith(".scenario.ts")) continue;
      try { const s = await loadScenario(join(d, f)); buildSimulation(s); console.log("ok", d, f); }
      catch (e) { console.log("FAIL", d, f, (e as Error).message); }
    }
  }
}, 120000);
