// Landing gear auto-lock: when the ship is slow (< 2 m/s) and a gear is ready to lock, lock every
// ready gear and turn the thrusters' overrides off. "unlock" (a button) unlocks for take-off and pauses
// the auto-lock for 10 s; "auto on"/"auto off" switches it.
import { IMyLandingGear, IMyShipController, IMyThrust, LandingGearMode, MyCommandLine, MyGridProgram, UpdateFrequency, UpdateType } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly gears: IMyLandingGear[] = [];
  private readonly thrusters: IMyThrust[] = [];
  private readonly controllers: IMyShipController[] = [];
  private readonly cmd = new MyCommandLine();
  private auto = true;
  private pauseUntil = 0;
  private now = 0;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    if (this.Storage === "off") this.auto = false;
  }

  Save(): void {
    this.Storage = this.auto ? "on" : "off";
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.now += this.Runtime.TimeSinceLastRun.TotalSeconds;
    this.GridTerminalSystem.GetBlocksOfType(IMyLandingGear, this.gears, (g) => g.IsSameConstructAs(this.Me));
    this.GridTerminalSystem.GetBlocksOfType(IMyThrust, this.thrusters, (t) => t.IsSameConstructAs(this.Me));
    this.GridTerminalSystem.GetBlocksOfType(IMyShipController, this.controllers);
    if (this.cmd.TryParse(argument)) {
      const verb = this.cmd.Argument(0);
      if (verb === "unlock") {
        for (const g of this.gears) g.Unlock();
        this.pauseUntil = this.now + 10;
      } else if (verb === "auto") {
        this.auto = this.cmd.Argument(1) !== "off";
      }
    }
    const speed = this.controllers.length > 0 ? this.controllers[0]!.GetShipSpeed() : 0;
    let ready = 0;
    let locked = 0;
    for (const g of this.gears) {
      if (g.LockMode === LandingGearMode.ReadyToLock) ready++;
      if (g.IsLocked) locked++;
    }
    if (this.auto && this.now >= this.pauseUntil && ready > 0 && speed < 2) {
      for (const g of this.gears) if (g.LockMode === LandingGearMode.ReadyToLock) g.Lock();
      for (const t of this.thrusters) t.ThrustOverridePercentage = 0;
    }
    this.Echo(`auto ${this.auto ? "on" : "off"} speed ${speed.toFixed(1)} m/s gears ${this.gears.length} ready ${ready} locked ${locked}`);
  }
}
