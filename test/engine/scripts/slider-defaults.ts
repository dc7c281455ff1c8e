// Slider ranges and defaults under both engines (test/engine/scenarios/slider-defaults.json):
// GetMinimum/GetMaximum/GetDefaultValue of terminal properties (the game's slider limits and defaults).
import { MyGridProgram, type IMyTerminalBlock, type float, type Color } from "pbts/se";

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
    // the game's source (sim/blocks/sliders.ts): an antenna's radius by grid size, a rotor's limits,
    // a connector's strength; colour pickers 0,0,0,0..255,255,255,255, default white
    const big = this.GridTerminalSystem.GetBlockWithName("Antenna");
    const small = this.GridTerminalSystem.GetBlockWithName("Small Antenna");
    const rotor = this.GridTerminalSystem.GetBlockWithName("Rotor");
    const light = this.GridTerminalSystem.GetBlockWithName("Light");
    if (big === null || small === null || rotor === null || light === null) return;
    this.Echo(`${this.show(big, "Radius")}; small ${this.show(small, "Radius")}; ${this.show(rotor, "LowerLimit")}; ${this.show(rotor, "UpperLimit")}; ${this.show(rotor, "Weld speed")}`);
    const c: Color = light.GetDefaultValue<Color>("Color");
    const lo: Color = lcd.GetMinimum<Color>("FontColor");
    const hi: Color = lcd.GetMaximum<Color>("BackgroundColor");
    this.Echo(`colour ${c.R},${c.G},${c.B},${c.A} ${lo.R},${lo.G},${lo.B},${lo.A} ${hi.R},${hi.G},${hi.B},${hi.A}`);
    try {
      this.Echo(`${rotor.GetMaximum<float>("Torque")}`);
    } catch (e) {
      this.Echo("Torque range not in the public source");
    }
  }
}
