// The failover mixin's lean class (Failover) as the property tests run it (harness.ts `lean` builds the same script with a
// recorder): HandleCommand(argument, updateSource) first in Main on every run. Failing properties write a `pbts sim`
// scenario that runs this file, so a counterexample can be replayed and drawn (`--svg`).
import { MyGridProgram, MyIni, UpdateType } from "pbts/se";
import { EchoConsole } from "../../../mixins/echo-console.ts";
import { Failover, FailoverState } from "../../../mixins/failover.ts";
import { updateOf } from "./drop-in.ts";

export class Program extends MyGridProgram {
  private readonly failover: Failover;
  constructor() {
    super();
    this.failover = new Failover(this, new EchoConsole(this), new MyIni());
    this.Runtime.UpdateFrequency = updateOf(this.Me.CustomData);
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument, updateSource)) return;
    this.Echo(this.failover.ActiveCheck === FailoverState.Standby ? "role: standby" : "role: active");
  }
  Save(): void {
    this.Storage = this.failover.Serialize();
  }
}
