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
// given the argument alone).
// `speed=10` or `speed=1` (session 25, an Update100 copy:
// on every periodic run that does a work item whose number is a multiple of 3 while active, it switches between its
// Update100 and the faster flag: `|=` the new one, `&= ~` the old one (with `keep=true` it keeps Update100 beside the
// faster one), reading ActiveCheck again after it; back to Update100 alone in OnDeactivate; each switch echoes
// "@freq <its fastest interval>", so the oracle reads the copy's interval from the trace). Written from the spec, not
// from test/mixins/scripts.
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
  /** (session 25) the faster flag a `speed=` copy switches to while active (None: no switching), whether it keeps
   *  Update100 beside it, and whether it runs on it now */
  private readonly speed: UpdateFrequency;
  private readonly keep: boolean;
  private fast = false;
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
    this.speed = update !== 100 ? UpdateFrequency.None : cd.indexOf("\nspeed=10") >= 0 ? UpdateFrequency.Update10 : cd.indexOf("\nspeed=1") >= 0 ? UpdateFrequency.Update1 : UpdateFrequency.None;
    this.keep = cd.indexOf("\nkeep=true") >= 0;
    const con = cd.indexOf("\nconsole=main") >= 0 ? new MainConsole(this, "Adv") : new EchoConsole(this);
    this.failover = this.lean ? new Failover(this, con, new MyIni()) : new FailoverManager(this, con, new MyIni());
    this.failover.OnActivate = (r: StartupReason) => this.Echo(`@on ${r === StartupReason.Failover ? "failover" : r === StartupReason.WorldLoad ? "worldload" : r === StartupReason.FirstDeploy ? "firstdeploy" : "none"}`);
    this.failover.OnDeactivate = () => {
      this.Echo("@off");
      if (this.warm) this.Runtime.UpdateFrequency &= ~UpdateFrequency.Update10;
      this.warm = false;
      if (this.fast) this.slow();
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
    const periodic = (updateSource & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) !== UpdateType.None;
    if (this.speed !== UpdateFrequency.None && periodic && (this.lastDone() + 1) % 3 === 0) {
      if (this.fast) this.slow();
      else {
        this.Runtime.UpdateFrequency |= this.speed;
        if (!this.keep) this.Runtime.UpdateFrequency &= ~UpdateFrequency.Update100;
        this.fast = true;
        this.Echo(`@freq ${this.speed === UpdateFrequency.Update1 ? 1 : 10}`);
      }
    }
    const again = this.reread ? this.failover.ActiveCheck : v;
    let line = `@act ${v.HasFlag(FailoverState.Failover) ? "F" : "-"}${again !== v ? " mismatch" : ""}`;
    if (argument !== "") line += ` arg=${argument}`;
    if (periodic) {
      const n = this.lastDone() + 1;
      line += ` work ${n}`;
      this.failover.Checkpoint = `cp${n}`;
    }
    this.Echo(line);
  }
  Save(): void {
    this.Storage = this.failover.Serialize();
  }
  /** back to Update100 alone (`|=` it, `&= ~` the faster flag) */
  private slow(): void {
    this.Runtime.UpdateFrequency |= UpdateFrequency.Update100;
    this.Runtime.UpdateFrequency &= ~this.speed;
    this.fast = false;
    this.Echo("@freq 100");
  }
  private lastDone(): int {
    const s = this.failover.Checkpoint;
    let v: int = 0;
    for (let i = 2; i < s.length; i++) v = v * 10 + toInt(s.charCodeAt(i) - 48);
    return v;
  }
}
