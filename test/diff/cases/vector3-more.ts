import type { DiffCase } from "../harness.ts";
import { FX } from "../exact-print.ts";

// The rest of Vector3 (single precision, issue 10): compiler/se/values/vectors.ts vs the C# twin, Keen's
// formulas (double where the game widens, float elsewhere). Printed exactly (`fx`).
const TOP = `import { Vector3, Matrix, Quaternion } from "pbts/se";
${FX}
function v(x: Vector3): string {
  return \`(\${fx(x.X)} \${fx(x.Y)} \${fx(x.Z)})\`;
}
const A = new Vector3(toFloat(1.5), toFloat(-2.25), toFloat(0.1));
const B = new Vector3(toFloat(-0.3), toFloat(7.7), toFloat(3e-5));
const NAN = new Vector3(toFloat(Math.sqrt(-1)), 1, 2);
const BIG = new Vector3(toFloat(3e38), toFloat(-3e38), 1);`;
const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("Vector3 static vectors and Sum, Volume, IsValid, GetDim", `this.Echo(\`\${v(Vector3.MinusOne)} \${v(Vector3.Half)} \${v(Vector3.PositiveInfinity)} \${v(Vector3.NegativeInfinity)} \${v(Vector3.MaxValue)} \${v(Vector3.MinValue)} \${v(Vector3.Invalid)}\`);
      this.Echo(\`\${fx(A.Sum)} \${fx(A.Volume)} \${fx(BIG.Volume)} \${A.IsValid()} \${NAN.IsValid()} \${BIG.IsValid()} \${Vector3.Zero.IsValid()}\`);
      this.Echo(\`\${fx(A.GetDim(0))} \${fx(A.GetDim(1))} \${fx(A.GetDim(2))} \${fx(A.GetDim(3))} \${fx(A.GetDim(-1))} \${fx(A.GetDim(-4))}\`);`),
  c("Vector3 Min, Max, AbsMin, AbsMax, MaxAbsComponent, Normalized", `this.Echo(\`\${fx(A.Min())} \${fx(A.Max())} \${fx(A.AbsMin())} \${fx(A.AbsMax())} \${v(A.MaxAbsComponent())} \${v(new Vector3(2, -2, 1).MaxAbsComponent())} \${v(A.Normalized())} \${v(Vector3.Zero.Normalized())}\`);
      this.Echo(\`\${fx(NAN.Min())} \${fx(NAN.Max())} \${v(Vector3.Min(A, B))} \${v(Vector3.Max(A, B))} \${v(Vector3.Min(NAN, A))}\`);`),
  c("Vector3 Abs, Sign, SignNonZero, Step, Negate, SwapYZCoordinates, Floor, Ceiling", `const z = new Vector3(0, toFloat(-0.0), toFloat(-2.5));
      this.Echo(\`\${v(Vector3.Abs(A))} \${v(Vector3.Sign(A))} \${v(Vector3.Sign(z))} \${v(Vector3.SignNonZero(z))} \${v(Vector3.Step(z))} \${v(Vector3.Negate(z))} \${v(Vector3.SwapYZCoordinates(A))} \${v(Vector3.Floor(A))} \${v(Vector3.Ceiling(A))} \${v(Vector3.Floor(z))}\`);`),
  c("Vector3.Sign of NaN throws (C#'s Math.Sign)", `this.Echo(v(Vector3.Sign(NAN)));`),
  c("Vector3 IsZero, Divide (vector, number, zero), Distance, DistanceSquared, RectangularDistance", `this.Echo(\`\${Vector3.IsZero(Vector3.Zero)} \${Vector3.IsZero(new Vector3(toFloat(0.00009), 0, 0))} \${Vector3.IsZero(A, 3)} \${Vector3.IsZero(NAN)}\`);
      this.Echo(\`\${v(Vector3.Divide(A, B))} \${v(Vector3.Divide(A, toFloat(3.5)))} \${v(Vector3.Divide(A, 0))} \${v(Vector3.Divide(A, Vector3.Zero))}\`);
      this.Echo(\`\${fx(Vector3.Distance(A, B))} \${fx(Vector3.DistanceSquared(A, B))} \${fx(Vector3.RectangularDistance(A, B))} \${fx(Vector3.Distance(BIG, Vector3.Zero))} \${fx(Vector3.DistanceSquared(BIG, Vector3.Zero))}\`);`),
  c("Vector3 Reflect, Clamp (crossed bounds), ClampToSphere", `this.Echo(\`\${v(Vector3.Reflect(A, Vector3.Up))} \${v(Vector3.Reflect(A, Vector3.Normalize(B)))} \${v(Vector3.Clamp(A, Vector3.MinusOne, Vector3.One))} \${v(Vector3.Clamp(A, Vector3.One, Vector3.MinusOne))}\`);
      this.Echo(\`\${v(Vector3.ClampToSphere(A, 1))} \${v(Vector3.ClampToSphere(A, 100))} \${v(Vector3.ClampToSphere(A, -1))} \${v(Vector3.ClampToSphere(Vector3.Zero, 0))}\`);`),
  c("Vector3 Lerp, SmoothStep (clamped), Barycentric, CatmullRom, Hermite", `this.Echo(\`\${v(Vector3.Lerp(A, B, toFloat(0.3)))} \${v(Vector3.Lerp(A, B, 2))} \${v(Vector3.SmoothStep(A, B, toFloat(0.3)))} \${v(Vector3.SmoothStep(A, B, -1))} \${v(Vector3.SmoothStep(A, B, 5))}\`);
      this.Echo(\`\${v(Vector3.Barycentric(A, B, Vector3.One, toFloat(0.2), toFloat(0.7)))} \${v(Vector3.CatmullRom(A, B, Vector3.One, Vector3.MinusOne, toFloat(0.4)))} \${v(Vector3.Hermite(A, B, Vector3.One, Vector3.MinusOne, toFloat(0.4)))}\`);`),
  c("Vector3.Transform divides by the w row (a perspective matrix) as the game", `const p = Matrix.CreatePerspectiveFieldOfView(1, toFloat(1.5), toFloat(0.1), 100);
      this.Echo(\`\${v(Vector3.Transform(new Vector3(1, 2, -5), p))} \${v(Vector3.Transform(Vector3.Zero, p))} \${v(Vector3.TransformNormal(A, p))}\`);`),
  c("Vector3.Transform by a Quaternion in the game's precision", `const q = new Quaternion(toFloat(0.1), toFloat(0.7), toFloat(-0.3), toFloat(0.6));
      this.Echo(\`\${v(Vector3.Transform(A, q))} \${v(Vector3.Transform(BIG, q))} \${v(Vector3.Transform(B, Quaternion.Normalize(q)))}\`);`),
  c("Vector3 Reject, DominantAxisProjection (ties), CalculatePerpendicularVector", `this.Echo(\`\${v(Vector3.Reject(A, B))} \${v(Vector3.Reject(A, Vector3.Up))} \${v(Vector3.Reject(A, Vector3.Zero))}\`);
      this.Echo(\`\${v(Vector3.DominantAxisProjection(A))} \${v(Vector3.DominantAxisProjection(B))} \${v(Vector3.DominantAxisProjection(new Vector3(2, -2, 1)))} \${v(Vector3.DominantAxisProjection(new Vector3(1, 1, 1)))} \${v(Vector3.DominantAxisProjection(Vector3.Zero))}\`);
      this.Echo(\`\${v(Vector3.CalculatePerpendicularVector(Vector3.Normalize(A)))} \${v(Vector3.CalculatePerpendicularVector(Vector3.Up))} \${v(Vector3.CalculatePerpendicularVector(Vector3.Forward))} \${v(Vector3.CalculatePerpendicularVector(new Vector3(0, 1, -1)))}\`);`),
];
