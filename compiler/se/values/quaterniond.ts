// VRageMath.QuaternionD: a struct in C#; fields readonly here. The mutating instance methods
// (q.Normalize(), q.Conjugate()) are not offered: use QuaternionD.Normalize(q), QuaternionD.Conjugate(q).
import type { double } from "../prelude.ts";
import type { MatrixD } from "./matrixd.ts";
import { Vector3D } from "./vector3d.ts";
import { Vector4D } from "./vectors.ts";
import type { Out } from "../prelude.ts";

const f = Math.fround;

export class QuaternionD {
  readonly X: double;
  readonly Y: double;
  readonly Z: double;
  readonly W: double;
  static readonly Identity: QuaternionD = new QuaternionD(0, 0, 0, 1);

  constructor(x: double, y: double, z: double, w: double);
  constructor(vectorPart: Vector3D, scalarPart: double);
  constructor(a: double | Vector3D, b: double, c?: double, d?: double) {
    if (typeof a === "number") {
      this.X = a;
      this.Y = b;
      this.Z = c as number;
      this.W = d as number;
    } else {
      this.X = a.X;
      this.Y = a.Y;
      this.Z = a.Z;
      this.W = b;
    }
  }

  Length(): double {
    return Math.sqrt(this.X * this.X + this.Y * this.Y + this.Z * this.Z + this.W * this.W);
  }
  LengthSquared(): double {
    return this.X * this.X + this.Y * this.Y + this.Z * this.Z + this.W * this.W;
  }
  Equals(other: QuaternionD): boolean {
    return this.X === other.X && this.Y === other.Y && this.Z === other.Z && this.W === other.W;
  }
  ToVector4(): Vector4D {
    return new Vector4D(this.X, this.Y, this.Z, this.W);
  }
  /** C# `q.GetAxisAngle(out axis, out angle)`: pass two `Out` markers. */
  GetAxisAngle(axis: Out<Vector3D>, angle: Out<double>): void {
    const s = Math.sqrt(this.X * this.X + this.Y * this.Y + this.Z * this.Z);
    axis.value = s !== 0 ? new Vector3D(this.X / s, this.Y / s, this.Z / s) : new Vector3D(this.X, this.Y, this.Z);
    angle.value = Math.atan2(s, this.W) * 2;
  }

