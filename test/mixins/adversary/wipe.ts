// A player's script that leaves Storage empty (session 25, fo-hunt: a copy's Storage gone at run time). The adversary's
// `wipe` op recompiles a copy into it and, in the same tick, back into the copy's script: the copy's new instance starts
// with an empty Storage while the group still holds its checkpoint (the recompile saves through this script's Save).
import { MyGridProgram } from "pbts/se";

// (its own class name: the trace's compile events name it "Wipe", so the oracle can tell its Save from the manager's)
class Wipe extends MyGridProgram {
  constructor() {
    super();
    this.Storage = "";
  }
  Main(): void {}
  Save(): void {
    this.Storage = "";
  }
}
export { Wipe as Program };
