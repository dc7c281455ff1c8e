// Base side of the docking board: listens on tag "DOCK" and lists every ship's last status on the LCD
// "Dock Board" with its distance when last heard; a ship not heard for 30 s is shown as lost. Acknowledges each message by unicast.
import {
  MyGridProgram, UpdateFrequency, UpdateType, IMyBroadcastListener, IMyTextPanel, MyTuple, Vector3D,
} from "pbts/se";

class Ship {
  constructor(public name: string, public status: string, public docked: boolean, public at: Vector3D, public heardAt: number) {}
}

export class Program extends MyGridProgram {
  private readonly listener: IMyBroadcastListener;
  private ships = new Map<string, Ship>();
  private now = 0;

  constructor() {
    super();
    this.listener = this.IGC.RegisterBroadcastListener("DOCK");
    this.listener.SetMessageCallback("dock");
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.now += this.Runtime.TimeSinceLastRun.TotalSeconds;
    while (this.listener.HasPendingMessage) {
      const msg = this.listener.AcceptMessage();
      const data = msg.As<MyTuple<string, string, boolean, Vector3D>>();
      this.ships.set(data.Item1, new Ship(data.Item1, data.Item2, data.Item3, data.Item4, this.now));
      this.IGC.SendUnicastMessage(msg.Source, "DOCK_ACK", "ok");
    }
    const names = Array.from(this.ships.keys()).sort();
    let text = "DOCKING BOARD\n";
    for (const n of names) {
      const s = this.ships.get(n)!;
      const lost = this.now - s.heardAt > 30;
      const m = Math.round(Vector3D.Distance(s.at, this.Me.GetPosition()));
      text += `${s.docked ? "[D]" : "[ ]"} ${n}: ${lost ? "signal lost" : s.status} (${m} m)\n`;
    }
    const lcd = this.GridTerminalSystem.GetBlockWithName("Dock Board");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(text);
    this.Echo(`${this.ships.size} ships`);
  }
}
