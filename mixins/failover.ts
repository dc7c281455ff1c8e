// Failover mixin: N Programmable Blocks run copies of one script; exactly one (the active node) does
// the work, the others stand by and take over, lowest (rank, EntityId) first. The behaviour is the
// one /work/shared/failover-spec.md describes; README.notes.md says it in users' words.
//
// Drop-in usage (C# and TypeScript alike):
//   _failover = new FailoverManager(this, console, ini);
//   Runtime.UpdateFrequency = UpdateFrequency.Update100;        // any periodic frequency
//   if (_failover.HandleCommand(argument)) return;               // recommended: commands + exact run boundary
//   if (_failover.ActiveCheck == FailoverState.Standby) return;
//   if (_failover.ActiveCheck.HasFlag(FailoverState.Failover)) { /* first run after takeover */ }
//   void Save() { Storage = _failover.Serialize(); }                // keeps the checkpoint over save/load
//
// DESIGN (what the code below does, in order of a run)
// - Run boundaries. ActiveCheck is computed once per run and cached for the rest of the run. A new
//   run is recognised by any of: HandleCommand() was called (exact), Runtime.TimeSinceLastRun or
//   Runtime.LastRunTimeMs changed, Runtime.CurrentInstructionCount went down (the game resets it at
//   the start of every run), the Once bit we set was cleared by the game, or a message is waiting on
//   our listeners (IGC delivers only between ticks). The instruction count alone tells whenever
//   ActiveCheck is first read before the script has done more work than the previous run's check;
//   the wall time (LastRunTimeMs) differs between runs in the game anyway. After a takeover the node
//   sets UpdateFrequency.Once so that the run after it is always recognised and the Failover flag is
//   never shown twice.
// - Clock. `now` is in game ticks since construction: the sum of TimeSinceLastRun over runs.
// - Messages. Two broadcast tags per group: "pbfo!<id>" (urgent: a message callback runs the
//   receivers on the next tick) carries heartbeats, resign, queries, preempt requests and leave
//   notices; "pbfo.<id>" (no callback, read at the next run) carries standby presence and the
//   checkpoint. Payloads are strings built ONCE per configuration ("H;<rank>;<periodTicks>" etc.)
//   and re-sent as the same instance: sending allocates nothing (a string payload is not boxed,
//   unlike a number or a MyTuple) and receivers decode them with a char loop (no Split/Substring).
//   The checkpoint travels as "K;<seq>;<text>", built once per change, re-sent with each heartbeat.
// - Election. With no active known, the standby at position k (k live eligible peers have a lower
//   (rank, EntityId)) becomes active once `now >= noActiveSince + k * skew`, skew = one period + 2
//   ticks: position 0 takes over on its next run, the others only if it did not (VRRP skew).
// - Loss. Graceful: the leaving active sends R (resign) and every standby runs on the next tick.
//   Visible: the active's block (looked up once when it became known) is Closed, not working, out of
//   the construct (scope construct) or out of GridTerminalSystem (scope connected). Silent: no
//   heartbeat for `timeout` periods of the active (its period is in its heartbeat).
// - Waking. A run after a gap longer than the update frequency allows (the block was off, throttled,
//   or the game paused), or after more than timeout periods, puts the node in Listening: it asks the
//   group (Q), does not act, and decides after the answers (2 ticks) or its next run.
// - Storage holds the checkpoint wire string ("K;<seq>;<text>"): the game lets only Program assign
//   Storage, so Program.Save() writes Serialize() there; the constructor reads it back. A script
//   keeps its persistent state in the checkpoint.
import {
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
  type IMyTerminalBlock,
  type int,
  type long,
} from "pbts/se";
import { LogLevel, type IConsole } from "./console.ts";

/** @flags */
export enum FailoverState {
  Standby = 0,
  Active = 1,
  Failover = 2,
}

/** Why this node became active (AVEVA's StartupReason). */
export enum StartupReason {
  /** Not active yet. */
  None = 0,
  /** Became active with no saved state anywhere in the group: the script's first start. */
  FirstDeploy = 1,
  /** Became active with saved state (a checkpoint in Storage or from a peer): world load or recompile. */
  WorldLoad = 2,
  /** Took over from another node that was active. */
  Failover = 3,
}

/** What this node is doing. */
export enum FailoverRole {
  /** The configuration is invalid: the node stays out of the group (see ConfigError). */
  Invalid = 0,
  /** enabled=false or `failover disable`: out of the group. */
  Disabled = 1,
  /** Just started or woke after a gap: hearing the group before acting. */
  Listening = 2,
  Standby = 3,
  Active = 4,
}

export enum FailoverScope {
  Construct = 0,
  Connected = 1,
  Antenna = 2,
}

/** What a peer last said about itself. */
export enum PeerRole {
  Unknown = 0,
  Listening = 1,
  Standby = 2,
  Active = 3,
  /** Sent a resign: not a candidate until it announces itself as standby again. */
  Resigned = 4,
  /** Left the group (disabled, invalid configuration). */
  Left = 5,
}

/** A copy of the script in the same group, as this node knows it. */
export class FailoverPeer {
  readonly Id: long;
  Name: string;
  Rank: int = 0;
  /** Its heartbeat period in ticks. */
  Period: int = 100;
  Role: PeerRole = PeerRole.Unknown;
  /** `now` of the last message from it. */
  LastHeard = 0;
  Lost = false;
  WarnedSameRank = false;
  /** `now` of its last heartbeat. */
  HeardActiveAt = -1;
  /** Its block, when visible through GridTerminalSystem (looked up once). */
  Block: IMyTerminalBlock | null = null;
  /** The last control message it sent (decoding is skipped when the same text comes again). */
  LastMessage = "";
  constructor(id: long, name: string) {
    this.Id = id;
    this.Name = name;
  }
}

// Message kinds (first character of a payload).
const K_HEARTBEAT = 72; // 'H' active heartbeat (urgent)
const K_RESIGN = 82; // 'R' leaving the active role in an orderly way (urgent)
const K_PRESENCE = 80; // 'P' standby presence (regular)
const K_QUERY = 81; // 'Q' listening: who is there? (urgent)
const K_QUERY_WAS_ACTIVE = 87; // 'W' listening, and was active before the gap (urgent)
const K_PREEMPT = 84; // 'T' take-over request of a lower rank (urgent)
const K_LEAVE = 88; // 'X' left the group (urgent)
const K_CHECKPOINT = 75; // 'K' checkpoint "K;<seq>;<text>" (regular)

