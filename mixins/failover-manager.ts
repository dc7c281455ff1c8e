// The failover manager for the spec's drop-in usage (ActiveCheck alone, without HandleCommand): Failover (failover.ts)
// and the run classification that infers from the order of a tick, probes and the messages waiting what updateSource
// would say. A module of its own, as each console is: a script that imports only failover.ts pastes only Failover
// (at every minify level: `none` keeps every class of a module it pastes).
import { UpdateFrequency, UpdateType, toDouble, toInt, type int, type long } from "pbts/se";
import { ACTIVE, CB, Failover, GAPS, LISTENING, MA, ML, MQ, MY } from "./failover.ts";

/**
 * The failover manager for the spec's drop-in usage too: ActiveCheck alone, without HandleCommand (or HandleCommand with
 * the argument alone). What updateSource would say it infers from the order of a tick, probes and the messages waiting:
 * the README's "What the drop-in usage alone cannot tell". With HandleCommand(argument, updateSource) on every run,
 * Failover is the same manager, smaller.
 */
export class FailoverManager extends Failover {
  /** The argument HandleCommand saw this run (null: none). */
  private arg: string | null = null;
  /** Ticks of the last periodic-or-terminal run and of the last run that was the update or the callback run. */
  private pt: int = -1;
  private amb: int = -1;
  /** `Now` of the last periodic run (-1: none yet). */
  private lastPer: int = -1;
  /** The periodic runs' phase is known (lastPer is on it). */
  private perOk = false;
  /** Update100 set with Update10 (slow 100): a periodic run of the slower flag, on its own phase (`Now` of one, -1: unknown), F32. */
  private slow: int = 0;
  private lastSlow: int = -1;
  /** lastSlow before this tick's first run (F89). */
  private slowWas: int = -1;
  /** The tentative phase before lastPer while a run may be either flag's (F72); this run's argument was given (HandleCommand). */
  private prevPer: int = -1;
  private hc = false;
  /** lastSlow is confirmed (an active copy's tentative phase is kept for the slower flag too). */
  private slowOk = false;
  /** This run's kind is known (a copy takes the role only on such a run). */
  private known = false;

  // (updateSource's default 0 is UpdateType.None, printed `= 0`: shorter; optional, so a script that calls it with the argument alone builds as before)
  override HandleCommand(argument: string, updateSource: UpdateType = 0): boolean {
    return super.HandleCommand(argument, updateSource);
  }

  /** HandleCommand's run: the argument says which runs are the manager's callback runs; the rest as in the drop-in usage. */
  protected override classify(a: string, u: UpdateType = 0): void {
    this.arg = a;
    this.refresh();
  }

