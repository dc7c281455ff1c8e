// Terminal properties and actions (ITerminalProperty, ITerminalAction) of every block, with
// terminal.dat's ids and types (kinds.generated.ts). A property reads and writes the API member it
// stands for (OnOff is Enabled, Name is CustomName, a screen's FontSize is its first surface's...),
// or a stored value (default false/0/""/white) traced as a "property" event when it changes.
// An action is traced as an "action" event, then has its effect: the block's own (a door's Open, a
// PB's Run...), or one of the generic forms below; an action whose real effect is out of scope (a
// toolbar slider's Set*, a sound, a projection...) is recorded and changes nothing. No action throws.
// Generic forms (terminal.dat names them so):
// - `X` toggles a Boolean property X, `X_On`/`X_Off` set it;
// - `IncreaseX`/`DecreaseX` step a Single or Int64 property X by STEPS[X] (default 1), within
//   LIMITS[X] when known (a pbts choice: the game's step is each slider's own);
// - `ResetX` sets X to its slider's default (sliders.ts, read from the game's source) or else 0;
// - a combo box's choices (ACTION_SETS: a remote control's flight mode and direction...) set it.
import { Color, StringBuilder } from "pbts/se";
import { fillUnmodelled } from "./unmodelled.ts";
import type { SimTextSurface } from "./text-surface.ts";

/** How much `IncreaseX`/`DecreaseX` change X (default 1). */
export const STEPS: Record<string, number> = {
  FontSize: 0.1, Radius: 100, Range: 100, Scale: 0.1, Intensity: 0.5, Falloff: 0.5, Offset: 0.5,
  "Blink Interval": 0.1, "Blink Lenght": 1, VolumeSlider: 0.1, "Blink Offset": 1, Velocity: 0.5, Gravity: 0.981,
  Power: 0.1, Strength: 1, Friction: 1, DetonationTime: 1, Override: 0.05,
};
/** Bounds `IncreaseX`/`DecreaseX` stay within, where the game's slider has well-known ones. */
export const LIMITS: Record<string, [number, number]> = {
  FontSize: [0.1, 10], TextPaddingSlider: [0, 50], ChangeIntervalSlider: [0, 30], Rotate: [0, 270],
  Radius: [0, 50000], Intensity: [0.5, 10], Falloff: [0, 3], "Blink Interval": [0, 30], "Blink Lenght": [0, 100],
  "Blink Offset": [0, 100], TriggerDelay: [1, 3600], VolumeSlider: [0, 1], Power: [0, 1], Override: [0, 1],
  Gravity: [-9.81, 9.81], DetonationTime: [1, 3600],
};

/**
 * Actions that choose a value of an Int64 terminal property (a combo box): action -> [property, value].
 * Values are pbts/se's enum values (FlightMode, BroadcastTarget, OffensiveCombatTargetPriority) and
 * Base6Directions.Direction's (Forward 0 ... Down 5).
 */
export const ACTION_SETS: Record<string, [string, number]> = {
  SetFlightMode_BlockPropertyTitle_FlightMode_Patrol: ["FlightMode", 0],
  SetFlightMode_BlockPropertyTitle_FlightMode_Circle: ["FlightMode", 1],
  SetFlightMode_BlockPropertyTitle_FlightMode_OneWay: ["FlightMode", 2],
  Forward: ["Direction", 0], Backward: ["Direction", 1], Left: ["Direction", 2], Right: ["Direction", 3], Up: ["Direction", 4], Down: ["Direction", 5],
  BroadcastTargetEveryone: ["BroadcastTarget", 0], BroadcastTargetFaction: ["BroadcastTarget", 1], BroadcastTargetOwner: ["BroadcastTarget", 2],
  SetTargetPriority_Closest: ["TargetPriority", 0], SetTargetPriority_Largest: ["TargetPriority", 1], SetTargetPriority_Smallest: ["TargetPriority", 2],
};

/** A screen's terminal ids -> its first surface's IMyTextSurface member (text-surface.ts). */
export const SURFACE_TERMINAL: Record<string, string> = {
  Content: "ContentType", Font: "Font", FontSize: "FontSize", FontColor: "FontColor", alignment: "Alignment",
  TextPaddingSlider: "TextPadding", BackgroundColor: "BackgroundColor", ChangeIntervalSlider: "ChangeInterval",
  PreserveAspectRatio: "PreserveAspectRatio", ScriptForegroundColor: "ScriptForegroundColor", ScriptBackgroundColor: "ScriptBackgroundColor",
};

/**
 * The fonts GetFonts lists (the game's font definitions of Space Engineers 1.205); the `Font` terminal
 * property (Int64) is a font's index in this list (a pbts choice: the game's value is the name's hash).
 */
export const FONTS: readonly string[] = [
  "Debug", "Red", "Green", "Blue", "White", "DarkBlue", "UrlNormal", "UrlHighlight", "ErrorMessageBoxCaption",
  "ErrorMessageBoxText", "InfoMessageBoxCaption", "InfoMessageBoxText", "ToolTipFont", "OldDefault", "LoadingScreen",
  "BuildInfo", "BuildInfoHighlight", "Monospace",
];

/** The block a terminal property or action acts on (SimBlock implements it: block.ts). */
export interface TerminalTarget {
  readTerminal(id: string): unknown;
  writeTerminal(id: string, value: unknown): void;
  /** A property's range: GetMinimum / GetMaximum (throws "not modelled" where pbts knows none). */
  terminalBound(id: string, which: "min" | "max"): unknown;
  terminalDefault(id: string): unknown;
  runAction(name: string): void;
  /** The surface a screen's terminal properties act on (an LCD's face, a provider's first screen), or null. */
  terminalSurface(): SimTextSurface | null;
}
function isTarget(b: unknown): b is TerminalTarget {
  return typeof b === "object" && b !== null && typeof (b as TerminalTarget).runAction === "function" && typeof (b as TerminalTarget).readTerminal === "function";
}

