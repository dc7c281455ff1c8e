// Scenarios: a world, its scripts, a duration, a seed and a schedule of faults/actions, as data.
// A scenario is a JSON file, or a TS/JS module whose default export is the same object (a module
// may put script classes directly in `script`). Script paths are relative to the scenario file and
// name a module exporting `Program`; they are loaded with dynamic import().
//
// {
//   "name": "counter", "seed": 1, "ticks": 1200,
//   "options": { "phases": "seeded", "runOrder": "creation", "lastRunTimeMs": 0 },
//   "grids": [ { "name": "Base", "position": [0,0,0], "blocks": [
//       { "type": "programmable", "name": "PB Counter", "script": "./scripts/counter.ts", "customData": "" },
//       { "type": "antenna", "name": "Antenna", "radius": 5000 } ] } ],
//   "joints": [ { "name": "Rotor", "a": "Base", "b": "Turret", "kind": "rotor" } ],
//   "connectors": [ ["Dock A", "Dock B"] ],
//   "groups": [ { "name": "Screens", "blocks": ["LCD 1"] } ],
//   "events": [ { "tick": 300, "kind": "turn-off", "block": "PB Counter" } ],
//   "randomFaults": { "count": 3, "kinds": ["turn-off", "throw"] }
// }
// Event ticks may also be given as "seconds" (x 60). Event kinds: see faults.ts SimAction.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ACTION_KINDS, checkActionFields, isActionKind, type ScheduledAction, type RandomFaultSpec, type SimAction } from "./faults.ts";
import type { Vec3 } from "./grid.ts";
import { checkScript, loadScriptModule, registerLoadHooks, type ProgramClass } from "./script-host.ts";
import { loadEngine, registerScriptSource, type EngineName } from "./engine/registry.ts";
import { Simulation, type SimOptions } from "./simulation.ts";
import type { BlockSpec } from "./world.ts";
import { TICKS_PER_SECOND } from "./runtime.ts";
import type { GridGeometrySpec } from "./blocks/geometry.ts";
import { checkBlockProperty } from "./blocks/kind-block.ts";
import { parseBlueprints } from "./blocks/production.ts";

/** A script reference: a path (relative to the scenario) or, in a TS scenario, the class. */
export type ScriptRef = string | ProgramClass;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type ScenarioBlock = DistributiveOmit<BlockSpec, "script"> & { script?: ScriptRef };

export interface ScenarioGrid extends GridGeometrySpec {
  name: string;
  position?: Vec3;
  /** m/s, world (IMyCubeGrid.LinearVelocity/Speed; its ship controllers' default LinearVelocity). */
  linearVelocity?: Vec3;
  isStatic?: boolean;
  entityId?: number;
  /** Default owner of the grid's blocks (1 unless told). */
  owner?: number;
  /** Starts unpowered. */
  unpowered?: boolean;
  blocks?: ScenarioBlock[];
}

export type ScenarioEvent = DistributiveOmit<SimAction, "script"> & { script?: ScriptRef; tick?: number; seconds?: number };

export interface Scenario {
  name?: string;
  description?: string;
  seed?: number;
  /** Duration in ticks (60 per second); `seconds` is the alternative. Default 600. */
  ticks?: number;
  seconds?: number;
  options?: Omit<SimOptions, "seed">;
  grids: ScenarioGrid[];
  joints?: { name: string; a: string; b: string; kind?: "rotor" | "hinge" | "piston"; attached?: boolean }[];
  /** Connector pairs docked at start. */
  connectors?: [string, string][];
  groups?: { name: string; blocks: string[] }[];
  events?: ScenarioEvent[];
  randomFaults?: RandomFaultSpec;
  /** Production blueprints (sim/blocks/production.ts): name -> { inputs, results, seconds }. */
  blueprints?: Record<string, unknown>;
}

