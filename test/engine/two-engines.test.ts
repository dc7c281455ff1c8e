// The C# engine (`pbts sim --engine cs`) against the TS engine: every scenario that ships with the
// project, and a few hundred seeded random fault schedules, must give identical traces event for
// event (Echo text, Storage, CustomData, IGC payloads included). The one field left out: the
// instruction count the C# engine puts on run, compile and save events (only it counts like the game;
// the TS engine has no C# to count): helpers.ts withoutInstructions. Needs mcs/mono; skipped otherwise.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { loadScenario, type Scenario } from "../../sim/scenario.ts";
import { firstDifference, runOn } from "./helpers.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] two-engine tests: ${noMono}`);

/** Scenario files shipped with the project (the failover scenarios are included when they exist). */
function shippedScenarios(): string[] {
  const dirs = ["sim/scenarios", "mixins/scenarios", "test/mixins/scenarios", "mixins/examples/scenarios", "test/engine/scenarios"];
  const out: string[] = [];
  for (const d of dirs) {
    const abs = join(REPO_ROOT, d);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) if (f.endsWith(".json") || f.endsWith(".scenario.ts")) out.push(join(abs, f));
  }
  return out;
}

describe.skipIf(noMono !== null)("two engines, same traces", () => {
  let cs: typeof import("../../sim/engine/cs.ts");
  beforeAll(async () => {
    cs = await import("../../sim/engine/cs.ts");
  });
  afterAll(() => cs?.closeCsLink());

  const files = shippedScenarios();
  it("finds the shipped scenarios", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file.slice(REPO_ROOT.length + 1)}: identical traces`, { timeout: 120_000 }, async () => {
      const scenario = await loadScenario(file, { engine: "cs" });
      const ts = runOn(scenario, "ts");
      const csRun = runOn(scenario, "cs");
      const diff = firstDifference(ts.events, csRun.events);
      if (diff) console.error(`${file}: ${diff}`);
      expect(diff).toBeNull();
      expect(csRun.events.length).toBeGreaterThan(0);
    });
  }

  it("300 seeded random fault schedules on a small scenario: identical traces", { timeout: 150_000 }, async () => {
    const scenario = await smallScenario();
    let events = 0;
    let runs = 0;
    const t0 = performance.now();
    for (let seed = 1; seed <= 300; seed++) {
      const ts = runOn(scenario, "ts", { seed });
      const csRun = runOn(scenario, "cs", { seed });
      const diff = firstDifference(ts.events, csRun.events);
      if (diff) {
        console.error(`seed ${seed}: ${diff}`);
        expect.fail(`seed ${seed}: ${diff}`);
      }
      events += ts.events.length;
      runs += ts.events.filter((e) => e.kind === "run").length;
    }
    console.log(`[two engines] 300 random schedules: ${events} events, ${runs} runs compared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect(runs).toBeGreaterThan(300 * 50);
  });
});

// The paste-ready script at `full` (renamed, dense) must run exactly as the TS does, like the MDK2
// files: the C# engine then compiles what the player pastes (issue 15). At `none` too, the default level
// (its printer passes: foreach for an index loop, `=> checked(e)` bodies; fewer seeds).
for (const [level, seeds] of [["full", 60], ["none", 20]] as const) {
  describe.skipIf(noMono !== null)(`two engines, same traces, C# at minify level ${level}`, () => {
    let cs: typeof import("../../sim/engine/cs.ts");
    beforeAll(async () => {
      cs = await import("../../sim/engine/cs.ts");
      cs.setScriptLevel(level);
    });
    afterAll(() => {
      cs?.setScriptLevel(undefined);
      cs?.closeCsLink();
    });

    for (const file of shippedScenarios()) {
      it(`${file.slice(REPO_ROOT.length + 1)}: identical traces at ${level}`, { timeout: 120_000 }, async () => {
        const scenario = await loadScenario(file, { engine: "cs" });
        const diff = firstDifference(runOn(scenario, "ts").events, runOn(scenario, "cs").events);
        if (diff) console.error(`${file} (${level}): ${diff}`);
        expect(diff).toBeNull();
      });
    }

    it(`${seeds} seeded random fault schedules on the small scenario at ${level}: identical traces`, { timeout: 150_000 }, async () => {
      const scenario = await smallScenario();
      for (let seed = 1; seed <= seeds; seed++) {
        const diff = firstDifference(runOn(scenario, "ts", { seed }).events, runOn(scenario, "cs", { seed }).events);
        if (diff) expect.fail(`seed ${seed} (${level}): ${diff}`);
      }
    });
  });
}

/** Three leader copies, a counter (MyIni/Storage) and a ping-pong pair over antennas, 10 s, random faults. */
async function smallScenario(): Promise<Scenario> {
  const scripts = join(REPO_ROOT, "sim/scenarios/scripts");
  const scenario: Scenario = {
    name: "two-engines-small",
    seconds: 10,
    grids: [
      {
        name: "Ship",
        position: [0, 0, 0],
        blocks: [
          { type: "programmable", name: "PB A", script: "./leader.ts" },
          { type: "programmable", name: "PB B", script: "./leader.ts" },
          { type: "programmable", name: "PB C", script: "./leader.ts" },
          { type: "programmable", name: "PB Counter", script: "./counter.ts" },
          { type: "programmable", name: "PB Ping", script: "./ping.ts" },
          { type: "antenna", name: "Ship Antenna", radius: 5000 },
        ],
      },
      {
        name: "Drone",
        position: [3000, 0, 0],
        blocks: [
          { type: "programmable", name: "PB Pong", script: "./pong.ts" },
          { type: "antenna", name: "Drone Antenna", radius: 5000 },
        ],
      },
    ],
    events: [
      { tick: 0, kind: "message-loss", probability: 0.05 },
      { tick: 200, kind: "run", block: "PB Counter", argument: "reset" },
      { tick: 300, kind: "move", grid: "Drone", position: [9000, 0, 0] },
      { tick: 420, kind: "move", grid: "Drone", position: [3000, 0, 0] },
    ],
    randomFaults: { count: 6, kinds: ["destroy", "damage", "turn-off", "unpower", "throw", "recompile", "lag", "save-reload"], recoverAfter: [20, 200] },
  };
  const { resolveScripts } = await import("../../sim/scenario.ts");
  return resolveScripts(scenario, scripts);
}
