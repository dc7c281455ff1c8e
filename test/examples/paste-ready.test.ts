// The everyday examples (issue 10 item 6) as a player gets them: every one is in package.json's
// "pbts" build, its paste-ready script compiles as the game wraps it (test/build/build.test.ts builds
// them all) and references only whitelisted API (checked here on the compiled IL, as test/diff does).
import { rmSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildConfig } from "../../compiler/build.ts";
import { mcs, writeSources } from "../../compiler/csharp/mono.ts";
import { buildStubs, readPrologue, REPO_ROOT, wrapScript } from "../../compiler/csharp/stubs.ts";
import { checkWhitelist, formatReference, loadWhitelist, scanReferences } from "../../compiler/csharp/whitelist.ts";
import { noMono } from "./helpers.ts";

/** The examples: build name -> entry. */
const EXAMPLES: Record<string, string> = {
  Airlock: "mixins/examples/airlock.ts",
  PowerMonitor: "mixins/examples/power-monitor.ts",
  SolarTracker: "mixins/examples/solar-tracker.ts",
  DrillRig: "mixins/examples/drill-rig.ts",
  InventoryDisplay: "mixins/examples/inventory-display.ts",
  SpriteDashboard: "mixins/examples/sprite-dashboard.ts",
  DockShip: "mixins/examples/dock-ship.ts",
  DockBase: "mixins/examples/dock-base.ts",
  DoorAutoClose: "mixins/examples/door-autoclose.ts",
  SensorAlarm: "mixins/examples/sensor-alarm.ts",
  TimerSequence: "mixins/examples/timer-sequence.ts",
  HorizonLeveller: "mixins/examples/horizon-leveller.ts",
  QueueMonitor: "mixins/examples/queue-monitor.ts",
};

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).pbts as BuildConfig;
const OUT = join(REPO_ROOT, ".tmp", `examples-build-${process.pid}`);

describe("examples in the build", () => {
  it("each example is in package.json's pbts build with its readme", () => {
    for (const [name, entry] of Object.entries(EXAMPLES)) {
      expect(pkg.scripts[name]?.entry).toBe(entry);
      expect(pkg.scripts[name]?.readme).toBe(entry.replace(/\.ts$/, ".readme"));
    }
  });

  describe.skipIf(noMono !== null)("paste-ready scripts", () => {
    let scripts: Record<string, string>;
    beforeAll(() => {
      const config: BuildConfig = { out: OUT, mixins: {}, scripts: Object.fromEntries(Object.keys(EXAMPLES).map((n) => [n, pkg.scripts[n]!])) };
      const res = build(REPO_ROOT, config);
      expect(res.errors).toEqual([]);
      scripts = Object.fromEntries(Object.keys(EXAMPLES).map((n) => [n, readFileSync(join(OUT, "scripts", n, "script.cs"), "utf8")]));
    });
    afterAll(() => rmSync(OUT, { recursive: true, force: true }));

    for (const name of Object.keys(EXAMPLES)) {
      it(`${name}: compiles as the game wraps it and uses only whitelisted API`, { timeout: 60_000 }, () => {
        const stubs = buildStubs();
        const [file] = writeSources(join(OUT, "wl", name), { "Script.cs": wrapScript(scripts[name]!, readPrologue()) });
        const dll = join(OUT, "wl", name, "Script.dll");
        const r = mcs([file!], dll, { target: "library", refs: [stubs] });
        expect(r.output).toBe("");
        const refs = scanReferences(dll, [stubs]);
        expect(refs.length).toBeGreaterThan(10);
        expect(checkWhitelist(refs, loadWhitelist()).map(formatReference)).toEqual([]);
        expect(scripts[name]!.length).toBeLessThan(100_000);
      });
    }
  });
});
