// A player's failover script that checkpoints a long text (F96; rv-15, session 20): the README's usage with
// HandleCommand, Update10, one work item a periodic run, and a checkpoint of `size=` (CustomData) times ten
// characters followed by "#<item>". Echo "@work <n>" on each item. Run with the C# engine, which counts
// instructions as the game does (`npx pbts sim <scenario> --engine cs --profile`).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, toInt, type int } from "pbts/se";
import { MainConsole } from "../../../mixins/console.ts";
import { FailoverState } from "../../../mixins/failover.ts";
import { FailoverManager } from "../../../mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  private readonly pad: string;
  constructor() {
    super();
    const cd = this.Me.CustomData;
    const at = cd.indexOf("size=");
    const blocks: int = at < 0 ? 0 : toInt(parseInt(cd.substring(at + 5, cd.length)));
    let p = "";
    for (let i = 0; i < blocks; i++) p += "0123456789";
    this.pad = p;
    this.failover = new FailoverManager(this, new MainConsole(this, "Long checkpoint"), new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }
  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument)) return;
    if (this.failover.ActiveCheck === FailoverState.Standby || (updateSource & UpdateType.Update10) === UpdateType.None) return;
    const c = this.failover.Checkpoint;
    const n: int = c === "" ? 1 : toInt(parseInt(c.substring(this.pad.length + 1, c.length))) + 1;
    this.Echo(`@work ${n}`);
    this.failover.Checkpoint = `${this.pad}#${n}`;
  }
  Save(): void {
    this.Storage = this.failover.Serialize();
  }
}
