// VRageMath.Vector3D: a struct in C#. Fields are readonly here: every operation builds a new value,
// so a TS variable never aliases another (C# copies structs on assignment).
// Offered: the by-value overloads SE has (ref/out overloads have no TS form; see README).
import type { double, int, long, Out } from "../prelude.ts";
import { csInt, roundDigits } from "./mathhelper.ts";
import { MatrixD } from "./matrixd.ts";
import { Base6Directions, MyBlockOrientation } from "./base6.ts";
import type { QuaternionD } from "./quaterniond.ts";
import { Vector3, Vector3I, Vector2, Vector2D, Vector4, Vector4D } from "./vectors.ts";

export class Vector3D {
  readonly X: double;
  readonly Y: double;
  readonly Z: double;

  static readonly Zero: Vector3D = new Vector3D(0, 0, 0);
  static readonly One: Vector3D = new Vector3D(1, 1, 1);
  static readonly Half: Vector3D = new Vector3D(0.5, 0.5, 0.5);
  static readonly PositiveInfinity: Vector3D = new Vector3D(Infinity);
  static readonly NegativeInfinity: Vector3D = new Vector3D(-Infinity);
  static readonly UnitX: Vector3D = new Vector3D(1, 0, 0);
  static readonly UnitY: Vector3D = new Vector3D(0, 1, 0);
  static readonly UnitZ: Vector3D = new Vector3D(0, 0, 1);
  static readonly Up: Vector3D = new Vector3D(0, 1, 0);
  static readonly Down: Vector3D = new Vector3D(0, -1, 0);
  static readonly Right: Vector3D = new Vector3D(1, 0, 0);
  static readonly Left: Vector3D = new Vector3D(-1, 0, 0);
  static readonly Forward: Vector3D = new Vector3D(0, 0, -1);
  static readonly Backward: Vector3D = new Vector3D(0, 0, 1);
  static readonly MaxValue: Vector3D = new Vector3D(Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE);
  static readonly MinValue: Vector3D = new Vector3D(-Number.MAX_VALUE, -Number.MAX_VALUE, -Number.MAX_VALUE);

  constructor(x: double, y: double, z: double);
  constructor(value: double);
  constructor(value: Vector3 | Vector3I | Vector3D | Vector4 | Vector4D);
  constructor(value: Vector2 | Vector2D, z: double);
  constructor(a: double | Vector3 | Vector3I | Vector3D | Vector4 | Vector4D | Vector2 | Vector2D, b?: double, c?: double) {
    if (typeof a === "number") {
      this.X = a;
      this.Y = b === undefined ? a : b;
      this.Z = c === undefined ? a : c;
    } else if (a instanceof Vector2 || a instanceof Vector2D) {
      this.X = a.X;
      this.Y = a.Y;
      this.Z = b as number;
    } else {
      this.X = a.X;
      this.Y = a.Y;
      this.Z = a.Z;
    }
  }

  get Sum(): double {
    return this.X + this.Y + this.Z;
  }
  get Volume(): double {
    return this.X * this.Y * this.Z;
  }