  protected override refresh(): void {
    const rt = this.p.Runtime;
    const tsl = rt.TimeSinceLastRun.Ticks;
    const ic = rt.CurrentInstructionCount;
    const pu = this.lu !== null && this.lu.HasPendingMessage;
    const pr = this.lr !== null && this.lr.HasPendingMessage;
    const drop = this.arg === null;
    this.hc = !drop;
    if (drop && tsl === this.lastTsl && rt.LastRunTimeMs === this.lastLrt && ic >= this.lastIc && !pu && !pr) {
      // the script changed its frequency in this run (the warm-up, read again): our Once would merge with the
      // new flag's first run, which then could not be told from it (F46b); the next run comes within an interval
      if (gapOf(rt.UpdateFrequency) !== this.gap) this.disarm();
      return;
    }
    // m: the manager's run (the callback run's argument first)
    let m = this.arg === CB;
    const user = !drop && this.arg !== "" && !m;
    this.arg = null;
    this.lastTsl = tsl;
    this.lastLrt = rt.LastRunTimeMs;
    const el: int = toInt(toDouble(tsl) / 166666 + 0.5);
    // Which run is this? A tick runs the operator's runs, then delivers messages, then one update run
    // (the periodic flags due and Once, which the game clears just before it), then the message
    // callback runs. So: while the Once this copy set is still in UpdateFrequency, the update run has
    // not come (a callback or terminal run); when it is gone, this is that update run, periodic only
    // on the known phase. A run with a message waiting that calls back is the update run or the
    // callback run (the phase tells; a second run in the tick with nothing waiting is taken to show the
    // first was the update run, which sets a phase not known yet: another script's TryRun may come first,
    // so it never moves a confirmed one, F56). Any other run is periodic or a terminal run (the user's
    // either way): it sets the phase until one is confirmed (an interval after the last run, a
    // whole number of intervals after the tentative one) or a probe tells: a Once set by that run and
    // taken on the same tick shows a terminal run, on the next tick the periodic one. With
    // HandleCommand callback runs carry their argument, and a run without one is periodic.
    // (a new instance's first run reads its interval here, so that run can set the phase too, F31)
    const f = rt.UpdateFrequency;
    if (this.Runs === 0) this.perOk = (this.gap = gapOf(f)) === 1;
    // a frequency the script changed since the last run is seen before this run is classified (F46)
    if ((f & UpdateFrequency.Update100) === 0) this.slow = 0;
    if (gapOf(f) !== this.gap) this.regap(f);
    const t: int = this.Now + el;
    const d: int = t - this.lastPer;
    const cb = drop && (pu || (this.cbOn && pr));
    // (d % gap: NaN, never 0, while gap is 0)
    const dm = d % this.gap === 0;
    // a message waiting on a later run of a tick whose earlier run found none came after that run: it was not the
    // update run (an operator's), so the Update100 phase it moved there is the one before (F89)
    if (el > 0) this.slowWas = this.lastSlow;
    else if (cb && this.lastSlow === t) this.lastSlow = this.slowWas;
    // a whole number of intervals after the tentative phase
    const whole = this.lastPer >= 0 && d > 0 && dm;
    const onF = this.gap === 1 || (this.perOk && dm);
    // each flag has its own phase: a run on the slower flag's is periodic too (F32)
    // (x % slow: NaN, never 0, while slow is 0)
    const on = onF || (this.lastSlow >= 0 && (t - this.lastSlow) % this.slow === 0);
    // a copy that holds (or is about to take or resume) the role sets no probe: its phase, not confirmed, is
    // the run it took the role on or a later periodic one; a run with something of the manager's whole
    // intervals after it is periodic too (config #9 at 9301: the Update100 run after a wake, a query waiting)
    const tent = !this.perOk && whole && (this.Role === ACTIVE || this.due > 0);
    let per = false;
    // the update run (the Once this copy set is gone): periodic only on the phase, if it is known
    let upd = false;
    if (user || m || this.gap === 0) m = m || (this.gap === 0 && !user && (this.once || cb));
    else if (this.once && (f & UpdateFrequency.Once) !== 0) m = cb || (el === 0 && this.cbAt === t);
    else if (this.once) {
      upd = true;
      this.once = false;
      // (on another flag's known phase it is that flag's periodic run, a probe's too: F66)
      m = !on && !tent;
      // the Once a periodic-or-terminal run set while the phase is not confirmed (a probe): taken on its
      // tick, that run was a terminal one; on the next tick, it was the periodic one. (A probe set at tick
      // 0 of an instance tells nothing: a world's first tick may have no update run after its terminal
      // runs, F34; pt -1 is none, F30.)
      if (!this.perOk && (this.pt === t || this.pt === 0)) this.lastPer = -1;
      else if (!this.perOk && this.pt > 0 && this.pt === t - 1) this.phase(t - 1);
      else if (tent) this.phase(t);
      this.pt = -1;
    } else if (drop && el === 0 && this.cbAt === t && !cb) {
      m = true;
      // (a tentative phase only, unless whole intervals after the last one: the first run may have been another
      // script's TryRun, F61)
      if (this.amb === t && !this.perOk) {
        this.lastPer = t;
        this.perOk = whole;
      }
    } else if (cb) {
      m = !on && !tent;
      if (onF || tent) this.phase(t);
      this.amb = t;
      // on the known phase an active copy's run may be another script's TryRun before the update run: a Once marks
      // that update run (F56; not on a standby: its update run does not run the script's logic)
      if ((on || tent) && this.perOk && this.Role === ACTIVE) this.armOnce();
    } else per = true;
    this.mgr = m;
    // a periodic run off the confirmed Update10 phase: with HandleCommand the Update100 run (F46); in the drop-in
    // usage that or an operator's run, which moves a tentative Update100 phase (the run the copy took the role on may
    // have been an operator's, F70) and confirms none: two operator's runs an interval apart look like it, the
    // Update100 runs merged with Update10 ones or come before the Update10 phase was known (F77)
    if (per && this.slow > 0 && this.perOk && !dm) {
      if (!drop || !this.slowOk) this.lastSlow = t;
      this.slowOk = this.slowOk || !drop;
    } else if (per && (onF || !on)) {
      // (a run on the slower flag's phase only tells nothing of the faster flag's; an interval after the last run,
      // not more: after a gap (off, lag) an operator's run is not the periodic one, F85)
      if (!drop || whole || (el === this.gap && this.Runs > 0)) this.phase(t);
      else if (!this.perOk) {
        this.lastPer = t;
        // (not on an active copy, nor on the run a decided one takes the role on: after a terminal run that
        // Once would merge with the tick's periodic run and swallow it, storm #98 and operator #184 at 9205;
        // the copy learns the phase from a run an interval after the last one)
        if (this.due === 0 && this.Role !== ACTIVE) this.armOnce();
      }
      this.pt = t;
    }
    // the kind of this run is known: a takeover on it neither swallows a periodic run nor acts on one of
    // the manager's (F27). With HandleCommand any run but an update run before the phase is known; in the
    // drop-in usage only a known phase will do (a run with a message waiting could be the periodic one,
    // and a terminal run's tick may end with a periodic run merged into its probe's Once: storm #98 at 9205),
    // or a periodic-or-terminal run (nothing of the manager's pending: the script's either way) once the copy
    // has decided, which then sets no probe (F31b: the role on the first periodic run after a world load)
    this.known = this.perOk || (!drop && !upd) || (per && this.due > 0);
    this.step(el);
    this.lastIc = rt.CurrentInstructionCount;
  }

