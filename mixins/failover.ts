// Failover mixin: N Programmable Blocks run copies of one script; exactly one (the active node) does
// the work, the others stand by and take over, lowest (rank, EntityId) first. What users can count
// on: the README's "Failover" section.
//
// DESIGN
// - One message kind. Every message is `<role><rank>;<period>;<seq>;<checkpoint>`: what the sender
//   is (A active, S standby (with an active or none: the receivers treat both alike), L listening, Q listening
//   and was active before its gap, R handing over, Y listening after a handover (no candidate), T asking the active to hand over, X left the
//   group), its advertised period, and the newest checkpoint it holds. Built when something changes,
//   re-sent as the same string (no allocation). Three tags: "pbfo!<id>" (callback: the receivers run
//   on the next tick) for events (L/Q queries, A takeovers, R, T, X), "pbfo.<id>" for the active's
//   periodic messages (its checkpoints are its heartbeats) and "pbfo:<id>" for the others' (read on the
//   receiver's own runs). An older checkpoint is answered only when its sender missed it (see adopt).
// - Queries. Booting, waking after a gap, or suspecting a silent loss, a node sends L (or Q) and
//   listens 2 ticks: every live copy answers at once. Then the election is a pure function of the
//   answers: an active answered -> follow it; nobody is active, nobody follows one, and no live
//   candidate has a lower (rank, EntityId) -> take over; else wait one skew and ask again.
// - Loss. Graceful (R, X, an active saying it is standby now) and visible (the active's block is
//   gone, off, unpowered, damaged or out of scope): the lowest live candidate takes over at once.
//   Silent: the active's lease (timeout x period since its last message) runs out; the node asks
//   first (a query round, like Raft's PreVote) and takes over only if no one answers as active.
// - Runs. Only the next in line reads periodic messages by callback (exact lease); the active reads
//   them on its own runs. Runs the manager causes (message callbacks, its own Once) return Standby
//   from ActiveCheck, so the script's logic runs only on runs the script asked for.
// - Checkpoint order: (seq, text), seq 1 to 999,999,999 and then 1 again, ordered as a serial number (F97, `newer`);
//   every copy passes on the newest one it holds. A checkpoint belongs to its group:
//   one a copy carried in from another group (its id edited) is sent with seq 0, below any of the group's own (F88).
// - Size: the emitted C# is pasted into a 100,000-character PB, so the code is kept small: ints,
//   tables for the configuration, one peer object for the active node, no duplicated paths.
import {
  Blocks,
  MyGridProgram,
  MyIni,
  MyIniKey,
  MyIniParseResult,
  Out,
  UpdateFrequency,
  UpdateType,
  toDouble,
  toInt,
  type IMyBroadcastListener,
  IMyProgrammableBlock,
  type IMyTerminalBlock,
  type int,
  type long,
} from "pbts/se";
import type { MainConsole } from "./console.ts";

/** @flags */
export enum FailoverState {
  Standby = 0,
  Active = 1,
  Failover = 2,
}

/** Why this node became active (AVEVA's StartupReason). */
export enum StartupReason {
  None = 0,
  /** No saved state anywhere in the group: the script's first start. */
  FirstDeploy = 1,
  /** Saved state (Storage or a peer's checkpoint): world load or recompile. */
  WorldLoad = 2,
  /** Took over from another node that was active. */
  Failover = 3,
}

// roles: FailoverRole's values (failover-role.ts) (Role is an int, so the C# compares it with these short names)
const INVALID: int = 0;
const DISABLED: int = 1;
export const LISTENING: int = 2;
const STANDBY: int = 3;
export const ACTIVE: int = 4;
const ROLES = ["misconfigured", "disabled", "listening", "standby", "active"];
// message roles (char codes of the first letter)
export const MA: int = 65; // 'A'
const MS: int = 83; // 'S'
export const ML: int = 76; // 'L'
export const MQ: int = 81; // 'Q'
const MR: int = 82; // 'R'
const MT: int = 84; // 'T'
const MX: int = 88; // 'X'
export const MY: int = 89; // 'Y'
/** The argument of the manager's own message-callback runs (HandleCommand returns true for it). */
export const CB = "failover igc";
/** The CustomData section and the commands' first word. */
const FS = "failover";
/** What starts the manager's console lines. */
const FC = "failover: ";
// The [failover] keys as a table: per key, in KT's rows, kind (0 whole number, 1 seconds kept in ticks,
// 2 text, 3 true or false, 4 scope), default (-1: required) and range (in ticks for seconds); what a
// value must be and an example of one. Every bad value gets one message: `[failover] <key>=<value> is
// not <what>: e.g. <example>`.
const KEYS = ["id", "rank", "heartbeat", "timeout", "preempt", "preemptdelay", "scope", "enabled"];
const KT: int[] = [
  2, 0, 1, 0, 3, 1, 4, 3,
  -1, -1, 100, 3, 1, 0, 0, 1,
  0, 0, 1, 2, 0, 0, 0, 0,
  0, 1000000, 36000, 100, 0, 216000, 0, 0,
];
const WHAT = ["one line", "an integer 0 to 1000000", "seconds 0.017 to 600", "an integer 2 to 100", "true or false", "seconds 0 to 3600", "construct, connected or antenna", "true or false"];
const EX = ["miner (same on every copy)", "0 (1, 2... on others)", "1.5", "3", "false", "10", "connected", "false"];
const SCOPES = ["construct", "connected", "antenna"];

/** A copy of the script in the same group, as this node knows it. */
export class FailoverPeer {
  Rank: int = -1;
  Period: int = 100;
  /** The role letter it sent last (char code). */
  Role: int = 0;
  /** `Now` when it was last heard. */
  HeardAt: int = 0;
  Lost = false;
  /** `Now` when its block was first seen down (-1: up). */
  DownAt: int = -1;
  constructor(
    readonly Id: long,
    public Block: IMyTerminalBlock | null,
  ) {}
  get Name(): string {
    // (a block's name is never null)
    return this.Block?.CustomName ?? `#${this.Id}`;
  }
  /** Its name and rank, as the console names a copy. */
  get Tag(): string {
    return `${this.Name} (rank ${this.Rank})`;
  }
}

/**
 * The failover manager for a script that calls `HandleCommand(argument, updateSource)` first in Main on every run (as
 * every example does): the run's updateSource tells whose run it is. FailoverManager adds the drop-in usage (ActiveCheck
 * alone, failover-manager.ts), which infers that from tick arithmetic: WorkQueue on this class is 2,478 characters
 * shorter at `full` (README, Failover, "Two classes").
 */
export class Failover {
  Id = "";
  Rank: int = 0;
  HeartbeatTicks: int = 100;
  Timeout: int = 3;
  Preempt = true;
  PreemptDelayTicks: int = 0;
  /** 0 construct, 1 connected, 2 antenna (TransmissionDistance's values: `say` passes it as one). */
  Scope: int = 0;
  ConfigEnabled = true;
  /** What is wrong with the configuration and how to fix it ("" when valid). */
  ConfigError = "";
  OnActivate: ((reason: StartupReason) => void) | null = null;
  /** Orderly exits only (handover, preemption, disable, conflict); never on a crash. */
  OnDeactivate: (() => void) | null = null;
  /** A FailoverRole value (an int: the manager's C# stays short). */
  Role: int = 2; // LISTENING (a literal: the C# constructor then needs no assignment of the default fields)
  StartupReason: StartupReason = StartupReason.None;
  /** EntityId of the active node as this node knows it (0: none). */
  ActiveId: long = 0;
  /** Game ticks since construction. */
  Now: int = 0;
  Peers: FailoverPeer[] = [];
  Runs: int = 0;