/** TimeSpan ticks per game tick (60 per second). */
const TIMESPAN_TICKS_PER_TICK = 166666;
const MAX_RANK = 1000000;

export class FailoverManager {
  // ---- configuration (read from CustomData's [failover] section) ----
  /** Group id (`id`). */
  Id = "";
  /** `rank` (lower wins). */
  Rank: int = 0;
  /** `heartbeat`, in ticks. */
  HeartbeatTicks: int = 100;
  /** `timeout`: heartbeats missed before the active is suspected. */
  Timeout: int = 3;
  /** `preempt`. */
  Preempt = true;
  /** `preemptdelay`, in ticks. */
  PreemptDelayTicks: int = 0;
  /** `scope`. */
  Scope: FailoverScope = FailoverScope.Construct;
  /** `enabled` (CustomData). */
  ConfigEnabled = true;
  /** The configuration problem and its fix ("" when the configuration is valid). */
  ConfigError = "";

  // ---- hooks ----
  /** Runs when this node becomes active, with the reason. */
  OnActivate: ((reason: StartupReason) => void) | null = null;
  /** Runs when this node leaves the active role in an orderly way (handover, preemption, disable, conflict). Never on a crash. */
  OnDeactivate: (() => void) | null = null;

  // ---- observable state ----
  /** What this node is doing now. */
  Role: FailoverRole = FailoverRole.Listening;
  /** Why this node last became active (None until it has been). */
  StartupReason: StartupReason = StartupReason.None;
  /** The EntityId of the active node as this node knows it (0 when none). */
  ActiveId: long = 0;
  /** Game ticks since this instance was built (the manager's clock). */
  Now = 0;
  /** Peers heard so far (lost ones are kept, marked Lost). */
  readonly Peers: FailoverPeer[] = [];
  /** Runs recognised so far. */
  Runs: int = 0;
  /** Set when Storage held saved state at construction. */
  readonly HadSavedState: boolean;

  private readonly program: MyGridProgram;
  private readonly console: IConsole;
  private readonly ini: MyIni;
  private readonly me: long;
  private readonly keys: MyIniKey[] = [];

  private lastCustomData = "";
  private configured = false;
  private commandDisabled = false;
  private suppressPreempt = false;
  private distance: TransmissionDistance = TransmissionDistance.CurrentConstruct;

  private tagUrgent = "";
  private tagRegular = "";
  private urgent: IMyBroadcastListener | null = null;
  private regular: IMyBroadcastListener | null = null;
  private msgHeartbeat = "";
  private msgResign = "";
  private msgPresence = "";
  private msgQuery = "";
  private msgQueryWasActive = "";
  private msgPreempt = "";
  private msgLeave = "";
  /** The period the messages advertise (the effective one: heartbeat, or the run interval if longer). */
  private builtPeriod: int = 0;

  // run detection
  private value: FailoverState = FailoverState.Standby;
  private computed = false;
  private hint = false;
  private lastTsl = -1;
  private lastLrt = -1;
  private lastIc: int = 0;
  private onceArmed = false;

  // election state
  private activeRank: int = 0;
  private activePeriod: int = 100;
  private activeLastHeard = 0;
  private activeBlock: IMyTerminalBlock | null = null;
  private noActiveSince = 0;
  private prevActiveId: long = 0;
  private listenUntil = 0;
  private listenHeardActive = false;
  private wasActive = false;
  private wokeAt = 0;
  private booting = true;
  private readySince = 0;
  /** Handed over and not yet seen anyone else take the role: stand last in the line of succession. */
  private yielding = false;
  private lastSent = -1000000000;
  private lastPreemptAt = -1000000000;
  private respondedAt = -1;
  private cpCorrectedAt = -1;
  private failoverThisRun = false;
  /** The block of an active we saw stop working (off, unpowered, damaged), watched for a while
   *  after we take over: if it works again before it can notice its own gap, it must hear us. */
  private watchBlock: IMyTerminalBlock | null = null;
  private watchUntil = 0;

  // checkpoint
  private cpSeq = 0;
  private cpText = "";
  private cpWire = "";

  // decoding scratch
  private parsePos: int = 0;

  constructor(program: MyGridProgram, console: IConsole, ini: MyIni) {
    this.program = program;
    this.console = console;
    this.ini = ini;
    this.me = program.Me.EntityId;
    const stored = program.Storage;
    this.HadSavedState = stored !== "";
    if (stored.length > 2 && stored.charCodeAt(0) === K_CHECKPOINT) this.adoptCheckpoint(stored);
    this.checkConfig();
  }

  // ================= public API =================

  /** Standby, Active, or Active|Failover on the first run after taking over. Worked out once per run. */
  get ActiveCheck(): FailoverState {
    this.refresh();
    return this.value;
  }

  /** True while this node is the active one (same run cache as ActiveCheck). */
  get IsActive(): boolean {
    return this.ActiveCheck !== FailoverState.Standby;
  }

  /**
   * Handles `failover status|handover|enable|disable` and returns true when the argument was such a
   * command (the script should then ignore it). Any other argument is left alone (returns false).
   * Call it at the top of Main on every run: it also marks the start of a run exactly.
   */
  HandleCommand(argument: string): boolean {
    this.hint = true;
    this.refresh();
    if (argument == null || argument.length < 8) return false;
    const a = argument.trim();
    if (a.length < 8 || a.substring(0, 8).toLowerCase() !== "failover") return false;
    if (a.length > 8 && a.charCodeAt(8) !== 32 && a.charCodeAt(8) !== 9) return false;
    const verb = a.substring(8).trim().toLowerCase();
    switch (verb) {
      case "status":
        this.console.Info(this.StatusText());
        break;
      case "handover":
        if (this.Role === FailoverRole.Active) {
          this.suppressPreempt = true;
          this.resign("handover command");
        } else this.console.Warn(`failover handover: this node is not active (${this.roleName()}); run it on the active node.`);
        break;
      case "enable":
        if (this.commandDisabled) {
          this.commandDisabled = false;
          this.suppressPreempt = false;
          this.console.Info("failover: enabled by command; rejoining the group.");
          this.applyEnabled();
        } else this.console.Info("failover: already enabled.");
        break;
      case "disable":
        if (!this.commandDisabled) {
          this.commandDisabled = true;
          this.console.Info("failover: disabled by command; leaving the group (run 'failover enable' to rejoin).");
          this.applyEnabled();
        } else this.console.Info("failover: already disabled.");
        break;
      default:
        this.console.Error(`unknown command '${a}'. Use: failover status | failover handover | failover enable | failover disable`);
        break;
    }
    this.updateValue();
    return true;
  }

