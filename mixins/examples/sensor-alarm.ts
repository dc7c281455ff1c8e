// Sensor alarm: while any sensor with "[Alarm]" in its name detects someone, the lights of the group
// "Alarm Lights" turn red and blink and every sound block of the construct plays its alarm; once no
// sensor is active, the lights go back to their colour before the alarm and the sounds stop.
// "test" raises the alarm for one run's worth (until the next Update10 run), as a button would.
import {
  Color, IMyLightingBlock, IMySensorBlock, IMySoundBlock, MyGridProgram, UpdateFrequency, UpdateType, toFloat,
} from "pbts/se";

const SOUND = "Alert 1";

export class Program extends MyGridProgram {
  private readonly sensors: IMySensorBlock[] = [];
  private readonly lights: IMyLightingBlock[] = [];
  private readonly sounds: IMySoundBlock[] = [];
  /** Each light's colour before the alarm, by EntityId. */
  private readonly colours = new Map<number, Color>();
  private alarm = false;
  private raised = 0;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string, updateSource: UpdateType): void {
    const gts = this.GridTerminalSystem;
    gts.GetBlocksOfType(IMySensorBlock, this.sensors, (s) => s.CustomName.includes("[Alarm]") && s.IsSameConstructAs(this.Me));
    const group = gts.GetBlockGroupWithName("Alarm Lights");
    this.lights.length = 0;
    if (group !== null) group.GetBlocksOfType(IMyLightingBlock, this.lights);
    gts.GetBlocksOfType(IMySoundBlock, this.sounds, (s) => s.IsSameConstructAs(this.Me));

    let intruder = (updateSource & (UpdateType.Trigger | UpdateType.Terminal)) !== 0 && argument === "test";
    for (const s of this.sensors) if (s.IsActive) intruder = true;
    if (intruder !== this.alarm) {
      this.alarm = intruder;
      if (intruder) this.raise();
      else this.clear();
    }
    this.Echo(`alarm ${this.alarm ? "ON" : "off"} (raised ${this.raised}x): ${this.sensors.length} sensors, ${this.lights.length} lights, ${this.sounds.length} sounds`);
  }

  private raise(): void {
    this.raised++;
    for (const l of this.lights) {
      if (!this.colours.has(l.EntityId)) this.colours.set(l.EntityId, l.Color);
      l.Color = Color.Red;
      l.BlinkIntervalSeconds = toFloat(1);
      l.BlinkLength = toFloat(50); // percent of the interval
    }
    for (const s of this.sounds) {
      s.SelectedSound = SOUND;
      s.Play();
    }
  }

  private clear(): void {
    for (const l of this.lights) {
      l.Color = this.colours.get(l.EntityId) ?? Color.White;
      l.BlinkIntervalSeconds = toFloat(0);
    }
    this.colours.clear();
    for (const s of this.sounds) s.Stop();
  }
}
