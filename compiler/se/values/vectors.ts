// The smaller VRageMath vectors: Vector2/2D/2I, Vector3 (single precision), Vector3I, Vector4/4D.
// Structs in C#: fields readonly here. Single-precision types store Math.fround'ed values and round
// after every operation, as C# float arithmetic does on x64.
import type { double, float, int } from "../prelude.ts";
import type { Matrix } from "./matrix.ts";
import type { Quaternion } from "./quaternion.ts";

const f = Math.fround;

export class Vector2 {
  readonly X: float;
  readonly Y: float;
  static readonly Zero: Vector2 = new Vector2(0, 0);
  static readonly One: Vector2 = new Vector2(1, 1);
  static readonly UnitX: Vector2 = new Vector2(1, 0);
  static readonly UnitY: Vector2 = new Vector2(0, 1);
  static readonly PositiveInfinity: Vector2 = new Vector2(Infinity, Infinity);
  constructor(x: float, y: float);
  constructor(value: float);
  constructor(x: float, y?: float) {
    this.X = f(x);
    this.Y = f(y === undefined ? x : y);
  }
  // The game computes lengths and dot products in double, then rounds once to float.
  Length(): float {
    return f(Math.sqrt(this.X * this.X + this.Y * this.Y));
  }
  LengthSquared(): float {
    return f(this.X * this.X + this.Y * this.Y);
  }
  IsValid(): boolean {
    return Number.isFinite(f(this.X * this.Y));
  }
  Equals(other: Vector2): boolean {
    return this.X === other.X && this.Y === other.Y;
  }
  static Add(value1: Vector2, value2: Vector2): Vector2 {
    return new Vector2(f(value1.X + value2.X), f(value1.Y + value2.Y));
  }
  static Subtract(value1: Vector2, value2: Vector2): Vector2 {
    return new Vector2(f(value1.X - value2.X), f(value1.Y - value2.Y));
  }
  static Multiply(value1: Vector2, value2: Vector2): Vector2;
  static Multiply(value1: Vector2, scaleFactor: float): Vector2;
  static Multiply(value1: Vector2, b: Vector2 | number): Vector2 {
    if (typeof b === "number") return new Vector2(f(value1.X * b), f(value1.Y * b));
    return new Vector2(f(value1.X * b.X), f(value1.Y * b.Y));
  }
  static Divide(value1: Vector2, value2: Vector2): Vector2;
  static Divide(value1: Vector2, divider: float): Vector2;
  static Divide(value1: Vector2, b: Vector2 | number): Vector2 {
    if (typeof b === "number") {
      const n = f(1 / b);
      return new Vector2(f(value1.X * n), f(value1.Y * n));
    }
    return new Vector2(f(value1.X / b.X), f(value1.Y / b.Y));
  }
  static Negate(value: Vector2): Vector2 {
    return new Vector2(-value.X, -value.Y);
  }
  static Dot(value1: Vector2, value2: Vector2): float {
    return f(value1.X * value2.X + value1.Y * value2.Y);
  }
  static Distance(value1: Vector2, value2: Vector2): float {
    const a = f(value1.X - value2.X), b = f(value1.Y - value2.Y);
    return f(Math.sqrt(a * a + b * b));
  }
  static DistanceSquared(value1: Vector2, value2: Vector2): float {
    const a = f(value1.X - value2.X), b = f(value1.Y - value2.Y);
    return f(a * a + b * b);
  }
  /** A unit vector; zero gives NaN components, as in the game. */
  static Normalize(value: Vector2): Vector2 {
    const n = f(1 / f(Math.sqrt(value.X * value.X + value.Y * value.Y)));
    return new Vector2(f(value.X * n), f(value.Y * n));
  }
  static Min(value1: Vector2, value2: Vector2): Vector2 {
    return new Vector2(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y);
  }
  static Max(value1: Vector2, value2: Vector2): Vector2 {
    return new Vector2(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y);
  }
  static Clamp(value1: Vector2, min: Vector2, max: Vector2): Vector2 {
    const c = (v: number, lo: number, hi: number) => {
      const a = v > hi ? hi : v;
      return a < lo ? lo : a;
    };
    return new Vector2(c(value1.X, min.X, max.X), c(value1.Y, min.Y, max.Y));
  }
  static Lerp(value1: Vector2, value2: Vector2, amount: float): Vector2 {
    return new Vector2(f(value1.X + f(f(value2.X - value1.X) * amount)), f(value1.Y + f(f(value2.Y - value1.Y) * amount)));
  }
  static Floor(position: Vector2): Vector2 {
    return new Vector2(Math.floor(position.X), Math.floor(position.Y));
  }
}

