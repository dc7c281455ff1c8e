// Issue 11: `GetValue<long>(id)` of a Single property with the id in a variable ran in the TS engine and
// threw in the game. The script loader (sim/load-hooks.mjs) now hands T's .NET name to the block, which
// throws what the game's TerminalPropertyExtensions.Cast<T> throws; the C# engine runs the game's Cast.
import { describe, expect, it } from "vitest";
import { runScenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";
import type { float, long } from "pbts/se";
// @ts-expect-error plain JS helpers without types
import { loadTypeScript } from "../../compiler/bin/build-js.mjs";
// @ts-expect-error plain JS helpers without types
import { addTerminalTypeNames } from "../../sim/terminal-type-args.mjs";
import { sim1 } from "./helpers.ts";

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

/** A script's own class with methods named like the terminal ones: left as written (no extra argument). */
class Store {
  GetValue<T>(key: string, fallback?: T): T | string {
    return fallback === undefined ? `no fallback for ${key}` : fallback;
  }
}

describe("the rewrite (sim/terminal-type-args.mjs, applied to this file too by vitest.config.ts)", () => {
  it("passes T to simulator blocks only", () => {
    const sim = sim1();
    const piston = sim.addBlock("G", { type: "ExtendedPistonBase", name: "P" }) as unknown as { GetValue<T>(id: string): T };
    sim.start();
    const id = ["Velocity"][0]!;
    expect(() => piston.GetValue<long>(id)).toThrow("Property Velocity is not of type Int64, correct type is Single");
    expect(piston.GetValue<float>(id)).toBe(0);
    expect(new Store().GetValue<float>("k")).toBe("no fallback for k");
  });
  it("rewrites calls with a terminal type argument, nested ones too, and leaves the others; no line moves", () => {
    const src = "const a = b.GetValue<long>(id);\nx.y.SetValue<float>(p.GetValue<boolean>(\"q\"), v);\nsuper.GetValue<long>(z); o?.GetValue<long>(k); c.GetValue(k); d.GetValue<number>(k);\n// end";
    const out = addTerminalTypeNames(loadTypeScript(), src, "a.ts") as string;
    expect(out.split("\n").slice(0, 4)).toEqual([
      'const a = __pbtsTv(b, "GetValue", "Int64", id);',
      '__pbtsTv(x.y, "SetValue", "Single", __pbtsTv(p, "GetValue", "Boolean", "q"), v);',
      "super.GetValue<long>(z); o?.GetValue<long>(k); c.GetValue(k); d.GetValue<number>(k);",
      "// end",
    ]);
    expect(out.split("\n")[4]).toMatch(/^function __pbtsTv\(/);
  });
});

