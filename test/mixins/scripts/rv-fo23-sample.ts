// Session 23 (rv-fo): held-out fault shapes around the configuration, sampled like adversary-sample.ts but with families
// that are not in families.ts (so CI and the bench do not run them): the config family's ops with the session-23 ops
// (several copies edited in one tick, ranks swapped, a copy moved to another group and back several times, commands in
// an edit's tick or on a copy just disabled, edits while off or beside a recompile or a world save/reload), mixed with
// the topology, reach and block faults, in long schedules, and with 6-8 copies.
//   PBTS_FAILS_DIR=.tmp/fails nice -n 15 npx tsx test/mixins/scripts/rv-fo23-sample.ts <runs> <seed> <family,...> [from]
import { FAMILIES } from "../adversary/families.ts";
import { specArb, type OpKind } from "../adversary/gen.ts";
import { sampleHeldOut } from "../adversary/sample.ts";

const NEW: OpKind[] = ["edit-many", "rank-swap", "id-bounce", "rank-bounce", "cmd-edit", "cmd-disabled", "edit-off", "edit-reload"];
const CONFIG = FAMILIES.config!.kinds;
const MIX: OpKind[] = ["split", "undock", "destroy", "throw", "handover-next", "id-rank-edit", "tryrun-cmd", "lag", "cascade", "loss"];
export const FAMS: Record<string, Parameters<typeof specArb>[0]> = {
  // the config family's draws plus the new ops, twice as many ops
  cfg23: { kinds: [...CONFIG, ...NEW], extremes: true, maxOps: 12 },
  // only the new ops
  new23: { kinds: NEW, maxOps: 10 },
  // configuration edits beside grid splits, undocking, antenna range, block faults (antenna scope on every layout)
  mix23: { kinds: [...CONFIG, ...NEW, ...MIX], maxOps: 12 },
  // the same in the antenna scope on every layout, with antennas switched off and grids moved out of range
  mix23a: { kinds: [...CONFIG, ...NEW, ...MIX, "antenna-off", "move"], maxOps: 12, scope: "antenna", antennaAll: true },
  // long schedules: up to 40 ops
  long23: { kinds: [...CONFIG, ...NEW], maxOps: 40 },
  // the CustomData rewritten with the same meaning at odd moments (a command's tick, after a handover, while disabled)
  cosm23: { kinds: ["cosmetic-edit", "cosmetic-edit", "handover", "handover-only", "cmd-any", "cmd-disabled", "enabled-edit", "rank-edit", "id-edit", "recompile", "save-reload"], maxOps: 10 },
  // 6-8 copies
  crowd23: { kinds: [...CONFIG, ...NEW], minN: 6, maxN: 8, maxOps: 10 },
};

sampleHeldOut(FAMS, 23150);
