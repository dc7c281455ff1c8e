// Airlock cycle (test/engine/scenarios/airlock.json, both engines): run with "cycle" to go out:
// the inner door closes, the vent depressurizes, then the outer door opens. Shows the door, vent
// and LCD families: DoorStatus, OpenRatio, Depressurize, GetOxygenLevel, VentStatus, WriteText.
import { DoorStatus, IMyAirVent, IMyDoor, IMyTextPanel, MyGridProgram, UpdateFrequency, UpdateType, VentStatus, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly inner: IMyDoor;
  private readonly outer: IMyDoor;
  private readonly vent: IMyAirVent;
  private readonly lcd: IMyTextPanel;
  private step: int = 0;

  constructor() {
    super();
    this.inner = this.door("Inner Door");
    this.outer = this.door("Outer Door");
    const vent = this.GridTerminalSystem.GetBlockWithName("Airlock Vent");
    const lcd = this.GridTerminalSystem.GetBlockWithName("Airlock LCD");
    if (!(vent instanceof IMyAirVent) || !(lcd instanceof IMyTextPanel)) throw new Error("airlock: no vent or LCD");
    this.vent = vent;
    this.lcd = lcd;
  }

  private door(name: string): IMyDoor {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    if (b instanceof IMyDoor) return b;
    throw new Error(`airlock: no door "${name}"`);
  }

  Main(argument: string, updateType: UpdateType): void {
    if ((updateType & UpdateType.Terminal) !== 0 && argument === "cycle") {
      this.step = 1;
      this.outer.CloseDoor();
      this.inner.CloseDoor();
      this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    }
    if (this.step === 1 && this.inner.Status === DoorStatus.Closed) {
      this.step = 2;
      this.vent.Depressurize = true;
    }
    if (this.step === 2 && this.vent.Status === VentStatus.Depressurized) {
      this.step = 3;
      this.outer.OpenDoor();
    }
    if (this.step === 3 && this.outer.Status === DoorStatus.Open) {
      this.step = 0;
      this.Runtime.UpdateFrequency = UpdateFrequency.None;
    }
    const o2 = Math.round(this.vent.GetOxygenLevel() * 100);
    const ratio = Math.round(this.inner.OpenRatio * 100);
    this.lcd.WriteText(`step ${this.step}\ninner open ${ratio}%\nvent O2 ${o2}%\nouter open ${this.outer.Open}`);
  }
}
