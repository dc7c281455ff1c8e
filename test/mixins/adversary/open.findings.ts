// Open findings of the adversary (test/mixins/adversary/FINDINGS.md): each scenario must hold every check
// of the oracle. Not in `npm test` (they fail until fo fixes them): `npm run test:adversary-open`.
// Fixed ones move to findings.ts's FIXED and run in adversary.test.ts.
import { describe, expect, it } from "vitest";
import { runAdv } from "./run.ts";
import { FIXED, FIXED_OPEN_CHECKS, findings } from "./findings.ts";

describe("failover adversary: open findings", () => {
  it("every finding's scenario loads (and the list of open ones is what is left)", () => expect(findings().length).toBeGreaterThan(0));
  for (const f of findings().filter((x) => !FIXED.includes(x.name) || x.name in FIXED_OPEN_CHECKS)) {
    it(f.name, () => {
      expect(runAdv(f.scenario).violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
    });
  }
  // F18 (standby traffic) is fixed: its scenario runs in CI with counted messages, drops and callback runs
  // (test/mixins/traffic.test.ts)
});

// F88 (rv-fo3, session 18): a copy moved into another group keeps its old group's checkpoint with its sequence; higher,
// it wins everywhere in the new group, which skips the items between. The oracle passes it (its skip check reads item
// numbers across groups): grp2's items are judged here
describe("failover adversary: open findings judged from the trace (F88)", () => {
  it("F88: grp2's active (PB2) goes on one item at a time after PB1 moves in from grp at 1000 (it jumped from 10 to 101)", () => {
    const f = findings().find((x) => x.name === "F88-copy-moved-to-other-group-carries-checkpoint-new-group-skips")!;
    const { events } = runAdv(f.scenario);
    const items = events.flatMap((e) => (e.kind === "run" && e.block === "PB2" ? [/@act [F-].* work (\d+)/.exec(String(e.data.echo))?.[1]] : [])).filter((x) => x !== undefined).map(Number);
    expect(items).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});