export class Vector2D {
  readonly X: double;
  readonly Y: double;
  static readonly Zero: Vector2D = new Vector2D(0, 0);
  static readonly One: Vector2D = new Vector2D(1, 1);
  constructor(x: double, y: double);
  constructor(value: double);
  constructor(x: double, y?: double) {
    this.X = x;
    this.Y = y === undefined ? x : y;
  }
  Length(): double {
    return Math.sqrt(this.X * this.X + this.Y * this.Y);
  }
  LengthSquared(): double {
    return this.X * this.X + this.Y * this.Y;
  }
  Equals(other: Vector2D): boolean {
    return this.X === other.X && this.Y === other.Y;
  }
  static Add(value1: Vector2D, value2: Vector2D): Vector2D {
    return new Vector2D(value1.X + value2.X, value1.Y + value2.Y);
  }
  static Subtract(value1: Vector2D, value2: Vector2D): Vector2D {
    return new Vector2D(value1.X - value2.X, value1.Y - value2.Y);
  }
}

export class Vector2I {
  readonly X: int;
  readonly Y: int;
  static readonly Zero: Vector2I = new Vector2I(0, 0);
  static readonly One: Vector2I = new Vector2I(1, 1);
  constructor(x: int, y: int);
  constructor(value: int);
  constructor(x: int, y?: int) {
    this.X = x | 0;
    this.Y = (y === undefined ? x : y) | 0;
  }
  Equals(other: Vector2I): boolean {
    return this.X === other.X && this.Y === other.Y;
  }
  ToString(): string {
    return `[${this.X}, ${this.Y}]`;
  }
}

