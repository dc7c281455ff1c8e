// Instruction counting in the C# engine (`--engine cs`), checked against counts worked out BY HAND
// from the game's rules (se-api-facts "How the game counts instructions"): +1 at the entry of every
// method, constructor, accessor and lambda; +1 at the start of every if body and of every else body
// that is not an else-if; +1 per switch section entered; +1 per loop iteration; +1 per catch and per
// finally entered (a finally does nothing once the script is dead). Calls into the API and the BCL
// count nothing. The script (test/engine/scripts/counting.ts) reads Runtime.CurrentInstructionCount at
// the start of Main (c0) and at the end (c1) and echoes "c0 c1 n"; each expected value below is
// derived in its comment. Needs mcs/mono (CI sets PBTS_REQUIRE_MONO=1 and fails rather than skips).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { NESTED_TOO_COMPLEX_TEXT, TOO_COMPLEX_TEXT } from "../../sim/runtime.ts";
import { buildSimulation, resolveScripts, type Scenario } from "../../sim/scenario.ts";
import type { Simulation } from "../../sim/simulation.ts";

const noMono = csChecksUnavailable();
if (noMono) console.warn(`[skipped] instruction counting tests: ${noMono}`);

// Main's entry is 1 (c0 = 1). The top-level `if (argument == ...) else if ...` chain costs only the
// taken branch's body: +1. So c1 = 2 + what the branch itself counts.
const CASES: { arg: string; c1: number; n: number; why: string }[] = [
  // body +1 (2); if (n==0) taken +1 (3); if (n==5) not taken, its else +1 (4); outer if (n==0) +1 (5),
  // inner if (n==0) +1 (6)
  { arg: "if", c1: 6, n: 1, why: "nested ifs and elses" },
  // body +1 (2); n==1, n==2 false (an else-if costs nothing itself); n==3 body +1 (3)
  { arg: "elseif", c1: 3, n: 30, why: "else-if chain" },
  // body +1 (2); 4 iterations x (loop body +1, one switch section +1) = 8 (10); case 0 and 1 share a section
  { arg: "switch", c1: 10, n: 7, why: "switch sections in a loop" },
  // body +1 (2); for x3 (5); while x4 (9); do x2 (11); for-of over 5 items (emitted as for) x5 (16)
  { arg: "loops", c1: 16, n: 18, why: "for, while, do, for-of" },
  // body +1 (2); catch +1 (3); finally +1 (4); second try's finally +1 (5)
  { arg: "try", c1: 5, n: 5, why: "try/catch/finally" },
  // body +1 (2); f("yes") entry +1 (3), if body +1 (4); f("no") +1 (5); g("a") entry +1 (6), g's if +1 (7),
  // if body +1 (8)
  { arg: "lambda", c1: 8, n: 2, why: "expression and block lambdas" },
  // body +1 (2); helper(3) entry +1 (3), its if +1 (4); helper(-4) entry +1 (5)
  { arg: "helper", c1: 5, n: 7, why: "helper methods" },
  // body +1 (2); new Box(2) constructor +1 (3); getter +1 (4); setter +1 (5); getter +1 (6)
  { arg: "property", c1: 6, n: 3, why: "constructor and property accessors" },
];

async function scenario(): Promise<Scenario> {
  const s: Scenario = {
    name: "instruction-counting",
    seconds: 2,
    grids: [
      {
        name: "G",
        blocks: [
          { type: "programmable", name: "PB", script: "./counting.ts" },
          { type: "programmable", name: "Limit", script: "./counting.ts" },
          { type: "programmable", name: "Depth", script: "./counting.ts" },
          { type: "programmable", name: "Catch", script: "./counting.ts" },
          { type: "programmable", name: "Caller", script: "./counting.ts" },
          { type: "programmable", name: "Nested", script: "./counting.ts" },
        ],
      },
    ],
    events: [
      ...CASES.map((c, i) => ({ tick: 1 + i, kind: "run" as const, block: "PB", argument: c.arg })),
      { tick: 2, kind: "run", block: "Limit", argument: "limit" },
      { tick: 3, kind: "run", block: "Limit", argument: "if" },
      { tick: 2, kind: "run", block: "Depth", argument: "depth" },
      { tick: 2, kind: "run", block: "Catch", argument: "catchlimit" },
      { tick: 2, kind: "run", block: "Caller", argument: "nest" },
      { tick: 4, kind: "run", block: "Nested", argument: "if" },
    ],
  };
  return resolveScripts(s, join(REPO_ROOT, "test/engine/scripts"));
}

