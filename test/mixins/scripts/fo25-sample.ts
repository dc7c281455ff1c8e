// Session 25 (fo-hunt): held-out families no family of families.ts draws (the closing list of session 24's fo-hunt), sampled
// like fo24-sample.ts with every check; failing scenarios are written to $PBTS_FAILS_DIR (default .tmp/fails):
//   PBTS_FAILS_DIR=.tmp/fails nice -n 15 npx tsx test/mixins/scripts/fo25-sample.ts <runs> <seed> <family[+handle],...> [from]
// - scope25 / scope25r: `scope=` edited at run time (construct <-> connected <-> antenna) on any copy (the active, a
//   standby, the next in line), alone or in the tick of a handover or a loss (before or after it); on one grid, or a
//   rotor arm that stays attached (one construct: every scope reaches the same copies); scope25d / scope25dc: a docked
//   ship undocked and docked again, construct <-> connected;
// - storage25: a copy's Storage gone at run time (recompiled into a script that leaves it empty and back, in one tick),
//   and a new PB built with the script and an empty Storage (alone or replacing a destroyed copy) while the group holds
//   its checkpoint;
// - wrap25: F118's ingredients (copies moved to another group and back, holders switched off, cascades, a save and a
//   later load) with every copy's Storage just below the checkpoint sequence's wrap (999,999,999 -> 1, F124);
// - speed25: the script changes its own UpdateFrequency in its logic (script.ts `speed=`, `keep=`);
// - idle25: 8-10 copies, ops thousands of ticks apart (schedules of about 10^5 ticks), rare faults.
import { specArb, type OpKind } from "../adversary/gen.ts";
import { sampleHeldOut } from "../adversary/sample.ts";

const LOSS: OpKind[] = ["handover", "handover-next", "destroy", "turn-off", "recompile", "save-reload", "user-arg", "cmd-any", "loss", "throw"];
const FAMS: Record<string, Parameters<typeof specArb>[0]> = {
  scope25: { kinds: ["scope-edit", "scope-edit", "scope-edit", "scope-loss", "scope-loss", "scope-loss", ...LOSS], maxOps: 10, layout: "one" },
  scope25r: { kinds: ["scope-edit", "scope-edit", "scope-loss", "scope-loss", ...LOSS], maxOps: 10, layout: "rotor", antennaAll: true },
  // docked ships (construct and connected differ there; undocked and docked again): construct <-> connected only (the
  // oracle joins two copies of different scopes when the narrower one's reach joins them; its antenna cases read the
  // first copy's scope)
  scope25d: { kinds: ["scope-edit", "scope-edit", "scope-loss", "scope-loss", "undock", "undock", ...LOSS], maxOps: 10, layout: "docked", scope: "construct", scopeEdits: ["construct", "connected"] },
  scope25dc: { kinds: ["scope-edit", "scope-edit", "scope-loss", "scope-loss", "undock", "undock", ...LOSS], maxOps: 10, layout: "docked", scope: "connected", scopeEdits: ["construct", "connected"] },
  storage25: { kinds: ["wipe", "wipe", "wipe", "paste", "paste", "handover", "handover-next", "destroy", "turn-off", "recompile", "save-reload", "save-later-load", "cascade", "id-edit", "user-arg"], maxOps: 10, spare: true },
  wrap25: { kinds: ["id-edit", "id-bounce", "id-rank-edit", "edit-off", "turn-off", "cascade", "save-later-load", "handover", "destroy", "recompile", "wipe"], maxOps: 10, wrap: true },
  // the script switching its own frequency in its logic: an Update100 copy switches to Update10 or Update1 (keeping
  // Update100 or not) and back every third work item while active, and back to Update100 alone when it leaves the role,
  // around takeovers, handovers, world loads, recompiles, arguments (the oracle reads a copy's interval from its first
  // CustomData, Update100: the faster runs only lengthen what an active run covers)
  speed25: { kinds: ["handover", "handover-only", "handover-next", "destroy", "turn-off", "throw", "save-reload", "save-later-load", "recompile", "user-arg", "lag", "flap", "change-owner", "cmd-any"], updates: [100], speed: true, maxOps: 8 },
  idle25: { kinds: ["destroy", "turn-off", "handover", "recompile", "save-later-load", "save-reload", "throw", "change-owner", "wipe", "scope-edit", "loss", "handover-next"], maxOps: 6, minN: 8, maxN: 10, updates: [10, 100], idle: true, layout: "one" },
};

sampleHeldOut(FAMS, 25001);
