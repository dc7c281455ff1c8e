// Session 16 rv-fo (reviewer): mutants that the oracles relaxed this session (F69: the group property's Watch;
// F73/F75: the adversary oracle's limits) must still catch. Each changes what a copy actually did, then judges.
import { describe, expect, it } from "vitest";
import { FailoverManager } from "../../mixins/failover.ts";
import { replay, type Scenario } from "./properties.ts";

const F69: Scenario = { seed: 152895412, ranks: [1, 1, 1, 1, 1, 1], faults: [{ tick: 745, kind: "turn-off", node: 5, duration: 495 }, { tick: 1789, kind: "flap", node: 0, duration: 55 }, { tick: 954, kind: "lag", node: 1, duration: 18 }, { tick: 1174, kind: "flap", node: 0, duration: 150 }, { tick: 739, kind: "turn-off", node: 5, duration: 218 }], explicit: false, updates: [100, 100, 10, 10, 100, 10], timeout: 3, heartbeat: 150 };

describe("rv-fo: mutants the relaxed oracles must still catch", () => {
  it("F69's Watch: a throttled active copy that keeps the role on its first run after the lag (reads nothing, asks nothing) beside the copy that took over meanwhile is two actives", () => {
    // mutant manager: PB1's runs from its first one after the lag (1062) leave it active, whatever it read
    const proto = FailoverManager.prototype as unknown as { step(el: number, g: number): void };
    const step = proto.step;
    proto.step = function (this: FailoverManager & { p: { Me: { CustomName: string } }; Now: number }, el: number, g: number) {
      step.call(this, el, g);
      if (this.p.Me.CustomName === "PB1" && this.Now >= 1062 && this.Now < 1300) this.Role = 4;
    };
    try {
      const o = replay(F69);
      // the copy acted as active on that run (the trace: its run at 1062, PB5 active since 967)
      expect(o.g.sim.trace.forBlock("PB1", "run").some((e) => e.tick === 1062)).toBe(true);
      expect(o.w.timeline[1062]).toEqual(expect.arrayContaining(["PB1", "PB5"]));
      expect(o.violations.some((v) => /PB1/.test(v) && /both active/.test(v))).toBe(true);
    } finally {
      proto.step = step;
    }
    // and the real manager: no violation (the F69 test)
    expect(replay(F69).violations).toEqual([]);
  });
});
