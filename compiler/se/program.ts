// Sandbox.ModAPI.Ingame.MyGridProgram, and how a host (the simulator, a test) creates one.
import type { IMyGridProgramRuntimeInfo, IMyGridTerminalSystem, IMyIntergridCommunicationSystem, IMyProgrammableBlock } from "./generated/api.ts";

/** What the game assigns before the constructor runs (se-api-facts: "Creation"). */
export interface ProgramHost {
  Me: IMyProgrammableBlock;
  Runtime: IMyGridProgramRuntimeInfo;
  IGC: IMyIntergridCommunicationSystem;
  GridTerminalSystem: IMyGridTerminalSystem;
  Echo: (message: string) => void;
  Storage: string;
}

let pendingHost: ProgramHost | null = null;

/**
 * The base class of every script: `class Program extends MyGridProgram`.
 * Like the game, the host's members are in place before the script's constructor body runs.
 */
export abstract class MyGridProgram {
  declare GridTerminalSystem: IMyGridTerminalSystem;
  declare Me: IMyProgrammableBlock;
  declare Runtime: IMyGridProgramRuntimeInfo;
  declare IGC: IMyIntergridCommunicationSystem;
  declare Echo: (message: string) => void;
  declare Storage: string;

  constructor() {
    const host = pendingHost;
    pendingHost = null;
    if (host) {
      this.GridTerminalSystem = host.GridTerminalSystem;
      this.Me = host.Me;
      this.Runtime = host.Runtime;
      this.IGC = host.IGC;
      this.Echo = host.Echo;
      this.Storage = host.Storage ?? "";
    } else {
      this.Echo = () => {};
      this.Storage = "";
    }
  }
}

/** For hosts only (not part of the script API): create a program the way the game does. */
export function createProgram<T extends MyGridProgram>(ctor: new () => T, host: ProgramHost): T {
  pendingHost = host;
  try {
    return new ctor();
  } finally {
    pendingHost = null;
  }
}
