// Reads each tag of test/engine/scenarios/igc-payloads.json as what its sender wrote (C88).
import { Base6Directions, IMyBroadcastListener, MyGridProgram, MyIGCMessage, MyTuple, UpdateFrequency, Vector3D, toInt, type float, type int, type long } from "pbts/se";

enum Mode { Idle, Run, Stop = 7 }

export class Program extends MyGridProgram {
  private readonly listeners: IMyBroadcastListener[] = [];

  constructor() {
    super();
    for (const tag of ["number", "int", "long", "float", "other", "special number", "special vector", "special text", "special tuple", "enum"]) this.listeners.push(this.IGC.RegisterBroadcastListener(tag));
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
    if (m.Tag.startsWith("special")) return this.special(m);
    if (m.Tag === "enum") {
      // C98: an enum crosses as its number (read back as the README's IGC paragraph says)
      const n = toInt(m.As<number>());
      return `${Mode[n as Mode] ?? "-"} ${Base6Directions.Direction[n as Base6Directions.Direction] ?? "-"}`;
    }
    const data = m.Data;
    if (data instanceof Vector3D) return `vector ${data.Y}`;
    return data === null ? "null" : "other";
  }

  /** -0, NaN, infinities, subnormals and lone surrogates, which the C# engine's wire mangled (C93). */
  private special(m: MyIGCMessage): string {
    const z = (x: number): string => (x === 0 && 1 / x < 0 ? "-0" : String(x));
    const codes = (t: string): string => t.split("").map((c) => c.charCodeAt(0)).join(",");
    if (m.Tag === "special vector") {
      const v = m.As<Vector3D>();
      return `${z(v.X)} ${z(v.Y)} ${z(v.Z)}`;
    }
    if (m.Tag === "special text") return codes(m.As<string>());
    if (m.Tag === "special tuple") {
      const t = m.As<MyTuple<number, string>>();
      return `${z(t.Item1)} ${codes(t.Item2)}`;
    }
    return z(m.As<number>());
  }

  private source(): long {
    const pb = this.GridTerminalSystem.GetBlockWithName("Tx");
    if (pb === null) return 0;
    return pb.EntityId;
  }
}