export class Vector3 {
  readonly X: float;
  readonly Y: float;
  readonly Z: float;
  static readonly Zero: Vector3 = new Vector3(0, 0, 0);
  static readonly One: Vector3 = new Vector3(1, 1, 1);
  static readonly UnitX: Vector3 = new Vector3(1, 0, 0);
  static readonly UnitY: Vector3 = new Vector3(0, 1, 0);
  static readonly UnitZ: Vector3 = new Vector3(0, 0, 1);
  static readonly Up: Vector3 = new Vector3(0, 1, 0);
  static readonly Down: Vector3 = new Vector3(0, -1, 0);
  static readonly Right: Vector3 = new Vector3(1, 0, 0);
  static readonly Left: Vector3 = new Vector3(-1, 0, 0);
  static readonly Forward: Vector3 = new Vector3(0, 0, -1);
  static readonly Backward: Vector3 = new Vector3(0, 0, 1);
  constructor(x: double, y: double, z: double);
  constructor(value: float);
  constructor(x: number, y?: number, z?: number) {
    this.X = f(x);
    this.Y = f(y === undefined ? x : y);
    this.Z = f(z === undefined ? x : z);
  }
  // The game computes lengths, dot and cross products in double, then rounds once to float.
  Length(): float {
    return f(Math.sqrt(this.X * this.X + this.Y * this.Y + this.Z * this.Z));
  }
  LengthSquared(): float {
    return f(this.X * this.X + this.Y * this.Y + this.Z * this.Z);
  }
  Equals(other: Vector3): boolean {
    return this.X === other.X && this.Y === other.Y && this.Z === other.Z;
  }
  static Add(value1: Vector3, value2: Vector3): Vector3 {
    return new Vector3(f(value1.X + value2.X), f(value1.Y + value2.Y), f(value1.Z + value2.Z));
  }
  static Subtract(value1: Vector3, value2: Vector3): Vector3 {
    return new Vector3(f(value1.X - value2.X), f(value1.Y - value2.Y), f(value1.Z - value2.Z));
  }
  static Multiply(value1: Vector3, scaleFactor: float): Vector3 {
    return new Vector3(f(value1.X * scaleFactor), f(value1.Y * scaleFactor), f(value1.Z * scaleFactor));
  }
  static Dot(vector1: Vector3, vector2: Vector3): float {
    return f(vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z);
  }
  static Cross(vector1: Vector3, vector2: Vector3): Vector3 {
    return new Vector3(
      vector1.Y * vector2.Z - vector1.Z * vector2.Y,
      vector1.Z * vector2.X - vector1.X * vector2.Z,
      vector1.X * vector2.Y - vector1.Y * vector2.X,
    );
  }
  /** A unit vector: 1/length in float, then each component scaled (zero gives NaN, as in the game). */
  static Normalize(value: Vector3): Vector3 {
    const n = f(1 / f(Math.sqrt(value.X * value.X + value.Y * value.Y + value.Z * value.Z)));
    return new Vector3(f(value.X * n), f(value.Y * n), f(value.Z * n));
  }
  /**
   * The point moved by a Matrix (rotation, scale and translation: row vector times matrix) or rotated
   * by a Quaternion; float arithmetic rounded after every operation (XNA's formulas, which VRageMath keeps).
   */
  static Transform(position: Vector3, matrix: Matrix): Vector3;
  static Transform(value: Vector3, rotation: Quaternion): Vector3;
  static Transform(v: Vector3, m: Matrix | Quaternion): Vector3 {
    if ("M11" in m) {
      const row = (c1: number, c2: number, c3: number, c4: number) => f(f(f(f(v.X * c1) + f(v.Y * c2)) + f(v.Z * c3)) + c4);
      return new Vector3(row(m.M11, m.M21, m.M31, m.M41), row(m.M12, m.M22, m.M32, m.M42), row(m.M13, m.M23, m.M33, m.M43));
    }
    const q = m;
    const x2 = f(q.X + q.X), y2 = f(q.Y + q.Y), z2 = f(q.Z + q.Z);
    const wx = f(q.W * x2), wy = f(q.W * y2), wz = f(q.W * z2);
    const xx = f(q.X * x2), xy = f(q.X * y2), xz = f(q.X * z2);
    const yy = f(q.Y * y2), yz = f(q.Y * z2), zz = f(q.Z * z2);
    const dot = (a: number, b: number, c: number) => f(f(f(v.X * a) + f(v.Y * b)) + f(v.Z * c));
    return new Vector3(
      dot(f(f(1 - yy) - zz), f(xy - wz), f(xz + wy)),
      dot(f(xy + wz), f(f(1 - xx) - zz), f(yz - wx)),
      dot(f(xz - wy), f(yz + wx), f(f(1 - xx) - yy)),
    );
  }
  /** The direction turned by a Matrix, without its translation. */
  static TransformNormal(normal: Vector3, matrix: Matrix): Vector3 {
    const m = matrix;
    const row = (c1: number, c2: number, c3: number) => f(f(f(normal.X * c1) + f(normal.Y * c2)) + f(normal.Z * c3));
    return new Vector3(row(m.M11, m.M21, m.M31), row(m.M12, m.M22, m.M32), row(m.M13, m.M23, m.M33));
  }
}

/** C# Math.Abs(int): throws for int.MinValue, which has no positive twin. */
function intAbs(x: number): number {
  if (x === -2147483648) throw new Error("Negating the minimum value of a twos complement number is invalid.");
  return Math.abs(x);
}