/** What the game throws when a script uses a missing terminal action or property (a null from GetActionWithName / GetProperty). */
export function nullReference(): Error {
  return new Error("Object reference not set to an instance of an object.");
}

/** The game's InvalidOperationException (TerminalPropertyExtensions.Cast). */
export function invalidOperation(message: string): Error {
  const e = new Error(message);
  e.name = "InvalidOperationException";
  return e;
}

/**
 * TerminalPropertyExtensions.Cast<T>, as the game: a null property throws "Invalid property", one of
 * another type than `typeName` (T's .NET name; undefined when TS cannot know T) says which it is.
 */
export function castProperty<P extends { Id: string; TypeName: string }>(p: P | null, typeName?: string): P {
  if (p === null) throw invalidOperation("Invalid property");
  if (typeName !== undefined && p.TypeName !== typeName) {
    throw invalidOperation(`Property ${p.Id} is not of type ${typeName}, correct type is ${p.TypeName}`);
  }
  return p;
}

/**
 * The .NET name of the T that SetValue<T>(id, value) has in C#, from the value: Boolean, Color,
 * StringBuilder; a number is the property's own type when that is Single or Int64 (the compiler lets
 * only float and long through, PBTS1084), else Single.
 */
export function valueTypeName(value: unknown, propertyType: string | undefined): string | undefined {
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return propertyType === "Int64" || propertyType === "Single" ? propertyType : "Single";
  if (value instanceof Color) return "Color";
  if (value instanceof StringBuilder) return "StringBuilder";
  return undefined;
}

/** A terminal property of a kind (ITerminalProperty<T>): acts on the block it is given, as in the game. */
export class SimTerminalProperty {
  constructor(
    readonly Id: string,
    /** terminal.dat's type: Boolean, Single, Int64, Color, StringBuilder... */
    readonly TypeName: string,
  ) {
    fillUnmodelled(this, ["ITerminalProperty"]);
  }
  GetValue(block: unknown): unknown {
    if (!isTarget(block)) throw nullReference();
    return block.readTerminal(this.Id);
  }
  SetValue(block: unknown, value: unknown): void {
    if (!isTarget(block)) throw nullReference();
    block.writeTerminal(this.Id, value);
  }
  /**
   * The range of a property: a Boolean's is false..true; a Single's comes from the kind (a piston's
   * Velocity ±MaxVelocity, its limits Lowest..HighestPosition) or LIMITS; others are "not modelled".
   */
  GetMinimum(block: unknown): unknown {
    if (!isTarget(block)) throw nullReference();
    return block.terminalBound(this.Id, "min");
  }
  GetMaximum(block: unknown): unknown {
    if (!isTarget(block)) throw nullReference();
    return block.terminalBound(this.Id, "max");
  }
  /** A checkbox's default (false), a colour picker's (white) or a slider's (sliders.ts); others are "not modelled". */
  GetDefaultValue(block: unknown): unknown {
    if (!isTarget(block)) throw nullReference();
    return block.terminalDefault(this.Id);
  }
  /** The game's misspelt twin of GetMinimum. */
  GetMininum(block: unknown): unknown {
    return this.GetMinimum(block);
  }
  /** A StringBuilder property's text (the C# engine's proxy builds its StringBuilder from it). */
  GetValueText(block: unknown): string {
    const v = this.GetValue(block);
    return v instanceof StringBuilder ? v.ToString() : String(v ?? "");
  }
  // C#'s As<T>/Cast<T> are `as ITerminalProperty<T>`: TS has no T at run time, so they return the property.
  As(): this {
    return this;
  }
  Cast(): this {
    return this;
  }
  AsBool(): this | null {
    return this.TypeName === "Boolean" ? this : null;
  }
  AsFloat(): this | null {
    return this.TypeName === "Single" ? this : null;
  }
  AsColor(): this | null {
    return this.TypeName === "Color" ? this : null;
  }
}

/** A terminal action of a kind (ITerminalAction). Name is terminal.dat's text for it ("Toggle block On/Off"). */
export class SimTerminalAction {
  constructor(
    readonly Id: string,
    private readonly text: string,
  ) {
    fillUnmodelled(this, ["ITerminalAction"]);
  }
  get Name(): StringBuilder {
    return new StringBuilder().Append(this.text);
  }
  /** The display text (the C# engine's proxy builds Name from it). */
  get Text(): string {
    return this.text;
  }
  Apply(block: unknown, parameters?: unknown): void {
    if (!isTarget(block)) throw nullReference();
    void parameters; // a toolbar parameter (Set* actions): recorded like the action itself
    block.runAction(this.Id);
  }
  IsEnabled(block: unknown): boolean {
    void block;
    return true;
  }
}

/** `IncreaseX` / `DecreaseX` / `ResetX`: the property and the change, or null. */
export function stepAction(name: string, props: Record<string, string>): { id: string; op: "inc" | "dec" | "reset" } | null {
  const m = /^(Increase|Decrease|Reset)(.+)$/.exec(name);
  if (!m) return null;
  const id = m[2]!;
  const t = props[id];
  if (t !== "Single" && t !== "Int64") return null;
  return { id, op: m[1] === "Increase" ? "inc" : m[1] === "Decrease" ? "dec" : "reset" };
}
export function stepped(id: string, op: "inc" | "dec", v: number, range: [number, number] | null = null): number {
  const step = STEPS[id] ?? 1;
  let next = v + (op === "inc" ? step : -step);
  const lim = range ?? LIMITS[id];
  if (lim) next = Math.max(lim[0], Math.min(lim[1], next));
  return next;
}
