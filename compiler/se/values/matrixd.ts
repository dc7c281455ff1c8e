// VRageMath.MatrixD: a row-major 4x4 double matrix (XNA convention: row vectors, translation in row 4).
// A struct in C#: fields readonly here; the C# property setters (m.Translation = v) and the mutating
// instance methods are not offered (build a new matrix; see README).
import type { double, int } from "../prelude.ts";
import { Vector3D } from "./vector3d.ts";
import { Vector4D } from "./vectors.ts";
import type { QuaternionD } from "./quaterniond.ts";
import { Quaternion } from "./quaternion.ts";
import { Matrix } from "./matrix.ts";
import { Base6Directions } from "./base6.ts";

type M16 = [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

export class MatrixD {
  readonly M11: double;
  readonly M12: double;
  readonly M13: double;
  readonly M14: double;
  readonly M21: double;
  readonly M22: double;
  readonly M23: double;
  readonly M24: double;
  readonly M31: double;
  readonly M32: double;
  readonly M33: double;
  readonly M34: double;
  readonly M41: double;
  readonly M42: double;
  readonly M43: double;
  readonly M44: double;

  static readonly Identity: MatrixD = new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
  static readonly Zero: MatrixD = new MatrixD(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  constructor(m11: double, m12: double, m13: double, m14: double, m21: double, m22: double, m23: double, m24: double, m31: double, m32: double, m33: double, m34: double, m41: double, m42: double, m43: double, m44: double);
  constructor(m11: double, m12: double, m13: double, m21: double, m22: double, m23: double, m31: double, m32: double, m33: double);
  constructor(...m: number[]) {
    const v: M16 = m.length === 9 ? [m[0], m[1], m[2], 0, m[3], m[4], m[5], 0, m[6], m[7], m[8], 0, 0, 0, 0, 1] : (m as M16);
    [this.M11, this.M12, this.M13, this.M14, this.M21, this.M22, this.M23, this.M24, this.M31, this.M32, this.M33, this.M34, this.M41, this.M42, this.M43, this.M44] = v;
  }

  private static of(v: M16): MatrixD {
    return new MatrixD(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
  }
  private arr(): M16 {
    return [this.M11, this.M12, this.M13, this.M14, this.M21, this.M22, this.M23, this.M24, this.M31, this.M32, this.M33, this.M34, this.M41, this.M42, this.M43, this.M44];
  }
  /** This matrix with rows 1-3 (the 3x3 part) replaced. */
  private withRows(right: Vector3D, up: Vector3D, backward: Vector3D): MatrixD {
    return new MatrixD(right.X, right.Y, right.Z, this.M14, up.X, up.Y, up.Z, this.M24, backward.X, backward.Y, backward.Z, this.M34, this.M41, this.M42, this.M43, this.M44);
  }

  get Col0(): Vector3D {
    return new Vector3D(this.M11, this.M21, this.M31);
  }
  get Col1(): Vector3D {
    return new Vector3D(this.M12, this.M22, this.M32);
  }
  get Col2(): Vector3D {
    return new Vector3D(this.M13, this.M23, this.M33);
  }
  get Right(): Vector3D {
    return new Vector3D(this.M11, this.M12, this.M13);
  }
  get Left(): Vector3D {
    return new Vector3D(-this.M11, -this.M12, -this.M13);
  }
  get Up(): Vector3D {
    return new Vector3D(this.M21, this.M22, this.M23);
  }
  get Down(): Vector3D {
    return new Vector3D(-this.M21, -this.M22, -this.M23);
  }
  get Backward(): Vector3D {
    return new Vector3D(this.M31, this.M32, this.M33);
  }
  get Forward(): Vector3D {
    return new Vector3D(-this.M31, -this.M32, -this.M33);
  }
  get Translation(): Vector3D {
    return new Vector3D(this.M41, this.M42, this.M43);
  }
  get Scale(): Vector3D {
    return new Vector3D(this.Right.Length(), this.Up.Length(), this.Forward.Length());
  }

  /** The row vector of a direction (Forward is -row 3). */
  GetDirectionVector(direction: Base6Directions.Direction): Vector3D {
    const D = Base6Directions.Direction;
    switch (direction) {
      case D.Forward:
        return this.Forward;
      case D.Backward:
        return this.Backward;
      case D.Left:
        return this.Left;
      case D.Right:
        return this.Right;
      case D.Up:
        return this.Up;
      case D.Down:
        return this.Down;
      default:
        return Vector3D.Zero;
    }
  }
  /** The matrix direction closest to `referenceVector` (largest absolute dot product). */
  GetClosestDirection(referenceVector: Vector3D): Base6Directions.Direction {
    const D = Base6Directions.Direction;
    const dx = Vector3D.Dot(referenceVector, this.Right), dy = Vector3D.Dot(referenceVector, this.Up), dz = Vector3D.Dot(referenceVector, this.Backward);
    const ax = Math.abs(dx), ay = Math.abs(dy), az = Math.abs(dz);
    if (ax > ay) {
      if (ax > az) return dx > 0 ? D.Right : D.Left;
      return dz > 0 ? D.Backward : D.Forward;
    }
    if (ay > az) return dy > 0 ? D.Up : D.Down;
    return dz > 0 ? D.Backward : D.Forward;
  }
  Determinant(): double {
    const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16] = this.arr();
    const n17 = n11 * n16 - n12 * n15;
    const n18 = n10 * n16 - n12 * n14;
    const n19 = n10 * n15 - n11 * n14;
    const n20 = n9 * n16 - n12 * n13;
    const n21 = n9 * n15 - n11 * n13;
    const n22 = n9 * n14 - n10 * n13;
    return n1 * (n6 * n17 - n7 * n18 + n8 * n19) - n2 * (n5 * n17 - n7 * n20 + n8 * n21) + n3 * (n5 * n18 - n6 * n20 + n8 * n22) - n4 * (n5 * n19 - n6 * n21 + n7 * n22);
  }
  Equals(other: MatrixD): boolean {
    const a = this.arr(), b = other.arr();
    return a.every((x, i) => x === b[i]);
  }
  GetOrientation(): MatrixD {
    return MatrixD.Identity.withRows(this.Right, this.Up, this.Backward);
  }
  GetRow(row: int): Vector4D {
    const a = this.arr();
    if (row < 0 || row > 3) throw new Error("Index was outside the bounds of the array.");
    return new Vector4D(a[row * 4], a[row * 4 + 1], a[row * 4 + 2], a[row * 4 + 3]);
  }
  HasNoTranslationOrPerspective(): boolean {
    const eps = Math.fround(0.0001);
    if (this.M41 + this.M42 + this.M43 + this.M34 + this.M24 + this.M14 > eps) return false;
    return !(Math.abs(this.M44 - 1.0) > eps);
  }
  /** Rows of (squared) length below 1 + epsilon and Right perpendicular to Up and Forward; as the game, |x|^2 is taken before subtracting 1, so short rows pass too. */
  IsOrthogonal(): boolean;
  IsOrthogonal(epsilon: double): boolean;
  IsOrthogonal(epsilon: double = 0.0001): boolean {
    const r = this.Right, u = this.Up, f = this.Forward;
    return Math.abs(u.LengthSquared()) - 1.0 < epsilon && Math.abs(r.LengthSquared()) - 1.0 < epsilon && Math.abs(f.LengthSquared()) - 1.0 < epsilon && Math.abs(r.Dot(u)) < epsilon && Math.abs(r.Dot(f)) < epsilon;
  }
  IsRotation(): boolean {
    const eps = 0.01; // the current game's build (Keen's older source had 0.01f)
    if (!this.HasNoTranslationOrPerspective()) return false;
    const r = this.Right, u = this.Up, b = this.Backward;
    if (Math.abs(r.Dot(u)) > eps || Math.abs(r.Dot(b)) > eps || Math.abs(u.Dot(b)) > eps) return false;
    if (Math.abs(r.LengthSquared() - 1) > eps || Math.abs(u.LengthSquared() - 1) > eps || Math.abs(b.LengthSquared() - 1) > eps) return false;
    return true;
  }
  IsMirrored(): boolean {
    return this.Determinant() < 0;
  }
  IsNan(): boolean {
    return Number.isNaN(this.arr().reduce((s, x) => s + x, 0));
  }
  IsValid(): boolean {
    return Number.isFinite(this.arr().reduce((s, x) => s + x, 0));
  }

  // ---- static ----
  static Add(matrix1: MatrixD, matrix2: MatrixD): MatrixD {
    const a = matrix1.arr(), b = matrix2.arr();
    return MatrixD.of(a.map((x, i) => x + b[i]) as M16);
  }
  static Subtract(matrix1: MatrixD, matrix2: MatrixD): MatrixD {
    const a = matrix1.arr(), b = matrix2.arr();
    return MatrixD.of(a.map((x, i) => x - b[i]) as M16);
  }
  static Negate(matrix: MatrixD): MatrixD {
    return MatrixD.of(matrix.arr().map((x) => -x) as M16);
  }
  static Multiply(matrix1: MatrixD, matrix2: MatrixD): MatrixD;
  static Multiply(matrix1: MatrixD, scaleFactor: double): MatrixD;
  static Multiply(matrix1: MatrixD, m2: MatrixD | double): MatrixD {
    const a = matrix1.arr();
    if (typeof m2 === "number") return MatrixD.of(a.map((x) => x * m2) as M16);
    const b = m2.arr();
    const r = new Array<number>(16);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) r[i * 4 + j] = a[i * 4] * b[j] + a[i * 4 + 1] * b[4 + j] + a[i * 4 + 2] * b[8 + j] + a[i * 4 + 3] * b[12 + j];
    return MatrixD.of(r as M16);
  }
  static Divide(matrix1: MatrixD, matrix2: MatrixD): MatrixD;
  static Divide(matrix1: MatrixD, divider: double): MatrixD;
  static Divide(matrix1: MatrixD, m2: MatrixD | double): MatrixD {
    const a = matrix1.arr();
    if (typeof m2 === "number") {
      const n = 1 / m2;
      return MatrixD.of(a.map((x) => x * n) as M16);
    }
    const b = m2.arr();
    return MatrixD.of(a.map((x, i) => x / b[i]) as M16);
  }
  static Lerp(matrix1: MatrixD, matrix2: MatrixD, amount: double): MatrixD {
    const a = matrix1.arr(), b = matrix2.arr();
    return MatrixD.of(a.map((x, i) => x + (b[i] - x) * amount) as M16);
  }
  static Transpose(matrix: MatrixD): MatrixD {
    const a = matrix.arr();
    return new MatrixD(a[0], a[4], a[8], a[12], a[1], a[5], a[9], a[13], a[2], a[6], a[10], a[14], a[3], a[7], a[11], a[15]);
  }
  static Invert(matrix: MatrixD): MatrixD {
    const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16] = matrix.arr();
    const n17 = n11 * n16 - n12 * n15;
    const n18 = n10 * n16 - n12 * n14;
    const n19 = n10 * n15 - n11 * n14;
    const n20 = n9 * n16 - n12 * n13;
    const n21 = n9 * n15 - n11 * n13;
    const n22 = n9 * n14 - n10 * n13;
    const n23 = n6 * n17 - n7 * n18 + n8 * n19;
    const n24 = -(n5 * n17 - n7 * n20 + n8 * n21);
    const n25 = n5 * n18 - n6 * n20 + n8 * n22;
    const n26 = -(n5 * n19 - n6 * n21 + n7 * n22);
    const n27 = 1.0 / (n1 * n23 + n2 * n24 + n3 * n25 + n4 * n26);
    const n28 = n7 * n16 - n8 * n15;
    const n29 = n6 * n16 - n8 * n14;
    const n30 = n6 * n15 - n7 * n14;
    const n31 = n5 * n16 - n8 * n13;
    const n32 = n5 * n15 - n7 * n13;
    const n33 = n5 * n14 - n6 * n13;
    const n34 = n7 * n12 - n8 * n11;
    const n35 = n6 * n12 - n8 * n10;
    const n36 = n6 * n11 - n7 * n10;
    const n37 = n5 * n12 - n8 * n9;
    const n38 = n5 * n11 - n7 * n9;
    const n39 = n5 * n10 - n6 * n9;
    return new MatrixD(
      n23 * n27,
      -(n2 * n17 - n3 * n18 + n4 * n19) * n27,
      (n2 * n28 - n3 * n29 + n4 * n30) * n27,
      -(n2 * n34 - n3 * n35 + n4 * n36) * n27,
      n24 * n27,
      (n1 * n17 - n3 * n20 + n4 * n21) * n27,
      -(n1 * n28 - n3 * n31 + n4 * n32) * n27,
      (n1 * n34 - n3 * n37 + n4 * n38) * n27,
      n25 * n27,
      -(n1 * n18 - n2 * n20 + n4 * n22) * n27,
      (n1 * n29 - n2 * n31 + n4 * n33) * n27,
      -(n1 * n35 - n2 * n37 + n4 * n39) * n27,
      n26 * n27,
      (n1 * n19 - n2 * n21 + n3 * n22) * n27,
      -(n1 * n30 - n2 * n32 + n3 * n33) * n27,
      (n1 * n36 - n2 * n38 + n3 * n39) * n27,
    );
  }
  static CreateTranslation(position: Vector3D): MatrixD;
  static CreateTranslation(xPosition: double, yPosition: double, zPosition: double): MatrixD;
  static CreateTranslation(a: Vector3D | double, y?: double, z?: double): MatrixD {
    const p = typeof a === "number" ? new Vector3D(a, y!, z!) : a;
    return new MatrixD(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, p.X, p.Y, p.Z, 1);
  }
  static CreateScale(xScale: double, yScale: double, zScale: double): MatrixD;
  static CreateScale(scales: Vector3D): MatrixD;
  static CreateScale(scale: double): MatrixD;
  static CreateScale(a: Vector3D | double, y?: double, z?: double): MatrixD {
    const s = typeof a === "number" ? (y === undefined ? new Vector3D(a) : new Vector3D(a, y, z!)) : a;
    return new MatrixD(s.X, 0, 0, 0, 0, s.Y, 0, 0, 0, 0, s.Z, 0, 0, 0, 0, 1);
  }
  static CreateRotationX(radians: double): MatrixD {
    const c = Math.cos(radians), s = Math.sin(radians);
    return new MatrixD(1, 0, 0, 0, 0, c, s, 0, 0, -s, c, 0, 0, 0, 0, 1);
  }
  static CreateRotationY(radians: double): MatrixD {
    const c = Math.cos(radians), s = Math.sin(radians);
    return new MatrixD(c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, 0, 1);
  }
  static CreateRotationZ(radians: double): MatrixD {
    const c = Math.cos(radians), s = Math.sin(radians);
    return new MatrixD(c, s, 0, 0, -s, c, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
  }
  static CreateFromAxisAngle(axis: Vector3D, angle: double): MatrixD {
    const x = axis.X, y = axis.Y, z = axis.Z;
    const s = Math.sin(angle), c = Math.cos(angle);
    const xx = x * x, yy = y * y, zz = z * z, xy = x * y, xz = x * z, yz = y * z;
    return new MatrixD(
      xx + c * (1 - xx), xy - c * xy + s * z, xz - c * xz - s * y, 0,
      xy - c * xy - s * z, yy + c * (1 - yy), yz - c * yz + s * x, 0,
      xz - c * xz + s * y, yz - c * yz - s * x, zz + c * (1 - zz), 0,
      0, 0, 0, 1,
    );
  }
  static CreateFromQuaternion(quaternion: QuaternionD): MatrixD;
  static CreateFromQuaternion(quaternion: Quaternion): MatrixD;
  static CreateFromQuaternion(quaternion: QuaternionD | Quaternion): MatrixD {
    if (quaternion instanceof Quaternion) return fromFloatQuaternion(quaternion);
    const q = quaternion;
    const n1 = q.X * q.X, n2 = q.Y * q.Y, n3 = q.Z * q.Z;
    const n4 = q.X * q.Y, n5 = q.Z * q.W, n6 = q.Z * q.X, n7 = q.Y * q.W, n8 = q.Y * q.Z, n9 = q.X * q.W;
    return new MatrixD(
      1.0 - 2.0 * (n2 + n3), 2.0 * (n4 + n5), 2.0 * (n6 - n7), 0,
      2.0 * (n4 - n5), 1.0 - 2.0 * (n3 + n1), 2.0 * (n8 + n9), 0,
      2.0 * (n6 + n7), 2.0 * (n8 - n9), 1.0 - 2.0 * (n2 + n1), 0,
      0, 0, 0, 1,
    );
  }
  /**
   * A rotation by yaw (Y), pitch (X) and roll (Z), computed as the game does: through a single-precision
   * Quaternion (the angles rounded to float), its products in float, the matrix in double.
   */
  static CreateFromYawPitchRoll(yaw: double, pitch: double, roll: double): MatrixD {
    return fromFloatQuaternion(Quaternion.CreateFromYawPitchRoll(Math.fround(yaw), Math.fround(pitch), Math.fround(roll)));
  }
  /**
   * Rotation through the float Quaternion.Slerp of the two rotations (each matrix rounded to a float
   * Matrix first, the amount to float), translation interpolated in double, as the game does.
   */
  static Slerp(matrix1: MatrixD, matrix2: MatrixD, amount: double): MatrixD {
    const q = Quaternion.Slerp(floatRotation(matrix1), floatRotation(matrix2), Math.fround(amount));
    return lerpTranslation(fromFloatQuaternion(q), matrix1, matrix2, amount);
  }
  /** Slerp of the normalized rotations with the scales interpolated; Zero when a scale's squared length is below 0.01f. */
  static SlerpScale(matrix1: MatrixD, matrix2: MatrixD, amount: double): MatrixD {
    const s1 = matrix1.Scale, s2 = matrix2.Scale;
    const min = Math.fround(0.01);
    if (s1.LengthSquared() < min || s2.LengthSquared() < min) return MatrixD.Zero;
    const q = Quaternion.Slerp(floatRotation(MatrixD.Normalize(matrix1)), floatRotation(MatrixD.Normalize(matrix2)), Math.fround(amount));
    const r = MatrixD.Rescale(fromFloatQuaternion(q), Vector3D.Lerp(s1, s2, amount));
    return lerpTranslation(r, matrix1, matrix2, amount);
  }
  /** Every row rotated by a float quaternion (its doubled terms in float, the rest in double). */
  static Transform(value: MatrixD, rotation: Quaternion): MatrixD {
    const q = rotation;
    const x2 = Math.fround(q.X + q.X), y2 = Math.fround(q.Y + q.Y), z2 = Math.fround(q.Z + q.Z);
    const wx = q.W * x2, wy = q.W * y2, wz = q.W * z2, xx = q.X * x2, xy = q.X * y2, xz = q.X * z2, yy = q.Y * y2, yz = q.Y * z2, zz = q.Z * z2;
    const r = [1 - yy - zz, xy - wz, xz + wy, xy + wz, 1 - xx - zz, yz - wx, xz - wy, yz + wx, 1 - xx - yy];
    const a = value.arr();
    const out: number[] = [];
    for (let row = 0; row < 4; row++) {
      const [p, s, t] = [a[row * 4], a[row * 4 + 1], a[row * 4 + 2]];
      out.push(p * r[0] + s * r[1] + t * r[2], p * r[3] + s * r[4] + t * r[5], p * r[6] + s * r[7] + t * r[8], a[row * 4 + 3]);
    }
    return MatrixD.of(out as M16);
  }
  /** The float quaternion's rotation, then `position` as translation, the rows scaled by `scale`. */
  static CreateFromTransformScale(orientation: Quaternion, position: Vector3D, scale: Vector3D): MatrixD {
    const m = fromFloatQuaternion(orientation);
    return MatrixD.Rescale(new MatrixD(m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, position.X, position.Y, position.Z, m.M44), scale);
  }
  /**
   * A billboard at objectPosition facing the camera: its backward row points from the camera to the
   * object (cameraForwardVector negated, or Forward, when they are closer than 0.01).
   */
  static CreateBillboard(objectPosition: Vector3D, cameraPosition: Vector3D, cameraUpVector: Vector3D, cameraForwardVector: Vector3D | null): MatrixD {
    const back = billboardBack(objectPosition, cameraPosition, cameraForwardVector);
    const right = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, back));
    const up = Vector3D.Cross(back, right);
    const p = objectPosition;
    return new MatrixD(right.X, right.Y, right.Z, 0, up.X, up.Y, up.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
  }
  /** A billboard turning about rotateAxis only (its up row), as the game's (XNA's) constrained billboard. */
  static CreateConstrainedBillboard(objectPosition: Vector3D, cameraPosition: Vector3D, rotateAxis: Vector3D, cameraForwardVector: Vector3D | null, objectForwardVector: Vector3D | null): MatrixD {
    const toObject = billboardBack(objectPosition, cameraPosition, cameraForwardVector);
    const a = rotateAxis;
    const limit = 0.998254656791687;
    // |rotateAxis . Forward|, written out as the game does (0 * an infinity is NaN)
    const alongForward = () => (Math.abs(a.X * 0 + a.Y * 0 + a.Z * -1) > limit ? Vector3D.Right : Vector3D.Forward);
    let right: Vector3D, back: Vector3D;
    if (Math.abs(Vector3D.Dot(a, toObject)) > limit) {
      let fwd: Vector3D;
      if (objectForwardVector !== null) {
        fwd = objectForwardVector;
        if (Math.abs(Vector3D.Dot(a, fwd)) > limit) fwd = alongForward();
      } else fwd = alongForward();
      right = Vector3D.Normalize(Vector3D.Cross(a, fwd));
      back = Vector3D.Normalize(Vector3D.Cross(right, a));
    } else {
      right = Vector3D.Normalize(Vector3D.Cross(a, toObject));
      back = Vector3D.Normalize(Vector3D.Cross(right, a));
    }
    const p = objectPosition;
    return new MatrixD(right.X, right.Y, right.Z, 0, a.X, a.Y, a.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
  }
  /** The camera's world matrix (CreateLookAt's inverse for a rigid camera). */
  static CreateLookAtInverse(cameraPosition: Vector3D, cameraTarget: Vector3D, cameraUpVector: Vector3D): MatrixD {
    const z = Vector3D.Normalize(Vector3D.Subtract(cameraPosition, cameraTarget));
    const x = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, z));
    const y = Vector3D.Cross(z, x);
    const p = cameraPosition;
    return new MatrixD(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, p.X, p.Y, p.Z, 1);
  }
  static CreateWorld(position: Vector3D): MatrixD;
  static CreateWorld(position: Vector3D, forward: Vector3D, up: Vector3D): MatrixD;
  static CreateWorld(position: Vector3D, forward: Vector3D = Vector3D.Forward, up: Vector3D = Vector3D.Up): MatrixD {
    const back = Vector3D.Normalize(Vector3D.Negate(forward));
    const right = Vector3D.Normalize(Vector3D.Cross(up, back));
    const u = Vector3D.Cross(back, right);
    return new MatrixD(right.X, right.Y, right.Z, 0, u.X, u.Y, u.Z, 0, back.X, back.Y, back.Z, 0, position.X, position.Y, position.Z, 1);
  }
  static CreateLookAt(cameraPosition: Vector3D, cameraTarget: Vector3D, cameraUpVector: Vector3D): MatrixD {
    const z = Vector3D.Normalize(Vector3D.Subtract(cameraPosition, cameraTarget));
    const x = Vector3D.Normalize(Vector3D.Cross(cameraUpVector, z));
    const y = Vector3D.Cross(z, x);
    return new MatrixD(x.X, y.X, z.X, 0, x.Y, y.Y, z.Y, 0, x.Z, y.Z, z.Z, 0, -Vector3D.Dot(x, cameraPosition), -Vector3D.Dot(y, cameraPosition), -Vector3D.Dot(z, cameraPosition), 1);
  }
  static CreateFromDir(dir: Vector3D): MatrixD;
  static CreateFromDir(dir: Vector3D, suggestedUp: Vector3D): MatrixD;
  static CreateFromDir(dir: Vector3D, suggestedUp?: Vector3D): MatrixD {
    if (suggestedUp !== undefined) {
      const right = Vector3D.Cross(dir, suggestedUp);
      return MatrixD.CreateWorld(Vector3D.Zero, dir, Vector3D.Cross(right, dir));
    }
    let right = new Vector3D(0, 0, 1);
    let up: Vector3D;
    const d = dir.Z;
    if (d > -0.99999 && d < 0.99999) {
      right = Vector3D.Normalize(Vector3D.Subtract(right, Vector3D.Multiply(dir, d)));
      up = Vector3D.Cross(dir, right);
    } else {
      right = new Vector3D(dir.Z, 0, -dir.X);
      up = new Vector3D(0, 1, 0);
    }
    return MatrixD.Identity.withRows(right, up, Vector3D.Negate(dir));
  }
  static Normalize(matrix: MatrixD): MatrixD {
    return matrix.withRows(Vector3D.Normalize(matrix.Right), Vector3D.Normalize(matrix.Up), Vector3D.Negate(Vector3D.Normalize(matrix.Forward)));
  }
  static Orthogonalize(rotationMatrix: MatrixD): MatrixD {
    const r = Vector3D.Normalize(rotationMatrix.Right);
    const u0 = rotationMatrix.Up;
    const u = Vector3D.Normalize(Vector3D.Subtract(u0, Vector3D.Multiply(r, u0.Dot(r))));
    const b0 = rotationMatrix.Backward;
    const b = Vector3D.Normalize(Vector3D.Subtract(Vector3D.Subtract(b0, Vector3D.Multiply(r, b0.Dot(r))), Vector3D.Multiply(u, b0.Dot(u))));
    return rotationMatrix.withRows(r, u, b);
  }
  static Rescale(matrix: MatrixD, scale: double): MatrixD;
  static Rescale(matrix: MatrixD, scale: Vector3D): MatrixD;
  static Rescale(matrix: MatrixD, scale: Vector3D | double): MatrixD {
    const s = typeof scale === "number" ? new Vector3D(scale) : scale;
    const m = matrix;
    return new MatrixD(m.M11 * s.X, m.M12 * s.X, m.M13 * s.X, m.M14, m.M21 * s.Y, m.M22 * s.Y, m.M23 * s.Y, m.M24, m.M31 * s.Z, m.M32 * s.Z, m.M33 * s.Z, m.M34, m.M41, m.M42, m.M43, m.M44);
  }
  /** Keen's: Right and Translation swapped, Up from Forward, Forward from Up negated; the 4th column kept. */
  static SwapYZCoordinates(m: MatrixD): MatrixD {
    const r = Vector3D.SwapYZCoordinates(m.Right), u = Vector3D.SwapYZCoordinates(m.Forward);
    const b = Vector3D.SwapYZCoordinates(m.Up), t = Vector3D.SwapYZCoordinates(m.Translation);
    return new MatrixD(r.X, r.Y, r.Z, m.M14, u.X, u.Y, u.Z, m.M24, b.X, b.Y, b.Z, m.M34, t.X, t.Y, t.Z, m.M44);
  }
  static CreateOrthographic(width: double, height: double, zNearPlane: double, zFarPlane: double): MatrixD {
    return new MatrixD(2.0 / width, 0, 0, 0, 0, 2.0 / height, 0, 0, 0, 0, 1.0 / (zNearPlane - zFarPlane), 0, 0, 0, zNearPlane / (zNearPlane - zFarPlane), 1);
  }
  static CreateOrthographicOffCenter(left: double, right: double, bottom: double, top: double, zNearPlane: double, zFarPlane: double): MatrixD {
    return new MatrixD(
      2.0 / (right - left), 0, 0, 0,
      0, 2.0 / (top - bottom), 0, 0,
      0, 0, 1.0 / (zNearPlane - zFarPlane), 0,
      (left + right) / (left - right), (top + bottom) / (bottom - top), zNearPlane / (zNearPlane - zFarPlane), 1,
    );
  }
  static CreatePerspective(width: double, height: double, nearPlaneDistance: double, farPlaneDistance: double): MatrixD {
    const n = nearPlaneDistance, fa = farPlaneDistance;
    return new MatrixD(2.0 * n / width, 0, 0, 0, 0, 2.0 * n / height, 0, 0, 0, 0, fa / (n - fa), -1, 0, 0, n * fa / (n - fa), 0);
  }
  static CreatePerspectiveFieldOfView(fieldOfView: double, aspectRatio: double, nearPlaneDistance: double, farPlaneDistance: double): MatrixD {
    const yScale = 1.0 / Math.tan(fieldOfView * 0.5);
    const xScale = yScale / aspectRatio;
    const n = nearPlaneDistance, fa = farPlaneDistance;
    return new MatrixD(xScale, 0, 0, 0, 0, yScale, 0, 0, 0, 0, fa / (n - fa), -1, 0, 0, n * fa / (n - fa), 0);
  }
  static CreatePerspectiveOffCenter(left: double, right: double, bottom: double, top: double, nearPlaneDistance: double, farPlaneDistance: double): MatrixD {
    const n = nearPlaneDistance, fa = farPlaneDistance;
    return new MatrixD(
      2.0 * n / (right - left), 0, 0, 0,
      0, 2.0 * n / (top - bottom), 0, 0,
      (left + right) / (right - left), (top + bottom) / (top - bottom), fa / (n - fa), -1,
      0, 0, n * fa / (n - fa), 0,
    );
  }
}

