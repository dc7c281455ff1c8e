// "Save as scenario": the scenario as its file says (script paths, not classes) plus every action
// the live session took, at its tick, so `pbts sim saved.json` replays the session event for event.
// - The duration becomes the session's tick: the replay's trace is the session's trace.
// - The seed is the one the session ran with (a --seed override included).
// - randomFaults are written out as the events they drew (same objects, `random: true` kept): a
//   live action and a drawn fault at the same tick then keep the session's order (drawn first),
//   which re-drawing at start() would not give (actions from the file are scheduled before draws).
// - Script paths are rewritten relative to the saved file, so it can be saved anywhere.
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ScheduledAction } from "../faults.ts";
import type { Scenario } from "../scenario.ts";

/** The scenario object as written in its file (before scripts are loaded). */
export async function readRawScenario(path: string): Promise<Scenario> {
  const abs = resolve(path);
  if (abs.endsWith(".json")) return JSON.parse(await readFile(abs, "utf8")) as Scenario;
  const mod = (await import(pathToFileURL(abs).href)) as { default?: Scenario; scenario?: Scenario };
  return (mod.default ?? mod.scenario)!;
}

export interface SaveInput {
  raw: Scenario;
  /** The scenario file the session was opened from. */
  scenarioPath: string;
  seed: number;
  /** The session's current tick: the saved duration. */
  tick: number;
  /** The faults the seed drew at start (empty without randomFaults). */
  drawn: readonly ScheduledAction[];
  /** The live actions, in the order they were taken. */
  actions: readonly ScheduledAction[];
}

/** The saved scenario for `savePath` (an object ready for JSON.stringify). */
export function savedScenario(input: SaveInput, savePath: string): Scenario {
  const fromDir = dirname(resolve(input.scenarioPath));
  const toDir = dirname(resolve(savePath));
  const rebase = (ref: unknown, where: string): unknown => {
    if (ref === undefined) return undefined;
    if (typeof ref !== "string") throw new Error(`${where}: the script is a class in the scenario module, not a file path, so it cannot be written to a JSON scenario. Name the script by path in the scenario to save sessions.`);
    if (isAbsolute(ref)) return ref;
    const rel = relative(toDir, resolve(fromDir, ref)).split(sep).join("/");
    return rel.startsWith(".") ? rel : "./" + rel;
  };
  const { seconds: _s, ticks: _t, randomFaults: _r, events, grids, seed: _seed, ...rest } = input.raw;
  void _s, _t, _r, _seed;
  const out: Scenario = {
    ...rest,
    seed: input.seed,
    ticks: input.tick,
    grids: grids.map((g) => ({
      ...g,
      blocks: (g.blocks ?? []).map((b) => ("script" in b && b.script !== undefined ? { ...b, script: rebase(b.script, `block "${b.name}"`) } : b)) as typeof g.blocks,
    })),
    events: [
      ...(events ?? []).map((e) => (e.script !== undefined ? { ...e, script: rebase(e.script, `event ${e.kind}`) } : e)) as Scenario["events"] & object,
      ...input.drawn.map((a) => ({ ...a })),
      ...input.actions.map((a) => ({ ...a })),
    ] as Scenario["events"],
  };
  return out;
}
