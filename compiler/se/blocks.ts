// Block interfaces of Sandbox.ModAPI.Ingame / VRage.Game.ModAPI.Ingame, with SE's names and signatures.
import type { float, int, long } from "./prelude.ts";
import { blockType } from "./prelude.ts";
import type { ContentType } from "./enums.ts";
import type { StringBuilder } from "./system.ts";

/** VRage.Game.ModAPI.Ingame.IMyEntity */
export interface IMyEntity {
  readonly EntityId: long;
  readonly Closed: boolean;
  readonly DisplayName: string;
}

/** VRage.Game.ModAPI.Ingame.IMyCubeGrid */
export interface IMyCubeGrid extends IMyEntity {
  CustomName: string;
  readonly IsStatic: boolean;
  IsSameConstructAs(other: IMyCubeGrid): boolean;
}

/** VRage.Game.ModAPI.Ingame.IMyCubeBlock */
export interface IMyCubeBlock extends IMyEntity {
  readonly CubeGrid: IMyCubeGrid;
  readonly IsFunctional: boolean;
  readonly IsWorking: boolean;
  readonly OwnerId: long;
  readonly DefinitionDisplayNameText: string;
}

/** Sandbox.ModAPI.Ingame.IMyTerminalBlock */
export interface IMyTerminalBlock extends IMyCubeBlock {
  CustomName: string;
  CustomData: string;
  readonly DetailedInfo: string;
  readonly CustomInfo: string;
  ShowOnHUD: boolean;
  IsSameConstructAs(other: IMyTerminalBlock): boolean;
}

/** Sandbox.ModAPI.Ingame.IMyFunctionalBlock */
export interface IMyFunctionalBlock extends IMyTerminalBlock {
  Enabled: boolean;
}

/** Sandbox.ModAPI.Ingame.IMyTextSurface (basics) */
export interface IMyTextSurface {
  readonly Name: string;
  readonly DisplayName: string;
  ContentType: ContentType;
  FontSize: float;
  Font: string;
  WriteText(value: string, append?: boolean): boolean;
  GetText(): string;
  ReadText(buffer: StringBuilder, append?: boolean): void;
}

/** Sandbox.ModAPI.Ingame.IMyTextSurfaceProvider */
export interface IMyTextSurfaceProvider {
  readonly SurfaceCount: int;
  GetSurface(index: int): IMyTextSurface;
}

/** Sandbox.ModAPI.Ingame.IMyProgrammableBlock */
export interface IMyProgrammableBlock extends IMyFunctionalBlock, IMyTextSurfaceProvider {
  readonly IsRunning: boolean;
  readonly TerminalRunArgument: string;
  TryRun(argument: string): boolean;
}

/** Sandbox.ModAPI.Ingame.IMyTextPanel */
export interface IMyTextPanel extends IMyFunctionalBlock, IMyTextSurface {}

/** Sandbox.ModAPI.Ingame.IMyRadioAntenna */
export interface IMyRadioAntenna extends IMyFunctionalBlock {
  Radius: float;
  EnableBroadcasting: boolean;
}

/** Sandbox.ModAPI.Ingame.IMyShipConnector */
export interface IMyShipConnector extends IMyFunctionalBlock {
  readonly IsConnected: boolean;
  readonly OtherConnector: IMyShipConnector | null;
  Connect(): void;
  Disconnect(): void;
}

/** Sandbox.ModAPI.Ingame.IMyBlockGroup */
export interface IMyBlockGroup {
  readonly Name: string;
  GetBlocks(blocks: IMyTerminalBlock[], collect?: (block: IMyTerminalBlock) => boolean): void;
}

/** Type tokens for the generic methods that need a runtime type (see `BlockType`). */
const blockTypes = {
  IMyTerminalBlock: blockType<IMyTerminalBlock>("IMyTerminalBlock"),
  IMyFunctionalBlock: blockType<IMyFunctionalBlock>("IMyFunctionalBlock"),
  IMyProgrammableBlock: blockType<IMyProgrammableBlock>("IMyProgrammableBlock"),
  IMyTextPanel: blockType<IMyTextPanel>("IMyTextPanel"),
  IMyTextSurfaceProvider: blockType<IMyTextSurfaceProvider>("IMyTextSurfaceProvider"),
  IMyRadioAntenna: blockType<IMyRadioAntenna>("IMyRadioAntenna"),
  IMyShipConnector: blockType<IMyShipConnector>("IMyShipConnector"),
} as const;
type BlockTypeTokens = typeof blockTypes;
/** Named so that type errors print `BlockTypes`, not the whole object type. */
export interface BlockTypes extends BlockTypeTokens {}
export const Blocks: BlockTypes = blockTypes;
