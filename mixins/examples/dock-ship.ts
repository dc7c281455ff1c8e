// Ship side of the docking board: watches the connector "Ship Connector" and the merge block
// "Ship Merge", broadcasts every change on tag "DOCK" (and every 10 s as a heartbeat), and shows the
// base's acknowledgement it gets back by unicast. The payload, MyTuple<string, string, bool, Vector3D>:
// the ship's grid name, its status, whether it is docked, where it is.
import {
  MyGridProgram, UpdateFrequency, UpdateType, IMyShipConnector, IMyShipMergeBlock, MyShipConnectorStatus,
  MyTuple, TransmissionDistance, IMyUnicastListener, Vector3D,
} from "pbts/se";

export class Program extends MyGridProgram {
  private last = "";
  private sinceSent = 0;
  private acks = 0;
  private readonly inbox: IMyUnicastListener;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    this.inbox = this.IGC.UnicastListener;
    this.inbox.SetMessageCallback("ack");
  }

  Main(argument: string, updateSource: UpdateType): void {
    if ((updateSource & UpdateType.IGC) !== 0) {
      while (this.inbox.HasPendingMessage) {
        const m = this.inbox.AcceptMessage();
        if (m.Tag === "DOCK_ACK") this.acks++;
      }
    }
    const con = this.GridTerminalSystem.GetBlockWithName("Ship Connector");
    const merge = this.GridTerminalSystem.GetBlockWithName("Ship Merge");
    let status = "no connector";
    let docked = false;
    if (con instanceof IMyShipConnector) {
      docked = con.Status === MyShipConnectorStatus.Connected;
      status = docked ? `docked to ${con.OtherConnector?.CubeGrid.CustomName ?? "?"}` : con.Status === MyShipConnectorStatus.Connectable ? "ready to lock" : "free";
    }
    if (merge instanceof IMyShipMergeBlock && merge.IsConnected) status += ", merged";
    this.sinceSent += this.Runtime.TimeSinceLastRun.TotalSeconds;
    if (status !== this.last || this.sinceSent >= 10) {
      this.IGC.SendBroadcastMessage("DOCK", new MyTuple<string, string, boolean, Vector3D>(this.Me.CubeGrid.CustomName, status, docked, this.Me.GetPosition()), TransmissionDistance.AntennaRelay);
      this.last = status;
      this.sinceSent = 0;
    }
    this.Echo(`${this.Me.CubeGrid.CustomName}: ${status}\nacks ${this.acks}`);
  }
}
