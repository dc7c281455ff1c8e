// Example: a sprite dashboard. Every 100 ticks it draws, on every LCD with "[Dashboard]" in its name
// and on the programmable block's own screen, one bar per battery and per gas tank: the bar's length
// is the charge (or fill), its colour goes from red (empty) to green (full), with the name and the
// percentage written on it.
//
// Shows DrawFrame/MySprite (textures and text), Color (named colours, Lerp) and Vector2 layout on
// the surface's viewport (the part of the texture that is visible: TextureSize vs SurfaceSize).
// Echo each run: "dashboard <bars> bars on <screens> screens".
import {
  Color, ContentType, IMyBatteryBlock, IMyGasTank, IMyTextPanel, MyGridProgram, MySprite, SpriteType, TextAlignment, UpdateFrequency, Vector2,
  toFloat, type IMyTextSurface, type MySpriteDrawFrame, type int,
} from "pbts/se";

/** A bar's height and gap, in pixels of a 512 x 512 screen (scaled to the viewport). */
const ROW = 48;
const MARGIN = 16;

export class Program extends MyGridProgram {
  private readonly batteries: IMyBatteryBlock[] = [];
  private readonly tanks: IMyGasTank[] = [];
  private readonly panels: IMyTextPanel[] = [];
  private readonly surfaces: IMyTextSurface[] = [];
  private readonly names: string[] = [];
  private readonly levels: number[] = [];

  constructor() {
    super();
    this.Runtime.UpdateFrequency = UpdateFrequency.Update100;
  }

  Main(): void {
    const me = this.Me;
    const gts = this.GridTerminalSystem;
    gts.GetBlocksOfType(IMyBatteryBlock, this.batteries, (b) => b.IsSameConstructAs(me));
    gts.GetBlocksOfType(IMyGasTank, this.tanks, (t) => t.IsSameConstructAs(me));
    gts.GetBlocksOfType(IMyTextPanel, this.panels, (p) => p.CustomName.includes("[Dashboard]") && p.IsSameConstructAs(me));

    // What to show: name and level (0..1) of each bar.
    this.names.splice(0, this.names.length);
    this.levels.splice(0, this.levels.length);
    for (const b of this.batteries) {
      this.names.push(b.CustomName);
      this.levels.push(b.MaxStoredPower > 0 ? b.CurrentStoredPower / b.MaxStoredPower : 0);
    }
    for (const t of this.tanks) {
      this.names.push(t.CustomName);
      this.levels.push(t.FilledRatio);
    }

    this.surfaces.splice(0, this.surfaces.length);
    for (const p of this.panels) this.surfaces.push(p);
    this.surfaces.push(me.GetSurface(0));
    for (const s of this.surfaces) this.draw(s);
    this.Echo(`dashboard ${this.names.length} bars on ${this.surfaces.length} screens`);
  }

  private draw(surface: IMyTextSurface): void {
    surface.ContentType = ContentType.SCRIPT;
    surface.Script = "";
    surface.ScriptBackgroundColor = Color.Black;
    // The visible part of the texture, and a scale that maps the 512-pixel layout onto it.
    const size = surface.SurfaceSize;
    const origin = Vector2.Multiply(Vector2.Subtract(surface.TextureSize, size), toFloat(0.5));
    const scale = Math.min(size.X, size.Y) / 512;
    const frame = surface.DrawFrame();
    this.title(frame, origin, size, scale);
    for (let i: int = 0; i < this.names.length; i++) this.bar(frame, origin, size, scale, i);
    frame.Dispose(); // sends the sprites to the screen
  }

  private title(frame: MySpriteDrawFrame, origin: Vector2, size: Vector2, scale: number): void {
    const at = Vector2.Add(origin, vec(size.X / 2, MARGIN * scale));
    frame.Add(new MySprite(SpriteType.TEXT, "POWER & GAS", at, null, Color.White, "White", TextAlignment.CENTER, toFloat(1.2 * scale)));
  }

  /** Bar i: a dark track, the level on it in red..green, the label on top. */
  private bar(frame: MySpriteDrawFrame, origin: Vector2, size: Vector2, scale: number, i: int): void {
    const level = Math.max(0, Math.min(1, this.levels[i]));
    const width = size.X - 2 * MARGIN * scale;
    const height = (ROW - 8) * scale;
    const top = origin.Y + (64 + i * ROW) * scale;
    const left = origin.X + MARGIN * scale;
    // Textures are placed by their centre.
    const track = vec(left + width / 2, top + height / 2);
    frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", track, vec(width, height), new Color(40, 40, 40)));
    const filled = width * level;
    const color = Color.Lerp(Color.Red, Color.Lime, toFloat(level));
    frame.Add(new MySprite(SpriteType.TEXTURE, "SquareSimple", vec(left + filled / 2, top + height / 2), vec(filled, height), color));
    const label = `${this.names[i]} ${Math.round(level * 100)}%`;
    frame.Add(new MySprite(SpriteType.TEXT, label, vec(left + 8 * scale, top + 4 * scale), null, Color.White, "White", TextAlignment.LEFT, toFloat(0.8 * scale)));
  }
}

/** A screen position or size (Vector2 holds floats). */
function vec(x: number, y: number): Vector2 {
  return new Vector2(toFloat(x), toFloat(y));
}
