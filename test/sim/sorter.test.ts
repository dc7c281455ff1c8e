// Conveyor sorters' filter lists (sim/blocks/dynamics.ts sorter) and the MyDefinitionId /
// MyInventoryItemFilter values (compiler/se/values/items.ts); both engines: test/engine/scenarios/sorter.json;
// items through a sorter: test/engine/scenarios/sorter-path.json.
import { describe, expect, it } from "vitest";
import { MyDefinitionId, MyInventoryItemFilter, Out } from "pbts/se";
import { buildSimulation, runScenario } from "pbts/sim";
import { csChecksUnavailable } from "../../compiler/csharp/mono.ts";

describe("conveyor sorters", () => {
  it("the sorter scenario: a new sorter is an empty whitelist; AddItem lists once; a blacklist allows the rest", async () => {
    const { sim } = await runScenario("test/engine/scenarios/sorter.json");
    const echo = sim.trace.forBlock("PB Sorter", "run").map((e) => String(e.data.echo));
    expect(echo).toEqual([
      "empty: mode white \niron false plate false ice false parse false true Ice equal true\n",
      "fill: mode white MyObjectBuilder_Ore/Iron (Iron), MyObjectBuilder_Ingot/Gold (Gold), MyObjectBuilder_Component/* ()\niron true plate true ice false parse false true Ice equal true\n",
      "blacklist: mode black MyObjectBuilder_Ore/Iron (Iron), MyObjectBuilder_Component/* ()\niron false plate false ice true parse false true Ice equal true\n",
    ]);
    expect(sim.trace.forBlock("Sorter", "property").map((e) => `${e.data.name}=${e.data.value}`)).toEqual(["Mode=Blacklist"]);
  });

  it("MyDefinitionId: Parse/TryParse by name, ToString, Equals; a filter from a string parses it", () => {
    expect(MyDefinitionId.Parse("MyObjectBuilder_Ore/Iron").ToString()).toBe("MyObjectBuilder_Ore/Iron");
    expect(() => MyDefinitionId.Parse("Iron")).toThrow("The provided type is not a valid MyDefinitionId.");
    expect(() => MyDefinitionId.Parse("Ore/Iron")).toThrow("The provided type is not a valid MyDefinitionId.");
    const out = new Out<MyDefinitionId>();
    expect(MyDefinitionId.TryParse("MyObjectBuilder_Ingot", "Gold/x", out)).toBe(true);
    expect(out.value.SubtypeName).toBe("Gold/x");
    expect(MyDefinitionId.TryParse("MyObjectBuilder_Ingot/Gold/x", out) && out.value.SubtypeName).toBe("Gold/x");
    expect(MyDefinitionId.Parse("MyObjectBuilder_Ore/Iron").Equals(MyDefinitionId.Parse("MyObjectBuilder_Ore/Ice"))).toBe(false);
    const f = new MyInventoryItemFilter("MyObjectBuilder_Component/SteelPlate", false);
    expect([f.ItemType.TypeId, f.ItemType.SubtypeId, f.AllSubTypes]).toEqual(["MyObjectBuilder_Component", "SteelPlate", false]);
  });
});

