// Failing properties write their counterexample as a `pbts sim` scenario file, so it can be replayed
// and drawn outside the test: `npx pbts sim <file> --svg out.svg`. The file runs the same blocks in
// the same order (hence the same EntityIds from the seed) and the same scheduled actions; the
// scripts are the standalone drop-in scripts of test/mixins/scripts (or the work-queue example).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { SimAction } from "pbts/sim";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";

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

/** The scenario object (scripts relative to `dir`, where the file will be). */
export function replayScenario(spec: ReplaySpec, dir: string): object {
  return {
    name: spec.name,
    description: spec.description,
    seed: spec.seed,
    ticks: spec.ticks,
    grids: [
      {
        name: "G",
        blocks: spec.blocks.map((b) => (b.script ? { ...b, script: relative(dir, join(REPO_ROOT, b.script)) } : b)),
      },
    ],
    events: spec.actions.map((a) => ({ tick: a.tick, ...a.action })),
  };
}

/** Writes .tmp/property-failures/<name>.json; returns it and the command that replays it. */
export function writeReplay(spec: ReplaySpec): { file: string; command: string } {
  const file = join(REPO_ROOT, ".tmp", "property-failures", `${spec.name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(replayScenario(spec, dirname(file)), null, 2) + "\n");
  return { file, command: `npx pbts sim ${relative(process.cwd(), file)} --svg ${spec.name}.svg` };
}
