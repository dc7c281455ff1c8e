// Faults and operator actions: everything that happens *to* the world rather than inside a script.
// They are plain data so a scenario can list them, a seed can generate them and the trace can show
// them. `applyAction` is the single place that performs them (each one traced as a "fault" event).
import { SimProgrammableBlock } from "./blocks/programmable.ts";
import { SimConnector } from "./blocks/connector.ts";
import { setBlockProperty } from "./blocks/kind-block.ts";
import { gridVelocity, type Vec3 } from "./grid.ts";
import type { Rng } from "./rng.ts";
import { scriptName, type ProgramClass } from "./script-host.ts";
import type { Simulation } from "./simulation.ts";
import { UpdateType } from "pbts/se";

export type SimAction =
  /** The block is gone for good: Closed, out of GridTerminalSystem, no IGC endpoint. */
  | { kind: "destroy"; block: string }
  /** Integrity below the functional threshold (IsFunctional false); `repair` restores it. */
  | { kind: "damage"; block: string }
  | { kind: "repair"; block: string }
  /** Enabled = false / true. A PB keeps its instance while off. */
  | { kind: "turn-off"; block: string }
  | { kind: "turn-on"; block: string }
  /** Power loss of one block, or of a whole grid. */
  | { kind: "unpower"; block?: string; grid?: string }
  | { kind: "repower"; block?: string; grid?: string }
  /** The script's next run throws `message` (an exception escaping Main: terminated). */
  | { kind: "throw"; block: string; message?: string }
  /** Recompile (Save first); `script` swaps in another program ("recompile into something else"). */
  | { kind: "recompile"; block: string; script?: ProgramClass }
  /** World save (Save() everywhere, Storage persisted) and load (back to the last save). */
  | { kind: "save" }
  | { kind: "load" }
  | { kind: "save-reload" }
  /** Connector undock/dock: splits/merges connected groups. */
  | { kind: "disconnect"; block: string }
  | { kind: "connect"; block: string; to?: string }
  /** Rotor/piston head detach/attach: splits/merges constructs. */
  | { kind: "detach"; joint: string }
  | { kind: "attach"; joint: string }
  /** Move a grid (antenna range). */
  | { kind: "move"; grid: string; position?: Vec3; linearVelocity?: Vec3 }
  /** Server lag: no runs (and, without `block`, no IGC delivery) for `ticks` ticks; time still passes. */
  | { kind: "lag"; ticks: number; block?: string }
  /** From now on, drop each IGC delivery with this probability (seeded); per block = from or to it. */
  | { kind: "message-loss"; probability: number; block?: string }
  /** Ownership change: terminates the script (se-api-facts). */
  | { kind: "change-owner"; block: string; owner: number }
  /** Operator actions: the Run button (Terminal) or a timer/toolbar (Trigger). */
  | { kind: "run"; block: string; argument?: string; source?: "terminal" | "trigger" }
  | { kind: "set-custom-data"; block: string; value: string }
  /** Set a block property (API member or terminal property; read-only ones too), as a scenario fact. */
  | { kind: "set"; block: string; property: string; value: unknown };

export type ScheduledAction = SimAction & { tick: number; random?: boolean };

export type ActionKind = SimAction["kind"];

/** Every action kind (the Record makes the compiler keep it in step with SimAction). */
const ACTION_KIND_SET: Record<ActionKind, true> = {
  destroy: true, damage: true, repair: true, "turn-off": true, "turn-on": true, unpower: true, repower: true, throw: true,
  recompile: true, save: true, load: true, "save-reload": true, disconnect: true, connect: true, detach: true, attach: true,
  move: true, lag: true, "message-loss": true, "change-owner": true, run: true, "set-custom-data": true, set: true,
};
export const ACTION_KINDS = Object.keys(ACTION_KIND_SET) as ActionKind[];

/**
 * The fields of each action in a scenario (besides kind, tick, seconds): name -> type, `!` when
 * required (s string, n number, v [x, y, z], any: anything). A scenario event is checked against it
 * at load, so a misspelt field ("customData" for "value") is an error, not a silent "".
 */
