// Example script: answers every "ping" broadcast with a unicast "pong" to its sender.
// It has no update frequency: it only runs when the IGC callback fires.
import { MyGridProgram, type IMyBroadcastListener, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly pings: IMyBroadcastListener;
  private answered: int = 0;

  constructor() {
    super();
    this.pings = this.IGC.RegisterBroadcastListener("ping");
    this.pings.SetMessageCallback("ping");
  }

  Main(argument: string): void {
    while (this.pings.HasPendingMessage) {
      const msg = this.pings.AcceptMessage();
      if (this.IGC.SendUnicastMessage(msg.Source, "pong", msg.As<int>())) this.answered++;
    }
    this.Echo("Pongs sent: " + this.answered);
  }
}
