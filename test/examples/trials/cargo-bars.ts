// Cargo fill bars: every LCD of the group "Cargo Screens" draws a bar per cargo container of this ship
// (its name, a bar as full as the container, the percentage), green to red as it fills.
import { Color, ContentType, IMyCargoContainer, IMyTextPanel, MyGridProgram, MySprite, SpriteType, TextAlignment, UpdateFrequency, UpdateType, Vector2, toDouble, toFloat } from "pbts/se";

export class Program extends MyGridProgram {
  private readonly cargo: IMyCargoContainer[] = [];
  private readonly screens: IMyTextPanel[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(argument: string, updateSource: UpdateType): void {
    this.GridTerminalSystem.GetBlocksOfType(IMyCargoContainer, this.cargo, (c) => c.IsSameConstructAs(this.Me));
    const group = this.GridTerminalSystem.GetBlockGroupWithName("Cargo Screens");
    if (group === null) {
      this.Echo("no group 'Cargo Screens'");
      return;
    }
    group.GetBlocksOfType(IMyTextPanel, this.screens);
    for (const lcd of this.screens) {
      lcd.ContentType = ContentType.SCRIPT;
      lcd.Script = "";
      const size = lcd.SurfaceSize;
      const rowHeight = size.Y / Math.max(this.cargo.length, 1);
      const frame = lcd.DrawFrame();
      let y = 0;
      for (const c of this.cargo) {
        const inv = c.GetInventory(0)!;
        const max = toDouble(inv.MaxVolume.RawValue);
        const fill = max > 0 ? toDouble(inv.CurrentVolume.RawValue) / max : 0;
        const barWidth = size.X * fill;
        const colour = Color.Lerp(Color.Green, Color.Red, toFloat(fill));
        const position = new Vector2(toFloat(barWidth / 2), toFloat(y + rowHeight / 2));
        const size2 = new Vector2(toFloat(barWidth), toFloat(rowHeight * 0.8));
        frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", position, size2, colour));
        const label = MySprite.CreateText(`${c.CustomName} ${Math.round(fill * 100)}%`, "White", Color.White, toFloat(1), TextAlignment.LEFT);
        frame.Add(label);
        y += rowHeight;
        this.Echo(`${c.CustomName}: ${(fill * 100).toFixed(1)}% ${colour.R}`);
      }
      frame.Dispose();
    }
  }
}
