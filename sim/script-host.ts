// How a host builds a script and calls its entry points, like the game does.
// - Creation goes through `createProgram` (pbts/se): Me, Runtime, IGC, Echo, Storage and
//   GridTerminalSystem are set before the constructor body runs.
// - Entry point: the game looks for Main(string, UpdateType), else Main(string), else Main().
//   JS has no overloads, so the simulator reads `Main.length` (the number of declared parameters
//   before the first one with a default value): >= 2 -> Main(argument, updateType), 1 ->
//   Main(argument), 0 -> Main(). Write parameters without defaults (as C# requires anyway).
import type { MyGridProgram, UpdateType } from "pbts/se";
// Host-only API (not exported to scripts by pbts/se).
import { createProgram, type ProgramHost } from "../compiler/se/program.ts";

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
  const main = (instance as unknown as ScriptShape).Main!;
  if (arity === 2) main.call(instance, argument ?? "", updateType);
  else if (arity === 1) main.call(instance, argument ?? "");
  else main.call(instance);
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
