// A text surface (IMyTextSurface): an LCD panel's face, a PB's screen or keyboard, a cockpit's screens.
// Text, font, size, colours, alignment, padding, content type, image selection and sprite frames
// (DrawFrame) are modelled; each change is traced by the owner (world.ts): "text" when the text
// changes, "property" (with `surface` for a provider's screens) when a setting changes, "sprites" when
// a frame is submitted. The game's font metrics and texture lists are not in the reference:
// MeasureStringInPixels approximates (MEASURE below), GetFonts/GetSprites/GetScripts list the
// fonts, a subset of the sprites and the built-in scripts of the vanilla game (appending, as the game).
import { Color, ContentType, MySprite, MySpriteDrawFrame, TextAlignment, Vector2, type IMyTextSurface, type StringBuilder } from "pbts/se";
import { fillUnmodelled } from "./unmodelled.ts";
import { FONTS } from "./terminal.ts";

/**
 * MeasureStringInPixels's approximation (not the game's glyph table: lay out with it, do not assert
 * pixels): a line is LINE_HEIGHT × scale high; every character is MONO_WIDTH × scale wide in
 * "Monospace" and CHAR_WIDTH × scale in the other fonts; the width is the longest line's (lines split
 * at "\n"). Floats, as the game's Vector2.
 */
export const MEASURE = { LINE_HEIGHT: 28.8, MONO_WIDTH: 24, CHAR_WIDTH: 18 };
/** GetSprites: the shapes and icons of the game's sprite list (a subset: textures are not in the reference). */
export const SPRITES: readonly string[] = [
  "SquareSimple", "SquareHollow", "SquareTapered", "Circle", "CircleHollow", "SemiCircle", "Triangle", "RightTriangle",
  "Grid", "Arrow", "Cross", "Danger", "Construction", "IconEnergy", "IconHydrogen", "IconOxygen", "IconTemperature",
  "AH_BoreSight", "AH_GravityHudNegativeDegrees", "AH_GravityHudPositiveDegrees", "AH_TextBox", "AH_VelocityVector",
  "Textures\\FactionLogo\\Empty.dds", "LCD_Economy_Graph", "LCD_Economy_SE_Logo", "LCD_Frozen_Poster01",
];
/** GetScripts: the game's built-in LCD scripts (ContentType SCRIPT). */
export const SCRIPTS: readonly string[] = [
  "TSS_ArtificialHorizon", "TSS_ClockAnalog", "TSS_ClockDigital", "TSS_EnergyHydrogen", "TSS_FactionIcon", "TSS_Gravity",
  "TSS_Jukebox", "TSS_TargetingInfo", "TSS_Velocity", "TSS_VendingMachine", "TSS_Weather",
];

/** What a surface tells its owner (world.ts surfaceEvents traces it). */
export interface SurfaceEvents {
  text(text: string): void;
  property(name: string, value: unknown): void;
  sprites(sprites: MySprite[]): void;
}

type Kind = "float" | "int" | "bool" | "string" | "color" | "enum:TextAlignment" | "enum:ContentType";

/** The settable properties, their kinds and the game's defaults for a new LCD. */
const SETTINGS: Record<string, [Kind, () => unknown]> = {
  Alignment: ["enum:TextAlignment", () => TextAlignment.LEFT],
  BackgroundAlpha: ["int", () => 0],
  BackgroundColor: ["color", () => new Color(0, 0, 0)],
  ChangeInterval: ["float", () => 0],
  ContentType: ["enum:ContentType", () => ContentType.NONE],
  Font: ["string", () => "Debug"],
  FontColor: ["color", () => new Color(255, 255, 255)],
  FontSize: ["float", () => 1],
  PreserveAspectRatio: ["bool", () => false],
  Script: ["string", () => ""],
  ScriptBackgroundColor: ["color", () => new Color(0, 88, 151)],
  ScriptForegroundColor: ["color", () => new Color(179, 237, 255)],
  TextPadding: ["float", () => 2],
};

