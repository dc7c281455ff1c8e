// Example: an inventory display. Every 100 ticks it counts the items in every inventory of its own
// construct (cargo containers, connectors, refineries, drills...), keeps the ore in the containers
// whose name has "Ore" in it (taking it out of cargo containers and connectors only: refineries and
// O2/H2 generators keep theirs), and writes the totals to every LCD with "[Inventory]" in its name:
//
//   Cargo: 42% of 30.6 m3, 1.8 t
//   Iron Ore       1.2k
//   Steel Plate     100
//   ...
//
// The docked ships' cargo is not counted (another construct), but ore is sorted out of them too when
// the connector is locked. Echo each run: "inventory <items> types in <blocks> blocks, <moved> moved".
import {
  IMyCargoContainer, IMyShipConnector, IMyTerminalBlock, IMyTextPanel, MyGridProgram, UpdateFrequency, toDouble, type IMyInventory, type MyFixedPoint, type MyInventoryItem, type int,
} from "pbts/se";

const ORE = "MyObjectBuilder_Ore";

export class Program extends MyGridProgram {
  private readonly blocks: IMyTerminalBlock[] = [];
  private readonly oreBins: IMyInventory[] = [];
  private readonly panels: IMyTextPanel[] = [];
  private readonly items: MyInventoryItem[] = [];
  /** Amount per item name ("Iron Ore"), this run. */
  private readonly totals = new Map<string, number>();
  private readonly names: string[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    const me = this.Me;
    const gts = this.GridTerminalSystem;
    gts.GetBlocksOfType(IMyTerminalBlock, this.blocks, (b) => b.HasInventory);
    gts.GetBlocksOfType(IMyTextPanel, this.panels, (p) => p.CustomName.includes("[Inventory]") && p.IsSameConstructAs(me));
    this.oreBins.splice(0, this.oreBins.length);
    for (const b of this.blocks) {
      const inv = b.GetInventory(0);
      if (inv !== null && b.CustomName.includes("Ore") && b.IsSameConstructAs(me)) this.oreBins.push(inv);
    }

    const moved = this.sortOre();

    this.totals.clear();
    this.names.splice(0, this.names.length);
    let volume = 0;
    let capacity = 0;
    let mass = 0;
    let counted: int = 0;
    for (const b of this.blocks) {
      if (!b.IsSameConstructAs(me)) continue;
      counted++;
      for (let i: int = 0; i < b.InventoryCount; i++) {
        const inv = b.GetInventory(i);
        if (inv === null) continue;
        volume += amount(inv.CurrentVolume);
        capacity += amount(inv.MaxVolume);
        mass += amount(inv.CurrentMass);
        this.items.splice(0, this.items.length); // GetItems adds to the list, as in the game
        inv.GetItems(this.items);
        for (const item of this.items) {
          const name = itemName(item.Type.TypeId, item.Type.SubtypeId);
          if (!this.totals.has(name)) {
            this.names.push(name);
            this.totals.set(name, 0);
          }
          this.totals.set(name, this.totals.get(name)! + amount(item.Amount));
        }
      }
    }
    // Most first; equal amounts by name, so the order never depends on where the items are.
    this.names.sort((a, b) => {
      const d = this.totals.get(b)! - this.totals.get(a)!;
      return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
    });

    const fill = capacity > 0 ? (volume * 100) / capacity : 0;
    let text = `Cargo: ${fill.toFixed(0)}% of ${capacity.toFixed(1)} m3, ${(mass / 1000).toFixed(1)} t\n`;
    for (const name of this.names) text += `${name.padEnd(14)}${short(this.totals.get(name)!).padStart(6)}\n`;
    for (const p of this.panels) p.WriteText(text);
    this.Echo(`inventory ${this.names.length} types in ${counted} blocks, ${moved} moved`);
  }

  /** Move every ore stack that is not in an ore bin into the first ore bin with room; returns how many stacks moved. */
  private sortOre(): int {
    if (this.oreBins.length === 0) return 0;
    let moved: int = 0;
    for (const b of this.blocks) {
      // Cargo containers and connectors only: refineries and O2/H2 generators keep their ore.
      if (b.CustomName.includes("Ore") || !(b instanceof IMyCargoContainer || b instanceof IMyShipConnector)) continue;
      for (let i: int = 0; i < b.InventoryCount; i++) {
        const inv = b.GetInventory(i);
        if (inv === null) continue;
        // From the end: a moved stack leaves the list and the indices before it stay.
        for (let k: int = inv.ItemCount - 1; k >= 0; k--) {
          const item = inv.GetItemAt(k);
          if (item === null || item.Type.TypeId !== ORE) continue;
          for (const bin of this.oreBins) {
            if (!inv.CanTransferItemTo(bin, item.Type)) continue;
            if (inv.TransferItemTo(bin, k)) {
              moved++;
              break;
            }
          }
        }
      }
    }
    return moved;
  }
}

/** An amount (MyFixedPoint: millionths) as a number. */
function amount(v: MyFixedPoint): number {
  return toDouble(v.RawValue) / 1000000;
}

/** "Iron Ore", "Gold Ingot", "SteelPlate": how players name items. */
function itemName(typeId: string, subtype: string): string {
  if (typeId === ORE) return `${subtype} Ore`;
  if (typeId === "MyObjectBuilder_Ingot") return `${subtype} Ingot`;
  return subtype;
}

/** 1234567 -> "1.23M", 1234.5 -> "1.2k", 12.25 -> "12". */
function short(n: number): string {
  if (n >= 1000000) return `${(n / 1000000).toFixed(2)}M`;
  if (n >= 1000) return `${(n / 1000).toFixed(1)}k`;
  return n.toFixed(0);
}
