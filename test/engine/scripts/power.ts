// Power monitor (test/engine/scenarios/power.json, both engines): batteries below 30% are put on
// Recharge, back to Auto above 90%; the LCD shows each battery's charge. Shows the battery family
// (CurrentStoredPower, MaxStoredPower, ChargeMode, IsCharging) and the "set" scenario event.
import { ChargeMode, IMyBatteryBlock, IMyTextPanel, MyGridProgram, UpdateFrequency } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly batteries: IMyBatteryBlock[] = [];
  private readonly lcd: IMyTextPanel;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
    const lcd = this.GridTerminalSystem.GetBlockWithName("Power LCD");
    if (!(lcd instanceof IMyTextPanel)) throw new Error("power: no LCD");
    this.lcd = lcd;
  }

  Main(): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyBatteryBlock, this.batteries);
    let text = "";
    for (const b of this.batteries) {
      const pct = Math.round((b.CurrentStoredPower / b.MaxStoredPower) * 100);
      if (pct < 30 && b.ChargeMode !== ChargeMode.Recharge) b.ChargeMode = ChargeMode.Recharge;
      else if (pct > 90 && b.ChargeMode === ChargeMode.Recharge) b.ChargeMode = ChargeMode.Auto;
      text += `${b.CustomName}: ${pct}% ${b.ChargeMode === ChargeMode.Recharge ? "recharging" : "auto"}${b.IsCharging ? " +" : ""}\n`;
    }
    this.lcd.WriteText(text);
  }
}
