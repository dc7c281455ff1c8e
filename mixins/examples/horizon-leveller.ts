// Flight readout and horizon leveller: from the main cockpit's gravity and orientation it computes the
// ship's pitch and roll against the horizon, its thrust-to-weight ratio and speed, and the batteries'
// stored power read from their DetailedInfo ("Stored power: 2.47 MWh", as players parse it), and
// writes them on the cockpit's first screen. "level on" overrides the gyros to bring pitch and roll
// back to zero (Pitch = -pitch x gain, Roll = -roll x gain, in rad/s, at most 1; the gyros face like
// the cockpit); "level off" releases them.
import {
  IMyBatteryBlock, IMyGyro, IMyShipController, IMyTextSurfaceProvider, IMyThrust, MathHelper, MyGridProgram, UpdateFrequency, Vector3D, toFloat,
} from "pbts/se";

const GAIN = 0.05;

export class Program extends MyGridProgram {
  private readonly controllers: IMyShipController[] = [];
  private readonly gyros: IMyGyro[] = [];
  private readonly thrusters: IMyThrust[] = [];
  private readonly batteries: IMyBatteryBlock[] = [];
  private level = false;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string): void {
    if (argument === "level on") this.level = true;
    else if (argument === "level off") this.level = false;
    const gts = this.GridTerminalSystem;
    gts.GetBlocksOfType(IMyShipController, this.controllers, (c) => c.IsMainCockpit && c.IsSameConstructAs(this.Me));
    gts.GetBlocksOfType(IMyGyro, this.gyros, (g) => g.IsSameConstructAs(this.Me));
    gts.GetBlocksOfType(IMyThrust, this.thrusters, (t) => t.IsSameConstructAs(this.Me));
    gts.GetBlocksOfType(IMyBatteryBlock, this.batteries, (b) => b.IsSameConstructAs(this.Me));
    if (this.controllers.length === 0) {
      this.Echo("no main cockpit");
      return;
    }
    const sc = this.controllers[0];
    const gravity = sc.GetNaturalGravity();
    const g = gravity.Length();
    let pitch = 0;
    let roll = 0;
    if (g > 0.01) {
      // how far the nose and the right wing point down, in degrees
      const down = Vector3D.Normalize(gravity);
      const m = sc.WorldMatrix;
      pitch = MathHelper.ToDegrees(Math.asin(MathHelper.Clamp(Vector3D.Dot(m.Forward, down), -1, 1)));
      roll = MathHelper.ToDegrees(Math.asin(MathHelper.Clamp(Vector3D.Dot(m.Right, down), -1, 1)));
    }
    const mass = sc.CalculateShipMass().PhysicalMass;
    let thrust = 0;
    for (const t of this.thrusters) thrust += t.MaxEffectiveThrust;
    const twr = g > 0.01 && mass > 0 ? thrust / (mass * g) : 0;
    for (const gy of this.gyros) {
      gy.GyroOverride = this.level;
      gy.Pitch = toFloat(this.level ? MathHelper.Clamp(-pitch * GAIN, -1, 1) : 0);
      gy.Roll = toFloat(this.level ? MathHelper.Clamp(-roll * GAIN, -1, 1) : 0);
    }
    const text =
      `Speed ${sc.GetShipSpeed().toFixed(1)} m/s  Gravity ${(g / 9.81).toFixed(2)} g\n` +
      `Mass ${mass.toFixed(0)} kg  T/W ${twr.toFixed(2)}\n` +
      `Pitch ${pitch.toFixed(1)}  Roll ${roll.toFixed(1)}  Level ${this.level ? "ON" : "off"}\n` +
      `Power ${this.storedPower()}`;
    if (sc instanceof IMyTextSurfaceProvider && sc.SurfaceCount > 0) sc.GetSurface(0).WriteText(text);
    this.Echo(text);
  }

  /** The batteries' "Stored power: <n> <unit>" lines of DetailedInfo, summed in MWh. */
  private storedPower(): string {
    let mwh = 0;
    for (const b of this.batteries) {
      for (const line of b.DetailedInfo.split("\n")) {
        if (!line.startsWith("Stored power: ")) continue;
        const parts = line.substring("Stored power: ".length).split(" ");
        const n = parseFloat(parts[0]);
        const unit = parts.length > 1 ? parts[1] : "";
        mwh += unit === "GWh" ? n * 1000 : unit === "MWh" ? n : unit === "kWh" ? n / 1000 : n / 1e6;
      }
    }
    return `${mwh.toFixed(2)} MWh in ${this.batteries.length} batteries`;
  }
}
