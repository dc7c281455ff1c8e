// A conveyor sorter's direction and Drain All under both engines (test/engine/scenarios/sorter-drain.json):
// "Ore Bin" sits behind "Ore Sorter" (its output side), "Ice Feeder" feeds "Ice Sorter" (its input side),
// "Main" is the rest of the grid. Items pass a sorter only from its input side to its output side.
import { IMyConveyorSorter, MyConveyorSorterMode, MyFixedPoint, MyGridProgram, MyInventoryItemFilter, MyItemType, type IMyInventory } from "pbts/se";

export class Program extends MyGridProgram {
  private inv(name: string): IMyInventory | null {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    return b === null ? null : b.GetInventory(0);
  }
  private amounts(inv: IMyInventory): string {
    return ["Iron", "Stone", "Ice"].map((s) => `${s} ${inv.GetItemAmount(MyItemType.MakeOre(s)).ToString()}`).join(" ");
  }
  Main(argument: string): void {
    const ore = this.GridTerminalSystem.GetBlockWithName("Ore Sorter");
    const ice = this.GridTerminalSystem.GetBlockWithName("Ice Sorter");
    const main = this.inv("Main");
    const bin = this.inv("Ore Bin");
    const feeder = this.inv("Ice Feeder");
    if (!(ore instanceof IMyConveyorSorter) || !(ice instanceof IMyConveyorSorter) || main === null || bin === null || feeder === null) return;
    const iron = MyItemType.MakeOre("Iron");
    const iceType = MyItemType.MakeOre("Ice");
    const one = MyFixedPoint.DeserializeString("1");
    if (argument === "ways") {
      ore.AddItem(new MyInventoryItemFilter("MyObjectBuilder_Ore/Iron", false));
      ice.SetFilter(MyConveyorSorterMode.Blacklist, []);
      const binIron = bin.FindItem(iron);
      const back = binIron !== null && bin.TransferItemTo(main, binIron, one); // out of an output side: refused
      const mainIron = main.FindItem(iron);
      const into = mainIron !== null && main.TransferItemTo(bin, mainIron, one); // into the output side: allowed
      const feederIce = feeder.FindItem(iceType);
      const out = feederIce !== null && feeder.TransferItemTo(main, feederIce, one); // out of an input side: allowed
      const mainIce = main.FindItem(iceType);
      const refill = mainIce !== null && main.TransferItemTo(feeder, mainIce, one); // into an input side: refused
      this.Echo(`ways: can in ${main.CanTransferItemTo(bin, iron)} back ${bin.CanTransferItemTo(main, iron)} out ${feeder.CanTransferItemTo(main, iceType)} refill ${main.CanTransferItemTo(feeder, iceType)}; moved back ${back} in ${into} out ${out} refill ${refill}`);
    } else if (argument === "drain") {
      ore.DrainAll = true;
      ice.DrainAll = true;
    }
    this.Echo(`${argument}: main ${this.amounts(main)}; bin ${this.amounts(bin)}; feeder ${this.amounts(feeder)}`);
  }
}
