// Test script of the two-engine tests (test/engine): the in-game API conventions of pbts/se.
// Interfaces are values (`instanceof` narrows, GetBlocksOfType takes them), `Blocks.X` still works,
// trivial members the C# proxies and the simulator both model, and a member neither models throws
// "not modelled in the simulator: <Type>.<Member>" (run 3 ends the script with that message). The
// battery is a generic scenario block: the C# engine gives it a generated IMyBatteryBlock proxy.
import { Blocks, IMyBatteryBlock, IMyProgrammableBlock, IMyRadioAntenna, IMyShipConnector, IMyTextPanel, MyGridProgram, UpdateFrequency, type IMyTerminalBlock, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private runs: int = 0;
  private readonly all: IMyTerminalBlock[] = [];
  private readonly panels: IMyTextPanel[] = [];
  private readonly antennas: IMyRadioAntenna[] = [];
  private readonly batteries: IMyBatteryBlock[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    this.runs++;
    this.GridTerminalSystem.GetBlocks(this.all);
    for (const b of this.all) {
      if (b instanceof IMyTextPanel) {
        b.WriteText(`run ${this.runs}`);
        this.Echo(`panel ${b.CustomName}: ${b.GetText()} font ${b.Font}`);
      } else if (b instanceof IMyRadioAntenna) {
        this.Echo(`antenna ${b.CustomName}: ${b.Radius} broadcasting ${b.IsBroadcasting}`);
      } else if (b instanceof IMyShipConnector) {
        this.Echo(`connector ${b.CustomName}: connected ${b.IsConnected} locked ${b.IsLocked}`);
      } else if (b instanceof IMyBatteryBlock) {
        this.Echo(`battery ${b.CustomName}: enabled ${b.Enabled}`);
      } else if (b instanceof IMyProgrammableBlock) {
        this.Echo(`pb ${b.CustomName}: generic lcd ${b.UseGenericLcd}`);
      }
      this.Echo(`  ${b.DisplayNameText} ${b.CustomNameWithFaction} inv ${b.HasInventory} ${b.InventoryCount} terminal ${b.ShowInTerminal} access ${b.HasLocalPlayerAccess()}`);
    }
    this.GridTerminalSystem.GetBlocksOfType(IMyTextPanel, this.panels);
    this.GridTerminalSystem.GetBlocksOfType(Blocks.IMyRadioAntenna, this.antennas, (a) => a.Enabled);
    this.GridTerminalSystem.GetBlocksOfType(IMyBatteryBlock, this.batteries);
    this.Echo(`panels ${this.panels.length} antennas ${this.antennas.length} batteries ${this.batteries.length}`);
    if (this.runs === 3) for (const b of this.batteries) this.Echo(`stored: ${b.CurrentStoredPower}`);
  }
}
