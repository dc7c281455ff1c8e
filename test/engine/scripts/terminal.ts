// Terminal properties and actions under both engines (test/engine/scenarios/terminal.json): per block
// family, ApplyAction / GetActionWithName(...).Apply, GetValue / SetValue and their typed forms,
// GetProperty(...) objects, and the lists (GetActions, GetProperties, SearchActionsOfName).
import { IMyTerminalBlock, MyGridProgram, UpdateFrequency, toFloat, type ITerminalAction, type ITerminalProperty, type float, type int, type long } from "pbts/se";

export class Program extends MyGridProgram {
  private runs: int = 0;
  private readonly actions: ITerminalAction[] = [];
  private readonly props: ITerminalProperty[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  private block(name: string): IMyTerminalBlock {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    if (b === null) throw new Error(`no block ${name}`);
    return b;
  }

  Main(): void {
    this.runs++;
    const door = this.block("Door");
    const vent = this.block("Vent");
    const battery = this.block("Battery");
    const piston = this.block("Piston");
    const rotor = this.block("Rotor");
    const timer = this.block("Timer");
    const thrust = this.block("Thruster");
    const gyro = this.block("Gyro");
    if (this.runs === 1) {
      door.ApplyAction("Open_On");
      vent.SetValueBool("Depressurize", true);
      battery.ApplyAction("Recharge");
      piston.SetValueFloat("Velocity", toFloat(2.5));
      piston.SetValueFloat("UpperLimit", toFloat(4));
      rotor.SetValue<float>("Velocity", toFloat(30));
      timer.SetValueFloat("TriggerDelay", toFloat(1));
      const start = timer.GetActionWithName("Start");
      if (start !== null) start.Apply(timer);
      thrust.SetValueFloat("Override", toFloat(5000));
      gyro.SetValueBool("Override", true);
      gyro.SetValueFloat("Yaw", toFloat(0.5));
      gyro.ApplyAction("OnOff");
      this.Echo(`door has Open_Off ${door.HasAction("Open_Off")} Explode ${door.HasAction("Explode")} prop X ${door.GetProperty("X") === null} id ${door.GetId() === door.EntityId}`);
    }
    const velocity = piston.GetProperty("Velocity");
    if (velocity !== null) {
      const f = velocity.AsFloat();
      this.Echo(`velocity ${velocity.Id} ${velocity.TypeName} as float ${f !== null} as bool ${velocity.AsBool() === null} value ${f !== null ? f.GetValue(piston) : -1}`);
    }
    this.Echo(`door open ${door.GetValueBool("Open")} vent ${vent.GetValueBool("Depressurize")} charge ${battery.GetValue<long>("ChargeMode")} piston ${piston.GetValueFloat("Velocity")}/${piston.GetValueFloat("UpperLimit")} rotor ${rotor.GetValueFloat("Velocity")} timer ${timer.GetValueFloat("TriggerDelay")} thrust ${thrust.GetValueFloat("Override")} gyro ${gyro.GetValueBool("Override")} ${gyro.GetValueFloat("Yaw")} on ${gyro.GetValueBool("OnOff")}`);
    door.GetActions(this.actions, (a) => a.Id.startsWith("Open"));
    let names = "";
    for (const a of this.actions) names += `${a.Id}/${a.Name.ToString()} `;
    timer.SearchActionsOfName("Trigger", this.actions);
    for (const a of this.actions) names += `${a.Id}${a.IsEnabled(timer) ? "+" : "-"} `;
    gyro.GetProperties(this.props, (p) => p.TypeName === "Single");
    this.Echo(`actions ${names}gyro floats ${this.props.length}`);
    if (this.runs === 3) {
      door.ApplyAction("Open_Off");
      battery.ApplyAction("Auto");
      piston.ApplyAction("Reverse");
    }
  }
}
