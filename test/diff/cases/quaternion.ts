import type { DiffCase } from "../harness.ts";
import { FX, rounded } from "../exact-print.ts";

// VRageMath.Quaternion and Matrix (single precision: compiler/se/values/quaternion.ts, matrix.ts vs the C# twins). `fx` prints a
// value exactly (mantissa and power of two); `f5` rounds to 5 decimals, for results through sin, cos,
// acos, atan2, whose last bit may differ between V8 and .NET (README, known limits).
const TOP = `import { Quaternion, Matrix, MatrixD, Vector3, Vector4 } from "pbts/se";
${FX}
${rounded("f5", 5)}
function q(v: Quaternion): string {
  return \`(\${fx(v.X)} \${fx(v.Y)} \${fx(v.Z)} \${fx(v.W)})\`;
}
function qr(v: Quaternion): string {
  return \`(\${f5(v.X)} \${f5(v.Y)} \${f5(v.Z)} \${f5(v.W)})\`;
}
function m(x: Matrix): string {
  return \`[\${fx(x.M11)} \${fx(x.M12)} \${fx(x.M13)} \${fx(x.M14)} | \${fx(x.M21)} \${fx(x.M22)} \${fx(x.M23)} \${fx(x.M24)} | \${fx(x.M31)} \${fx(x.M32)} \${fx(x.M33)} \${fx(x.M34)} | \${fx(x.M41)} \${fx(x.M42)} \${fx(x.M43)} \${fx(x.M44)}]\`;
}
function mr(x: Matrix): string {
  return \`[\${f5(x.M11)} \${f5(x.M12)} \${f5(x.M13)} | \${f5(x.M21)} \${f5(x.M22)} \${f5(x.M23)} | \${f5(x.M31)} \${f5(x.M32)} \${f5(x.M33)} | \${f5(x.M41)} \${f5(x.M42)} \${f5(x.M43)} \${f5(x.M44)}]\`;
}
function v(x: Vector3): string {
  return \`(\${fx(x.X)} \${fx(x.Y)} \${fx(x.Z)})\`;
}
const M = new Matrix(toFloat(0.1), 2, toFloat(-0.3), 0, toFloat(1.7), toFloat(0.25), 3, 0, toFloat(-2.2), toFloat(0.9), toFloat(0.33), 0, 5, toFloat(-6.5), toFloat(7.1), 1);
const N = Matrix.CreateScale(toFloat(1.5), toFloat(0.1), 3);
const A = new Quaternion(toFloat(0.1), toFloat(0.7), toFloat(-0.3), toFloat(0.6));
const B = new Quaternion(toFloat(-0.25), toFloat(0.5), toFloat(1.5), toFloat(0.125));`;

