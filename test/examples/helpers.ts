// Helpers of the example scenario tests: run an example's scenario (test/examples/scenarios/) and
// read what happened from the trace: property changes of blocks, LCD text, actions. The tests judge
// the examples by what the simulated blocks did, never by the script's own variables.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstDifference } from "../engine/helpers.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { buildSimulation, loadScenario, type Scenario } from "../../sim/scenario.ts";
import type { Simulation } from "../../sim/simulation.ts";
import type { TraceEvent } from "../../sim/trace.ts";

export const SCENARIOS = join(REPO_ROOT, "test/examples/scenarios");
export const noMono = csChecksUnavailable();

export function scenarioPath(name: string): string {
  return join(SCENARIOS, `${name}.json`);
}

/** Load an example scenario (its script compiled for the C# engine too when `cs`). */
export async function loadExample(name: string, opts: { cs?: boolean } = {}): Promise<Scenario> {
  return loadScenario(scenarioPath(name), opts.cs ? { engine: "cs" } : {});
}

/** Run a loaded scenario to its end on one engine; the simulation stays readable afterwards. */
export function run(scenario: Scenario, engine: "ts" | "cs" = "ts", overrides: { seed?: number; ticks?: number } = {}): { sim: Simulation; events: TraceEvent[] } {
  const { sim, ticks } = buildSimulation(scenario, { ...overrides, engine });
  sim.start().runUntil(ticks);
  return { sim, events: sim.trace.events };
}

/** The "property" events of one block and property, in order: [tick, value, by]. */
export function changes(events: TraceEvent[], block: string, name: string): { tick: number; value: unknown; by: string }[] {
  return events
    .filter((e) => e.kind === "property" && e.block === block && e.data.name === name)
    .map((e) => ({ tick: e.tick, value: e.data.value, by: e.data.by as string }));
}

/** The first tick at which a block's property became `value` (at or after `from`), or -1. */
export function firstTick(events: TraceEvent[], block: string, name: string, value: unknown, from = 0): number {
  const c = changes(events, block, name).find((x) => x.tick >= from && JSON.stringify(x.value) === JSON.stringify(value));
  return c ? c.tick : -1;
}

/** The value a property had at a tick, from its changes in the trace and its value before any change. */
export function valueAt(events: TraceEvent[], block: string, name: string, tick: number, initial: unknown): unknown {
  let v = initial;
  for (const c of changes(events, block, name)) if (c.tick <= tick) v = c.value;
  return v;
}

/** The texts written to a surface (the "text" events of a block), in order. */
export function texts(events: TraceEvent[], block: string): { tick: number; text: string }[] {
  return events.filter((e) => e.kind === "text" && e.block === block).map((e) => ({ tick: e.tick, text: e.data.text as string }));
}

/** Events that say a script failed (an exception or a terminated PB). */
export function failures(events: TraceEvent[]): TraceEvent[] {
  return events.filter((e) => e.kind === "exception" || (e.kind === "state" && e.data.status === "terminated"));
}

/** The example's trace on the C# engine (its emitted C# under mono) is the TS engine's, event for event. */
export function sameOnBothEngines(scenario: () => Scenario, events: () => TraceEvent[], title = "the C# engine gives the same trace"): void {
  describe.skipIf(noMono !== null)("both engines", () => {
    let cs: typeof import("../../sim/engine/cs.ts");
    beforeAll(async () => {
      cs = await import("../../sim/engine/cs.ts");
    });
    afterAll(() => cs?.closeCsLink());
    it(title, { timeout: 120_000 }, () => {
      expect(firstDifference(events(), run(scenario(), "cs").events)).toBeNull();
    });
  });
}
