// Issue 15: an exception the C# engine's script throws is reported with its TS position (the exception
// event's `at`, shown by the timeline), mapped from mono's stack frame through the line map of the C#
// it ran: the MDK2 files, or the paste-ready script at a minify level (where `full` prints a member
// per line, so the position is that member's first line).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import type { Scenario } from "../../sim/scenario.ts";
import { REPO_ROOT } from "../../compiler/csharp/stubs.ts";
import { runOn } from "./helpers.ts";

const SCRIPT = "test/engine/scripts/throws.ts";
const noMono = csChecksUnavailable();

async function scenario(): Promise<Scenario> {
  const { resolveScripts } = await import("../../sim/scenario.ts");
  return resolveScripts(
    {
      name: "cs-exception-at",
      seconds: 1,
      grids: [{ name: "G", position: [0, 0, 0], blocks: [{ type: "programmable", name: "PB Here", script: "./throws.ts" }, { type: "programmable", name: "PB Deep", script: "./throws.ts" }] }],
      events: [
        { tick: 5, kind: "run", block: "PB Here", argument: "here" },
        { tick: 6, kind: "run", block: "PB Deep", argument: "deep" },
      ],
    } as Scenario,
    join(REPO_ROOT, "test/engine/scripts"),
  );
}

function exceptions(level: string | undefined) {
  return async () => {
    const cs = await import("../../sim/engine/cs.ts");
    cs.setScriptLevel(level as never);
    try {
      const events = runOn(await scenario(), "cs").events.filter((e) => e.kind === "exception");
      return Object.fromEntries(events.map((e) => [e.block, e.data as { message: string; at?: string }]));
    } finally {
      cs.setScriptLevel(undefined);
    }
  };
}

describe.skipIf(noMono !== null)("C# engine exceptions carry the TS position", () => {
  afterAll(async () => (await import("../../sim/engine/cs.ts")).closeCsLink());
  beforeAll(() => expect(noMono).toBeNull());

  it("MDK2 files: the line of the throw, in Main and two calls deep", async () => {
    const ex = await exceptions(undefined)();
    expect(ex["PB Here"]).toMatchObject({ message: "thrown in Main", at: `${SCRIPT}:8` });
    expect(ex["PB Deep"]).toMatchObject({ message: "thrown in fail", at: `${SCRIPT}:12` });
  });

  it("paste-ready at none: the line of the throw", async () => {
    const ex = await exceptions("none")();
    expect(ex["PB Here"].at).toBe(`${SCRIPT}:8`);
    expect(ex["PB Deep"].at).toBe(`${SCRIPT}:12`);
  });

  it("paste-ready at full: the throwing member's line (a member per line)", async () => {
    const ex = await exceptions("full")();
    expect(ex["PB Here"].at).toMatch(new RegExp(`^${SCRIPT}:[5-8]$`));
    expect(ex["PB Deep"].at).toMatch(new RegExp(`^${SCRIPT}:1[0-2]$`));
  });

  it("the timeline shows it", async () => {
    const { describeEvent } = await import("../../sim/timeline.ts");
    expect(describeEvent({ tick: 5, block: "PB Here", kind: "exception", data: { message: "thrown in Main", during: "main", at: `${SCRIPT}:8` } } as never)).toBe(`thrown in Main (in main) at ${SCRIPT}:8`);
  });
});
