// Example: a work queue kept by a failover group.
//
// Every copy runs this script; only the active one works. It processes numbered work items, one
// per periodic run (item 1, 2, 3, ...), and checkpoints the number of the last item done. The
// checkpoint reaches the standbys with the heartbeats and is kept in Storage, so after a failover
// or a world save/load the new active node continues with the next item: no item is repeated or
// skipped.
//
// What a processed item looks like (the observable effect the tests check): the active node
// appends a line "<n>" to the CustomData of the LCD named "Work Log" (a shared block every copy
// can see; like any block state it is saved and restored with the world), and echoes "work <n>".
//
// CustomData of each PB:
//   [failover]
//   id=workqueue
//   rank=0        ; 1, 2... on the other copies
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, toInt, type int } from "pbts/se";
import { MainConsole } from "../console.ts";
import { Failover, FailoverState, StartupReason } from "../failover.ts";

export class Program extends MyGridProgram {
  private readonly console: MainConsole;
  // (Failover, the lean class: HandleCommand(argument, updateSource) first in Main on every run tells it whose run it is)
  private readonly failover: Failover;

  constructor() {
    super();
    this.console = new MainConsole(this, "Work queue", 8);
    this.failover = new Failover(this, this.console, new MyIni());
    // (the manager logs why, and when it hands over: "failover: ACTIVE (took over from ...)")
    this.failover.OnActivate = (reason: StartupReason) => this.console.Info(`taking the queue at item ${this.nextItem()}`);
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(argument: string, updateSource: UpdateType): void {
    if (this.failover.HandleCommand(argument, updateSource)) return;
    // work on the active copy's periodic runs only (not on a terminal run with an argument); the
    // simulator's timeline (`pbts sim --svg`) reads the role from the manager itself
    if (this.failover.ActiveCheck === FailoverState.Standby || (updateSource & UpdateType.Update100) === 0) return;
    const log = this.GridTerminalSystem.GetBlockWithName("Work Log");
    if (log === null) {
      this.console.Warn("no block named 'Work Log': waiting");
      return;
    }
    // the work itself: record the item, then checkpoint it (in the same run)
    const n = `${this.nextItem()}`;
    log.CustomData += (log.CustomData === "" ? "" : "\n") + n;
    this.Echo(`work ${n}`);
    this.failover.Checkpoint = n;
  }

  /** World save and recompile: keep the checkpoint (the game lets only Program assign Storage). */
  Save(): void {
    this.Storage = this.failover.Serialize();
  }

  /** The number of the next item: one after the last one done, from the checkpoint ("" means none done; it only ever
   *  holds the digits this script wrote). */
  private nextItem(): int {
    let v: int = 0;
    for (let i: int = 0; i < this.failover.Checkpoint.length; i++) v = v * 10 - 48 + toInt(this.failover.Checkpoint.charCodeAt(i));
    return v + 1;
  }
}
