// IMyGridTerminalSystem and the runtime info of a PB.
import type { double, int } from "./prelude.ts";
import type { BlockType } from "./prelude.ts";
import type { long } from "./prelude.ts";
import type { UpdateFrequency } from "./enums.ts";
import type { TimeSpan } from "./system.ts";
import type { IMyBlockGroup, IMyTerminalBlock } from "./blocks.ts";

/** Sandbox.ModAPI.Ingame.IMyGridTerminalSystem */
export interface IMyGridTerminalSystem {
  GetBlocks(blocks: IMyTerminalBlock[]): void;
  /** C# `GetBlocksOfType<T>(List<T> blocks, Func<T, bool> collect = null)`; T is given by a `Blocks.X` token. */
  GetBlocksOfType<T>(type: BlockType<T>, blocks: T[], collect?: (block: T) => boolean): void;
  GetBlockWithName(name: string): IMyTerminalBlock | null;
  GetBlockWithId(id: long): IMyTerminalBlock | null;
  SearchBlocksOfName(name: string, blocks: IMyTerminalBlock[], collect?: (block: IMyTerminalBlock) => boolean): void;
  GetBlockGroups(blockGroups: IMyBlockGroup[], collect?: (group: IMyBlockGroup) => boolean): void;
  GetBlockGroupWithName(name: string): IMyBlockGroup | null;
}

/** Sandbox.ModAPI.Ingame.IMyGridProgramRuntimeInfo */
export interface IMyGridProgramRuntimeInfo {
  readonly TimeSinceLastRun: TimeSpan;
  readonly LastRunTimeMs: double;
  readonly MaxInstructionCount: int;
  readonly CurrentInstructionCount: int;
  readonly MaxCallChainDepth: int;
  readonly CurrentCallChainDepth: int;
  UpdateFrequency: UpdateFrequency;
}
