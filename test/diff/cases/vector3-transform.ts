import type { DiffCase } from "../harness.ts";
import { FX, rounded } from "../exact-print.ts";

// Vector3.Transform (by a Matrix or a Quaternion), Vector3.TransformNormal and MatrixD.CreateFromYawPitchRoll
// (issue 10): compiler/se/values vs the C# twins. `fx` prints exactly; `f5` to 5 decimals where sin/cos
// are involved (README, known limits).
const TOP = `import { Quaternion, Matrix, MatrixD, Vector3, Vector3D } from "pbts/se";
${FX}
${rounded("f5", 5)}
function v(x: Vector3): string {
  return \`(\${fx(x.X)} \${fx(x.Y)} \${fx(x.Z)})\`;
}
function md(x: MatrixD): string {
  return \`[\${f5(x.M11)} \${f5(x.M12)} \${f5(x.M13)} \${f5(x.M14)} | \${f5(x.M21)} \${f5(x.M22)} \${f5(x.M23)} | \${f5(x.M31)} \${f5(x.M32)} \${f5(x.M33)} | \${f5(x.M41)} \${f5(x.M44)}]\`;
}
const M = new Matrix(toFloat(0.1), 2, toFloat(-0.3), 0, toFloat(1.7), toFloat(0.25), 3, 0, toFloat(-2.2), toFloat(0.9), toFloat(0.33), 0, 5, toFloat(-6.5), toFloat(7.1), 1);
const Q = new Quaternion(toFloat(0.1), toFloat(0.7), toFloat(-0.3), toFloat(0.6));
const P = new Vector3(toFloat(1.5), toFloat(-2.25), toFloat(0.1));`;

const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("Vector3.Transform by a Matrix (translation included)", `this.Echo(\`\${v(Vector3.Transform(P, M))} \${v(Vector3.Transform(Vector3.Zero, M))} \${v(Vector3.Transform(P, Matrix.Identity))}\`);`),
  c("Vector3.TransformNormal drops the translation", `this.Echo(\`\${v(Vector3.TransformNormal(P, M))} \${v(Vector3.TransformNormal(Vector3.UnitX, M))} \${v(Vector3.TransformNormal(P, Matrix.CreateTranslation(5, 6, 7)))}\`);`),
  c("Vector3.Transform by a Quaternion (not normalized, identity, zero)", `this.Echo(\`\${v(Vector3.Transform(P, Q))} \${v(Vector3.Transform(P, Quaternion.Identity))} \${v(Vector3.Transform(P, new Quaternion(0, 0, 0, 0)))}\`);`),
  c("Vector3.Transform by a Quaternion and by its Matrix agree closely", `const r = Quaternion.Normalize(Q); const a = Vector3.Transform(P, r); const b = Vector3.Transform(P, Matrix.CreateFromQuaternion(r));
      this.Echo(\`\${v(a)} \${v(b)} \${f5(a.X - b.X)}\`);`),
  c("Vector3.Transform with NaN and huge values", `const big = new Vector3(toFloat(3e38), toFloat(-3e38), toFloat(1e-30)); const nan = new Vector3(toFloat(Math.sqrt(-1)), 1, 2);
      this.Echo(\`\${v(Vector3.Transform(big, M))} \${v(Vector3.Transform(nan, Q))} \${v(Vector3.TransformNormal(big, Matrix.CreateScale(2)))}\`);`),
  c("MatrixD.CreateFromYawPitchRoll: zero, quarter turns, mixed", `this.Echo(md(MatrixD.CreateFromYawPitchRoll(0, 0, 0)));
      this.Echo(md(MatrixD.CreateFromYawPitchRoll(Math.PI / 2, 0, 0)));
      this.Echo(md(MatrixD.CreateFromYawPitchRoll(0, Math.PI / 2, 0)));
      this.Echo(md(MatrixD.CreateFromYawPitchRoll(0.3, -1.1, 2.5)));`),
  c("MatrixD.CreateFromYawPitchRoll turns Forward as Vector3D.Transform does", `const m = MatrixD.CreateFromYawPitchRoll(0.3, -1.1, 2.5); const f = Vector3D.Transform(Vector3D.Forward, m);
      this.Echo(\`\${f5(f.X)} \${f5(f.Y)} \${f5(f.Z)} \${f5(f.Length())} \${f5(m.Determinant())}\`);`),
  c("Matrix.Determinant in float (general, identity, singular, scale)", `this.Echo(\`\${fx(M.Determinant())} \${fx(Matrix.Identity.Determinant())} \${fx(Matrix.Zero.Determinant())} \${fx(Matrix.CreateScale(toFloat(1.5), toFloat(0.1), 3).Determinant())}\`);`),
  c("Matrix.CreateFromYawPitchRoll matches Matrix.CreateFromQuaternion of the quaternion", `const a = Matrix.CreateFromYawPitchRoll(toFloat(0.3), toFloat(-1.1), toFloat(2.5)); const b = Matrix.CreateFromQuaternion(Quaternion.CreateFromYawPitchRoll(toFloat(0.3), toFloat(-1.1), toFloat(2.5)));
      this.Echo(\`\${a.Equals(b)} \${f5(a.M11)} \${f5(a.M23)} \${f5(a.M32)} \${f5(a.Determinant())}\`);`),
  c("Matrix.Invert in float (general, identity, scale, singular)", `const i = Matrix.Invert(M); const p = Matrix.Multiply(M, i);
      this.Echo(\`\${fx(i.M11)} \${fx(i.M23)} \${fx(i.M41)} \${fx(i.M44)} \${fx(p.M11)} \${fx(p.M12)} \${fx(p.M44)}\`);
      const s = Matrix.Invert(Matrix.CreateScale(toFloat(1.5), toFloat(0.1), 3)); const z = Matrix.Invert(Matrix.Zero); const id = Matrix.Invert(Matrix.Identity);
      this.Echo(\`\${fx(s.M11)} \${fx(s.M22)} \${fx(s.M33)} \${fx(z.M11)} \${fx(z.M12)} \${id.Equals(Matrix.Identity)}\`);`),
  c("Matrix.CreateWorld in float (default, tilted, degenerate up)", `const w = Matrix.CreateWorld(P); const t = Matrix.CreateWorld(P, new Vector3(toFloat(0.3), toFloat(-0.2), toFloat(-0.9)), new Vector3(toFloat(0.1), 1, toFloat(0.05)));
      const d = Matrix.CreateWorld(P, Vector3.Up, Vector3.Up);
      this.Echo(\`\${fx(w.M11)} \${fx(w.M33)} \${fx(w.M41)} | \${fx(t.M11)} \${fx(t.M12)} \${fx(t.M13)} \${fx(t.M21)} \${fx(t.M22)} \${fx(t.M23)} \${fx(t.M31)} \${fx(t.M32)} \${fx(t.M33)} | \${fx(d.M11)} \${fx(d.M22)}\`);`),
];
