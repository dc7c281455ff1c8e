// Every fault of the simulator x the node it hits x scope: who is active afterwards, when
// the takeover happened against its bound, and how many ticks had two acting nodes.
import { describe, expect, it } from "vitest";
import { FAULTS, P, PERMANENT, SCOPES, TARGETS, runMatrixCase } from "./matrix.ts";

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
          // a split gives each construct its own active (correct); within one construct two act only
          // from the rejoin until the next heartbeat is heard (one period and the delivery tick)
          if (fault === "split") expect(r.dualSameConstruct, info).toBeLessThanOrEqual(P + 3);
          if (fault === "save-reload") {
            // after the load every copy starts again: only the lowest becomes active (world load)
            expect(r.activations, info).toEqual([r.expectedFinal]);
          } else if (fault === "split" && target !== "active") {
            // the split-off standby is alone in its construct: it acts there, then steps down
            expect(r.activations, info).toEqual([r.hit]);
          } else if (target !== "active" && fault !== "message-loss") {
            // a standby's trouble never moves the active role
            expect(r.activations, info).toEqual([]);
          }
          if (target === "active" && PERMANENT.has(fault)) expect(r.activations[0], info).not.toBe(r.hit);
        });
      }
    }
  }
});
