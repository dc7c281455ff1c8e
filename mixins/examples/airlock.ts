// Example: an airlock. Two door groups, an air vent group and a timer.
//
//   run "out"    close the inner doors, depressurize, open the outer doors (go outside)
//   run "in"     close the outer doors, pressurize, open the inner doors (come in)
//   run "toggle" whichever of the two the airlock is not in now
//
// Blocks (names are the defaults; change them in CustomData, section [airlock]):
//   group "Airlock Inner"  the doors to the pressurized side
//   group "Airlock Outer"  the doors to space
//   group "Airlock Vents"  the air vents of the airlock room
//   "Airlock Timer"        optional: after a cycle the open doors close when it has counted down
//   "Airlock LCD"          optional: shows the state
//
// The doors of one side never open while the other side is not closed. While the airlock works the
// script runs every 10 ticks; when idle it sleeps (UpdateFrequency None). The state survives a world
// reload (Storage).
import {
  DoorStatus, IMyAirVent, IMyDoor, IMyTextPanel, IMyTimerBlock, MyGridProgram, MyIni, UpdateFrequency, UpdateType, VentStatus, type int,
} from "pbts/se";

/** What the airlock is doing. */
enum Step {
  Idle,
  Closing,
  Venting,
  Opening,
}

function stepName(step: Step): string {
  if (step === Step.Closing) return "closing";
  if (step === Step.Venting) return "venting";
  if (step === Step.Opening) return "opening";
  return "idle";
}

function stepNamed(name: string): Step {
  if (name === "closing") return Step.Closing;
  if (name === "venting") return Step.Venting;
  if (name === "opening") return Step.Opening;
  return Step.Idle;
}

/** Runs (of 10 ticks) the vent may take before the doors open anyway: 20 s. */
const VENT_TIMEOUT: int = 120;

export class Program extends MyGridProgram {
  private readonly inner: IMyDoor[] = [];
  private readonly outer: IMyDoor[] = [];
  private readonly vents: IMyAirVent[] = [];
  private timer: IMyTimerBlock | null = null;
  private lcd: IMyTextPanel | null = null;
  private readonly ini = new MyIni();

  private step = Step.Idle;
  /** true: the cycle goes out (to space); false: in. */
  private goingOut = false;
  private waited: int = 0;
  private timerStarted = false;
  private status = "idle";

  constructor() {
    super();
    this.findBlocks();
    // Storage: "<step> <out|in>", the cycle in progress when the world was saved.
    const saved = this.Storage.split(" ");
    if (saved.length === 2) {
      this.step = stepNamed(saved[0]);
      this.goingOut = saved[1] === "out";
      if (this.step !== Step.Idle) this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
    }
  }

  Save(): void {
    this.Storage = `${stepName(this.step)} ${this.goingOut ? "out" : "in"}`;
  }

  private findBlocks(): void {
    this.ini.TryParse(this.Me.CustomData);
    const name = (key: string, fallback: string): string => this.ini.Get("airlock", key).ToString(fallback);
    const gts = this.GridTerminalSystem;
    const innerGroup = gts.GetBlockGroupWithName(name("inner", "Airlock Inner"));
    const outerGroup = gts.GetBlockGroupWithName(name("outer", "Airlock Outer"));
    const ventGroup = gts.GetBlockGroupWithName(name("vents", "Airlock Vents"));
    if (innerGroup === null || outerGroup === null || ventGroup === null) {
      throw new Error("airlock: groups missing (see the script's first lines)");
    }
    innerGroup.GetBlocksOfType(IMyDoor, this.inner);
    outerGroup.GetBlocksOfType(IMyDoor, this.outer);
    ventGroup.GetBlocksOfType(IMyAirVent, this.vents);
    const timer = gts.GetBlockWithName(name("timer", "Airlock Timer"));
    this.timer = timer instanceof IMyTimerBlock ? timer : null;
    const lcd = gts.GetBlockWithName(name("lcd", "Airlock LCD"));
    this.lcd = lcd instanceof IMyTextPanel ? lcd : null;
  }

