// Rotor/hinge sequencer: "deploy" swings the hinge out to 90° and then turns the rotor to 180°;
// "stow" brings the rotor back to 0° and then the hinge to 0°; "stop" halts both. "-speed 3" sets the
// speed in RPM (default 2). Blocks: "Arm Hinge" and "Arm Rotor".
import { IMyMotorStator, MathHelper, MyCommandLine, MyGridProgram, UpdateFrequency, UpdateType, toFloat } from "pbts/se";

enum Step { Idle, HingeOut, RotorOut, RotorIn, HingeIn }

export class Program extends MyGridProgram {
  private readonly cmd = new MyCommandLine();
  private step = Step.Idle;
  private speed = 2;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  private deg(m: IMyMotorStator): number {
    return MathHelper.ToDegrees(m.Angle);
  }

  /** Drive a motor to a target angle in degrees; true once it is there. */
  private driveTo(m: IMyMotorStator, target: number): boolean {
    const now = this.deg(m);
    if (Math.abs(now - target) < 1) {
      m.TargetVelocityRPM = toFloat(0);
      return true;
    }
    if (target > now) {
      m.UpperLimitDeg = toFloat(target);
      m.TargetVelocityRPM = toFloat(this.speed);
    } else {
      m.LowerLimitDeg = toFloat(target);
      m.TargetVelocityRPM = toFloat(-this.speed);
    }
    return false;
  }

  Main(argument: string, updateSource: UpdateType): void {
    const hinge = this.GridTerminalSystem.GetBlockWithName("Arm Hinge");
    const rotor = this.GridTerminalSystem.GetBlockWithName("Arm Rotor");
    if (!(hinge instanceof IMyMotorStator) || !(rotor instanceof IMyMotorStator)) {
      this.Echo("missing Arm Hinge or Arm Rotor");
      return;
    }
    if (argument !== "" && this.cmd.TryParse(argument)) {
      const s = this.cmd.Switch("speed", 0);
      if (s !== null) this.speed = parseFloat(s);
      switch (this.cmd.Argument(0)?.toLowerCase()) {
        case "deploy": this.step = Step.HingeOut; break;
        case "stow": this.step = Step.RotorIn; break;
        case "stop":
          this.step = Step.Idle;
          hinge.TargetVelocityRPM = toFloat(0);
          rotor.TargetVelocityRPM = toFloat(0);
          break;
      }
    }
    switch (this.step) {
      case Step.HingeOut: if (this.driveTo(hinge, 90)) this.step = Step.RotorOut; break;
      case Step.RotorOut: if (this.driveTo(rotor, 180)) this.step = Step.Idle; break;
      case Step.RotorIn: if (this.driveTo(rotor, 0)) this.step = Step.HingeIn; break;
      case Step.HingeIn: if (this.driveTo(hinge, 0)) this.step = Step.Idle; break;
    }
    this.Echo(`step ${Step[this.step]} hinge ${this.deg(hinge).toFixed(0)}° rotor ${this.deg(rotor).toFixed(0)}° speed ${this.speed}`);
  }
}
