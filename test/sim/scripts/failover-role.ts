// A drop-in failover script that never echoes a role line and has no __pbtsRole: the simulator's
// role hook finds its FailoverManager field (sim/role.ts; EngineHost.cs under --engine cs).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType } from "pbts/se";
import { MainConsole } from "pbts/mixins/console.ts";
import { FailoverState } from "pbts/mixins/failover.ts";
import { FailoverManager } from "pbts/mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  private runs = 0;

  constructor() {
    super();
    this.failover = new FailoverManager(this, new MainConsole(this, "RoleHook"), new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument)) return;
    if (this.failover.ActiveCheck === FailoverState.Standby) return;
    this.runs++;
    this.Echo(`work ${this.runs}`);
  }
}