/** Read a scenario file (.json, or a module with a default export) and load its scripts. */
export async function loadScenario(path: string, opts: { engine?: EngineName; check?: boolean } = {}): Promise<Scenario> {
  await loadEngine(opts.engine);
  const abs = resolve(path);
  let scenario: Scenario;
  if (!existsSync(abs)) throw new Error(`scenario "${path}" not found (looked for ${abs}). Check the path.`);
  if (!statSync(abs).isFile()) throw new Error(`scenario "${path}" is a folder: name a scenario file (.json, or a module exporting the scenario).`);
  if (abs.endsWith(".json")) {
    let text: string;
    try {
      text = await readFile(abs, "utf8");
    } catch (e) {
      throw new Error(`scenario "${path}" cannot be read (${(e as { code?: string }).code ?? (e as Error).message}). Check that it is a readable file.`);
    }
    try {
      scenario = JSON.parse(text) as Scenario;
    } catch (e) {
      throw new Error(`scenario "${path}" is not valid JSON: ${(e as Error).message}. Fix the file (see README, "Simulator", for the format).`);
    }
  } else {
    registerLoadHooks(); // a TS scenario module loads from any folder too
    const mod = (await import(pathToFileURL(abs).href)) as { default?: Scenario; scenario?: Scenario };
    const s = mod.default ?? mod.scenario;
    if (!s) throw new Error(`${path}: the module has no default export (the scenario object). Add "export default { grids: [...] }".`);
    scenario = s;
  }
  if (!scenario || typeof scenario !== "object" || !Array.isArray(scenario.grids)) throw new Error(`${path}: a scenario needs a "grids" array (see README, "Simulator", for the format).`);
  // the C# engine compiles every script anyway; the TS engine checks them when asked (pbts sim does)
  return resolveScripts(scenario, dirname(abs), path, { check: opts.check === true && (opts.engine ?? scenario.options?.engine ?? "ts") === "ts" });
}

/** Replace every script path with the `Program` class it exports. */
export async function resolveScripts(scenario: Scenario, baseDir: string, source = "scenario", opts: { check?: boolean } = {}): Promise<Scenario> {
  const cache = new Map<string, ProgramClass>();
  const load = async (ref: ScriptRef | undefined, where: string): Promise<ProgramClass | undefined> => {
    if (ref === undefined || typeof ref === "function") return ref;
    if (typeof ref !== "string") throw new Error(badScript(where, ref));
    const abs = resolve(baseDir, ref);
    let cls = cache.get(abs);
    if (!cls) {
      cls = await loadScriptModule(abs, ref, where); // first: its own errors (missing, syntax, import) say more
      if (opts.check) {
        const refused = await checkScript(abs, ref, where);
        if (refused) throw refused;
      }
      registerScriptSource(cls, abs);
      cache.set(abs, cls);
    }
    return cls;
  };
  const grids: ScenarioGrid[] = [];
  for (const g of scenario.grids) {
    const blocks: ScenarioBlock[] = [];
    for (const b of g.blocks ?? []) blocks.push("script" in b && b.script !== undefined ? { ...b, script: await load(b.script, `${source}, block "${b.name}"`) } : b);
    grids.push({ ...g, blocks });
  }
  const events: ScenarioEvent[] = [];
  for (const e of scenario.events ?? []) events.push(e.script !== undefined ? { ...e, script: await load(e.script, `${source}, event ${e.kind}`) } : e);
  return { ...scenario, grids, events };
}

/** The fields of a grid (README, Simulator): a misspelt one is an error, not ignored. */
const GRID_FIELDS = ["name", "position", "linearVelocity", "forward", "up", "gridSize", "isStatic", "entityId", "owner", "unpowered", "blocks"];

/** The fields a scenario block may have (README, Simulator): a misspelt one is an error, not ignored. */
const BLOCK_FIELDS = [
  "type", "name", "subtype", "properties", "rates", "surfaces", "inventory", "inventories", "inventoryVolume",
  "position", "orientation", "size", "center", "behind", "feeds", "customData", "enabled", "owner", "entityId",
  "script", "storage", "argument", "phase10", "phase100", "radius", "broadcasting", "interfaces", "definition",
];

/** The error for a "script" that is neither a path nor (in a TS scenario) a Program class. */
function badScript(where: string, ref: unknown): string {
  return `${where}: "script" must be the path of a script module exporting Program (a string, relative to the scenario file, e.g. "./scripts/main.ts"), got ${JSON.stringify(ref) ?? String(ref)}`;
}

export function scenarioTicks(s: Scenario): number {
  return s.ticks ?? (s.seconds !== undefined ? Math.round(s.seconds * TICKS_PER_SECOND) : 600);
}

