// The adversary's property families: which ops each one draws, and how long its schedules are.
import { specArb, type OpKind } from "./gen.ts";

export const FAMILIES: Record<string, { kinds: OpKind[]; maxOps?: number; minN?: number; maxN?: number; updates?: (1 | 10 | 100)[]; extremes?: boolean; ci?: number; antennaAll?: boolean }> = {
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
};

/** A family by name; `<family>+handle` draws only copies that call HandleCommand (the usage the
 *  README recommends: the open drop-in findings F8, F10, F11 do not apply there). */
export function familyArb(name: string) {
  const [base, mod] = name.split("+");
  const f = FAMILIES[base!]!;
  return specArb({ ...f, family: name, handleAll: mod === "handle" });
}
