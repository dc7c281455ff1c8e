// Assembler queue monitor: every 100 ticks, lists what each assembler of this construct is building
// (its state, the first item's progress, every queued blueprint and amount) on the LCD named
// "Queue LCD" and in the PB's detail area. Run "clear" (a button) to empty every queue.
import { IMyAssembler, IMyTextPanel, MyGridProgram, MyProductionItem, StringBuilder, UpdateFrequency, UpdateType } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly assemblers: IMyAssembler[] = [];
  private readonly queue: MyProductionItem[] = [];
  private readonly sb = new StringBuilder();

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyAssembler, this.assemblers, (a) => a.IsSameConstructAs(this.Me));
    if (argument === "clear") {
      for (const a of this.assemblers) a.ClearQueue();
    }
    this.sb.Clear();
    for (const a of this.assemblers) {
      a.GetQueue(this.queue);
      const state = a.IsProducing ? `building ${Math.round(a.CurrentProgress * 100)}%` : a.IsQueueEmpty ? "idle" : "waiting for materials";
      this.sb.AppendLine(`${a.CustomName}: ${state}`);
      for (const item of this.queue) this.sb.AppendLine(`  ${item.BlueprintId.SubtypeName} x${item.Amount.ToString()}`);
    }
    const lcd = this.GridTerminalSystem.GetBlockWithName("Queue LCD");
    if (lcd instanceof IMyTextPanel) lcd.WriteText(this.sb.ToString());
    this.Echo(this.sb.ToString());
  }
}
