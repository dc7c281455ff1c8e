import type { DiffCase } from "../harness.ts";
import { FX, rounded } from "../exact-print.ts";

// MathHelper's members read from the game's current build (issue 10): the fast Atan approximation,
// Smooth, Align, GetNumberOfMipmaps, IsValidNormal, IsValidOrZero, CalculateVectorOnSphere
// (compiler/se/values/mathhelper.ts vs the C# twin). `fx` prints exactly; `f5` where sin/cos are involved.
const TOP = `import { MathHelper, Matrix, Vector3 } from "pbts/se";
${FX}
${rounded("f5", 5)}`;
const c = (name: string, main: string): DiffCase => ({ name, top: TOP, main });

export const cases: DiffCase[] = [
  c("MathHelper.Atan is the game's approximation (exact arithmetic, not Math.Atan)", `this.Echo(\`\${fx(MathHelper.Atan(0))} \${fx(MathHelper.Atan(0.5))} \${fx(MathHelper.Atan(-1))} \${fx(MathHelper.Atan(1.5707963267948966))} \${fx(MathHelper.Atan(10))} \${fx(MathHelper.Atan(Math.sqrt(-1)))}\`);`),
  c("MathHelper.Smooth in float (floats, an int argument, huge values)", `const i: int = 7; const j: int = 1000;
      this.Echo(\`\${fx(MathHelper.Smooth(toFloat(1.5), toFloat(10.25)))} \${fx(MathHelper.Smooth(i, j))} \${fx(MathHelper.Smooth(toFloat(3e38), toFloat(3e38)))} \${fx(MathHelper.Smooth(0, 0))}\`);`),
  c("MathHelper.Align: up to a multiple, negatives truncate toward zero, wraps like C#'s int", `this.Echo(\`\${MathHelper.Align(0, 16)} \${MathHelper.Align(1, 16)} \${MathHelper.Align(16, 16)} \${MathHelper.Align(17, 16)} \${MathHelper.Align(-5, 4)} \${MathHelper.Align(5, -4)} \${MathHelper.Align(2147483647, 16)} \${MathHelper.Align(7, 1)}\`);`),
  c("MathHelper.Align by zero throws", `this.Echo(\`\${MathHelper.Align(5, 0)}\`);`),
  c("MathHelper.GetNumberOfMipmaps", `this.Echo(\`\${MathHelper.GetNumberOfMipmaps(0)} \${MathHelper.GetNumberOfMipmaps(1)} \${MathHelper.GetNumberOfMipmaps(2)} \${MathHelper.GetNumberOfMipmaps(1023)} \${MathHelper.GetNumberOfMipmaps(1024)} \${MathHelper.GetNumberOfMipmaps(-8)} \${MathHelper.GetNumberOfMipmaps(2147483647)}\`);`),
  c("MathHelper.IsValidNormal (unit, near unit, short, NaN, infinite)", `const n = Vector3.Normalize(new Vector3(toFloat(0.3), 2, toFloat(-0.7)));
      this.Echo(\`\${MathHelper.IsValidNormal(n)} \${MathHelper.IsValidNormal(Vector3.Up)} \${MathHelper.IsValidNormal(new Vector3(toFloat(1.0004), 0, 0))} \${MathHelper.IsValidNormal(new Vector3(toFloat(0.5), 0, 0))} \${MathHelper.IsValidNormal(new Vector3(toFloat(Math.sqrt(-1)), 0, 0))} \${MathHelper.IsValidNormal(new Vector3(toFloat(1e30), 1, 1))}\`);`),
  c("MathHelper.IsValidOrZero (zero, identity, NaN and infinite rows)", `this.Echo(\`\${MathHelper.IsValidOrZero(Matrix.Zero)} \${MathHelper.IsValidOrZero(Matrix.Identity)} \${MathHelper.IsValidOrZero(Matrix.CreateScale(toFloat(Math.sqrt(-1))))} \${MathHelper.IsValidOrZero(Matrix.CreateTranslation(toFloat(3e38), toFloat(3e38), 0))} \${MathHelper.IsValidOrZero(Matrix.Multiply(Matrix.CreateTranslation(toFloat(3e38), 0, 0), 10))}\`);`),
  c("MathHelper.CalculateVectorOnSphere (poles, equator, a tilted pole)", `const pole = Vector3.Normalize(new Vector3(toFloat(0.3), 2, toFloat(-0.7)));
      for (const [ph, th] of [[0, 0], [0, toFloat(1.5707964)], [toFloat(0.7), toFloat(2.1)], [toFloat(-3), toFloat(3.1415927)]]) {
        const a = MathHelper.CalculateVectorOnSphere(Vector3.Up, toFloat(ph), toFloat(th)); const b = MathHelper.CalculateVectorOnSphere(pole, toFloat(ph), toFloat(th));
        this.Echo(\`\${f5(a.X)} \${f5(a.Y)} \${f5(a.Z)} | \${f5(b.X)} \${f5(b.Y)} \${f5(b.Z)} \${f5(b.Length())}\`);
      }`),
  c("MathHelper.Atan of negated and constant int expressions takes the double overload in C# too", `const i: int = 3;
      this.Echo(\`\${fx(MathHelper.Atan(-1))} \${fx(MathHelper.Atan(2 - 3))} \${fx(MathHelper.Atan(-(1)))} \${fx(MathHelper.Atan(-i))} \${fx(MathHelper.Atan(i * 2))} \${fx(MathHelper.Clamp(-1, 0, 5))}\`);`),
];
