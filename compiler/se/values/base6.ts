// VRageMath.Base6Directions (the six axis directions of a grid, with its nested enums) and
// MyBlockOrientation (a block's Forward and Up). In C# the enums are nested in the class: TS declares
// them in a namespace merged with it, and the compiler emits `Base6Directions.Direction.Up`.
// The array fields (Directions, IntDirections, EnumDirections) are not offered: C# arrays are not TS
// arrays (which compile to List<T>); neither are the Quaternion/Matrix members (single precision).
import type { int } from "../prelude.ts";
import { roundHalfEven } from "./mathhelper.ts";
import { Vector3, Vector3I } from "./vectors.ts";

export class Base6Directions {
  private constructor() {}

  static GetVector(dir: Base6Directions.Direction): Vector3 {
    return DIRECTIONS[index(dir)];
  }
  static GetIntVector(dir: Base6Directions.Direction): Vector3I {
    return INT_DIRECTIONS[index(dir)];
  }
  static GetDirectionFlag(dir: Base6Directions.Direction): Base6Directions.DirectionFlags {
    return (1 << dir) & 255;
  }
  static GetAxis(direction: Base6Directions.Direction): Base6Directions.Axis {
    return direction >> 1;
  }
  static GetBaseAxisDirection(axis: Base6Directions.Axis): Base6Directions.Direction {
    return (axis << 1) & 255;
  }
  static GetFlippedDirection(toFlip: Base6Directions.Direction): Base6Directions.Direction {
    return toFlip ^ Base6Directions.Direction.Backward;
  }
  static GetOppositeDirection(dir: Base6Directions.Direction): Base6Directions.Direction {
    const D = Base6Directions.Direction;
    switch (dir) {
      case D.Backward:
        return D.Forward;
      case D.Up:
        return D.Down;
      case D.Down:
        return D.Up;
      case D.Left:
        return D.Right;
      case D.Right:
        return D.Left;
      default:
        return D.Backward;
    }
  }
  static GetPerpendicular(dir: Base6Directions.Direction): Base6Directions.Direction {
    return Base6Directions.GetAxis(dir) === Base6Directions.Axis.UpDown ? Base6Directions.Direction.Right : Base6Directions.Direction.Up;
  }
  /** The direction to the left of `forward` with `up` on top (the game's table). */
  static GetLeft(up: Base6Directions.Direction, forward: Base6Directions.Direction): Base6Directions.Direction {
    const i = forward * 6 + up;
    if (i < 0 || i >= LEFT.length) throw new Error("Index was outside the bounds of the array.");
    return LEFT[i];
  }
  static GetCross(dir1: Base6Directions.Direction, dir2: Base6Directions.Direction): Base6Directions.Direction {
    return Base6Directions.GetLeft(dir1, dir2);
  }
  /** The direction of a unit axis vector (each component rounded; anything else throws or misleads, as in the game). */
  static GetDirection(vec: Vector3): Base6Directions.Direction;
  static GetDirection(vec: Vector3I): Base6Directions.Direction;
  static GetDirection(vec: Vector3 | Vector3I): Base6Directions.Direction {
    const at = (table: number[], i: number) => {
      if (!(i >= 0 && i < table.length)) throw new Error("Index was outside the bounds of the array.");
      return table[i];
    };
    const r = vec instanceof Vector3I ? (x: number) => x + 1 : (x: number) => roundHalfEven(Math.fround(x + 1));
    return at(FORWARD_BACKWARD, r(vec.Z)) + at(LEFT_RIGHT, r(vec.X)) + at(UP_DOWN, r(vec.Y));
  }
  /** The axis direction closest to `vec` (its dominant component's sign). */
  static GetClosestDirection(vec: Vector3): Base6Directions.Direction {
    const ax = Math.abs(vec.X), ay = Math.abs(vec.Y), az = Math.abs(vec.Z);
    let p: [number, number, number];
    if (ax > ay) p = ax > az ? [vec.X, 0, 0] : [0, 0, vec.Z];
    else p = ay > az ? [0, vec.Y, 0] : [0, 0, vec.Z];
    const sign = (x: number) => {
      if (Number.isNaN(x)) throw new Error("Function does not accept floating point Not-a-Number values.");
      return x > 0 ? 1 : x < 0 ? -1 : 0;
    };
    return Base6Directions.GetDirection(new Vector3(sign(p[0]), sign(p[1]), sign(p[2])));
  }
  static GetDirectionInAxis(vec: Vector3, axis: Base6Directions.Axis): Base6Directions.Direction {
    const base = Base6Directions.GetBaseAxisDirection(axis);
    const v = INT_DIRECTIONS[base];
    const f = Math.fround;
    const s = f(f(f(v.X * vec.X) + f(v.Y * vec.Y)) + f(v.Z * vec.Z));
    return s >= 1 ? base : Base6Directions.GetFlippedDirection(base);
  }
  static IsBaseDirection(vec: Vector3): boolean {
    const f = Math.fround;
    return f(f(f(f(vec.X * vec.X) + f(vec.Y * vec.Y)) + f(vec.Z * vec.Z)) - 1) < f(0.00001);
  }
  static IsValidBlockOrientation(forward: Base6Directions.Direction, up: Base6Directions.Direction): boolean {
    if (!(forward <= Base6Directions.Direction.Down && up <= Base6Directions.Direction.Down)) return false;
    const a = Base6Directions.GetVector(forward), b = Base6Directions.GetVector(up);
    return Vector3.Dot(a, b) === 0;
  }
}

