// How a host builds a script and calls its entry points, like the game does.
// - Creation goes through `createProgram` (pbts/se): Me, Runtime, IGC, Echo, Storage and
//   GridTerminalSystem are set before the constructor body runs.
// - Entry point: the game looks for Main(string, UpdateType), else Main(string), else Main().
//   JS has no overloads, so the simulator reads `Main.length` (the number of declared parameters
//   before the first one with a default value): >= 2 -> Main(argument, updateType), 1 ->
//   Main(argument), 0 -> Main(). Write parameters without defaults (as C# requires anyway).
// - Loading: `loadScriptModule` imports a script file from any folder (see sim/load-hooks.mjs) and
//   turns every way that can fail into one line saying what to do.
import { existsSync, statSync } from "node:fs";
import { register } from "node:module";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { MyGridProgram, UpdateType } from "pbts/se";
// Host-only API (not exported to scripts by pbts/se).
import { createProgram, type ProgramHost } from "../compiler/se/program.ts";
import { PBTS_ROOT } from "../compiler/package-root.ts";

/** A script module's `Program` class. */
export type ProgramClass = new () => MyGridProgram;

/** Script instance as the host sees it (Main/Save are declared by the script, not the base class). */
interface ScriptShape {
  Main?: (...args: unknown[]) => unknown;
  Save?: () => unknown;
  Storage: string;
}

export type EntryArity = 0 | 1 | 2;

/** The entry point's parameter count, or null when there is no Main (the game refuses to compile). */
export function entryArity(script: ProgramClass): EntryArity | null {
  const main = (script.prototype as ScriptShape).Main;
  if (typeof main !== "function") return null;
  return main.length >= 2 ? 2 : main.length === 1 ? 1 : 0;
}

export function instantiate(script: ProgramClass, host: ProgramHost): MyGridProgram {
  return createProgram(script, host);
}

export function callMain(instance: MyGridProgram, arity: EntryArity, argument: string, updateType: UpdateType): void {
  // A plain method call (not Main.call): V8 inlines it on the simulator's run path.
  const script = instance as unknown as Required<ScriptShape>;
  if (arity === 2) script.Main(argument ?? "", updateType);
  else if (arity === 1) script.Main(argument ?? "");
  else script.Main();
}

/** Calls Save() when the script has one; returns whether it did. */
export function callSave(instance: MyGridProgram): boolean {
  const save = (instance as unknown as ScriptShape).Save;
  if (typeof save !== "function") return false;
  save.call(instance);
  return true;
}

/** The Storage field as the host reads it ("" when the script set it to null). */
export function readStorage(instance: MyGridProgram): string {
  const s = (instance as unknown as ScriptShape).Storage;
  return typeof s === "string" ? s : s === null || s === undefined ? "" : String(s);
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function scriptName(script: ProgramClass | null): string {
  if (!script) return "";
  const n = (script as unknown as { scriptName?: string }).scriptName;
  return typeof n === "string" ? n : script.name;
}

let hooksRegistered = false;

/** Node's loader gets pbts's hooks once (vitest loads modules itself and needs none). */
export function registerLoadHooks(): void {
  if (hooksRegistered || "__vitest_worker__" in globalThis) return;
  hooksRegistered = true;
  if (typeof register === "function") register(pathToFileURL(join(PBTS_ROOT, "sim", "load-hooks.mjs")));
}

/** Thrown when a script cannot be loaded; the message says what to do. */
export class ScriptLoadError extends Error {}

/**
 * Import the script at `abs` and return its Program class. `ref` is how the scenario names it
 * (shown in errors, with `where`, e.g. `scenario.json, block "PB A"`).
 */
export async function loadScriptModule(abs: string, ref: string, where: string): Promise<ProgramClass> {
  const at = `${where}: script "${ref}"`;
  if (!existsSync(abs)) throw new ScriptLoadError(`${at} not found (looked for ${abs}). Script paths are relative to the scenario file; fix the path.`);
  if (!statSync(abs).isFile()) throw new ScriptLoadError(`${at} is a folder, not a file. Name the .ts file that declares class Program.`);
  registerLoadHooks();
  let mod: { Program?: unknown; default?: unknown };
  try {
    mod = (await import(pathToFileURL(abs).href)) as typeof mod;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const lines = String(err?.message ?? e).split("\n").filter((l) => l.trim());
    const check = `Run "pbts check ${relative(process.cwd(), abs) || abs}" to see what is wrong.`;
    // a message that ends its own sentence (TypeScript's do) gets no second period
    const sentence = (m: string) => m.replace(/[.:\s]+$/, "");
    if (err?.code === "ERR_MODULE_NOT_FOUND") throw new ScriptLoadError(`${at} could not be loaded: ${lines[0]}. Fix the import (relative imports name the file, e.g. "./lib.ts"; the game API is "pbts/se").`);
    // sim/load-hooks.mjs: "<file>(<line>,<col>): <what>" (TypeScript's syntax check)
    if (err?.code === "PBTS_SCRIPT_SYNTAX") throw new ScriptLoadError(`${at} has a syntax error: ${sentence(lines[0] ?? "")}. ${check}`);
    const msg = sentence(lines[0] ?? String(e));
    if (e instanceof SyntaxError) throw new ScriptLoadError(`${at} has a syntax error: ${msg}. ${check}`);
    throw new ScriptLoadError(`${at} failed while loading: ${msg}. ${check}`);
  }
  const cls = mod.Program ?? mod.default;
  if (typeof cls !== "function") throw new ScriptLoadError(`${at} does not export a Program class. Declare "export class Program extends MyGridProgram" in it.`);
  return cls as ProgramClass;
}

/**
 * What `pbts check` says of the script at `abs`, as a load error (null when it compiles): the TS
 * engine runs a script as JavaScript, where a member the game lacks reads `undefined` and a construct
 * C# cannot match runs anyway, so `pbts sim` refuses (by default) what `--engine cs` and the game would.
 * The compiler is loaded only here: about 1 s a script (7 s for the first), so the API asks for it.
 */
export async function checkScript(abs: string, ref: string, where: string): Promise<ScriptLoadError | null> {
  const { compile } = await import("../compiler/compile.ts");
  const r = compile({ files: [abs] });
  if (r.ok) return null;
  const first = r.diagnostics[0]!;
  const more = r.diagnostics.length > 1 ? ` (and ${r.diagnostics.length - 1} more)` : "";
  const file = relative(process.cwd(), abs) || abs;
  return new ScriptLoadError(
    `${where}: script "${ref}" does not compile for the game: ${first.file}(${first.line},${first.col}): ${first.code}: ${first.message.replace(/\.+$/, "")}${more}. ` +
      `Fix it ("pbts check ${file}" lists every problem), or run it as it is with --no-check (the TS engine would run what the game refuses).`,
  );
}
