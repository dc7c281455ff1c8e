// Failover mixin: N Programmable Blocks run copies of one script; exactly one (the active node) does
// the work, the others stand by and take over, lowest (rank, EntityId) first. What users can count
// on: the README's "Failover" section.
//
// DESIGN
// - One message kind. Every message is `<role><rank>;<period>;<seq>;<checkpoint>`: what the sender
//   is (A active, S standby following an active, W standby with no active, L listening, Q listening
//   and was active before its gap, R handing over, T asking the active to hand over, X left the
//   group), its advertised period, and the newest checkpoint it holds. Built when something changes,
//   re-sent as the same string (no allocation). Two tags: "pbfo!<id>" (callback: the receivers run
//   on the next tick) for events (L/Q queries, A takeovers, R, T, X) and "pbfo.<id>" (read on the
//   receiver's own runs) for the periodic messages and answers.
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
// - Checkpoint order: (seq, text); every copy passes on the newest one it holds.
import {
  Blocks,
  MyGridProgram,
  MyIni,
  MyIniKey,
  MyIniParseResult,
  Out,
  TransmissionDistance,
  UpdateFrequency,
  toDouble,
  toInt,
  type IMyBroadcastListener,
  IMyProgrammableBlock,
  type IMyTerminalBlock,
  type int,
  type long,
} from "pbts/se";
import type { IConsole } from "./console.ts";

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

export enum FailoverRole {
  Invalid = 0,
  Disabled = 1,
  Listening = 2,
  Standby = 3,
  Active = 4,
}

const MA = 65; // 'A'
const MS = 83; // 'S'
const MW = 87; // 'W'
const ML = 76; // 'L'
const MQ = 81; // 'Q'
const MR = 82; // 'R'
const MT = 84; // 'T'
const MX = 88; // 'X'
/** The argument of the manager's own message-callback runs (HandleCommand returns true for it). */
export const FAILOVER_CALLBACK = "failover igc";
const KEYS = ["id", "rank", "heartbeat", "timeout", "preempt", "preemptdelay", "scope", "enabled"];
const EXAMPLE = "e.g. [failover] id=miner rank=0 (one key per line)";

/** A copy of the script in the same group, as this node knows it. */
export class FailoverPeer {
  readonly Id: long;
  Rank: int = 0;
  Period: int = 100;
  /** The role letter it sent last (char code). */
  Role: int = 0;
  /** `Now` when it was last heard. */
  HeardAt: int = 0;
  Lost = false;
  Warned = false;
  /** `Now` when its block was first seen down (-1: up). */
  DownAt: int = -1;
  Block: IMyTerminalBlock | null;
  Msg = "";
  constructor(id: long, block: IMyTerminalBlock | null) {
    this.Id = id;
    this.Block = block;
  }
  get Name(): string {
    const b = this.Block;
    return b != null ? b.CustomName : `#${this.Id}`;
  }
}

export class FailoverManager {
  Id = "";
  Rank: int = 0;
  HeartbeatTicks: int = 100;
  Timeout: int = 3;
  Preempt = true;
  PreemptDelayTicks: int = 0;
  /** 0 construct, 1 connected, 2 antenna. */
  Scope: int = 0;
  ConfigEnabled = true;
  /** What is wrong with the configuration and how to fix it ("" when valid). */
  ConfigError = "";
  OnActivate: ((reason: StartupReason) => void) | null = null;
  /** Orderly exits only (handover, preemption, disable, conflict); never on a crash. */
  OnDeactivate: (() => void) | null = null;
  Role: FailoverRole = FailoverRole.Listening;
  StartupReason: StartupReason = StartupReason.None;
  /** EntityId of the active node as this node knows it (0: none). */
  ActiveId: long = 0;
  /** Game ticks since construction. */
  Now: int = 0;
  Peers: FailoverPeer[] = [];
  Runs: int = 0;
  readonly HadSavedState: boolean;

  private readonly p: MyGridProgram;
  private readonly con: IConsole;
  private readonly ini: MyIni;
  private readonly me: long;
  private readonly keys: MyIniKey[] = [];
  private cd: string | null = null;
  private off = false;
  private noPreempt = false;
  private dist = TransmissionDistance.CurrentConstruct;
  private tagU = "";
  private tagR = "";
  private lu: IMyBroadcastListener | null = null;
  private lr: IMyBroadcastListener | null = null;
  private cbOn = false;
  private msg = "";
  /** The role letter of `msg` ("" when it must be rebuilt). */
  private msgKind = "";
  private msgPeriod: int = 0;
  // run detection
  private value = FailoverState.Standby;
  private computed = false;
  private hint = false;
  private arg = "";
  private lastTsl: long = -1;
  private lastLrt = -1;
  private lastIc: int = 0;
  private gap: int = 0;
  private once = false;
  private mgr = false;
  private flag = false;
  // election
  private activeRank: int = 0;
  private activePeriod: int = 100;
  private activeHeard: int = 0;
  private activeBlock: IMyTerminalBlock | null = null;
  private prevActive: long = 0;
  private windowStart: int = 0;
  private windowEnd: int = -1;
  private wasActive = false;
  private wokeAt: int = 0;
  private waitUntil: int = 0;
  private electNow = false;
  private yielding = false;
  private readySince: int = 0;
  private lastSent: int = -1000000;
  private answeredAt: int = -1;
  private preemptAt: int = -1000000;
  private pos0 = false;
  private watching = false;
  /** Query rounds left before a silent takeover. */
  private tries: int = 1;
  /** Query rounds in a row that nobody answered. */
  private silent: int = 0;
  // checkpoint
  private cpSeq: int = 0;
  private cpText = "";
  private pos: int = 0;
  private x: int = 0;