  /** The periodic runs' phase, confirmed at tick `t`. */
  private phase(t: int): void {
    // (Update10 added to an Update100 whose phase is not known: a periodic run may be either flag's, so only one a
    // whole number of intervals after the last, or an interval after the one before, confirms the Update10 phase;
    // the other of those two, off it, was the Update100 run (F46's rule); with HandleCommand too, F72)
    const two = this.slow > 0 && this.lastSlow < 0;
    const a = this.lastPer;
    const b = this.prevPer;
    const wa = a >= 0 && t > a && (t - a) % 10 === 0;
    this.perOk = !two || wa || (b >= 0 && t - b === 10);
    const o: int = wa ? b : a;
    if (two && this.perOk && o >= 0 && (t - o) % 10 !== 0) {
      this.lastSlow = o;
      this.slowOk = this.hc;
    }
    this.prevPer = two && !this.perOk ? a : -1;
    this.lastPer = t;
  }

  /** The script changed its UpdateFrequency: a new interval has a new phase (with Update1 every tick is on it). */
  private regap(f: UpdateFrequency): void {
    const g = this.gap;
    this.gap = gapOf(f);
    // Update10 added to Update100 (the warm-up pattern): Update100 keeps its phase, the slower one now;
    // Update10 taken off again: that phase is the periodic runs' again
    // (an active copy keeps its tentative phase too, not confirmed: the run it took the role on, F45)
    const kept: int = g === 100 && (this.perOk || this.Role === ACTIVE) ? this.lastPer : this.gap === 100 ? this.lastSlow : -1;
    this.slow = this.gap === 10 && (f & UpdateFrequency.Update100) !== 0 ? 100 : 0;
    this.lastSlow = this.slow > 0 ? kept : -1;
    const ok = this.perOk;
    this.perOk = this.gap === 1 || (this.gap === 100 && kept >= 0 && this.slowOk);
    this.slowOk = ok;
    this.lastPer = this.gap === 100 ? kept : -1;
    // a Once set by the last run was no probe of the new flag's phase (F93: the watch's, merged with its first run)
    this.pt = -1;
  }

  protected override takeDue(): boolean {
    if (this.due === 0) return false;
    // (a copy that may be active, seen down, works again: it may have missed no run, so not know it was
    // away, and our messages meanwhile may have been dropped: ask again before taking the role, F50)
    if (this.known && this.rejoined()) this.query();
    else if (this.known) this.becomeActive(this.due > 1);
    return true;
  }

  /** A peer last heard as active (or resuming) and seen down works again. */
  private rejoined(): boolean {
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      if (q.DownAt >= 0 && (q.Role === MA || q.Role === MQ) && !this.down(q)) return true;
    }
    return false;
  }

  protected override defer(resume: boolean): boolean {
    // not on a run whose kind is not known (see refresh): the copy takes the role on its next run that
    // is known, at the latest its first periodic run (listening meanwhile, sending nothing)
    if (this.known || this.gap <= 1) return false;
    this.Role = LISTENING;
    this.due = resume ? 2 : 1;
    return true;
  }

  protected override probe(k: int): boolean {
    // (not before the periodic runs' phase is confirmed: with a Once on every tick no run would
    // show it, and a periodic run would look like one of the manager's; each flag's, F46: Update100's confirmed,
    // not the tentative one an active copy keeps (the run it took the role on may have been an operator's, F70),
    // or on the Update10 phase with no run off that phase for an interval (then its runs fall on it); but on a
    // periodic-or-terminal run before the phase is confirmed, e.g. the first periodic one after a world load that
    // took the role, that Once is the probe that confirms it on the next tick, F47; not for a listening copy (L, or Y
    // after a handover, F74), which says A at once if it takes the role: after an operator's run that Once would merge with the tick's periodic
    // run and swallow it, F63)
    return this.perOk ? this.slow === 0 || this.slowOk || (this.lastSlow >= 0 && this.Now - this.lastSlow > 100 && (this.lastPer - this.lastSlow) % 10 === 0) : this.pt === this.Now && !this.mgr && k !== ML && k !== MY;
  }
}

/** Ticks between periodic runs at frequency `f` (0: none). */
function gapOf(f: UpdateFrequency): int {
  return GAPS[f & 7];
}
