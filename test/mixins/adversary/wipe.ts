// A player's script that leaves Storage empty (session 25, fo-hunt: a copy's Storage gone at run time). The adversary's
// `wipe` op recompiles a copy into it and, in the same tick, back into the copy's script: the copy's new instance starts
// with an empty Storage while the group still holds its checkpoint (the recompile saves through this script's Save).
import { MyGridProgram } from "pbts/se";

export class Program extends MyGridProgram {
  /** The name the simulator's trace gives this script's compile events (sim/script-host.ts scriptName): the oracle tells
   *  its Save from the manager's by it. */
  static readonly scriptName: string = "Wipe";
  constructor() {
    super();
    this.Storage = "";
  }
  Main(): void {}
  Save(): void {
    this.Storage = "";
  }
}
