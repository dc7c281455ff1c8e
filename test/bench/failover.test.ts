import { expect, it } from "vitest";
import fc from "fast-check";
import { benchFailover, benchProperty, propertyTable } from "./failover.ts";
import { failed } from "./index.ts";

// (a timeout, not a timed assertion: the table takes minutes of CPU on the shared machine)
it("benchFailover prints the latency, fault-matrix and cost tables, all within bounds", { timeout: 900_000 }, async () => {
  const table = await benchFailover(20, 14);
  console.log(table);
  expect(table).toMatch(/takeover latency/);
  expect(table).toMatch(/one active \/ exactly one \/ lowest \(3-8 copies\)\s+20\s+0\s+[\d.]+\s+yes/);
  expect(table).toMatch(/work queue: no skip, no avoidable repeat\s+20\s+0\s+[\d.]+\s+yes/);
  // every adversary family's row says whether it held (a failing schedule: NO, and the bench exits 1)
  expect(table).toMatch(/operator\+handle\s+\d+\s+\d+\s+[\d.]+\s+.+\s(yes|NO)\s*$/m);
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

it("a failing schedule puts a NO in the properties' table (the bench exits 1) and prints its scenario and replay command", () => {
  // a check that fails on every odd draw, with the message shape of checkGroup/checkWork
  const odd = benchProperty("odd draws fail", fc.integer({ min: 0, max: 1000 }), (x) => {
    if (x % 2 === 1) throw new Error(`scenario {"x":${x}}\ntick 7: two active\nreplay: npx pbts sim .tmp/x-${x}.json`);
  });
  const none = benchProperty("never fails", fc.integer({ min: 0, max: 1000 }), () => {});
  const draws = fc.sample(fc.integer({ min: 0, max: 1000 }), { numRuns: 30, seed: 5 });
  const oddCount = draws.filter((x) => x % 2 === 1).length;
  expect(oddCount).toBeGreaterThan(0);
  const lines = propertyTable([odd, none], 30, 5);
  const table = lines.join("\n");
  expect(table).toMatch(new RegExp(`odd draws fail\\s+30\\s+${oddCount}\\s+[\\d.]+\\s+NO`));
  expect(table).toMatch(/never fails\s+30\s+0\s+[\d.]+\s+yes/);
  // each failing schedule (up to 10) with its scenario, its violations and the replay command
  const shown = Math.min(oddCount, 10);
  expect(lines.filter((l) => /^failing schedule \d+ of 'odd draws fail': scenario \{"x":\d+\}$/.test(l))).toHaveLength(shown);
  expect(lines.filter((l) => /^ {2}replay: npx pbts sim \.tmp\/x-\d+\.json$/.test(l))).toHaveLength(shown);
  expect(failed(table)).toBe(true);
  expect(failed(propertyTable([none], 30, 5).join("\n"))).toBe(false);
});
