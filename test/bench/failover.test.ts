import { expect, it } from "vitest";
import { benchFailover } from "./failover.ts";

// (a timeout, not a timed assertion: the table takes minutes of CPU on the shared machine)
it("benchFailover prints the latency, fault-matrix and cost tables, all within bounds", { timeout: 900_000 }, async () => {
  const table = await benchFailover(20, 14);
  console.log(table);
  expect(table).toMatch(/takeover latency/);
  expect(table).toMatch(/one active \/ exactly one \/ lowest \(3-8 copies\)\s+20\s+0\s/);
  expect(table).toMatch(/work queue: no skip, no avoidable repeat\s+20\s+0\s/);
  expect(table).not.toMatch(/\bNO\b/);
  // the adversary's families (every check; open findings may fail, so only the shape is held here)
  expect(table).toMatch(/Adversary families/);
  expect(table).toMatch(/operator\+handle\s+\d+\s+\d+\s/);
  expect(table).toMatch(/adversary total: \d+ schedules, \d+ failing/);
  // the header says how many schedules ran in all (every family at least one: more than the 14 asked)
  const said = /Adversary families .*?; ([\d,]+) schedules in all \(PBTS_BENCH_ADVERSARY=14\)/.exec(table)?.[1];
  const ran = /adversary total: (\d+) schedules/.exec(table)?.[1];
  expect(said?.replace(/,/g, "")).toBe(ran);
  expect(table).toMatch(/fast-check seed \d+ \(PBTS_PROPERTY_SEED\), 20 each \(PBTS_BENCH_SCHEDULES\)/);
  expect(table).toMatch(/cases with a wrong outcome: 0/);
  expect(table).toMatch(/standby\s+\d+\s+[\d.]+/);
  // the traffic table: one message per period from each standby of a quiet group
  expect(table).toMatch(/Traffic of a quiet group of 8/);
  expect(table).toMatch(/PB7\s+U100\s+1\.0\s/);
});
