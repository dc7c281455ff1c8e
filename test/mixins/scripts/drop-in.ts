// The failover mixin's drop-in usage with HandleCommand, as the property tests run it (harness.ts
// builds the same script with a recorder); drop-in-bare.ts is the same without HandleCommand. Failing properties write a `pbts sim` scenario that
// runs this file, so a counterexample can be replayed and drawn (`--svg`).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { EchoConsole } from "../../../mixins/echo-console.ts";
import { FailoverState } from "../../../mixins/failover.ts";
import { FailoverManager } from "../../../mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  /** false: the drop-in usage alone (run boundaries found by the manager). */
  protected handleCommands = true;
  constructor() {
    super();
    this.failover = new FailoverManager(this, new EchoConsole(this), new MyIni());
    this.Runtime.UpdateFrequency = updateOf(this.Me.CustomData);
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.handleCommands && this.failover.HandleCommand(argument)) return;
    this.Echo(this.failover.ActiveCheck === FailoverState.Standby ? "role: standby" : "role: active");
  }
  Save(): void {
    this.Storage = this.failover.Serialize();
  }
}

/** `[test] update=1|10|100` in CustomData picks the update frequency (default Update100): mixed groups. */
export function updateOf(customData: string): UpdateFrequency {
  const ini = new MyIni();
  const u = ini.TryParse(customData) ? ini.Get("test", "update").ToInt32(100) : 100;
  return u === 1 ? UpdateFrequency.Update1 : u === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
}
