// Script engines: how a PB runs its script. "ts" (the default) runs the TS Program class itself;
// "cs" (sim/engine/cs.ts) compiles it to C# and runs it under mono, with the simulator still driving
// the world. An engine module registers itself when imported; the registry stays free of heavy
// imports so that the TS engine never loads the compiler or starts mono.
import type { ProgramClass } from "../script-host.ts";
import type { Simulation } from "../simulation.ts";

export type EngineName = "ts" | "cs";

export interface ScriptEngine {
  readonly name: EngineName;
  /** The class the PB instantiates instead of `script` (cached per class). */
  adapt(script: ProgramClass): ProgramClass;
  /** Called once per Simulation built with this engine. */
  install(sim: Simulation): void;
}

const engines = new Map<EngineName, ScriptEngine>();

export function registerEngine(engine: ScriptEngine): void {
  engines.set(engine.name, engine);
}

/** The engine for a name; "cs" must have been loaded (loadEngine, or import sim/engine/cs.ts). */
export function engineFor(name: EngineName | undefined): ScriptEngine | null {
  if (name === undefined || name === "ts") return null;
  const e = engines.get(name);
  if (!e) throw new Error(`engine "${name}" is not loaded: await loadEngine("${name}") (sim/engine/registry.ts) or import sim/engine/cs.ts first`);
  return e;
}

/** Load an engine's module (async: the C# engine pulls in the compiler). */
export async function loadEngine(name: EngineName | undefined): Promise<void> {
  if (name === "cs" && !engines.has("cs")) await import("./cs.ts");
  else if (name !== undefined && name !== "ts" && name !== "cs") throw new Error(`unknown engine "${String(name)}" (ts or cs)`);
}

const scriptSources = new WeakMap<ProgramClass, string>();

/** Remember which TS file a script class comes from (the C# engine compiles that file). */
export function registerScriptSource(script: ProgramClass, path: string): void {
  scriptSources.set(script, path);
}
export function scriptSource(script: ProgramClass): string | undefined {
  return scriptSources.get(script);
}
