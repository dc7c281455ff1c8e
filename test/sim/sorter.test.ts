// Conveyor sorters' filter lists (sim/blocks/dynamics.ts sorter) and the MyDefinitionId /
// MyInventoryItemFilter values (compiler/se/values/items.ts); both engines: test/engine/scenarios/sorter.json.
import { describe, expect, it } from "vitest";
import { MyDefinitionId, MyInventoryItemFilter, Out } from "pbts/se";
import { runScenario } from "pbts/sim";

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