  constructor(program: MyGridProgram, console: IConsole, ini: MyIni) {
    this.p = program;
    this.con = console;
    this.ini = ini;
    this.me = program.Me.EntityId;
    const s = program.Storage;
    this.HadSavedState = s !== "";
    if (s !== "") this.adopt(s, 0);
    this.checkConfig();
  }

  // ================= public API =================

  /** Standby, Active, or Active|Failover on the first run after taking over. Once per run. */
  get ActiveCheck(): FailoverState {
    this.refresh();
    return this.value;
  }

  get IsActive(): boolean {
    return this.Role === FailoverRole.Active;
  }

  /**
   * Call first in Main with the run's argument. Returns true when the script should ignore the run:
   * a `failover ...` command, the manager's own callback run, or (on a standby) an argument it
   * forwarded to the active copy, whose Main then receives it as if it had been run there.
   */
  HandleCommand(argument: string): boolean {
    const a = argument == null ? "" : trim(argument);
    this.hint = true;
    this.arg = a;
    this.refresh();
    if (a === "") return false;
    if (a === FAILOVER_CALLBACK) return true;
    if (a.length < 8 || !ieq(a.substring(0, 8), "failover") || (a.length > 8 && a.charCodeAt(8) !== 32)) return this.forward(a);
    const verb = trim(a.substring(8));
    if (ieq(verb, "status")) this.con.Info(this.StatusText());
    else if (ieq(verb, "handover")) this.StepDown();
    else if (ieq(verb, "enable")) {
      this.off = false;
      this.noPreempt = false;
      this.yielding = false;
      this.con.Info("failover: enabled");
      this.applyEnabled();
    } else if (ieq(verb, "disable")) {
      this.off = true;
      this.con.Info("failover: disabled (run 'failover enable' to rejoin)");
      this.applyEnabled();
    } else this.con.Error(`unknown command '${a}'. Use: failover status|handover|enable|disable`);
    this.updateValue();
    return true;
  }

  /** The active node hands over in an orderly way; the next node takes over on the next tick. */
  StepDown(): void {
    this.refresh();
    if (this.Role !== FailoverRole.Active) {
      this.con.Warn(`failover handover: this copy is ${this.roleName()}; run it on the active copy`);
      return;
    }
    let other = false;
    for (const q of this.Peers) if (this.candidate(q)) other = true;
    if (!other) {
      this.con.Warn("failover handover: no other copy can take over; staying active");
      return;
    }
    this.noPreempt = true;
    this.yielding = true;
    this.resign("handover (run 'failover enable' here to let this copy preempt again)");
    this.updateValue();
  }

  /** The newest checkpoint this node knows ("" when none). */
  get Checkpoint(): string {
    return this.cpText;
  }
  /** Set on the active node: sent to every copy at once and with every heartbeat. */
  set Checkpoint(value: string) {
    const v = value == null ? "" : value;
    if (this.Role !== FailoverRole.Active || (this.cpSeq > 0 && v === this.cpText)) return;
    this.cpSeq++;
    this.cpText = v;
    this.msgKind = "";
    this.say("A", false);
  }
  get CheckpointSeq(): int {
    return this.cpSeq;
  }
  /** What to keep in Storage (Program.Save(): `Storage = failover.Serialize();`). Reads queued messages first. */
  Serialize(): string {
    this.drain(false);
    return this.cpSeq === 0 ? "" : `${this.cpSeq};${this.cpText}`;
  }

  /** Role, rank, group, active node, heartbeat age, peers with rank, role and age. */
  StatusText(): string {
    if (this.Role === FailoverRole.Invalid) return `Failover: configuration error: ${this.ConfigError}`;
    let s = `Failover '${this.Id}': ${this.roleName()}, rank ${this.Rank}\nActive: `;
    if (this.ActiveId === this.me) s += `this node (${this.StartupReason === StartupReason.Failover ? "failover" : this.StartupReason === StartupReason.WorldLoad ? "world load" : "first deploy"})`;
    else if (this.ActiveId !== 0) s += `${this.nameOf(this.ActiveId)} (rank ${this.activeRank}), heartbeat ${this.Now - this.activeHeard} ticks ago`;
    else s += "none known";
    for (const q of this.Peers) if (q.Role !== 0) s += `\n  ${q.Name} rank ${q.Rank} ${q.Lost ? "LOST" : roleOf(q.Role)}, ${this.Now - q.HeardAt} ticks ago`;
    return `${s}\nConfig: id=${this.Id} rank=${this.Rank} heartbeat=${this.HeartbeatTicks} ticks (period ${this.period()}) timeout=${this.Timeout} preempt=${this.Preempt ? "true" : "false"} preemptdelay=${this.PreemptDelayTicks} ticks scope=${this.Scope === 0 ? "construct" : this.Scope === 1 ? "connected" : "antenna"} enabled=${this.ConfigEnabled ? "true" : "false"}`;
  }

