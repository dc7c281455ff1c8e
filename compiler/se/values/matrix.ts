// VRageMath.Matrix: a row-major 4x4 single-precision matrix (XNA convention: row vectors, translation
// in row 4). A struct in C#: fields readonly here. Keen's VRage.Math formulas (read for the math, not
// copied): where the game widens to double (products' sums, determinants, inverse cofactors, the
// quaternion's terms) the sum is computed in double and rounded once; elsewhere every float operation
// is rounded with Math.fround, as C# does on x64; sin/cos/tan run in double and round once. Twin of
// compiler/csharp/stubs/handwritten/VRageMath.Matrix.cs. MatrixD is the type the API hands out
// (WorldMatrix); Matrix is offered for the game's float helpers (Quaternion, Vector3).
import type { float, int } from "../prelude.ts";
import { Vector3, Vector4 } from "./vectors.ts";
import type { MatrixD } from "./matrixd.ts";
import { Quaternion } from "./quaternion.ts";
import { Base6Directions } from "./base6.ts";

const f = Math.fround;
type M16 = number[];

export class Matrix {
  readonly M11: float;
  readonly M12: float;
  readonly M13: float;
  readonly M14: float;
  readonly M21: float;
  readonly M22: float;
  readonly M23: float;
  readonly M24: float;
  readonly M31: float;
  readonly M32: float;
  readonly M33: float;
  readonly M34: float;
  readonly M41: float;
  readonly M42: float;
  readonly M43: float;
  readonly M44: float;

