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