  private me: long;
  /** Storage was not empty at the start. */
  private saved: boolean;
  /** The CustomData checkConfig read (set in the constructor). */
  private cd = "";
  private off = false;
  private noPreempt = false;
  // (a slow reader's queue of 25 per tag: an active that checkpoints every tick does not push the
  // standbys' messages out of it, and only the active's messages call the next in line back)
  protected lu: IMyBroadcastListener | null = null;
  protected lr: IMyBroadcastListener | null = null;
  private ls: IMyBroadcastListener | null = null;
  protected cbOn = false;
  /** A takeover waits for a run of known kind (1, 2: resuming). */
  protected due: int = 0;
  /** The last message `say` built and what it was built from: built anew when any of them differs (a key of every
   *  input cannot go stale, as a cache cleared by hand did twice, F53 and F100; steady runs allocate nothing). */
  private msg = "";
  private mk: string | null = null;
  private mc: string | null = null;
  private mp: int = 0;
  private mr: int = 0;
  private mn: int = 0;
  // runs
  /** ActiveCheck in this run: a FailoverState value (an int: its C# stays short; 3 is Active|Failover). */
  private state: int = 0;
  /** What this run looked like as HandleCommand left it (a run that reads ActiveCheck without it is another run; before
   *  the first, lastLrt's -1 is no run's). */
  protected lastTsl: long = 0;
  protected lastLrt = -1;
  protected lastIc: int = 0;
  /** The run interval now (0: no periodic flag). */
  protected gap: int = 0;
  /** This copy set Once and its run has not come yet. */
  protected once = false;
  /** This run is one of the manager's (ActiveCheck is Standby in it). */
  protected mgr = false;
  /** `Now` when a message that calls back was taken (its callback run may still come this tick; FailoverManager reads it). */
  protected cbAt: int = -1;
  private flag = false;
  /** A user argument given while no active copy was known (forwarded once one is). */
  private held: string | null = null;
  // election
  /** The active peer this node follows (valid while ActiveId is a peer's). */
  private act = new FailoverPeer(0, null);
  private activeHeard: int = 0;
  /** The active this node lost (null: none), for StartupReason.Failover. */
  private prev: FailoverPeer | null = null;
  /** When the current query round began (it ends 2 ticks later): set by each query, read only while listening
   *  after one (a copy listens with no round only before its first run and while a takeover is due), so never reset.
   *  On the active copy (free there): the script's logic waits until then, the check on a copy's return (F84). */
  private askedAt: int = 0;
  private wasActive = false;
  private wokeAt: int = 0;
  private waitUntil = 0;
  private electNow = false;
  /** What the last `choose` found: a live candidate comes first; anyone answered. */
  private wait = false;
  private heard = false;
  private yielding = false;
  /** The last tick this copy sent a message while handed over (`yielding`; the S of `failover enable` too): the others
   *  that elect in that tick still count it out of line (0: no election is held on tick 0, a new instance listens first). */
  private yAt: int = 0;
  /** When this copy became a standby (preemptdelay counts from then), or took or resumed the active role (F84). */
  private readySince: int = 0;
  // (-99999: long before tick 0, more than any period, 36,000 at most)
  private lastSent: int = -99999;
  /** (a double, and drain's loop index one: its C# then needs no `checked` block) */
  private answeredAt = -99999;
  private owe: int = 0;
  /** The checkpoint's sequence at the end of the last drain: a message read now was sent after it. */
  private had: int = 0;
  private preemptAt: int = -99999;
  /** Read only on the active copy, whose sweep sets it before any message is read (the role is taken in a step, before its sweep). */
  private watching = false;
  /** Query rounds left before a silent takeover (set by each query: a round is decided only after one). */
  private tries: int = 0;
  /** Query rounds in a row that nobody answered. */
  private silent: int = 0;
  // checkpoint
  private cpSeq: int = 0;
  /** The checkpoint came from another group (its copy's id changed, or it came so from one that did, F88): it is sent
   *  (and kept in Storage) with sequence 0, so any of this group's own wins over it whatever the sequences. */
  private fr = false;
  /** The checkpoint is cpText from cpAt on (a message it came in: cut out only when read). */
  private cpText = "";
  private cpAt: int = 0;
  private pos: int = 0;

  constructor(
    protected readonly p: MyGridProgram,
    private readonly con: MainConsole,
    private readonly ini: MyIni,
  ) {
    this.me = p.Me.EntityId;
    const s = p.Storage;
    this.saved = s !== "";
    // Storage says the group it was saved in (F92: an id edited and then a recompile or a world save before the copy
    // ran, its old instance saved before it read the edit): `:<id>\n<seq>;<checkpoint>`; the id is the saved one until
    // checkConfig reads the configured one, and another one carries the checkpoint. Storage from before F92
    // (`<seq>;<checkpoint>`, num reads it) is this group's, as it was; empty, num and adopt find no digit. (No int
    // arithmetic here: C#'s `checked` block in the constructor would keep the fields' initializers in it.)
    this.pos = this.num(s) < 0 ? `:${(this.Id = s.substring(1, s.indexOf("\n")))}\n`.length : 0;
    this.adopt(s);
    this.checkConfig();
    // ask the group at once (IGC works in the constructor): the answers, with the newest checkpoint,
    // wait in the queue for the first run, which may come up to a run interval later (a recompiled
    // copy whose holders stop before that run must not start from an empty checkpoint)
    if (this.Role === LISTENING) this.say(true);
  }

  // ================= public API =================

  /** Standby, Active, or Active|Failover on the first run after taking over. Once per run. */
  get ActiveCheck(): FailoverState {
    this.refresh();
    return this.state as FailoverState;
  }

