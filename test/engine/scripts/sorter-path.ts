// Items through a conveyor sorter under both engines (test/engine/scenarios/sorter-path.json): "Ore Bin"
// sits behind "Sorter" (whitelist: iron ore), "Spare" behind the same sorter, "Main" in front of it.
import { IMyConveyorSorter, MyDefinitionId, MyFixedPoint, MyGridProgram, MyInventoryItemFilter, MyItemType, type IMyInventory } from "pbts/se";

export class Program extends MyGridProgram {
  private inv(name: string): IMyInventory | null {
    const b = this.GridTerminalSystem.GetBlockWithName(name);
    return b === null ? null : b.GetInventory(0);
  }
  Main(argument: string): void {
    const sorter = this.GridTerminalSystem.GetBlockWithName("Sorter");
    const main = this.inv("Main");
    const bin = this.inv("Ore Bin");
    const spare = this.inv("Spare");
    if (!(sorter instanceof IMyConveyorSorter) || main === null || bin === null || spare === null) return;
    if (argument === "filter") sorter.AddItem(new MyInventoryItemFilter("MyObjectBuilder_Ore/Iron", false));
    if (argument === "off") sorter.Enabled = false;
    const iron = MyItemType.MakeOre("Iron");
    const ice = MyItemType.MakeOre("Ice");
    const one = MyFixedPoint.DeserializeString("1");
    const ironItem = main.FindItem(iron);
    const iceItem = main.FindItem(ice);
    const movedIron = ironItem !== null && main.TransferItemTo(bin, ironItem, one);
    const movedIce = iceItem !== null && main.TransferItemTo(bin, iceItem, one);
    const binItem = bin.FindItem(iron);
    const sideways = binItem !== null && bin.TransferItemTo(spare, binItem, one); // behind the same sorter: no sorter passed
    this.Echo(`${argument}: can iron ${main.CanTransferItemTo(bin, iron)} ice ${main.CanTransferItemTo(bin, ice)} connected ${main.IsConnectedTo(bin)} moved iron ${movedIron} ice ${movedIce} sideways ${sideways} bin ${bin.GetItemAmount(iron).ToString()} allowed ${sorter.IsAllowed(MyDefinitionId.Parse("MyObjectBuilder_Ore/Iron"))}`);
  }
}
