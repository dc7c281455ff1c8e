// The adversary's property families: which ops each one draws, and how long its schedules are.
import { specArb, type CfgKind, type GenSpec, type OpKind } from "./gen.ts";

export const FAMILIES: Record<string, { kinds: OpKind[]; maxOps?: number; minN?: number; maxN?: number; updates?: (1 | 10 | 100)[]; extremes?: boolean; cfg?: CfgKind; maxUpdate1?: number; scope?: GenSpec["scope"]; layout?: GenSpec["layout"]; ci?: number; antennaAll?: boolean; usage?: boolean; spare?: boolean; scopeEdits?: GenSpec["scope"][] }> = {
  // operator commands and CustomData edited at run time, at boot and in bursts
  operator: { kinds: ["status", "user-arg", "handover", "handover-only", "disable", "rank-edit", "bad-edit", "enabled-edit", "recompile"] },
  // block faults in bursts (several in one tick, at boot, during a handover)
  blocks: { kinds: ["destroy", "damage", "turn-off", "unpower", "unpower-grid", "throw", "change-owner", "flap", "lag", "recompile", "handover"] },
  // the world: save/load, world lag, message loss bursts
  world: { kinds: ["save-reload", "save-later-load", "lag-world", "loss", "loss-world", "turn-off", "throw"] },
  // rotor splits and undocking (scope construct / connected)
  topology: { kinds: ["split", "undock", "destroy", "turn-off", "handover"] },
  // session 7: every [failover] key edited at run time (extremes, bad values, the id), with operator
  // commands in any state, recompiles and world saves in between
  config: { kinds: ["cfg-edit", "bad-value", "id-edit", "cmd-any", "rank-edit", "enabled-edit", "recompile", "save-reload", "save-later-load", "turn-off"], extremes: true, ci: 100 },
  // 8-12 copies (queues of 25 messages fill up), docked and split, handovers, loss and save/load
  crowd: { kinds: ["destroy", "turn-off", "handover", "cmd-any", "loss", "recompile", "save-reload", "split", "undock", "lag", "throw"], minN: 8, maxN: 12, maxOps: 6, ci: 40, antennaAll: true },
  // session 8: handover storms, a copy's owner changed during its handover, a world save/reload while
  // a copy asks the group, flapping copies whose preemption waits a delay (preempt=true, preemptdelay > 0)
  storm: { kinds: ["handover-storm", "handover-owner", "reload-midquery", "flap", "handover", "turn-off", "cmd-any", "recompile"], cfg: "preempt", ci: 100 },
  // session 8: the tightest leases (heartbeat 1 or 3 ticks, timeout 2), every copy on Update1 (the active
  // checkpoints on every run), faults that stop a script or its runs
  fast: { kinds: ["destroy", "turn-off", "throw", "handover", "recompile", "lag", "flap", "change-owner", "save-reload", "loss"], cfg: "fast", updates: [1], maxUpdate1: 8, maxN: 5, maxOps: 5, ci: 10 },
  // session 8: antenna scope on one grid with message loss (a copy cut off is a silent loss)
  lossy: { kinds: ["loss", "loss-world", "destroy", "turn-off", "handover", "throw", "recompile", "flap"], scope: "antenna", layout: "one", ci: 50 },
  // session 9 (fo-hunt): the usages a script may pick: MainConsole or EchoConsole, the warm-up pattern
  // (Update10 added while active), with and without HandleCommand, under faults and commands
  usage: { kinds: ["destroy", "turn-off", "throw", "change-owner", "handover", "handover-only", "user-arg", "status", "recompile", "save-reload", "flap", "lag", "enabled-edit", "bad-edit"], usage: true, ci: 50 },
  // session 9: a handover whose next copy is hit 0-2 ticks later; two or three copies lost in a row
  chain: { kinds: ["handover-next", "cascade", "handover", "user-arg", "turn-off", "recompile", "flap"], ci: 50 },
  // session 9: eight copies all on Update1 (the active checkpoints on every run), heartbeat 1 or 3 ticks, timeout 2
  fast8: { kinds: ["destroy", "turn-off", "throw", "handover", "recompile", "lag", "flap", "change-owner", "save-reload", "loss", "cascade", "handover-next"], cfg: "fast", updates: [1], maxUpdate1: 8, minN: 8, maxN: 8, maxOps: 4, ci: 2 },
  // session 21 (rv-16): reach in the antenna scope cut and restored by an antenna or a move (docked ships, rotor arms, one
  // grid), beside handovers, undocking, a rank and id edited in one save, failover commands by another PB's TryRun
  // session 25 (fo-hunt; test/mixins/scripts/fo25-sample.ts's held-out families, in brief): `scope=` edited at run time
  // (construct <-> connected, on one grid, a rotor arm and docked ships split and joined again), alone or in the tick of
  // a handover or a loss; a copy's Storage emptied (a recompile into wipe.ts and back); a new PB given the script with an
  // empty Storage, alone or replacing a destroyed copy
  reconfig: { kinds: ["scope-edit", "scope-edit", "scope-loss", "scope-loss", "wipe", "wipe", "paste", "paste", "split", "undock", "handover", "handover-next", "destroy", "turn-off", "recompile", "save-reload", "user-arg", "loss"], scope: "construct", scopeEdits: ["construct", "connected"], spare: true, ci: 150 },
  reach: { kinds: ["antenna-off", "move", "undock", "split", "destroy", "turn-off", "handover", "id-rank-edit", "tryrun-cmd", "recompile", "save-later-load", "user-arg"], scope: "antenna", antennaAll: true, ci: 50 },
};

/** A family by name; `<family>+handle` draws only copies that call HandleCommand (the usage the
 *  README recommends: the open drop-in findings F8, F10, F11 do not apply there); `<family>+lean` the same schedules
 *  with the lean class (Failover, HandleCommand(argument, updateSource)) on every copy (session 25). */
export function familyArb(name: string) {
  const [base, mod] = name.split("+");
  const f = FAMILIES[base!]!;
  const a = specArb({ ...f, family: name, handleAll: mod === "handle" || mod === "lean" });
  // (a map: the draws are +handle's, so no other family's schedules change)
  return mod === "lean" ? a.map((s) => ({ ...s, lean: true })) : a;
}
