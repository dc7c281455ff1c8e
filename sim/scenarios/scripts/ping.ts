// Example script: broadcasts "ping" with a sequence number every 100 ticks and counts the
// unicast "pong" replies it gets back (run by the IGC callback "pong").
import { MyGridProgram, UpdateFrequency, UpdateType, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private sent: int = 0;
  private pongs: int = 0;

  constructor() {
    super();
    this.IGC.UnicastListener.SetMessageCallback("pong");
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(argument: string, updateSource: UpdateType): void {
    while (this.IGC.UnicastListener.HasPendingMessage) {
      const msg = this.IGC.UnicastListener.AcceptMessage();
      if (msg.Tag === "pong") this.pongs++;
    }
    if (updateSource.HasFlag(UpdateType.Update100)) {
      this.sent++;
      this.IGC.SendBroadcastMessage("ping", this.sent);
    }
    this.Echo("Pings sent: " + this.sent);
    this.Echo("Pongs received: " + this.pongs);
  }
}
