// A live session: one scenario's simulation advanced on demand (a tick, to the next run, or played
// by the server), with faults injected as the user clicks and a record of them for "Save as
// scenario". It reads what happened from the trace only (roles, IGC counts, instruction counts,
// properties, surfaces' text and sprites), so new trace kinds show up on the page as they come.
//
// Injection is exact: the simulation has finished its current tick, so an action is scheduled at
// the next tick (`sim.at(tick + 1, ...)`), and applied when that tick starts, exactly as the same
// action in a scenario's "events" would be. When paused, the session steps that tick at once.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SimConnector } from "../blocks/connector.ts";
import { SimProgrammableBlock } from "../blocks/programmable.ts";
import { checkBlockProperty } from "../blocks/kind-block.ts";
import { isActionKind, ACTION_KINDS, type ScheduledAction, type SimAction } from "../faults.ts";
import type { EngineName } from "../engine/registry.ts";
import { buildSimulation, loadScenario, type Scenario } from "../scenario.ts";
import type { Simulation } from "../simulation.ts";
import type { TraceEvent } from "../trace.ts";
import { readRawScenario, savedScenario } from "./saved-scenario.ts";
import { TraceDigest } from "./digest.ts";

export interface LiveOpenOptions {
  seed?: number;
  ticks?: number;
  engine?: EngineName;
  /** TS engine: refuse a script `pbts check` refuses, as `pbts sim` does (the CLI's default; --no-check turns it off). */
  check?: boolean;
}

/** Ticks "step to the next run" looks ahead before it gives up (10 minutes of game time). */
export const NEXT_RUN_LIMIT = 36_000;

export class LiveSession {
  /** The faults the seed drew at start (written out by "Save as scenario"). */
  private readonly drawn: ScheduledAction[];
  /** The actions the user took, in order, each with the tick it applies at. */
  readonly actions: ScheduledAction[] = [];
  readonly digest: TraceDigest;
  /** Set when a tick threw (a pbts bug or the C# engine's host died): the session stops there. */
  failure: string | null = null;

  private constructor(
    readonly scenarioPath: string,
    readonly scenario: Scenario,
    private readonly raw: Scenario,
    readonly sim: Simulation,
    /** The scenario's own duration (the session may run past it). */
    readonly endTick: number,
    readonly engine: EngineName,
  ) {
    sim.start();
    this.drawn = [
      ...sim.trace.events.filter((e) => e.kind === "fault" && e.data.random === true).map((e) => ({ tick: e.tick, ...e.data }) as unknown as ScheduledAction),
      ...sim.pendingActions.filter((a) => a.random === true),
    ];
    this.digest = new TraceDigest(sim);
    this.digest.update();
  }

  /** Load a scenario file (errors are the CLI's messages: the page shows them as they are). */
  static async open(path: string, opts: LiveOpenOptions = {}): Promise<LiveSession> {
    const scenario = await loadScenario(path, { engine: opts.engine, check: opts.check === true });
    const raw = await readRawScenario(path);
    try {
      const built = buildSimulation(scenario, opts);
      return new LiveSession(path, scenario, raw, built.sim, built.ticks, built.sim.engine?.name ?? "ts");
    } catch (e) {
      throw new Error(`scenario "${path}": ${(e as Error).message}`);
    }
  }

  /**
   * The same session taken back to tick `t` (deterministic: the scenario is built again and run to
   * `t` with the actions taken at or before `t`; later ones are dropped). Undo is a rewind to just
   * before the last action.
   */
  rewind(t: number): LiveSession {
    if (!Number.isInteger(t) || t < 0) throw new Error(`rewind: "tick" is a whole number >= 0 (got ${JSON.stringify(t)})`);
    if (t > this.tick) throw new Error(`rewind: tick ${t} is ahead of the session (tick ${this.tick}); step forward instead`);
    const { sim } = buildSimulation(this.scenario, { seed: this.sim.seed, ticks: this.endTick, engine: this.engine });
    const back = new LiveSession(this.scenarioPath, this.scenario, this.raw, sim, this.endTick, this.engine);
    for (const a of this.actions) {
      if (a.tick > t) continue;
      const { tick, ...action } = a;
      sim.at(tick, action as SimAction);
      back.actions.push(a);
    }
    back.step(t);
    return back;
  }

  get tick(): number {
    return this.sim.tick;
  }

  /** Advance `n` ticks (stops early if a tick fails). Returns the ticks done. */
  step(n = 1): number {
    let done = 0;
    while (done < n && this.failure === null) {
      try {
        this.sim.step();
      } catch (e) {
        this.failure = `tick ${this.sim.tick}: ${(e as Error).message}`;
        break;
      }
      done++;
    }
    this.digest.update();
    return done;
  }

  /** Step until a script runs (any PB, or `block`), at most NEXT_RUN_LIMIT ticks. Returns the tick reached. */
  stepToNextRun(block?: string): number {
    if (block !== undefined) this.sim.world.pb(block);
    for (let i = 0; i < NEXT_RUN_LIMIT && this.failure === null; i++) {
      const from = this.sim.trace.events.length;
      this.step(1);
      const events = this.sim.trace.events; // read again: what the step added is there after a read
      for (let k = from; k < events.length; k++) {
        const e = events[k]!;
        if (e.kind === "run" && (block === undefined || e.block === block)) return this.tick;
      }
    }
    return this.tick;
  }

