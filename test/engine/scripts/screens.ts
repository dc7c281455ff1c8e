// Text surfaces under both engines (test/engine/scenarios/screens.json): an LCD's settings, text and
// image selection; sprite frames on an LCD, the PB's keyboard and a cockpit's screen.
import { Color, ContentType, IMyCockpit, IMyTextPanel, MyGridProgram, MySprite, Rectangle, SpriteType, TextAlignment, UpdateFrequency, Vector2, toFloat, type IMyTextSurface, type int } from "pbts/se";

export class Program extends MyGridProgram {
  private runs: int = 0;
  private readonly images: string[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  private describe(name: string, s: IMyTextSurface): void {
    const size = s.SurfaceSize;
    this.Echo(`${name}: ${s.ContentType} font ${s.Font} ${s.FontSize} color ${s.FontColor.R},${s.FontColor.G},${s.FontColor.B} bg ${s.BackgroundColor.B} align ${s.Alignment} pad ${s.TextPadding} size ${size.X}x${size.Y} text ${s.GetText()}`);
  }

  Main(): void {
    this.runs++;
    const lcd = this.GridTerminalSystem.GetBlockWithName("LCD");
    const art = this.GridTerminalSystem.GetBlockWithName("Art");
    const seat = this.GridTerminalSystem.GetBlockWithName("Seat");
    if (!(lcd instanceof IMyTextPanel) || !(art instanceof IMyTextPanel) || !(seat instanceof IMyCockpit)) return;
    if (this.runs === 1) {
      this.describe("lcd", lcd);
      this.Echo(`pb surfaces ${this.Me.SurfaceCount} ${this.Me.GetSurface(0).DisplayName} ${this.Me.GetSurface(1).DisplayName} seat ${seat.SurfaceCount}`);
    } else if (this.runs === 2) {
      lcd.ContentType = ContentType.TEXT_AND_IMAGE;
      lcd.Font = "Monospace";
      lcd.FontSize = toFloat(1.5);
      lcd.FontColor = new Color(255, 0, 0);
      lcd.BackgroundColor = new Color(0, 0, 64);
      lcd.Alignment = TextAlignment.CENTER;
      lcd.TextPadding = 5;
      lcd.WriteText("Hello");
      lcd.WriteText(" world", true);
      lcd.AddImageToSelection("Arrow");
      lcd.AddImageToSelection("Cross");
      lcd.RemoveImageFromSelection("Arrow");
      this.images.splice(0, this.images.length);
      lcd.GetSelectedImages(this.images);
      this.describe("lcd", lcd);
      this.Echo(`shown ${lcd.CurrentlyShownImage} selected ${this.images.join(",")}`);
    } else if (this.runs === 3) {
      art.ContentType = ContentType.SCRIPT;
      const frame = art.DrawFrame();
      frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", new Vector2(256, 256), new Vector2(512, 512), new Color(0, 40, 0), null, TextAlignment.CENTER, 0));
      frame.Add(MySprite.CreateText("42%", "White", new Color(255, 255, 255), 2, TextAlignment.LEFT));
      frame.Add(MySprite.CreateClipRect(new Rectangle(0, 0, 100, 50)));
      frame.Dispose();
      const keys = this.Me.GetSurface(1);
      const k = keys.DrawFrame();
      k.Add(MySprite.CreateSprite("Circle", new Vector2(10, 20), new Vector2(5, 5)));
      k.Dispose();
      const screen = seat.GetSurface(1);
      screen.WriteText("speed 0");
      screen.FontSize = 2;
      this.describe("seat 1", screen);
      this.Me.GetSurface(0).WriteText("pb ok");
      this.Echo(`art ${art.SurfaceSize.X}x${art.SurfaceSize.Y} keyboard ${keys.SurfaceSize.Y} seat ${seat.GetSurface(0).GetText()}|`);
    }
  }
}
