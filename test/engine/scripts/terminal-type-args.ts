// GetValue<T>/SetValue<T>/GetMinimum<T>... with the property id in a variable (test/engine/scenarios/
// terminal-type-args.json): a T other than the property's type throws the game's InvalidOperationException
// on both engines (the TS engine gets T from the script loader, sim/load-hooks.mjs).
import { MyGridProgram, toFloat, type IMyTerminalBlock, type float, type long, type Color } from "pbts/se";

export class Program extends MyGridProgram {
  private attempt(what: string, f: () => string): void {
    try {
      this.Echo(`${what}: ${f()}`);
    } catch (e) {
      this.Echo(`${what}: ${(e as Error).message}`);
    }
  }
  Main(argument: string): void {
    const piston = this.GridTerminalSystem.GetBlockWithName("Piston");
    const battery = this.GridTerminalSystem.GetBlockWithName("Battery");
    if (piston === null || battery === null) return;
    const b: IMyTerminalBlock = piston;
    const velocity = argument.length > 100 ? "x" : "Velocity";
    const mode = argument.length > 100 ? "x" : "ChargeMode";
    const onOff = argument.length > 100 ? "x" : "OnOff";
    this.attempt("long of Single", () => `${b.GetValue<long>(velocity)}`);
    this.attempt("float of Single", () => `${b.GetValue<float>(velocity)}`);
    this.attempt("float of Int64", () => `${battery.GetValue<float>(mode)}`);
    this.attempt("long of Int64", () => `${battery.GetValue<long>(mode)}`);
    this.attempt("bool of Single", () => `${b.GetValue<boolean>(velocity)}`);
    this.attempt("Color of Boolean", () => `${b.GetValue<Color>(onOff).R}`);
    this.attempt("set long of Single", () => {
      b.SetValue<long>(velocity, 2);
      return "set";
    });
    this.attempt("set float of Single", () => {
      b.SetValue<float>(velocity, toFloat(1.3));
      return `${b.GetValueFloat("Velocity")}`;
    });
    this.attempt("min long of Single", () => `${b.GetMinimum<long>(velocity)}`);
    this.attempt("max float of Single", () => `${b.GetMaximum<float>(velocity)}`);
    this.attempt("default long of Single", () => `${b.GetDefaultValue<long>(velocity)}`);
  }
}
