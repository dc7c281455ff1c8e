// VRageMath.Quaternion (single precision): a struct in C#; fields readonly here. Keen's VRage.Math
// formulas (read for the math, not copied): where the game widens to double (dot products, lengths,
// the Hamilton product's sums, Slerp/Lerp mixes, yaw/pitch/roll products) the sum is computed in
// double and rounded once; elsewhere every float operation is rounded with Math.fround, as C# does on
// x64. Twin of compiler/csharp/stubs/handwritten/VRageMath.Quaternion.cs. The mutating instance
// methods (q.Normalize(), q.Conjugate(), SetComponent) are not offered: use Quaternion.Normalize(q)...
import type { float, int, Out } from "../prelude.ts";
import { Vector3, Vector4 } from "./vectors.ts";
import type { Matrix } from "./matrix.ts";

const f = Math.fround;

/** x1*x2 + y1*y2 + z1*z2 + w1*w2 in double, rounded once (the game's dot product). */
function dot4(a: Quaternion, b: Quaternion): number {
  return f(a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W);
}
/** 1 / |q| in float (sqrt of the double sum rounded, then a float division). */
function invLength(q: Quaternion): number {
  return f(1 / f(Math.sqrt(q.X * q.X + q.Y * q.Y + q.Z * q.Z + q.W * q.W)));
}

export class Quaternion {
  readonly X: float;
  readonly Y: float;
  readonly Z: float;
  readonly W: float;
  static readonly Identity: Quaternion = new Quaternion(0, 0, 0, 1);
  static readonly Zero: Quaternion = new Quaternion(0, 0, 0, 0);

  constructor(x: float, y: float, z: float, w: float);
  constructor(vectorPart: Vector3, scalarPart: float);
  constructor(a: float | Vector3, b: float, c?: float, d?: float) {
    if (typeof a === "number") {
      this.X = f(a);
      this.Y = f(b);
      this.Z = f(c as number);
      this.W = f(d as number);
    } else {
      this.X = a.X;
      this.Y = a.Y;
      this.Z = a.Z;
      this.W = f(b);
    }
  }

  /** The rotated forward (0, 0, -1). */
  get Forward(): Vector3 {
    const x2 = f(this.X + this.X), y2 = f(this.Y + this.Y), z2 = f(this.Z + this.Z);
    const wx = f(this.W * x2), wy = f(this.W * y2), xx = f(this.X * x2), xz = f(this.X * z2), yy = f(this.Y * y2), yz = f(this.Y * z2);
    return new Vector3(f(-xz - wy), f(wx - yz), f(f(xx + yy) - 1));
  }
  /** The rotated right (1, 0, 0). */
  get Right(): Vector3 {
    const y2 = f(this.Y + this.Y), z2 = f(this.Z + this.Z);
    const wy = f(this.W * y2), wz = f(this.W * z2), xy = f(this.X * y2), xz = f(this.X * z2), yy = f(this.Y * y2), zz = f(this.Z * z2);
    return new Vector3(f(f(1 - yy) - zz), f(xy + wz), f(xz - wy));
  }
  /** The rotated up (0, 1, 0). */
  get Up(): Vector3 {
    const x2 = f(this.X + this.X), y2 = f(this.Y + this.Y), z2 = f(this.Z + this.Z);
    const wx = f(this.W * x2), wz = f(this.W * z2), xx = f(this.X * x2), xy = f(this.X * y2), yz = f(this.Y * z2), zz = f(this.Z * z2);
    return new Vector3(f(xy - wz), f(f(1 - xx) - zz), f(yz + wx));
  }

  LengthSquared(): float {
    return dot4(this, this);
  }
  Length(): float {
    return f(Math.sqrt(this.X * this.X + this.Y * this.Y + this.Z * this.Z + this.W * this.W));
  }
  Equals(other: Quaternion): boolean;
  Equals(value: Quaternion, epsilon: float): boolean;
  Equals(other: Quaternion, epsilon?: float): boolean {
    if (epsilon === undefined) return this.X === other.X && this.Y === other.Y && this.Z === other.Z && this.W === other.W;
    const e = f(epsilon);
    return Math.abs(f(this.X - other.X)) < e && Math.abs(f(this.Y - other.Y)) < e && Math.abs(f(this.Z - other.Z)) < e && Math.abs(f(this.W - other.W)) < e;
  }
  ToVector4(): Vector4 {
    return new Vector4(this.X, this.Y, this.Z, this.W);
  }
  /** X, Y, Z, W for 0..3; 0 for any other index (the game only asserts in debug builds). */
  GetComponent(index: int): float {
    return index === 0 ? this.X : index === 1 ? this.Y : index === 2 ? this.Z : index === 3 ? this.W : 0;
  }
  /** The index of the largest |component| among Y, Z, W, compared against X itself (not |X|), as the game. */
  FindLargestIndex(): int {
    let index = 0;
    let largest = this.X;
    for (let i = 1; i < 4; i++) {
      const v = Math.abs(this.GetComponent(i));
      if (v > largest) {
        index = i;
        largest = v;
      }
    }
    return index;
  }
  /** C# `q.GetAxisAngle(out axis, out angle)`: pass two `Out` markers. */
  GetAxisAngle(axis: Out<Vector3>, angle: Out<float>): void {
    const s = new Vector3(this.X, this.Y, this.Z).Length();
    axis.value = s !== 0 ? new Vector3(f(this.X / s), f(this.Y / s), f(this.Z / s)) : new Vector3(this.X, this.Y, this.Z);
    angle.value = f(f(Math.atan2(s, this.W)) * 2);
  }

