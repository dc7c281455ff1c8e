// Timer-block sequence from a button panel: the panel's buttons run this PB with "start", "stop" or
// "next". "start" starts the timers named "Seq 1 ...", "Seq 2 ..." one after the other: each gets its
// delay from CustomData ([sequence] delay1=..., default 2 s) and starts counting down; when it has
// triggered (no longer counting down) the next one starts. The PB names the panel's first buttons.
import {
  IMyButtonPanel, IMyTimerBlock, MyCommandLine, MyGridProgram, MyIni, UpdateFrequency, UpdateType, toFloat, type int,
} from "pbts/se";

const PREFIX = "Seq ";
const LABELS = ["Start", "Stop", "Next"];

export class Program extends MyGridProgram {
  private readonly timers: IMyTimerBlock[] = [];
  private readonly cmd = new MyCommandLine();
  private readonly ini = new MyIni();
  /** The timer counting down now (index into `timers`), or -1 when idle. */
  private step: int = -1;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    const panels: IMyButtonPanel[] = [];
    this.GridTerminalSystem.GetBlocksOfType(IMyButtonPanel, panels, (p) => p.IsSameConstructAs(this.Me));
    for (const p of panels) for (let i: int = 0; i < LABELS.length; i++) p.SetCustomButtonName(i, LABELS[i]);
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyTimerBlock, this.timers, (t) => t.CustomName.startsWith(PREFIX) && t.IsSameConstructAs(this.Me));
    this.timers.sort((a, b) => (a.CustomName < b.CustomName ? -1 : a.CustomName > b.CustomName ? 1 : 0));
    if ((updateSource & (UpdateType.Trigger | UpdateType.Terminal)) !== 0 && this.cmd.TryParse(argument)) {
      const word = this.cmd.Argument(0);
      const verb = word !== null ? word.toLowerCase() : "";
      if (verb === "start") this.go(0);
      else if (verb === "stop") this.halt();
      else if (verb === "next" && this.step >= 0) {
        this.timers[this.step].StopCountdown();
        this.go(this.step + 1);
      }
    } else if (this.step >= 0 && (this.step >= this.timers.length || !this.timers[this.step].IsCountingDown)) {
      this.go(this.step + 1);
    }
    this.Echo(this.step < 0 ? "sequence idle" : `sequence step ${this.step + 1}/${this.timers.length}: ${this.timers[this.step].CustomName}`);
  }

  /** Start timer `next` with its delay, or end the sequence after the last. */
  private go(next: int): void {
    if (next >= this.timers.length) {
      this.step = -1;
      return;
    }
    this.ini.TryParse(this.Me.CustomData);
    const t = this.timers[next];
    t.TriggerDelay = toFloat(this.ini.Get("sequence", `delay${next + 1}`).ToDouble(2));
    t.StartCountdown();
    this.step = next;
  }

  private halt(): void {
    for (const t of this.timers) if (t.IsCountingDown) t.StopCountdown();
    this.step = -1;
  }
}