  /**
   * Call first in Main with the run's argument and updateSource. Returns true when the script should ignore the run:
   * a `failover ...` command, the manager's own callback run, or (on a standby) an argument it
   * forwarded to the active copy, whose Main then receives it as if it had been run there. A run with
   * UpdateType.IGC and another argument is the callback of a listener of the script's own: never forwarded
   * nor held, it is the script's on every copy (false; on a standby ActiveCheck is Standby), F101.
   */
  HandleCommand(argument: string, updateSource: UpdateType): boolean {
    const a = trim(argument ?? "");
    this.classify(a, updateSource);
    // (true only for the manager's own callback run; a run of the script's own listener's callback, with another
    // argument, is the script's on every copy: never forwarded nor held, F101)
    if (a === "" || a === CB || (updateSource & UpdateType.IGC) !== 0) return a === CB;
    // `failover <verb>` (the word, then a blank: `a` is trimmed); anything else is the script's
    const sp = a.indexOf(" ");
    if (!ieq(sp < 0 ? a : a.substring(0, sp), FS)) {
      // the argument of a copy that is not active runs on the active copy (its Main gets it as if run there); held
      // while none is known. A copy out of the group (disabled, invalid: e.g. the active that leaves in the run a
      // forwarded argument brings) holds it too, and passes it to the next copy that says it is active (F29)
      if (this.Role === ACTIVE) {
        // (an argument run (not one of the manager's) in the return check's wait, F84, still reaches the script: the
        // argument was given once, to this copy; held back it was lost when the returning copy preempted, F137)
        if (this.state === 0 && !this.mgr) {
          this.state = this.flag ? 3 : 1;
          this.flag = false;
        }
        return false;
      }
      const h = this.held;
      if (h !== null) this.warn(`'${h}' not run: '${a}' replaces it`);
      this.held = a;
      this.pass(this.ActiveId);
      if (this.held !== null) this.info(`'${a}' waits for an active`);
      return true;
    }
    // (no blank: `a` is "failover" alone, an unknown command as before)
    const verb = trim(a.substring(sp, a.length));
    // (the script ignores this run: a Failover flag a takeover in its refresh set is owed to the next run it reads, F76;
    // `state` is Standby, Active or Active|Failover: above Active is the last)
    const owed = this.state > 1;
    const on = ieq(verb, "enable");
    if (ieq(verb, "status")) this.con.Info(this.StatusText());
    else if (ieq(verb, "handover")) this.StepDown();
    else if (on || ieq(verb, "disable")) {
      this.off = !on;
      // (a copy back in line says so at once: the others still count its last R or Y as no candidate, F43;
      // a copy that handed over is a standby while in line: an active one never yields)
      // (said before `yielding` is cleared: the copy elects as handed over for the rest of this tick, F91)
      // (and, a standby with no active, elects on its next run: it may be first in line, and the others wait for it, F104;
      // `electNow = true` is say's `true`, one statement: characters)
      if (on && this.yielding && this.Role >= STANDBY) this.say((this.electNow = true), "S");
      if (on) this.noPreempt = this.yielding = false;
      this.info(on ? "enabled" : "disabled ('failover enable' rejoins)");
      this.applyEnabled();
    } else this.con.Error(`unknown command '${a}' (status|handover|enable|disable)`);
    this.updateValue();
    if (owed && this.Role === ACTIVE) this.flag = true;
    return true;
  }

  /** The active node hands over in an orderly way; the next node takes over on the next tick. */
  StepDown(): void {
    this.refresh();
    // (a copy that handed over is out of the line of succession until enabled again, F33: the hint is
    // for that case; said always, it stays true)
    if (this.Role === ACTIVE && this.ahead(true)) {
      this.noPreempt = this.yielding = true;
      this.resign("until 'failover enable'");
      this.updateValue();
    } else this.warn(`handover: ${this.Role !== ACTIVE ? `this copy is ${ROLES[this.Role]}; run it on the active` : "no copy can take over ('failover enable' on one that handed over)"}`);
  }

  /** The newest checkpoint this node knows ("" when none). */
  get Checkpoint(): string {
    // (a standby that reads many checkpoints per run allocates nothing for them)
    if (this.cpAt > 0) {
      this.cpText = this.cpText.substring(this.cpAt, this.cpText.length);
      this.cpAt = 0;
    }
    return this.cpText;
  }
  /** Set on the active node: sent to every copy at once and with every heartbeat. */
  set Checkpoint(value: string) {
    const v = value ?? "";
    if (this.Role !== ACTIVE || (this.cpSeq > 0 && v === this.Checkpoint)) return;
    // (1 to 999,999,999, then 1 again: nine digits, compared by `newer`; 0 is a carried one's, F97)
    this.cpSeq = (this.cpSeq % 999999999) + 1;
    this.fr = false;
    // (cpAt is 0: the getter above cut the text, or no checkpoint was ever taken, cpSeq 0)
    this.cpText = v;
    // (it is the heartbeat too: an active that checkpoints more often than it beats sends one message per change)
    this.beat();
  }
  /** What to keep in Storage (Program.Save(): `Storage = failover.Serialize();`). Reads queued messages first. */
  Serialize(): string {
    this.drain(false);
    // (`<seq>;<checkpoint>` as messages carry it)
    return this.cpSeq === 0 ? "" : `:${this.Id}\n${this.fr ? 0 : this.cpSeq};${this.Checkpoint}`;
  }