  /** The active node steps down in an orderly way (the next node takes over on the next tick). */
  StepDown(): void {
    this.refresh();
    if (this.Role === FailoverRole.Active) {
      this.suppressPreempt = true;
      this.resign("stepped down");
      this.updateValue();
    }
  }

  /** The latest checkpoint known to this node ("" when none). */
  get Checkpoint(): string {
    return this.cpText;
  }
  /**
   * Set by the active node: kept in Storage and sent to the standbys at once (and with every
   * heartbeat). Ignored on a standby. Setting the same text again does nothing.
   */
  set Checkpoint(value: string) {
    if (this.Role !== FailoverRole.Active) return;
    const v = value ?? "";
    if (this.cpSeq > 0 && v === this.cpText) return;
    this.cpSeq = this.cpSeq + 1;
    this.cpText = v;
    this.cpWire = `K;${this.cpSeq};${v}`;
    this.sendRegular(this.cpWire);
  }
  /**
   * What to keep in Storage: call it from Program.Save() (`this.Storage = this._failover.Serialize();`).
   * Space Engineers lets only class Program assign Storage; the constructor reads it back.
   */
  Serialize(): string {
    return this.cpWire;
  }

  /** How many times the checkpoint changed in the group (its sequence number). */
  get CheckpointSeq(): number {
    return this.cpSeq;
  }

  /** Role, rank, group, active node, heartbeat age, peers with rank, role and age (built on demand). */
  StatusText(): string {
    let s = `Failover '${this.Id}': ${this.roleName()}, rank ${this.Rank}`;
    if (this.Role === FailoverRole.Invalid) return `Failover: configuration error: ${this.ConfigError}`;
    if (this.ActiveId === this.me) s += `\nActive: this node (${this.reasonName()})`;
    else if (this.ActiveId !== 0) s += `\nActive: ${this.nameOf(this.ActiveId)} (rank ${this.activeRank}), heartbeat ${this.Now - this.activeLastHeard} ticks ago`;
    else s += "\nActive: none known";
    s += `\nPeers: ${this.livePeerCount()} live`;
    for (const p of this.Peers) {
      s += `\n  ${p.Name} rank ${p.Rank} ${p.Lost ? "LOST" : peerRoleName(p.Role)}, ${this.Now - p.LastHeard} ticks ago`;
    }
    return s;
  }

  /** Live peers (heard within the timeout, not left). */
  livePeerCount(): int {
    let n: int = 0;
    for (const p of this.Peers) if (!p.Lost) n++;
    return n;
  }

  // ================= run detection =================

  private refresh(): void {
    const rt = this.program.Runtime;
    const tsl = toDouble(rt.TimeSinceLastRun.Ticks);
    const lrt = rt.LastRunTimeMs;
    const ic = rt.CurrentInstructionCount;
    let fresh = !this.computed || this.hint || tsl !== this.lastTsl || lrt !== this.lastLrt || ic < this.lastIc;
    if (!fresh && this.onceArmed && !rt.UpdateFrequency.HasFlag(UpdateFrequency.Once)) fresh = true;
    if (!fresh && this.hasPending()) fresh = true;
    if (!fresh) return;
    this.hint = false;
    this.computed = true;
    this.lastTsl = tsl;
    this.lastLrt = lrt;
    this.step(Math.round(tsl / TIMESPAN_TICKS_PER_TICK));
    this.lastIc = this.program.Runtime.CurrentInstructionCount;
  }

  private hasPending(): boolean {
    const u = this.urgent;
    const r = this.regular;
    return (u !== null && u.HasPendingMessage) || (r !== null && r.HasPendingMessage);
  }

  // ================= one run =================

  private step(elapsed: number): void {
    this.Now += elapsed;
    this.failoverThisRun = false;
    if (this.onceArmed) this.onceArmed = false;
    this.console.Flush();
    if (this.program.Me.CustomData !== this.lastCustomData) this.checkConfig();
    const firstRun = this.Runs === 0;
    this.Runs++;
    if (this.Role === FailoverRole.Invalid) {
      this.drain();
      this.value = FailoverState.Standby;
      return;
    }
    if (this.period() !== this.builtPeriod) this.buildMessages();
    if (!firstRun && this.unexpectedGap(elapsed)) {
      // back after a gap: what we hold may be the newest checkpoint (even a disabled copy offers it)
      this.offerCheckpoint();
      if (this.Role !== FailoverRole.Disabled) this.wake(elapsed);
    }
    this.drain();
    switch (this.Role) {
      case FailoverRole.Listening:
        this.runListening(firstRun);
        break;
      case FailoverRole.Standby:
        this.runStandby();
        break;
      case FailoverRole.Active:
        this.runActive();
        break;
      default:
        break;
    }
    this.sweepPeers();
    this.updateValue();
  }

  private updateValue(): void {
    if (this.Role === FailoverRole.Active) this.value = this.failoverThisRun ? FailoverState.Active | FailoverState.Failover : FailoverState.Active;
    else this.value = FailoverState.Standby;
  }

  /** The longest gap between runs the update frequency allows (0: no periodic runs). */
  private expectedGap(): int {
    const f = this.program.Runtime.UpdateFrequency;
    if (f.HasFlag(UpdateFrequency.Update1)) return 1;
    if (f.HasFlag(UpdateFrequency.Update10)) return 10;
    if (f.HasFlag(UpdateFrequency.Update100)) return 100;
    return 0;
  }