/** Build a ready-to-start simulation from a scenario whose scripts are classes (see resolveScripts). */
export function buildSimulation(scenario: Scenario, overrides: { seed?: number; ticks?: number; engine?: EngineName } = {}): { sim: Simulation; ticks: number } {
  const ticks = overrides.ticks ?? scenarioTicks(scenario);
  const engine = overrides.engine ?? scenario.options?.engine;
  const sim = new Simulation({ ...scenario.options, seed: overrides.seed ?? scenario.seed ?? 1, ...(engine !== undefined ? { engine } : {}) });
  // Other top-level fields are left to tools (the adversary's "adv" metadata); grids and blocks are checked.
  if (!Array.isArray(scenario.grids)) throw new Error(`"grids" must be an array of grids ({ "name": ..., "blocks": [...] }), got ${JSON.stringify(scenario.grids)}`);
  if (scenario.blueprints !== undefined) sim.world.blueprints = parseBlueprints(scenario.blueprints);
  for (const g of scenario.grids) {
    const gridExtra = Object.keys(g).find((k) => !GRID_FIELDS.includes(k));
    if (gridExtra !== undefined) throw new Error(`grid "${g.name}": unknown field "${gridExtra}": a grid takes ${GRID_FIELDS.join(", ")}`);
    let grid;
    try {
      grid = sim.addGrid({ name: g.name, position: g.position, linearVelocity: g.linearVelocity, isStatic: g.isStatic, entityId: g.entityId, forward: g.forward, up: g.up, gridSize: g.gridSize });
    } catch (e) {
      throw new Error(`grid "${g.name}": ${(e as Error).message}`);
    }
    if (g.unpowered) grid.powered = false;
    for (const b of g.blocks ?? []) {
      if (typeof b.script === "string") throw new Error(`Block "${b.name}": script "${b.script}" was not loaded (use loadScenario/resolveScripts)`);
      if (b.script !== undefined && typeof b.script !== "function") throw new Error(badScript(`grid "${g.name}", block "${b.name}"`, b.script));
      if (typeof b.name !== "string") throw new Error(`grid "${g.name}": a block without a "name" (type ${JSON.stringify(b.type)}). Give every block a name.`);
      const unknown = Object.keys(b).find((k) => !BLOCK_FIELDS.includes(k));
      if (unknown !== undefined) throw new Error(`grid "${g.name}", block "${b.name}": unknown field "${unknown}": a block takes ${BLOCK_FIELDS.join(", ")}`);
      try {
        sim.addBlock(grid, { owner: g.owner, ...b } as BlockSpec);
      } catch (e) {
        throw new Error(`grid "${g.name}", block "${b.name}": ${(e as Error).message}`);
      }
    }
  }
  sim.world.checkConveyors();
  sim.world.checkInventories();
  for (const j of scenario.joints ?? []) sim.world.addJoint(j.name, j.a, j.b, j.kind ?? "rotor", j.attached ?? true);
  for (const [a, b] of scenario.connectors ?? []) {
    const ca = sim.world.block(a);
    const cb = sim.world.block(b);
    if (!("link" in ca) || !("link" in cb)) throw new Error(`connectors: "${a}" and "${b}" must both be connectors`);
    (ca as unknown as { link(to: unknown): void }).link(cb);
  }
  for (const grp of scenario.groups ?? []) sim.world.addGroup(grp.name, grp.blocks);
  for (const [i, e] of (scenario.events ?? []).entries()) {
    if (typeof e.script === "string") throw new Error(`Event ${e.kind}: script "${e.script}" was not loaded`);
    const at = `event ${i + 1} (${JSON.stringify(e.kind)}${"block" in e && typeof e.block === "string" ? `, block "${e.block}"` : ""})`;
    if (!isActionKind(e.kind)) throw new Error(`${at}: unknown kind: use one of ${ACTION_KINDS.join(", ")}`);
    const tick = e.tick ?? (e.seconds !== undefined ? Math.round(e.seconds * TICKS_PER_SECOND) : undefined);
    if (tick === undefined) throw new Error(`${at} needs "tick" or "seconds"`);
    const fields = checkActionFields(e as unknown as Parameters<typeof checkActionFields>[0]);
    if (fields) throw new Error(`${at}: ${fields}`);
    // Names are checked now, not when the event fires.
    try {
      if ("block" in e && typeof e.block === "string") sim.world.block(e.block);
      if ("grid" in e && typeof e.grid === "string") sim.world.grid(e.grid);
      if (e.kind === "set") {
        if (typeof e.property !== "string") throw new Error(`"set" needs "property" (the property name) and "value"`);
        checkBlockProperty(sim.world.block(e.block), e.property, e.value);
      }
    } catch (err) {
      throw new Error(`${at}: ${(err as Error).message}`);
    }
    const action = { ...e } as Record<string, unknown>;
    delete action.tick;
    delete action.seconds;
    sim.at(tick, action as unknown as SimAction);
  }
  if (scenario.randomFaults) sim.setRandomFaults(scenario.randomFaults, ticks);
  return { sim, ticks };
}

/** Load, build and run a scenario to its end. */
export async function runScenario(path: string, overrides: { seed?: number; ticks?: number; engine?: EngineName; check?: boolean } = {}): Promise<{ sim: Simulation; ticks: number; scenario: Scenario }> {
  const scenario = await loadScenario(path, { engine: overrides.engine, check: overrides.check });
  let built: { sim: Simulation; ticks: number };
  try {
    built = buildSimulation(scenario, overrides);
  } catch (e) {
    throw new Error(`scenario "${path}": ${(e as Error).message}`);
  }
  const { sim, ticks } = built;
  sim.start().runUntil(ticks);
  return { sim, ticks, scenario };
}

export type { ScheduledAction };
