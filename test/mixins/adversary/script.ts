// The adversary's test script: the spec's drop-in usage, with every user-visible effect written to
// Echo as one marker line, so the oracle (oracle.ts) judges from the trace alone:
//   "@act <F|-> [mismatch] [arg=<argument>] [work <n>]"  the user's logic ran as active (F: the
//       Failover flag; mismatch: a second read of ActiveCheck in the same run differed; work n: the
//       n-th work item was done on this periodic run and checkpointed as "cp<n>")
//   "@on <reason>" / "@off"  the OnActivate / OnDeactivate hooks
// CustomData `[adv]` picks the usage: `update=1|10|100` (UpdateFrequency), `handle=false` (the
// drop-in usage alone, without HandleCommand), `console=main` (MainConsole instead of EchoConsole),
// `warmup=true` (an Update100 copy adds Update10 on its first active run and reads ActiveCheck again,
// the seed README's warm-up pattern, and removes it in OnDeactivate: `|=` and `&= ~`, as the README's
// Limits ask); `reread=false` (the second read of ActiveCheck is left out: a script that changes its
// frequency and does not read ActiveCheck again in that run, F93); `lean=true` (session 25, issue 15: the lean class,
// Failover, with HandleCommand(argument, updateSource) first on every run; FailoverManager otherwise, its HandleCommand
// given the argument alone). Written from the spec, not from test/mixins/scripts.
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, toInt, type int } from "pbts/se";
import { MainConsole } from "../../../mixins/console.ts";
import { EchoConsole } from "../../../mixins/echo-console.ts";
import { Failover, FailoverState, StartupReason } from "../../../mixins/failover.ts";
import { FailoverManager } from "../../../mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: Failover;
  private readonly handle: boolean;
  private readonly lean: boolean;
  private readonly warmup: boolean;
  private readonly reread: boolean;
  private warm = false;
  constructor() {
    super();
    // read [adv] from the text, not with MyIni: a CustomData the failover section makes invalid INI
    // (a bad-edit) must not change how this copy runs (it did: Update100 instead of Update1)
    const cd = this.Me.CustomData;
    const at = cd.indexOf("\nupdate=");
    // (substring, not startsWith with a position: the game's compiler takes the script too, `pbts sim` checks it)
    const update: int = at < 0 ? 100 : cd.substring(at + 8, at + 10) === "1\n" || cd.endsWith("update=1") ? 1 : cd.substring(at + 8, at + 11) === "10\n" || cd.endsWith("update=10") ? 10 : 100;
    this.handle = cd.indexOf("\nhandle=false") < 0;
    this.warmup = update === 100 && cd.indexOf("\nwarmup=true") >= 0;
    this.reread = cd.indexOf("\nreread=false") < 0;
    this.lean = cd.indexOf("\nlean=true") >= 0;
    const con = cd.indexOf("\nconsole=main") >= 0 ? new MainConsole(this, "Adv") : new EchoConsole(this);
    this.failover = this.lean ? new Failover(this, con, new MyIni()) : new FailoverManager(this, con, new MyIni());
    this.failover.OnActivate = (r: StartupReason) => this.Echo(`@on ${r === StartupReason.Failover ? "failover" : r === StartupReason.WorldLoad ? "worldload" : r === StartupReason.FirstDeploy ? "firstdeploy" : "none"}`);
    this.failover.OnDeactivate = () => {
      this.Echo("@off");
      if (this.warm) this.Runtime.UpdateFrequency &= ~UpdateFrequency.Update10;
      this.warm = false;
    };
    this.Runtime.UpdateFrequency = update === 1 ? UpdateFrequency.Update1 : update === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
  }
  Main(argument: string, updateSource: UpdateType): void {
    // (FailoverManager's updateSource is optional, 0 when left out: the argument alone, as this script always called it)
    if (this.handle && this.failover.HandleCommand(argument, this.lean ? updateSource : UpdateType.None)) return;
    const v = this.failover.ActiveCheck;
    if (v === FailoverState.Standby) return;
    if (this.warmup && !this.warm) {
      this.Runtime.UpdateFrequency |= UpdateFrequency.Update10;
      this.warm = true;
    }
    const again = this.reread ? this.failover.ActiveCheck : v;
    let line = `@act ${v.HasFlag(FailoverState.Failover) ? "F" : "-"}${again !== v ? " mismatch" : ""}`;
    if (argument !== "") line += ` arg=${argument}`;
    if ((updateSource & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) !== UpdateType.None) {
      const n = this.lastDone() + 1;
      line += ` work ${n}`;
      this.failover.Checkpoint = `cp${n}`;
    }
    this.Echo(line);
  }
  Save(): void {
    this.Storage = this.failover.Serialize();
  }
  private lastDone(): int {
    const s = this.failover.Checkpoint;
    let v: int = 0;
    for (let i = 2; i < s.length; i++) v = v * 10 + toInt(s.charCodeAt(i) - 48);
    return v;
  }
}