  /** One period: the heartbeat, or the run interval when runs are rarer. */
  private period(): int {
    const g = this.expectedGap();
    return g > this.HeartbeatTicks ? g : this.HeartbeatTicks;
  }

  private skew(): number {
    return this.period() + 2;
  }

  private unexpectedGap(elapsed: number): boolean {
    if (elapsed > this.Timeout * this.period()) return true;
    const g = this.expectedGap();
    if (g === 0) return false;
    return elapsed > g + Math.max(2, g / 2);
  }

  /** After a gap: do not act until the group has been heard again. */
  private wake(elapsed: number): void {
    if (this.Role === FailoverRole.Active) {
      this.wasActive = true;
      this.console.Warn(`failover: no run for ${elapsed} ticks; checking the group before acting again.`);
    } else if (this.Role === FailoverRole.Standby) this.wasActive = false;
    else if (this.Role !== FailoverRole.Listening) return;
    this.Role = FailoverRole.Listening;
    this.booting = false;
    this.listenHeardActive = false;
    this.listenUntil = this.Now + 2;
    this.wokeAt = this.Now;
    // our own gap says nothing about the peers: their clocks start again (the ones that do not
    // answer are reported lost a timeout later, not at once)
    for (const p of this.Peers) if (!p.Lost) p.LastHeard = this.Now;
    // what we knew of the active is stale: keep the id, but its timer starts again after listening
    this.sendUrgent(this.wasActive ? this.msgQueryWasActive : this.msgQuery);
    this.lastSent = this.Now;
    this.updateStatus();
  }

  private runListening(firstRun: boolean): void {
    if (firstRun) {
      // boot: every copy has had its first run within one period of construction
      const span = this.period() + 2;
      this.listenUntil = Math.max(this.Now + 2, this.booting ? span : 0);
      this.sendUrgent(this.msgQuery);
      this.offerCheckpoint();
      this.lastSent = this.Now;
    }
    if (this.listenHeardActive) {
      this.enterStandby();
      this.runStandby();
      return;
    }
    if (this.Now < this.listenUntil) {
      if (this.Now - this.lastSent >= this.HeartbeatTicks) {
        this.sendUrgent(this.msgQuery);
        this.lastSent = this.Now;
      }
      return;
    }
    if (this.wasActive && (this.ActiveId === 0 || this.ActiveId === this.me) && !this.allPeersHeardSince(this.wokeAt) && this.Now < this.wokeAt + this.Timeout * this.period() + 2) return;
    if (this.wasActive && (this.ActiveId === 0 || this.ActiveId === this.me)) {
      // nobody took over while we were away: carry on (no hooks: we never left)
      this.wasActive = false;
      this.Role = FailoverRole.Active;
      this.ActiveId = this.me;
      this.sendHeartbeat();
      this.lastSent = this.Now;
      this.console.Info("failover: no other active node; resuming as active.");
      this.updateStatus();
      return;
    }
    this.enterStandby();
    if (this.Role === FailoverRole.Standby) this.runStandby();
  }

  /** Every peer not known to be gone has been heard since `t` (so none of them is acting unseen). */
  private allPeersHeardSince(t: number): boolean {
    for (const p of this.Peers) if (!p.Lost && p.Role !== PeerRole.Left && p.LastHeard < t) return false;
    return true;
  }

  private enterStandby(): void {
    this.wasActive = false;
    this.booting = false;
    this.Role = FailoverRole.Standby;
    this.readySince = this.Now;
    if (this.ActiveId === this.me) this.ActiveId = 0;
    if (this.ActiveId === 0) this.noActiveSince = this.Now;
    else if (this.activeLastHeard < this.Now - 2) this.activeLastHeard = this.Now;
    // presence goes out at the end of runStandby, once the election of this run is decided (a P
    // followed by an H in the same run would reach the peers in the other order: two tags)
    this.lastSent = this.Now - this.HeartbeatTicks;
    this.updateStatus();
  }

  private runStandby(): void {
    if (this.ActiveId !== 0) {
      if (this.activeVisiblyLost()) {
        const b = this.activeBlock;
        if (b !== null && !b.Closed) {
          this.watchBlock = b;
          this.watchUntil = this.Now + this.activePeriod + this.activePeriod / 2 + 2;
        }
        this.loseActive(this.Now, "is not working or gone (seen through the grid)");
      } else {
        const deadline = this.activeLastHeard + this.Timeout * this.activePeriod;
        if (this.Now >= deadline) this.loseActive(deadline, `missed ${this.Timeout} heartbeats`);
        else this.considerPreempt();
      }
    }
    if (this.ActiveId === 0) this.elect();
    if (this.Role === FailoverRole.Standby && this.Now - this.lastSent >= this.HeartbeatTicks) {
      this.sendRegular(this.msgPresence);
      // with the checkpoint we hold: a copy that holds a newer one answers with it, so a standby
      // that missed a checkpoint while it was briefly down has it again before it can take over
      this.offerCheckpoint();
      this.lastSent = this.Now;
    }
  }

  private runActive(): void {
    const w = this.watchBlock;
    if (w !== null) {
      if (w.IsWorking) {
        // the node we took over from works again: tell it at once (the higher rank steps down)
        this.watchBlock = null;
        this.sendHeartbeat();
      } else if (w.Closed || this.Now >= this.watchUntil) this.watchBlock = null;
      else this.runAgainNextTick();
    }
    // half a run interval of tolerance: an activation between two runs does not skip a heartbeat
    if (this.Now - this.lastSent >= this.HeartbeatTicks - this.expectedGap() / 2) {
      this.sendHeartbeat();
      this.lastSent = this.Now;
    }
  }

  /** Heartbeat (and checkpoint). The periodic schedule (lastSent) is kept by runActive only, so an
   *  extra heartbeat in answer to a query does not delay the next periodic one. */
  private sendHeartbeat(): void {
    this.sendUrgent(this.msgHeartbeat);
    this.offerCheckpoint();
  }

  // ================= election and transitions =================