const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("Quaternion: fields, Identity, Zero, constructors", `const v = new Quaternion(new Vector3(1, 2, 3), 4);
    this.Echo(\`\${q(A)} \${q(Quaternion.Identity)} \${q(Quaternion.Zero)} \${q(v)} \${q(new Quaternion(toFloat(1e-40), 0, 0, 1))}\`);`),
  c("Quaternion: Length LengthSquared Dot Equals ToVector4", `const v4 = A.ToVector4();
    this.Echo(\`\${fx(A.Length())} \${fx(A.LengthSquared())} \${fx(Quaternion.Dot(A, B))} \${A.Equals(A)} \${A.Equals(B)} \${A.Equals(B, 2)} \${A.Equals(B, toFloat(0.5))} \${fx(v4.X)} \${fx(v4.W)}\`);`),
  c("Quaternion: Add Subtract Negate Conjugate Multiply Concatenate Divide", `this.Echo(\`\${q(Quaternion.Add(A, B))} \${q(Quaternion.Subtract(A, B))} \${q(Quaternion.Negate(A))} \${q(Quaternion.Conjugate(A))}\`);
    this.Echo(\`\${q(Quaternion.Multiply(A, B))} \${q(Quaternion.Multiply(A, toFloat(0.3)))} \${q(Quaternion.Multiply(A, 3))} \${q(Quaternion.Concatenate(A, B))} \${q(Quaternion.Divide(A, B))}\`);`),
  c("Quaternion: Normalize Inverse IsZero FromVector4", `this.Echo(\`\${q(Quaternion.Normalize(A))} \${q(Quaternion.Normalize(B))} \${q(Quaternion.Inverse(A))} \${q(Quaternion.Inverse(B))}\`);
    this.Echo(\`\${Quaternion.IsZero(Quaternion.Zero)} \${Quaternion.IsZero(A)} \${Quaternion.IsZero(new Quaternion(toFloat(0.00005), 0, 0, 0))} \${Quaternion.IsZero(A, 1)} \${q(Quaternion.FromVector4(new Vector4(1, 2, 3, 4)))}\`);`),
  c("Quaternion: normalizing and inverting zero, NaN and huge values", `const big = new Quaternion(toFloat(3e38), toFloat(3e38), 0, 0); const nan = new Quaternion(toFloat(NaN), 0, 0, 1);
    this.Echo(\`\${q(Quaternion.Normalize(Quaternion.Zero))} \${q(Quaternion.Inverse(Quaternion.Zero))} \${q(Quaternion.Normalize(big))} \${fx(big.Length())} \${q(Quaternion.Multiply(nan, A))} \${nan.Equals(nan)}\`);`),
  c("Quaternion: CreateFromAxisAngle and GetAxisAngle", `const r = Quaternion.CreateFromAxisAngle(new Vector3(0, 1, 0), toFloat(0.5)); const axis = new Out<Vector3>(); const angle = new Out<float>();
    r.GetAxisAngle(axis, angle); const axis2 = new Out<Vector3>(); const angle2 = new Out<float>(); Quaternion.Identity.GetAxisAngle(axis2, angle2);
    this.Echo(\`\${qr(r)} \${f5(axis.value.Y)} \${f5(angle.value)} \${fx(axis2.value.X)} \${f5(angle2.value)} \${qr(Quaternion.CreateFromAxisAngle(new Vector3(1, 0, 0), 3))}\`);`),
  c("Quaternion: CreateFromYawPitchRoll", `this.Echo(\`\${qr(Quaternion.CreateFromYawPitchRoll(toFloat(0.3), toFloat(-0.2), toFloat(1.1)))} \${qr(Quaternion.CreateFromYawPitchRoll(0, 0, 0))}\`);`),
  c("Quaternion: Lerp and Slerp (near, far, opposite, equal)", `const n1 = Quaternion.Normalize(A); const n2 = Quaternion.Normalize(B);
    this.Echo(\`\${qr(Quaternion.Lerp(n1, n2, toFloat(0.25)))} \${qr(Quaternion.Lerp(n1, Quaternion.Negate(n2), toFloat(0.25)))} \${qr(Quaternion.Slerp(n1, n2, toFloat(0.25)))}\`);
    this.Echo(\`\${qr(Quaternion.Slerp(n1, Quaternion.Negate(n2), toFloat(0.75)))} \${q(Quaternion.Slerp(n1, n1, toFloat(0.5)))} \${qr(Quaternion.Slerp(Quaternion.Identity, n2, 1))}\`);`),

  c("Matrix: fields, Identity, Zero, constructors (16, 9, MatrixD), directions", `const nine = new Matrix(1, 2, 3, 4, 5, 6, 7, 8, 9); const fromD = new Matrix(new MatrixD(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7));
    this.Echo(\`\${m(M)} \${m(Matrix.Identity)} \${m(Matrix.Zero)} \${m(nine)} \${m(fromD)}\`);
    this.Echo(\`\${v(M.Right)} \${v(M.Left)} \${v(M.Up)} \${v(M.Down)} \${v(M.Forward)} \${v(M.Backward)} \${v(M.Translation)} \${M.Equals(M)} \${M.Equals(N)}\`);`),
  c("Matrix: Add Subtract Negate Multiply (matrix, scalar) Transpose", `this.Echo(\`\${m(Matrix.Add(M, N))} \${m(Matrix.Subtract(M, N))} \${m(Matrix.Negate(M))}\`);
    this.Echo(\`\${m(Matrix.Multiply(M, N))} \${m(Matrix.Multiply(N, M))} \${m(Matrix.Multiply(M, M))} \${m(Matrix.Multiply(M, toFloat(0.7)))} \${m(Matrix.Transpose(M))}\`);`),
  c("Matrix: CreateTranslation CreateScale", `this.Echo(\`\${m(Matrix.CreateTranslation(new Vector3(1.5, -2, 3)))} \${m(Matrix.CreateTranslation(1, 2, toFloat(0.1)))} \${m(Matrix.CreateScale(toFloat(0.3)))} \${m(Matrix.CreateScale(new Vector3(1, 2, 3)))}\`);`),
  c("Matrix: CreateRotationX/Y/Z CreateFromAxisAngle CreateFromQuaternion", `const r = toFloat(0.7);
    this.Echo(\`\${mr(Matrix.CreateRotationX(r))} \${mr(Matrix.CreateRotationY(r))} \${mr(Matrix.CreateRotationZ(r))}\`);
    this.Echo(\`\${mr(Matrix.CreateFromAxisAngle(new Vector3(toFloat(0.6), toFloat(0.8), 0), r))} \${m(Matrix.CreateFromQuaternion(A))} \${m(Matrix.CreateFromQuaternion(Quaternion.Identity))}\`);
    this.Echo(\`\${mr(Matrix.Multiply(Matrix.CreateFromQuaternion(Quaternion.CreateFromAxisAngle(new Vector3(0, 0, 1), r)), Matrix.Transpose(Matrix.CreateRotationZ(r))))}\`);`),
];
