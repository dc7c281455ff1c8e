// Example script: "the lowest EntityId that is alive is the leader". Every copy broadcasts its
// EntityId every 10 ticks on its construct and forgets peers not heard for 0.6 s. The Echo line
// "Role: active" / "Role: standby" is what the simulator's role hook shows in the SVG.
// (A naive design on purpose: a copy that wakes up after being off claims the lead until it hears
// the others again - the failover mixin exists to do better.)
import { MyGridProgram, TransmissionDistance, UpdateFrequency, type IMyBroadcastListener, type double, type long } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly heartbeats: IMyBroadcastListener;
  private readonly peerIds: long[] = [];
  private readonly peerHeardAt: double[] = [];
  private clock: double = 0;

  constructor() {
    super();
    this.heartbeats = this.IGC.RegisterBroadcastListener("leader-demo");
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string): void {
    this.clock += this.Runtime.TimeSinceLastRun.TotalSeconds;
    while (this.heartbeats.HasPendingMessage) {
      const msg = this.heartbeats.AcceptMessage();
      this.heard(msg.As<long>());
    }
    this.IGC.SendBroadcastMessage("leader-demo", this.Me.EntityId, TransmissionDistance.CurrentConstruct);
    let leader: long = this.Me.EntityId;
    for (let i = 0; i < this.peerIds.length; i++) {
      if (this.clock - this.peerHeardAt[i] <= 0.6 && this.peerIds[i] < leader) leader = this.peerIds[i];
    }
    this.Echo(leader === this.Me.EntityId ? "Role: active" : "Role: standby");
    this.Echo("Leader: " + leader);
  }

  private heard(id: long): void {
    for (let i = 0; i < this.peerIds.length; i++) {
      if (this.peerIds[i] === id) {
        this.peerHeardAt[i] = this.clock;
        return;
      }
    }
    this.peerIds.push(id);
    this.peerHeardAt.push(this.clock);
  }
}
