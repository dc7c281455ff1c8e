// Issue 11: `GetValue<long>(id)` of a Single property with the id in a variable ran in the TS engine and
// threw in the game. The script loader (sim/load-hooks.mjs) now hands T's .NET name to the block, which
// throws what the game's TerminalPropertyExtensions.Cast<T> throws; the C# engine runs the game's Cast.
import { describe, expect, it } from "vitest";
import { runScenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

const SCENARIO = "test/engine/scenarios/terminal-type-args.json";
const EXPECTED = [
  "long of Single: Property Velocity is not of type Int64, correct type is Single",
  "float of Single: 0",
  "float of Int64: Property ChargeMode is not of type Single, correct type is Int64",
  "long of Int64: 0",
  "bool of Single: Property Velocity is not of type Boolean, correct type is Single",
  "Color of Boolean: Property OnOff is not of type Color, correct type is Boolean",
  "set long of Single: Property Velocity is not of type Int64, correct type is Single",
  `set float of Single: ${Math.fround(1.3)}`,
  "min long of Single: Property Velocity is not of type Int64, correct type is Single",
  "max float of Single: 5",
  "default long of Single: Property Velocity is not of type Int64, correct type is Single",
];

async function echoOn(engine: "ts" | "cs"): Promise<string[]> {
  const { sim } = await runScenario(SCENARIO, { engine });
  return String(sim.trace.forBlock("PB Types", "run")[0]!.data.echo).split("\n").filter((l) => l !== "");
}

describe("generic terminal-value calls with the id in a variable", () => {
  it("TS engine: a T other than the property's type throws the game's message", async () => {
    expect(await echoOn("ts")).toEqual(EXPECTED);
  });
  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("C# engine (the game's Cast<T>): the same lines", { timeout: 120_000 }, async () => {
    expect(await echoOn("cs")).toEqual(EXPECTED);
  });
});
