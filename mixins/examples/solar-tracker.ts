// Example: a single-axis solar tracker. A rotor carries solar panels; the script turns it towards
// the sun by hill climbing on the panels' MaxOutput: keep turning while the output grows, turn back
// when it falls, and stop once the peak has been passed both ways. When the sun has moved on (the
// output fell 0.5% below what it was when the rotor stopped) it starts again. Facing away from the
// sun (no output at all) it turns to search.
//
// Blocks: a rotor "Solar Rotor" and a group "Solar Panels" (the panels on the rotor), an optional
// LCD "Solar LCD". Runs every 10 ticks.
//
// Echo each run: "solar <out> MW (<panels> panels) <tracking|resting|searching> at <angle> deg".
import {
  IMyMotorStator, IMySolarPanel, IMyTextPanel, MathHelper, MyGridProgram, UpdateFrequency, toFloat, type int,
} from "pbts/se";

/** Turning speed while tracking or searching. */
const RPM = 0.5;
/** Fraction of the resting output below which tracking starts again. */
const RESTART = 0.995;

export class Program extends MyGridProgram {
  private readonly rotor: IMyMotorStator;
  private readonly panels: IMySolarPanel[] = [];
  private readonly lcd: IMyTextPanel | null;
  /** Turning direction: 1 or -1. */
  private direction = 1;
  private moving = true;
  /** Times the output fell since tracking started: twice past the peak means we are on it. */
  private reversals: int = 0;
  private last = -1;
  private resting = 0;

  constructor() {
    super();
    const rotor = this.GridTerminalSystem.GetBlockWithName("Solar Rotor");
    if (!(rotor instanceof IMyMotorStator)) throw new Error('solar: no rotor "Solar Rotor"');
    this.rotor = rotor;
    const group = this.GridTerminalSystem.GetBlockGroupWithName("Solar Panels");
    if (group === null) throw new Error('solar: no group "Solar Panels"');
    group.GetBlocksOfType(IMySolarPanel, this.panels);
    const lcd = this.GridTerminalSystem.GetBlockWithName("Solar LCD");
    this.lcd = lcd instanceof IMyTextPanel ? lcd : null;
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(): void {
    let output = 0;
    for (const p of this.panels) output += p.MaxOutput;

    let state: string;
    if (output <= 0) {
      // Facing away (or night): turn to find light.
      state = "searching";
      this.moving = true;
      this.reversals = 0;
    } else if (this.moving) {
      state = "tracking";
      if (this.last > 0 && output < this.last) {
        this.reversals++;
        this.direction = -this.direction;
        if (this.reversals >= 2) {
          this.moving = false;
          this.resting = output;
          state = "resting";
        }
      }
    } else if (output < this.resting * RESTART) {
      state = "tracking";
      this.moving = true;
      this.reversals = 0;
    } else {
      state = "resting";
    }
    this.last = output;

    const rpm = this.moving ? this.direction * RPM : 0;
    if (this.rotor.TargetVelocityRPM !== rpm) this.rotor.TargetVelocityRPM = toFloat(rpm);

    const angle = MathHelper.ToDegrees(this.rotor.Angle);
    const text = `solar ${output.toFixed(3)} MW (${this.panels.length} panels) ${state} at ${angle.toFixed(1)} deg`;
    this.Echo(text);
    if (this.lcd !== null) this.lcd.WriteText(text);
  }
}