  // ---- instance (non-mutating) ----
  Length(): double {
    return Math.sqrt(this.X * this.X + this.Y * this.Y + this.Z * this.Z);
  }
  LengthSquared(): double {
    return this.X * this.X + this.Y * this.Y + this.Z * this.Z;
  }
  /** A unit copy (C# `v.Normalized()`); the mutating `v.Normalize()` is not offered: use `Vector3D.Normalize(v)`. */
  Normalized(): Vector3D {
    return Vector3D.Normalize(this);
  }
  Dot(v: Vector3D): double;
  Dot(v: Vector3): double;
  Dot(v: Vector3D | Vector3): double {
    return this.X * v.X + this.Y * v.Y + this.Z * v.Z;
  }
  Cross(v: Vector3D): Vector3D {
    return Vector3D.Cross(this, v);
  }
  Equals(other: Vector3D): boolean;
  Equals(other: Vector3D, epsilon: double): boolean;
  Equals(other: Vector3D, epsilon?: double): boolean {
    if (epsilon === undefined) return this.X === other.X && this.Y === other.Y && this.Z === other.Z;
    return Math.abs(this.X - other.X) < epsilon && Math.abs(this.Y - other.Y) < epsilon && Math.abs(this.Z - other.Z) < epsilon;
  }
  IsValid(): boolean {
    return Number.isFinite(this.X * this.Y * this.Z);
  }
  Min(): double {
    if (this.X < this.Y) return this.X < this.Z ? this.X : this.Z;
    return this.Y < this.Z ? this.Y : this.Z;
  }
  Max(): double {
    if (this.X > this.Y) return this.X > this.Z ? this.X : this.Z;
    return this.Y > this.Z ? this.Y : this.Z;
  }
  AbsMin(): double {
    const x = Math.abs(this.X), y = Math.abs(this.Y), z = Math.abs(this.Z);
    if (x < y) return x < z ? x : z;
    return y < z ? y : z;
  }
  AbsMax(): double {
    const x = Math.abs(this.X), y = Math.abs(this.Y), z = Math.abs(this.Z);
    if (x > y) return x > z ? x : z;
    return y > z ? y : z;
  }
  AbsMaxComponent(): int {
    const x = Math.abs(this.X), y = Math.abs(this.Y), z = Math.abs(this.Z);
    if (x > y) return x > z ? 0 : 2;
    return y > z ? 1 : 2;
  }
  GetDim(i: int): double {
    switch (i) {
      case 0:
        return this.X;
      case 1:
        return this.Y;
      case 2:
        return this.Z;
      default:
        return this.GetDim((((i % 3) + 3) % 3) | 0);
    }
  }
  IsZero(): boolean {
    return Vector3D.IsZero(this);
  }
  VolumeInt(multiplier: double): long {
    return Math.trunc(this.X * multiplier) * Math.trunc(this.Y * multiplier) * Math.trunc(this.Z * multiplier);
  }
  /** Rodrigues rotation of this vector about `axis` (a unit vector). */
  Rotate(axis: Vector3D, rotationInRadians: double): Vector3D {
    const cos = Math.cos(rotationInRadians);
    const sin = Math.sin(rotationInRadians);
    const a = Vector3D.Multiply(this, cos);
    const b = Vector3D.Multiply(Vector3D.Cross(axis, this), sin);
    const c = Vector3D.Multiply(axis, Vector3D.Dot(axis, this) * (1 - cos));
    return Vector3D.Add(Vector3D.Add(a, b), c);
  }

