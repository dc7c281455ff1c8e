import type { DiffCase } from "../harness.ts";
import { FX, rounded } from "../exact-print.ts";

// Issue 10, the rest of Matrix/MatrixD/Quaternion (compiler/se/values/{matrix,matrixd,quaternion}.ts vs
// the C# twins): Quaternion from a rotation matrix, two vectors, forward/up, its Forward/Right/Up,
// GetComponent/FindLargestIndex; Matrix's look-at, projections, Slerp/SlerpScale, Lerp, Divide,
// Normalize/Orthogonalize/Rescale, Transform, CreateFromDir, the row/column/scale properties and the
// predicates; MatrixD.Slerp/SlerpScale/Transform(Quaternion)/CreateFromTransformScale/CreateLookAtInverse.
// `fx` prints exactly; `f5` to 5 decimals where sin/cos/tan/acos are involved (README, known limits).
const TOP = `import { Quaternion, Matrix, MatrixD, Vector3, Vector3D, Base6Directions } from "pbts/se";
${FX}
${rounded("f5", 5)}
function q(v: Quaternion): string {
  return \`(\${fx(v.X)} \${fx(v.Y)} \${fx(v.Z)} \${fx(v.W)})\`;
}
function qr(v: Quaternion): string {
  return \`(\${f5(v.X)} \${f5(v.Y)} \${f5(v.Z)} \${f5(v.W)})\`;
}
function v(x: Vector3): string {
  return \`(\${fx(x.X)} \${fx(x.Y)} \${fx(x.Z)})\`;
}
function vr(x: Vector3): string {
  return \`(\${f5(x.X)} \${f5(x.Y)} \${f5(x.Z)})\`;
}
function m(x: Matrix): string {
  return \`[\${fx(x.M11)} \${fx(x.M12)} \${fx(x.M13)} \${fx(x.M14)} | \${fx(x.M21)} \${fx(x.M22)} \${fx(x.M23)} \${fx(x.M24)} | \${fx(x.M31)} \${fx(x.M32)} \${fx(x.M33)} \${fx(x.M34)} | \${fx(x.M41)} \${fx(x.M42)} \${fx(x.M43)} \${fx(x.M44)}]\`;
}
function mr(x: Matrix): string {
  return \`[\${f5(x.M11)} \${f5(x.M12)} \${f5(x.M13)} \${f5(x.M14)} | \${f5(x.M21)} \${f5(x.M22)} \${f5(x.M23)} \${f5(x.M24)} | \${f5(x.M31)} \${f5(x.M32)} \${f5(x.M33)} \${f5(x.M34)} | \${f5(x.M41)} \${f5(x.M42)} \${f5(x.M43)} \${f5(x.M44)}]\`;
}
function md(x: MatrixD): string {
  return \`[\${f5(x.M11)} \${f5(x.M12)} \${f5(x.M13)} \${f5(x.M14)} | \${f5(x.M21)} \${f5(x.M22)} \${f5(x.M23)} | \${f5(x.M31)} \${f5(x.M32)} \${f5(x.M33)} | \${f5(x.M41)} \${f5(x.M42)} \${f5(x.M43)} \${f5(x.M44)}]\`;
}
function mdx(x: MatrixD): string {
  return \`[\${fx(x.M11)} \${fx(x.M12)} \${fx(x.M13)} \${fx(x.M14)} | \${fx(x.M21)} \${fx(x.M22)} \${fx(x.M23)} \${fx(x.M24)} | \${fx(x.M31)} \${fx(x.M32)} \${fx(x.M33)} \${fx(x.M34)} | \${fx(x.M41)} \${fx(x.M42)} \${fx(x.M43)} \${fx(x.M44)}]\`;
}
const M = new Matrix(toFloat(0.1), 2, toFloat(-0.3), 0, toFloat(1.7), toFloat(0.25), 3, 0, toFloat(-2.2), toFloat(0.9), toFloat(0.33), 0, 5, toFloat(-6.5), toFloat(7.1), 1);
const R1 = Matrix.CreateFromYawPitchRoll(toFloat(0.3), toFloat(-1.1), toFloat(2.5));
const R2 = Matrix.Multiply(Matrix.CreateRotationY(toFloat(2.9)), Matrix.CreateTranslation(1, 2, 3));
const A = new Quaternion(toFloat(0.1), toFloat(0.7), toFloat(-0.3), toFloat(0.6));
const P = new Vector3(toFloat(1.5), toFloat(-2.25), toFloat(0.1));
const D1 = MatrixD.Multiply(MatrixD.CreateFromYawPitchRoll(0.3, -1.1, 2.5), MatrixD.CreateTranslation(10.5, -20.25, 3));
const D2 = MatrixD.Multiply(MatrixD.CreateRotationY(2.9), MatrixD.CreateTranslation(1, 2, 3));`;