  static readonly Identity: Matrix = new Matrix(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
  static readonly Zero: Matrix = new Matrix(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  constructor(m11: float, m12: float, m13: float, m14: float, m21: float, m22: float, m23: float, m24: float, m31: float, m32: float, m33: float, m34: float, m41: float, m42: float, m43: float, m44: float);
  constructor(m11: float, m12: float, m13: float, m21: float, m22: float, m23: float, m31: float, m32: float, m33: float);
  constructor(other: MatrixD);
  constructor(...m: (number | MatrixD)[]) {
    let v: M16;
    if (m.length === 1) {
      const d = m[0] as MatrixD;
      v = [d.M11, d.M12, d.M13, d.M14, d.M21, d.M22, d.M23, d.M24, d.M31, d.M32, d.M33, d.M34, d.M41, d.M42, d.M43, d.M44];
    } else {
      const n = m as number[];
      v = n.length === 9 ? [n[0], n[1], n[2], 0, n[3], n[4], n[5], 0, n[6], n[7], n[8], 0, 0, 0, 0, 1] : n;
    }
    [this.M11, this.M12, this.M13, this.M14, this.M21, this.M22, this.M23, this.M24, this.M31, this.M32, this.M33, this.M34, this.M41, this.M42, this.M43, this.M44] = v.map(f);
  }

  private static of(v: M16): Matrix {
    return new Matrix(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15]);
  }
  private arr(): M16 {
    return [this.M11, this.M12, this.M13, this.M14, this.M21, this.M22, this.M23, this.M24, this.M31, this.M32, this.M33, this.M34, this.M41, this.M42, this.M43, this.M44];
  }
  /** A copy with rows 1-3 (xyz) replaced where given, as the game's property setters do (Forward sets row 3 to -v). */
  private withRows(right?: Vector3, up?: Vector3, backward?: Vector3): Matrix {
    const a = this.arr();
    if (right) [a[0], a[1], a[2]] = [right.X, right.Y, right.Z];
    if (up) [a[4], a[5], a[6]] = [up.X, up.Y, up.Z];
    if (backward) [a[8], a[9], a[10]] = [backward.X, backward.Y, backward.Z];
    return Matrix.of(a);
  }
  private withTranslation(x: number, y: number, z: number): Matrix {
    const a = this.arr();
    [a[12], a[13], a[14]] = [x, y, z];
    return Matrix.of(a);
  }

  get Right(): Vector3 {
    return new Vector3(this.M11, this.M12, this.M13);
  }
  get Left(): Vector3 {
    return new Vector3(-this.M11, -this.M12, -this.M13);
  }
  get Up(): Vector3 {
    return new Vector3(this.M21, this.M22, this.M23);
  }
  get Down(): Vector3 {
    return new Vector3(-this.M21, -this.M22, -this.M23);
  }
  get Backward(): Vector3 {
    return new Vector3(this.M31, this.M32, this.M33);
  }
  get Forward(): Vector3 {
    return new Vector3(-this.M31, -this.M32, -this.M33);
  }
  get Translation(): Vector3 {
    return new Vector3(this.M41, this.M42, this.M43);
  }
  get Col0(): Vector3 {
    return new Vector3(this.M11, this.M21, this.M31);
  }
  get Col1(): Vector3 {
    return new Vector3(this.M12, this.M22, this.M32);
  }
  get Col2(): Vector3 {
    return new Vector3(this.M13, this.M23, this.M33);
  }
  /** The lengths of the Right, Up and Forward rows. */
  get Scale(): Vector3 {
    return new Vector3(this.Right.Length(), this.Up.Length(), this.Forward.Length());
  }

  /** Cofactor expansion along the first row: 2x2 minors rounded to float, the rest in double. */
  Determinant(): float {
    const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16] = this.arr();
    const a = f(n11 * n16 - n12 * n15), b = f(n10 * n16 - n12 * n14), c = f(n10 * n15 - n11 * n14);
    const d = f(n9 * n16 - n12 * n13), e = f(n9 * n15 - n11 * n13), g = f(n9 * n14 - n10 * n13);
    return f(n1 * (n6 * a - n7 * b + n8 * c) - n2 * (n5 * a - n7 * d + n8 * e) + n3 * (n5 * b - n6 * d + n8 * g) - n4 * (n5 * c - n6 * e + n7 * g));
  }
  Equals(other: Matrix): boolean {
    const a = this.arr(), b = other.arr();
    return a.every((x, i) => x === b[i]);
  }
  /** The rotation part: rows 1-3 kept, no translation or perspective. */
  GetOrientation(): Matrix {
    return Matrix.Identity.withRows(this.Right, this.Up, this.Backward);
  }
  GetRow(row: int): Vector4 {
    const a = this.arr();
    if (row < 0 || row > 3) throw new Error("Index was outside the bounds of the array.");
    return new Vector4(a[row * 4], a[row * 4 + 1], a[row * 4 + 2], a[row * 4 + 3]);
  }
  HasNoTranslationOrPerspective(): boolean {
    const eps = f(0.0001);
    if (f(f(f(f(f(this.M41 + this.M42) + this.M43) + this.M34) + this.M24) + this.M14) > eps) return false;
    return !(Math.abs(f(this.M44 - 1)) > eps);
  }
  IsRotation(): boolean {
    const eps = f(0.01);
    if (!this.HasNoTranslationOrPerspective()) return false;
    const r = this.Right, u = this.Up, b = this.Backward;
    if (Math.abs(Vector3.Dot(r, u)) > eps || Math.abs(Vector3.Dot(r, b)) > eps || Math.abs(Vector3.Dot(u, b)) > eps) return false;
    return !(Math.abs(f(r.LengthSquared() - 1)) > eps || Math.abs(f(u.LengthSquared() - 1)) > eps || Math.abs(f(b.LengthSquared() - 1)) > eps);
  }
  IsMirrored(): boolean {
    return this.Determinant() < 0;
  }
  private sum(): number {
    return this.arr().reduce((s, x) => f(s + x), 0);
  }
  IsNan(): boolean {
    return Number.isNaN(this.sum());
  }
  IsValid(): boolean {
    return Number.isFinite(this.sum());
  }
  GetDirectionVector(direction: Base6Directions.Direction): Vector3 {
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
        return Vector3.Zero;
    }
  }
  GetClosestDirection(referenceVector: Vector3): Base6Directions.Direction {
    const D = Base6Directions.Direction;
    const dx = Vector3.Dot(referenceVector, this.Right), dy = Vector3.Dot(referenceVector, this.Up), dz = Vector3.Dot(referenceVector, this.Backward);
    const ax = Math.abs(dx), ay = Math.abs(dy), az = Math.abs(dz);
    if (ax > ay) {
      if (ax > az) return dx > 0 ? D.Right : D.Left;
      return dz > 0 ? D.Backward : D.Forward;
    }
    if (ay > az) return dy > 0 ? D.Up : D.Down;
    return dz > 0 ? D.Backward : D.Forward;
  }

  static Add(matrix1: Matrix, matrix2: Matrix): Matrix {
    const b = matrix2.arr();
    return Matrix.of(matrix1.arr().map((x, i) => f(x + b[i])));
  }
  static Subtract(matrix1: Matrix, matrix2: Matrix): Matrix {
    const b = matrix2.arr();
    return Matrix.of(matrix1.arr().map((x, i) => f(x - b[i])));
  }
  static Negate(matrix: Matrix): Matrix {
    return Matrix.of(matrix.arr().map((x) => -x));
  }
  static Multiply(matrix1: Matrix, matrix2: Matrix): Matrix;
  static Multiply(matrix1: Matrix, scaleFactor: float): Matrix;
  static Multiply(matrix1: Matrix, m2: Matrix | float): Matrix {
    const a = matrix1.arr();
    if (typeof m2 === "number") {
      const s = f(m2);
      return Matrix.of(a.map((x) => f(x * s)));
    }
    const b = m2.arr();
    const r: M16 = [];
    // each entry's four products summed in double, rounded once
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) r.push(a[i * 4] * b[j] + a[i * 4 + 1] * b[4 + j] + a[i * 4 + 2] * b[8 + j] + a[i * 4 + 3] * b[12 + j]);
    return Matrix.of(r);
  }
  /** Element by element (matrix), or times 1/divider in float (scalar). */
  static Divide(matrix1: Matrix, matrix2: Matrix): Matrix;
  static Divide(matrix1: Matrix, divider: float): Matrix;
  static Divide(matrix1: Matrix, m2: Matrix | float): Matrix {
    const a = matrix1.arr();
    if (typeof m2 === "number") {
      const k = f(1 / f(m2));
      return Matrix.of(a.map((x) => f(x * k)));
    }
    const b = m2.arr();
    return Matrix.of(a.map((x, i) => f(x / b[i])));
  }
  static Lerp(matrix1: Matrix, matrix2: Matrix, amount: float): Matrix {
    const a = matrix1.arr(), b = matrix2.arr(), t = f(amount);
    return Matrix.of(a.map((x, i) => f(x + f(f(b[i] - x) * t))));
  }
  static Transpose(matrix: Matrix): Matrix {
    const a = matrix.arr();
    return new Matrix(a[0], a[4], a[8], a[12], a[1], a[5], a[9], a[13], a[2], a[6], a[10], a[14], a[3], a[7], a[11], a[15]);
  }
  static CreateTranslation(position: Vector3): Matrix;
  static CreateTranslation(xPosition: float, yPosition: float, zPosition: float): Matrix;
  static CreateTranslation(a: Vector3 | float, y?: float, z?: float): Matrix {
    const p = typeof a === "number" ? [a, y!, z!] : [a.X, a.Y, a.Z];
    return new Matrix(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, p[0], p[1], p[2], 1);
  }
  static CreateScale(xScale: float, yScale: float, zScale: float): Matrix;
  static CreateScale(scales: Vector3): Matrix;
  static CreateScale(scale: float): Matrix;
  static CreateScale(a: Vector3 | float, y?: float, z?: float): Matrix {
    const s = typeof a === "number" ? (y === undefined ? [a, a, a] : [a, y, z!]) : [a.X, a.Y, a.Z];
    return new Matrix(s[0], 0, 0, 0, 0, s[1], 0, 0, 0, 0, s[2], 0, 0, 0, 0, 1);
  }
  static CreateRotationX(radians: float): Matrix {
    const c = f(Math.cos(f(radians))), s = f(Math.sin(f(radians)));
    return new Matrix(1, 0, 0, 0, 0, c, s, 0, 0, -s, c, 0, 0, 0, 0, 1);
  }
  static CreateRotationY(radians: float): Matrix {
    const c = f(Math.cos(f(radians))), s = f(Math.sin(f(radians)));
    return new Matrix(c, 0, -s, 0, 0, 1, 0, 0, s, 0, c, 0, 0, 0, 0, 1);
  }
  static CreateRotationZ(radians: float): Matrix {
    const c = f(Math.cos(f(radians))), s = f(Math.sin(f(radians)));
    return new Matrix(c, s, 0, 0, -s, c, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1);
  }
  static CreateFromAxisAngle(axis: Vector3, angle: float): Matrix {
    const x = axis.X, y = axis.Y, z = axis.Z;
    const s = f(Math.sin(f(angle))), c = f(Math.cos(f(angle)));
    const xx = f(x * x), yy = f(y * y), zz = f(z * z), xy = f(x * y), xz = f(x * z), yz = f(y * z);
    // the diagonal in float; the other terms p - c*p +/- s*k in double, rounded once
    const diag = (q: number) => f(q + f(c * f(1 - q)));
    return new Matrix(
      diag(xx), xy - c * xy + s * z, xz - c * xz - s * y, 0,
      xy - c * xy - s * z, diag(yy), yz - c * yz + s * x, 0,
      xz - c * xz + s * y, yz - c * yz - s * x, diag(zz), 0,
      0, 0, 0, 1,
    );
  }
  /** The inverse by cofactors: minors in double rounded to float, scaled by 1/determinant in float (a singular matrix gives infinities or NaN, as in the game). */
  static Invert(matrix: Matrix): Matrix {
    const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16] = matrix.arr();
    const s2 = (a: number, b: number, c: number, d: number) => f(a * b - c * d);
    const t3 = (a: number, x: number, b: number, y: number, c: number, z: number) => a * x - b * y + c * z;
    const n17 = s2(n11, n16, n12, n15), n18 = s2(n10, n16, n12, n14), n19 = s2(n10, n15, n11, n14);
    const n20 = s2(n9, n16, n12, n13), n21 = s2(n9, n15, n11, n13), n22 = s2(n9, n14, n10, n13);
    const n23 = f(t3(n6, n17, n7, n18, n8, n19));
    const n24 = f(-t3(n5, n17, n7, n20, n8, n21));
    const n25 = f(t3(n5, n18, n6, n20, n8, n22));
    const n26 = f(-t3(n5, n19, n6, n21, n7, n22));
    const k27 = f(1.0 / (n1 * n23 + n2 * n24 + n3 * n25 + n4 * n26));
    const n28 = s2(n7, n16, n8, n15), n29 = s2(n6, n16, n8, n14), n30 = s2(n6, n15, n7, n14);
    const n31 = s2(n5, n16, n8, n13), n32 = s2(n5, n15, n7, n13), n33 = s2(n5, n14, n6, n13);
    const n34 = s2(n7, n12, n8, n11), n35 = s2(n6, n12, n8, n10), n36 = s2(n6, n11, n7, n10);
    const n37 = s2(n5, n12, n8, n9), n38 = s2(n5, n11, n7, n9), n39 = s2(n5, n10, n6, n9);
    // a cofactor rounded to float, then times 1/det in float
    const k = (x: number) => f(f(x) * k27);
    return new Matrix(
      k(n23), k(-t3(n2, n17, n3, n18, n4, n19)), k(t3(n2, n28, n3, n29, n4, n30)), k(-t3(n2, n34, n3, n35, n4, n36)),
      k(n24), k(t3(n1, n17, n3, n20, n4, n21)), k(-t3(n1, n28, n3, n31, n4, n32)), k(t3(n1, n34, n3, n37, n4, n38)),
      k(n25), k(-t3(n1, n18, n2, n20, n4, n22)), k(t3(n1, n29, n2, n31, n4, n33)), k(-t3(n1, n35, n2, n37, n4, n39)),
      k(n26), k(t3(n1, n19, n2, n21, n3, n22)), k(-t3(n1, n30, n2, n32, n3, n33)), k(t3(n1, n36, n2, n38, n3, n39)),
    );
  }
  /** The world matrix of an object at `position` facing `forward` with `up` (float; Vector3's Normalize and Cross). */
  static CreateWorld(position: Vector3): Matrix;
  static CreateWorld(position: Vector3, forward: Vector3, up: Vector3): Matrix;
  static CreateWorld(position: Vector3, forward: Vector3 = Vector3.Forward, up: Vector3 = Vector3.Up): Matrix {
    const back = Vector3.Normalize(new Vector3(-forward.X, -forward.Y, -forward.Z));
    const right = Vector3.Normalize(Vector3.Cross(up, back));
    const u = Vector3.Cross(back, right);
    return new Matrix(right.X, right.Y, right.Z, 0, u.X, u.Y, u.Z, 0, back.X, back.Y, back.Z, 0, position.X, position.Y, position.Z, 1);
  }
  /** A billboard at objectPosition facing the camera (float; cameraForwardVector negated, or Forward, when closer than 0.01). */
  static CreateBillboard(objectPosition: Vector3, cameraPosition: Vector3, cameraUpVector: Vector3, cameraForwardVector: Vector3 | null): Matrix {
    const back = billboardBack(objectPosition, cameraPosition, cameraForwardVector);
    const right = Vector3.Normalize(Vector3.Cross(cameraUpVector, back));
    const up = Vector3.Cross(back, right);
    const p = objectPosition;
    return new Matrix(right.X, right.Y, right.Z, 0, up.X, up.Y, up.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
  }
  /** A billboard turning about rotateAxis only (its up row), in float. */
  static CreateConstrainedBillboard(objectPosition: Vector3, cameraPosition: Vector3, rotateAxis: Vector3, cameraForwardVector: Vector3 | null, objectForwardVector: Vector3 | null): Matrix {
    const toObject = billboardBack(objectPosition, cameraPosition, cameraForwardVector);
    const a = rotateAxis;
    const limit = 0.998254656791687;
    const alongForward = () => (Math.abs(f(a.X * 0 + a.Y * 0 + a.Z * -1)) > limit ? Vector3.Right : Vector3.Forward);
    let right: Vector3, back: Vector3;
    if (Math.abs(Vector3.Dot(a, toObject)) > limit) {
      let fwd: Vector3;
      if (objectForwardVector !== null) {
        fwd = objectForwardVector;
        if (Math.abs(Vector3.Dot(a, fwd)) > limit) fwd = alongForward();
      } else fwd = alongForward();
      right = Vector3.Normalize(Vector3.Cross(a, fwd));
      back = Vector3.Normalize(Vector3.Cross(right, a));
    } else {
      right = Vector3.Normalize(Vector3.Cross(a, toObject));
      back = Vector3.Normalize(Vector3.Cross(right, a));
    }
    const p = objectPosition;
    return new Matrix(right.X, right.Y, right.Z, 0, a.X, a.Y, a.Z, 0, back.X, back.Y, back.Z, 0, p.X, p.Y, p.Z, 1);
  }
  /** A view matrix: the camera at cameraPosition looking at cameraTarget. */
  static CreateLookAt(cameraPosition: Vector3, cameraTarget: Vector3, cameraUpVector: Vector3): Matrix {
    const [x, y, z] = lookAxes(cameraPosition, cameraTarget, cameraUpVector);
    const p = cameraPosition;
    return new Matrix(x.X, y.X, z.X, 0, x.Y, y.Y, z.Y, 0, x.Z, y.Z, z.Z, 0, -Vector3.Dot(x, p), -Vector3.Dot(y, p), -Vector3.Dot(z, p), 1);
  }
  /** The camera's world matrix (CreateLookAt's inverse for a rigid camera). */
  static CreateLookAtInverse(cameraPosition: Vector3, cameraTarget: Vector3, cameraUpVector: Vector3): Matrix {
    const [x, y, z] = lookAxes(cameraPosition, cameraTarget, cameraUpVector);
    const p = cameraPosition;
    return new Matrix(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, p.X, p.Y, p.Z, 1);
  }
  static CreatePerspectiveFieldOfView(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float, farPlaneDistance: float): Matrix {
    checkFov(fieldOfView, nearPlaneDistance, farPlaneDistance);
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    const n = f(nearPlaneDistance), fa = f(farPlaneDistance);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, f(fa / f(n - fa)), -1, 0, 0, (n * fa) / (n - fa), 0);
  }
  static CreatePerspectiveFovRhComplementary(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float, farPlaneDistance: float): Matrix {
    checkFov(fieldOfView, nearPlaneDistance, farPlaneDistance);
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    const n = f(nearPlaneDistance), fa = f(farPlaneDistance);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, f(f(-fa / f(n - fa)) - 1), -1, 0, 0, -f((n * fa) / (n - fa)), 0);
  }
  static CreatePerspectiveFovRhInfinite(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float): Matrix {
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, -1, -1, 0, 0, -f(nearPlaneDistance), 0);
  }
  static CreatePerspectiveFovRhInfiniteComplementary(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float): Matrix {
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, 0, -1, 0, 0, nearPlaneDistance, 0);
  }
  static CreatePerspectiveFovRhInverse(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float, farPlaneDistance: float): Matrix {
    const t = f(Math.tan(f(fieldOfView) * 0.5));
    const n = f(nearPlaneDistance), fa = f(farPlaneDistance);
    return new Matrix(f(f(aspectRatio) * t), 0, 0, 0, 0, t, 0, 0, 0, 0, 0, f(f(n - fa) / f(n * fa)), 0, 0, -1, f(1 / n));
  }
  static CreatePerspectiveFovRhInfiniteInverse(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float): Matrix {
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    const n = f(nearPlaneDistance);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, 0, f(-1 / n), 0, 0, -1, f(1 / n));
  }
  static CreatePerspectiveFovRhInfiniteComplementaryInverse(fieldOfView: float, aspectRatio: float, nearPlaneDistance: float): Matrix {
    const [x, y] = fovScales(fieldOfView, aspectRatio);
    return new Matrix(x, 0, 0, 0, 0, y, 0, 0, 0, 0, 0, f(1 / f(nearPlaneDistance)), 0, 0, -1, 0);
  }
  static CreatePerspective(width: float, height: float, nearPlaneDistance: float, farPlaneDistance: float): Matrix {
    const n = f(nearPlaneDistance), fa = f(farPlaneDistance);
    checkPlanes(n, fa);
    return new Matrix(f(f(2 * n) / f(width)), 0, 0, 0, 0, f(f(2 * n) / f(height)), 0, 0, 0, 0, f(fa / f(n - fa)), -1, 0, 0, (n * fa) / (n - fa), 0);
  }
  static CreatePerspectiveOffCenter(left: float, right: float, bottom: float, top: float, nearPlaneDistance: float, farPlaneDistance: float): Matrix {
    const n = f(nearPlaneDistance), fa = f(farPlaneDistance);
    checkPlanes(n, fa);
    const l = f(left), r = f(right), b = f(bottom), t = f(top);
    return new Matrix((2.0 * n) / (r - l), 0, 0, 0, 0, (2.0 * n) / (t - b), 0, 0, (l + r) / (r - l), (t + b) / (t - b), f(fa / f(n - fa)), -1, 0, 0, (n * fa) / (n - fa), 0);
  }
  static CreateOrthographic(width: float, height: float, zNearPlane: float, zFarPlane: float): Matrix {
    const n = f(zNearPlane), fa = f(zFarPlane);
    return new Matrix(f(2 / f(width)), 0, 0, 0, 0, f(2 / f(height)), 0, 0, 0, 0, 1.0 / (n - fa), 0, 0, 0, f(n / f(n - fa)), 1);
  }
  static CreateOrthographicOffCenter(left: float, right: float, bottom: float, top: float, zNearPlane: float, zFarPlane: float): Matrix {
    const n = f(zNearPlane), fa = f(zFarPlane);
    const l = f(left), r = f(right), b = f(bottom), t = f(top);
    return new Matrix(2.0 / (r - l), 0, 0, 0, 0, 2.0 / (t - b), 0, 0, 0, 0, 1.0 / (n - fa), 0, (l + r) / (l - r), (t + b) / (b - t), f(n / f(n - fa)), 1);
  }
  /** A rotation whose Forward is dir (unit); Right from +Z, or (dir.Z, 0, -dir.X) when dir is along Z. */
  static CreateFromDir(dir: Vector3): Matrix;
  static CreateFromDir(dir: Vector3, suggestedUp: Vector3): Matrix;
  static CreateFromDir(dir: Vector3, suggestedUp?: Vector3): Matrix {
    if (suggestedUp) {
      const right = Vector3.Cross(dir, suggestedUp);
      return Matrix.CreateWorld(Vector3.Zero, dir, Vector3.Cross(right, dir));
    }
    const d = dir.Z;
    let right: Vector3, up: Vector3;
    if (d > -0.99999 && d < 0.99999) {
      right = Vector3.Normalize(new Vector3(f(0 - f(dir.X * d)), f(0 - f(dir.Y * d)), f(1 - f(dir.Z * d))));
      up = Vector3.Cross(dir, right);
    } else {
      right = new Vector3(dir.Z, 0, -dir.X);
      up = new Vector3(0, 1, 0);
    }
    return Matrix.Identity.withRows(right, up, new Vector3(-dir.X, -dir.Y, -dir.Z));
  }
  /** Rows Right, Up and Forward normalized (translation kept). */
  static Normalize(matrix: Matrix): Matrix {
    const fw = Vector3.Normalize(matrix.Forward);
    return matrix.withRows(Vector3.Normalize(matrix.Right), Vector3.Normalize(matrix.Up), new Vector3(-fw.X, -fw.Y, -fw.Z));
  }
  /** Gram-Schmidt on Right, Up, Backward, in the game's order (float). */
  static Orthogonalize(rotationMatrix: Matrix): Matrix {
    const m = rotationMatrix;
    const right = Vector3.Normalize(m.Right);
    const up = Vector3.Normalize(Vector3.Subtract(m.Up, Vector3.Multiply(right, Vector3.Dot(m.Up, right))));
    const b = m.Backward;
    const back = Vector3.Normalize(Vector3.Subtract(Vector3.Subtract(b, Vector3.Multiply(right, Vector3.Dot(b, right))), Vector3.Multiply(up, Vector3.Dot(b, up))));
    return m.withRows(right, up, back);
  }
  /** The rotation rows scaled (by one factor, or Right by X, Up by Y, Backward by Z); translation kept. */
  static Rescale(matrix: Matrix, scale: float): Matrix;
  static Rescale(matrix: Matrix, scale: Vector3): Matrix;
  static Rescale(matrix: Matrix, scale: Vector3 | float): Matrix {
    const s = typeof scale === "number" ? [f(scale), f(scale), f(scale)] : [scale.X, scale.Y, scale.Z];
    const a = matrix.arr();
    for (let row = 0; row < 3; row++) for (let col = 0; col < 3; col++) a[row * 4 + col] = f(a[row * 4 + col] * s[row]);
    return Matrix.of(a);
  }
  /** Y and Z swapped: the matrix times a rotation of -90 degrees about X (MathHelper.ToRadians in float). */
  static SwapYZCoordinates(m: Matrix): Matrix {
    return Matrix.Multiply(m, Matrix.CreateRotationX(f(f(-90 / 360) * f(6.28318530718))));
  }
  /** Every row rotated by the quaternion (rotation terms in float, each row's sums in double). */
  static Transform(value: Matrix, rotation: Quaternion): Matrix {
    const q = rotation;
    const x2 = f(q.X + q.X), y2 = f(q.Y + q.Y), z2 = f(q.Z + q.Z);
    const wx = f(q.W * x2), wy = f(q.W * y2), wz = f(q.W * z2), xx = f(q.X * x2), xy = f(q.X * y2), xz = f(q.X * z2);
    const yy = f(q.Y * y2), yz = f(q.Y * z2), zz = f(q.Z * z2);
    const r = [f(f(1 - yy) - zz), f(xy - wz), f(xz + wy), f(xy + wz), f(f(1 - xx) - zz), f(yz - wx), f(xz - wy), f(yz + wx), f(f(1 - xx) - yy)];
    const a = value.arr();
    const out: M16 = [];
    for (let row = 0; row < 4; row++) {
      const [p, s, t] = [a[row * 4], a[row * 4 + 1], a[row * 4 + 2]];
      out.push(p * r[0] + s * r[1] + t * r[2], p * r[3] + s * r[4] + t * r[5], p * r[6] + s * r[7] + t * r[8], a[row * 4 + 3]);
    }
    return Matrix.of(out);
  }
  /** Rotation through Quaternion.Slerp of the two rotations, translation interpolated linearly (float). */
  static Slerp(matrix1: Matrix, matrix2: Matrix, amount: float): Matrix {
    const q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(matrix1), Quaternion.CreateFromRotationMatrix(matrix2), amount);
    return lerpTranslation(Matrix.CreateFromQuaternion(q), matrix1, matrix2, f(amount));
  }
  /** Slerp of the normalized rotations, the scale interpolated linearly; Zero when a scale is (nearly) zero. */
  static SlerpScale(matrix1: Matrix, matrix2: Matrix, amount: float): Matrix {
    const s1 = matrix1.Scale, s2 = matrix2.Scale, t = f(amount);
    if (s1.LengthSquared() < f(0.000001) || s2.LengthSquared() < f(0.000001)) return Matrix.Zero;
    const q = Quaternion.Slerp(Quaternion.CreateFromRotationMatrix(Matrix.Normalize(matrix1)), Quaternion.CreateFromRotationMatrix(Matrix.Normalize(matrix2)), t);
    const scale = new Vector3(f(s1.X + f(f(s2.X - s1.X) * t)), f(s1.Y + f(f(s2.Y - s1.Y) * t)), f(s1.Z + f(f(s2.Z - s1.Z) * t)));
    return lerpTranslation(Matrix.Rescale(Matrix.CreateFromQuaternion(q), scale), matrix1, matrix2, t);
  }
  /** The quaternion's rotation, then `position` as translation, the rows scaled by `scale`. */
  static CreateFromTransformScale(orientation: Quaternion, position: Vector3, scale: Vector3): Matrix {
    return Matrix.Rescale(Matrix.CreateFromQuaternion(orientation).withTranslation(position.X, position.Y, position.Z), scale);
  }
  /** A rotation by yaw (Y), pitch (X) and roll (Z): through Quaternion.CreateFromYawPitchRoll, as the game. */
  static CreateFromYawPitchRoll(yaw: float, pitch: float, roll: float): Matrix {
    return Matrix.CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(yaw, pitch, roll));
  }
  /** The quaternion's rotation: its squares and products in float, each entry's sum in double. */
  static CreateFromQuaternion(quaternion: Quaternion): Matrix {
    const q = quaternion;
    const n1 = f(q.X * q.X), n2 = f(q.Y * q.Y), n3 = f(q.Z * q.Z);
    const n4 = f(q.X * q.Y), n5 = f(q.Z * q.W), n6 = f(q.Z * q.X), n7 = f(q.Y * q.W), n8 = f(q.Y * q.Z), n9 = f(q.X * q.W);
    return new Matrix(
      1.0 - 2.0 * (n2 + n3), 2.0 * (n4 + n5), 2.0 * (n6 - n7), 0,
      2.0 * (n4 - n5), 1.0 - 2.0 * (n3 + n1), 2.0 * (n8 + n9), 0,
      2.0 * (n6 + n7), 2.0 * (n8 - n9), 1.0 - 2.0 * (n2 + n1), 0,
      0, 0, 0, 1,
    );
  }
}