  static Add(quaternion1: QuaternionD, quaternion2: QuaternionD): QuaternionD {
    const a = quaternion1, b = quaternion2;
    return new QuaternionD(a.X + b.X, a.Y + b.Y, a.Z + b.Z, a.W + b.W);
  }
  static Subtract(quaternion1: QuaternionD, quaternion2: QuaternionD): QuaternionD {
    const a = quaternion1, b = quaternion2;
    return new QuaternionD(a.X - b.X, a.Y - b.Y, a.Z - b.Z, a.W - b.W);
  }
  static Negate(quaternion: QuaternionD): QuaternionD {
    const q = quaternion;
    return new QuaternionD(-q.X, -q.Y, -q.Z, -q.W);
  }
  static Conjugate(value: QuaternionD): QuaternionD {
    return new QuaternionD(-value.X, -value.Y, -value.Z, value.W);
  }
  static Dot(quaternion1: QuaternionD, quaternion2: QuaternionD): double {
    const a = quaternion1, b = quaternion2;
    return a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W;
  }
  static Normalize(quaternion: QuaternionD): QuaternionD {
    const q = quaternion;
    const n = 1.0 / Math.sqrt(q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W);
    return new QuaternionD(q.X * n, q.Y * n, q.Z * n, q.W * n);
  }
  static Inverse(quaternion: QuaternionD): QuaternionD {
    const q = quaternion;
    const n = 1.0 / (q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W);
    return new QuaternionD(-q.X * n, -q.Y * n, -q.Z * n, q.W * n);
  }
  static IsZero(value: QuaternionD): boolean;
  static IsZero(value: QuaternionD, epsilon: double): boolean;
  static IsZero(value: QuaternionD, epsilon: double = 0.0001): boolean {
    return Math.abs(value.X) < epsilon && Math.abs(value.Y) < epsilon && Math.abs(value.Z) < epsilon && Math.abs(value.W) < epsilon;
  }
  static FromVector4(v: Vector4D): QuaternionD {
    return new QuaternionD(v.X, v.Y, v.Z, v.W);
  }
  static Multiply(quaternion1: QuaternionD, quaternion2: QuaternionD): QuaternionD;
  static Multiply(quaternion1: QuaternionD, scaleFactor: double): QuaternionD;
  static Multiply(quaternion1: QuaternionD, b: QuaternionD | double): QuaternionD {
    const a = quaternion1;
    if (typeof b === "number") return new QuaternionD(a.X * b, a.Y * b, a.Z * b, a.W * b);
    return product(a.X, a.Y, a.Z, a.W, b.X, b.Y, b.Z, b.W);
  }
  /** value2 applied after value1: Multiply(value2, value1). */
  static Concatenate(value1: QuaternionD, value2: QuaternionD): QuaternionD {
    return product(value2.X, value2.Y, value2.Z, value2.W, value1.X, value1.Y, value1.Z, value1.W);
  }
  static Divide(quaternion1: QuaternionD, quaternion2: QuaternionD): QuaternionD {
    const a = quaternion1, b = quaternion2;
    const n = 1.0 / (b.X * b.X + b.Y * b.Y + b.Z * b.Z + b.W * b.W);
    return product(a.X, a.Y, a.Z, a.W, -b.X * n, -b.Y * n, -b.Z * n, b.W * n);
  }
  static CreateFromAxisAngle(axis: Vector3D, angle: double): QuaternionD {
    const h = angle * 0.5;
    const s = Math.sin(h);
    return new QuaternionD(axis.X * s, axis.Y * s, axis.Z * s, Math.cos(h));
  }
  static CreateFromYawPitchRoll(yaw: double, pitch: double, roll: double): QuaternionD {
    const r = roll * 0.5, p = pitch * 0.5, y = yaw * 0.5;
    const sr = Math.sin(r), cr = Math.cos(r), sp = Math.sin(p), cp = Math.cos(p), sy = Math.sin(y), cy = Math.cos(y);
    return new QuaternionD(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr, cy * cp * cr + sy * sp * sr);
  }
  static CreateFromForwardUp(forward: Vector3D, up: Vector3D): QuaternionD {
    const v = Vector3D.Negate(forward);
    const v2 = Vector3D.Cross(up, v);
    const v3 = Vector3D.Cross(v, v2);
    return fromRotation(v2.X, v2.Y, v2.Z, v3.X, v3.Y, v3.Z, v.X, v.Y, v.Z);
  }
  static CreateFromRotationMatrix(matrix: MatrixD): QuaternionD {
    const m = matrix;
    return fromRotation(m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33);
  }
  static CreateFromTwoVectors(firstVector: Vector3D, secondVector: Vector3D): QuaternionD {
    const c = Vector3D.Cross(firstVector, secondVector);
    // The game takes the dot product through Vector3 (single precision).
    const a = [f(firstVector.X), f(firstVector.Y), f(firstVector.Z)];
    const b = [f(secondVector.X), f(secondVector.Y), f(secondVector.Z)];
    const dot = f(f(f(a[0] * b[0]) + f(a[1] * b[1])) + f(a[2] * b[2]));
    const q = new QuaternionD(c.X, c.Y, c.Z, dot);
    return QuaternionD.Normalize(new QuaternionD(q.X, q.Y, q.Z, q.W + q.Length()));
  }
  static Lerp(quaternion1: QuaternionD, quaternion2: QuaternionD, amount: double): QuaternionD {
    const a = quaternion1, b = quaternion2;
    const t = amount, s = 1.0 - t;
    const q =
      a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W >= 0.0
        ? new QuaternionD(s * a.X + t * b.X, s * a.Y + t * b.Y, s * a.Z + t * b.Z, s * a.W + t * b.W)
        : new QuaternionD(s * a.X - t * b.X, s * a.Y - t * b.Y, s * a.Z - t * b.Z, s * a.W - t * b.W);
    return QuaternionD.Normalize(q);
  }
  static Slerp(quaternion1: QuaternionD, quaternion2: QuaternionD, amount: double): QuaternionD {
    const a = quaternion1, b = quaternion2;
    const t = amount;
    let cos = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W;
    let flip = false;
    if (cos < 0.0) {
      flip = true;
      cos = -cos;
    }
    let s1: number, s2: number;
    if (cos > 0.999998986721039) {
      s1 = 1.0 - t;
      s2 = flip ? -t : t;
    } else {
      const ang = Math.acos(cos);
      const inv = 1.0 / Math.sin(ang);
      s1 = Math.sin((1.0 - t) * ang) * inv;
      s2 = flip ? -Math.sin(t * ang) * inv : Math.sin(t * ang) * inv;
    }
    return new QuaternionD(s1 * a.X + s2 * b.X, s1 * a.Y + s2 * b.Y, s1 * a.Z + s2 * b.Z, s1 * a.W + s2 * b.W);
  }
}

/** Hamilton product a*b, in the game's order of operations. */
function product(x1: number, y1: number, z1: number, w1: number, x2: number, y2: number, z2: number, w2: number): QuaternionD {
  const n9 = y1 * z2 - z1 * y2;
  const n10 = z1 * x2 - x1 * z2;
  const n11 = x1 * y2 - y1 * x2;
  const n12 = x1 * x2 + y1 * y2 + z1 * z2;
  return new QuaternionD(x1 * w2 + x2 * w1 + n9, y1 * w2 + y2 * w1 + n10, z1 * w2 + z2 * w1 + n11, w1 * w2 - n12);
}

/** Quaternion of a rotation given by its 3x3 rows (m00..m22), largest-diagonal branch first (Shepperd). */
function fromRotation(m00: number, m01: number, m02: number, m10: number, m11: number, m12: number, m20: number, m21: number, m22: number): QuaternionD {
  const tr = m00 + m11 + m22;
  if (tr > 0.0) {
    const r = Math.sqrt(tr + 1.0);
    const n = 0.5 / r;
    return new QuaternionD((m12 - m21) * n, (m20 - m02) * n, (m01 - m10) * n, r * 0.5);
  }
  if (m00 >= m11 && m00 >= m22) {
    const r = Math.sqrt(1.0 + m00 - m11 - m22);
    const n = 0.5 / r;
    return new QuaternionD(0.5 * r, (m01 + m10) * n, (m02 + m20) * n, (m12 - m21) * n);
  }
  if (m11 > m22) {
    const r = Math.sqrt(1.0 + m11 - m00 - m22);
    const n = 0.5 / r;
    return new QuaternionD((m10 + m01) * n, 0.5 * r, (m21 + m12) * n, (m20 - m02) * n);
  }
  const r = Math.sqrt(1.0 + m22 - m00 - m11);
  const n = 0.5 / r;
  return new QuaternionD((m20 + m02) * n, (m21 + m12) * n, 0.5 * r, (m01 - m10) * n);
}
