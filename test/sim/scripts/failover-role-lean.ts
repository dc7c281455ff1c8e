// failover-role.ts on the lean class (Failover, HandleCommand(argument, updateSource)): no role line, no __pbtsRole;
// the role hook finds its Failover field (sim/role.ts; EngineHost.cs under --engine cs, by the class or its base).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { MainConsole } from "pbts/mixins/console.ts";
import { Failover, FailoverState } from "pbts/mixins/failover.ts";

export class Program extends MyGridProgram {
  private readonly failover: Failover;
  private runs = 0;

  constructor() {
    super();
    this.failover = new Failover(this, new MainConsole(this, "RoleHook"), new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument, updateSource)) return;
    if (this.failover.ActiveCheck === FailoverState.Standby) return;
    this.runs++;
    this.Echo(`work ${this.runs}`);
  }
}