  private elect(): void {
    // an active peer heard within its timeout (e.g. one that took over while we were deciding) wins
    let best: FailoverPeer | null = null;
    for (const p of this.Peers) {
      if (p.Lost || p.Role !== PeerRole.Active || this.Now - p.LastHeard > this.Timeout * p.Period) continue;
      if (best === null || p.Rank < best.Rank || (p.Rank === best.Rank && p.Id < best.Id)) best = p;
    }
    if (best !== null) {
      this.setActive(best);
      this.activeLastHeard = best.LastHeard;
      return;
    }
    let pos: int = 0;
    for (const p of this.Peers) {
      if (p.Lost) continue;
      if (p.Role !== PeerRole.Standby && p.Role !== PeerRole.Listening) continue;
      if (this.yielding || p.Rank < this.Rank || (p.Rank === this.Rank && p.Id < this.me)) pos++;
    }
    // a node that handed over takes the role back only when nobody else did (at least one skew later)
    if (this.yielding && pos === 0) pos = 1;
    if (this.Now >= this.noActiveSince + pos * this.skew()) this.becomeActive();
  }

  private becomeActive(): void {
    const tookOver = this.prevActiveId !== 0 && this.prevActiveId !== this.me;
    const from = this.prevActiveId;
    this.Role = FailoverRole.Active;
    this.ActiveId = this.me;
    this.activeBlock = null;
    this.wasActive = false;
    this.prevActiveId = 0;
    this.yielding = false;
    let reason = StartupReason.FirstDeploy;
    if (tookOver) reason = StartupReason.Failover;
    else if (this.HadSavedState || this.cpSeq > 0) reason = StartupReason.WorldLoad;
    this.StartupReason = reason;
    this.failoverThisRun = tookOver;
    this.sendHeartbeat();
    this.lastSent = this.Now;
    if (tookOver) {
      // make the next run recognisable, so the Failover flag shows on exactly one run
      this.runAgainNextTick();
      this.console.Info(`failover: ACTIVE (took over from ${this.nameOf(from)}; checkpoint #${this.cpSeq})`);
    } else this.console.Info(`failover: ACTIVE (${this.reasonName()})`);
    this.updateStatus();
    const h = this.OnActivate;
    if (h !== null) h(reason);
  }

  private runAgainNextTick(): void {
    const rt = this.program.Runtime;
    rt.UpdateFrequency = rt.UpdateFrequency | UpdateFrequency.Once;
    this.onceArmed = true;
  }

  /** Orderly exit from the active role: tell the group (R), run the leaving hook. */
  private resign(why: string): void {
    if (this.Role !== FailoverRole.Active) return;
    this.Role = FailoverRole.Standby;
    this.ActiveId = 0;
    this.noActiveSince = this.Now;
    this.yielding = true;
    this.readySince = this.Now;
    this.sendUrgent(this.msgResign);
    this.lastSent = this.Now;
    this.console.Info(`failover: handing over (${why}).`);
    this.updateStatus();
    this.leavingHook();
  }

  private leavingHook(): void {
    const h = this.OnDeactivate;
    if (h !== null) h();
  }

  private loseActive(since: number, why: string): void {
    const p = this.findPeer(this.ActiveId);
    if (p !== null && !p.Lost) {
      p.Lost = true;
      if (p.Role === PeerRole.Active) p.Role = PeerRole.Unknown;
    }
    this.console.Warn(`failover: active ${this.nameOf(this.ActiveId)} lost: ${why}.`);
    this.prevActiveId = this.ActiveId;
    this.ActiveId = 0;
    this.activeBlock = null;
    this.noActiveSince = since;
    this.updateStatus();
  }

  private activeVisiblyLost(): boolean {
    const b = this.activeBlock;
    if (b === null) return false;
    if (b.Closed || !b.IsWorking) return true;
    if (this.Scope === FailoverScope.Construct && !b.IsSameConstructAs(this.program.Me)) return true;
    if (this.Scope === FailoverScope.Connected && this.program.GridTerminalSystem.GetBlockWithId(this.ActiveId) == null) return true;
    return false;
  }

  private considerPreempt(): void {
    if (!this.Preempt || this.suppressPreempt) return;
    if (!(this.Rank < this.activeRank || (this.Rank === this.activeRank && this.me < this.ActiveId))) return;
    if (this.Now < this.readySince + this.PreemptDelayTicks) return;
    if (this.Now - this.lastPreemptAt < this.HeartbeatTicks) return;
    this.lastPreemptAt = this.Now;
    // we asked to take over: an earlier handover of ours must not hold us back when it resigns
    this.yielding = false;
    this.sendUrgent(this.msgPreempt);
  }

  /** `id` (rank r) is now the active node. */
  private setActive(p: FailoverPeer): void {
    this.yielding = false;
    this.prevActiveId = p.Id;
    this.activeRank = p.Rank;
    this.activePeriod = p.Period;
    this.activeLastHeard = this.Now;
    if (this.ActiveId !== p.Id) {
      this.ActiveId = p.Id;
      this.activeBlock = p.Block;
      // someone took the role: those who handed it over are in the line of succession again
      for (const q of this.Peers) if (q.Role === PeerRole.Resigned && q !== p) q.Role = PeerRole.Standby;
      if (this.Role !== FailoverRole.Listening) this.console.Info(`failover: active is ${p.Name} (rank ${p.Rank}).`);
      this.updateStatus();
    }
  }

  // ================= messages =================

  private drain(): void {
    const u = this.urgent;
    if (u !== null) {
      while (u.HasPendingMessage) {
        const m = u.AcceptMessage();
        this.onMessage(m.Source, m.As<string>());
      }
    }
    const r = this.regular;
    if (r !== null) {
      while (r.HasPendingMessage) {
        const m = r.AcceptMessage();
        this.onMessage(m.Source, m.As<string>());
      }
    }
  }

