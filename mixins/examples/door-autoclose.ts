// Door auto-close: every door that has been open for more than CloseAfter seconds is closed. Doors
// whose name contains "[NoClose]" are left alone. A sensor named "Sensor <door name>" opens its door
// while it detects someone.
import {
  MyGridProgram, UpdateFrequency, UpdateType, IMyDoor, IMySensorBlock, DoorStatus, MyCommandLine,
} from "pbts/se";

export class Program extends MyGridProgram {
  private doors: IMyDoor[] = [];
  private openFor = new Map<number, number>();
  private closeAfter = 4;
  private closed = 0;
  private cmd = new MyCommandLine();

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    const saved = parseFloat(this.Storage);
    if (!isNaN(saved)) this.closeAfter = saved;
  }

  Save(): void {
    this.Storage = String(this.closeAfter);
  }

  Main(argument: string, updateSource: UpdateType): void {
    if ((updateSource & (UpdateType.Terminal | UpdateType.Trigger)) !== 0 && this.cmd.TryParse(argument)) {
      const delay = parseFloat(this.cmd.Switch("delay", 0) ?? "");
      if (!isNaN(delay) && delay > 0) this.closeAfter = delay;
    }
    const dt = this.Runtime.TimeSinceLastRun.TotalSeconds;
    this.GridTerminalSystem.GetBlocksOfType(IMyDoor, this.doors, (d) => d.IsSameConstructAs(this.Me) && !d.CustomName.includes("[NoClose]"));
    for (const door of this.doors) {
      const sensor = this.GridTerminalSystem.GetBlockWithName("Sensor " + door.CustomName);
      if (sensor instanceof IMySensorBlock && sensor.IsActive) {
        if (door.Status !== DoorStatus.Open && door.Status !== DoorStatus.Opening) door.OpenDoor();
        this.openFor.set(door.EntityId, 0);
        continue;
      }
      if (door.Status === DoorStatus.Open || door.Status === DoorStatus.Opening) {
        const t = (this.openFor.get(door.EntityId) ?? 0) + dt;
        if (t >= this.closeAfter) {
          door.CloseDoor();
          this.closed++;
          this.openFor.delete(door.EntityId);
        } else this.openFor.set(door.EntityId, t);
      } else this.openFor.delete(door.EntityId);
    }
    this.Echo(`Auto-close after ${this.closeAfter} s: ${this.doors.length} doors, closed ${this.closed}`);
  }
}
