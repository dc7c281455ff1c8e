// VRageMath.Quaternion (single precision): a struct in C#; fields readonly here. XNA's formulas as
// VRageMath keeps them, every float operation rounded with Math.fround as C# does on x64; sin, cos,
// acos, atan2 and sqrt run in double and are rounded once. Twin of
// compiler/csharp/stubs/handwritten/VRageMath.Quaternion.cs. The mutating instance methods
// (q.Normalize(), q.Conjugate()) are not offered: use Quaternion.Normalize(q), Quaternion.Conjugate(q).
import type { float, Out } from "../prelude.ts";
import { Vector3, Vector4 } from "./vectors.ts";

const f = Math.fround;

/** a*b + c*d + e*g + h*i in float, left to right. */
function dot4(a: number, b: number, c: number, d: number, e: number, g: number, h: number, i: number): number {
  return f(f(f(f(a * b) + f(c * d)) + f(e * g)) + f(h * i));
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

  LengthSquared(): float {
    return dot4(this.X, this.X, this.Y, this.Y, this.Z, this.Z, this.W, this.W);
  }
  Length(): float {
    return f(Math.sqrt(this.LengthSquared()));
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
  /** C# `q.GetAxisAngle(out axis, out angle)`: pass two `Out` markers. */
  GetAxisAngle(axis: Out<Vector3>, angle: Out<float>): void {
    const s = f(Math.sqrt(f(f(f(this.X * this.X) + f(this.Y * this.Y)) + f(this.Z * this.Z))));
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
    const a = quaternion1, b = quaternion2;
    return dot4(a.X, b.X, a.Y, b.Y, a.Z, b.Z, a.W, b.W);
  }
  static Normalize(quaternion: Quaternion): Quaternion {
    const q = quaternion;
    const n = f(1 / f(Math.sqrt(q.LengthSquared())));
    return new Quaternion(f(q.X * n), f(q.Y * n), f(q.Z * n), f(q.W * n));
  }
  static Inverse(quaternion: Quaternion): Quaternion {
    const q = quaternion;
    const n = f(1 / q.LengthSquared());
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
    const n = f(1 / b.LengthSquared());
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
    const m3 = (a: number, b: number, c: number) => f(f(a * b) * c);
    return new Quaternion(
      f(m3(cy, sp, cr) + m3(sy, cp, sr)),
      f(m3(sy, cp, cr) - m3(cy, sp, sr)),
      f(m3(cy, cp, sr) - m3(sy, sp, cr)),
      f(m3(cy, cp, cr) + m3(sy, sp, sr)),
    );
  }
  static Lerp(quaternion1: Quaternion, quaternion2: Quaternion, amount: float): Quaternion {
    const a = quaternion1, b = quaternion2;
    const t = f(amount), s = f(1 - t);
    const lin = (x: number, y: number, sign: number) => (sign > 0 ? f(f(s * x) + f(t * y)) : f(f(s * x) - f(t * y)));
    const sign = Quaternion.Dot(a, b) >= 0 ? 1 : -1;
    return Quaternion.Normalize(new Quaternion(lin(a.X, b.X, sign), lin(a.Y, b.Y, sign), lin(a.Z, b.Z, sign), lin(a.W, b.W, sign)));
  }
  static Slerp(quaternion1: Quaternion, quaternion2: Quaternion, amount: float): Quaternion {
    const a = quaternion1, b = quaternion2;
    const t = f(amount);
    let cos = Quaternion.Dot(a, b);
    let flip = false;
    if (cos < 0) {
      flip = true;
      cos = -cos;
    }
    let s1: number, s2: number;
    if (cos > f(0.999999)) {
      s1 = f(1 - t);
      s2 = flip ? -t : t;
    } else {
      const ang = f(Math.acos(cos));
      const inv = f(1 / Math.sin(ang));
      s1 = f(f(Math.sin(f(f(1 - t) * ang))) * inv);
      s2 = flip ? f(f(-Math.sin(f(t * ang))) * inv) : f(f(Math.sin(f(t * ang))) * inv);
    }
    const mix = (x: number, y: number) => f(f(s1 * x) + f(s2 * y));
    return new Quaternion(mix(a.X, b.X), mix(a.Y, b.Y), mix(a.Z, b.Z), mix(a.W, b.W));
  }
}

/** Hamilton product a*b in float, in the game's order of operations. */
function product(x1: number, y1: number, z1: number, w1: number, x2: number, y2: number, z2: number, w2: number): Quaternion {
  const n9 = f(f(y1 * z2) - f(z1 * y2));
  const n10 = f(f(z1 * x2) - f(x1 * z2));
  const n11 = f(f(x1 * y2) - f(y1 * x2));
  const n12 = f(f(f(x1 * x2) + f(y1 * y2)) + f(z1 * z2));
  const three = (a: number, b: number, c: number, d: number, e: number) => f(f(f(a * b) + f(c * d)) + e);
  return new Quaternion(three(x1, w2, x2, w1, n9), three(y1, w2, y2, w1, n10), three(z1, w2, z2, w1, n11), f(f(w1 * w2) - n12));
}