  Main(argument: string, updateSource: UpdateType): void {
    if ((updateSource & (UpdateType.Terminal | UpdateType.Trigger)) !== UpdateType.None) this.command(argument.trim().toLowerCase());
    if (this.step !== Step.Idle) this.advance();
    else this.autoClose();
    this.show();
  }

  private command(arg: string): void {
    if (arg === "") return; // a run without an argument (a timer's "Run" with none): just a look
    if (arg === "toggle") arg = this.allClosedOrClosing(this.outer) ? "out" : "in";
    if (arg !== "out" && arg !== "in") {
      this.status = `unknown command "${arg}": use out, in or toggle`;
      return;
    }
    this.goingOut = arg === "out";
    this.step = Step.Closing;
    this.waited = 0;
    this.stopTimer();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update10;
  }

  /** One step of the cycle: close both sides, vent, open the far side. */
  private advance(): void {
    const near = this.goingOut ? this.inner : this.outer;
    const far = this.goingOut ? this.outer : this.inner;
    if (this.step === Step.Closing) {
      for (const d of near) d.CloseDoor();
      for (const d of far) d.CloseDoor();
      this.status = "closing doors";
      if (!this.allClosed(near) || !this.allClosed(far)) return;
      for (const v of this.vents) v.Depressurize = this.goingOut;
      this.step = Step.Venting;
      this.waited = 0;
    }
    if (this.step === Step.Venting) {
      this.waited++;
      this.status = this.goingOut ? "depressurizing" : "pressurizing";
      const target = this.goingOut ? VentStatus.Depressurized : VentStatus.Pressurized;
      let done = true;
      for (const v of this.vents) if (v.Status !== target) done = false;
      if (!done && this.waited < VENT_TIMEOUT) return;
      if (!done) this.Echo("vent timeout: opening anyway");
      this.step = Step.Opening;
    }
    if (this.step === Step.Opening) {
      for (const d of far) d.OpenDoor();
      this.status = "opening doors";
      for (const d of far) if (d.Status !== DoorStatus.Open) return;
      this.step = Step.Idle;
      this.status = this.goingOut ? "open to space" : "open inside";
      if (this.timer !== null) {
        this.timer.StartCountdown();
        this.timerStarted = true;
      } else {
        this.Runtime.UpdateFrequency = UpdateFrequency.None;
      }
    }
  }

  /** After a cycle: when the timer has counted down, close the doors that were opened. */
  private autoClose(): void {
    if (!this.timerStarted || this.timer === null || this.timer.IsCountingDown) return;
    this.timerStarted = false;
    for (const d of this.goingOut ? this.outer : this.inner) d.CloseDoor();
    this.status = "doors closed (timer)";
    this.Runtime.UpdateFrequency = UpdateFrequency.None;
  }

  private stopTimer(): void {
    if (this.timer !== null && this.timer.IsCountingDown) this.timer.StopCountdown();
    this.timerStarted = false;
  }

  private allClosed(doors: IMyDoor[]): boolean {
    for (const d of doors) if (d.Status !== DoorStatus.Closed) return false;
    return true;
  }

  private allClosedOrClosing(doors: IMyDoor[]): boolean {
    for (const d of doors) if (d.Status !== DoorStatus.Closed && d.Status !== DoorStatus.Closing) return false;
    return true;
  }

  private show(): void {
    let o2 = 0;
    for (const v of this.vents) o2 += v.GetOxygenLevel();
    const pct = this.vents.length === 0 ? 0 : Math.round((o2 * 100) / this.vents.length);
    const text = `Airlock: ${this.status}\nOxygen: ${pct}%`;
    this.Echo(text);
    if (this.lcd !== null) this.lcd.WriteText(text);
  }
}
