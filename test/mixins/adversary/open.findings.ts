// Open findings of the adversary (test/mixins/adversary/FINDINGS.md): each scenario must hold every check
// of the oracle. Not in `npm test` (they fail until fo fixes them): `npm run test:adversary-open`.
// Fixed ones move to findings.ts's FIXED and run in adversary.test.ts.
import { describe, expect, it } from "vitest";
import { runAdv } from "./run.ts";
import { FIXED, FIXED_OPEN_CHECKS, findings } from "./findings.ts";
import { renderCfg, scenario, type NodeSpec } from "./model.ts";

describe("failover adversary: open findings", () => {
  it("every finding's scenario loads (and the list of open ones is what is left)", () => expect(findings().length).toBeGreaterThan(0));
  for (const f of findings().filter((x) => !FIXED.includes(x.name) || x.name in FIXED_OPEN_CHECKS)) {
    it(f.name, () => {
      expect(runAdv(f.scenario).violations.map((v) => `[${v.check}] ${v.tick}: ${v.text}`)).toEqual([]);
    });
  }
  // F18 (spec 13; README "at most one message per copy per period"): a quiet group of 11, the active on
  // Update1 checkpointing every run; the standbys answer every checkpoint they read
  it("F18-standby-traffic: in a quiet group each standby sends at most one message per period (plus one)", () => {
    const ups: (1 | 10 | 100)[] = [1, 1, 10, 100, 100, 10, 10, 10, 10, 10, 100];
    const nodes: NodeSpec[] = ups.map((u, i) => ({ name: `PB${i}`, grid: "Ship", update: u, handle: true, customData: renderCfg({ id: "grp", rank: i }, u, true) }));
    const { events, violations } = runAdv(scenario({ name: "F18-standby-traffic", ticks: 2000, nodes, events: [] }));
    expect(violations).toEqual([]);
    const sent = new Map<string, number>();
    for (const e of events) if (e.kind === "igc-send" && e.tick >= 1000 && e.tick < 2000 && e.block !== "PB0") sent.set(e.block!, (sent.get(e.block!) ?? 0) + 1);
    // 1000 ticks = 10 periods of 100 ticks
    expect([...sent].filter(([, k]) => k > 20).map(([b, k]) => `${b}: ${k} messages in 10 periods`)).toEqual([]);
  });
});
