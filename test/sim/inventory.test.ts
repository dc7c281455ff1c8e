// Inventories (sim/blocks/inventory.ts): items, volume and mass from the scenario, transfers between
// inventories joined by conveyors (a grid, joints, docked connectors). Verdicts come from the trace
// ("inventory" events, what scripts Echo) and from amounts worked out by hand below.
import { describe, expect, it } from "vitest";
import { IMyCargoContainer, MyFixedPoint, MyItemType, type IMyInventory, type MyInventoryItem } from "pbts/se";
import { buildSimulation, runScenario, type Scenario } from "pbts/sim";
import { sim1, script, type P } from "./helpers.ts";

const fp = (s: string) => MyFixedPoint.DeserializeString(s);

function base(...blocks: Record<string, unknown>[]): Scenario {
  return { grids: [{ name: "G", blocks: blocks as never }] };
}

describe("inventories", () => {
  it("the inventory scenario: amounts, volume and mass as worked out by hand, transfers traced", async () => {
    const { sim } = await runScenario("test/engine/scenarios/inventory.json");
    const moves = sim.trace.ofKind("inventory").map((e) => [e.tick, e.block, e.data.item, e.data.amount, e.data.to, e.data.by]);
    // 100 L hold 100 / 0.37 = 270.270270... kg of ore (floored to 6 decimals); 10.5 plates move as 10
    expect(moves).toEqual([
      [200, "Cargo A", "MyObjectBuilder_Ore/Iron", "270.27027", "Cargo B", "PB Stock"],
      [300, "Cargo A", "MyObjectBuilder_Component/SteelPlate", "10", "Ship Cargo", "PB Stock"],
      [600, "Cargo B", "MyObjectBuilder_Ore/Iron", "270.27027", "Cargo A", "PB Stock"],
    ]);
    const echo = sim.trace.forBlock("PB Stock", "run").map((e) => String(e.data.echo));
    // 1200.5 kg ore × 0.37 L + 100 plates × 3 L + 3.25 gold × 0.05 L = 444.185 + 300 + 0.1625 L
    expect(echo[0]).toContain("Cargo A[0] 3 items 0.744348/15.625 m3 3203.75 kg full false | Iron 1200.5 byId true | SteelPlate 100 byId true | Gold 3.25 byId true");
    expect(echo[0]).toContain("Refinery[0] 0 items 0/1 m3"); // a refinery has two inventories, 1000 L each by default
    expect(echo[0]).toContain("Refinery[1] 0 items");
    expect(echo[1]).toContain("ore A->B true A has 930.22973 B has 270.27027");
    expect(echo[1]).toContain("B can take more ore: false");
    expect(echo[1]).toContain("Cargo B[0] 1 items 0.1/0.1 m3 270.27027 kg full true");
    expect(echo[2]).toContain("plates A->ship true connected true can true");
    expect(echo[2]).toContain("A contains 90 plates true 91 false");
    expect(echo[2]).toContain("Ship Cargo[0] 1 items 0.03/3.375 m3 200 kg");
    expect(echo[4]).toContain("ship->A false connected false can false"); // undocked at tick 350
    expect(echo[5]).toContain("B<-A false A<-B true");
    expect(echo[5]).toContain("Cargo A[0] 3 items 0.714348/15.625 m3 3003.75 kg full false | Iron 1200.5"); // stacked back onto item 0
  });

  it("a script reads items with GetItems (filter), GetItemAt, FindItem, GetItemAmount; an emptied stack leaves the list", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "CargoContainer", name: "A", inventory: [
      { type: "MyObjectBuilder_Ore", subtype: "Ice", amount: 10 },
      { type: "Component", subtype: "Computer", amount: 4 },
    ] } as never);
    sim.addBlock("G", { type: "CargoContainer", name: "B" });
    const seen: unknown[] = [];
    sim.addProgrammableBlock("G", { name: "PB", script: script({ main: (p: P) => {
      const a = p.GridTerminalSystem.GetBlockWithName("A")!.GetInventory(0)!;
      const b = p.GridTerminalSystem.GetBlockWithName("B")!.GetInventory()!;
      const items: MyInventoryItem[] = [];
      a.GetItems(items, (i) => i.Type.TypeId === "MyObjectBuilder_Component");
      seen.push(items.map((i) => `${i.Type.SubtypeId} ${i.Amount.ToString()} #${i.ItemId}`));
      seen.push(a.GetItemAt(1)?.Type.SubtypeId, a.GetItemAt(2), a.FindItem(MyItemType.MakeOre("Ice"))?.ItemId, a.GetItemAmount(MyItemType.MakeOre("Stone")).ToString());
      seen.push(a.TransferItemTo(b, 0), a.ItemCount, a.GetItemAt(0)?.Type.SubtypeId, a.GetItemAt(0)?.ItemId, b.GetItemAt(0)?.Type.SubtypeId);
      seen.push(a.TransferItemTo(b, 0, null, true, fp("1.5")), b.GetItemAmount(MyItemType.MakeComponent("Computer")).ToString()); // whole units only
      seen.push(b.TransferItemTo(a, 1, 0, false, fp("1")), a.ItemCount, a.GetItemAt(0)?.Amount.ToString(), a.GetItemAt(0)?.ItemId); // a new stack at index 0, next id
      seen.push(a.TransferItemTo(a, 0), a.TransferItemTo(b, 9), a.TransferItemTo(b, 0, null, null, fp("0")));
    } }) });
    sim.start().apply({ kind: "run", block: "PB", argument: "" });
    expect(seen).toEqual([
      ["Computer 4 #1"], "Computer", null, 0, "0",
      true, 1, "Computer", 1, "Ice",
      true, "1",
      true, 2, "1", 2,
      false, false, false,
    ]);
    expect(sim.trace.ofKind("inventory").map((e) => `${e.block} ${e.data.amount} ${e.data.item} -> ${e.data.to}`)).toEqual([
      "A 10 MyObjectBuilder_Ore/Ice -> B",
      "A 1 MyObjectBuilder_Component/Computer -> B",
      "B 1 MyObjectBuilder_Component/Computer -> A",
    ]);
  });

  it("conveyors: joined grids (rotor) are connected; a destroyed or a detached block is not", () => {
    const sim = sim1();
    sim.addGrid({ name: "Top" });
    sim.world.addJoint("Rotor", "G", "Top");
    const a = sim.addBlock("G", { type: "CargoContainer", name: "A", inventory: [{ type: "Ore", subtype: "Iron", amount: 5 }] } as never);
    const t = sim.addBlock("Top", { type: "CargoContainer", name: "T" });
    const ia = a.GetInventory(0) as IMyInventory;
    const it = t.GetInventory(0) as IMyInventory;
    expect(ia.IsConnectedTo(it)).toBe(true);
    expect(ia.CanTransferItemTo(it, MyItemType.MakeOre("Iron"))).toBe(true);
    sim.start().apply({ kind: "detach", joint: "Rotor" } as never);
    expect(ia.IsConnectedTo(it)).toBe(false);
    expect(ia.TransferItemTo(it, 0)).toBe(false);
    sim.apply({ kind: "attach", joint: "Rotor" } as never);
    expect(ia.IsConnectedTo(it)).toBe(true);
    sim.apply({ kind: "destroy", block: "T" });
    expect(ia.IsConnectedTo(it)).toBe(false);
  });

  it("items on a kind without an inventory (a door, a PB, a plain block) or for more inventories than it has are an error naming the block and the kinds that have them", () => {
    for (const b of [
      { type: "Door", name: "D", inventory: [{ type: "Ore", subtype: "Iron", amount: 1 }] },
      { type: "programmable", name: "P", inventory: [{ type: "Ore", subtype: "Iron", amount: 1 }] },
      { type: "block", name: "X", inventory: [{ type: "Ore", subtype: "Iron", amount: 1 }] },
      { type: "Door", name: "D", inventoryVolume: 100 },
    ]) {
      expect(() => buildSimulation(base(b)), b.type).toThrow(new RegExp(`block "${b.name}": "inventory(Volume)?": a \\w+ has no inventory in the game: put the items in a block that has one: CargoContainer, ShipConnector, .*Refinery \\(2\\)`));
    }
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "C", inventories: [[], []] }))).toThrow(/block "C": "inventories": a CargoContainer has 1 inventory in the game/);
    // a "block" with a refinery's interface is that kind: it has two
    expect(buildSimulation(base({ type: "block", name: "X", interfaces: ["IMyRefinery"], inventory: [{ type: "Ore", subtype: "Iron", amount: 1 }] })).sim.world.block("X").InventoryCount).toBe(2);
  });

  it("kinds with inventories have them; others have none", () => {
    const sim = sim1();
    expect(sim.addBlock("G", { type: "Refinery", name: "R" }).InventoryCount).toBe(2);
    expect(sim.addBlock("G", { type: "ShipConnector", name: "C" }).InventoryCount).toBe(1);
    const door = sim.addBlock("G", { type: "Door", name: "D" });
    expect(door.HasInventory).toBe(false);
    expect(door.GetInventory(0)).toBeNull();
    const cargo = sim.addBlock("G", { type: "CargoContainer", name: "L", subtype: "LargeBlockLargeContainer" });
    expect(cargo instanceof IMyCargoContainer && (cargo.GetInventory() as IMyInventory).MaxVolume.ToString()).toBe("421.875");
    const r = sim.world.block("R") as unknown as { InputInventory: IMyInventory; OutputInventory: IMyInventory };
    expect(r.InputInventory).toBe(sim.world.block("R").GetInventory(0));
    expect(r.OutputInventory).toBe(sim.world.block("R").GetInventory(1));
  });

  it("the older type names are their kinds: a \"connector\" is a ShipConnector (inventory, interfaces, terminal), a \"text-panel\" a TextPanel", () => {
    const sim = sim1();
    const pairs: [string, string][] = [["connector", "ShipConnector"], ["text-panel", "TextPanel"], ["antenna", "RadioAntenna"], ["programmable", "MyProgrammableBlock"]];
    for (const [legacy, kind] of pairs) {
      const a = sim.addBlock("G", { type: legacy, name: `${legacy} old` } as never) as unknown as { interfaces: Set<string>; InventoryCount: number; GetProperties(l: unknown[]): void; GetActions(l: unknown[]): void };
      const b = sim.addBlock("G", { type: kind, name: `${kind} new` } as never) as unknown as typeof a;
      expect([...a.interfaces].sort(), legacy).toEqual([...b.interfaces].sort());
      expect(a.InventoryCount, legacy).toBe(b.InventoryCount);
      const [pa, pb, aa, ab]: { Id: string }[][] = [[], [], [], []];
      a.GetProperties(pa);
      b.GetProperties(pb);
      a.GetActions(aa);
      b.GetActions(ab);
      expect(pa.map((p) => p.Id), legacy).toEqual(pb.map((p) => p.Id));
      expect(aa.map((p) => p.Id), legacy).toEqual(ab.map((p) => p.Id));
    }
    expect((sim.world.block("connector old") as unknown as { InventoryCount: number }).InventoryCount).toBe(1);
  });

  it("a world save and reload restores the items", () => {
    const sim = sim1();
    sim.addBlock("G", { type: "CargoContainer", name: "A", inventory: [{ type: "Ore", subtype: "Iron", amount: 5 }] } as never);
    sim.addBlock("G", { type: "CargoContainer", name: "B" });
    sim.start();
    sim.apply({ kind: "save" });
    const a = sim.world.block("A").GetInventory(0) as IMyInventory;
    const b = sim.world.block("B").GetInventory(0) as IMyInventory;
    expect(a.TransferItemTo(b, 0, null, null, fp("2"))).toBe(true);
    expect(b.GetItemAmount(MyItemType.MakeOre("Iron")).ToString()).toBe("2");
    sim.apply({ kind: "load" });
    expect(a.GetItemAmount(MyItemType.MakeOre("Iron")).ToString()).toBe("5");
    expect(b.ItemCount).toBe(0);
  });

  it("bad inventories in a scenario are clear errors", () => {
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "A", inventory: [{ type: "Component", subtype: "SteelPlate", amount: 1.5 }] }))).toThrow(
      /block "A": MyObjectBuilder_Component\/SteelPlate comes in whole units: amount 1.5 is not/,
    );
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "A", inventory: [{ subtype: "Iron", amount: 1 }] }))).toThrow(/block "A": an inventory item needs "type"/);
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "A", inventory: [{ type: "Ore", subtype: "Iron", amount: -1 }] }))).toThrow(/"amount" must be a number >= 0/);
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "A", inventoryVolume: "big" }))).toThrow(/"inventoryVolume" must be a number of litres/);
    expect(() => buildSimulation(base({ type: "CargoContainer", name: "A", inventory: { type: "Ore" } }))).toThrow(/"inventory" must be an array of items/);
  });

  it("a scenario's items must fit their inventory (session 14's friction: an overfilled container loaded silently)", () => {
    // 10,000 iron ore take 3,700 L (0.37 L each); a container given 1,000 L cannot hold them
    const over = (volume: number, amount = 10000) => base({ type: "CargoContainer", name: "Cargo", inventoryVolume: volume, inventory: [{ type: "Ore", subtype: "Iron", amount }] });
    expect(() => buildSimulation(over(1000))).toThrow(/block "Cargo": the items of its inventory take 3700 L, more than it holds \(1000 L\)\. Give the block "inventoryVolume": 3700/);
    expect(() => buildSimulation(over(3700))).not.toThrow(); // exactly full loads
    expect(() => buildSimulation(over(3699))).toThrow(/take 3700 L, more than it holds \(3699 L\)/);
    // the item's volume holds world-wide, whichever block states it; a refinery names its inventory
    const refinery = { type: "Refinery", name: "R", inventoryVolume: 10, inventories: [[], [{ type: "Ingot", subtype: "Iron", amount: 100 }]] };
    expect(() => buildSimulation(base(refinery))).toThrow(/block "R": the items of its inventory 1 take 12\.7 L, more than it holds \(10 L\)/);
    expect(() => buildSimulation(base(refinery, { type: "CargoContainer", name: "C", inventory: [{ type: "Ingot", subtype: "Iron", amount: 1, volume: 0.1 }] }))).not.toThrow();
  });
});