describe.skipIf(noMono !== null)("instruction counting (C# engine)", () => {
  let cs: typeof import("../../sim/engine/cs.ts");
  let sim: Simulation;
  beforeAll(async () => {
    cs = await import("../../sim/engine/cs.ts");
    const { sim: s } = buildSimulation(await scenario(), { engine: "cs" });
    sim = s;
    sim.start().runUntil(20);
  }, 120_000);
  afterAll(() => cs?.closeCsLink());

  const runsOf = (block: string) => sim.trace.forBlock(block, "run");

  for (const [i, c] of CASES.entries()) {
    it(`${c.why} (${c.arg}): CurrentInstructionCount ${c.c1}`, () => {
      const run = runsOf("PB")[i]!;
      expect(run.data.argument).toBe(c.arg);
      expect(run.data.echo).toBe(`1 ${c.c1} ${c.n}\n`);
      // the run's total also counts the final Echo's string building (pbts runtime helpers are script code)
      expect(run.data.instructions as number).toBeGreaterThan(c.c1);
    });
  }

  it("the constructor is counted (compile event): entry +1", () => {
    const compile = sim.trace.forBlock("PB", "compile")[0]!;
    expect(compile.data.instructions).toBe(1);
  });

  it("a run past 50,000 instructions is terminated as in the game and stays terminated", () => {
    const runs = runsOf("Limit");
    // body +1 (2), then +1 per iteration of for(;;): the 50,001st count throws
    expect(runs[0]!.data.instructions).toBe(50001);
    const ex = sim.trace.forBlock("Limit", "exception");
    expect(ex).toHaveLength(1);
    expect(ex[0]!.data.detailedInfo).toBe(TOO_COMPLEX_TEXT);
    expect(sim.pb("Limit").DetailedInfo).toBe(TOO_COMPLEX_TEXT);
    // the later run (tick 3) does not happen: terminated until recompile
    expect(runs).toHaveLength(1);
    expect(sim.pb("Limit").status()).toBe("terminated");
  });

  it("a call depth past 1,000 is terminated as in the game", () => {
    const runs = runsOf("Depth");
    // Main is depth 1 (count 1), body +1 (2); recurse at depths 2..1000 count 999 (1001); the next
    // call's entry passes the depth and throws before counting
    expect(runs[0]!.data.instructions).toBe(1001);
    expect(sim.pb("Depth").DetailedInfo).toBe(TOO_COMPLEX_TEXT);
  });

  it("past the limit in a run nested through TryRun: the nested script lives on, the caller is terminated", () => {
    const nested = runsOf("Nested");
    // the nested run continues the caller's count (one counter, as in the game): both runs end at 50,001
    const caller = runsOf("Caller")[0]!;
    expect(caller.data.instructions).toBe(50001);
    expect((nested[0]!.data.instructions as number) + (caller.data.instructions as number)).toBeGreaterThan(50001);
    expect(nested[0]!.data.argument).toBe("limit");
    expect(nested[0]!.data.echo).toBe(NESTED_TOO_COMPLEX_TEXT + "\n");
    expect(sim.trace.forBlock("Nested", "exception")).toHaveLength(0);
    // it runs again later (tick 4) and counts from 1 again
    expect(nested[1]!.data.echo).toBe("1 6 1\n");
    // the caller's TryRun threw the counter's exception: its "after" never echoed
    expect(caller.data.echo).toBe("before\n");
    expect(sim.pb("Caller").DetailedInfo).toBe("before\n" + TOO_COMPLEX_TEXT);
  });

  it("the script's own catch cannot catch it, and its finally does not run once dead", () => {
    const run = runsOf("Catch")[0]!;
    expect(run.data.echo).toBe("");
    expect(sim.pb("Catch").DetailedInfo).toBe(TOO_COMPLEX_TEXT);
    expect(sim.pb("Catch").status()).toBe("terminated");
  });
});
