// Script of the failover instruction bench (test/bench/failover-instructions.ts, `npm run bench -- failover`):
// the spec's drop-in usage with the EchoConsole, and a checkpoint that changes on every 5th active
// run. It reads Runtime.CurrentInstructionCount around the mixin's calls only (ActiveCheck, and the
// Checkpoint set on active runs), so what it reports is the mixin's share of the run, and echoes
//   "cost <n> <kind>"   kind: standby | active | takeover | checkpoint
// (the echo is built after the last read, so printing is not part of <n>).
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, type int } from "pbts/se";
import { EchoConsole } from "../../../mixins/echo-console.ts";
import { FailoverState } from "../../../mixins/failover.ts";
import { FailoverManager } from "../../../mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  private readonly values: string[] = ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"];
  private activeRuns: int = 0;
  private next: string = "c0";

  constructor() {
    super();
    this.failover = new FailoverManager(this, new EchoConsole(this), new MyIni());
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  Main(argument: string, updateSource: UpdateType): void {
    const c0 = this.Runtime.CurrentInstructionCount;
    const state = this.failover.ActiveCheck;
    const c1 = this.Runtime.CurrentInstructionCount;
    let cost: int = c1 - c0;
    let kind = "standby";
    if (state !== FailoverState.Standby) {
      kind = state.HasFlag(FailoverState.Failover) ? "takeover" : "active";
      this.activeRuns++;
      const changes = this.activeRuns % 5 === 0;
      if (changes) this.next = this.values[this.activeRuns % 10]!;
      const c2 = this.Runtime.CurrentInstructionCount;
      this.failover.Checkpoint = this.next;
      cost += this.Runtime.CurrentInstructionCount - c2;
      if (changes && kind === "active") kind = "checkpoint";
    }
    this.Echo(`cost ${cost} ${kind}`);
  }
}
