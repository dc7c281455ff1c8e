// Sandbox.ModAPI.Ingame.MyDetectedEntityInfo and MyWaypointInfo: what sensors, cameras and turrets
// report, and GPS coordinates (a remote control's waypoints). Structs in C#; readonly here. Twin of
// compiler/csharp/stubs/handwritten/Sandbox.ModAPI.Ingame.Detected.cs, with the game's behaviour
// (Sandbox.Common.dll): Position is the box's center, IsEmpty an EntityId of 0; a waypoint's name is
// never null once constructed (null only in Empty), TryParse reads exactly "GPS:name:x:y:z:" (case-
// insensitive "GPS:", whitespace around), the numbers as .NET's double.TryParse(NumberStyles.Any,
// InvariantCulture) reads them, and ToString prints them with .NET's "R" format.
import { Out, unmodelled, type long } from "../prelude.ts";
import type { MyDetectedEntityType, MyRelationsBetweenPlayerAndBlock } from "../generated/api.ts";
import { BoundingBoxD } from "./bounding.ts";
import { MatrixD } from "./matrixd.ts";
import { Vector3 } from "./vectors.ts";
import { Vector3D } from "./vector3d.ts";
import { netDoubleR, netParseDoubleAny } from "./net-double.ts";

export class MyDetectedEntityInfo {
  readonly EntityId: long;
  /** null in the empty value (nothing detected), as C#'s default struct. */
  readonly Name: string | null;
  readonly Type: MyDetectedEntityType;
  readonly HitPosition: Vector3D | null;
  readonly Orientation: MatrixD;
  readonly Velocity: Vector3;
  readonly Relationship: MyRelationsBetweenPlayerAndBlock;
  readonly BoundingBox: BoundingBoxD;
  readonly TimeStamp: long;
  constructor(entityId: long, name: string | null, type_: MyDetectedEntityType, hitPosition: Vector3D | null, orientation: MatrixD, velocity: Vector3, relationship: MyRelationsBetweenPlayerAndBlock, boundingBox: BoundingBoxD, timeStamp: long);
  /** C#'s default(MyDetectedEntityInfo): nothing detected. */
  constructor();
  constructor(entityId?: long, name?: string | null, type_?: MyDetectedEntityType, hitPosition?: Vector3D | null, orientation?: MatrixD, velocity?: Vector3, relationship?: MyRelationsBetweenPlayerAndBlock, boundingBox?: BoundingBoxD, timeStamp?: long) {
    this.EntityId = entityId ?? 0;
    this.Name = name ?? null;
    this.Type = type_ ?? (0 as MyDetectedEntityType);
    this.HitPosition = hitPosition ?? null;
    this.Orientation = orientation ?? MatrixD.Zero;
    this.Velocity = velocity ?? Vector3.Zero;
    this.Relationship = relationship ?? (0 as MyRelationsBetweenPlayerAndBlock);
    this.BoundingBox = boundingBox ?? new BoundingBoxD(Vector3D.Zero, Vector3D.Zero);
    this.TimeStamp = timeStamp ?? 0;
  }
  /** The center of the entity's bounding box. */
  get Position(): Vector3D {
    return this.BoundingBox.Center;
  }
  /** Nothing detected: an EntityId of 0. */
  IsEmpty(): boolean {
    return this.EntityId === 0;
  }
}