describe("items through a sorter (a block `behind` it)", () => {
  const run = async (engine: "ts" | "cs") => {
    const { sim } = await runScenario("test/engine/scenarios/sorter-path.json", { engine });
    return sim.trace.forBlock("PB Path", "run").map((e) => String(e.data.echo).trim());
  };
  // an empty whitelist lets nothing through; iron once listed; nothing while the sorter is off (the
  // game's IsAllowed is false unless the sorter works). Between two blocks behind the same sorter no
  // sorter is passed; IsConnectedTo asks about no item, so sorters do not matter to it.
  const EXPECTED = [
    "empty: can iron false ice false connected true moved iron false ice false sideways false bin 0 allowed false",
    "filter: can iron true ice false connected true moved iron true ice false sideways true bin 0 allowed true",
    "off: can iron false ice false connected true moved iron false ice false sideways false bin 0 allowed false",
  ];
  it("whitelist, filter and a turned-off sorter decide what moves (sorter-path.json)", async () => {
    expect(await run("ts")).toEqual(EXPECTED);
  });
  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("the C# engine prints the same lines", { timeout: 120_000 }, async () => {
    expect(await run("cs")).toEqual(EXPECTED);
  });
  // one way through a sorter (sorter-drain.json): into a block behind it (its output side) and out of a
  // block that feeds it (its input side), never back; Drain All (every 100 ticks, the first at tick 100)
  // moves whole allowed stacks: Main's 9 iron into the bin (3 + 9 = 12; stone is not whitelisted), the
  // feeder's 5 ice out to Main (1 + 5 = 6)
  const DRAIN = [
    "ways: can in true back false out true refill false; moved back false in true out true refill false\nways: main Iron 9 Stone 4 Ice 1; bin Iron 3 Stone 0 Ice 0; feeder Iron 0 Stone 0 Ice 5",
    "drain: main Iron 9 Stone 4 Ice 1; bin Iron 3 Stone 0 Ice 0; feeder Iron 0 Stone 0 Ice 5",
    "after: main Iron 0 Stone 4 Ice 6; bin Iron 12 Stone 0 Ice 0; feeder Iron 0 Stone 0 Ice 0",
  ];
  const drain = async (engine: "ts" | "cs") => {
    const { sim } = await runScenario("test/engine/scenarios/sorter-drain.json", { engine });
    return { echo: sim.trace.forBlock("PB Drain", "run").map((e) => String(e.data.echo).trim()), moves: sim.trace.ofKind("inventory").map((e) => `${e.tick} ${e.block} ${e.data.amount} -> ${e.data.to} by ${e.data.by}`) };
  };
  it("direction and Drain All (sorter-drain.json): one way, the drains traced by the sorters", async () => {
    const r = await drain("ts");
    expect(r.echo).toEqual(DRAIN);
    expect(r.moves).toEqual(["1 Main 1 -> Ore Bin by PB Drain", "1 Ice Feeder 1 -> Main by PB Drain", "100 Main 9 -> Ore Bin by Ore Sorter", "100 Ice Feeder 5 -> Main by Ice Sorter"]);
  });
  it.skipIf(csChecksUnavailable() !== null && !process.env.PBTS_REQUIRE_MONO)("the C# engine prints the same drain lines", { timeout: 120_000 }, async () => {
    expect((await drain("cs")).echo).toEqual(DRAIN);
  });
  it("\"feeds\" names a sorter and excludes \"behind\"", () => {
    const s = (blocks: unknown[]) => ({ grids: [{ name: "G", blocks }] }) as never;
    expect(() => buildSimulation(s([{ type: "CargoContainer", name: "A", feeds: "Nope" }, { type: "ConveyorSorter", name: "S1" }]))).toThrow(`block "A": "feeds" names "Nope", which is not a conveyor sorter: use one of S1`);
    expect(() => buildSimulation(s([{ type: "CargoContainer", name: "A", feeds: "S1", behind: "S1" }, { type: "ConveyorSorter", name: "S1" }]))).toThrow(`a block sits on one side of a sorter`);
  });
  it("a \"behind\" that names no sorter, or makes a loop, is a clear error", () => {
    const s = (blocks: unknown[]) => ({ grids: [{ name: "G", blocks }] }) as never;
    expect(() => buildSimulation(s([{ type: "CargoContainer", name: "A", behind: "Nope" }, { type: "ConveyorSorter", name: "S1" }]))).toThrow(`block "A": "behind" names "Nope", which is not a conveyor sorter: use one of S1`);
    expect(() => buildSimulation(s([{ type: "ConveyorSorter", name: "S1", behind: "S2" }, { type: "ConveyorSorter", name: "S2", behind: "S1" }]))).toThrow(`block "S1": "behind" makes a loop of sorters`);
  });
});
