// The adversary's property families: which ops each one draws, and how long its schedules are.
import { specArb, type OpKind } from "./gen.ts";

export const FAMILIES: Record<string, { kinds: OpKind[]; maxOps?: number; minN?: number; maxN?: number; updates?: (1 | 10 | 100)[] }> = {
  // operator commands and CustomData edited at run time, at boot and in bursts
  operator: { kinds: ["status", "user-arg", "handover", "handover-only", "disable", "rank-edit", "bad-edit", "enabled-edit", "recompile"] },
  // block faults in bursts (several in one tick, at boot, during a handover)
  blocks: { kinds: ["destroy", "damage", "turn-off", "unpower", "unpower-grid", "throw", "change-owner", "flap", "lag", "recompile", "handover"] },
  // the world: save/load, world lag, message loss bursts
  world: { kinds: ["save-reload", "save-later-load", "lag-world", "loss", "loss-world", "turn-off", "throw"] },
  // rotor splits and undocking (scope construct / connected)
  topology: { kinds: ["split", "undock", "destroy", "turn-off", "handover"] },
};

export function familyArb(name: string) {
  const f = FAMILIES[name]!;
  return specArb({ ...f, family: name });
}