  /** Role, rank, group, active node, heartbeat age, peers with rank and age (LOST when lost). */
  StatusText(): string {
    let s = this.line("\nActive: ");
    if (this.Role === INVALID) return s;
    if (this.ActiveId !== this.me && this.ActiveId !== 0) s += `, heartbeat ${this.Now - this.activeHeard} ticks ago`;
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      // (a peer heard (its letter is set: one found only by a takeover's scan has none), lost or not: the spec's "peers
      // seen with their ranks and ages"; the Active line names the active one, and its role is not repeated per peer)
      if (q.Role !== 0) s += `\n  ${q.Tag}${q.Lost ? " LOST" : ""}, ${this.Now - q.HeardAt} ticks ago`;
    }
    // (the configuration is not repeated here: CustomData shows it, and a bad value is its own line on every run)
    return s;
  }

  // ================= runs =================

  /**
   * Whose run this is, from updateSource and the argument (HandleCommand's run `a`, `u`): the manager's callback run
   * (its argument) and the update run of a Once it set, alone (with a periodic flag it is the script's periodic run);
   * any other run is the script's (periodic, Terminal, Trigger, Script, Mod, its own listener's callback, a Once it set).
   */
  protected classify(a: string, u: UpdateType = 0): void {
    const rt = this.p.Runtime;
    const f = rt.UpdateFrequency;
    const o = UpdateType.Once;
    this.mgr = a === CB || (u === o && this.once);
    // (our Once is still pending unless this is its run, or the script assigned UpdateFrequency, removing it: a Once run
    // later is its own)
    this.once = this.once && (u & o) === 0 && (f & UpdateFrequency.Once) !== 0;
    this.gap = GAPS[f & 7];
    this.lastTsl = rt.TimeSinceLastRun.Ticks;
    this.lastLrt = rt.LastRunTimeMs;
    this.step(toInt(toDouble(this.lastTsl) / 166666 + 0.5));
    // (the count grows within a run and starts again at each: a later read in this run is higher, a later run's first
    // read no higher, unless the script did more before it than this run's manager did)
    this.lastIc = rt.CurrentInstructionCount;
  }

  /** A run that reads ActiveCheck (or calls StepDown) without HandleCommand first is the script's (no console line: the
   *  README's usage and every example call HandleCommand first; a decision of session 27, its size at `full`). */
  protected refresh(): void {
    const rt = this.p.Runtime;
    if (rt.TimeSinceLastRun.Ticks !== this.lastTsl || rt.LastRunTimeMs !== this.lastLrt || rt.CurrentInstructionCount <= this.lastIc) this.classify("");
  }

  /** (The wake check takes the run interval now, `gap`: a flag the script added in its last run runs first within its interval, F98.) */
  protected step(el: int): void {
    this.Now += el;
    const first = this.Runs++ === 0;
    this.con.Flush();
    if (this.p.Me.CustomData !== this.cd) this.checkConfig();
    // a periodic run came later than its interval allows (+ 10% + 2 ticks of slack: 3, 13 and 112 ticks
    // for the intervals 1, 10 and 100, the only ones): runs were missed
    const woke = !first && ((this.gap > 0 && el > this.gap * 1.1 + 2) || el > this.Timeout * this.period());
    const R = this.Role;
    // back after a gap (off, throttled, paused): what is queued is old, and so is what we knew
    this.drain(R <= DISABLED ? R === INVALID : woke);
    if (first || woke) {
      // a disabled copy back from a gap still passes on the checkpoint it holds
      if (R === DISABLED && this.cpSeq > 0) this.say(false);
      else if (R > DISABLED) {
        if (woke) {
          // (listening, it still was if it was; a standby never is: standby() clears it, and only this line sets it; no console
          // line: the status says listening until the copy decides, a decision of session 27, its size at `full`)
          this.wasActive ||= R === ACTIVE;
          this.wokeAt = this.Now;
          this.ActiveId = 0;
        }
        this.query();
      }
    }
    // (FailoverManager: a takeover due since a run of unknown kind comes first)
    if (this.Role === LISTENING && !this.takeDue()) {
      if (this.Now < this.askedAt + 2) this.armOnce();
      else {
        // the round ends: every outcome ends it (a new query, standby (follow from listening) or becomeActive)
        let best = this.choose(this.askedAt);
        // nobody answered at all (alone, or this block was off while the answers came): ask twice more
        if (!this.heard && ++this.silent < 3) this.query(this.tries > 1 ? this.tries - 1 : 1);
        else {
          this.silent = 0;
          if (best !== null && (!this.wasActive || best.Role !== MQ || this.outranks(best))) this.follow(best);
          // nobody took over while we were away: carry on (no hooks: we never left)
          else if (this.wasActive) this.becomeActive(true);
          else if (this.wait) this.standby();
          else if (this.tries > 1) this.query(this.tries - 1);
          // an active heard before the round, in its lease and not seen down, may be throttled (no runs, so no
          // answer): follow it; if it is gone, its lease ends as a standby's does (F51)
          else if ((best = this.choose(-1)) === null) this.becomeActive(false);
          else this.follow(best);
        }
      }
    }
    if (this.Role === STANDBY) {
      if (this.ActiveId !== 0) {
        if (this.down(this.act)) {
          this.lose("not working or gone");
          this.elect();
        } else if (this.Now > this.activeHeard + this.Timeout * this.act.Period) {
          this.lose(`missed ${this.Timeout} heartbeats`);
          // confirm before a silent takeover: up to three query rounds (one lost message must not do)
          this.query(3);
        } else if (this.Preempt && !this.noPreempt && !this.outranks(this.act) && this.Now >= this.readySince + this.PreemptDelayTicks && this.Now - this.preemptAt >= this.period()) {
          this.preemptAt = this.Now;
          this.say(true, "T");
        }
      } else if (this.electNow) this.elect();
      else if (this.Now >= this.waitUntil) this.query();
      // (still a standby: electNow is consumed; a copy that took the role or asks the group (elect clears it; the query
      // of a silent loss keeps it for after its round, and that of waitUntil finds it false) sends no beat)
      if (this.Role === STANDBY) {
        this.electNow = false;
        if (this.Now - this.lastSent >= this.period()) this.beat();
      }
    }
    this.sweep();
    // the callback on periodic messages: while listening, and for the next in line
    const want = this.Role === LISTENING || (this.Role === STANDBY && this.act.Period >= this.gap && !this.ahead(false));
    // (the listeners are registered: a valid copy has them, and cbOn is set only on them)
    if (want !== this.cbOn) {
      if (want) this.lr!.SetMessageCallback(CB);
      else this.lr!.DisableMessageCallback();
      this.cbOn = want;
    }
    this.updateValue();
  }

  private updateValue(): void {
    this.state = this.Role !== ACTIVE || this.mgr || this.Now < this.askedAt ? 0 : this.flag ? 3 : 1;
    // (the Failover flag is read once: with the first Active)
    this.flag &&= this.state === 0;
  }

  protected armOnce(): void {
    this.p.Runtime.UpdateFrequency |= UpdateFrequency.Once;
    this.once = true;
  }

  /** Takes back the Once this copy set, if it did. */
  protected disarm(): void {
    if (this.once) this.p.Runtime.UpdateFrequency &= ~UpdateFrequency.Once;
    this.once = false;
  }

  /** One period: the heartbeat rounded up to whole run intervals (what is really sent). */
  private period(): int {
    return this.gap < 2 ? this.HeartbeatTicks : this.HeartbeatTicks + ((this.gap - (this.HeartbeatTicks % this.gap)) % this.gap);
  }

  /** `Now` + one skew (a period, at most 100 ticks, + 6): when a waiting copy asks again. */
  private afterSkew(): number {
    // (period() twice: one expression, printed as one line; in doubles, so its C# needs no `checked`)
    return toDouble(this.Now) + (this.period() < 100 ? this.period() : 100) + 6;
  }

  // ================= roles =================

  /** Ask the group (L, or Q when this node was active) and decide after 2 ticks; `tries` rounds before a takeover. */
  protected query(tries: int = 1): void {
    this.due = 0;
    this.tries = tries;
    this.Role = LISTENING;
    this.askedAt = this.Now;
    this.say(true);
    this.armOnce();
    this.status();
  }

  /**
   * The election, a pure function of the peer table: the lowest active heard since `from` (after a
   * query round, `from` >= 0: one listening that was active counts too), and in `wait` whether a live
   * candidate heard since `from` comes first (any candidate while handing over, and in a tick it said so: an S of
   * `failover enable` reaches the others on the next tick, and those that elect in this one count it out of line, F91);
   * `heard`: anyone was.
   */
  private choose(from: int): FailoverPeer | null {
    let best: FailoverPeer | null = null;
    this.wait = this.heard = false;
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      if (q.HeardAt >= from && !this.down(q)) {
        this.heard = true;
        if ((q.Role === MA || (q.Role === MQ && from >= 0)) && !q.Lost && this.Now <= q.HeardAt + this.Timeout * q.Period) {
          if (best === null || before(q.Rank, q.Id, best.Rank, best.Id)) best = q;
        } else if (this.candidate(q) && (this.yielding || this.yAt === this.Now || this.outranks(q))) this.wait = true;
      }
    }
    return best;
  }

  /** Peer `q` comes before this node in (rank, EntityId) order (never equal: a peer's EntityId is another's). */
  private outranks(q: FailoverPeer): boolean {
    return before(q.Rank, q.Id, this.Rank, this.me);
  }

  /** A live candidate comes before this node (`all`: any live candidate). */
  private ahead(all: boolean): boolean {
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      if (this.candidate(q) && (all || this.outranks(q))) return true;
    }
    return false;
  }

  private standby(): void {
    this.Role = STANDBY;
    this.ActiveId = 0;
    this.wasActive = false;
    this.readySince = this.Now;
    this.waitUntil = this.afterSkew();
    this.status();
  }

  private follow(q: FailoverPeer): void {
    const changed = this.ActiveId !== q.Id;
    if (this.Role !== STANDBY) this.standby();
    this.ActiveId = q.Id;
    this.act = q;
    this.activeHeard = this.Now;
    // (`yielding` stays: a copy that handed over is out of the line of succession until `failover
    // enable` or a new instance, and takes the role back only when no other copy can, F33)
    if (changed) {
      this.info(`active is ${q.Tag}`);
      this.status();
    }
    this.pass(this.ActiveId);
  }

  /** Graceful or visible loss: the lowest live candidate takes over now; the others wait a skew. */
  private elect(): void {
    this.electNow = false;
    // a copy that has just announced itself active (e.g. earlier in this drain) is followed
    const best = this.choose(-1);
    if (best !== null) this.follow(best);
    else if (this.wait) this.waitUntil = this.afterSkew();
    else this.becomeActive(false);
  }

  /** Takes the active role (`resume`: this node was active before a gap and nobody took over). */
  protected becomeActive(resume: boolean): void {
    this.due = 0;
    if (this.defer(resume)) return;
    const from = this.prev;
    // the Once of a query (or probe) still pending would merge with this tick's periodic run, which then could
    // not be told from a Once run and would be lost: taking the role ends what it was for (operator+handle #77 at 9301)
    this.disarm();
    this.Role = ACTIVE;
    this.ActiveId = this.me;
    this.yielding = this.wasActive = false;
    this.prev = null;
    this.say(true);
    // (readySince: on the active copy, when it took the role or resumed it, F84)
    this.lastSent = this.readySince = this.Now;
    this.status();
    this.pass(this.me);
    // copies it has not heard from may be off only briefly (a rebuilt copy knows nobody yet): watch
    // every switched-off programmable block in reach for one run interval as well (sweep); a resuming copy too: one
    // may have taken the role while it was away, and be off again (F82)
    const pbs: IMyProgrammableBlock[] = [];
    this.p.GridTerminalSystem.GetBlocksOfType(Blocks.IMyProgrammableBlock, pbs);
    for (let i: int = 0; i < pbs.length; i++) {
      const b = pbs[i];
      const id = b.EntityId;
      if (id === this.me || b.Closed || b.IsWorking) continue;
      let q = this.find(id);
      if (q === null) {
        this.Peers.push((q = new FailoverPeer(id, b)));
        q.Lost = true;
      }
      // (its block as found: a peer heard with the antenna scope while out of this grid system has none, and one without a
      // block is never seen down, so the sweep of this run took it for back and held the logic, F122)
      q.Block = b;
      // (a copy heard before, seen down, may have worked since, unseen between our runs, and be off again: the watch
      // counts from now, F71; so may a block whose CustomData names this group, never heard because this copy was off
      // when it took the role, F81; another block never heard keeps the tick the sweep first saw it down: a copy whose
      // CustomData changes reads it on its next run and asks before it acts)
      if (q.Role > 0 || b.CustomData.includes(this.Id)) q.DownAt = this.Now;
    }
    // (a copy back from a gap resumes without a console line, as it woke without one: its status says active again;
    // session 27, for size)
    if (resume) return;
    this.flag = from !== null;
    this.StartupReason = this.flag ? StartupReason.Failover : this.saved || this.cpSeq > 0 ? StartupReason.WorldLoad : StartupReason.FirstDeploy;
    this.info(this.flag ? `ACTIVE (took over from ${from!.Name}; checkpoint #${this.cpSeq})` : "ACTIVE");
    this.OnActivate?.(this.StartupReason);
  }

  /** Orderly exit from the active role: tell the group (R), run the leaving hook. */
  private resign(why: string): void {
    if (this.Role === ACTIVE) {
      // R (handed over: no candidate) only after a handover; preempted or stepping down for another active, S,
      // so the others still count it as a candidate (blocks #280 at the CI seed, after F33)
      this.say(true, this.yielding ? "R" : "S");
      this.info(`handing over (${why})`);
      // (an active copy is never wasActive nor in a query round: standby() sets only what resigning changes)
      this.standby();
      this.OnDeactivate?.();
    }
  }

  /** Out of the group (disabled, invalid, another group): an orderly exit, and X to the group. */
  private leave(why: string): void {
    this.resign(why);
    this.say(true, "X");
    this.ActiveId = 0;
  }

  /** The active is gone (`why`: null when it said so itself). */
  private lose(why: string | null): void {
    if (why !== null) this.warn(`active ${this.act.Name} lost: ${why}`);
    this.prev = this.act;
    this.ActiveId = 0;
    this.status();
  }

  /** A live copy that could take over (heard within its lease, not seen down, not leaving). */
  private candidate(q: FailoverPeer): boolean {
    return (q.Role === MS || q.Role === ML || q.Role === MT) && !q.Lost && !this.gone(q, this.Timeout);
  }

  /** Seen down, or not heard (since this node woke) for `n` periods of its own (+ run slack). */
  private gone(q: FailoverPeer, n: int): boolean {
    return this.down(q) || this.Now > Math.max(q.HeardAt, this.wokeAt) + n * q.Period + this.gap + 2;
  }

  /** The block with that EntityId in this grid system (null: none). */
  private byId(id: long): IMyTerminalBlock | null {
    return this.p.GridTerminalSystem.GetBlockWithId(id);
  }

  /** Its block is gone, off, unpowered, damaged or out of scope (not found in this grid system: out of a construct or connected scope;
   *  with the antenna scope such a copy is not seen: false). */
  protected down(q: FailoverPeer): boolean {
    let b = q.Block;
    if (b === null && this.Scope < 2) b = q.Block = this.byId(q.Id);
    // (not found: down, but with the antenna scope not seen; destroyed: down; out of this grid system: with the connected
    // scope gone, with the antenna scope not seen, even through a block found while docked and kept: it is out of reach, F105)
    return b === null ? this.Scope < 2 : b.Closed || (this.Scope > 0 && this.byId(q.Id) == null ? this.Scope === 1 : !b.IsWorking || (this.Scope === 0 && !b.IsSameConstructAs(this.p.Me)));
  }

  /**
   * One pass over the peers: those that stopped talking (or are seen down) are reported lost; peers seen
   * back are told; the active copy watches the ones that may come back unaware, and sends its heartbeat.
   */
  private sweep(): void {
    // (the role does not change in the pass: warnings and Once only)
    this.watching = false;
    let back = false;
    let fell = false;
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      const k = q.Role;
      const b = q.Block;
      if (!this.down(q)) {
        // on the active copy: a copy not heard since this one took the role (the A it sent then may have been dropped
        // there) works again: it may have taken the role meanwhile, unseen between its own runs, and be active unaware of
        // this one. Told at once (below), it steps down or answers A (then this one does) within 2 ticks: the script's
        // logic waits that long (a standby answers nothing: one run of work lost), F84; not for a block never heard whose
        // CustomData names no such group (another script's PB: as in the takeover's sweep, F112)
        // (with the antenna scope a copy seen down that leaves this grid system is not seen: not seen back either, F114)
        if (q.DownAt >= 0 && (this.Scope < 2 || this.byId(q.Id) != null)) {
          back = true;
          if (q.HeardAt < this.readySince && this.Role === ACTIVE && (k > 0 || b!.CustomData.includes(this.Id))) this.askedAt = this.Now + 2;
        }
        q.DownAt = -1;
      } else {
        if (q.DownAt < 0) {
          q.DownAt = this.Now;
          // (read by a standby only)
          fell = true;
        }
        // on the active copy: a copy that may have been active (not known as a standby) and is seen switched
        // off, unpowered or damaged may work again before it misses a run, and then cannot know it was away:
        // watch it (Once runs) for one run interval (+ the slack of the wake check). Any copy seen back is
        // told at once (the higher steps down; a standby gets the checkpoint before it wakes and decides). A letter
        // heard before this copy's own last gap is no guide: the copy may have taken the role while we were away, F83
        // (k < MR || k > MT: not R, S or T, whose codes are 82-84)
        if (this.Role === ACTIVE && b !== null && !b.Closed && (q.HeardAt < this.wokeAt || ((k < MR || k > MT) && k !== MX)) && this.Now - q.DownAt <= 115) {
          this.watching = true;
          // (FailoverManager's drop-in usage: not while its Once would hide the periodic phase)
          if (this.probe(k)) this.armOnce();
        }
      }
      if (!q.Lost && q.Id !== this.ActiveId && this.gone(q, this.Timeout + 1)) {
        q.Lost = true;
        this.warn(`peer ${q.Tag} lost`);
      }
    }
    if (this.Role === ACTIVE && this.Now - this.lastSent >= this.period() - this.gap / 2) this.beat();
    // a copy seen back (up again, or in scope after a merge) is told at once: it gets the newest
    // checkpoint before it decides, and two actives meet at once
    if (back && this.Role >= STANDBY) this.say(true);
    // a standby with no active that sees the last copy it waited for go down takes over now (not
    // from it: unheard, it may have died before it decided)
    if (fell && this.Role === STANDBY && this.ActiveId === 0 && !this.ahead(this.yielding)) {
      this.elect();
      // (taken here, after the pass: pass again, so the copies it saw go down are watched, F48)
      if (this.Role === ACTIVE) this.sweep();
    }
  }

  /** A takeover is due and this run takes it (or asks again) instead of the query round's: never with updateSource. */
  protected takeDue(): boolean {
    return false;
  }

  /** The takeover waits for a run of known kind (`resume`: as becomeActive's): with updateSource every run's is. */
  protected defer(resume: boolean): boolean {
    return false;
  }

  /** The watch may set Once now (letter `k` of the copy watched): with updateSource a Once run alone is always told apart. */
  protected probe(k: int): boolean {
    return true;
  }

  /** Runs the held argument on the active copy `id` (0: none known), once. */
  private pass(id: long): void {
    const a = this.held;
    if (a === null || id === 0) return;
    this.held = null;
    const b = id === this.me ? null : this.byId(id);
    if (b instanceof IMyProgrammableBlock && b.TryRun(a)) this.info(`'${a}' forwarded to the active ${b.CustomName}`);
    // (in reach but its script does not run: dead, not yet known lost; the next active copy gets it, F99)
    else if (b !== null) this.held = a;
    else this.warn(`'${a}' not run: ${id === this.me ? "active now, run it again" : "active out of reach"}`);
  }

  // ================= messages =================

  /** Sends this node's message (urgent: on the callback tag). Its letter is its state's but for an event's, `e` (X leaving,
   *  R or S resigning, T preempting, S back in line): A, L (Q: active before its gap, Y: handed over, so no candidate), X
   *  disabled; a standby R (handed over, last in line) or S. */
  private say(urgent: boolean, e: string | null = null): void {
    // (by role: X below listening, A above standby, then listening or standby)
    const k = e ?? (this.Role < LISTENING ? "X" : this.Role > STANDBY ? "A" : this.Role < STANDBY ? (this.wasActive ? "Q" : this.yielding ? "Y" : "L") : this.yielding ? "R" : "S");
    const per = this.period();
    const n: int = this.fr ? 0 : this.cpSeq;
    if (k !== this.mk || per !== this.mp || this.Rank !== this.mr || n !== this.mn || this.Checkpoint !== this.mc) {
      this.mk = k;
      this.mp = per;
      this.mr = this.Rank;
      this.mn = n;
      this.mc = this.Checkpoint;
      this.msg = `${k}${this.Rank};${per};${n};${this.Checkpoint}`;
    }
    // (sent on the listener's tag: null before the first valid configuration, which registers all three)
    const l = urgent ? this.lu : k === "A" ? this.lr : this.ls;
    if (this.yielding) this.yAt = this.Now;
    // (Scope's values are TransmissionDistance's: 0 CurrentConstruct, 1 ConnectedConstructs, 2 AntennaRelay)
    if (l !== null) this.p.IGC.SendBroadcastMessage(l.Tag, this.msg, this.Scope);
  }

  /** Sends this node's periodic message (not urgent): the period counts from now. */
  private beat(): void {
    this.say(false);
    this.lastSent = this.Now;
  }

  /** Reads the queues; `stale`: only take checkpoints (the messages waited while we did not run). */
  private drain(stale: boolean): void {
    // periodic messages first: an event (R, T, X...) sent in the same run supersedes them (a role
    // change always sends one, so the periodic queues' order between them does not matter)
    for (let i = 0; i < 3; i++) {
      const l = i < 1 ? this.ls : i < 2 ? this.lr : this.lu;
      while (l !== null && l.HasPendingMessage) {
        const m = l.AcceptMessage();
        if (i === 2 || (i === 1 && this.cbOn)) this.cbAt = this.Now;
        this.onMessage(m.Source, m.As<string>(), i === 2, stale);
      }
    }
    // answer a query (1), another active (2) or a missed checkpoint (4, at most once per period) once per
    // tick, after both queues: with the newest checkpoint (the active on both tags: a lost answer would let
    // the asking copy take over beside it; a disabled copy is out of the group but still passes on its
    // checkpoint). The answer on the periodic tag is this copy's periodic message too
    // (answeredAt is at most Now: a tick since it, or a period for a missed checkpoint alone, owe 4)
    if (this.owe > 0 && this.Now - this.answeredAt >= (this.owe === 4 ? this.period() : 1) && (this.Role !== DISABLED || this.cpSeq > 0)) {
      this.answeredAt = this.Now;
      if (this.owe !== 2) this.beat();
      if ((this.owe & 2) > 0 && this.Role === ACTIVE) this.say(true);
    }
    this.owe = 0;
    this.had = this.cpSeq;
  }

  private onMessage(src: long, d: string, urgent: boolean, stale: boolean): void {
    if (d == null || d.length < 5 || src === this.me) return;
    this.pos = 1;
    const k: int = toInt(d.charCodeAt(0));
    const rank = this.num(d);
    const per = this.num(d);
    const missed = this.adopt(d);
    // (no copy of the role: nothing changes it before the reactions at the end (pass runs another PB's script), and
    // each reaction reads it before it acts)
    // a copy out of the group passes an argument it holds to the copy that says it is active (F29)
    if (this.Role <= DISABLED && k === MA) this.pass(src);
    if (rank < 0 || per < 1 || stale || this.Role === INVALID) return;
    if (urgent && (k === ML || k === MQ || k === MY)) this.owe |= this.Role === ACTIVE ? 3 : 1;
    // a missed checkpoint matters when its sender could take over before the active's next message
    // carries ours: it is the active, or comes before this copy, or no active is known
    const lower = before(rank, src, this.Rank, this.me);
    if (missed && (k === MA || this.ActiveId === 0 || lower)) this.owe |= 4;
    if (this.Role === DISABLED) return;
    let q = this.find(src);
    const known = q !== null;
    q ??= new FailoverPeer(src, this.byId(src));
    // sent before a split or a switch-off and read later: the sender is out of scope or down now (an
    // active seen off or gone is the one a takeover comes from, F26; one out of scope is not; known as active, so
    // watched by the copy that takes over, F64)
    if (this.down(q)) {
      if (k === MA && (q.Block === null || q.Block.Closed || !q.Block.IsWorking)) {
        this.prev = q;
        q.Role = k;
      }
      return;
    }
    if (!known) this.Peers.push(q);
    if (!known || q.Lost) this.info(`peer ${q.Name}${known ? " is back" : " joined"}`);
    if (q.Rank !== rank) {
      if (rank === this.Rank) this.warn(`${q.Name} also has rank ${rank}: give each its own rank`);
      // (a standby with no active may have waited for it: elect again, F90)
      if (known && this.Role === STANDBY) this.electNow = true;
    }
    // (X: out of the group; nothing below reads Lost before the X's own lines at the end)
    q.Lost = k === MX;
    q.HeardAt = this.Now;
    q.Rank = rank;
    q.Period = per;
    q.Role = k;
    if (k === MA) {
      // two actives hear each other: the higher (rank, EntityId) steps down at once (a standby with no active now: it
      // follows q below)
      if (this.Role === ACTIVE && lower) {
        this.warn(`${q.Tag} is also active`);
        this.resign("two actives");
      }
      if (this.Role === ACTIVE) this.owe |= 2;
      // (the active this copy follows is `act`, the peer with its id, whose rank was just set: `before` says whether q
      // comes first, or is it)
      else if (this.ActiveId === 0 || !before(this.act.Rank, this.ActiveId, rank, src) || this.Role === LISTENING) this.follow(q);
    } else if (src === this.ActiveId && k === MQ) this.activeHeard = this.Now;
    else if (src === this.ActiveId && this.Role === STANDBY) {
      // the active says it is no longer active (R handover, X left, or a standby now)
      if (k === MR) this.info(`${q.Name} handed over`);
      this.lose(null);
      this.electNow = true;
    }
    // (not while watching a copy that may come back unaware: the preempting copy asks again)
    else if (k === MT && this.Role === ACTIVE && !this.watching && lower) this.resign(`preempted by ${q.Tag}`);
    if (k === MX) {
      // (the candidate a standby with no active waited for may be this one: elect again, F28)
      if (this.Role === STANDBY) this.electNow = true;
      this.info(`peer ${q.Tag} left`);
    }
  }

  /**
   * Takes the checkpoint at `pos` ("<seq>;<text>") when newer than ours. True when its sender missed ours:
   * older than what this copy held at its last drain (sent after that, so a message read late is not
   * taken for a stale sender, and a group where every copy reads the active's messages answers nothing).
   */
  private adopt(d: string): boolean {
    const seq = this.num(d);
    // (ours counts as what we send: 0 when carried; two carried ones, from whatever groups, are ordered by their text)
    let c: int = newer(seq, this.fr ? 0 : this.cpSeq);
    if (seq < 0) return false;
    if (c === 0) {
      // same sequence (a split group): the larger text wins everywhere (the getter cuts cpText to the checkpoint)
      c = d.length - this.pos - this.Checkpoint.length;
      // (equal texts, the usual case, in one counted call: F96)
      if (!d.endsWith(this.cpText)) for (let i: int = this.pos; c === 0 && i < d.length; i++) c = toInt(d.charCodeAt(i) - this.cpText.charCodeAt(i - this.pos));
    }
    if (c <= 0) return c < 0 && (newer(seq, this.had) < 0 || this.cpSeq === this.had);
    // (one with sequence 0 and a text is a carried one: held with a sequence, it counts as a checkpoint, F88)
    this.fr = seq === 0;
    this.cpSeq = seq > 0 ? seq : 1;
    this.cpText = d;
    this.cpAt = this.pos;
    return false;
  }

  /** Reads digits at `pos` and skips the ';' after them; -1 when there are none. (charCodeAt past the end is NaN: no digit)
   *  A longer number gives its last nine digits (a sequence of ten, Storage saved before F97's fix, goes on from there). */
  private num(s: string): int {
    let v: int = 0;
    const a: int = this.pos;
    // (c: the code at pos, also where the loop stops; then pos goes past it: pos <= length when the loop stopped before the end)
    let c = 0;
    for (; (c = s.charCodeAt(this.pos)) >= 48 && c <= 57; this.pos++) v = (v % 100000000) * 10 + toInt(c - 48);
    return this.pos++ === a || (this.pos <= s.length && c !== 59) ? -1 : v;
  }

  private find(id: long): FailoverPeer | null {
    for (let i: int = 0; i < this.Peers.length; i++) {
      const q = this.Peers[i];
      if (q.Id === id) return q;
    }
    return null;
  }

  // ================= configuration =================

  private checkConfig(): void {
    const oldId = this.Id;
    // (at construction the role is listening with no id: leaving then is a no-op, no tags yet and not active)
    const wasValid = this.Role !== INVALID;
    const r = this.Rank;
    const sc = this.Scope;
    this.cd = this.p.Me.CustomData;
    const e = this.parse();
    if (e !== "" && e !== this.ConfigError) this.con.Error(FC + e);
    this.ConfigError = e;
    if (e !== "") {
      this.leave(ROLES[INVALID]);
      this.Role = INVALID;
    } else {
      // a new rank is told at once: after a handover the others wait for the copy they think next in line (F90; never
      // at construction: the role is listening then); so is a new scope: the copies it reaches now hear it before they act (F136)
      if ((r !== this.Rank || sc !== this.Scope) && this.Role >= STANDBY) this.say(true);
      // (the role is still the one wasValid read: parse does not change it)
      if (!wasValid) this.Role = LISTENING;
      if (oldId !== this.Id || this.lu === null) {
        if (wasValid) this.leave("id changed");
        // (after the X: what it holds is the old group's, a carried checkpoint in the new one; the old id is "" only at the
        // first id with no group in Storage)
        this.fr = this.fr || (oldId !== "" && oldId !== this.Id);
        this.lu = this.listen(this.lu, "!");
        this.lu.SetMessageCallback(CB);
        this.lr = this.listen(this.lr, ".");
        this.ls = this.listen(this.ls, ":");
        this.cbOn = false;
        this.Peers.length = 0;
        // (ActiveId is 0 here: `leave` cleared it, or the copy was invalid (it left then) or new)
        // a new group is asked first, like at boot (left as a standby, it took the role on the first X it read, F38)
        if (this.Role > DISABLED) this.Role = LISTENING;
      }
      this.applyEnabled();
      // (back from invalid, or a new group: ask it, as at boot)
      if ((!wasValid || oldId !== this.Id) && this.Runs > 0 && this.Role === LISTENING) this.query();
    }
    this.status();
  }

  /** The listener for the group's tag of kind `k` (`pbfo<k><id>`), in place of `l` (the old group's, null at the first). */
  private listen(l: IMyBroadcastListener | null, k: string): IMyBroadcastListener {
    // (what waits unread is the old group's: a disabled listener keeps it, and registering the tag again gives the
    // same one, so back in that group the copy read a handover queued when it left as news and took the role, F107)
    while (l !== null && l.HasPendingMessage) l.AcceptMessage();
    if (l !== null) this.p.IGC.DisableBroadcastListener(l);
    return this.p.IGC.RegisterBroadcastListener(`pbfo${k}${this.Id}`);
  }

  private applyEnabled(): void {
    const on = this.ConfigEnabled && !this.off;
    // (an invalid copy stays so: neither branch)
    if (!on && this.Role > DISABLED) {
      this.leave("disabled");
      this.Role = DISABLED;
      this.status();
    } else if (on && this.Role === DISABLED) {
      this.Role = LISTENING;
      // (back in line and preempting, as after 'failover enable': the README's way back after a handover, F87)
      this.wasActive = this.yielding = this.noPreempt = false;
      if (this.Runs > 0) this.query();
    }
  }

  /** Reads [failover] of `cd` into the fields; returns "" or one line: what is wrong and how to fix it. */
  private parse(): string {
    // (TryParse clears the MyIni first; the text it holds unchanged since it parsed it is not read again)
    const r = new Out<MyIniParseResult>();
    // (MyIni names the line it stopped at, or a blank line just before it, and what its rule wants: one hint adds the
    // rules its errors do not name)
    if (!this.ini.TryParse(this.cd, r)) return `CustomData is not valid INI (${r.value.ToString()}): from that line on: only ';' in column 1 starts a comment; no line of only blanks`;
    if (!this.ini.ContainsSection(FS)) return `CustomData needs lines [failover], id=miner, rank=0`;
    const keys: MyIniKey[] = [];
    this.ini.GetKeys(FS, keys);
    for (let n: int = 0; n < keys.length; n++) {
      // (l: the keys KEYS[j] failed so far, the message's list once the last one, at 7, has)
      let l = "";
      for (let j: int = 0; !ieq(keys[n].Name, KEYS[j]); j++) {
        l += `${j > 0 ? "," : ""} ${KEYS[j]}`;
        if (j > 6) return `[failover] unknown key '${keys[n].Name}'; keys:${l}`;
      }
    }
    const d = new Out<number>();
    const b = new Out<boolean>();
    const x: int[] = [];
    let id = "";
    for (let i: int = 0; i < 8; i++) {
      const k = KEYS[i];
      const t = KT[i];
      let v: int = KT[i + 8];
      let s = "";
      // (a ';' or '#' with no blank before it, so part of the value)
      let kept = false;
      if (this.ini.ContainsKey(FS, k)) {
        // the value without a trailing ` ; comment` or ` # comment`, trimmed (MyIni has no inline comments)
        const raw = this.ini.Get(FS, k).ToString();
        // (e: where a ';' or '#' follows a blank (or starts the value); pr: the code before ch)
        let e: int = 0;
        for (let pr = 32; e < raw.length; e++) {
          const ch = raw.charCodeAt(e);
          if (ch === 59 || ch === 35) {
            if (pr === 32 || pr === 9) break;
            kept = true;
          }
          pr = ch;
        }
        s = trim(raw.substring(0, e));
        this.ini.Set(FS, k, s);
        const iv = this.ini.Get(FS, k);
        // (the id, the one text, is kept for the fields; one of several lines, a MyIni '|' value, would not survive
        // Storage, which keeps its first line: F94)
        v = t === 2 && (id = s) !== "" && !s.includes("\n") ? 0 : -1;
        // (v is -1 here but for an id)
        if (t === 3) v = !iv.TryGetBoolean(b) ? -1 : b.value ? 1 : 0;
        else if (t === 4) {
          for (let w: int = 0; w < 3; w++) if (ieq(s, SCOPES[w])) v = w;
        } else if (t < 2 && iv.TryGetDouble(d) && !s.includes(",")) {
          // (MyIni reads ',' as a digit group separator, 1,5 as 15: refused, never misread)
          const f = t > 0 ? d.value * 60 : d.value;
          if (f >= KT[i + 16] && f <= KT[i + 24] && (t > 0 || f % 1 === 0)) v = toInt(f + 0.5);
        }
      }
      // (the hint: a ';' or '#' with no blank before it is part of the value: say how a comment is written)
      if (v < 0)
        return `[failover] ${i < 2 && s === "" ? `needs ${k}` : `${k}=${s} is not ${WHAT[i]}${kept ? " (a comment needs a blank before it)" : t < 2 && s.includes(",") ? " (no ',' in numbers)" : ""}`}: e.g. ${k}=${EX[i]}`;
      x.push(v);
    }
    this.Id = id;
    this.Rank = x[1];
    this.HeartbeatTicks = x[2];
    this.Timeout = x[3];
    this.Preempt = x[4] === 1;
    this.PreemptDelayTicks = x[5];
    this.Scope = x[6];
    this.ConfigEnabled = x[7] === 1;
    return "";
  }

  /** Role, rank and `sep` + the active copy; the configuration error while invalid. */
  private line(sep: string): string {
    return `Failover${this.Role === INVALID ? `: ${this.ConfigError}` : ` '${this.Id}': ${ROLES[this.Role]}, rank ${this.Rank}${sep}${this.ActiveId === this.me ? "this node" : this.ActiveId !== 0 ? this.act.Tag : "none"}`}`;
  }

  private status(): void {
    this.con.SetStatus(this.line("; active: "));
  }

  /** A line on the console, marked as the manager's. */
  private info(s: string): void {
    this.con.Info(FC + s);
  }

  private warn(s: string): void {
    this.con.Warn(FC + s);
  }
}