  private onMessage(source: long, data: string): void {
    if (data == null || data.length < 3 || source === this.me) return;
    const kind: int = toInt(data.charCodeAt(0));
    const p = this.touchPeer(source);
    if (kind === K_CHECKPOINT) {
      // a peer still holds an older checkpoint (it was down when ours went out): hand it ours,
      // once per tick, so the group converges on the newest one before anybody acts on it
      if (data !== this.cpWire && this.adoptCheckpoint(data) < this.cpSeq && this.cpCorrectedAt !== this.Now) {
        this.cpCorrectedAt = this.Now;
        this.sendRegular(this.cpWire);
      }
      return;
    }
    if (data !== p.LastMessage) {
      this.parsePos = 2;
      const rank = this.parseNumber(data);
      this.parsePos++;
      const period = this.parseNumber(data);
      if (rank < 0 || period < 1) return;
      p.LastMessage = data;
      const r = toInt(rank);
      if (r !== p.Rank) p.WarnedSameRank = false;
      p.Rank = r;
      p.Period = toInt(period);
      if (r === this.Rank && !p.WarnedSameRank && this.Role !== FailoverRole.Invalid) {
        p.WarnedSameRank = true;
        this.console.Warn(`failover: ${p.Name} has the same rank ${r}; the lower EntityId wins. Give each copy its own rank.`);
      }
    }
    if (kind === K_HEARTBEAT) this.onHeartbeat(p);
    else if (kind === K_PRESENCE) {
      if (p.HeardActiveAt === this.Now) return; // sent before its H of the same run (two tags)
      p.Role = PeerRole.Standby;
      if (p.Id === this.ActiveId) this.activeStoppedBeing(p);
    } else if (kind === K_QUERY || kind === K_QUERY_WAS_ACTIVE) this.onQuery(p, kind === K_QUERY_WAS_ACTIVE);
    else if (kind === K_RESIGN) {
      p.Role = PeerRole.Resigned;
      if (p.Id === this.ActiveId) {
        this.console.Info(`failover: ${p.Name} handed over.`);
        this.activeStoppedBeing(p);
      }
    } else if (kind === K_PREEMPT) {
      if (this.Role === FailoverRole.Active && (p.Rank < this.Rank || (p.Rank === this.Rank && p.Id < this.me))) {
        this.resign(`preempted by ${p.Name}, rank ${p.Rank}`);
      }
    } else if (kind === K_LEAVE) {
      p.Role = PeerRole.Left;
      if (!p.Lost) {
        p.Lost = true;
        this.console.Info(`failover: peer ${p.Name} (rank ${p.Rank}) left the group.`);
      }
      if (p.Id === this.ActiveId) this.activeStoppedBeing(p);
    }
  }

  private activeStoppedBeing(p: FailoverPeer): void {
    this.prevActiveId = p.Id;
    this.ActiveId = 0;
    this.activeBlock = null;
    this.noActiveSince = this.Now;
    this.updateStatus();
  }

  private onHeartbeat(p: FailoverPeer): void {
    p.Role = PeerRole.Active;
    p.HeardActiveAt = this.Now;
    if (this.Role === FailoverRole.Active) {
      if (p.Rank < this.Rank || (p.Rank === this.Rank && p.Id < this.me)) {
        // two actives hear each other: the higher (rank, EntityId) steps down at once
        this.Role = FailoverRole.Standby;
        this.readySince = this.Now;
        this.setActive(p);
        this.console.Warn(`failover: ${p.Name} (rank ${p.Rank}) is also active; stepping down.`);
        this.updateStatus();
        this.leavingHook();
      } else if (this.respondedAt !== this.Now) {
        this.respondedAt = this.Now;
        this.sendHeartbeat();
      }
      return;
    }
    if (this.Role === FailoverRole.Listening) this.listenHeardActive = true;
    if (this.ActiveId === 0 || this.ActiveId === p.Id) this.setActive(p);
    else {
      // two actives: follow the lower one; the other will step down when it hears it
      if (p.Rank < this.activeRank || (p.Rank === this.activeRank && p.Id < this.ActiveId)) this.setActive(p);
      else if (this.Now - this.activeLastHeard > this.Timeout * this.activePeriod) this.setActive(p);
    }
  }

  private onQuery(p: FailoverPeer, wasActive: boolean): void {
    p.Role = PeerRole.Listening;
    if (wasActive && this.Role !== FailoverRole.Active && (this.ActiveId === 0 || this.ActiveId === p.Id)) {
      // it was active before its gap and is checking: treat it as the active until it decides
      p.Role = PeerRole.Active;
      this.setActive(p);
    }
    if (this.respondedAt === this.Now) return;
    this.respondedAt = this.Now;
    if (this.Role === FailoverRole.Active) this.sendHeartbeat();
    else {
      if (this.Role === FailoverRole.Standby) this.sendRegular(this.msgPresence);
      // every copy that holds a checkpoint (even a disabled one) hands it to a node that asks
      this.offerCheckpoint();
    }
  }

  /** Takes a checkpoint wire string when it is newer than ours; returns its sequence (-1 if malformed). */
  private adoptCheckpoint(wire: string): number {
    this.parsePos = 2;
    const seq = this.parseNumber(wire);
    if (seq < 0 || this.parsePos >= wire.length || wire.charCodeAt(this.parsePos) !== 59) return -1;
    if (seq <= this.cpSeq) return seq;
    this.cpSeq = seq;
    this.cpText = wire.substring(this.parsePos + 1);
    this.cpWire = wire;
    return seq;
  }

