// Production queues under both engines (test/engine/scenarios/production.json): GetQueue and its
// MyProductionItem values, AddQueueItem/InsertQueueItem (MyFixedPoint and number amounts), RemoveQueueItem,
// MoveQueueItemRequest, ClearQueue, CanUseBlueprint, IsQueueEmpty, IsProducing, NextItemId, an assembler's
// Mode, Repeating, CooperativeMode, CurrentProgress, and what production put in the inventories.
import { IMyAssembler, IMyProductionBlock, MyAssemblerMode, MyDefinitionId, MyFixedPoint, MyGridProgram, MyItemType, MyProductionItem } from "pbts/se";

export class Program extends MyGridProgram {
  Main(argument: string): void {
    const a = this.GridTerminalSystem.GetBlockWithName("Assembler");
    const r = this.GridTerminalSystem.GetBlockWithName("Refinery");
    if (!(a instanceof IMyAssembler) || !(r instanceof IMyProductionBlock)) return;
    const plate = MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/SteelPlate");
    const motor = MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/Motor");
    const ore = MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/IronOreToIngot");
    if (argument === "add") {
      a.AddQueueItem(motor, MyFixedPoint.DeserializeString("1"));
      a.AddQueueItem(plate, 2.5);
      a.AddQueueItem(plate, MyFixedPoint.DeserializeString("0.5"));
      a.InsertQueueItem(0, motor, 1);
      a.InsertQueueItem(9, ore, 1); // a refinery's blueprint: the assembler cannot use it
      r.AddQueueItem(plate, 1); // nor the refinery an assembler's
      a.AddQueueItem(MyDefinitionId.Parse("MyObjectBuilder_BlueprintDefinition/Unknown"), 1);
      a.AddQueueItem(plate, 0);
    } else if (argument === "move") {
      const q: MyProductionItem[] = [];
      a.GetQueue(q);
      a.MoveQueueItemRequest(q[q.length - 1]!.ItemId, 0);
      a.RemoveQueueItem(-1, MyFixedPoint.DeserializeString("1"));
      a.RemoveQueueItem(7, 1); // no entry 7: nothing
    } else if (argument === "remove") {
      a.RemoveQueueItem(1, 1); // the whole entry, whatever the amount
    } else if (argument === "mode") {
      a.Mode = MyAssemblerMode.Disassembly;
      a.AddQueueItem(plate, 1);
      this.Echo(`disassembly: ${this.queue(a)} repeating ${a.Repeating} dis ${a.DisassembleEnabled}`);
      a.Mode = MyAssemblerMode.Assembly;
      a.Repeating = true;
      a.CooperativeMode = true;
    } else if (argument === "bad") {
      a.InsertQueueItem(-2, plate, 1); // List.Insert(-2) throws in the game's source: the script stops
    } else if (argument === "clear") {
      a.ClearQueue();
      r.ClearQueue();
    }
    this.Echo(`${argument}: A ${this.queue(a)} empty ${a.IsQueueEmpty} producing ${a.IsProducing} progress ${a.CurrentProgress} mode ${a.Mode === MyAssemblerMode.Assembly ? "assembly" : "disassembly"} repeating ${a.Repeating} coop ${a.CooperativeMode}`);
    this.Echo(`R ${this.queue(r)} producing ${r.IsProducing} next ${r.NextItemId} ${r.NextItemId}`);
    this.Echo(`can ${a.CanUseBlueprint(plate)} ${a.CanUseBlueprint(ore)} ${r.CanUseBlueprint(ore)} ${r.CanUseBlueprint(plate)} conveyor ${a.UseConveyorSystem}`);
    const inv = a.OutputInventory;
    const input = a.InputInventory;
    this.Echo(`made ${inv.GetItemAmount(MyItemType.MakeComponent("SteelPlate")).ToString()} plates ${inv.GetItemAmount(MyItemType.MakeComponent("Motor")).ToString()} motors; iron ${input.GetItemAmount(MyItemType.MakeIngot("Iron")).ToString()} ingots ${r.OutputInventory.GetItemAmount(MyItemType.MakeIngot("Iron")).ToString()} from ore`);
  }

  queue(p: IMyProductionBlock): string {
    const items: MyProductionItem[] = [new MyProductionItem()];
    p.GetQueue(items);
    return `[${items.map((i) => `${i.ItemId}:${i.BlueprintId.SubtypeName} ${i.Amount.ToString()}`).join(", ")}]`;
  }
}
