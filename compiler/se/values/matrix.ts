// VRageMath.Matrix: a row-major 4x4 single-precision matrix (XNA convention: row vectors, translation
// in row 4). A struct in C#: fields readonly here. XNA's formulas, every float operation rounded with
// Math.fround as C# does on x64; sin/cos run in double and round once. Twin of
// compiler/csharp/stubs/handwritten/VRageMath.Matrix.cs. MatrixD is the type the API hands out
// (WorldMatrix); Matrix is offered for the game's float helpers (Quaternion, Vector3).
import type { float } from "../prelude.ts";
import { Vector3 } from "./vectors.ts";
import type { MatrixD } from "./matrixd.ts";
import { Quaternion } from "./quaternion.ts";

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
  /** XNA's cofactor expansion along the first row, in float. */
  Determinant(): float {
    const sub = (a: number, b: number, c: number, d: number) => f(f(a * b) - f(c * d));
    const n1 = sub(this.M33, this.M44, this.M34, this.M43), n2 = sub(this.M32, this.M44, this.M34, this.M42);
    const n3 = sub(this.M32, this.M43, this.M33, this.M42), n4 = sub(this.M31, this.M44, this.M34, this.M41);
    const n5 = sub(this.M31, this.M43, this.M33, this.M41), n6 = sub(this.M31, this.M42, this.M32, this.M41);
    const three = (a: number, x: number, b: number, y: number, c: number, z: number) => f(f(f(a * x) - f(b * y)) + f(c * z));
    const a = three(this.M22, n1, this.M23, n2, this.M24, n3);
    const b = three(this.M21, n1, this.M23, n4, this.M24, n5);
    const c = three(this.M21, n2, this.M22, n4, this.M24, n6);
    const d = three(this.M21, n3, this.M22, n5, this.M23, n6);
    return f(f(f(f(this.M11 * a) - f(this.M12 * b)) + f(this.M13 * c)) - f(this.M14 * d));
  }
  Equals(other: Matrix): boolean {
    const a = this.arr(), b = other.arr();
    return a.every((x, i) => x === b[i]);
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
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) r.push(f(f(f(f(a[i * 4] * b[j]) + f(a[i * 4 + 1] * b[4 + j])) + f(a[i * 4 + 2] * b[8 + j])) + f(a[i * 4 + 3] * b[12 + j])));
    return Matrix.of(r);
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
    const diag = (q: number) => f(q + f(c * f(1 - q)));
    // p - c*p + s*k and p - c*p - s*k, left to right in float
    const plus = (p: number, k: number) => f(f(p - f(c * p)) + f(s * k));
    const minus = (p: number, k: number) => f(f(p - f(c * p)) - f(s * k));
    return new Matrix(
      diag(xx), plus(xy, z), minus(xz, y), 0,
      minus(xy, z), diag(yy), plus(yz, x), 0,
      plus(xz, y), minus(yz, x), diag(zz), 0,
      0, 0, 0, 1,
    );
  }
  /** XNA's inverse by cofactors, in float (a singular matrix gives infinities or NaN, as in the game). */
  static Invert(matrix: Matrix): Matrix {
    const m = matrix;
    const [n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16] = [m.M11, m.M12, m.M13, m.M14, m.M21, m.M22, m.M23, m.M24, m.M31, m.M32, m.M33, m.M34, m.M41, m.M42, m.M43, m.M44];
    const s2 = (a: number, b: number, c: number, d: number) => f(f(a * b) - f(c * d));
    const t3 = (a: number, x: number, b: number, y: number, c: number, z: number) => f(f(f(a * x) - f(b * y)) + f(c * z));
    const n17 = s2(n11, n16, n12, n15), n18 = s2(n10, n16, n12, n14), n19 = s2(n10, n15, n11, n14);
    const n20 = s2(n9, n16, n12, n13), n21 = s2(n9, n15, n11, n13), n22 = s2(n9, n14, n10, n13);
    const n23 = t3(n6, n17, n7, n18, n8, n19);
    const n24 = -t3(n5, n17, n7, n20, n8, n21);
    const n25 = t3(n5, n18, n6, n20, n8, n22);
    const n26 = -t3(n5, n19, n6, n21, n7, n22);
    const n27 = f(1 / f(f(f(f(n1 * n23) + f(n2 * n24)) + f(n3 * n25)) + f(n4 * n26)));
    const n28 = s2(n7, n16, n8, n15), n29 = s2(n6, n16, n8, n14), n30 = s2(n6, n15, n7, n14);
    const n31 = s2(n5, n16, n8, n13), n32 = s2(n5, n15, n7, n13), n33 = s2(n5, n14, n6, n13);
    const n34 = s2(n7, n12, n8, n11), n35 = s2(n6, n12, n8, n10), n36 = s2(n6, n11, n7, n10);
    const n37 = s2(n5, n12, n8, n9), n38 = s2(n5, n11, n7, n9), n39 = s2(n5, n10, n6, n9);
    const k = (x: number) => f(x * n27);
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
  /** A rotation by yaw (Y), pitch (X) and roll (Z): through Quaternion.CreateFromYawPitchRoll, as the game. */
  static CreateFromYawPitchRoll(yaw: float, pitch: float, roll: float): Matrix {
    return Matrix.CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(yaw, pitch, roll));
  }
  static CreateFromQuaternion(quaternion: Quaternion): Matrix {
    const q = quaternion;
    const n1 = f(q.X * q.X), n2 = f(q.Y * q.Y), n3 = f(q.Z * q.Z);
    const n4 = f(q.X * q.Y), n5 = f(q.Z * q.W), n6 = f(q.Z * q.X), n7 = f(q.Y * q.W), n8 = f(q.Y * q.Z), n9 = f(q.X * q.W);
    const two = (v: number) => f(2 * v);
    return new Matrix(
      f(1 - two(f(n2 + n3))), two(f(n4 + n5)), two(f(n6 - n7)), 0,
      two(f(n4 - n5)), f(1 - two(f(n3 + n1))), two(f(n8 + n9)), 0,
      two(f(n6 + n7)), two(f(n8 - n9)), f(1 - two(f(n2 + n1))), 0,
      0, 0, 0, 1,
    );
  }
}
