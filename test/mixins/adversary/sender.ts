// rv-16 (F101): a player's other script (a base, not a copy): each run with an argument broadcasts it on the tag its
// CustomData names (first line), to antenna range. Echo: "sent <tag> <argument>".
import { MyGridProgram, TransmissionDistance } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string): void {
    if (argument === "") return;
    const tag = this.Me.CustomData.split("\n")[0]!;
    this.IGC.SendBroadcastMessage(tag, argument, TransmissionDistance.AntennaRelay);
    this.Echo(`sent ${tag} ${argument}`);
  }
}