  roleName(): string {
    const r = this.Role;
    return r === FailoverRole.Active ? "active" : r === FailoverRole.Standby ? "standby" : r === FailoverRole.Listening ? "listening" : r === FailoverRole.Disabled ? "disabled" : "invalid configuration";
  }

  // ================= runs =================

  private refresh(): void {
    const rt = this.p.Runtime;
    const tsl = rt.TimeSinceLastRun.Ticks;
    const lrt = rt.LastRunTimeMs;
    const ic = rt.CurrentInstructionCount;
    if (this.computed && !this.hint && tsl === this.lastTsl && lrt === this.lastLrt && ic >= this.lastIc && !this.pending()) return;
    const user = this.hint && this.arg !== "" && this.arg !== FAILOVER_CALLBACK;
    this.hint = false;
    this.arg = "";
    this.computed = true;
    this.lastTsl = tsl;
    this.lastLrt = lrt;
    const el: int = toInt(toDouble(tsl) / 166666 + 0.5);
    // a run the manager caused: its message callback or its Once, between two periodic runs
    this.mgr = !user && (this.gap === 0 || el < this.gap) && (this.pending() || this.once || el === 0);
    this.once = false;
    this.step(el);
    this.lastIc = this.p.Runtime.CurrentInstructionCount;
  }

  private pending(): boolean {
    const u = this.lu;
    const r = this.lr;
    return (u !== null && u.HasPendingMessage) || (r !== null && r.HasPendingMessage);
  }

  private step(el: int): void {
    this.Now += el;
    const first = this.Runs === 0;
    this.Runs++;
    this.con.Flush();
    if (this.p.Me.CustomData !== this.cd) this.checkConfig();
    const g = this.gap;
    const f = this.p.Runtime.UpdateFrequency;
    this.gap = (f & UpdateFrequency.Update1) !== 0 ? 1 : (f & UpdateFrequency.Update10) !== 0 ? 10 : (f & UpdateFrequency.Update100) !== 0 ? 100 : 0;
    // a periodic run came later than its interval allows (+ slack): runs were missed
    const woke = !first && ((g > 0 && el > g + 2 + toInt(g / 10)) || el > this.Timeout * this.period());
    if (this.Role <= FailoverRole.Disabled) {
      this.drain(this.Role === FailoverRole.Invalid);
      // a disabled copy back from a gap still passes on the checkpoint it holds
      if (this.Role === FailoverRole.Disabled && (first || woke) && this.cpSeq > 0) this.say("X", false);
    } else if (first) {
      this.drain(false);
      this.query();
    } else if (woke) {
      // back after a gap (off, throttled, paused): what is queued is old, and so is what we knew
      this.drain(true);
      this.wasActive = this.Role === FailoverRole.Active || (this.Role === FailoverRole.Listening && this.wasActive);
      if (this.wasActive) this.con.Warn(`failover: no run for ${el} ticks; checking the group before acting again`);
      this.wokeAt = this.Now;
      this.ActiveId = 0;
      this.query();
    } else this.drain(false);
    if (this.Role === FailoverRole.Listening) {
      if (this.Now >= this.windowEnd) this.decide();
      else this.armOnce();
    }
    if (this.Role === FailoverRole.Standby) this.runStandby();
    if (this.Role === FailoverRole.Active) this.runActive();
    this.sweep();
    const want = this.Role === FailoverRole.Listening || (this.Role === FailoverRole.Standby && this.pos0 && this.activePeriod >= this.gap);
    if (want !== this.cbOn && this.lr !== null) {
      if (want) this.lr.SetMessageCallback(FAILOVER_CALLBACK);
      else this.lr.DisableMessageCallback();
      this.cbOn = want;
    }
    this.updateValue();
  }

  private updateValue(): void {
    if (this.Role !== FailoverRole.Active || this.mgr) this.value = FailoverState.Standby;
    else if (this.flag) {
      this.flag = false;
      this.value = FailoverState.Active | FailoverState.Failover;
    } else this.value = FailoverState.Active;
  }

  private armOnce(): void {
    const rt = this.p.Runtime;
    rt.UpdateFrequency = rt.UpdateFrequency | UpdateFrequency.Once;
    this.once = true;
  }

  /** One period: the heartbeat rounded up to whole run intervals (what is really sent). */
  private period(): int {
    const g = this.gap;
    return g < 2 ? this.HeartbeatTicks : toInt((this.HeartbeatTicks + g - 1) / g) * g;
  }

  private skew(): int {
    const p = this.period();
    return (p < 100 ? p : 100) + 6;
  }

  // ================= roles =================

