// What a missing terminal action or property does (test/engine/scenarios/terminal.json): the game's
// extension methods call GetActionWithName / GetProperty: a missing action is a NullReferenceException,
// a missing property or one of another type TerminalPropertyExtensions.Cast's InvalidOperationException.
// The argument picks the mistake; each one terminates the script with the same message in both engines.
import { MyGridProgram, toFloat, type StringBuilder } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string): void {
    const light = this.GridTerminalSystem.GetBlockWithName("Light");
    if (light === null) return;
    if (argument === "action") light.ApplyAction("Explode");
    else if (argument === "type") light.SetValueFloat("OnOff", toFloat(1));
    else if (argument === "missing") this.Echo(`${light.GetValueFloat("Nope")}`);
    else if (argument === "dynamic") light.SetValue(argument === "dynamic" ? "Radius" : "OnOff", true); // an id the compiler cannot check
    else if (argument === "color") this.Echo(`${light.GetValueColor("Color").R}`);
    else if (argument === "name") this.Echo(light.GetValue<StringBuilder>("Name").ToString());
    else this.Echo(`radius ${light.GetValueFloat("Radius")}`);
  }
}
