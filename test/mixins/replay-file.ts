// Failing properties write their counterexample as a `pbts sim` scenario file, so it can be replayed
// and drawn outside the test: `npx pbts sim <file> --svg out.svg`. The file runs the same blocks in
// the same order (hence the same EntityIds from the seed) and the same scheduled actions; the
// scripts are the standalone drop-in scripts of test/mixins/scripts (or the work-queue example).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { SimAction } from "pbts/sim";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import type { Scenario, ScriptRef } from "../../sim/scenario.ts";

export interface ReplayBlock {
  type: "programmable" | "text-panel";
  name: string;
  /** Repository-relative script path (programmable blocks). */
  script?: string;
  customData?: string;
}

export interface ReplaySpec {
  name: string;
  description: string;
  seed: number;
  ticks: number;
  blocks: ReplayBlock[];
  actions: { tick: number; action: SimAction }[];
}

/** The scenario; `script` turns a block's repository-relative script path into what the scenario
 *  holds (a path relative to the file for `pbts sim`, or the program class for an in-memory run). */
export function replayScenario(spec: ReplaySpec, script: (path: string) => ScriptRef): Scenario {
  return {
    name: spec.name,
    description: spec.description,
    seed: spec.seed,
    ticks: spec.ticks,
    grids: [
      {
        name: "G",
        blocks: spec.blocks.map((b) => (b.script ? { ...b, script: script(b.script) } : b)),
      },
    ],
    // the actions carry no program classes (a recompile into another script is not drawn here)
    events: spec.actions.map((a) => ({ tick: a.tick, ...a.action })) as Scenario["events"],
  };
}

/** Writes .tmp/property-failures/<name>.json; returns it and the command that replays it. */
export function writeReplay(spec: ReplaySpec): { file: string; command: string } {
  const file = join(REPO_ROOT, ".tmp", "property-failures", `${spec.name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(replayScenario(spec, (p) => relative(dirname(file), join(REPO_ROOT, p))), null, 2) + "\n");
  return { file, command: `npx pbts sim ${relative(process.cwd(), file)} --svg ${spec.name}.svg` };
}