  /** Ask the group (L, or Q when this node was active) and decide after 2 ticks. */
  private query(): void {
    this.tries = 1;
    this.Role = FailoverRole.Listening;
    this.windowStart = this.Now;
    this.windowEnd = this.Now + 2;
    this.say(this.wasActive ? "Q" : "L", true);
    this.armOnce();
    this.status();
  }

  /** After a query round: a pure function of the answers. */
  private decide(): void {
    this.windowEnd = -1;
    let best: FailoverPeer | null = null;
    let wait = false;
    let heard = false;
    for (const q of this.Peers) {
      if (q.HeardAt < this.windowStart || this.down(q)) continue;
      heard = true;
      const k = q.Role;
      if (k === MA || k === MQ) {
        if (best === null || before(q.Rank, q.Id, best.Rank, best.Id)) best = q;
      } else if (this.candidate(q) && (this.yielding || before(q.Rank, q.Id, this.Rank, this.me))) wait = true;
    }
    // nobody answered at all (alone, or this block was off while the answers came): ask twice more
    if (!heard && ++this.silent < 3) {
      const t = this.tries;
      this.query();
      this.tries = t > 1 ? t - 1 : 1;
      return;
    }
    this.silent = 0;
    if (best !== null && !(this.wasActive && best.Role === MQ && before(this.Rank, this.me, best.Rank, best.Id))) {
      this.follow(best);
      return;
    }
    if (this.wasActive) {
      // nobody took over while we were away: carry on (no hooks: we never left)
      this.wasActive = false;
      this.Role = FailoverRole.Active;
      this.ActiveId = this.me;
      this.con.Info("failover: no other active copy; resuming");
      this.say("A", true);
      this.lastSent = this.Now;
      this.status();
    } else if (wait) this.standby(0);
    else if (--this.tries > 0) {
      const t = this.tries;
      this.query();
      this.tries = t;
    } else this.becomeActive();
  }

  private standby(active: long): void {
    this.Role = FailoverRole.Standby;
    this.ActiveId = active;
    this.wasActive = false;
    this.windowEnd = -1;
    this.readySince = this.Now;
    this.waitUntil = this.Now + this.skew();
    this.status();
  }

  private follow(q: FailoverPeer): void {
    const changed = this.ActiveId !== q.Id;
    if (this.Role !== FailoverRole.Standby) this.standby(q.Id);
    this.ActiveId = q.Id;
    this.activeRank = q.Rank;
    this.activePeriod = q.Period;
    this.activeHeard = this.Now;
    this.activeBlock = q.Block;
    this.yielding = false;
    if (changed) {
      this.con.Info(`failover: active is ${q.Name} (rank ${q.Rank})`);
      this.status();
    }
  }

  private runStandby(): void {
    if (this.ActiveId !== 0) {
      const b = this.activeBlock;
      if (b !== null && this.blockDown(b, this.ActiveId)) {
        this.lose("is not working or gone (seen through the grid)");
        this.elect();
      } else if (this.Now - this.activeHeard >= this.Timeout * this.activePeriod + 1) {
        this.lose(`missed ${this.Timeout} heartbeats`);
        // confirm before a silent takeover: up to three query rounds (one lost message must not do)
        this.query();
        this.tries = 3;
        return;
      } else if (this.Preempt && !this.noPreempt && before(this.Rank, this.me, this.activeRank, this.ActiveId) && this.Now >= this.readySince + this.PreemptDelayTicks && this.Now - this.preemptAt >= this.period()) {
        this.preemptAt = this.Now;
        this.say("T", true);
      }
    } else if (this.electNow) this.elect();
    else if (this.Now >= this.waitUntil) {
      this.query();
      return;
    }
    this.electNow = false;
    if (this.Role !== FailoverRole.Standby) return;
    this.pos0 = true;
    for (const q of this.Peers) if (this.candidate(q) && before(q.Rank, q.Id, this.Rank, this.me)) this.pos0 = false;
    if (this.Now - this.lastSent >= this.period()) {
      this.say(this.presence(), false);
      this.lastSent = this.Now;
    }
  }

  /** A standby's letter: following an active (S), none known (W), or handed over and last in line (R). */
  private presence(): string {
    return this.yielding ? "R" : this.ActiveId !== 0 ? "S" : "W";
  }

  /** Graceful or visible loss: the lowest live candidate takes over now; the others wait a skew. */
  private elect(): void {
    this.electNow = false;
    // a copy that has just announced itself active (e.g. earlier in this drain) is followed
    let best: FailoverPeer | null = null;
    for (const q of this.Peers) {
      if (q.Role === MA && !q.Lost && !this.down(q) && this.Now - q.HeardAt <= this.Timeout * q.Period && (best === null || before(q.Rank, q.Id, best.Rank, best.Id))) best = q;
    }
    if (best !== null) {
      this.follow(best);
      return;
    }
    for (const q of this.Peers) {
      if (this.candidate(q) && (this.yielding || before(q.Rank, q.Id, this.Rank, this.me))) {
        this.waitUntil = this.Now + this.skew();
        return;
      }
    }
    this.becomeActive();
  }