export namespace Base6Directions {
  export enum Direction {
    Forward = 0,
    Backward = 1,
    Left = 2,
    Right = 3,
    Up = 4,
    Down = 5,
  }
  /** @flags */
  export enum DirectionFlags {
    Forward = 1,
    Backward = 2,
    Left = 4,
    Right = 8,
    Up = 16,
    Down = 32,
    All = 63,
  }
  export enum Axis {
    ForwardBackward = 0,
    LeftRight = 1,
    UpDown = 2,
  }
}

/** C#'s `(int)dir % 6` index: a direction beyond Down wraps; negative ones cannot occur (byte). */
function index(dir: number): int {
  return (dir & 255) % 6;
}

const DIRECTIONS = [Vector3.Forward, Vector3.Backward, Vector3.Left, Vector3.Right, Vector3.Up, Vector3.Down];
const INT_DIRECTIONS = [Vector3I.Forward, Vector3I.Backward, Vector3I.Left, Vector3I.Right, Vector3I.Up, Vector3I.Down];
const FORWARD_BACKWARD = [0, 0, 1];
const LEFT_RIGHT = [2, 0, 3];
const UP_DOWN = [5, 0, 4];
// The game's left-of table, indexed forward * 6 + up.
const LEFT = [0, 0, 5, 4, 2, 3, 0, 0, 4, 5, 3, 2, 4, 5, 2, 2, 1, 0, 5, 4, 2, 2, 0, 1, 3, 2, 0, 1, 2, 3, 2, 3, 1, 0, 2, 3];

export class MyBlockOrientation {
  readonly Forward: Base6Directions.Direction;
  readonly Up: Base6Directions.Direction;
  static readonly Identity: MyBlockOrientation = new MyBlockOrientation(Base6Directions.Direction.Forward, Base6Directions.Direction.Up);
  constructor(forward: Base6Directions.Direction, up: Base6Directions.Direction) {
    this.Forward = forward;
    this.Up = up;
  }
  get Left(): Base6Directions.Direction {
    return Base6Directions.GetLeft(this.Up, this.Forward);
  }
  get IsValid(): boolean {
    return Base6Directions.IsValidBlockOrientation(this.Forward, this.Up);
  }
  TransformDirection(baseDirection: Base6Directions.Direction): Base6Directions.Direction {
    const axis = Base6Directions.GetAxis(baseDirection);
    const flip = baseDirection % 2 === 1;
    const d = axis === Base6Directions.Axis.ForwardBackward ? this.Forward : axis === Base6Directions.Axis.LeftRight ? this.Left : this.Up;
    return flip ? Base6Directions.GetFlippedDirection(d) : d;
  }
  TransformDirectionInverse(baseDirection: Base6Directions.Direction): Base6Directions.Direction {
    const D = Base6Directions.Direction;
    const axis = Base6Directions.GetAxis(baseDirection);
    if (axis === Base6Directions.GetAxis(this.Forward)) return baseDirection === this.Forward ? D.Forward : D.Backward;
    if (axis === Base6Directions.GetAxis(this.Left)) return baseDirection === this.Left ? D.Left : D.Right;
    return baseDirection === this.Up ? D.Up : D.Down;
  }
  Equals(other: MyBlockOrientation): boolean {
    return other instanceof MyBlockOrientation && this.Forward === other.Forward && this.Up === other.Up;
  }
  ToString(): string {
    return `[Forward:${nameOf(this.Forward)}, Up:${nameOf(this.Up)}]`;
  }
}

/** C#'s enum ToString: the name, or the number when no member has that value. */
function nameOf(d: Base6Directions.Direction): string {
  return Base6Directions.Direction[d] ?? String(d);
}
