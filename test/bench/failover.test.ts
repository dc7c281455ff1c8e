import { expect, it } from "vitest";
import { benchFailover } from "./failover.ts";

it("benchFailover prints the latency, fault-matrix and cost tables, all within bounds", async () => {
  const table = await benchFailover(20);
  console.log(table);
  expect(table).toMatch(/takeover latency/);
  expect(table).toMatch(/one active \/ exactly one \/ lowest \(3-8 copies\)\s+20\s+0\s/);
  expect(table).toMatch(/work queue: no skip, no avoidable repeat\s+20\s+0\s/);
  expect(table).not.toMatch(/\bNO\b/);
  expect(table).toMatch(/cases with a wrong outcome: 0/);
  expect(table).toMatch(/standby\s+\d+\s+[\d.]+/);
  // the traffic table: one message per period from each standby of a quiet group
  expect(table).toMatch(/Traffic of a quiet group of 8/);
  expect(table).toMatch(/PB7\s+U100\s+1\.0\s/);
});
