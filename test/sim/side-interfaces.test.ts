// audit11 (issue 11, items 1 and 8): a kind implements every interface terminal.dat lists, in both
// engines. The C# engine's kind proxies implemented only their own interface chain, so
// GetBlocksOfType<IMyUpgradableBlock> found nothing there and IMyTextSurfaceProvider only cockpits
// and PBs (sim/blocks/kinds-gen.ts generateCs adds the side interfaces); uint properties
// (UpgradeCount, NextItemId, Connections) threw "not modelled".
import { afterAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { loadScenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";
import { firstDifference, runOn } from "../engine/helpers.ts";

const FILE = "test/sim/scenarios/side-interfaces.json";
const echoOf = (events: TraceEvent[]): string =>
  events.filter((e) => e.kind === "run" && e.block === "PB").map((e) => e.data.echo as string).at(-1) ?? "";

describe("side interfaces of a kind (IMyUpgradableBlock, IMyTextSurfaceProvider, IMySolarOccludable)", () => {
  it("the TS engine finds them and reads the uint properties", async () => {
    const { events } = runOn(await loadScenario(FILE), "ts");
    const echo = echoOf(events);
    expect(echo).toContain("upgradable Battery 2\n");
    expect(echo).toContain("upgradable Refinery 0\n");
    expect(echo).toContain("upgradable Solar 0\n");
    expect(echo).toContain("occludable 1\n");
    expect(echo).toContain("module 1 0\n");
    expect(echo).toContain("next 0\n");
    // a cargo container is not a text surface provider (terminal.dat); the rest are
    expect(echo.match(/^screens /gm)!.length).toBe(9);
    // the PB and the LCD are upgradable too; the LCD is a provider of one surface, its face
    expect(echo).toMatch(/^upgradable PB 0$/m);
    expect(echo).toMatch(/^upgradable LCD 0$/m);
    expect(echo).toMatch(/^upgradable Antenna 0$/m);
    expect(echo).toMatch(/^upgradable Connector 0$/m);
    expect(echo).toContain("lcd provider 1\n");
  });

  const noMono = csChecksUnavailable();
  describe.skipIf(noMono !== null)("C# engine", () => {
    let cs: typeof import("../../sim/engine/cs.ts") | undefined;
    afterAll(() => cs?.closeCsLink());
    it("gives the same trace", { timeout: 180_000 }, async () => {
      cs = await import("../../sim/engine/cs.ts");
      const scenario = await loadScenario(FILE, { engine: "cs" });
      const ts = runOn(scenario, "ts").events;
      const csEvents = runOn(scenario, "cs").events;
      expect(echoOf(csEvents)).toBe(echoOf(ts));
      expect(firstDifference(ts, csEvents)).toBeNull();
    });
  });
});