/** A float quaternion's rotation in double: its squares and products rounded to float, the entries in double (the game's MatrixD.CreateFromQuaternion(Quaternion)). */
function fromFloatQuaternion(q: Quaternion): MatrixD {
  const f = Math.fround;
  const n1 = f(q.X * q.X), n2 = f(q.Y * q.Y), n3 = f(q.Z * q.Z);
  const n4 = f(q.X * q.Y), n5 = f(q.Z * q.W), n6 = f(q.Z * q.X), n7 = f(q.Y * q.W), n8 = f(q.Y * q.Z), n9 = f(q.X * q.W);
  return new MatrixD(
    1.0 - 2.0 * (n2 + n3), 2.0 * (n4 + n5), 2.0 * (n6 - n7), 0,
    2.0 * (n4 - n5), 1.0 - 2.0 * (n3 + n1), 2.0 * (n8 + n9), 0,
    2.0 * (n6 + n7), 2.0 * (n8 - n9), 1.0 - 2.0 * (n2 + n1), 0,
    0, 0, 0, 1,
  );
}
/** Quaternion.CreateFromRotationMatrix(ref MatrixD): the matrix cast to a float Matrix first. */
function floatRotation(m: MatrixD): Quaternion {
  return Quaternion.CreateFromRotationMatrix(new Matrix(m));
}
function lerpTranslation(m: MatrixD, a: MatrixD, b: MatrixD, t: number): MatrixD {
  const l = (x: number, y: number) => x + (y - x) * t;
  return new MatrixD(m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, l(a.M41, b.M41), l(a.M42, b.M42), l(a.M43, b.M43), m.M44);
}

/** The billboard's backward row: camera to object normalized, or -cameraForward (Forward) when closer than 0.01. */
function billboardBack(objectPosition: Vector3D, cameraPosition: Vector3D, cameraForward: Vector3D | null): Vector3D {
  const d = new Vector3D(objectPosition.X - cameraPosition.X, objectPosition.Y - cameraPosition.Y, objectPosition.Z - cameraPosition.Z);
  const l = d.LengthSquared();
  if (l < 9.99999974737875e-5) return cameraForward !== null ? Vector3D.Negate(cameraForward) : Vector3D.Forward;
  const k = 1 / Math.sqrt(l);
  return new Vector3D(d.X * k, d.Y * k, d.Z * k);
}
