// Every per-block fault of the simulator x the node it hits x scope: who is active afterwards, when
// the takeover happened against its bound, and how many ticks had two acting nodes.
import { describe, expect, it } from "vitest";
import { FAULTS, PERMANENT, SCOPES, TARGETS, runMatrixCase } from "./matrix.ts";

describe("fault matrix", () => {
  for (const scope of SCOPES) {
    for (const fault of FAULTS) {
      for (const target of TARGETS) {
        it(`${scope} / ${fault} / ${target}`, () => {
          const r = runMatrixCase(fault, target, scope);
          const info = JSON.stringify(r);
          expect(r.final, info).toBe(r.expectedFinal);
          expect(r.dualTicks, info).toBeLessThanOrEqual(r.dualAllowed);
          if (r.bound) {
            expect(r.takeover, info).toBeGreaterThanOrEqual(r.bound[0]);
            expect(r.takeover, info).toBeLessThanOrEqual(r.bound[1]);
          }
          if (target !== "active" && fault !== "message-loss") {
            // a standby's trouble never moves the active role
            expect(r.activations, info).toEqual([]);
          }
          if (target === "active" && PERMANENT.has(fault)) expect(r.activations[0], info).not.toBe(r.hit);
        });
      }
    }
  }
});
