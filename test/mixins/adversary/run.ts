// Runs an adversary scenario in the simulator (the script as a class, in memory) and judges its
// trace; a failure writes the scenario as a `pbts sim` file with the commands that replay it.
import fc from "fast-check";
import { buildSimulation } from "../../../sim/scenario.ts";
import type { ProgramClass } from "../../../sim/script-host.ts";
import { Program } from "./script.ts";
import { Program as Caller } from "./caller.ts";
import { Program as OwnListener } from "./own-listener.ts";
import { Program as Sender } from "./sender.ts";
import { Program as Wipe } from "./wipe.ts";
import { judge, type OracleOptions, type Violation } from "./oracle.ts";
import { writeScenario, type AdvScenario } from "./model.ts";
import { build, type GenSpec } from "./gen.ts";

export function runAdv(s: AdvScenario, opts: OracleOptions = {}): { violations: Violation[]; events: import("../../../sim/trace.ts").TraceEvent[] } {
  // (a block running caller.ts is a player's other script that TryRuns a copy, F56; own-listener.ts a copy with a listener of
  // the user's own and sender.ts a base that broadcasts to it, F101; every other script is a copy)
  // (wipe.ts, session 25: a script that leaves Storage empty, recompiled into by an event)
  const cls = (f: string) => (f.endsWith("caller.ts") ? Caller : f.endsWith("own-listener.ts") ? OwnListener : f.endsWith("sender.ts") ? Sender : f.endsWith("wipe.ts") ? Wipe : Program) as unknown as ProgramClass;
  const resolved = { ...s, grids: s.grids.map((g) => ({ ...g, blocks: (g.blocks ?? []).map((b) => ("script" in b && b.script ? { ...b, script: cls(String(b.script)) } : b)) })), events: (s.events ?? []).map((e) => (typeof e.script === "string" ? { ...e, script: cls(e.script) } : e)) };
  const { sim, ticks } = buildSimulation(resolved);
  sim.start().runUntil(ticks);
  return { violations: judge(s, sim.trace.events, ticks, opts), events: sim.trace.events };
}

/** Throws with the violations and the replay commands (for fast-check properties). */
export function checkAdv(s: AdvScenario, opts: OracleOptions = {}): void {
  const { violations } = runAdv(s, opts);
  if (violations.length > 0) {
    const w = writeScenario(s, s.name ?? "adv");
    throw new Error(`${violations.map((v) => `[${v.check}] tick ${v.tick}: ${v.text}`).join("\n")}\nreplay: ${w.check}\ndraw: ${w.sim}`);
  }
}

export const RUNS = Number(process.env.PBTS_ADVERSARY_RUNS ?? 500);
/** Schedules for a family: PBTS_ADVERSARY_RUNS when set, else the family's CI count (its cost per
 *  schedule differs: 8-12 copies cost about three times what 3-8 do). */
export const runsFor = (ciCount: number | undefined): number => (process.env.PBTS_ADVERSARY_RUNS ? RUNS : (ciCount ?? RUNS));
export const SEED = Number(process.env.PBTS_ADVERSARY_SEED ?? 20261201);

/** A property over generated specs; `skip` leaves out checks the family runs into on purpose. */
export function property(arb: fc.Arbitrary<GenSpec>, opts: OracleOptions = {}, runs = RUNS, seed = SEED): void {
  fc.assert(
    fc.property(arb, (spec) => checkAdv(build(spec), opts)),
    { numRuns: runs, seed, endOnFailure: false },
  );
}
