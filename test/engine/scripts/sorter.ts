// A conveyor sorter's filter list under both engines (test/engine/scenarios/sorter.json): MyDefinitionId
// and MyInventoryItemFilter values, AddItem/RemoveItem/SetFilter/GetFilterList/IsAllowed and Mode.
import { IMyConveyorSorter, MyConveyorSorterMode, MyDefinitionId, MyGridProgram, MyInventoryItemFilter, Out } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string): void {
    const s = this.GridTerminalSystem.GetBlockWithName("Sorter");
    if (!(s instanceof IMyConveyorSorter)) return;
    const iron = MyDefinitionId.Parse("MyObjectBuilder_Ore/Iron");
    const plate = MyDefinitionId.Parse("MyObjectBuilder_Component/SteelPlate");
    const list: MyInventoryItemFilter[] = [];
    if (argument === "fill") {
      s.AddItem(new MyInventoryItemFilter(iron, false));
      s.AddItem(new MyInventoryItemFilter("MyObjectBuilder_Ingot/Gold", false));
      s.AddItem(new MyInventoryItemFilter(MyDefinitionId.Parse("MyObjectBuilder_Component/"), true));
      s.AddItem(new MyInventoryItemFilter(iron, false)); // listed once
    } else if (argument === "blacklist") {
      s.GetFilterList(list);
      s.SetFilter(MyConveyorSorterMode.Blacklist, list);
      s.RemoveItem(new MyInventoryItemFilter("MyObjectBuilder_Ingot/Gold", false));
    }
    s.GetFilterList(list);
    const parsed = new Out<MyDefinitionId>();
    const ok = MyDefinitionId.TryParse("Ore/Iron", parsed);
    const ok2 = MyDefinitionId.TryParse("MyObjectBuilder_Ore", "Ice", parsed);
    this.Echo(`${argument}: mode ${s.Mode === MyConveyorSorterMode.Whitelist ? "white" : "black"} ${list.map((f) => `${f.ItemId.ToString()}${f.AllSubTypes ? "*" : ""} (${f.ItemType.SubtypeId})`).join(", ")}`);
    this.Echo(`iron ${s.IsAllowed(iron)} plate ${s.IsAllowed(plate)} ice ${s.IsAllowed(parsed.value)} parse ${ok} ${ok2} ${parsed.value.SubtypeName} equal ${iron.Equals(MyDefinitionId.Parse("MyObjectBuilder_Ore/Iron"))}`);
  }
}
