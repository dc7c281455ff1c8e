// Tank monitor: hydrogen and oxygen tanks' fill on an LCD with a text bar per gas; warns when low.
import { IMyGasGenerator, IMyGasTank, IMyTextPanel, MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly tanks: IMyGasTank[] = [];
  private readonly generators: IMyGasGenerator[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  private bar(ratio: number): string {
    const n = Math.round(ratio * 20);
    return "[" + "|".repeat(n) + ".".repeat(20 - n) + "]";
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyGasTank, this.tanks, (t) => t.IsSameConstructAs(this.Me));
    this.GridTerminalSystem.GetBlocksOfType(IMyGasGenerator, this.generators);
    let h2 = 0, h2Cap = 0, o2 = 0, o2Cap = 0;
    for (const t of this.tanks) {
      if (t.BlockDefinition.SubtypeName.includes("Hydrogen")) {
        h2 += t.Capacity * t.FilledRatio;
        h2Cap += t.Capacity;
      } else {
        o2 += t.Capacity * t.FilledRatio;
        o2Cap += t.Capacity;
      }
    }
    const h2Ratio = h2Cap > 0 ? h2 / h2Cap : 0;
    const o2Ratio = o2Cap > 0 ? o2 / o2Cap : 0;
    let text = `H2 ${this.bar(h2Ratio)} ${(h2Ratio * 100).toFixed(1)}%\n`;
    text += `O2 ${this.bar(o2Ratio)} ${(o2Ratio * 100).toFixed(1)}%\n`;
    if (h2Ratio < 0.2) text += "WARNING: hydrogen low\n";
    // switch the generators on when either gas is low
    for (const g of this.generators) g.Enabled = h2Ratio < 0.5 || o2Ratio < 0.5;
    text += `generators: ${this.generators.length > 0 && this.generators[0].Enabled ? "on" : "off"}`;
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD Tanks");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(text);
  }
}
