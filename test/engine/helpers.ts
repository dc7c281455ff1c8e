// Helpers of the two-engine tests: run a scenario on the TS engine and on the C# engine (mono) and
// compare the traces event by event.
import { buildSimulation, type Scenario } from "../../sim/scenario.ts";
import type { TraceEvent } from "../../sim/trace.ts";

export interface EngineRun {
  events: TraceEvent[];
  ms: number;
}

export function runOn(scenario: Scenario, engine: "ts" | "cs", overrides: { seed?: number; ticks?: number } = {}): EngineRun {
  const t0 = performance.now();
  const { sim, ticks } = buildSimulation(scenario, { ...overrides, engine });
  sim.start().runUntil(ticks);
  return { events: sim.trace.events, ms: performance.now() - t0 };
}

/**
 * The event without its instruction count: only the C# engine counts instructions (the game's rules;
 * the TS engine has no C# to count), so the comparison leaves out exactly that field of run, compile
 * and save events, and the `at` (TS position) of a C# exception event, and nothing else.
 */
export function withoutInstructions(e: TraceEvent): TraceEvent {
  if (!("instructions" in e.data) && !(e.kind === "exception" && "at" in e.data)) return e;
  const data: Record<string, unknown> = { ...e.data };
  delete data.instructions;
  if (e.kind === "exception") delete data.at;
  return { ...e, data } as TraceEvent;
}

/** null when the traces are identical (as JSON, event by event; instruction counts left out), else the first difference, readable. */
export function firstDifference(tsEvents: TraceEvent[], csEvents: TraceEvent[]): string | null {
  const ts = tsEvents.map(withoutInstructions);
  const cs = csEvents.map(withoutInstructions);
  const n = Math.max(ts.length, cs.length);
  for (let i = 0; i < n; i++) {
    const a = ts[i] ? JSON.stringify(ts[i]) : undefined;
    const b = cs[i] ? JSON.stringify(cs[i]) : undefined;
    if (a === b) continue;
    const e = ts[i] ?? cs[i]!;
    return [
      `event #${i} (of ${ts.length} ts / ${cs.length} cs) differs at tick ${e.tick}, block ${e.block}, kind ${e.kind}:`,
      `  ts: ${a ? `${ts[i]!.kind} ${JSON.stringify(ts[i]!.data)} (tick ${ts[i]!.tick}, ${ts[i]!.block})` : "(no event)"}`,
      `  cs: ${b ? `${cs[i]!.kind} ${JSON.stringify(cs[i]!.data)} (tick ${cs[i]!.tick}, ${cs[i]!.block})` : "(no event)"}`,
    ].join("\n");
  }
  return null;
}