  private runActive(): void {
    // a copy that may have been active (not known as a standby) and is seen switched off, unpowered
    // or damaged may work again before it misses a run, and then cannot know it was away: watch it
    // (Once runs) for one run interval (+ the slack of the wake check) and tell it at once when it
    // is back (the higher steps down)
    this.watching = false;
    for (const q of this.Peers) {
      const k = q.Role;
      if (k === MS || k === MW || k === MR || k === MT || k === MX || q.Block === null || q.Block.Closed) continue;
      if (this.down(q)) {
        if (q.DownAt < 0) q.DownAt = this.Now;
        if (this.Now - q.DownAt <= 115) {
          this.watching = true;
          this.armOnce();
        }
      } else if (q.DownAt >= 0) {
        q.DownAt = -1;
        this.say("A", true);
      }
    }
    if (this.Now - this.lastSent >= this.period() - this.gap / 2) {
      this.say("A", false);
      this.lastSent = this.Now;
    }
  }

  private becomeActive(): void {
    const from = this.prevActive;
    const took = from !== 0 && from !== this.me;
    this.Role = FailoverRole.Active;
    this.ActiveId = this.me;
    this.windowEnd = -1;
    this.yielding = false;
    this.wasActive = false;
    this.prevActive = 0;
    this.StartupReason = took ? StartupReason.Failover : this.HadSavedState || this.cpSeq > 0 ? StartupReason.WorldLoad : StartupReason.FirstDeploy;
    this.flag = took;
    // copies it has not heard from may be off only briefly (a rebuilt copy knows nobody yet): watch
    // every switched-off programmable block in reach for one run interval as well (runActive)
    const pbs: IMyProgrammableBlock[] = [];
    this.p.GridTerminalSystem.GetBlocksOfType(Blocks.IMyProgrammableBlock, pbs);
    for (const b of pbs) {
      if (b.EntityId === this.me || b.Closed || b.IsWorking || this.find(b.EntityId) !== null) continue;
      const q = new FailoverPeer(b.EntityId, b);
      q.Lost = true;
      q.DownAt = this.Now;
      this.Peers.push(q);
    }
    this.say("A", true);
    this.lastSent = this.Now;
    this.con.Info(took ? `failover: ACTIVE (took over from ${this.nameOf(from)}; checkpoint #${this.cpSeq})` : "failover: ACTIVE");
    this.status();
    const h = this.OnActivate;
    if (h !== null) h(this.StartupReason);
  }

  /** Orderly exit from the active role: tell the group (R), run the leaving hook. */
  private resign(why: string): void {
    if (this.Role !== FailoverRole.Active) return;
    this.Role = FailoverRole.Standby;
    this.ActiveId = 0;
    this.watching = false;
    this.readySince = this.Now;
    this.waitUntil = this.Now + this.skew();
    this.say("R", true);
    this.con.Info(`failover: handing over (${why})`);
    this.status();
    const h = this.OnDeactivate;
    if (h !== null) h();
  }

  private lose(why: string): void {
    this.con.Warn(`failover: active ${this.nameOf(this.ActiveId)} lost: ${why}`);
    this.prevActive = this.ActiveId;
    this.ActiveId = 0;
    this.activeBlock = null;
    this.status();
  }

  /** A live copy that could take over (heard within its lease, not seen down, not leaving). */
  private candidate(q: FailoverPeer): boolean {
    const k = q.Role;
    if (k !== MS && k !== MW && k !== ML && k !== MT) return false;
    const since = q.HeardAt > this.wokeAt ? q.HeardAt : this.wokeAt;
    return !q.Lost && this.Now - since <= this.Timeout * q.Period + this.gap + 2 && !this.down(q);
  }

  private down(q: FailoverPeer): boolean {
    return q.Block !== null && this.blockDown(q.Block, q.Id);
  }

  private blockDown(b: IMyTerminalBlock, id: long): boolean {
    if (b.Closed || !b.IsWorking) return true;
    if (this.Scope === 0) return !b.IsSameConstructAs(this.p.Me);
    return this.Scope === 1 && this.p.GridTerminalSystem.GetBlockWithId(id) == null;
  }

  /** Peers that stopped talking (or are seen down) are reported lost. */
  private sweep(): void {
    for (const q of this.Peers) {
      if (!this.down(q)) q.DownAt = -1;
      else if (q.DownAt < 0) q.DownAt = this.Now;
      if (q.Lost || q.Id === this.ActiveId) continue;
      const since = q.HeardAt > this.wokeAt ? q.HeardAt : this.wokeAt;
      if (this.down(q) || this.Now - since > (this.Timeout + 1) * q.Period + this.gap + 2) {
        q.Lost = true;
        this.con.Warn(`failover: peer ${q.Name} (rank ${q.Rank}) lost`);
      }
    }
  }

  /** A standby's argument runs on the active copy (its Main gets it as if run there). */
  private forward(a: string): boolean {
    if (this.Role === FailoverRole.Active || this.Role <= FailoverRole.Disabled) return false;
    const b = this.ActiveId !== 0 ? this.p.GridTerminalSystem.GetBlockWithId(this.ActiveId) : null;
    if (b instanceof IMyProgrammableBlock && b.TryRun(a)) this.con.Info(`failover: '${a}' forwarded to the active copy ${b.CustomName}`);
    else this.con.Warn(`failover: '${a}' not run: this copy is standby and the active copy cannot be reached`);
    return true;
  }

