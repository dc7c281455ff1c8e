// Session 24 (fo-hunt): held-out families around the antenna scope's one-way range (F116), sampled like
// rv-fo23-sample.ts (not in families.ts: CI and the bench do not run them). Every check; failing scenarios are written
// to $PBTS_FAILS_DIR (default .tmp/fails) with their replay command:
//   PBTS_FAILS_DIR=.tmp/fails nice -n 15 npx tsx test/mixins/scripts/fo24-sample.ts <runs> <seed> <family,...> [from]
import { specArb, type OpKind } from "../adversary/gen.ts";
import { sampleHeldOut } from "../adversary/sample.ts";

const CUT: OpKind[] = ["antenna-radius", "antenna-radius", "antenna-radius", "split", "split", "undock", "undock"];
const FAULTS: OpKind[] = ["destroy", "turn-off", "handover", "handover-next", "recompile", "save-later-load", "user-arg", "loss", "tryrun-cmd", "antenna-off"];
const FAMS: Record<string, Parameters<typeof specArb>[0]> = {
  // a rotor arm (split and joined again) or a docked drone (undocked and docked), scope=antenna, an antenna's range cut
  // short (below the grids' 30 m spacing) or its broadcasting off (a one-way range) beside faults, handovers and commands
  radius24r: { kinds: [...CUT, ...FAULTS], maxOps: 10, scope: "antenna", layout: "rotor", antennaAll: true },
  radius24d: { kinds: [...CUT, ...FAULTS], maxOps: 10, scope: "antenna", layout: "docked", antennaAll: true },
  // the same with configuration edits, copies lost in a row and flapping
  mixr24: { kinds: [...CUT, ...FAULTS, "cascade", "rank-edit", "id-edit", "flap", "save-reload", "move"], maxOps: 12, scope: "antenna", antennaAll: true },
};

sampleHeldOut(FAMS, 24051);
