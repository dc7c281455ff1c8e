// Inventories under both engines (test/engine/scenarios/inventory.json): items, volume and mass,
// transfers within a grid, across a docked connector, and refused once the connector is undocked.
import { IMyTerminalBlock, MyFixedPoint, MyGridProgram, MyInventoryItem, MyItemType, UpdateFrequency, type IMyInventory, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly blocks: IMyTerminalBlock[] = [];
  private readonly items: MyInventoryItem[] = [];
  private runs: int = 0;
  // kept: once undocked, the ship's blocks are out of GridTerminalSystem's reach
  private a: IMyInventory | null = null;
  private b: IMyInventory | null = null;
  private ship: IMyInventory | null = null;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  private inv(name: string, index: int): IMyInventory | null {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    return b === null ? null : b.GetInventory(index);
  }

  private show(): void {
    this.GridTerminalSystem.GetBlocks(this.blocks);
    for (const b of this.blocks) {
      if (!b.HasInventory) continue;
      for (let i: int = 0; i < b.InventoryCount; i++) {
        const inv = b.GetInventory(i);
        if (inv === null) continue;
        this.items.splice(0, this.items.length);
        inv.GetItems(this.items);
        let line = `${b.CustomName}[${i}] ${inv.ItemCount} items ${inv.CurrentVolume.ToString()}/${inv.MaxVolume.ToString()} m3 ${inv.CurrentMass.ToString()} kg full ${inv.IsFull}`;
        // ItemId is a uint (C# uint), passed back to GetItemByID(uint).
        for (const it of this.items) {
          const again = inv.GetItemByID(it.ItemId);
          line += ` | ${it.Type.SubtypeId} ${it.Amount.ToString()} byId ${again !== null && again.Type.Equals(it.Type)}`;
        }
        this.Echo(line);
      }
    }
  }

  Main(): void {
    this.runs++;
    if (this.a === null) this.a = this.inv("Cargo A", 0);
    if (this.b === null) this.b = this.inv("Cargo B", 0);
    if (this.ship === null) this.ship = this.inv("Ship Cargo", 0);
    const a = this.a;
    const b = this.b;
    const ship = this.ship;
    if (a === null || b === null || ship === null) {
      this.Echo("missing inventory");
      return;
    }
    const ore = MyItemType.MakeOre("Iron");
    const plate = MyItemType.MakeComponent("SteelPlate");
    if (this.runs === 2) {
      // 500 kg of ore into 100 L: what fits (270.27 kg) moves
      const ok = a.TransferItemTo(b, 0, null, true, MyFixedPoint.DeserializeString("500"));
      this.Echo(`ore A->B ${ok} A has ${a.GetItemAmount(ore).ToString()} B has ${b.GetItemAmount(ore).ToString()}`);
      this.Echo(`B can take more ore: ${b.CanItemsBeAdded(MyFixedPoint.DeserializeString("1"), ore)}`);
    } else if (this.runs === 3) {
      const found = a.FindItem(plate);
      if (found !== null) {
        const ok = a.TransferItemTo(ship, found, MyFixedPoint.DeserializeString("10.5"));
        this.Echo(`plates A->ship ${ok} connected ${a.IsConnectedTo(ship)} can ${a.CanTransferItemTo(ship, plate)}`);
      }
      this.Echo(`A contains 90 plates ${a.ContainItems(MyFixedPoint.DeserializeString("90"), plate)} 91 ${a.ContainItems(MyFixedPoint.DeserializeString("91"), plate)}`);
      const none = a.GetItemAt(7);
      this.Echo(`item 7 ${none === null} at 0 ${a.IsItemAt(0)}`);
    } else if (this.runs === 5) {
      // the connector was undocked at tick 350
      const ok = ship.TransferItemTo(a, 0);
      this.Echo(`ship->A ${ok} connected ${ship.IsConnectedTo(a)} can ${ship.CanTransferItemTo(a, plate)}`);
    } else if (this.runs === 6) {
      // the whole ore stack of B back to A (stacks onto A's ore item)
      const ok = b.TransferItemFrom(a, 0);
      const back = a.TransferItemFrom(b, 0);
      this.Echo(`B<-A ${ok} A<-B ${back}`);
    }
    this.show();
  }
}