const ACTION_FIELDS: Record<ActionKind, Record<string, string>> = {
  destroy: { block: "s!" }, damage: { block: "s!" }, repair: { block: "s!" }, "turn-off": { block: "s!" }, "turn-on": { block: "s!" },
  unpower: { block: "s", grid: "s" }, repower: { block: "s", grid: "s" }, throw: { block: "s!", message: "s" },
  recompile: { block: "s!", script: "any" }, save: {}, load: {}, "save-reload": {}, disconnect: { block: "s!" }, connect: { block: "s!", to: "s" },
  detach: { joint: "s!" }, attach: { joint: "s!" }, move: { grid: "s!", position: "v", linearVelocity: "v" }, lag: { ticks: "n!", block: "s" },
  "message-loss": { probability: "n!", block: "s" }, "change-owner": { block: "s!", owner: "n!" },
  run: { block: "s!", argument: "s", source: "s" }, "set-custom-data": { block: "s!", value: "s!" }, set: { block: "s!", property: "s!", value: "any!" },
};
const FIELD_TYPES: Record<string, string> = { s: "a string", n: "a number", v: "[x, y, z]", any: "a value" };

/** "" when a scenario event of a known kind has the fields its kind takes, else what is wrong and the fields it takes. */
export function checkActionFields(e: Record<string, unknown> & { kind: ActionKind }): string {
  const fields = ACTION_FIELDS[e.kind];
  const takes = `"${e.kind}" takes ${Object.entries(fields).map(([f, t]) => `"${f}"${t.endsWith("!") ? "" : " (optional)"}`).join(", ") || "no fields"} besides "tick" or "seconds"`;
  // `random: true` marks a fault randomFaults drew (the live view's saved sessions write them out).
  if (e.random !== undefined && typeof e.random !== "boolean") return `"random" must be true or false (it marks a fault drawn by randomFaults)`;
  for (const f of Object.keys(e)) if (!["kind", "tick", "seconds", "random"].includes(f) && !Object.hasOwn(fields, f)) return `unknown field "${f}": ${takes}`;
  for (const [f, t] of Object.entries(fields)) {
    const v = e[f];
    const type = t.replace("!", "");
    if (v === undefined) {
      if (t.endsWith("!")) return `needs "${f}" (${FIELD_TYPES[type]}): ${takes}`;
      continue;
    }
    const ok = type === "any" || (type === "s" ? typeof v === "string" : type === "n" ? typeof v === "number" : Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === "number"));
    if (!ok) return `"${f}" must be ${FIELD_TYPES[type]}, not ${JSON.stringify(v)}`;
  }
  if ((e.kind === "unpower" || e.kind === "repower") && e.block === undefined && e.grid === undefined) return `needs "block" or "grid" (a string)`;
  if (e.kind === "move" && e.position === undefined && e.linearVelocity === undefined) return `needs "position" or "linearVelocity" ([x, y, z]): ${takes}`;
  return "";
}

export function isActionKind(kind: unknown): kind is ActionKind {
  return typeof kind === "string" && Object.hasOwn(ACTION_KIND_SET, kind);
}

/** The action as it appears in the trace (a script class becomes its name). */
export function describeAction(a: SimAction & { random?: boolean }): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  delete out.tick;
  if ("script" in a && a.script) out.script = scriptName(a.script);
  return out;
}