/** A value as the trace shows it: enums by name, colours as [R, G, B, A]. */
export function surfaceTraceValue(v: unknown): unknown {
  if (v instanceof Color) return [v.R, v.G, v.B, v.A];
  return v;
}
function traceValue(kind: Kind, v: unknown): unknown {
  if (kind === "enum:TextAlignment") return TextAlignment[v as number] ?? v;
  if (kind === "enum:ContentType") return ContentType[v as number] ?? v;
  return surfaceTraceValue(v);
}

function coerce(name: string, kind: Kind, v: unknown): unknown {
  const bad = (what: string) => new Error(`IMyTextSurface.${name} expects ${what}, got ${v === null ? "null" : typeof v}`);
  switch (kind) {
    case "float":
      if (typeof v !== "number") throw bad("a number");
      return Math.fround(v);
    case "int":
      if (typeof v !== "number") throw bad("an int");
      return v | 0;
    case "bool":
      if (typeof v !== "boolean") throw bad("a boolean");
      return v;
    case "string":
      return v === null || v === undefined ? "" : String(v);
    case "color":
      if (!(v instanceof Color)) throw bad("a Color");
      return v;
    default:
      if (typeof v !== "number") throw bad("an enum value");
      return v;
  }
}

/** A sprite as the trace shows it (plain JSON). */
export function spriteForTrace(s: MySprite): Record<string, unknown> {
  const v = (x: Vector2 | null) => (x === null ? null : [x.X, x.Y]);
  return {
    type: ["TEXTURE", "", "TEXT", "", "CLIP_RECT"][s.Type] ?? s.Type,
    data: s.Data,
    position: v(s.Position),
    size: v(s.Size),
    color: s.Color === null ? null : surfaceTraceValue(s.Color),
    font: s.FontId,
    alignment: TextAlignment[s.Alignment] ?? s.Alignment,
    rotation: s.RotationOrScale,
  };
}

/** The IMyTextSurface members a block that is a surface (an LCD panel) forwards to its surface. */
export const SURFACE_MEMBERS: readonly string[] = [
  ...Object.keys(SETTINGS),
  "CurrentlyShownImage", "SurfaceSize", "TextureSize", "WriteText", "GetText", "ReadText", "AddImageToSelection",
  "AddImagesToSelection", "RemoveImageFromSelection", "RemoveImagesFromSelection", "ClearImagesFromSelection",
  "GetSelectedImages", "DrawFrame", "SubmitSprites", "MeasureStringInPixels", "GetFonts", "GetSprites", "GetScripts",
];

/** Whether SimTextSurface.prototype has its unmodelled members (filled by the first surface). */
let prototypeFilled = false;

export interface SimTextSurface extends IMyTextSurface {}
export class SimTextSurface implements IMyTextSurface {
  readonly interfaces: ReadonlySet<string> = new Set(["IMyTextSurface"]);
  private text = "";
  private readonly values = new Map<string, unknown>();
  private images: string[] = [];
  /** The sprites of the last frame drawn (for pictures). */
  lastSprites: MySprite[] = [];
  private readonly events: SurfaceEvents | null;
  readonly SurfaceSize: Vector2;
  readonly TextureSize: Vector2;
  constructor(
    readonly Name: string,
    readonly DisplayName: string,
    /** Told when the text, a setting or the sprites change (the owner traces them). */
    events?: SurfaceEvents | ((text: string) => void),
    size: [number, number] = [512, 512],
  ) {
    this.events = typeof events === "function" ? { text: events, property: () => {}, sprites: () => {} } : (events ?? null);
    this.SurfaceSize = new Vector2(size[0], size[1]);
    this.TextureSize = new Vector2(size[0], size[1]);
    for (const [name, [, def]] of Object.entries(SETTINGS)) this.values.set(name, def());
    if (!prototypeFilled) {
      prototypeFilled = true;
      fillUnmodelled(SimTextSurface.prototype, this.interfaces, this);
    }
  }

