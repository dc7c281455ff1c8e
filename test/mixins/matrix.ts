// The fault matrix: every per-block fault of the simulator x the node it hits (the active, the next
// standby, a later standby) x scope. Shared by fault-matrix.test.ts and mixins/bench.ts.
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
  /** Activations after the fault (who took over, in order). */
  activations: string[];
}

export function runMatrixCase(fault: FaultKind, target: Target, scope: Scope, seed = 1): MatrixResult {
  const extra = scope === "construct" ? "" : `scope=${scope}`;
  const g = makeGroup({ n: 4, seed, extra, grids: ["G", "H"], gridOf: () => "G" });
  const { sim, order } = g;
  const hit = order[target === "active" ? 0 : target === "next standby" ? 1 : 3]!;
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
  }
  const w = new Watch(sim, g.names).runUntil(F);
  const before = g.rec.activations.length;
  w.runUntil(END);
  const dead = PERMANENT.has(fault) ? hit : "";
  const live = order.filter((n) => n !== dead);
  const expectedFinal = live[0]!;
  let takeover = -1;
  let bound: [number, number] | null = null;
  if (target === "active" && fault !== "recompile-same") {
    takeover = w.firstActive(order[1]!, F);
    if (VISIBLE.has(fault)) {
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
  const dualAllowed = fault === "message-loss" ? RECOVER_AFTER + P + 3 : 0;
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
    activations: g.rec.activations.slice(before).map((a) => a.node),
  };
}