export class Vector3I {
  readonly X: int;
  readonly Y: int;
  readonly Z: int;
  static readonly Zero: Vector3I = new Vector3I(0, 0, 0);
  static readonly One: Vector3I = new Vector3I(1, 1, 1);
  static readonly UnitX: Vector3I = new Vector3I(1, 0, 0);
  static readonly UnitY: Vector3I = new Vector3I(0, 1, 0);
  static readonly UnitZ: Vector3I = new Vector3I(0, 0, 1);
  static readonly Up: Vector3I = new Vector3I(0, 1, 0);
  static readonly Down: Vector3I = new Vector3I(0, -1, 0);
  static readonly Right: Vector3I = new Vector3I(1, 0, 0);
  static readonly Left: Vector3I = new Vector3I(-1, 0, 0);
  static readonly Forward: Vector3I = new Vector3I(0, 0, -1);
  static readonly Backward: Vector3I = new Vector3I(0, 0, 1);
  constructor(x: int, y: int, z: int);
  constructor(value: int);
  constructor(x: int, y?: int, z?: int) {
    this.X = x | 0;
    this.Y = (y === undefined ? x : y) | 0;
    this.Z = (z === undefined ? x : z) | 0;
  }
  Equals(other: Vector3I): boolean {
    return this.X === other.X && this.Y === other.Y && this.Z === other.Z;
  }
  ToString(): string {
    return `[X:${this.X}, Y:${this.Y}, Z:${this.Z}]`;
  }
  /** |X * Y * Z| (a property in C#; the product wraps as int arithmetic does). */
  get Size(): int {
    return intAbs(Math.imul(Math.imul(this.X, this.Y), this.Z));
  }
  static Abs(value: Vector3I): Vector3I {
    return new Vector3I(intAbs(value.X), intAbs(value.Y), intAbs(value.Z));
  }
  static Min(value1: Vector3I, value2: Vector3I): Vector3I {
    return new Vector3I(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z);
  }
  static Max(value1: Vector3I, value2: Vector3I): Vector3I {
    return new Vector3I(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z);
  }
  static Clamp(value1: Vector3I, min: Vector3I, max: Vector3I): Vector3I {
    const c = (v: number, lo: number, hi: number) => {
      const a = v > hi ? hi : v;
      return a < lo ? lo : a;
    };
    return new Vector3I(c(value1.X, min.X, max.X), c(value1.Y, min.Y, max.Y), c(value1.Z, min.Z, max.Z));
  }
  static Dot(vector1: Vector3I, vector2: Vector3I): int {
    return (Math.imul(vector1.X, vector2.X) + Math.imul(vector1.Y, vector2.Y) + Math.imul(vector1.Z, vector2.Z)) | 0;
  }
  static DistanceManhattan(first: Vector3I, second: Vector3I): int {
    const d = Vector3I.Abs(new Vector3I((first.X - second.X) | 0, (first.Y - second.Y) | 0, (first.Z - second.Z) | 0));
    return (d.X + d.Y + d.Z) | 0;
  }
}

export class Vector4 {
  readonly X: float;
  readonly Y: float;
  readonly Z: float;
  readonly W: float;
  static readonly Zero: Vector4 = new Vector4(0, 0, 0, 0);
  static readonly One: Vector4 = new Vector4(1, 1, 1, 1);
  constructor(x: float, y: float, z: float, w: float) {
    this.X = f(x);
    this.Y = f(y);
    this.Z = f(z);
    this.W = f(w);
  }
  Equals(other: Vector4): boolean {
    return this.X === other.X && this.Y === other.Y && this.Z === other.Z && this.W === other.W;
  }
}

export class Vector4D {
  readonly X: double;
  readonly Y: double;
  readonly Z: double;
  readonly W: double;
  static readonly Zero: Vector4D = new Vector4D(0, 0, 0, 0);
  static readonly One: Vector4D = new Vector4D(1, 1, 1, 1);
  constructor(x: double, y: double, z: double, w: double) {
    this.X = x;
    this.Y = y;
    this.Z = z;
    this.W = w;
  }
  Equals(other: Vector4D): boolean {
    return this.X === other.X && this.Y === other.Y && this.Z === other.Z && this.W === other.W;
  }
}