  /** Reads a non-negative integer at parsePos (advances it); -1 when there is none. */
  private parseNumber(s: string): number {
    let i: int = this.parsePos;
    let v = 0;
    let digits = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
      digits++;
      i++;
    }
    this.parsePos = i;
    return digits === 0 ? -1 : v;
  }

  private touchPeer(id: long): FailoverPeer {
    let p = this.findPeer(id);
    if (p === null) {
      p = new FailoverPeer(id, this.lookupName(id));
      p.Block = this.program.GridTerminalSystem.GetBlockWithId(id);
      this.Peers.push(p);
      p.LastHeard = this.Now;
      if (this.Role !== FailoverRole.Invalid) this.console.Info(`failover: peer ${p.Name} joined.`);
    } else if (p.Lost) {
      p.Lost = false;
      if (p.Block === null) p.Block = this.program.GridTerminalSystem.GetBlockWithId(id);
      this.console.Info(`failover: peer ${p.Name} is back.`);
    }
    p.LastHeard = this.Now;
    return p;
  }

  private findPeer(id: long): FailoverPeer | null {
    for (const p of this.Peers) if (p.Id === id) return p;
    return null;
  }

  /** Standbys that stopped announcing themselves are reported lost. */
  private sweepPeers(): void {
    const slack = this.expectedGap() + 2;
    for (const p of this.Peers) {
      if (p.Lost || p.Id === this.ActiveId) continue;
      if (this.Now - p.LastHeard > (this.Timeout + 1) * p.Period + slack) {
        p.Lost = true;
        this.console.Warn(`failover: peer ${p.Name} (rank ${p.Rank}) lost: not heard for ${this.Now - p.LastHeard} ticks.`);
      }
    }
  }

  /** Sends the checkpoint we hold, if any (the prebuilt wire string: no allocation). */
  private offerCheckpoint(): void {
    if (this.cpSeq > 0) this.sendRegular(this.cpWire);
  }

  private sendUrgent(msg: string): void {
    if (this.tagUrgent !== "") this.program.IGC.SendBroadcastMessage(this.tagUrgent, msg, this.distance);
  }
  private sendRegular(msg: string): void {
    if (this.tagRegular !== "") this.program.IGC.SendBroadcastMessage(this.tagRegular, msg, this.distance);
  }

  // ================= configuration =================

  private checkConfig(): void {
    const text = this.program.Me.CustomData;
    this.lastCustomData = text;
    const oldId = this.Id;
    const wasValid = this.configured;
    const error = this.parseConfig(text);
    if (error !== "") {
      const changed = error !== this.ConfigError;
      this.ConfigError = error;
      this.configured = false;
      if (this.Role === FailoverRole.Active) this.resign("configuration became invalid");
      if (wasValid) this.sendUrgent(this.msgLeave);
      this.Role = FailoverRole.Invalid;
      this.ActiveId = 0;
      this.value = FailoverState.Standby;
      if (changed) this.console.Error(`failover: ${error}`);
      this.console.SetStatus(`Failover: configuration error (see log): ${error}`);
      return;
    }
    this.ConfigError = "";
    this.configured = true;
    if (wasValid && oldId !== this.Id) {
      if (this.Role === FailoverRole.Active) this.resign("group id changed");
      this.sendUrgent(this.msgLeave);
    }
    this.buildMessages();
    this.distance =
      this.Scope === FailoverScope.Antenna
        ? TransmissionDistance.AntennaRelay
        : this.Scope === FailoverScope.Connected
          ? TransmissionDistance.ConnectedConstructs
          : TransmissionDistance.CurrentConstruct;
    if (!wasValid || oldId !== this.Id) {
      const igc = this.program.IGC;
      if (this.urgent !== null) igc.DisableBroadcastListener(this.urgent);
      if (this.regular !== null) igc.DisableBroadcastListener(this.regular);
      this.tagUrgent = `pbfo!${this.Id}`;
      this.tagRegular = `pbfo.${this.Id}`;
      const u = igc.RegisterBroadcastListener(this.tagUrgent);
      u.SetMessageCallback("");
      this.urgent = u;
      this.regular = igc.RegisterBroadcastListener(this.tagRegular);
      this.Peers.splice(0, this.Peers.length);
      this.ActiveId = 0;
      if (this.Role === FailoverRole.Invalid || this.Role === FailoverRole.Standby || this.Role === FailoverRole.Active) {
        this.Role = FailoverRole.Listening;
        this.listenHeardActive = false;
        this.listenUntil = this.Now + this.period() + 2;
        if (this.Runs > 0) {
          this.sendUrgent(this.msgQuery);
          this.lastSent = this.Now;
        }
      }
    }
    this.applyEnabled();
    this.updateStatus();
  }

  /** The fixed set of control messages, built once per configuration (and when the period changes). */
  private buildMessages(): void {
    const p = this.period();
    const r = this.Rank;
    this.builtPeriod = p;
    this.msgHeartbeat = `H;${r};${p}`;
    this.msgResign = `R;${r};${p}`;
    this.msgPresence = `P;${r};${p}`;
    this.msgQuery = `Q;${r};${p}`;
    this.msgQueryWasActive = `W;${r};${p}`;
    this.msgPreempt = `T;${r};${p}`;
    this.msgLeave = `X;${r};${p}`;
  }

  /** Apply `enabled` (CustomData) and the enable/disable commands. */
  private applyEnabled(): void {
    if (!this.configured) return;
    const on = this.ConfigEnabled && !this.commandDisabled;
    if (!on && this.Role !== FailoverRole.Disabled) {
      if (this.Role === FailoverRole.Active) this.resign("disabled");
      this.Role = FailoverRole.Disabled;
      this.ActiveId = 0;
      this.sendUrgent(this.msgLeave);
      this.updateStatus();
    } else if (on && this.Role === FailoverRole.Disabled) {
      this.Role = FailoverRole.Listening;
      this.yielding = false;
      this.listenHeardActive = false;
      this.wasActive = false;
      this.listenUntil = this.Now + 2;
      this.sendUrgent(this.msgQuery);
      this.lastSent = this.Now;
      this.updateStatus();
    }
  }

  /** Reads [failover] into the fields; returns "" or what is wrong and how to fix it. */
  private parseConfig(text: string): string {
    const ini = this.ini;
    ini.Clear();
    const result = new Out<MyIniParseResult>();
    if (!ini.TryParse(text, result)) {
      return `CustomData is not valid INI (${result.value.ToString()}). Fix that line of CustomData; the section looks like:\n[failover]\nid=<group name>\nrank=0`;
    }
    if (!ini.ContainsSection("failover")) {
      return "CustomData has no [failover] section. Add one with a group id and a rank:\n[failover]\nid=<group name, the same on every copy>\nrank=0   (0 on the primary, 1, 2... on the others)";
    }
    ini.GetKeys("failover", this.keys);
    for (const k of this.keys) {
      const n = k.Name.toLowerCase();
      if (n !== "id" && n !== "rank" && n !== "heartbeat" && n !== "timeout" && n !== "preempt" && n !== "preemptdelay" && n !== "scope" && n !== "enabled") {
        return `unknown key '${k.Name}' in [failover]. Known keys: id, rank, heartbeat, timeout, preempt, preemptdelay, scope, enabled. Fix the spelling or remove the line.`;
      }
    }
    const idValue = ini.Get("failover", "id");
    if (idValue.IsEmpty) return "[failover] has no id. Add id=<group name>, the same on every copy of the script.";
    const id = idValue.ToString("").trim();
    if (id === "") return "[failover] id is empty. Write id=<group name>, the same on every copy of the script.";

    const rankValue = ini.Get("failover", "rank");
    if (rankValue.IsEmpty) return "[failover] has no rank. Add rank=0 on the primary copy and rank=1, 2... on the others (lower wins).";
    const rank = new Out<int>();
    if (!rankValue.TryGetInt32(rank)) return `[failover] rank=${rankValue.ToString("")} is not a whole number. Use rank=0 on the primary copy and 1, 2... on the others.`;
    if (rank.value < 0) return `[failover] rank=${rank.value} is negative. Use a whole number from 0 (the primary) up.`;
    if (rank.value > MAX_RANK) return `[failover] rank=${rank.value} is too large. Use a whole number from 0 to ${MAX_RANK}.`;

    let heartbeat: int = 100;
    const hbValue = ini.Get("failover", "heartbeat");
    if (!hbValue.IsEmpty) {
      const hb = new Out<number>();
      if (!hbValue.TryGetDouble(hb)) return `[failover] heartbeat=${hbValue.ToString("")} is not a number. Give seconds between heartbeats, e.g. heartbeat=1.5 (default: 100 ticks, 1.67 s).`;
      if (!(hb.value >= 1 / 60) || !(hb.value <= 600)) return `[failover] heartbeat=${hbValue.ToString("")} is out of range. Use seconds from 0.017 (one tick) to 600, e.g. heartbeat=1.5.`;
      heartbeat = toInt(Math.max(1, Math.round(hb.value * 60)));
    }
    let timeout: int = 3;
    const toValue = ini.Get("failover", "timeout");
    if (!toValue.IsEmpty) {
      const t = new Out<int>();
      if (!toValue.TryGetInt32(t)) return `[failover] timeout=${toValue.ToString("")} is not a whole number. Give the heartbeats missed before a standby takes over, e.g. timeout=3.`;
      if (t.value < 1 || t.value > 100) return `[failover] timeout=${t.value} is out of range. Use 1 to 100 missed heartbeats (default 3).`;
      timeout = toInt(t.value);
    }
    let preempt = true;
    const peValue = ini.Get("failover", "preempt");
    if (!peValue.IsEmpty) {
      const b = new Out<boolean>();
      if (!peValue.TryGetBoolean(b)) return `[failover] preempt=${peValue.ToString("")} is not true or false. Write preempt=true or preempt=false.`;
      preempt = b.value;
    }
    let delay: int = 0;
    const pdValue = ini.Get("failover", "preemptdelay");
    if (!pdValue.IsEmpty) {
      const d = new Out<number>();
      if (!pdValue.TryGetDouble(d)) return `[failover] preemptdelay=${pdValue.ToString("")} is not a number. Give seconds, e.g. preemptdelay=5.`;
      if (!(d.value >= 0) || !(d.value <= 3600)) return `[failover] preemptdelay=${pdValue.ToString("")} is out of range. Use seconds from 0 to 3600.`;
      delay = toInt(Math.round(d.value * 60));
    }
    let scope = FailoverScope.Construct;
    const scValue = ini.Get("failover", "scope");
    if (!scValue.IsEmpty) {
      const s = scValue.ToString("").trim().toLowerCase();
      if (s === "construct") scope = FailoverScope.Construct;
      else if (s === "connected") scope = FailoverScope.Connected;
      else if (s === "antenna") scope = FailoverScope.Antenna;
      else return `[failover] scope=${scValue.ToString("")} is not known. Use scope=construct, scope=connected or scope=antenna.`;
    }
    let enabled = true;
    const enValue = ini.Get("failover", "enabled");
    if (!enValue.IsEmpty) {
      const b = new Out<boolean>();
      if (!enValue.TryGetBoolean(b)) return `[failover] enabled=${enValue.ToString("")} is not true or false. Write enabled=true or enabled=false.`;
      enabled = b.value;
    }
    this.Id = id;
    this.Rank = toInt(rank.value);
    this.HeartbeatTicks = heartbeat;
    this.Timeout = timeout;
    this.Preempt = preempt;
    this.PreemptDelayTicks = delay;
    this.Scope = scope;
    this.ConfigEnabled = enabled;
    return "";
  }

  // ================= text =================

  private updateStatus(): void {
    if (this.Role === FailoverRole.Invalid) return;
    let active = "none";
    if (this.ActiveId === this.me) active = "this node";
    else if (this.ActiveId !== 0) active = `${this.nameOf(this.ActiveId)} (rank ${this.activeRank})`;
    this.console.SetStatus(`Failover '${this.Id}': ${this.roleName()}, rank ${this.Rank}; active: ${active}`);
  }

  roleName(): string {
    switch (this.Role) {
      case FailoverRole.Invalid:
        return "invalid configuration";
      case FailoverRole.Disabled:
        return "disabled";
      case FailoverRole.Listening:
        return "listening";
      case FailoverRole.Standby:
        return "standby";
      default:
        return "active";
    }
  }

  private reasonName(): string {
    switch (this.StartupReason) {
      case StartupReason.FirstDeploy:
        return "first deploy";
      case StartupReason.WorldLoad:
        return "world load with saved state";
      case StartupReason.Failover:
        return "failover";
      default:
        return "not active yet";
    }
  }

  private nameOf(id: long): string {
    if (id === this.me) return "this node";
    const p = this.findPeer(id);
    if (p !== null) return p.Name;
    return this.lookupName(id);
  }

  private lookupName(id: long): string {
    const b = this.program.GridTerminalSystem.GetBlockWithId(id);
    if (b != null) return b.CustomName;
    return `#${id}`;
  }
}

export function peerRoleName(r: PeerRole): string {
  switch (r) {
    case PeerRole.Listening:
      return "listening";
    case PeerRole.Standby:
      return "standby";
    case PeerRole.Active:
      return "active";
    case PeerRole.Resigned:
      return "handed over";
    case PeerRole.Left:
      return "left";
    default:
      return "unknown";
  }
}
