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
import { UpdateFrequency, UpdateType } from "pbts/se";
import type { SimProgrammableBlock } from "./blocks/programmable.ts";
import type { IgcHub } from "./igc.ts";

export function dueUpdateType(frequency: number, tick: number, phase10: number, phase100: number): number {
  let due = 0;
  if (frequency & UpdateFrequency.Update1) due |= UpdateType.Update1;
  if (frequency & UpdateFrequency.Update10 && tick % 10 === phase10) due |= UpdateType.Update10;
  if (frequency & UpdateFrequency.Update100 && tick % 100 === phase100) due |= UpdateType.Update100;
  if (frequency & UpdateFrequency.Once) due |= UpdateType.Once;
  return due;
}

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