  // ================= messages =================

  /** Sends this node's message with role `k` (urgent: on the callback tag). */
  private say(k: string, urgent: boolean): void {
    const per = this.period();
    if (k !== this.msgKind || per !== this.msgPeriod) {
      this.msgKind = k;
      this.msgPeriod = per;
      this.msg = `${k}${this.Rank};${per};${this.cpSeq};${this.cpText}`;
    }
    const tag = urgent ? this.tagU : this.tagR;
    if (tag !== "") this.p.IGC.SendBroadcastMessage(tag, this.msg, this.dist);
  }

  /** Reads both queues; `stale`: only take checkpoints (the messages waited while we did not run). */
  private drain(stale: boolean): void {
    // periodic messages first: an event (R, T, X...) sent in the same run supersedes them
    const r = this.lr;
    if (r !== null) while (r.HasPendingMessage) {
      const m = r.AcceptMessage();
      this.onMessage(m.Source, m.As<string>(), false, stale);
    }
    const u = this.lu;
    if (u !== null) while (u.HasPendingMessage) {
      const m = u.AcceptMessage();
      this.onMessage(m.Source, m.As<string>(), true, stale);
    }
  }

  private onMessage(src: long, d: string, urgent: boolean, stale: boolean): void {
    if (d == null || d.length < 5 || src === this.me) return;
    const k: int = toInt(d.charCodeAt(0));
    this.pos = 1;
    const rank = this.num(d);
    const per = this.num(d);
    const older = this.adopt(d, this.pos);
    if (rank < 0 || per < 1 || stale || this.Role === FailoverRole.Invalid) return;
    const asked = urgent && (k === ML || k === MQ);
    if (this.Role === FailoverRole.Disabled) {
      // out of the group, but a copy that asks or holds an older checkpoint still gets ours
      if ((asked || older) && this.cpSeq > 0 && this.answeredAt !== this.Now) {
        this.answeredAt = this.Now;
        this.say("X", false);
      }
      return;
    }
    let q = this.find(src);
    if (q === null) {
      q = new FailoverPeer(src, this.p.GridTerminalSystem.GetBlockWithId(src));
      this.Peers.push(q);
      this.con.Info(`failover: peer ${q.Name} joined`);
    } else if (q.Lost) {
      if (q.Block === null) q.Block = this.p.GridTerminalSystem.GetBlockWithId(src);
      this.con.Info(`failover: peer ${q.Name} is back`);
    }
    q.Lost = false;
    q.HeardAt = this.Now;
    if (d !== q.Msg) {
      q.Msg = d;
      if (rank !== q.Rank) q.Warned = false;
      q.Rank = rank;
      q.Period = per;
      if (rank === this.Rank && !q.Warned) {
        q.Warned = true;
        this.con.Warn(`failover: ${q.Name} has the same rank ${rank}; the lower EntityId wins. Give each copy its own rank.`);
      }
    }
    q.Role = k;
    const mine = this.Role === FailoverRole.Active ? "A" : this.Role === FailoverRole.Listening ? (this.wasActive ? "Q" : "L") : this.presence();
    if ((asked || older) && this.answeredAt !== this.Now) {
      // a query, or a peer holding an older checkpoint: answer once per tick with ours (the
      // active on both tags: a lost answer would let the asking copy take over beside it)
      this.answeredAt = this.Now;
      this.say(mine, false);
      if (asked && mine === "A") this.say(mine, true);
    }
    if (k === MA) {
      if (this.Role === FailoverRole.Active) {
        if (before(rank, src, this.Rank, this.me)) {
          // two actives hear each other: the higher (rank, EntityId) steps down at once
          this.con.Warn(`failover: ${q.Name} (rank ${rank}) is also active; stepping down`);
          this.resign("another copy is active");
          this.follow(q);
        } else if (this.answeredAt !== this.Now) {
          this.answeredAt = this.Now;
          this.say("A", true);
        }
      } else if (this.ActiveId === 0 || this.ActiveId === src || before(rank, src, this.activeRank, this.ActiveId) || this.Role === FailoverRole.Listening) this.follow(q);
    } else if (src === this.ActiveId && k !== MQ && this.Role === FailoverRole.Standby) {
      // the active says it is no longer active (R handover, X left, or a standby now)
      if (k === MR) this.con.Info(`failover: ${q.Name} handed over`);
      this.prevActive = src;
      this.ActiveId = 0;
      this.activeBlock = null;
      this.electNow = true;
      this.status();
    } else if (src === this.ActiveId && k === MQ) this.activeHeard = this.Now;
    // (not while watching a copy that may come back unaware: the preempting copy asks again)
    else if (k === MT && this.Role === FailoverRole.Active && !this.watching && before(rank, src, this.Rank, this.me)) this.resign(`preempted by ${q.Name}, rank ${rank}`);
    if (k === MX) {
      q.Lost = true;
      this.con.Info(`failover: peer ${q.Name} (rank ${rank}) left the group`);
    }
  }