  static Add(quaternion1: Quaternion, quaternion2: Quaternion): Quaternion {
    const a = quaternion1, b = quaternion2;
    return new Quaternion(f(a.X + b.X), f(a.Y + b.Y), f(a.Z + b.Z), f(a.W + b.W));
  }
  static Subtract(quaternion1: Quaternion, quaternion2: Quaternion): Quaternion {
    const a = quaternion1, b = quaternion2;
    return new Quaternion(f(a.X - b.X), f(a.Y - b.Y), f(a.Z - b.Z), f(a.W - b.W));
  }
  static Negate(quaternion: Quaternion): Quaternion {
    const q = quaternion;
    return new Quaternion(-q.X, -q.Y, -q.Z, -q.W);
  }
  static Conjugate(value: Quaternion): Quaternion {
    return new Quaternion(-value.X, -value.Y, -value.Z, value.W);
  }
  static Dot(quaternion1: Quaternion, quaternion2: Quaternion): float {
    return dot4(quaternion1, quaternion2);
  }
  static Normalize(quaternion: Quaternion): Quaternion {
    const q = quaternion;
    const n = invLength(q);
    return new Quaternion(f(q.X * n), f(q.Y * n), f(q.Z * n), f(q.W * n));
  }
  static Inverse(quaternion: Quaternion): Quaternion {
    const q = quaternion;
    const n = f(1 / dot4(q, q));
    return new Quaternion(f(-q.X * n), f(-q.Y * n), f(-q.Z * n), f(q.W * n));
  }
  static IsZero(value: Quaternion): boolean;
  static IsZero(value: Quaternion, epsilon: float): boolean;
  static IsZero(value: Quaternion, epsilon: float = 0.0001): boolean {
    const e = f(epsilon);
    return Math.abs(value.X) < e && Math.abs(value.Y) < e && Math.abs(value.Z) < e && Math.abs(value.W) < e;
  }
  static FromVector4(v: Vector4): Quaternion {
    return new Quaternion(v.X, v.Y, v.Z, v.W);
  }
  static Multiply(quaternion1: Quaternion, quaternion2: Quaternion): Quaternion;
  static Multiply(quaternion1: Quaternion, scaleFactor: float): Quaternion;
  static Multiply(quaternion1: Quaternion, b: Quaternion | float): Quaternion {
    const a = quaternion1;
    if (typeof b === "number") {
      const s = f(b);
      return new Quaternion(f(a.X * s), f(a.Y * s), f(a.Z * s), f(a.W * s));
    }
    return product(a.X, a.Y, a.Z, a.W, b.X, b.Y, b.Z, b.W);
  }
  /** value2 applied after value1: Multiply(value2, value1). */
  static Concatenate(value1: Quaternion, value2: Quaternion): Quaternion {
    return product(value2.X, value2.Y, value2.Z, value2.W, value1.X, value1.Y, value1.Z, value1.W);
  }
  static Divide(quaternion1: Quaternion, quaternion2: Quaternion): Quaternion {
    const a = quaternion1, b = quaternion2;
    const n = f(1 / dot4(b, b));
    return product(a.X, a.Y, a.Z, a.W, f(-b.X * n), f(-b.Y * n), f(-b.Z * n), f(b.W * n));
  }
  static CreateFromAxisAngle(axis: Vector3, angle: float): Quaternion {
    const h = f(f(angle) * 0.5);
    const s = f(Math.sin(h));
    const c = f(Math.cos(h));
    return new Quaternion(f(axis.X * s), f(axis.Y * s), f(axis.Z * s), c);
  }
  static CreateFromYawPitchRoll(yaw: float, pitch: float, roll: float): Quaternion {
    const r = f(f(roll) * 0.5), p = f(f(pitch) * 0.5), y = f(f(yaw) * 0.5);
    const sr = f(Math.sin(r)), cr = f(Math.cos(r));
    const sp = f(Math.sin(p)), cp = f(Math.cos(p));
    const sy = f(Math.sin(y)), cy = f(Math.cos(y));
    // the products and sums in double, rounded once per component
    return new Quaternion(cy * sp * cr + sy * cp * sr, sy * cp * cr - cy * sp * sr, cy * cp * sr - sy * sp * cr, cy * cp * cr + sy * sp * sr);
  }
  /** The rotation taking -Z to `forward` and +Y towards `up` (for unit, perpendicular vectors, as the game says). */
  static CreateFromForwardUp(forward: Vector3, up: Vector3): Quaternion {
    const back = new Vector3(-forward.X, -forward.Y, -forward.Z);
    const right = Vector3.Cross(up, back);
    const u = Vector3.Cross(back, right);
    return fromRotation(right.X, right.Y, right.Z, u.X, u.Y, u.Z, back.X, back.Y, back.Z, false);
  }
  /** The rotation of a rotation matrix (its upper 3x3). */
  static CreateFromRotationMatrix(matrix: Matrix): Quaternion {
    const m = matrix;
    return fromRotation(m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33, true);
  }
  /** The shortest rotation from firstVector to secondVector (normalized; NaN for opposite unit vectors, as the game). */
  static CreateFromTwoVectors(firstVector: Vector3, secondVector: Vector3): Quaternion {
    const c = Vector3.Cross(firstVector, secondVector);
    const q = new Quaternion(c.X, c.Y, c.Z, Vector3.Dot(firstVector, secondVector));
    return Quaternion.Normalize(new Quaternion(q.X, q.Y, q.Z, f(q.W + q.Length())));
  }
  static Lerp(quaternion1: Quaternion, quaternion2: Quaternion, amount: float): Quaternion {
    const a = quaternion1, b = quaternion2;
    const t = f(amount), s = f(1 - t);
    const same = a.X * b.X + a.Y * b.Y + a.Z * b.Z + a.W * b.W >= 0;
    const mix = (x: number, y: number) => (same ? s * x + t * y : s * x - t * y);
    return Quaternion.Normalize(new Quaternion(mix(a.X, b.X), mix(a.Y, b.Y), mix(a.Z, b.Z), mix(a.W, b.W)));
  }
  static Slerp(quaternion1: Quaternion, quaternion2: Quaternion, amount: float): Quaternion {
    const a = quaternion1, b = quaternion2;
    const t = f(amount);
    let cos = dot4(a, b);
    let flip = false;
    if (cos < 0) {
      flip = true;
      cos = -cos;
    }
    let s1: number, s2: number;
    if (cos > 0.999998986721039) {
      s1 = f(1 - t);
      s2 = flip ? -t : t;
    } else {
      const ang = f(Math.acos(cos));
      const inv = f(1.0 / Math.sin(ang));
      s1 = f(f(Math.sin((1.0 - t) * ang)) * inv);
      s2 = flip ? f(f(-Math.sin(t * ang)) * inv) : f(f(Math.sin(t * ang)) * inv);
    }
    // each component mixed in double, rounded once
    return new Quaternion(s1 * a.X + s2 * b.X, s1 * a.Y + s2 * b.Y, s1 * a.Z + s2 * b.Z, s1 * a.W + s2 * b.W);
  }
}