export class MyWaypointInfo {
  /** C#'s default(MyWaypointInfo): the name null, the coordinates zero. */
  static readonly Empty: MyWaypointInfo = new MyWaypointInfo();
  /** null only in Empty (a constructor turns a null name into ""). */
  readonly Name: string | null;
  readonly Coords: Vector3D;
  constructor(name: string | null, x: number, y: number, z: number);
  constructor(name: string | null, coords: Vector3D);
  constructor();
  constructor(...a: unknown[]) {
    if (a.length === 0) {
      this.Name = null;
      this.Coords = Vector3D.Zero;
      return;
    }
    this.Name = (a[0] as string | null) ?? "";
    this.Coords = a[1] instanceof Vector3D ? a[1] : new Vector3D(a[1] as number, a[2] as number, a[3] as number);
  }
  IsEmpty(): boolean {
    return this.Name === null;
  }
  /** "GPS:name:x:y:z:", the numbers in .NET's round-trip ("R") format. */
  ToString(): string {
    return `GPS:${this.Name ?? ""}:${netDoubleR(this.Coords.X)}:${netDoubleR(this.Coords.Y)}:${netDoubleR(this.Coords.Z)}:`;
  }
  /** The same name, and each coordinate within epsilon (0.0001 by default). */
  Equals(other: MyWaypointInfo): boolean;
  Equals(other: MyWaypointInfo, epsilon: number): boolean;
  Equals(obj: unknown): boolean;
  Equals(other: unknown, epsilon = 0.0001): boolean {
    if (!(other instanceof MyWaypointInfo)) return false;
    return this.Name === other.Name && Math.abs(this.Coords.X - other.Coords.X) < epsilon && Math.abs(this.Coords.Y - other.Coords.Y) < epsilon && Math.abs(this.Coords.Z - other.Coords.Z) < epsilon;
  }
  /** .NET's string hash, which Node cannot reproduce: not modelled on either engine. */
  GetHashCode(): never {
    throw unmodelled("MyWaypointInfo.GetHashCode");
  }

  /** Reads a text that is one GPS coordinate and nothing else (whitespace around it aside). */
  static TryParse(text: string | null, gps: Out<MyWaypointInfo>): boolean {
    if (text === null || text === undefined) {
      gps.value = MyWaypointInfo.Empty;
      return false;
    }
    const p = { i: 0 };
    const r = parseAt(text, p);
    const ok = r !== null && p.i >= text.length;
    gps.value = ok ? r : MyWaypointInfo.Empty;
    return ok;
  }

  /** Every GPS coordinate in the text that starts a word, in order (the list is cleared first). */
  static FindAll(source: string, gpsList: MyWaypointInfo[]): void {
    gpsList.length = 0;
    const p = { i: 0 };
    while (p.i < source.length) {
      const c = source[p.i]!;
      const r = (c === "g" || c === "G") && precededByWhitespace(source, p.i) ? parseAt(source, p) : null;
      if (r) gpsList.push(r);
      else p.i++;
    }
  }
}

/** .NET's char.IsWhiteSpace (Unicode Zs, Zl, Zp, tab to CR, U+0085, U+00A0); not JS's \s, which has U+FEFF. */
function isWhiteSpace(c: string | undefined): boolean {
  return c !== undefined && /^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/.test(c);
}

function precededByWhitespace(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s[i - 1]!;
  // .NET's char.IsLetterOrDigit: letters (L*) and decimal digits (Nd); a lone surrogate is neither.
  return isWhiteSpace(c) || !/^[\p{L}\p{Nd}]$/u.test(c);
}

/** The char C#'s char.ToUpper compares with: only ASCII letters and the long s (U+017F -> S) matter for "GPS:". */
function upper(c: string | undefined): string | undefined {
  return c === "\u017F" ? "S" : c !== undefined && c >= "a" && c <= "z" ? c.toUpperCase() : c;
}

/** The game's TryParse(ref TextPtr): advances p as it reads (also when it fails, as FindAll relies on). */
function parseAt(s: string, p: { i: number }): MyWaypointInfo | null {
  while (isWhiteSpace(s[p.i])) p.i++;
  for (let k = 0; k < 4; k++) if (upper(s[p.i + k]) !== "GPS:"[k]) return null;
  p.i += 4;
  const seg: string[] = [];
  for (let k = 0; k < 4; k++) {
    if (p.i >= s.length) return null;
    const end = s.indexOf(":", p.i);
    if (end < 0) {
      p.i = s.length;
      return null;
    }
    seg.push(s.slice(p.i, end));
    p.i = end + 1;
  }
  while (isWhiteSpace(s[p.i])) p.i++;
  const x = netParseDoubleAny(seg[1]!);
  if (x === undefined) return null;
  const y = netParseDoubleAny(seg[2]!);
  if (y === undefined) return null;
  const z = netParseDoubleAny(seg[3]!);
  if (z === undefined) return null;
  return new MyWaypointInfo(seg[0]!, x, y, z);
}
