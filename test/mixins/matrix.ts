// The fault matrix: every fault of the simulator x the node it hits (the active, the next standby, a
// later standby) x scope. Shared by fault-matrix.test.ts and test/bench/failover.ts. "split" puts the hit
// node on its own grid, held to the others by a rotor that is detached at the fault and attached
// again at the recovery (a grid split: two constructs); "save-reload" saves and reloads the world
// (it hits every node; the target only names the row).
import type { SimAction } from "pbts/sim";
import { Watch, heartbeatTicks, lastBefore, makeGroup, nextRun } from "./harness.ts";

export const FAULTS = [
  "destroy",
  "damage",
  "turn-off",
  "unpower",
  "throw",
  "recompile-other",
  "recompile-same",
  "change-owner",
  "lag",
  "message-loss",
  "split",
  "save-reload",
] as const;
export type FaultKind = (typeof FAULTS)[number];
export const TARGETS = ["active", "next standby", "later standby"] as const;
export type Target = (typeof TARGETS)[number];
export const SCOPES = ["construct", "connected", "antenna"] as const;
export type Scope = (typeof SCOPES)[number];

/** Faults that end the node's script or block for good. */
export const PERMANENT: ReadonlySet<FaultKind> = new Set(["destroy", "throw", "recompile-other", "change-owner"]);
/** Faults the standbys see through GridTerminalSystem (block not working / gone). */
export const VISIBLE: ReadonlySet<FaultKind> = new Set(["destroy", "damage", "turn-off", "unpower"]);
/** Faults after which a node may rightly act while another acts elsewhere: cut off from the group. */
export const CUT_OFF: ReadonlySet<FaultKind> = new Set(["message-loss", "split"]);

export const P = 100;
export const TIMEOUT = 3;
export const FAULT_AT = 700;
export const RECOVER_AFTER = 500;
export const END = 3200;

class NotAScript {
  Main(): void {}
}

export interface MatrixResult {
  fault: FaultKind;
  target: Target;
  scope: Scope;
  hit: string;
  /** Who should be active at the end, and who is. */
  expectedFinal: string;
  final: string;
  /** When the hit node was the active: tick of the takeover by the next node, and its bound [lo, hi]. */
  takeover: number;
  bound: [number, number] | null;
  /** Ticks with two acting nodes, and how many of them the scenario allows. */
  dualTicks: number;
  dualAllowed: number;
  /** Split: ticks with two acting nodes in the same construct (the rejoin, until they hear each other). */
  dualSameConstruct: number;
  /** Activations after the fault (who took over, in order). */
  activations: string[];
}

export function runMatrixCase(fault: FaultKind, target: Target, scope: Scope, seed = 1): MatrixResult {
  const extra = scope === "construct" ? "" : `scope=${scope}`;
  // ranks 0..3 in name order, so order[k] is PB<k>: the hit node's index is known before the build
  const hitIndex = target === "active" ? 0 : target === "next standby" ? 1 : 3;
  const g = makeGroup({ n: 4, seed, extra, grids: ["G", "H"], gridOf: (i) => (fault === "split" && i === hitIndex ? "H" : "G") });
  const { sim, order } = g;
  const hit = order[hitIndex]!;
  if (hit !== g.names[hitIndex]) throw new Error("matrix: ranks are expected in name order");
  sim.world.addJoint("J", "G", "H", "rotor", true);
  const F = FAULT_AT;
  const R = F + RECOVER_AFTER;
  const act = (t: number, a: SimAction) => sim.at(t, a);
  switch (fault) {
    case "destroy":
      act(F, { kind: "destroy", block: hit });
      break;
    case "damage":
      act(F, { kind: "damage", block: hit });
      act(R, { kind: "repair", block: hit });
      break;
    case "turn-off":
      act(F, { kind: "turn-off", block: hit });
      act(R, { kind: "turn-on", block: hit });
      break;
    case "unpower":
      act(F, { kind: "unpower", block: hit });
      act(R, { kind: "repower", block: hit });
      break;
    case "throw":
      act(F, { kind: "throw", block: hit });
      break;
    case "recompile-other":
      act(F, { kind: "recompile", block: hit, script: NotAScript as never });
      break;
    case "recompile-same":
      act(F, { kind: "recompile", block: hit });
      break;
    case "change-owner":
      act(F, { kind: "change-owner", block: hit, owner: 1 }); // any ownership change terminates the script
      break;
    case "lag":
      act(F, { kind: "lag", ticks: RECOVER_AFTER, block: hit });
      break;
    case "message-loss":
      act(F, { kind: "message-loss", probability: 1, block: hit });
      act(R, { kind: "message-loss", probability: 0, block: hit });
      break;
    case "split":
      act(F, { kind: "detach", joint: "J" });
      act(R, { kind: "attach", joint: "J" });
      break;
    case "save-reload":
      act(F, { kind: "save-reload" });
      break;
  }
  const w = new Watch(sim, g.names).runUntil(F);
  const before = g.rec.activations.length;
  w.runUntil(END);
  const dead = PERMANENT.has(fault) ? hit : "";
  const live = order.filter((n) => n !== dead);
  const expectedFinal = live[0]!;
  let takeover = -1;
  let bound: [number, number] | null = null;
  const splitSeen = fault === "split" && scope !== "antenna"; // out of the construct / the grid system
  if (target === "active" && fault !== "recompile-same" && fault !== "save-reload") {
    takeover = w.firstActive(order[1]!, F);
    if (VISIBLE.has(fault) || splitSeen) {
      const r = nextRun(sim, order[1]!, F);
      bound = [r, r];
    } else if (fault === "throw") {
      const died = nextRun(sim, hit, F);
      const hb = lastBefore(heartbeatTicks(sim, hit), died + 1);
      bound = [hb + 1 + TIMEOUT * P, hb + TIMEOUT * P + P];
    } else {
      const hb = lastBefore(heartbeatTicks(sim, hit), F + 1);
      bound = [hb + 1 + TIMEOUT * P, hb + TIMEOUT * P + P];
    }
  }
  // message loss cuts the hit node off for RECOVER_AFTER ticks: it cannot tell a dead group from a
  // deaf one, so both sides may act until the loss ends and the next heartbeat is heard (one period),
  // then the higher (rank, EntityId) steps down on the next tick
  // (a split gives each construct its own active: correct, and counted here like a cut-off node)
  const dualAllowed = CUT_OFF.has(fault) ? RECOVER_AFTER + P + 3 : 0;
  return {
    fault,
    target,
    scope,
    hit,
    expectedFinal,
    final: w.soleAt(END),
    takeover,
    bound,
    dualTicks: w.dualTicks().length,
    dualAllowed,
    dualSameConstruct: w.timeline.filter((acting, t) => (acting ?? []).filter((n) => !(fault === "split" && t >= F && t < R && n === hit)).length > 1).length,
    activations: g.rec.activations.slice(before).map((a) => a.node),
  };
}
