// Which runs happen in a tick, and in what order (se-api-facts "UpdateFrequency and UpdateType").
// Per tick, after faults and IGC delivery:
//   1. update runs: for each PB (creation order, or a seeded shuffle with runOrder "shuffled") the due
//      flags are OR-ed into ONE run: Update1 every tick, Update10 when tick % 10 == phase10,
//      Update100 when tick % 100 == phase100, Once whenever set. Once is cleared just before the run
//      (so Main may set it again). A PB that cannot run keeps its Once pending.
//   2. IGC callback runs (UpdateType.IGC), at most one per PB, for listeners that received messages.
// Doing callbacks after the update runs makes "set in tick N, takes effect in tick N+1" hold for
// every frequency change, whichever kind of run made it.
// The per-block phases model the game's load balancing of Update10/100 (not aligned to a global tick).
//
// Speed (UpdateScheduler): PBs are kept in buckets by frequency and phase (every tick: Update1 or
// Once; Update10 by phase10; Update100 by phase100), so a tick looks only at the PBs that may be due
// and the simulation can tell how many ticks ahead are certainly empty (Simulation.runTicks skips
// them). Buckets hold a superset of the PBs that may be due: a frequency change that adds a bucket
// rebuilds them at once (also in the middle of a tick, so a PB later in the order that a TryRun made
// due still runs this tick, as with a full scan); one that only removes bits is folded in at the next
// tick. Due flags are computed exactly as before for every candidate, so runs are the same.
import { UpdateFrequency, UpdateType } from "pbts/se";
import type { SimProgrammableBlock } from "./blocks/programmable.ts";
import type { RunState } from "./blocks/run-state.ts";
import type { IgcHub } from "./igc.ts";

export function dueUpdateType(frequency: number, tick: number, phase10: number, phase100: number): number {
  let due = 0;
  if (frequency & UpdateFrequency.Update1) due |= UpdateType.Update1;
  if (frequency & UpdateFrequency.Update10 && tick % 10 === phase10) due |= UpdateType.Update10;
  if (frequency & UpdateFrequency.Update100 && tick % 100 === phase100) due |= UpdateType.Update100;
  if (frequency & UpdateFrequency.Once) due |= UpdateType.Once;
  return due;
}

/** Which buckets a frequency needs: 1 every tick (Update1, Once), 2 Update10, 4 Update100. */
function bucketsOf(frequency: number): number {
  return (
    (frequency & (UpdateFrequency.Update1 | UpdateFrequency.Once) ? 1 : 0) |
    (frequency & UpdateFrequency.Update10 ? 2 : 0) |
    (frequency & UpdateFrequency.Update100 ? 4 : 0)
  );
}

/** Update runs in creation order, looking only at PBs whose buckets may be due this tick. */
export class UpdateScheduler {
  /** Bumped when the buckets must be rebuilt before they are used again. */
  private version = 1;
  private builtVersion = 0;
  /** PBs filed at the last build (a PB added since makes the buckets stale). */
  private builtCount = 0;
  /** PBs whose frequency lost bits since the buckets were built (folded in at the next tick). */
  private shrunk: SimProgrammableBlock[] = [];
  /** Each PB's run state (blocks/run-state.ts), in `pbs` order: what a run reads, so the walk does
   *  not read the blocks themselves (issue 17). */
  private states: RunState[] = [];
  /** Indices into `pbs` and `states`, ascending. */
  private every: number[] = [];
  private readonly by10: number[][] = Array.from({ length: 10 }, () => []);
  private readonly by100: number[][] = Array.from({ length: 100 }, () => []);
  /** For each tick % 100: ticks until a tick whose Update10/100 buckets are not empty (100: never). */
  private readonly gap = new Int32Array(100);
  /** The bucket set each PB was filed under at the last build. */
  private readonly filed = new Map<SimProgrammableBlock, number>();

  constructor(private readonly pbs: readonly SimProgrammableBlock[]) {}

  /** A PB's frequency changed (its Runtime's hook), or its Runtime was replaced. */
  frequencyChanged(pb: SimProgrammableBlock, after: number): void {
    const now = bucketsOf(after);
    const was = this.filed.get(pb) ?? 0;
    if ((now & ~was) !== 0) this.version++;
    else if (now !== was) this.shrunk.push(pb);
  }
  private fold(): void {
    if (this.shrunk.length === 0) return;
    for (const pb of this.shrunk) {
      if (bucketsOf(pb.runtime.UpdateFrequency) !== (this.filed.get(pb) ?? 0)) {
        this.version++;
        break;
      }
    }
    this.shrunk = [];
  }

  private stale(): boolean {
    return this.version !== this.builtVersion || this.pbs.length !== this.builtCount;
  }

