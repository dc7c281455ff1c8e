// rv-16 (F101): the adversary's script (test/mixins/adversary/script.ts, same markers) plus a listener of the
// user's own: a broadcast tag `ship.status` with the callback argument "rx" (SE's documented way to be run
// when a message comes). On the active copy the user's logic drains the listener and echoes "@rx <n>" (the
// messages it took). CustomData [adv] `own=<tag>` picks the tag (default ship.status), `cb=<arg>` the argument;
// `skipown=true`: HandleCommand is not called on the own callback's runs (IGC with that argument), F101's workaround before
// its fix; `src=false`: HandleCommand(argument) without the run's updateSource (the usage before F101's fix: it cannot tell
// the own callback's run from a button's); by default HandleCommand(argument, updateSource), the README's usage.
import { MyGridProgram, MyIni, UpdateFrequency, UpdateType, toInt, type int, type IMyBroadcastListener } from "pbts/se";
import { MainConsole } from "../../../mixins/console.ts";
import { EchoConsole } from "../../../mixins/echo-console.ts";
import { FailoverState, StartupReason } from "../../../mixins/failover.ts";
import { FailoverManager } from "../../../mixins/failover-manager.ts";

export class Program extends MyGridProgram {
  private readonly failover: FailoverManager;
  private readonly handle: boolean;
  private readonly own: IMyBroadcastListener;
  private readonly cb: string;
  private readonly skipOwn: boolean;
  private readonly src: boolean;
  constructor() {
    super();
    const cd = this.Me.CustomData;
    const at = cd.indexOf("\nupdate=");
    const update: int = at < 0 ? 100 : cd.substring(at + 8, at + 10) === "1\n" || cd.endsWith("update=1") ? 1 : cd.substring(at + 8, at + 11) === "10\n" || cd.endsWith("update=10") ? 10 : 100;
    this.handle = cd.indexOf("\nhandle=false") < 0;
    this.skipOwn = cd.indexOf("\nskipown=true") >= 0;
    this.src = cd.indexOf("\nsrc=false") < 0;
    const ot = cd.indexOf("\nown=");
    const tag = ot < 0 ? "ship.status" : cd.substring(ot + 5, cd.indexOf("\n", ot + 1) < 0 ? cd.length : cd.indexOf("\n", ot + 1));
    const ct = cd.indexOf("\ncb=");
    this.cb = ct < 0 ? "rx" : cd.substring(ct + 4, cd.indexOf("\n", ct + 1) < 0 ? cd.length : cd.indexOf("\n", ct + 1));
    this.failover = new FailoverManager(this, cd.indexOf("\nconsole=main") >= 0 ? new MainConsole(this, "Adv") : new EchoConsole(this), new MyIni());
    this.failover.OnActivate = (r: StartupReason) => this.Echo(`@on ${r === StartupReason.Failover ? "failover" : r === StartupReason.WorldLoad ? "worldload" : r === StartupReason.FirstDeploy ? "firstdeploy" : "none"}`);
    this.failover.OnDeactivate = () => this.Echo("@off");
    this.own = this.IGC.RegisterBroadcastListener(tag);
    this.own.SetMessageCallback(this.cb);
    this.Runtime.UpdateFrequency = update === 1 ? UpdateFrequency.Update1 : update === 10 ? UpdateFrequency.Update10 : UpdateFrequency.Update100;
  }
  Main(argument: string, updateSource: UpdateType): void {
    const own = this.skipOwn && (updateSource & UpdateType.IGC) !== UpdateType.None && argument === this.cb;
    if (this.handle && !own && (this.src ? this.failover.HandleCommand(argument, updateSource) : this.failover.HandleCommand(argument))) return;
    const v = this.failover.ActiveCheck;
    if (v === FailoverState.Standby) return;
    let line = `@act ${v.HasFlag(FailoverState.Failover) ? "F" : "-"}`;
    if (argument !== "") line += ` arg=${argument}`;
    if ((updateSource & (UpdateType.Update1 | UpdateType.Update10 | UpdateType.Update100)) !== UpdateType.None) {
      const n = this.lastDone() + 1;
      line += ` work ${n}`;
      this.failover.Checkpoint = `cp${n}`;
    }
    this.Echo(line);
    // the user's own messages: taken on every run the script acts on (not only its callback's)
    let k: int = 0;
    while (this.own.HasPendingMessage) {
      this.own.AcceptMessage();
      k++;
    }
    if (k > 0 || argument === this.cb) this.Echo(`@rx ${k} src=${updateSource}`);
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
