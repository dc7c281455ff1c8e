// Sends one payload of each number kind (test/engine/scenarios/igc-payloads.json, C88): what TS has as a
// number goes out as a C# double, whatever int the compiler prints it as; declared C# types go out as themselves.
import { Base6Directions, MyGridProgram, MyTuple, Vector3D, toFloat, toInt, type float, type int, type long } from "pbts/se";

enum Mode { Idle, Run, Stop = 7 }

export class Program extends MyGridProgram {
  private sent: int = 0;

  Main(argument: string): void {
    let n = 5;
    n++;
    const names = ["a", "b", "c"];
    this.IGC.SendBroadcastMessage("number", 3);
    this.IGC.SendBroadcastMessage("number", n);
    this.IGC.SendBroadcastMessage("number", names.length);
    this.IGC.SendBroadcastMessage("number", n + 1);
    this.IGC.SendBroadcastMessage("number", -n);
    this.IGC.SendBroadcastMessage("number", n > 2 ? 1 : 0);
    for (let i = 0; i < 2; i++) this.IGC.SendBroadcastMessage("number", i);
    this.IGC.SendBroadcastMessage("number", 2.5);
    this.IGC.SendUnicastMessage(this.rx(), "number", 4);
    this.sent++;
    this.IGC.SendBroadcastMessage("int", this.sent);
    this.IGC.SendBroadcastMessage("int", this.sent + 1);
    this.IGC.SendBroadcastMessage("int", toInt(7.9));
    this.IGC.SendBroadcastMessage("int", 8 as int);
    this.IGC.SendBroadcastMessage("long", this.Me.EntityId);
    const f: float = toFloat(1.1);
    this.IGC.SendBroadcastMessage("float", f);
    this.IGC.SendBroadcastMessage("other", "text");
    this.IGC.SendBroadcastMessage("other", true);
    this.IGC.SendBroadcastMessage("other", MyTuple.Create(n, "six"));
    this.IGC.SendBroadcastMessage("other", new Vector3D(1, 2.5, -3));
    // C93: what the C# engine's wire carried wrong (the game passes values as they are)
    for (const x of [-0, NaN, -Infinity, 5e-324]) this.IGC.SendBroadcastMessage("special number", x);
    // C96: doubles the wire's decimal text carried 1 ulp off (mono's "R" out, mono's double.Parse in)
    for (const x of [(2000327424 / 2147483648) * 10 ** -276, 2e-163, 4.380073547363282e-69]) this.IGC.SendBroadcastMessage("special number", x);
    this.IGC.SendBroadcastMessage("special vector", new Vector3D(-0, 0, -0));
    this.IGC.SendBroadcastMessage("special text", "a\uD800b\uDC00\u{1F600}");
    this.IGC.SendBroadcastMessage("special tuple", MyTuple.Create(-0, "\uDBFF"));
    // C98: an enum is sent as its number (the game refuses enums; PBTS1001 says to do this)
    const mode: number = Mode.Stop;
    this.IGC.SendBroadcastMessage("enum", mode);
    const dir: number = Base6Directions.Direction.Down;
    this.IGC.SendBroadcastMessage("enum", dir);
  }

  private rx(): long {
    const pb = this.GridTerminalSystem.GetBlockWithName("Rx");
    if (pb === null) return 0;
    return pb.EntityId;
  }
}