  /** Takes the checkpoint at `at` ("<seq>;<text>") when newer than ours; true when ours is newer. */
  private adopt(d: string, at: int): boolean {
    this.pos = at;
    const seq = this.num(d);
    if (seq < 0) return false;
    const t = this.pos;
    let c: int = seq - this.cpSeq;
    if (c === 0) {
      // same sequence (a split group): the larger text wins everywhere
      const mine = this.cpText;
      const n: int = d.length - t;
      c = n - mine.length;
      for (let i: int = 0; c === 0 && i < n; i++) c = toInt(d.charCodeAt(t + i) - mine.charCodeAt(i));
    }
    if (c <= 0) return c < 0;
    this.cpSeq = seq;
    this.cpText = d.substring(t);
    this.msgKind = "";
    return false;
  }

  /** Reads digits at `pos` and skips the ';' after them; -1 when there are none. */
  private num(s: string): int {
    let v: int = 0;
    let i: int = this.pos;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57 && v < 100000000) {
      v = v * 10 + toInt(s.charCodeAt(i) - 48);
      i++;
    }
    this.pos = i + 1;
    return i === start || (i < s.length && s.charCodeAt(i) !== 59) ? -1 : v;
  }

  private find(id: long): FailoverPeer | null {
    for (const q of this.Peers) if (q.Id === id) return q;
    return null;
  }

  private nameOf(id: long): string {
    const q = this.find(id);
    return q !== null ? q.Name : `#${id}`;
  }

  // ================= configuration =================

  private checkConfig(): void {
    const text = this.p.Me.CustomData;
    this.cd = text;
    const oldId = this.Id;
    const wasValid = this.Role !== FailoverRole.Invalid && this.ConfigError === "" && oldId !== "";
    const e = this.parse(text);
    if (e !== "") {
      if (e !== this.ConfigError) this.con.Error(`failover: ${e}`);
      this.ConfigError = e;
      this.resign("configuration became invalid");
      if (wasValid) this.say("X", true);
      this.Role = FailoverRole.Invalid;
      this.ActiveId = 0;
      this.value = FailoverState.Standby;
      this.con.SetStatus(`Failover: configuration error: ${e}`);
      return;
    }
    this.ConfigError = "";
    const rejoin = this.Role === FailoverRole.Invalid || oldId !== this.Id;
    if (this.Role === FailoverRole.Invalid) this.Role = FailoverRole.Listening;
    this.dist = this.Scope === 2 ? TransmissionDistance.AntennaRelay : this.Scope === 1 ? TransmissionDistance.ConnectedConstructs : TransmissionDistance.CurrentConstruct;
    if (oldId !== this.Id || this.lu === null) {
      if (wasValid) {
        this.resign("group id changed");
        this.say("X", true);
      }
      const igc = this.p.IGC;
      if (this.lu !== null) igc.DisableBroadcastListener(this.lu);
      if (this.lr !== null) igc.DisableBroadcastListener(this.lr);
      this.tagU = `pbfo!${this.Id}`;
      this.tagR = `pbfo.${this.Id}`;
      this.lu = igc.RegisterBroadcastListener(this.tagU);
      this.lu.SetMessageCallback(FAILOVER_CALLBACK);
      this.lr = igc.RegisterBroadcastListener(this.tagR);
      this.cbOn = false;
      this.Peers = [];
      this.ActiveId = 0;
    }
    this.applyEnabled();
    if (rejoin && this.Runs > 0 && this.Role === FailoverRole.Listening) this.query();
    this.status();
  }

  private applyEnabled(): void {
    if (this.Role === FailoverRole.Invalid) return;
    const on = this.ConfigEnabled && !this.off;
    if (!on && this.Role !== FailoverRole.Disabled) {
      this.resign("disabled");
      this.Role = FailoverRole.Disabled;
      this.ActiveId = 0;
      this.say("X", true);
      this.status();
    } else if (on && this.Role === FailoverRole.Disabled) {
      this.Role = FailoverRole.Listening;
      this.wasActive = false;
      this.yielding = false;
      if (this.Runs > 0) this.query();
    }
  }

  /** The value of a [failover] key without a trailing ` ; comment` or ` # comment`, trimmed. */
  private val(key: string): string {
    const v = this.ini.Get("failover", key).ToString("");
    let end: int = v.length;
    for (let i: int = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if ((c === 59 || c === 35) && (i === 0 || v.charCodeAt(i - 1) === 32 || v.charCodeAt(i - 1) === 9)) {
        end = i;
        break;
      }
    }
    return trim(v.substring(0, end));
  }

  /** Parses a cleaned number (MyIni's rules) into `x` (x60 for seconds); "" or what is wrong. */
  private number(key: string, v: string, lo: number, hi: number, secs: boolean): string {
    const d = new Out<number>();
    this.ini.Set("failover", key, v);
    const ok = this.ini.Get("failover", key).TryGetDouble(d) && d.value === d.value;
    const x = secs ? d.value * 60 : d.value;
    if (secs && !ok) return `[failover] ${key}=${v} is not a number: write seconds, e.g. ${key}=1.5`;
    if (!ok || (!secs && x !== Math.floor(x))) return `[failover] ${key}=${v} is not a whole number: write e.g. ${key}=${key === "rank" ? "0 (1, 2... on the others)" : "3"}`;
    if (!(x >= lo) || !(x <= hi)) return `[failover] ${key}=${v} is out of range: use ${secs ? "seconds " : ""}${key === "heartbeat" ? "0.017" : `${toInt(lo)}`} to ${toInt(secs ? hi / 60 : hi)}${key === "timeout" ? " (one late heartbeat must not look like a loss)" : ""}`;
    this.x = toInt(x + 0.5);
    return "";
  }

  private bool(key: string, v: string): string {
    const b = new Out<boolean>();
    this.ini.Set("failover", key, v);
    if (!this.ini.Get("failover", key).TryGetBoolean(b)) return `[failover] ${key}=${v} is not true or false: write ${key}=true or ${key}=false`;
    this.x = b.value ? 1 : 0;
    return "";
  }

  /** Reads [failover] into the fields; returns "" or one line: what is wrong and how to fix it. */
  private parse(text: string): string {
    const ini = this.ini;
    ini.Clear();
    const r = new Out<MyIniParseResult>();
    if (!ini.TryParse(text, r)) return `CustomData is not valid INI (${r.value.ToString()}): fix that line (${EXAMPLE})`;
    if (!ini.ContainsSection("failover")) return `CustomData has no [failover] section: add one (${EXAMPLE})`;
    ini.GetKeys("failover", this.keys);
    for (const k of this.keys) {
      let known = false;
      for (const n of KEYS) if (ieq(n, k.Name)) known = true;
      if (!known) return `unknown key '${k.Name}' in [failover] (known: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled): fix the spelling or remove the line`;
    }
    // a key that is not there reads "\n" (its default applies); an empty one is an error
    const v: string[] = [];
    for (const n of KEYS) v.push(ini.ContainsKey("failover", n) ? this.val(n) : "\n");
    if (v[0] === "" || v[0] === "\n") return `[failover] needs id=<group name>, the same on every copy (${EXAMPLE})`;
    if (v[1] === "" || v[1] === "\n") return `[failover] needs rank=<0 on the primary, 1, 2... on the others> (${EXAMPLE})`;
    let e = this.number("rank", v[1], 0, 1000000, false);
    const rank = this.x;
    this.x = 100;
    if (e === "" && v[2] !== "\n") e = this.number("heartbeat", v[2], 1, 36000, true);
    const hb = this.x;
    this.x = 3;
    if (e === "" && v[3] !== "\n") e = this.number("timeout", v[3], 2, 100, false);
    const to = this.x;
    this.x = 1;
    if (e === "" && v[4] !== "\n") e = this.bool("preempt", v[4]);
    const pe = this.x;
    this.x = 0;
    if (e === "" && v[5] !== "\n") e = this.number("preemptdelay", v[5], 0, 216000, true);
    const pd = this.x;
    this.x = 1;
    if (e === "" && v[7] !== "\n") e = this.bool("enabled", v[7]);
    const sc = v[6];
    const scope: int = sc === "\n" ? 0 : ieq(sc, "construct") ? 0 : ieq(sc, "connected") ? 1 : ieq(sc, "antenna") ? 2 : -1;
    if (e === "" && scope < 0) e = `[failover] scope=${sc} is not known: write scope=construct, scope=connected or scope=antenna`;
    if (e !== "") return e;
    this.Id = v[0];
    this.Rank = rank;
    this.HeartbeatTicks = hb;
    this.Timeout = to;
    this.Preempt = pe === 1;
    this.PreemptDelayTicks = pd;
    this.ConfigEnabled = this.x === 1;
    this.Scope = scope;
    return "";
  }

  private status(): void {
    if (this.Role === FailoverRole.Invalid) return;
    const a = this.ActiveId === this.me ? "this node" : this.ActiveId !== 0 ? `${this.nameOf(this.ActiveId)} (rank ${this.activeRank})` : "none";
    this.con.SetStatus(`Failover '${this.Id}': ${this.roleName()}, rank ${this.Rank}; active: ${a}`);
  }
}

/** (rank, EntityId) order: true when a comes first. */
function before(ra: int, ia: long, rb: int, ib: long): boolean {
  return ra < rb || (ra === rb && ia < ib);
}

/** ASCII case-insensitive equality (no Unicode case mapping). */
function ieq(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i: int = 0; i < a.length; i++) {
    const x: int = toInt(a.charCodeAt(i));
    const y: int = toInt(b.charCodeAt(i));
    if (x !== y && !((x | 32) === (y | 32) && (x | 32) >= 97 && (x | 32) <= 122)) return false;
  }
  return true;
}

/** Trims spaces and tabs. */
function trim(s: string): string {
  let a: int = 0;
  let b: int = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return a === 0 && b === s.length ? s : s.substring(a, b);
}

function roleOf(k: int): string {
  return k === MA ? "active" : k === MS || k === MW || k === MT ? "standby" : k === ML || k === MQ ? "listening" : k === MR ? "handed over" : k === MX ? "left" : "unknown";
}
