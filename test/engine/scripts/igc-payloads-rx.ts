// Reads each tag of test/engine/scenarios/igc-payloads.json as what its sender wrote (C88).
import { IMyBroadcastListener, MyGridProgram, MyIGCMessage, UpdateFrequency, Vector3D, type float, type int, type long } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly listeners: IMyBroadcastListener[] = [];

  constructor() {
    super();
    for (const tag of ["number", "int", "long", "float", "other"]) this.listeners.push(this.IGC.RegisterBroadcastListener(tag));
    this.Runtime.UpdateFrequency = UpdateFrequency.Update1;
  }

  Main(argument: string): void {
    for (const l of this.listeners) {
      while (l.HasPendingMessage) {
        const m = l.AcceptMessage();
        this.Echo(`${m.Tag} ${this.read(m)}`);
      }
    }
    const u = this.IGC.UnicastListener;
    while (u.HasPendingMessage) {
      const m = u.AcceptMessage();
      const x = m.As<number>();
      this.Echo(`unicast ${m.Tag} ${x / 8}`);
    }
  }

  private read(m: MyIGCMessage): string {
    if (m.Tag === "number") {
      const x = m.As<number>();
      return `${x} ${x / 4}`;
    }
    if (m.Tag === "int") return `${m.As<int>() * 2}`;
    if (m.Tag === "long") return `${m.As<long>() === this.source()}`;
    if (m.Tag === "float") return `${m.As<float>()}`;
    const data = m.Data;
    if (data instanceof Vector3D) return `vector ${data.Y}`;
    return data === null ? "null" : "other";
  }

  private source(): long {
    const pb = this.GridTerminalSystem.GetBlockWithName("Tx");
    if (pb === null) return 0;
    return pb.EntityId;
  }
}
