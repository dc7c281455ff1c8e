// A player's other script, not a failover copy (F56): on Update1, at each tick its CustomData lists, it runs
// a programmable block with TryRun, during its own update run: after the tick's messages are delivered and,
// when it comes first in the tick's order, before the target's update run (sim/scheduler.ts). CustomData:
// "<target block name>\n<argument>\n<tick>,<tick>,...". Echo: "tryrun <tick> <what TryRun returned>".
import { IMyProgrammableBlock, MyGridProgram, UpdateFrequency, toInt, type int } from "pbts/se";

export class Program extends MyGridProgram {
  /** This run's tick: the simulator's first Update1 run of a script built at tick 0 is at tick 1. */
  private tick: int = 0;
  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update1;
  }
  Main(): void {
    this.tick++;
    const cd = this.Me.CustomData;
    const a = cd.indexOf("\n");
    const b = cd.indexOf("\n", a + 1);
    let v: int = 0;
    for (let i = b + 1; i <= cd.length; i++) {
      const c = i < cd.length ? cd.charCodeAt(i) : 44;
      if (c >= 48 && c <= 57) v = v * 10 + toInt(c - 48);
      else {
        if (v === this.tick) {
          const pb = this.GridTerminalSystem.GetBlockWithName(cd.substring(0, a));
          if (pb instanceof IMyProgrammableBlock) this.Echo(`tryrun ${this.tick} ${pb.TryRun(cd.substring(a + 1, b))}`);
        }
        v = 0;
      }
    }
  }
}