  /**
   * Take an action (what a scenario event would do), at the next tick. Checked first, so a bad one
   * is refused with a message and never breaks the run. `stepNow` steps that tick at once.
   */
  act(input: unknown, stepNow: boolean): ScheduledAction {
    if (this.failure) throw new Error(`the simulation stopped (${this.failure}): go back to an earlier tick, or Restart`);
    const action = checkAction(this.sim, input);
    const scheduled = { tick: this.tick + 1, ...action } as ScheduledAction;
    this.sim.at(scheduled.tick, action);
    this.actions.push(scheduled);
    if (stepNow) this.step(1);
    return scheduled;
  }

  /** The session as a scenario (see saved-scenario.ts). */
  saved(savePath: string): Scenario {
    return savedScenario({ raw: this.raw, scenarioPath: this.scenarioPath, seed: this.sim.seed, tick: this.tick, drawn: this.drawn, actions: this.actions }, savePath);
  }
  /** Write the session as a scenario file; returns the absolute path written. */
  async save(savePath: string): Promise<string> {
    if (!savePath.endsWith(".json")) throw new Error(`"${savePath}": a saved scenario is a .json file. Give a path ending in .json.`);
    const abs = resolve(savePath);
    const text = JSON.stringify(this.saved(abs), null, 2) + "\n";
    try {
      await writeFile(abs, text);
    } catch (e) {
      throw new Error(`cannot write ${abs} (${(e as { code?: string }).code ?? (e as Error).message}). Give a path in a folder that exists.`);
    }
    return abs;
  }

  get trace(): readonly TraceEvent[] {
    return this.sim.trace.events;
  }
}

const PB_ACTIONS = new Set(["throw", "recompile", "run", "change-owner"]);

/** Check an action from the page against the world: kind, target, values. Returns it cleaned. */
export function checkAction(sim: Simulation, input: unknown): SimAction {
  if (!input || typeof input !== "object") throw new Error("an action is an object like {\"kind\": \"destroy\", \"block\": \"PB 1\"}");
  const a = { ...(input as Record<string, unknown>) };
  const kind = a.kind;
  if (!isActionKind(kind)) throw new Error(`unknown action kind ${JSON.stringify(kind)}: use one of ${ACTION_KINDS.join(", ")}`);
  delete a.tick;
  delete a.seconds;
  delete a.random;
  if ("script" in a) throw new Error(`"${kind}" from the live view cannot swap the script (recompile builds the block's own script again)`);
  const w = sim.world;
  const str = (name: string, optional = false): string | undefined => {
    const v = a[name];
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string" || v === "") throw new Error(`"${kind}" needs "${name}" (a name)`);
    return v;
  };
  const num = (name: string, ok: (n: number) => boolean, what: string): void => {
    const v = a[name];
    if (typeof v !== "number" || !ok(v)) throw new Error(`"${kind}" needs "${name}": ${what} (got ${JSON.stringify(v)})`);
  };
  switch (kind) {
    case "save":
    case "load":
    case "save-reload":
      break;
    case "unpower":
    case "repower": {
      const block = str("block", true);
      const grid = str("grid", true);
      if (block === undefined && grid === undefined) throw new Error(`"${kind}" needs "block" or "grid"`);
      if (block !== undefined) w.block(block);
      if (grid !== undefined) w.grid(grid);
      break;
    }
    case "detach":
    case "attach":
      w.joint(str("joint")!);
      break;
    case "move": {
      w.grid(str("grid")!);
      const p = a.position;
      if (!Array.isArray(p) || p.length !== 3 || !p.every((x) => typeof x === "number" && Number.isFinite(x))) throw new Error(`"move" needs "position": [x, y, z] in metres`);
      break;
    }
    case "lag": {
      num("ticks", (n) => Number.isInteger(n) && n > 0, "a whole number of ticks above 0");
      const block = str("block", true);
      if (block !== undefined) w.pb(block);
      break;
    }
    case "message-loss": {
      num("probability", (n) => n >= 0 && n <= 1, "a probability from 0 to 1");
      const block = str("block", true);
      if (block !== undefined) w.pb(block);
      break;
    }
    case "disconnect":
    case "connect": {
      for (const k of kind === "connect" ? ["block", "to"] : ["block"]) {
        const key = str(k, k === "to");
        if (key !== undefined && !(w.block(key) instanceof SimConnector)) throw new Error(`"${kind}": block "${key}" is not a connector`);
      }
      break;
    }
    case "set": {
      const b = w.block(str("block")!);
      if (typeof a.property !== "string") throw new Error(`"set" needs "property" (the property name) and "value"`);
      checkBlockProperty(b, a.property, a.value);
      break;
    }
    case "set-custom-data":
      w.block(str("block")!);
      if (typeof a.value !== "string") throw new Error(`"set-custom-data" needs "value" (the text)`);
      break;
    default: {
      const key = str("block")!;
      const b = w.block(key);
      if (PB_ACTIONS.has(kind) && !(b instanceof SimProgrammableBlock)) throw new Error(`"${kind}": block "${key}" is not a programmable block`);
      if (kind === "run" && a.argument !== undefined && typeof a.argument !== "string") throw new Error(`"run": "argument" is text`);
      if (kind === "change-owner") num("owner", Number.isInteger, "an owner id (a whole number)");
    }
  }
  return a as unknown as SimAction;
}