  private rebuild(): void {
    this.builtVersion = this.version;
    this.builtCount = this.pbs.length;
    this.shrunk = [];
    this.every = [];
    for (const b of this.by10) b.length = 0;
    for (const b of this.by100) b.length = 0;
    this.filed.clear();
    const pbs = this.pbs;
    this.states = pbs.map((pb) => pb.state);
    for (let i = 0; i < pbs.length; i++) {
      const pb = pbs[i]!;
      const k = bucketsOf(pb.runtime.UpdateFrequency);
      this.filed.set(pb, k);
      if (k & 1) this.every.push(i);
      if (k & 2) this.by10[pb.phase10 % 10]!.push(i);
      if (k & 4) this.by100[pb.phase100 % 100]!.push(i);
    }
    // gap[p]: distance from p to the next non-empty phase, walking the cycle twice so it wraps
    let next = -1;
    for (let p = 199; p >= 0; p--) {
      const q = p % 100;
      if (this.by10[q % 10]!.length || this.by100[q]!.length) next = p;
      if (p < 100) this.gap[p] = next < 0 ? 100 : next - p;
    }
  }

  /** Ticks from `tick` (inclusive) to the first one at which some PB may be due (0: `tick` itself; capped at `limit`). */
  quietTicks(tick: number, limit: number): number {
    this.fold();
    if (this.stale()) this.rebuild();
    if (this.every.length) return 0;
    return Math.min(this.gap[tick % 100]!, limit);
  }

  runUpdates(tick: number): void {
    this.fold();
    if (this.stale()) this.rebuild();
    let states = this.states;
    let a = this.every;
    let b = this.by10[tick % 10]!;
    let c = this.by100[tick % 100]!;
    if (a.length + b.length + c.length === 0) return;
    let pos = -1;
    // One bucket due (the usual case: Update1 only, or one Update10/100 phase): walk it as long as it
    // stays current, without the three-way merge below.
    const only = b.length + c.length === 0 ? a : a.length + c.length === 0 ? b : a.length + b.length === 0 ? c : null;
    if (only !== null) {
      let i = 0;
      for (; i < only.length && !this.stale(); i++) runDue(states[only[i]!]!, tick);
      if (!this.stale()) return;
      pos = i === 0 ? -1 : only[i - 1]!; // the last PB looked at; the loop below rebuilds and goes on after it
    }
    let ia = 0;
    let ib = 0;
    let ic = 0;
    for (;;) {
      if (this.stale()) {
        // a run made another PB due (e.g. through TryRun): rebuild, go on after the current one
        this.rebuild();
        states = this.states;
        a = this.every;
        b = this.by10[tick % 10]!;
        c = this.by100[tick % 100]!;
        ia = after(a, pos);
        ib = after(b, pos);
        ic = after(c, pos);
      }
      const na = ia < a.length ? a[ia]! : Infinity;
      const nb = ib < b.length ? b[ib]! : Infinity;
      const nc = ic < c.length ? c[ic]! : Infinity;
      const next = na < nb ? (na < nc ? na : nc) : nb < nc ? nb : nc;
      if (next === Infinity) return;
      if (na === next) ia++;
      if (nb === next) ib++;
      if (nc === next) ic++;
      pos = next;
      runDue(states[next]!, tick);
    }
  }
}

/** One PB's update run if it is due (the same checks as the full scan). */
function runDue(st: RunState, tick: number): void {
  const due = dueUpdateType(st.runtime.UpdateFrequency, tick, st.phase10, st.phase100);
  if (due === 0) return;
  if (due & UpdateType.Once) {
    if (!st.canRun()) return; // a PB that cannot run keeps its Once pending
    st.runtime.clearOnce();
  }
  st.run(due, ""); // no-op when the PB cannot run
}

/** The first index of ascending `xs` holding a value above `pos`. */
function after(xs: readonly number[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Update runs in a given order (the seeded shuffle): every PB is looked at. */
export function runUpdates(tick: number, order: readonly SimProgrammableBlock[]): void {
  for (const pb of order) {
    if (!pb.alive) continue;
    const due = dueUpdateType(pb.runtime.UpdateFrequency, tick, pb.phase10, pb.phase100);
    if (due === 0 || !pb.canRun()) continue;
    if (due & UpdateType.Once) pb.runtime.clearOnce();
    pb.run(due, "");
  }
}

export function runIgcCallbacks(igc: IgcHub, order: readonly SimProgrammableBlock[]): void {
  if (igc.pendingCallbacks.size === 0) return;
  for (const pb of order) {
    const argument = igc.pendingCallbacks.get(pb);
    if (argument === undefined) continue;
    pb.run(UpdateType.IGC, argument); // no-op when the PB cannot run (the messages stay queued)
  }
  igc.pendingCallbacks.clear();
}
