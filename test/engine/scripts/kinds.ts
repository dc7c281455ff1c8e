// Block kinds under both engines (test/engine/scenarios/kinds.json): which interfaces each kind
// answers to (cockpits, cargo containers, remote controls are not IMyFunctionalBlock; a button
// panel is), and properties of non-functional kinds forwarded like any other.
import { IMyButtonPanel, IMyCargoContainer, IMyCockpit, IMyFunctionalBlock, IMyRemoteControl, IMyShipController, IMyTerminalBlock, MyGridProgram, UpdateFrequency, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly all: IMyTerminalBlock[] = [];
  private readonly functional: IMyFunctionalBlock[] = [];
  private readonly controllers: IMyShipController[] = [];
  private runs: int = 0;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    this.runs++;
    this.GridTerminalSystem.GetBlocks(this.all);
    this.GridTerminalSystem.GetBlocksOfType(IMyFunctionalBlock, this.functional);
    this.GridTerminalSystem.GetBlocksOfType(IMyShipController, this.controllers);
    this.Echo(`all ${this.all.length} functional ${this.functional.length} controllers ${this.controllers.length}`);
    for (const b of this.all) {
      let what = "other";
      if (b instanceof IMyCockpit) what = `cockpit main ${b.IsMainCockpit} dampeners ${b.DampenersOverride}`;
      else if (b instanceof IMyRemoteControl) what = `remote under control ${b.IsUnderControl}`;
      else if (b instanceof IMyCargoContainer) what = "cargo";
      else if (b instanceof IMyButtonPanel) what = `buttons anyone ${b.AnyoneCanUse}`;
      this.Echo(`${b.CustomName}: ${what} functional ${b instanceof IMyFunctionalBlock}`);
    }
    if (this.runs === 2) {
      for (const c of this.controllers) c.DampenersOverride = false;
    }
  }
}