export function applyAction(sim: Simulation, a: SimAction & { random?: boolean }): void {
  const w = sim.world;
  const tick = sim.tick;
  const blockKey = "block" in a && a.block ? a.block : null;
  sim.trace.add(tick, blockKey, "fault", describeAction(a));
  switch (a.kind) {
    case "destroy": {
      const b = w.block(a.block);
      if (b instanceof SimProgrammableBlock) b.destroy();
      else b.destroyed = true;
      break;
    }
    case "damage":
      w.block(a.block).functional = false;
      break;
    case "repair":
      w.block(a.block).functional = true;
      break;
    case "turn-off":
      w.block(a.block).Enabled = false;
      break;
    case "turn-on":
      w.block(a.block).Enabled = true;
      break;
    case "unpower":
    case "repower": {
      const on = a.kind === "repower";
      if (a.grid) w.grid(a.grid).powered = on;
      if (a.block) w.block(a.block).powered = on;
      break;
    }
    case "throw":
      w.pb(a.block).pendingThrow = a.message ?? "Simulated fault: the script threw.";
      break;
    case "recompile":
      w.pb(a.block).compile("recompile", a.script);
      break;
    case "save":
      sim.saveWorld();
      break;
    case "load":
      sim.loadWorld();
      break;
    case "save-reload":
      sim.saveWorld();
      sim.loadWorld();
      break;
    case "disconnect":
      connector(sim, a.block).unlink();
      break;
    case "connect":
      connector(sim, a.block).link(a.to ? connector(sim, a.to) : undefined);
      break;
    case "detach":
      w.joint(a.joint).attached = false;
      break;
    case "attach":
      w.joint(a.joint).attached = true;
      break;
    case "move": {
      const g = w.grid(a.grid);
      if (a.position) g.position = [...a.position] as Vec3;
      if (a.linearVelocity) {
        // the grid's velocity, and its ship controllers' LinearVelocity fact (traced as theirs)
        g.velocity = gridVelocity(a.linearVelocity);
        for (const b of w.blocks) if (b.grid === g && b.interfaces.has("IMyShipController")) setBlockProperty(b, "LinearVelocity", a.linearVelocity);
      }
      break;
    }
    case "lag":
      if (a.block) w.pb(a.block).throttledUntil = tick + a.ticks;
      else sim.lagUntil = Math.max(sim.lagUntil, tick + a.ticks);
      break;
    case "message-loss":
      if (a.block) sim.igc.blockLoss.set(w.pb(a.block), a.probability);
      else sim.igc.lossProbability = a.probability;
      break;
    case "change-owner": {
      const b = w.block(a.block);
      b.ownerId = a.owner;
      if (b instanceof SimProgrammableBlock && b.alive) b.terminate("Ownership changed.", "ownership");
      break;
    }
    case "run": {
      const pb = w.pb(a.block);
      const type = a.source === "trigger" ? UpdateType.Trigger : UpdateType.Terminal;
      pb.run(type, a.argument ?? pb.TerminalRunArgument);
      break;
    }
    case "set-custom-data":
      w.block(a.block).CustomData = a.value;
      break;
    case "set":
      setBlockProperty(w.block(a.block), a.property, a.value);
      break;
    default:
      throw new Error(`unknown action "${(a as { kind: string }).kind}": use one of ${ACTION_KINDS.join(", ")}`);
  }
  w.changed();
}

function connector(sim: Simulation, key: string): SimConnector {
  const b = sim.world.block(key);
  if (!(b instanceof SimConnector)) throw new Error(`Block "${key}" is not a connector`);
  return b;
}

// ---- faults drawn from the seed ----

export type RandomFaultKind = "destroy" | "damage" | "turn-off" | "unpower" | "throw" | "recompile" | "lag" | "disconnect" | "save-reload";

export interface RandomFaultSpec {
  /** How many faults to draw. */
  count: number;
  /** Tick range [from, to) for the faults (default: 1 .. the run duration). */
  from?: number;
  to?: number;
  /** Kinds to draw from (default: turn-off, damage, unpower, throw). */
  kinds?: RandomFaultKind[];
  /** Target blocks (default: every PB). "disconnect" always targets the scenario's connectors. */
  blocks?: string[];
  /** Reversible faults recover after a delay drawn from [min, max] ticks (default [60, 600]). */
  recoverAfter?: [number, number];
}

const RECOVERY: Partial<Record<RandomFaultKind, ActionKind>> = {
  damage: "repair",
  "turn-off": "turn-on",
  unpower: "repower",
  throw: "recompile",
  disconnect: "connect",
};

/** Draw a fault schedule; each fault and its recovery are marked `random: true`. */
export function drawRandomFaults(spec: RandomFaultSpec, rng: Rng, defaults: { blocks: string[]; connectors: string[]; from: number; to: number }): ScheduledAction[] {
  const kinds = spec.kinds?.length ? spec.kinds : (["turn-off", "damage", "unpower", "throw"] as RandomFaultKind[]);
  const blocks = spec.blocks?.length ? spec.blocks : defaults.blocks;
  const from = spec.from ?? defaults.from;
  const to = spec.to ?? defaults.to;
  const [rmin, rmax] = spec.recoverAfter ?? [60, 600];
  const out: ScheduledAction[] = [];
  if (blocks.length === 0 || to <= from) return out;
  if (kinds.includes("disconnect") && defaults.connectors.length === 0) {
    throw new Error('randomFaults: "disconnect" needs at least one connector in the scenario (or drop it from "kinds")');
  }
  for (let i = 0; i < spec.count; i++) {
    const tick = from + rng.int(to - from);
    const kind = rng.pick(kinds);
    const block = kind === "disconnect" ? rng.pick(defaults.connectors) : rng.pick(blocks);
    const delay = rng.range(rmin, rmax);
    if (kind === "save-reload") out.push({ tick, kind, random: true });
    else if (kind === "lag") out.push({ tick, kind, ticks: delay, block, random: true });
    else out.push({ tick, kind, block, random: true } as ScheduledAction);
    const recovery = RECOVERY[kind];
    if (recovery) out.push({ tick: tick + delay, kind: recovery, block, random: true } as ScheduledAction);
  }
  return out;
}