/** Hamilton product (x1..w1)*(x2..w2) in the game's precision: cross terms and sums in double, rounded once each. */
function product(x1: number, y1: number, z1: number, w1: number, x2: number, y2: number, z2: number, w2: number): Quaternion {
  const cx = f(y1 * z2 - z1 * y2);
  const cy = f(z1 * x2 - x1 * z2);
  const cz = f(x1 * y2 - y1 * x2);
  const d = f(x1 * x2 + y1 * y2 + z1 * z2);
  return new Quaternion(f(f(x1 * w2 + x2 * w1) + cx), f(f(y1 * w2 + y2 * w1) + cy), f(f(z1 * w2 + z2 * w1) + cz), f(f(w1 * w2) - d));
}

/**
 * A quaternion from the rows (right, up, backward) of a rotation. `viaMatrix`: the game's
 * CreateFromRotationMatrix, whose square roots take a double sum; CreateFromForwardUp sums in float.
 */
function fromRotation(m11: number, m12: number, m13: number, m21: number, m22: number, m23: number, m31: number, m32: number, m33: number, viaMatrix: boolean): Quaternion {
  const trace = f(f(m11 + m22) + m33);
  const root = (a: number, b: number, c: number) => f(Math.sqrt(viaMatrix ? 1.0 + a - b - c : f(f(f(1 + a) - b) - c)));
  if (trace > 0) {
    const r = f(Math.sqrt(viaMatrix ? trace + 1.0 : f(trace + 1)));
    const k = f(0.5 / r);
    return new Quaternion(f(f(m23 - m32) * k), f(f(m31 - m13) * k), f(f(m12 - m21) * k), f(r * 0.5));
  }
  if (m11 >= m22 && m11 >= m33) {
    const r = root(m11, m22, m33);
    const k = f(0.5 / r);
    return new Quaternion(f(0.5 * r), f(f(m12 + m21) * k), f(f(m13 + m31) * k), f(f(m23 - m32) * k));
  }
  if (m22 > m33) {
    const r = root(m22, m11, m33);
    const k = f(0.5 / r);
    return new Quaternion(f(f(m21 + m12) * k), f(0.5 * r), f(f(m32 + m23) * k), f(f(m31 - m13) * k));
  }
  const r = root(m33, m11, m22);
  const k = f(0.5 / r);
  return new Quaternion(f(f(m31 + m13) * k), f(f(m32 + m23) * k), f(0.5 * r), f(f(m12 - m21) * k));
}
