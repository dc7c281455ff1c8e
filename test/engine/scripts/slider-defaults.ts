// Slider ranges and defaults under both engines (test/engine/scenarios/slider-defaults.json):
// GetMinimum/GetMaximum/GetDefaultValue of terminal properties (the game's slider limits and defaults).
import { MyGridProgram, type IMyTerminalBlock, type float } from "pbts/se";

export class Program extends MyGridProgram {
  private show(b: IMyTerminalBlock, id: string): string {
    return `${id} ${b.GetMinimum<float>(id)}..${b.GetMaximum<float>(id)} default ${b.GetDefaultValue<float>(id)}`;
  }
  Main(): void {
    const timer = this.GridTerminalSystem.GetBlockWithName("Timer");
    const gyro = this.GridTerminalSystem.GetBlockWithName("Gyro");
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD");
    if (timer === null || gyro === null || lcd === null) return;
    this.Echo(`${this.show(timer, "TriggerDelay")}; ${this.show(gyro, "Power")}; ${this.show(lcd, "FontSize")}; ${this.show(lcd, "TextPaddingSlider")}`);
    this.Echo(`checkbox ${gyro.GetDefaultValue<boolean>("Override")} ${gyro.GetMinimum<boolean>("Override")} ${gyro.GetMaximum<boolean>("Override")}`);
    try {
      this.Echo(`${gyro.GetDefaultValue<float>("Yaw")}`);
    } catch (e) {
      this.Echo("Yaw default not modelled");
    }
  }
}