  // The settings' accessors and the unmodelled members live on the prototype, defined once
  // (issue 17): defined per instance they cost closures per surface (three per block with a
  // screen) and made every surface a slow dictionary-mode object.
  static {
    for (const [name, [kind]] of Object.entries(SETTINGS)) {
      Object.defineProperty(SimTextSurface.prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: SimTextSurface) {
          return this.values.get(name);
        },
        set(this: SimTextSurface, v: unknown) {
          this.setSetting(name, kind, v);
        },
      });
    }
  }

  private setSetting(name: string, kind: Kind, v: unknown): void {
    const value = coerce(name, kind, v);
    const old = this.values.get(name);
    if (old === value || (old instanceof Color && value instanceof Color && old.Equals(value))) return;
    this.values.set(name, value);
    this.events?.property(name, traceValue(kind, value));
  }

  WriteText(value: string | StringBuilder, append = false): boolean {
    const v = value === null || value === undefined ? "" : typeof value === "string" ? value : value.ToString();
    const next = append ? this.text + v : v;
    if (next !== this.text) {
      this.text = next;
      this.events?.text(next);
    }
    return true;
  }
  GetText(): string {
    return this.text;
  }
  ReadText(buffer: StringBuilder, append = false): void {
    if (!append) buffer.Clear();
    buffer.Append(this.text);
  }

  // ---- fonts, sprites, scripts (the lists above) ----
  MeasureStringInPixels(text: StringBuilder | string, font: string, scale: number): Vector2 {
    const str = text === null || text === undefined ? "" : typeof text === "string" ? text : text.ToString();
    const lines = str.split("\n");
    const longest = Math.max(...lines.map((l) => l.length));
    const w = font === "Monospace" ? MEASURE.MONO_WIDTH : MEASURE.CHAR_WIDTH;
    return new Vector2(Math.fround(longest * w * Math.fround(scale)), Math.fround(lines.length * Math.fround(MEASURE.LINE_HEIGHT * Math.fround(scale))));
  }
  GetFonts(fonts: string[]): void {
    for (const f of FONTS) fonts.push(f);
  }
  GetSprites(sprites: string[]): void {
    for (const s of SPRITES) sprites.push(s);
  }
  GetScripts(scripts: string[]): void {
    for (const s of SCRIPTS) scripts.push(s);
  }

  // ---- images (ContentType TEXT_AND_IMAGE): the selection only; textures are not checked ----
  get CurrentlyShownImage(): string {
    return (this.images[0] ?? null) as string;
  }
  AddImageToSelection(id: string, checkExistence = false): void {
    void checkExistence;
    this.images.push(id);
  }
  AddImagesToSelection(ids: string[], checkExistence = false): void {
    for (const id of ids) this.AddImageToSelection(id, checkExistence);
  }
  RemoveImageFromSelection(id: string, removeDuplicates = false): void {
    if (removeDuplicates) this.images = this.images.filter((x) => x !== id);
    else {
      const i = this.images.indexOf(id);
      if (i >= 0) this.images.splice(i, 1);
    }
  }
  RemoveImagesFromSelection(ids: string[], removeDuplicates = false): void {
    for (const id of ids) this.RemoveImageFromSelection(id, removeDuplicates);
  }
  ClearImagesFromSelection(): void {
    this.images = [];
  }
  GetSelectedImages(output: string[]): void {
    for (const id of this.images) output.push(id);
  }

  // ---- sprites ----
  DrawFrame(): MySpriteDrawFrame {
    return new MySpriteDrawFrame((frame) => {
      const list: MySprite[] = [];
      frame.AddToList(list);
      this.SubmitSprites(list);
    });
  }
  /** A submitted frame (also what the C# engine's DrawFrame sends). */
  SubmitSprites(sprites: MySprite[]): void {
    this.lastSprites = sprites.slice();
    this.events?.sprites(this.lastSprites);
  }

  /** What a world save keeps. */
  save(): unknown {
    return { text: this.text, values: [...this.values], images: [...this.images] };
  }
  restore(s: unknown): void {
    if (typeof s === "string") {
      this.WriteText(s);
      return;
    }
    const st = s as { text: string; values: [string, unknown][]; images: string[] };
    for (const [k, v] of st.values) this.values.set(k, v);
    this.images = [...st.images];
    this.WriteText(st.text); // traced when the load changes it
  }
}
