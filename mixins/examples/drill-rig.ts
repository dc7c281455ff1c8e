// Example: a drill rig on a ship. The pistons push the drills down while the ship hovers level.
//
//   run "start"  drills on, pistons extend (DRILL_SPEED m/s shared by the pistons)
//   run "stop"   drills off, pistons retract; when they are in, the overrides are released
//
// While it works (every 10 ticks):
// - level: the gyros turn the ship so that its Down points along the natural gravity. The rotation
//   is Cross(ship down, gravity direction), taken into the cockpit's frame with
//   Transpose(WorldMatrix). The gyros are assumed to face the way the cockpit does.
// - hover: the thrusters of group "Lift Thrusters" share the ship's weight (mass x gravity),
//   divided by the cosine of the tilt (only their vertical part carries it).
// - when the pistons are fully out the rig stops by itself.
//
// Blocks: a cockpit or remote control (the main cockpit if one is set), group "Drill Pistons",
// the drills and gyros of the construct, group "Lift Thrusters", optional LCD "Drill LCD".
// Echo each run: "drill <state> <depth>/<max> m, tilt <deg> deg, lift <kN> kN x <n>".
import {
  IMyGyro, IMyPistonBase, IMyShipController, IMyShipDrill, IMyTextPanel, IMyThrust, MathHelper, MatrixD, MyGridProgram, PistonStatus,
  UpdateFrequency, UpdateType, Vector3D, toFloat,
} from "pbts/se";

/** Drilling speed (m/s), shared by the pistons. */
const DRILL_SPEED = 1;
/** Retracting speed per piston (m/s). */
const RETRACT_SPEED = 1;
/** Gyro override per unit of misalignment (rpm at 90 degrees). */
const GYRO_GAIN = 5;

enum Rig {
  Idle,
  Drilling,
  Retracting,
}

export class Program extends MyGridProgram {
  private readonly controllers: IMyShipController[] = [];
  private readonly pistons: IMyPistonBase[] = [];
  private readonly drills: IMyShipDrill[] = [];
  private readonly gyros: IMyGyro[] = [];
  private readonly lift: IMyThrust[] = [];
  private controller: IMyShipController | null = null;
  private state = Rig.Idle;

  constructor() {
    super();
    const gts = this.GridTerminalSystem;
    const me = this.Me;
    gts.GetBlocksOfType(IMyShipController, this.controllers, (c) => c.IsSameConstructAs(me));
    for (const c of this.controllers) if (this.controller === null || c.IsMainCockpit) this.controller = c;
    gts.GetBlocksOfType(IMyShipDrill, this.drills, (d) => d.IsSameConstructAs(me));
    gts.GetBlocksOfType(IMyGyro, this.gyros, (g) => g.IsSameConstructAs(me));
    const pistons = gts.GetBlockGroupWithName("Drill Pistons");
    if (pistons !== null) pistons.GetBlocksOfType(IMyPistonBase, this.pistons);
    const lift = gts.GetBlockGroupWithName("Lift Thrusters");
    if (lift !== null) lift.GetBlocksOfType(IMyThrust, this.lift);
  }

  Main(argument: string, updateSource: UpdateType): void {
    if ((updateSource & (UpdateType.Terminal | UpdateType.Trigger)) !== UpdateType.None) this.command(argument.trim().toLowerCase());
    if (this.controller === null || this.pistons.length === 0) {
      this.Echo("drill: needs a cockpit and a group \"Drill Pistons\"");
      return;
    }
    let tilt = 0;
    let perThruster = 0;
    if (this.state !== Rig.Idle) this.pistonsStep();
    if (this.state !== Rig.Idle) {
      tilt = this.level(this.controller);
      perThruster = this.hover(this.controller);
    }
    let depth = 0;
    let max = 0;
    for (const p of this.pistons) {
      depth += p.CurrentPosition;
      max += p.HighestPosition;
    }
    const text = `drill ${stateName(this.state)} ${depth.toFixed(1)}/${max.toFixed(1)} m, tilt ${tilt.toFixed(1)} deg, lift ${(perThruster / 1000).toFixed(1)} kN x ${this.lift.length}`;
    this.Echo(text);
    const lcd = this.GridTerminalSystem.GetBlockWithName("Drill LCD");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(text.split(", ").join("\n"));
  }

  private command(arg: string): void {
    if (arg === "start") {
      this.state = Rig.Drilling;
      for (const d of this.drills) d.Enabled = true;
      const v = DRILL_SPEED / Math.max(1, this.pistons.length);
      for (const p of this.pistons) p.Velocity = toFloat(v);
      this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    } else if (arg === "stop") {
      this.retract();
    } else {
      this.Echo(`unknown command "${arg}": use start or stop`);
    }
  }

  private retract(): void {
    this.state = Rig.Retracting;
    for (const d of this.drills) d.Enabled = false;
    for (const p of this.pistons) p.Velocity = toFloat(-RETRACT_SPEED);
  }

  private pistonsStep(): void {
    if (this.state === Rig.Drilling) {
      for (const p of this.pistons) if (p.Status !== PistonStatus.Extended) return;
      this.retract();
    } else if (this.state === Rig.Retracting) {
      for (const p of this.pistons) if (p.Status !== PistonStatus.Retracted) return;
      this.state = Rig.Idle;
      for (const p of this.pistons) p.Velocity = toFloat(0);
      for (const g of this.gyros) g.GyroOverride = false;
      for (const t of this.lift) t.ThrustOverride = toFloat(0);
      this.Runtime.UpdateFrequency = UpdateFrequency.None;
    }
  }

  /** Turn the ship's Down towards gravity; returns the tilt in degrees. */
  private level(c: IMyShipController): number {
    const gravity = c.GetNaturalGravity();
    if (gravity.LengthSquared() === 0) {
      for (const g of this.gyros) g.GyroOverride = false;
      return 0;
    }
    const world = c.WorldMatrix;
    const down = Vector3D.Normalize(gravity);
    const tilt = MathHelper.ToDegrees(Math.acos(MathHelper.Clamp(Vector3D.Dot(world.Down, down), -1, 1)));
    // The rotation that brings the ship's Down onto gravity, in the cockpit's own axes.
    const axis = Vector3D.Cross(world.Down, down);
    const local = Vector3D.TransformNormal(axis, MatrixD.Transpose(world));
    for (const g of this.gyros) {
      g.GyroOverride = true;
      // Gyro Pitch turns the other way round the X axis from the right-hand rule.
      g.Pitch = toFloat(-local.X * GYRO_GAIN);
      g.Yaw = toFloat(local.Y * GYRO_GAIN);
      g.Roll = toFloat(local.Z * GYRO_GAIN);
    }
    return tilt;
  }

  /** Share the weight among the lift thrusters; returns the override per thruster (N). */
  private hover(c: IMyShipController): number {
    if (this.lift.length === 0) return 0;
    const gravity = c.GetNaturalGravity();
    const weight = c.CalculateShipMass().PhysicalMass * gravity.Length();
    // Only the part of the thrust along gravity carries the ship.
    const up = c.WorldMatrix.Up;
    const cos = gravity.LengthSquared() === 0 ? 1 : -Vector3D.Dot(up, Vector3D.Normalize(gravity));
    const need = cos > 0.1 ? weight / cos : weight;
    const each = need / this.lift.length;
    for (const t of this.lift) t.ThrustOverride = toFloat(Math.min(each, t.MaxEffectiveThrust));
    return each;
  }
}

function stateName(s: Rig): string {
  if (s === Rig.Drilling) return "drilling";
  if (s === Rig.Retracting) return "retracting";
  return "idle";
}
