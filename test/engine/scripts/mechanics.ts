// Pistons, rotors, timers, thrusters and gyros under both engines (test/engine/scenarios/mechanics.json):
// the script drives them and reports what it reads on the LCD and in Echo.
import { IMyExtendedPistonBase, IMyGyro, IMyMotorStator, IMyTextPanel, IMyThrust, IMyTimerBlock, MyGridProgram, PistonStatus, UpdateFrequency, toFloat, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly pistons: IMyExtendedPistonBase[] = [];
  private readonly rotors: IMyMotorStator[] = [];
  private readonly timers: IMyTimerBlock[] = [];
  private readonly thrusters: IMyThrust[] = [];
  private readonly gyros: IMyGyro[] = [];
  private readonly panels: IMyTextPanel[] = [];
  private runs: int = 0;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(): void {
    this.runs++;
    const gts = this.GridTerminalSystem;
    gts.GetBlocksOfType(IMyExtendedPistonBase, this.pistons);
    gts.GetBlocksOfType(IMyMotorStator, this.rotors);
    gts.GetBlocksOfType(IMyTimerBlock, this.timers);
    gts.GetBlocksOfType(IMyThrust, this.thrusters);
    gts.GetBlocksOfType(IMyGyro, this.gyros);
    gts.GetBlocksOfType(IMyTextPanel, this.panels);
    if (this.runs === 1) {
      for (const p of this.pistons) p.Velocity = toFloat(2);
      for (const r of this.rotors) {
        r.TargetVelocityRPM = toFloat(30);
        r.UpperLimitDeg = toFloat(120);
      }
      for (const t of this.timers) {
        t.TriggerDelay = toFloat(1.5);
        t.StartCountdown();
      }
      for (const t of this.thrusters) t.ThrustOverridePercentage = toFloat(0.25);
      for (const g of this.gyros) {
        g.GyroOverride = true;
        g.Pitch = toFloat(0.5);
      }
    }
    let text = "";
    for (const p of this.pistons) {
      if (p.Status === PistonStatus.Extended && p.Velocity > 0) p.Velocity = toFloat(-1);
      text += `${p.CustomName} ${Math.round(p.CurrentPosition * 100)} ${p.Velocity}\n`;
    }
    for (const r of this.rotors) text += `${r.CustomName} ${Math.round((r.Angle * 180) / Math.PI)} deg ${r.TargetVelocityRPM} rpm\n`;
    for (const t of this.timers) text += `${t.CustomName} counting ${t.IsCountingDown}\n`;
    for (const t of this.thrusters) text += `${t.CustomName} ${t.ThrustOverridePercentage}\n`;
    for (const g of this.gyros) text += `${g.CustomName} ${g.GyroOverride} ${g.Pitch}\n`;
    for (const l of this.panels) l.WriteText(text);
  }
}