/** CreateLookAt's axes: z from the target to the camera, x = up x z, y = z x x (float). */
function lookAxes(position: Vector3, target: Vector3, up: Vector3): [Vector3, Vector3, Vector3] {
  const z = Vector3.Normalize(Vector3.Subtract(position, target));
  const x = Vector3.Normalize(Vector3.Cross(up, z));
  return [x, Vector3.Cross(z, x), z];
}
/** 1/tan(fov/2) / aspect and 1/tan(fov/2), in float. */
function fovScales(fieldOfView: number, aspectRatio: number): [number, number] {
  const y = f(1 / f(Math.tan(f(fieldOfView) * 0.5)));
  return [f(y / f(aspectRatio)), y];
}
/** The game's ArgumentOutOfRangeException for a field of view outside (0, pi) or a plane distance <= 0. */
function checkFov(fieldOfView: number, near: number, far: number): void {
  if (f(fieldOfView) <= 0 || f(fieldOfView) >= 3.14159274101257) throw new Error("Specified argument was out of the range of valid values. (fieldOfView)");
  if (f(near) <= 0) throw new Error("Specified argument was out of the range of valid values. (nearPlaneDistance)");
  if (f(far) <= 0) throw new Error("Specified argument was out of the range of valid values. (farPlaneDistance)");
}
/** CreatePerspective(OffCenter)'s checks: both distances > 0 and near < far. */
function checkPlanes(near: number, far: number): void {
  if (near <= 0) throw new Error("Specified argument was out of the range of valid values. (nearPlaneDistance)");
  if (far <= 0) throw new Error("Specified argument was out of the range of valid values. (farPlaneDistance)");
  if (near >= far) throw new Error("Specified argument was out of the range of valid values. (nearPlaneDistance)");
}
function lerpTranslation(m: Matrix, a: Matrix, b: Matrix, t: number): Matrix {
  const l = (x: number, y: number) => f(x + f(f(y - x) * t));
  return new Matrix(m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, l(a.M41, b.M41), l(a.M42, b.M42), l(a.M43, b.M43), m.M44);
}
/** The billboard's backward row in float: camera to object normalized, or -cameraForward (Forward) when closer than 0.01. */
function billboardBack(objectPosition: Vector3, cameraPosition: Vector3, cameraForward: Vector3 | null): Vector3 {
  const d = Vector3.Subtract(objectPosition, cameraPosition);
  const l = d.LengthSquared();
  if (l < 9.99999974737875e-5) return cameraForward !== null ? Vector3.Negate(cameraForward) : Vector3.Forward;
  return Vector3.Multiply(d, f(1 / f(Math.sqrt(l))));
}