/** Ticks between periodic runs (0: none) for each set of the three periodic flags, Update1, Update10, Update100 (1, 2,
 *  4): the fastest's. At frequency `f`, `GAPS[f & 7]`. */
export const GAPS: int[] = [0, 1, 10, 1, 100, 1, 10, 1];

/** (rank, EntityId) order: true when a comes first. */
function before(ra: int, ia: long, rb: int, ib: long): boolean {
  return ra < rb || (ra === rb && ia < ib);
}

/** > 0 when checkpoint sequence a is newer than b, < 0 when older: they wrap (999,999,999 then 1), so they compare as
 *  serial numbers (RFC 1982: a is newer when less than half the circle ahead, F97); 0 (a carried one) is older than any. */
function newer(a: int, b: int): int {
  return a > 0 && b > 0 && Math.abs(a - b) > 499999999 ? b - a : a - b;
}

/** `a` is `lower` (lowercase ASCII letters only) in any case (no Unicode case mapping): a letter's code | 32 is its lowercase. */
function ieq(a: string, lower: string): boolean {
  // (past the end of `lower` its code is NaN: no match)
  let i: int = 0;
  while (i < a.length && (toInt(a.charCodeAt(i)) | 32) === lower.charCodeAt(i)) i++;
  return i === a.length && i === lower.length;
}

/** Trims blanks (spaces, tabs, line ends). */
function trim(s: string): string {
  let a: int = 0;
  let b: int = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return s.substring(a, b);
}