const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("Quaternion.CreateFromRotationMatrix: identity, each branch of the trace test, a general rotation", `this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.Identity)));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.CreateRotationX(3))));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.CreateRotationY(3))));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.CreateRotationZ(3))));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(R1)));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(M)));`),
  c("Quaternion.CreateFromRotationMatrix of the zero and a NaN matrix", `this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.Zero)));
      this.Echo(q(Quaternion.CreateFromRotationMatrix(Matrix.CreateScale(toFloat(Math.sqrt(-1))))));`),
  c("Quaternion.CreateFromRotationMatrix and CreateFromQuaternion round-trip", `const r = Quaternion.Normalize(A); const back = Quaternion.CreateFromRotationMatrix(Matrix.CreateFromQuaternion(r));
      this.Echo(\`\${q(r)} \${q(back)} \${back.Equals(r, toFloat(0.0001))}\`);`),
  c("Quaternion.CreateFromTwoVectors: general, same, perpendicular, opposite (NaN), zero", `this.Echo(q(Quaternion.CreateFromTwoVectors(Vector3.Normalize(P), Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromTwoVectors(Vector3.Up, Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromTwoVectors(Vector3.Right, Vector3.Forward)));
      this.Echo(q(Quaternion.CreateFromTwoVectors(Vector3.Up, Vector3.Down)));
      this.Echo(q(Quaternion.CreateFromTwoVectors(Vector3.Zero, Vector3.Up)));`),
  c("Quaternion.CreateFromTwoVectors turns the first vector onto the second", `const a = Vector3.Normalize(P); const b = Vector3.Normalize(new Vector3(toFloat(0.3), 2, toFloat(-0.7)));
      const r = Vector3.Transform(a, Quaternion.CreateFromTwoVectors(a, b)); this.Echo(\`\${v(r)} \${v(b)}\`);`),
  c("Quaternion.CreateFromForwardUp: default axes, each branch, a tilted frame", `this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Forward, Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Backward, Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Up, Vector3.Backward)));
      this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Right, Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Left, Vector3.Down)));
      const fw = Vector3.Normalize(new Vector3(toFloat(0.3), toFloat(-0.2), toFloat(-0.9))); const up = Vector3.Normalize(Vector3.Cross(Vector3.Cross(fw, Vector3.Up), fw));
      this.Echo(q(Quaternion.CreateFromForwardUp(fw, up)));`),
  c("Quaternion.CreateFromForwardUp with zero vectors", `this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Zero, Vector3.Up)));
      this.Echo(q(Quaternion.CreateFromForwardUp(Vector3.Up, Vector3.Up)));`),
  c("Quaternion Forward, Right, Up (identity, general, zero, not normalized)", `for (const x of [Quaternion.Identity, Quaternion.Normalize(A), Quaternion.Zero, A]) this.Echo(\`\${v(x.Forward)} \${v(x.Right)} \${v(x.Up)}\`);`),
  c("Quaternion Forward/Up agree with the rotation matrix", `const r = Quaternion.Normalize(A); const mm = Matrix.CreateFromQuaternion(r);
      this.Echo(\`\${v(r.Forward)} \${v(mm.Forward)} \${v(r.Up)} \${v(mm.Up)} \${v(r.Right)} \${v(mm.Right)}\`);`),
  c("Quaternion.GetComponent and FindLargestIndex (X compared without abs, as the game)", `this.Echo(\`\${fx(A.GetComponent(0))} \${fx(A.GetComponent(1))} \${fx(A.GetComponent(2))} \${fx(A.GetComponent(3))} \${fx(A.GetComponent(4))} \${fx(A.GetComponent(-1))}\`);
      this.Echo(\`\${A.FindLargestIndex()} \${new Quaternion(-5, 1, 2, 3).FindLargestIndex()} \${new Quaternion(5, 1, 2, 3).FindLargestIndex()} \${Quaternion.Zero.FindLargestIndex()} \${new Quaternion(0, 0, -1, 0).FindLargestIndex()}\`);`),
  c("Quaternion arithmetic in the game's precision: Length, Dot, Multiply, Divide, Inverse", `const B = new Quaternion(toFloat(-0.25), toFloat(0.5), toFloat(1.5), toFloat(0.125));
      this.Echo(\`\${fx(A.Length())} \${fx(A.LengthSquared())} \${fx(Quaternion.Dot(A, B))} \${q(Quaternion.Multiply(A, B))} \${q(Quaternion.Divide(A, B))} \${q(Quaternion.Inverse(B))} \${q(Quaternion.Concatenate(A, B))}\`);`),
  c("Quaternion.Lerp, Slerp and CreateFromYawPitchRoll in the game's precision", `const B = new Quaternion(toFloat(-0.25), toFloat(0.5), toFloat(1.5), toFloat(0.125));
      this.Echo(\`\${q(Quaternion.Lerp(A, B, toFloat(0.3)))} \${qr(Quaternion.Slerp(Quaternion.Normalize(A), Quaternion.Normalize(B), toFloat(0.3)))} \${qr(Quaternion.CreateFromYawPitchRoll(toFloat(0.3), toFloat(-1.1), toFloat(2.5)))}\`);`),
  c("Matrix.CreateLookAt and CreateLookAtInverse (general, degenerate up)", `const eye = new Vector3(1, 2, 3); const tgt = new Vector3(toFloat(-0.5), toFloat(0.25), 7);
      const l = Matrix.CreateLookAt(eye, tgt, Vector3.Up); const li = Matrix.CreateLookAtInverse(eye, tgt, Vector3.Up);
      this.Echo(m(l)); this.Echo(m(li)); this.Echo(m(Matrix.Multiply(l, li)));
      this.Echo(m(Matrix.CreateLookAt(Vector3.Zero, Vector3.Up, Vector3.Up)));`),
  c("Matrix perspective projections", `this.Echo(mr(Matrix.CreatePerspectiveFieldOfView(toFloat(1.2), toFloat(1.5), toFloat(0.1), 1000)));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhComplementary(toFloat(1.2), toFloat(1.5), toFloat(0.1), 1000)));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInfinite(toFloat(1.2), toFloat(1.5), toFloat(0.1))));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInfiniteComplementary(toFloat(1.2), toFloat(1.5), toFloat(0.1))));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInverse(toFloat(1.2), toFloat(1.5), toFloat(0.1), 1000)));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInfiniteInverse(toFloat(1.2), toFloat(1.5), toFloat(0.1))));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInfiniteComplementaryInverse(toFloat(1.2), toFloat(1.5), toFloat(0.1))));`),
  c("Matrix.CreatePerspective, OffCenter and the orthographic projections (exact)", `this.Echo(m(Matrix.CreatePerspective(4, 3, toFloat(0.1), 1000)));
      this.Echo(m(Matrix.CreatePerspectiveOffCenter(-2, 3, toFloat(-1.5), 1, toFloat(0.1), 1000)));
      this.Echo(m(Matrix.CreateOrthographic(4, 3, toFloat(0.1), 1000)));
      this.Echo(m(Matrix.CreateOrthographicOffCenter(-2, 3, toFloat(-1.5), 1, toFloat(0.1), 1000)));`),
  c("Matrix.CreatePerspectiveFieldOfView throws for a field of view outside (0, pi)", `const p = Matrix.CreatePerspectiveFieldOfView(toFloat(3.2), 1, 1, 10); this.Echo(fx(p.M11));`),
  c("Matrix.CreatePerspectiveFieldOfView throws for a near plane at 0", `const p = Matrix.CreatePerspectiveFieldOfView(1, 1, 0, 10); this.Echo(fx(p.M11));`),
  c("Matrix.CreatePerspective throws when near >= far", `const p = Matrix.CreatePerspective(1, 1, 10, 10); this.Echo(fx(p.M11));`),
  c("Matrix.CreatePerspectiveOffCenter throws for a far plane below 0", `const p = Matrix.CreatePerspectiveOffCenter(-1, 1, -1, 1, 1, -10); this.Echo(fx(p.M11));`),
  c("Matrix projections of degenerate sizes (division by zero)", `this.Echo(m(Matrix.CreateOrthographic(0, 3, 1, 1)));
      this.Echo(mr(Matrix.CreatePerspectiveFovRhInfinite(0, 0, 0)));`),
  c("Matrix.Slerp: endpoints, middle, translation lerp", `this.Echo(mr(Matrix.Slerp(R1, R2, 0))); this.Echo(mr(Matrix.Slerp(R1, R2, 1))); this.Echo(mr(Matrix.Slerp(R1, R2, toFloat(0.35))));
      this.Echo(mr(Matrix.Slerp(Matrix.Identity, Matrix.Identity, toFloat(0.5))));`),
  c("Matrix.SlerpScale: scaled matrices, a zero scale gives Zero", `const s1 = Matrix.Rescale(R1, new Vector3(2, toFloat(0.5), 3)); const s2 = Matrix.Rescale(R2, toFloat(1.5));
      this.Echo(mr(Matrix.SlerpScale(s1, s2, toFloat(0.35)))); this.Echo(m(Matrix.SlerpScale(s1, Matrix.Zero, toFloat(0.5))));
      this.Echo(mr(Matrix.SlerpScale(Matrix.CreateScale(toFloat(0.0005)), s2, toFloat(0.5))));`),
  c("Matrix.Lerp and Divide (by a matrix, by a number, by zero)", `this.Echo(m(Matrix.Lerp(M, R2, toFloat(0.3)))); this.Echo(m(Matrix.Divide(M, R2))); this.Echo(m(Matrix.Divide(M, toFloat(3.5)))); this.Echo(m(Matrix.Divide(M, 0)));`),
  c("Matrix.Normalize, Orthogonalize, Rescale (number, vector)", `this.Echo(m(Matrix.Normalize(M))); this.Echo(m(Matrix.Orthogonalize(M)));
      this.Echo(m(Matrix.Rescale(M, toFloat(2.5)))); this.Echo(m(Matrix.Rescale(M, new Vector3(2, toFloat(-0.5), 3))));
      this.Echo(m(Matrix.Normalize(Matrix.Zero)));`),
  c("Matrix.Transform by a Quaternion, SwapYZCoordinates, CreateFromTransformScale", `this.Echo(m(Matrix.Transform(M, A))); this.Echo(mr(Matrix.SwapYZCoordinates(M)));
      this.Echo(m(Matrix.CreateFromTransformScale(Quaternion.Normalize(A), P, new Vector3(2, 3, toFloat(0.5)))));`),
  c("Matrix.CreateFromDir: general, along +Z and -Z, with a suggested up", `this.Echo(m(Matrix.CreateFromDir(Vector3.Normalize(P))));
      this.Echo(m(Matrix.CreateFromDir(Vector3.Backward))); this.Echo(m(Matrix.CreateFromDir(Vector3.Forward)));
      this.Echo(m(Matrix.CreateFromDir(Vector3.Normalize(P), Vector3.Up)));`),
  c("Matrix Col0..2, Scale, GetOrientation, GetRow", `this.Echo(\`\${v(M.Col0)} \${v(M.Col1)} \${v(M.Col2)} \${v(M.Scale)} \${m(M.GetOrientation())}\`);
      const r = M.GetRow(3); this.Echo(\`\${fx(r.X)} \${fx(r.Y)} \${fx(r.Z)} \${fx(r.W)}\`);`),
  c("Matrix GetRow out of range throws", `const r = M.GetRow(4); this.Echo(fx(r.X));`),
  c("Matrix predicates: HasNoTranslationOrPerspective, IsRotation, IsMirrored, IsNan, IsValid", `const nan = Matrix.CreateScale(toFloat(Math.sqrt(-1))); const inf = Matrix.CreateScale(toFloat(3e38), toFloat(3e38), 1);
      for (const x of [M, R1, Matrix.Identity, Matrix.CreateScale(-1, 1, 1), Matrix.Zero, nan, inf])
        this.Echo(\`\${x.HasNoTranslationOrPerspective()} \${x.IsRotation()} \${x.IsMirrored()} \${x.IsNan()} \${x.IsValid()}\`);`),
  c("Matrix GetDirectionVector and GetClosestDirection", `this.Echo(\`\${v(M.GetDirectionVector(Base6Directions.Direction.Forward))} \${v(M.GetDirectionVector(Base6Directions.Direction.Down))} \${v(M.GetDirectionVector(Base6Directions.Direction.Left))}\`);
      this.Echo(\`\${R1.GetClosestDirection(Vector3.Up)} \${R1.GetClosestDirection(P)} \${Matrix.Identity.GetClosestDirection(Vector3.Forward)} \${Matrix.Identity.GetClosestDirection(Vector3.Zero)}\`);`),
  c("Matrix Multiply, Determinant, Invert, CreateFromAxisAngle in the game's precision", `this.Echo(m(Matrix.Multiply(M, R2))); this.Echo(fx(M.Determinant())); this.Echo(m(Matrix.Invert(M)));
      this.Echo(mr(Matrix.CreateFromAxisAngle(Vector3.Normalize(P), toFloat(0.7))));`),
  c("MatrixD.Slerp: endpoints, middle, translation lerp in double", `this.Echo(md(MatrixD.Slerp(D1, D2, 0))); this.Echo(md(MatrixD.Slerp(D1, D2, 1))); this.Echo(md(MatrixD.Slerp(D1, D2, 0.35)));`),
  c("MatrixD.SlerpScale: scaled matrices, a small scale gives Zero", `const s1 = MatrixD.Rescale(D1, new Vector3D(2, 0.5, 3)); const s2 = MatrixD.Rescale(D2, 1.5);
      this.Echo(md(MatrixD.SlerpScale(s1, s2, 0.35))); this.Echo(mdx(MatrixD.SlerpScale(s1, MatrixD.CreateScale(0.05), 0.5)));`),
  c("MatrixD.Transform by a float Quaternion, CreateFromTransformScale, CreateFromQuaternion(Quaternion)", `this.Echo(mdx(MatrixD.Transform(D1, A))); this.Echo(mdx(MatrixD.CreateFromTransformScale(A, new Vector3D(1.5, -2, 1e10), new Vector3D(2, 3, 0.5))));
      this.Echo(mdx(MatrixD.CreateFromQuaternion(A)));`),
  c("MatrixD.CreateLookAtInverse is the inverse of CreateLookAt", `const eye = new Vector3D(1, 2, 3); const tgt = new Vector3D(-0.5, 0.25, 7);
      const l = MatrixD.CreateLookAt(eye, tgt, Vector3D.Up); const li = MatrixD.CreateLookAtInverse(eye, tgt, Vector3D.Up);
      this.Echo(mdx(li)); this.Echo(md(MatrixD.Multiply(l, li)));`),
  c("MatrixD.IsOrthogonal (default and given epsilon; short rows pass, as the game) and IsRotation at its edge", `const sk = MatrixD.CreateScale(0.5, 1, 1); const big = MatrixD.CreateScale(1.001, 1, 1); const edge = MatrixD.CreateScale(Math.sqrt(1.00999999), 1, 1);
      for (const x of [D1, MatrixD.Identity, sk, big, MatrixD.Zero, MatrixD.CreateFromYawPitchRoll(0.3, -1.1, 2.5)])
        this.Echo(\`\${x.IsOrthogonal()} \${x.IsOrthogonal(0.01)} \${x.IsRotation()}\`);
      this.Echo(\`\${edge.IsRotation()} \${MatrixD.CreateScale(Math.sqrt(1.011), 1, 1).IsRotation()}\`);`),
  c("MatrixD.CreateBillboard: general, the camera on the object (with and without its forward)", `const obj = new Vector3D(10, 2, -3); const cam = new Vector3D(1, 2.5, 4);
      this.Echo(mdx(MatrixD.CreateBillboard(obj, cam, Vector3D.Up, null)));
      this.Echo(mdx(MatrixD.CreateBillboard(obj, obj, Vector3D.Up, null)));
      this.Echo(mdx(MatrixD.CreateBillboard(obj, new Vector3D(10, 2, -3.001), Vector3D.Up, new Vector3D(0.6, 0, 0.8))));`),
  c("MatrixD.CreateConstrainedBillboard: general, axis along the view (object forward given, parallel, none)", `const obj = new Vector3D(10, 2, -3); const cam = new Vector3D(1, 2.5, 4);
      this.Echo(mdx(MatrixD.CreateConstrainedBillboard(obj, cam, Vector3D.Up, null, null)));
      this.Echo(mdx(MatrixD.CreateConstrainedBillboard(obj, new Vector3D(10, -5, -3), Vector3D.Up, null, new Vector3D(0, 0, -1))));
      this.Echo(mdx(MatrixD.CreateConstrainedBillboard(obj, new Vector3D(10, -5, -3), Vector3D.Up, null, Vector3D.Up)));
      this.Echo(mdx(MatrixD.CreateConstrainedBillboard(obj, new Vector3D(10, 2, 5), Vector3D.Forward, null, null)));
      this.Echo(mdx(MatrixD.CreateConstrainedBillboard(obj, obj, Vector3D.Up, new Vector3D(0, 1, 0), null)));`),
  c("Matrix.CreateBillboard and CreateConstrainedBillboard in float", `const obj = new Vector3(10, 2, -3); const cam = new Vector3(1, toFloat(2.5), 4);
      this.Echo(m(Matrix.CreateBillboard(obj, cam, Vector3.Up, null)));
      this.Echo(m(Matrix.CreateBillboard(obj, obj, Vector3.Up, new Vector3(toFloat(0.6), 0, toFloat(0.8)))));
      this.Echo(m(Matrix.CreateConstrainedBillboard(obj, cam, Vector3.Up, null, null)));
      this.Echo(m(Matrix.CreateConstrainedBillboard(obj, new Vector3(10, -5, -3), Vector3.Up, null, new Vector3(0, 0, -1))));
      this.Echo(m(Matrix.CreateConstrainedBillboard(obj, new Vector3(10, 2, 5), Vector3.Forward, null, null)));`),
];
