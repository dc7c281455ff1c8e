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
   * The point moved by a Matrix (row vector times matrix, divided by the w row as the game does) or
   * rotated by a Quaternion; each row's sum in double, rounded once (Keen's VRage.Math).
   */
  static Transform(position: Vector3, matrix: Matrix): Vector3;
  static Transform(value: Vector3, rotation: Quaternion): Vector3;
  static Transform(v: Vector3, m: Matrix | Quaternion): Vector3 {
    if ("M11" in m) {
      const x = f(f(v.X * m.M11 + v.Y * m.M21 + v.Z * m.M31) + m.M41);
      const y = f(f(v.X * m.M12 + v.Y * m.M22 + v.Z * m.M32) + m.M42);
      const z = f(f(v.X * m.M13 + v.Y * m.M23 + v.Z * m.M33) + m.M43);
      const w = f(1 / f(f(f(f(v.X * m.M14) + f(v.Y * m.M24)) + f(v.Z * m.M34)) + m.M44));
      return new Vector3(f(x * w), f(y * w), f(z * w));
    }
    const q = m;
    const x2 = f(q.X + q.X), y2 = f(q.Y + q.Y), z2 = f(q.Z + q.Z);
    const wx = f(q.W * x2), wy = f(q.W * y2), wz = f(q.W * z2);
    const xx = f(q.X * x2), xy = f(q.X * y2), xz = f(q.X * z2);
    const yy = f(q.Y * y2), yz = f(q.Y * z2), zz = f(q.Z * z2);
    return new Vector3(
      v.X * (1.0 - yy - zz) + v.Y * (xy - wz) + v.Z * (xz + wy),
      v.X * (xy + wz) + v.Y * (1.0 - xx - zz) + v.Z * (yz - wx),
      v.X * (xz - wy) + v.Y * (yz + wx) + v.Z * (1.0 - xx - yy),
    );
  }
  /** The direction turned by a Matrix, without its translation (each row's sum in double, rounded once). */
  static TransformNormal(normal: Vector3, matrix: Matrix): Vector3 {
    const m = matrix, n = normal;
    return new Vector3(n.X * m.M11 + n.Y * m.M21 + n.Z * m.M31, n.X * m.M12 + n.Y * m.M22 + n.Z * m.M32, n.X * m.M13 + n.Y * m.M23 + n.Z * m.M33);
  }

  static readonly MinusOne: Vector3 = new Vector3(-1, -1, -1);
  static readonly Half: Vector3 = new Vector3(0.5, 0.5, 0.5);
  static readonly PositiveInfinity: Vector3 = new Vector3(Infinity);
  static readonly NegativeInfinity: Vector3 = new Vector3(-Infinity);
  static readonly MaxValue: Vector3 = new Vector3(3.4028234663852886e38);
  static readonly MinValue: Vector3 = new Vector3(-3.4028234663852886e38);
  static readonly Invalid: Vector3 = new Vector3(NaN);
  /** X + Y + Z in float. */
  get Sum(): float {
    return f(f(this.X + this.Y) + this.Z);
  }
  /** X * Y * Z in float. */
  get Volume(): float {
    return f(f(this.X * this.Y) * this.Z);
  }
  /** Finite: the product X*Y*Z in float is neither NaN nor infinite (as the game tests it). */
  IsValid(): boolean {
    return Number.isFinite(this.Volume);
  }
  /** The component i (0..2; any other index wraps around, as the game). */
  GetDim(i: int): float {
    const k = ((i % 3) + 3) % 3;
    return k === 0 ? this.X : k === 1 ? this.Y : this.Z;
  }
  Min(): float {
    return this.X < this.Y ? (this.X < this.Z ? this.X : this.Z) : this.Y < this.Z ? this.Y : this.Z;
  }
  Max(): float {
    return this.X > this.Y ? (this.X > this.Z ? this.X : this.Z) : this.Y > this.Z ? this.Y : this.Z;
  }
  AbsMin(): float {
    const x = Math.abs(this.X), y = Math.abs(this.Y), z = Math.abs(this.Z);
    return x < y ? (x < z ? x : z) : y < z ? y : z;
  }
  AbsMax(): float {
    const x = Math.abs(this.X), y = Math.abs(this.Y), z = Math.abs(this.Z);
    return x > y ? (x > z ? x : z) : y > z ? y : z;
  }
  /** The component(s) of the largest |value| kept, the others 0. */
  MaxAbsComponent(): Vector3 {
    const a = Vector3.Abs(this);
    const m = a.Max();
    return new Vector3(a.X !== m ? 0 : this.X, a.Y !== m ? 0 : this.Y, a.Z !== m ? 0 : this.Z);
  }
  Normalized(): Vector3 {
    return Vector3.Normalize(this);
  }
  static Abs(value: Vector3): Vector3 {
    return new Vector3(Math.abs(value.X), Math.abs(value.Y), Math.abs(value.Z));
  }
  /** -1, 0 or 1 per component (C#'s Math.Sign: throws for NaN). */
  static Sign(value: Vector3): Vector3 {
    return new Vector3(floatSign(value.X), floatSign(value.Y), floatSign(value.Z));
  }
  static SignNonZero(value: Vector3): Vector3 {
    return new Vector3(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1);
  }
  static Step(value: Vector3): Vector3 {
    const s = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
    return new Vector3(s(value.X), s(value.Y), s(value.Z));
  }
  static IsZero(value: Vector3): boolean;
  static IsZero(value: Vector3, epsilon: float): boolean;
  static IsZero(value: Vector3, epsilon: float = 0.0001): boolean {
    const e = f(epsilon);
    return Math.abs(value.X) < e && Math.abs(value.Y) < e && Math.abs(value.Z) < e;
  }
  static Negate(value: Vector3): Vector3 {
    return new Vector3(-value.X, -value.Y, -value.Z);
  }
  /** Component by component (vector), or times 1/value2 in float (number). */
  static Divide(value1: Vector3, value2: Vector3): Vector3;
  static Divide(value1: Vector3, value2: float): Vector3;
  static Divide(value1: Vector3, value2: Vector3 | float): Vector3 {
    if (typeof value2 === "number") {
      const k = f(1 / f(value2));
      return new Vector3(f(value1.X * k), f(value1.Y * k), f(value1.Z * k));
    }
    return new Vector3(f(value1.X / value2.X), f(value1.Y / value2.Y), f(value1.Z / value2.Z));
  }
  /** The differences in float, their squares summed in double, rounded once (through sqrt for Distance). */
  static Distance(value1: Vector3, value2: Vector3): float {
    return f(Math.sqrt(distanceSquared(value1, value2)));
  }
  static DistanceSquared(value1: Vector3, value2: Vector3): float {
    return f(distanceSquared(value1, value2));
  }
  static RectangularDistance(value1: Vector3, value2: Vector3): float {
    return Vector3.Abs(Vector3.Subtract(value1, value2)).Sum;
  }
  static Reflect(vector: Vector3, normal: Vector3): Vector3 {
    const d = Vector3.Dot(vector, normal);
    const r = (v: number, n: number) => f(v - f(f(2 * d) * n));
    return new Vector3(r(vector.X, normal.X), r(vector.Y, normal.Y), r(vector.Z, normal.Z));
  }
  static Min(value1: Vector3, value2: Vector3): Vector3 {
    return new Vector3(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z);
  }
  static Max(value1: Vector3, value2: Vector3): Vector3 {
    return new Vector3(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z);
  }
  /** Each component limited to max first, then to min (min wins when they cross, as the game). */
  static Clamp(value1: Vector3, min: Vector3, max: Vector3): Vector3 {
    const c = (v: number, lo: number, hi: number) => {
      const a = v > hi ? hi : v;
      return a < lo ? lo : a;
    };
    return new Vector3(c(value1.X, min.X, max.X), c(value1.Y, min.Y, max.Y), c(value1.Z, min.Z, max.Z));
  }
  /** The vector shortened to radius when longer (scaled by sqrt(r^2 / |v|^2) in float). */
  static ClampToSphere(vector: Vector3, radius: float): Vector3 {
    const l = vector.LengthSquared();
    const r = f(f(radius) * f(radius));
    return l > r ? Vector3.Multiply(vector, f(Math.sqrt(f(r / l)))) : vector;
  }
  static Lerp(value1: Vector3, value2: Vector3, amount: float): Vector3 {
    const t = f(amount);
    const l = (a: number, b: number) => f(a + f(f(b - a) * t));
    return new Vector3(l(value1.X, value2.X), l(value1.Y, value2.Y), l(value1.Z, value2.Z));
  }
  static SmoothStep(value1: Vector3, value2: Vector3, amount: float): Vector3 {
    let t = f(amount);
    t = t > 1 ? 1 : t < 0 ? 0 : t;
    t = f(t * t * (3.0 - 2.0 * t));
    const l = (a: number, b: number) => f(a + f(f(b - a) * t));
    return new Vector3(l(value1.X, value2.X), l(value1.Y, value2.Y), l(value1.Z, value2.Z));
  }
  static Barycentric(value1: Vector3, value2: Vector3, value3: Vector3, amount1: float, amount2: float): Vector3 {
    const a = f(amount1), b = f(amount2);
    const c = (p: number, q: number, r: number) => p + a * (q - p) + b * (r - p);
    return new Vector3(c(value1.X, value2.X, value3.X), c(value1.Y, value2.Y, value3.Y), c(value1.Z, value2.Z, value3.Z));
  }
  static CatmullRom(value1: Vector3, value2: Vector3, value3: Vector3, value4: Vector3, amount: float): Vector3 {
    const t = f(amount), t2 = f(t * t), t3 = f(t * t2);
    const c = (p0: number, p1: number, p2: number, p3: number) => 0.5 * (2.0 * p1 + (-p0 + p2) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2 + (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * t3);
    return new Vector3(c(value1.X, value2.X, value3.X, value4.X), c(value1.Y, value2.Y, value3.Y, value4.Y), c(value1.Z, value2.Z, value3.Z, value4.Z));
  }
  static Hermite(value1: Vector3, tangent1: Vector3, value2: Vector3, tangent2: Vector3, amount: float): Vector3 {
    const t = f(amount), t2 = f(t * t), t3 = f(t * t2);
    const h1 = f(2.0 * t3 - 3.0 * t2 + 1.0), h2 = f(-2.0 * t3 + 3.0 * t2), h3 = f(f(t3 - f(2 * t2)) + t), h4 = f(t3 - t2);
    const c = (p: number, m: number, q: number, n: number) => p * h1 + q * h2 + m * h3 + n * h4;
    return new Vector3(c(value1.X, tangent1.X, value2.X, tangent2.X), c(value1.Y, tangent1.Y, value2.Y, tangent2.Y), c(value1.Z, tangent1.Z, value2.Z, tangent2.Z));
  }
  static SwapYZCoordinates(v: Vector3): Vector3 {
    return new Vector3(v.X, v.Z, -v.Y);
  }
  /** The part of vector perpendicular to direction (any length): vector - (d . v / d . d) d, in float. */
  static Reject(vector: Vector3, direction: Vector3): Vector3 {
    const inv = f(1 / Vector3.Dot(direction, direction));
    const d = f(Vector3.Dot(direction, vector) * inv);
    const r = (v: number, n: number) => f(v - f(d * f(n * inv)));
    return new Vector3(r(vector.X, direction.X), r(vector.Y, direction.Y), r(vector.Z, direction.Z));
  }
  /** The component of the largest |value| kept (Z on ties with it, then Y over X only when strictly larger), the others 0. */
  static DominantAxisProjection(value1: Vector3): Vector3 {
    const x = Math.abs(value1.X), y = Math.abs(value1.Y), z = Math.abs(value1.Z);
    if (x > y) return x > z ? new Vector3(value1.X, 0, 0) : new Vector3(0, 0, value1.Z);
    return y > z ? new Vector3(0, value1.Y, 0) : new Vector3(0, 0, value1.Z);
  }
  /** A unit vector perpendicular to v (v a unit vector, as the game asks). */
  static CalculatePerpendicularVector(v: Vector3): Vector3 {
    const t = f(0.0001);
    const yz = f(v.Y + v.Z);
    const r = Math.abs(yz) > t || Math.abs(v.X) > t ? new Vector3(-yz, v.X, v.X) : new Vector3(v.Z, v.Z, -f(v.X + v.Y));
    return Vector3.Normalize(r);
  }
  static Floor(v: Vector3): Vector3 {
    return new Vector3(Math.floor(v.X), Math.floor(v.Y), Math.floor(v.Z));
  }
  static Ceiling(v: Vector3): Vector3 {
    return new Vector3(Math.ceil(v.X), Math.ceil(v.Y), Math.ceil(v.Z));
  }
}

/** The squared distance of two float vectors: differences in float, the sum in double. */
function distanceSquared(a: Vector3, b: Vector3): number {
  const x = f(a.X - b.X), y = f(a.Y - b.Y), z = f(a.Z - b.Z);
  return x * x + y * y + z * z;
}
/** C#'s Math.Sign(float): throws ArithmeticException for NaN. */
function floatSign(x: number): number {
  if (Number.isNaN(x)) throw new Error("Function does not accept floating point Not-a-Number values.");
  return x > 0 ? 1 : x < 0 ? -1 : 0;
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
