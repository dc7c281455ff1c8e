// Build progress: while the projector is projecting, shows on "LCD Build" how many blocks are left
// and the percentage built; switches the welders on while there is something to weld and off once
// the projection is complete.
import { IMyProjector, IMyShipWelder, IMyTextPanel, MyGridProgram, UpdateFrequency, UpdateType, Color } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly welders: IMyShipWelder[] = [];
  private projector: IMyProjector | null = null;
  private lcd: IMyTextPanel | null = null;

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
    const p = this.GridTerminalSystem.GetBlockWithName("Projector");
    if (p instanceof IMyProjector) this.projector = p;
    const l = this.GridTerminalSystem.GetBlockWithName("LCD Build");
    if (l instanceof IMyTextPanel) this.lcd = l;
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyShipWelder, this.welders);
    const p = this.projector;
    if (p === null || this.lcd === null) {
      this.Echo("need a Projector and an LCD Build");
      return;
    }
    let text: string;
    if (!p.IsProjecting) {
      text = "Projector off";
      for (const w of this.welders) w.Enabled = false;
    } else {
      const total = p.TotalBlocks;
      const left = p.RemainingBlocks;
      const pct = total > 0 ? Math.floor(((total - left) * 100) / total) : 100;
      text = `Building: ${pct}%\n${left} of ${total} blocks left\n${p.BuildableBlocksCount} weldable now`;
      for (const w of this.welders) w.Enabled = left > 0;
      this.lcd.FontColor = left > 0 ? Color.Yellow : Color.Green;
    }
    this.lcd.WriteText(text);
  }
}