  // ---- static ----
  static IsZero(value: Vector3D): boolean;
  static IsZero(value: Vector3D, epsilon: double): boolean;
  static IsZero(value: Vector3D, epsilon: double = 0.0001): boolean {
    return Math.abs(value.X) < epsilon && Math.abs(value.Y) < epsilon && Math.abs(value.Z) < epsilon;
  }
  static IsZeroVector(value: Vector3D): Vector3D;
  static IsZeroVector(value: Vector3D, epsilon: double): Vector3D;
  static IsZeroVector(value: Vector3D, epsilon?: double): Vector3D {
    if (epsilon === undefined) return new Vector3D(value.X === 0 ? 1 : 0, value.Y === 0 ? 1 : 0, value.Z === 0 ? 1 : 0);
    return new Vector3D(Math.abs(value.X) < epsilon ? 1 : 0, Math.abs(value.Y) < epsilon ? 1 : 0, Math.abs(value.Z) < epsilon ? 1 : 0);
  }
  static Abs(value: Vector3D): Vector3D {
    return new Vector3D(value.X < 0 ? -value.X : value.X, value.Y < 0 ? -value.Y : value.Y, value.Z < 0 ? -value.Z : value.Z);
  }
  static Sign(value: Vector3D): Vector3D {
    return new Vector3D(csSign(value.X), csSign(value.Y), csSign(value.Z));
  }
  static SignNonZero(value: Vector3D): Vector3D {
    return new Vector3D(value.X < 0 ? -1 : 1, value.Y < 0 ? -1 : 1, value.Z < 0 ? -1 : 1);
  }
  static Step(value: Vector3D): Vector3D {
    const s = (x: number) => (x > 0 ? 1 : x < 0 ? -1 : 0);
    return new Vector3D(s(value.X), s(value.Y), s(value.Z));
  }
  static Add(value1: Vector3D, value2: Vector3D): Vector3D {
    return new Vector3D(value1.X + value2.X, value1.Y + value2.Y, value1.Z + value2.Z);
  }
  static Subtract(value1: Vector3D, value2: Vector3D): Vector3D {
    return new Vector3D(value1.X - value2.X, value1.Y - value2.Y, value1.Z - value2.Z);
  }
  static Multiply(value1: Vector3D, value2: Vector3D): Vector3D;
  static Multiply(value1: Vector3D, scaleFactor: double): Vector3D;
  static Multiply(value1: Vector3D, value2: Vector3D | double): Vector3D {
    if (typeof value2 === "number") return new Vector3D(value1.X * value2, value1.Y * value2, value1.Z * value2);
    return new Vector3D(value1.X * value2.X, value1.Y * value2.Y, value1.Z * value2.Z);
  }
  static Divide(value1: Vector3D, value2: Vector3D): Vector3D;
  static Divide(value1: Vector3D, value2: double): Vector3D;
  static Divide(value1: Vector3D, value2: Vector3D | double): Vector3D {
    if (typeof value2 === "number") {
      const n = 1 / value2;
      return new Vector3D(value1.X * n, value1.Y * n, value1.Z * n);
    }
    return new Vector3D(value1.X / value2.X, value1.Y / value2.Y, value1.Z / value2.Z);
  }
  static Negate(value: Vector3D): Vector3D {
    return new Vector3D(-value.X, -value.Y, -value.Z);
  }
  static Dot(vector1: Vector3D, vector2: Vector3D): double;
  static Dot(vector1: Vector3D, vector2: Vector3): double;
  static Dot(vector1: Vector3D, vector2: Vector3D | Vector3): double {
    return vector1.X * vector2.X + vector1.Y * vector2.Y + vector1.Z * vector2.Z;
  }
  static Cross(vector1: Vector3D, vector2: Vector3D): Vector3D {
    return new Vector3D(vector1.Y * vector2.Z - vector1.Z * vector2.Y, vector1.Z * vector2.X - vector1.X * vector2.Z, vector1.X * vector2.Y - vector1.Y * vector2.X);
  }
  /** A unit vector; the zero vector gives NaN components, as in the game. */
  static Normalize(value: Vector3D): Vector3D {
    const n = 1 / Math.sqrt(value.X * value.X + value.Y * value.Y + value.Z * value.Z);
    return new Vector3D(value.X * n, value.Y * n, value.Z * n);
  }
  static Distance(value1: Vector3D, value2: Vector3D): double;
  static Distance(value1: Vector3D, value2: Vector3): double;
  static Distance(value1: Vector3, value2: Vector3D): double;
  static Distance(value1: Vector3D | Vector3, value2: Vector3D | Vector3): double {
    const a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
    return Math.sqrt(a * a + b * b + c * c);
  }
  static DistanceSquared(value1: Vector3D, value2: Vector3D): double {
    const a = value1.X - value2.X, b = value1.Y - value2.Y, c = value1.Z - value2.Z;
    return a * a + b * b + c * c;
  }
  static RectangularDistance(value1: Vector3D, value2: Vector3D): double {
    const d = Vector3D.Abs(Vector3D.Subtract(value1, value2));
    return d.X + d.Y + d.Z;
  }
  static Angle(a: Vector3D, b: Vector3D): double {
    const dot = Vector3D.Dot(a, b);
    const len = a.Length() * b.Length();
    const cos = dot / len;
    return Math.acos(cos < -1 ? -1 : cos > 1 ? 1 : cos);
  }
  static Reflect(vector: Vector3D, normal: Vector3D): Vector3D {
    const n = vector.X * normal.X + vector.Y * normal.Y + vector.Z * normal.Z;
    return new Vector3D(vector.X - 2 * n * normal.X, vector.Y - 2 * n * normal.Y, vector.Z - 2 * n * normal.Z);
  }
  static Reject(vector: Vector3D, direction: Vector3D): Vector3D {
    const inv = 1.0 / Vector3D.Dot(direction, direction);
    const d = Vector3D.Dot(direction, vector) * inv;
    return new Vector3D(vector.X - d * (direction.X * inv), vector.Y - d * (direction.Y * inv), vector.Z - d * (direction.Z * inv));
  }
  static Min(value1: Vector3D, value2: Vector3D): Vector3D {
    return new Vector3D(value1.X < value2.X ? value1.X : value2.X, value1.Y < value2.Y ? value1.Y : value2.Y, value1.Z < value2.Z ? value1.Z : value2.Z);
  }
  static Max(value1: Vector3D, value2: Vector3D): Vector3D {
    return new Vector3D(value1.X > value2.X ? value1.X : value2.X, value1.Y > value2.Y ? value1.Y : value2.Y, value1.Z > value2.Z ? value1.Z : value2.Z);
  }
  static DominantAxisProjection(value1: Vector3D): Vector3D {
    let x = value1.X, y = value1.Y, z = value1.Z;
    if (Math.abs(x) > Math.abs(y)) {
      y = 0;
      if (Math.abs(x) > Math.abs(z)) z = 0;
      else x = 0;
    } else {
      x = 0;
      if (Math.abs(y) > Math.abs(z)) z = 0;
      else y = 0;
    }
    return new Vector3D(x, y, z);
  }
  static Clamp(value1: Vector3D, min: Vector3D, max: Vector3D): Vector3D {
    const c = (v: number, lo: number, hi: number) => {
      const a = v > hi ? hi : v;
      return a < lo ? lo : a;
    };
    return new Vector3D(c(value1.X, min.X, max.X), c(value1.Y, min.Y, max.Y), c(value1.Z, min.Z, max.Z));
  }
  static ClampToSphere(vector: Vector3D, radius: double, force: boolean): Vector3D {
    const lsq = vector.LengthSquared();
    const rsq = radius * radius;
    if (lsq > rsq || force) return Vector3D.Multiply(vector, Math.sqrt(rsq / lsq));
    return vector;
  }
  static Lerp(value1: Vector3D, value2: Vector3D, amount: double): Vector3D {
    return new Vector3D(value1.X + (value2.X - value1.X) * amount, value1.Y + (value2.Y - value1.Y) * amount, value1.Z + (value2.Z - value1.Z) * amount);
  }
  static Barycentric(value1: Vector3D, value2: Vector3D, value3: Vector3D, amount1: double, amount2: double): Vector3D {
    const b = (v1: number, v2: number, v3: number) => v1 + amount1 * (v2 - v1) + amount2 * (v3 - v1);
    return new Vector3D(b(value1.X, value2.X, value3.X), b(value1.Y, value2.Y, value3.Y), b(value1.Z, value2.Z, value3.Z));
  }
  static SmoothStep(value1: Vector3D, value2: Vector3D, amount: double): Vector3D {
    amount = amount > 1.0 ? 1 : amount < 0.0 ? 0.0 : amount;
    amount = amount * amount * (3.0 - 2.0 * amount);
    return Vector3D.Lerp(value1, value2, amount);
  }
  static CatmullRom(value1: Vector3D, value2: Vector3D, value3: Vector3D, value4: Vector3D, amount: double): Vector3D {
    const n1 = amount * amount;
    const n2 = amount * n1;
    const c = (v1: number, v2: number, v3: number, v4: number) =>
      0.5 * (2.0 * v2 + (-v1 + v3) * amount + (2.0 * v1 - 5.0 * v2 + 4.0 * v3 - v4) * n1 + (-v1 + 3.0 * v2 - 3.0 * v3 + v4) * n2);
    return new Vector3D(c(value1.X, value2.X, value3.X, value4.X), c(value1.Y, value2.Y, value3.Y, value4.Y), c(value1.Z, value2.Z, value3.Z, value4.Z));
  }
  static Hermite(value1: Vector3D, tangent1: Vector3D, value2: Vector3D, tangent2: Vector3D, amount: double): Vector3D {
    const n1 = amount * amount;
    const n2 = amount * n1;
    const n3 = 2.0 * n2 - 3.0 * n1 + 1.0;
    const n4 = -2.0 * n2 + 3.0 * n1;
    const n5 = n2 - 2 * n1 + amount;
    const n6 = n2 - n1;
    const h = (v1: number, t1: number, v2: number, t2: number) => v1 * n3 + v2 * n4 + t1 * n5 + t2 * n6;
    return new Vector3D(h(value1.X, tangent1.X, value2.X, tangent2.X), h(value1.Y, tangent1.Y, value2.Y, tangent2.Y), h(value1.Z, tangent1.Z, value2.Z, tangent2.Z));
  }
  /** Position transform (with the perspective divide). */
  static Transform(position: Vector3D, matrix: MatrixD): Vector3D;
  static Transform(value: Vector3D, rotation: QuaternionD): Vector3D;
  static Transform(value: Vector3D, m: MatrixD | QuaternionD): Vector3D {
    if ("W" in m) return transformByQuaternion(value, m);
    const x = value.X * m.M11 + value.Y * m.M21 + value.Z * m.M31 + m.M41;
    const y = value.X * m.M12 + value.Y * m.M22 + value.Z * m.M32 + m.M42;
    const z = value.X * m.M13 + value.Y * m.M23 + value.Z * m.M33 + m.M43;
    const w = 1 / (value.X * m.M14 + value.Y * m.M24 + value.Z * m.M34 + m.M44);
    return new Vector3D(x * w, y * w, z * w);
  }
  static TransformNormal(normal: Vector3D, matrix: MatrixD): Vector3D;
  /** A direction in a block's orientation: -X along Left, Y along Up, -Z along Forward. */
  static TransformNormal(normal: Vector3D, orientation: MyBlockOrientation): Vector3D;
  static TransformNormal(normal: Vector3D, m: MatrixD | MyBlockOrientation): Vector3D {
    if (m instanceof MyBlockOrientation) {
      const l = new Vector3D(Base6Directions.GetVector(m.Left)), u = new Vector3D(Base6Directions.GetVector(m.Up)), fw = new Vector3D(Base6Directions.GetVector(m.Forward));
      return Vector3D.Subtract(Vector3D.Add(Vector3D.Multiply(l, -normal.X), Vector3D.Multiply(u, normal.Y)), Vector3D.Multiply(fw, normal.Z));
    }
    return new Vector3D(
      normal.X * m.M11 + normal.Y * m.M21 + normal.Z * m.M31,
      normal.X * m.M12 + normal.Y * m.M22 + normal.Z * m.M32,
      normal.X * m.M13 + normal.Y * m.M23 + normal.Z * m.M33,
    );
  }
  static Rotate(vector: Vector3D, rotationMatrix: MatrixD): Vector3D {
    return Vector3D.TransformNormal(vector, rotationMatrix);
  }
  static CalculatePerpendicularVector(v: Vector3D): Vector3D {
    const threshold = Math.fround(0.0001);
    const r = Math.abs(v.Y + v.Z) > threshold || Math.abs(v.X) > threshold ? new Vector3D(-(v.Y + v.Z), v.X, v.X) : new Vector3D(v.Z, v.Z, -(v.X + v.Y));
    return Vector3D.Normalize(r);
  }
  static SwapYZCoordinates(v: Vector3D): Vector3D {
    return new Vector3D(v.X, v.Z, -v.Y);
  }
  /** Vector3D.Round(v): each component + 0.5, truncated toward zero (as the game does). */
  static Round(v: Vector3D): Vector3I;
  /** Vector3D.Round(v, digits): Math.Round per component (halves to even). */
  static Round(v: Vector3D, numDecimals: int): Vector3D;
  static Round(v: Vector3D, numDecimals?: int): Vector3I | Vector3D {
    if (numDecimals === undefined) return new Vector3I(csInt(v.X + 0.5), csInt(v.Y + 0.5), csInt(v.Z + 0.5));
    return new Vector3D(roundDigits(v.X, numDecimals), roundDigits(v.Y, numDecimals), roundDigits(v.Z, numDecimals));
  }
  /** C# `Vector3D.GetAzimuthAndElevation(v, out azimuth, out elevation)`: pass two `Out<number>`. */
  static GetAzimuthAndElevation(v: Vector3D, azimuth: Out<double>, elevation: Out<double>): void {
    const elevationSin = Vector3D.Dot(v, Vector3D.Up);
    const flat = Vector3D.Normalize(new Vector3D(v.X, 0, v.Z));
    const azimuthCos = Vector3D.Dot(flat, Vector3D.Forward);
    elevation.value = Math.asin(elevationSin);
    azimuth.value = flat.X >= 0 ? -Math.acos(azimuthCos) : Math.acos(azimuthCos);
  }
  /** C# `Vector3D.CreateFromAzimuthAndElevation(azimuth, elevation, out direction)`. */
  static CreateFromAzimuthAndElevation(azimuth: double, elevation: double, direction: Out<Vector3D>): void {
    direction.value = Vector3D.TransformNormal(Vector3D.TransformNormal(Vector3D.Forward, MatrixD.CreateRotationX(elevation)), MatrixD.CreateRotationY(azimuth));
  }
  static Floor(v: Vector3D): Vector3I {
    return new Vector3I(csInt(Math.floor(v.X)), csInt(Math.floor(v.Y)), csInt(Math.floor(v.Z)));
  }
}

/** .NET Math.Sign(double): throws on NaN. */
function csSign(x: number): number {
  if (Number.isNaN(x)) throw new Error("Function does not accept floating point Not-a-Number values.");
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

function transformByQuaternion(value: Vector3D, r: QuaternionD): Vector3D {
  const n1 = r.X + r.X, n2 = r.Y + r.Y, n3 = r.Z + r.Z;
  const n4 = r.W * n1, n5 = r.W * n2, n6 = r.W * n3;
  const n7 = r.X * n1, n8 = r.X * n2, n9 = r.X * n3;
  const n10 = r.Y * n2, n11 = r.Y * n3, n12 = r.Z * n3;
  return new Vector3D(
    value.X * (1.0 - n10 - n12) + value.Y * (n8 - n6) + value.Z * (n9 + n5),
    value.X * (n8 + n6) + value.Y * (1.0 - n7 - n12) + value.Z * (n11 - n4),
    value.X * (n9 - n5) + value.Y * (n11 + n4) + value.Z * (1.0 - n7 - n10),
  );
}
