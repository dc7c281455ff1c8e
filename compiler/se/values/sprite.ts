// VRage.Game.GUI.TextPanel.MySprite / MySpriteDrawFrame and VRageMath.Rectangle: what a script draws on
// an LCD. MySprite is a struct in C#: its fields are readonly here (give them to the constructor, or use
// CreateText / CreateSprite); C#'s object initializer `new MySprite { ... }` has no TS form.
import type { float, int } from "../prelude.ts";
import { SpriteType, TextAlignment } from "../generated/api.ts";
import { Color } from "./color.ts";
import { Vector2 } from "./vectors.ts";

export class Rectangle {
  readonly X: int;
  readonly Y: int;
  readonly Width: int;
  readonly Height: int;
  constructor(x: int, y: int, width: int, height: int) {
    this.X = x;
    this.Y = y;
    this.Width = width;
    this.Height = height;
  }
  Equals(other: Rectangle): boolean {
    return this.X === other.X && this.Y === other.Y && this.Width === other.Width && this.Height === other.Height;
  }
}

export class MySprite {
  readonly Type: SpriteType;
  readonly Data: string | null;
  readonly Position: Vector2 | null;
  readonly Size: Vector2 | null;
  readonly Color: Color | null;
  readonly FontId: string | null;
  readonly Alignment: TextAlignment;
  readonly RotationOrScale: float;

  /**
   * With no argument this is C#'s `new MySprite()`: the all-zero struct (TEXTURE, LEFT), not the
   * constructor's defaults; with arguments, the constructor (missing ones default to null, CENTER, 0).
   */
  constructor(type?: SpriteType, data?: string | null, position?: Vector2 | null, size?: Vector2 | null, color?: Color | null, fontId?: string | null, alignment?: TextAlignment, rotation?: float) {
    this.Type = type ?? SpriteType.TEXTURE;
    this.Data = data ?? null;
    this.Position = position ?? null;
    this.Size = size ?? null;
    this.Color = color ?? null;
    this.FontId = fontId ?? null;
    this.Alignment = alignment ?? (type === undefined ? TextAlignment.LEFT : TextAlignment.CENTER);
    this.RotationOrScale = Math.fround(rotation ?? 0);
  }
  static CreateSprite(sprite: string, position: Vector2, size: Vector2): MySprite {
    return new MySprite(SpriteType.TEXTURE, sprite, position, size);
  }
  static CreateText(text: string, fontId: string, color: Color, scale: float = 1, alignment: TextAlignment = TextAlignment.CENTER): MySprite {
    return new MySprite(SpriteType.TEXT, text, null, null, color, fontId, alignment, scale);
  }
  static CreateClearClipRect(): MySprite {
    return new MySprite(SpriteType.CLIP_RECT);
  }
  static CreateClipRect(rect: Rectangle): MySprite {
    return new MySprite(SpriteType.CLIP_RECT, null, new Vector2(rect.X, rect.Y), new Vector2(rect.Width, rect.Height));
  }
  Equals(other: MySprite): boolean {
    const eqV = (a: Vector2 | null, b: Vector2 | null) => (a === null ? b === null : b !== null && a.Equals(b));
    const eqC = (a: Color | null, b: Color | null) => (a === null ? b === null : b !== null && a.Equals(b));
    return (
      this.Type === other.Type &&
      eqV(this.Position, other.Position) &&
      eqV(this.Size, other.Size) &&
      eqC(this.Color, other.Color) &&
      this.Data === other.Data &&
      this.FontId === other.FontId &&
      this.Alignment === other.Alignment &&
      this.RotationOrScale === other.RotationOrScale
    );
  }
}

/** A frame of sprites: Dispose() hands them to the surface that made the frame (C#: `using (var f = ...)`). */
export class MySpriteDrawFrame {
  private readonly submit: ((frame: MySpriteDrawFrame) => void) | null;
  private readonly sprites: MySprite[] = [];
  private submitted = false;
  constructor(submitFrameCallback: (frame: MySpriteDrawFrame) => void) {
    this.submit = submitFrameCallback;
  }
  Add(sprite: MySprite): void {
    this.sprites.push(sprite);
  }
  AddRange(sprites: MySprite[]): void {
    for (const s of sprites) this.sprites.push(s);
  }
  /** Copies the frame's sprites into `list` (what a surface does on Dispose). */
  AddToList(list: MySprite[]): void {
    for (const s of this.sprites) list.push(s);
  }
  /**
   * Clips the sprites added next to the rectangle (adds MySprite.CreateClipRect); the token's Dispose()
   * ends the clip (adds MySprite.CreateClearClipRect), as C#'s `using (frame.Clip(...)) { ... }`.
   */
  Clip(x: int, y: int, width: int, height: int): MySpriteDrawFrame.ClearClipToken {
    this.Add(MySprite.CreateClipRect(new Rectangle(x, y, width, height)));
    return new MySpriteDrawFrame.ClearClipToken(this);
  }
  Dispose(): void {
    if (this.submitted) return;
    this.submitted = true;
    if (this.submit) this.submit(this);
  }
}

export namespace MySpriteDrawFrame {
  /** C#'s MySpriteDrawFrame.ClearClipToken (a struct): Dispose() adds a clear-clip sprite to the frame, each time it is called. */
  export class ClearClipToken {
    private readonly frame: MySpriteDrawFrame;
    constructor(frame: MySpriteDrawFrame) {
      this.frame = frame;
    }
    Dispose(): void {
      this.frame.Add(MySprite.CreateClearClipRect());
    }
  }
}
