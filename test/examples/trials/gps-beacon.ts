// GPS broadcaster: every 100 ticks the ship broadcasts its name and position on "GPS" through its
// antenna; any PB with this script listening keeps the last position of every ship and lists them as
// GPS strings (paste into the GPS screen) on "LCD GPS". "mark" adds the ship's own position, named by
// the argument's second word, to CustomData.
import { IMyBroadcastListener, IMyRadioAntenna, IMyTextPanel, MyCommandLine, MyGridProgram, MyTuple, MyWaypointInfo, UpdateFrequency, UpdateType, Vector3D } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly listener: IMyBroadcastListener;
  private readonly ships = new Map<string, Vector3D>();
  private readonly cmd = new MyCommandLine();

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
    this.listener = this.IGC.RegisterBroadcastListener("GPS");
    this.listener.SetMessageCallback("gps");
  }

  Main(argument: string, updateSource: UpdateType): void {
    const me = this.Me.CubeGrid.CustomName;
    if ((updateSource & UpdateType.IGC) !== 0) {
      while (this.listener.HasPendingMessage) {
        const msg = this.listener.AcceptMessage();
        const data = msg.As<MyTuple<string, Vector3D>>();
        this.ships.set(data.Item1, data.Item2);
      }
    } else if ((updateSource & UpdateType.Update100) !== 0) {
      const antennas: IMyRadioAntenna[] = [];
      this.GridTerminalSystem.GetBlocksOfType(IMyRadioAntenna, antennas);
      if (antennas.length > 0 && antennas[0]!.EnableBroadcasting) {
        this.IGC.SendBroadcastMessage("GPS", new MyTuple<string, Vector3D>(me, this.Me.GetPosition()));
      }
    } else if (this.cmd.TryParse(argument) && this.cmd.Argument(0) === "mark") {
      const name = this.cmd.Argument(1) ?? "Mark";
      const wp = new MyWaypointInfo(name, this.Me.GetPosition());
      this.Me.CustomData += wp.ToString() + "\n";
    }
    let text = "";
    for (const [name, pos] of this.ships) {
      text += new MyWaypointInfo(name, pos).ToString() + "\n";
    }
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD GPS");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(text);
  }
}
