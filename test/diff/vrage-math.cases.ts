import type { DiffCase } from "./harness.ts";
import { FX, rounded } from "./exact-print.ts";

// The value types (compiler/se/values/ vs compiler/csharp/stubs/handwritten/): every offered member of
// Vector3D, MatrixD, QuaternionD and MathHelper at least once, plus the smaller vectors and Color; zero
// vectors, NaN, infinities, huge values, normalizing zero.
// Printing: `fx` writes a double exactly (integer mantissa and power of two, through long), so these
// cases do not depend on how numbers print; `f6` rounds to 6 decimals, for results that go through
// sin/cos/acos/atan2/pow/log, whose last bit may differ between V8 and .NET (README, known limits).

const TOP = `import { Vector2, Vector2D, Vector2I, Vector3, Vector3D, Vector3I, Vector4, Vector4D, MatrixD, QuaternionD, MathHelper, MathHelperD, Color, MyFixedPoint, MyItemType, MyInventoryItem, MySprite, MySpriteDrawFrame, Rectangle, SpriteType, TextAlignment, BoundingBoxD, BoundingSphereD, ContainmentType, PlaneD, RayD, PlaneIntersectionType, Base6Directions, MyBlockOrientation } from "pbts/se";
${FX}
${rounded("f6", 6)}
function v3(v: Vector3D): string {
  return \`(\${fx(v.X)} \${fx(v.Y)} \${fx(v.Z)})\`;
}
function v3r(v: Vector3D): string {
  return \`(\${f6(v.X)} \${f6(v.Y)} \${f6(v.Z)})\`;
}
function vf(v: Vector3): string {
  return \`(\${fx(v.X)} \${fx(v.Y)} \${fx(v.Z)})\`;
}
function vi(v: Vector3I): string {
  return \`(\${v.X} \${v.Y} \${v.Z})\`;
}
function q4(q: QuaternionD): string {
  return \`(\${fx(q.X)} \${fx(q.Y)} \${fx(q.Z)} \${fx(q.W)})\`;
}
function q4r(q: QuaternionD): string {
  return \`(\${f6(q.X)} \${f6(q.Y)} \${f6(q.Z)} \${f6(q.W)})\`;
}
function mx(m: MatrixD): string {
  return \`[\${fx(m.M11)} \${fx(m.M12)} \${fx(m.M13)} \${fx(m.M14)} | \${fx(m.M21)} \${fx(m.M22)} \${fx(m.M23)} \${fx(m.M24)} | \${fx(m.M31)} \${fx(m.M32)} \${fx(m.M33)} \${fx(m.M34)} | \${fx(m.M41)} \${fx(m.M42)} \${fx(m.M43)} \${fx(m.M44)}]\`;
}
function mxr(m: MatrixD): string {
  return \`[\${f6(m.M11)} \${f6(m.M12)} \${f6(m.M13)} \${f6(m.M14)} | \${f6(m.M21)} \${f6(m.M22)} \${f6(m.M23)} \${f6(m.M24)} | \${f6(m.M31)} \${f6(m.M32)} \${f6(m.M33)} \${f6(m.M34)} | \${f6(m.M41)} \${f6(m.M42)} \${f6(m.M43)} \${f6(m.M44)}]\`;
}
function col(c: Color): string {
  return \`\${c.R},\${c.G},\${c.B},\${c.A} \${fx(c.PackedValue)}\`;
}`;

/** Sample vectors: ordinary, zero, negative, huge, tiny, NaN, infinite. */
const VECS: Record<string, string> = {
  a: "new Vector3D(1.5, -2.25, 3)",
  b: "new Vector3D(-0.1, 0.2, 0.7)",
  zero: "Vector3D.Zero",
  neg: "new Vector3D(-3, -4, -12)",
  huge: "new Vector3D(1e300, -1e300, 1e299)",
  tiny: "new Vector3D(5e-324, 1e-310, -2e-308)",
  nan: "new Vector3D(NaN, 1, 2)",
  inf: "new Vector3D(Infinity, -Infinity, 0)",
  unit: "new Vector3D(0, 0.6, 0.8)",
};

// The cases are split into four suites (test/diff/cases/vrage-math-*.ts) so each compiles and runs
// within the harness's per-suite time limit.
type Group = "vector3d" | "helpers" | "matrix" | "other";
const groups: Record<Group, DiffCase[]> = { vector3d: [], helpers: [], matrix: [], other: [] };
let group: Group = "vector3d";
const add = (name: string, main: string) => groups[group].push({ name, main, top: TOP });
const echo = (expr: string) => `this.Echo(${expr});`;

// ---- Vector3D: per-vector members, over every sample ----
for (const [n, v] of Object.entries(VECS)) {
  const pre = `const v = ${v}; const w = ${v};`;
  add(`Vector3D ${n}: Length LengthSquared Sum Volume Normalize Normalized`, `${pre} ${echo("`${fx(v.Length())} ${fx(v.LengthSquared())} ${fx(v.Sum)} ${fx(v.Volume)} ${v3(Vector3D.Normalize(v))} ${v3(v.Normalized())}`")}`);
  add(`Vector3D ${n}: Min Max AbsMin AbsMax AbsMaxComponent Abs Negate SignNonZero Step`, `${pre} ${echo("`${fx(v.Min())} ${fx(v.Max())} ${fx(v.AbsMin())} ${fx(v.AbsMax())} ${v.AbsMaxComponent()} ${v3(Vector3D.Abs(v))} ${v3(Vector3D.Negate(v))} ${v3(Vector3D.SignNonZero(v))} ${v3(Vector3D.Step(v))}`")}`);
  add(`Vector3D ${n}: IsZero IsZeroVector IsValid GetDim DominantAxisProjection SwapYZCoordinates`, `${pre} ${echo("`${Vector3D.IsZero(v)} ${v.IsZero()} ${Vector3D.IsZero(v, 2)} ${v3(Vector3D.IsZeroVector(v))} ${v3(Vector3D.IsZeroVector(v, 1.6))} ${v.IsValid()} ${fx(v.GetDim(0))} ${fx(v.GetDim(1))} ${fx(v.GetDim(2))} ${fx(v.GetDim(4))} ${fx(v.GetDim(-1))} ${v3(Vector3D.DominantAxisProjection(v))} ${v3(Vector3D.SwapYZCoordinates(v))}`")}`);
  add(`Vector3D ${n}: Round Floor CalculatePerpendicularVector`, `${pre} ${echo("`${vi(Vector3D.Round(v))} ${vi(Vector3D.Floor(v))} ${v3(Vector3D.Round(v, 1))} ${v3(Vector3D.Round(v, 0))} ${v3(Vector3D.CalculatePerpendicularVector(v))}`")}`);
  add(`Vector3D ${n}: Equals ClampToSphere`, `${pre} ${echo("`${v.Equals(w)} ${v.Equals(Vector3D.Zero)} ${v.Equals(Vector3D.One, 5)} ${v.Equals(w, 0)} ${v3(Vector3D.ClampToSphere(v, 2, false))} ${v3(Vector3D.ClampToSphere(v, 0.5, true))}`")}`);
}
// Pairwise members over sample pairs.
const PAIRS: [string, string][] = [
  ["a", "b"],
  ["a", "zero"],
  ["b", "neg"],
  ["huge", "a"],
  ["tiny", "unit"],
  ["nan", "a"],
  ["inf", "b"],
  ["unit", "unit"],
];
for (const [x, y] of PAIRS) {
  const pre = `const p = ${VECS[x]}; const q = ${VECS[y]};`;
  add(`Vector3D ${x},${y}: Add Subtract Multiply Divide`, `${pre} ${echo("`${v3(Vector3D.Add(p, q))} ${v3(Vector3D.Subtract(p, q))} ${v3(Vector3D.Multiply(p, q))} ${v3(Vector3D.Divide(p, q))} ${v3(Vector3D.Multiply(p, q.X))} ${v3(Vector3D.Divide(p, q.Y))} ${v3(Vector3D.Divide(p, 0))}`")}`);
  add(`Vector3D ${x},${y}: Dot Cross Distance DistanceSquared RectangularDistance`, `${pre} ${echo("`${fx(Vector3D.Dot(p, q))} ${fx(p.Dot(q))} ${v3(Vector3D.Cross(p, q))} ${v3(p.Cross(q))} ${fx(Vector3D.Distance(p, q))} ${fx(Vector3D.DistanceSquared(p, q))} ${fx(Vector3D.RectangularDistance(p, q))}`")}`);
  add(`Vector3D ${x},${y}: Min Max Clamp Reflect Reject`, `${pre} ${echo("`${v3(Vector3D.Min(p, q))} ${v3(Vector3D.Max(p, q))} ${v3(Vector3D.Clamp(p, Vector3D.Min(p, q), q))} ${v3(Vector3D.Reflect(p, q))} ${v3(Vector3D.Reject(p, q))}`")}`);
  add(`Vector3D ${x},${y}: Lerp SmoothStep Barycentric CatmullRom Hermite`, `${pre} ${echo("`${v3(Vector3D.Lerp(p, q, 0.25))} ${v3(Vector3D.SmoothStep(p, q, 0.3))} ${v3(Vector3D.SmoothStep(p, q, 7))} ${v3(Vector3D.Barycentric(p, q, Vector3D.One, 0.2, 0.3))} ${v3(Vector3D.CatmullRom(p, q, Vector3D.One, p, 0.4))} ${v3(Vector3D.Hermite(p, Vector3D.Up, q, Vector3D.Left, 0.6))}`")}`);
  add(`Vector3D ${x},${y}: Angle`, `${pre} ${echo("f6(Vector3D.Angle(p, q))")}`);
}
add("Vector3D constructors", echo("`${v3(new Vector3D(2))} ${v3(new Vector3D(new Vector3(1.1, 2.2, 3.3)))} ${v3(new Vector3D(new Vector3I(4, -5, 6)))} ${v3(new Vector3D(new Vector3D(7, 8, 9)))} ${v3(new Vector3D(new Vector2(toFloat(0.1), toFloat(0.2)), 3))} ${v3(new Vector3D(new Vector2D(0.1, 0.2), 3))} ${v3(new Vector3D(new Vector4(1, 2, 3, 4)))} ${v3(new Vector3D(new Vector4D(5, 6, 7, 8)))}`"));
add("Vector3D static fields", echo("`${v3(Vector3D.Zero)} ${v3(Vector3D.One)} ${v3(Vector3D.Half)} ${v3(Vector3D.UnitX)} ${v3(Vector3D.UnitY)} ${v3(Vector3D.UnitZ)} ${v3(Vector3D.Up)} ${v3(Vector3D.Down)} ${v3(Vector3D.Left)} ${v3(Vector3D.Right)} ${v3(Vector3D.Forward)} ${v3(Vector3D.Backward)}`"));
add("Vector3D extreme static fields", echo("`${v3(Vector3D.MaxValue)} ${v3(Vector3D.MinValue)} ${v3(Vector3D.PositiveInfinity)} ${v3(Vector3D.NegativeInfinity)}`"));
add("Vector3D Dot and Distance with a Vector3", `const p = new Vector3D(1.5, 2, -3); const f = new Vector3(0.1, 0.2, 0.3); ${echo("`${fx(Vector3D.Dot(p, f))} ${fx(p.Dot(f))} ${fx(Vector3D.Distance(p, f))} ${fx(Vector3D.Distance(f, p))}`")}`);
add("Vector3D Sign of ordinary values", `const p = new Vector3D(-0.5, 0, 7); ${echo("v3(Vector3D.Sign(p))")}`);
add("Vector3D Sign of NaN throws", `const p = new Vector3D(NaN, 0, 7); ${echo("v3(Vector3D.Sign(p))")}`);
add("Vector3D VolumeInt", `const p = new Vector3D(1.5, 2.7, -3.2); ${echo("`${p.VolumeInt(10)} ${p.VolumeInt(1)}`")}`);
add("Vector3D Rotate about an axis", `const p = new Vector3D(1, 0, 0); ${echo("`${v3r(p.Rotate(Vector3D.Up, Math.PI / 2))} ${v3r(p.Rotate(Vector3D.Backward, 1))}`")}`);
add("Vector3D Transform by a matrix", `const m = MatrixD.CreateWorld(new Vector3D(10, 20, 30), Vector3D.Forward, Vector3D.Up); const p = new Vector3D(1, 2, 3); ${echo("`${v3(Vector3D.Transform(p, m))} ${v3(Vector3D.TransformNormal(p, m))} ${v3(Vector3D.Rotate(p, m))}`")}`);
add("Vector3D Transform by a rotation matrix", `const m = MatrixD.CreateRotationY(0.7); const p = new Vector3D(1, 2, 3); ${echo("`${v3r(Vector3D.Transform(p, m))} ${v3r(Vector3D.TransformNormal(p, m))}`")}`);
add("Vector3D Transform with perspective divide", `const m = MatrixD.CreatePerspective(2, 2, 1, 100); const p = new Vector3D(1, 2, -3); ${echo("v3(Vector3D.Transform(p, m))")}`);
add("Vector3D Transform by a quaternion", `const q = QuaternionD.CreateFromAxisAngle(Vector3D.Up, 0.5); const p = new Vector3D(1, 2, 3); ${echo("`${v3r(Vector3D.Transform(p, q))} ${v3(Vector3D.Transform(p, QuaternionD.Identity))}`")}`);
add("Vector3D Transform of zero and NaN", `const m = MatrixD.CreateTranslation(1, 2, 3); ${echo("`${v3(Vector3D.Transform(Vector3D.Zero, m))} ${v3(Vector3D.Transform(new Vector3D(NaN, 0, 0), m))} ${v3(Vector3D.Transform(Vector3D.One, MatrixD.Zero))}`")}`);
for (const [n, v] of Object.entries({ ahead: "new Vector3D(0, 0, -1)", upRight: "new Vector3D(3, 4, -5)", behindLeft: "new Vector3D(-2, -1, 6)", up: "Vector3D.Up", zero: "Vector3D.Zero" })) {
  add(`Vector3D GetAzimuthAndElevation ${n}`, `const v = ${v}; const az = new Out<number>(); const el = new Out<number>(); Vector3D.GetAzimuthAndElevation(v, az, el); const d = new Out<Vector3D>(); Vector3D.CreateFromAzimuthAndElevation(az.value, el.value, d); ${echo("`${f6(az.value)} ${f6(el.value)} ${v3r(d.value)}`")}`);
}
add("Vector3D values are copies", `let p = new Vector3D(1, 2, 3); const q = p; p = Vector3D.Add(p, Vector3D.One); ${echo("`${v3(p)} ${v3(q)}`")}`);

// ---- MathHelper / MathHelperD ----
group = "helpers";
add("MathHelper constants", echo("`${fx(MathHelper.E)} ${fx(MathHelper.Log2E)} ${fx(MathHelper.Log10E)} ${fx(MathHelper.Pi)} ${fx(MathHelper.TwoPi)} ${fx(MathHelper.FourPi)} ${fx(MathHelper.PiOver2)} ${fx(MathHelper.PiOver4)}`"));
add("MathHelper more constants", echo("`${fx(MathHelper.Sqrt2)} ${fx(MathHelper.Sqrt3)} ${fx(MathHelper.RadiansPerSecondToRPM)} ${fx(MathHelper.RPMToRadiansPerSecond)} ${fx(MathHelper.RPMToRadiansPerMillisec)} ${fx(MathHelper.EPSILON)} ${fx(MathHelper.EPSILON10)}`"));
add("MathHelperD constants", echo("`${fx(MathHelperD.E)} ${fx(MathHelperD.Pi)} ${fx(MathHelperD.TwoPi)} ${fx(MathHelperD.FourPi)} ${fx(MathHelperD.PiOver2)} ${fx(MathHelperD.PiOver4)}`"));
const SCALARS = ["0", "1", "-1", "0.5", "-2.75", "180", "1e300", "NaN", "Infinity", "-0.0000001"];
for (const s of SCALARS) {
  const pre = `const x = ${s};`;
  add(`MathHelper ${s}: ToRadians ToDegrees Clamp Min Max Saturate Distance`, `${pre} ${echo("`${fx(MathHelper.ToRadians(x))} ${fx(MathHelper.ToDegrees(x))} ${fx(MathHelperD.ToRadians(x))} ${fx(MathHelperD.ToDegrees(x))} ${fx(MathHelper.Clamp(x, -1, 0.75))} ${fx(MathHelper.Min(x, 0.25))} ${fx(MathHelper.Max(x, 0.25))} ${fx(MathHelper.Min(x, 3, -4))} ${fx(MathHelper.Max(x, 3, -4))} ${fx(MathHelper.Saturate(x))} ${fx(MathHelperD.Clamp(x, -1, 0.75))} ${fx(MathHelperD.Min(x, 0.25))} ${fx(MathHelperD.Max(x, 0.25))} ${fx(MathHelperD.Distance(x, 0.5))}`")}`);
  add(`MathHelper ${s}: Lerp SmoothStep SCurve3 SCurve5 SmoothStepStable CubicInterp IsZero IsValid`, `${pre} ${echo("`${fx(MathHelper.Lerp(2, 10, x))} ${fx(MathHelper.SmoothStep(2, 10, x))} ${fx(MathHelper.SCurve3(x))} ${fx(MathHelper.SCurve5(x))} ${fx(MathHelper.SmoothStepStable(x))} ${fx(MathHelper.CubicInterp(1, 2, 4, 3, x))} ${MathHelper.IsZero(x, MathHelper.EPSILON)} ${MathHelper.IsValid(x)}`")}`);
  add(`MathHelper ${s}: Atan`, `${pre} ${echo("f6(MathHelper.Atan(x))")}`);
}
const INTS = ["0", "1", "7", "8", "1000", "-5", "2147483647"];
for (const s of INTS) {
  const pre = `const n: int = ${s};`;
  add(`MathHelper int ${s}: IsPowerOfTwo Log2 Log2Floor Log2Ceiling`, `${pre} ${echo("`${MathHelper.IsPowerOfTwo(n)} ${MathHelper.Log2(n)} ${MathHelper.Log2Floor(n)} ${MathHelper.Log2Ceiling(n)}`")}`);
  add(`MathHelper int ${s}: ToRadians of an int picks the double overload`, `${pre} ${echo("`${fx(MathHelper.ToRadians(n))} ${fx(MathHelper.Clamp(n, 2, 9))}`")}`);
}
add("MathHelper Pow2", echo("`${MathHelper.Pow2(0)} ${MathHelper.Pow2(10)} ${MathHelper.Pow2(31)} ${MathHelper.Pow2(33)}`"));
add("MathHelper GetNearestBiggerPowerOfTwo", `const a = 5.5; const b = 1024; const c = 0.1; ${echo("`${MathHelper.GetNearestBiggerPowerOfTwo(a)} ${MathHelper.GetNearestBiggerPowerOfTwo(b)} ${MathHelper.GetNearestBiggerPowerOfTwo(c)}`")}`);
const FLOATS = ["0.1", "-2.5", "3.75", "1e-8", "1000000.5", "-0.49999997"];
for (const s of FLOATS) {
  const pre = `const f: float = toFloat(${s}); const g: float = toFloat(0.3); const h: float = toFloat(-1.25);`;
  add(`MathHelper float ${s}: Distance RoundOn2 WrapAngle IsEqual`, `${pre} ${echo("`${fx(MathHelper.Distance(f, g))} ${fx(MathHelper.RoundOn2(f))} ${fx(MathHelper.WrapAngle(f))} ${MathHelper.IsEqual(f, g)} ${MathHelper.IsEqual(f, f)}`")}`);
  add(`MathHelper float ${s}: Barycentric CatmullRom Hermite`, `${pre} ${echo("`${fx(MathHelper.Barycentric(f, g, h, g, f))} ${fx(MathHelper.CatmullRom(f, g, h, f, g))} ${fx(MathHelper.Hermite(f, g, h, f, g))}`")}`);
  add(`MathHelper ${s}: Floor FloorToInt CeilToInt RoundToInt`, `const x = ${s}; ${echo("`${MathHelper.Floor(x)} ${MathHelper.FloorToInt(x)} ${MathHelper.CeilToInt(x)} ${MathHelper.RoundToInt(x)}`")}`);
  add(`MathHelper float ${s}: MonotonicCosine MonotonicAcos InterpLog`, `${pre} const one: float = toFloat(1.5); ${echo("`${f6(MathHelper.MonotonicCosine(f))} ${f6(MathHelper.MonotonicAcos(g))} ${f6(MathHelper.MonotonicAcos(one))} ${f6(MathHelperD.MonotonicAcos(g))} ${f6(MathHelper.InterpLog(g, one, toFloat(4)))} ${f6(MathHelper.InterpLogInv(one, g, toFloat(4)))}`")}`);
}
add("MathHelper RoundToInt halves to even", `const a = 2.5; const b = 3.5; const c = -2.5; ${echo("`${MathHelper.RoundToInt(a)} ${MathHelper.RoundToInt(b)} ${MathHelper.RoundToInt(c)}`")}`);
add("MathHelper WrapAngle near pi", `const a: float = toFloat(3.2); const b: float = toFloat(-3.2); const c: float = toFloat(100); ${echo("`${fx(MathHelper.WrapAngle(a))} ${fx(MathHelper.WrapAngle(b))} ${fx(MathHelper.WrapAngle(c))}`")}`);
add("MathHelper CalculateBezierPoint", `const p0 = new Vector3D(0, 0, 0); const p1 = new Vector3D(1, 2, 0); const p2 = new Vector3D(3, 2, 1); const p3 = new Vector3D(4, 0, 1); ${echo("`${v3(MathHelper.CalculateBezierPoint(0.3, p0, p1, p2, p3))} ${v3(MathHelper.CalculateBezierPoint(1, p0, p1, p2, p3))}`")}`);

// ---- MatrixD ----
group = "matrix";
const MATS: Record<string, string> = {
  world: "MatrixD.CreateWorld(new Vector3D(10, -20, 30.5), new Vector3D(0, 0, -1), new Vector3D(0, 1, 0))",
  tilted: "MatrixD.CreateWorld(new Vector3D(1, 2, 3), new Vector3D(1, 2, -2), new Vector3D(0, 1, 0))",
  general: "new MatrixD(2, 0.5, -1, 0, 0.25, 3, 1, 0, 1, -2, 4, 0, 5, 6, 7, 1)",
  scale: "MatrixD.CreateScale(2, 3, 4)",
  zero: "MatrixD.Zero",
  identity: "MatrixD.Identity",
  singular: "new MatrixD(1, 2, 3, 2, 4, 6, 1, 1, 1)",
  huge: "MatrixD.CreateScale(1e200)",
  nan: "MatrixD.CreateTranslation(NaN, 0, 0)",
};
for (const [n, m] of Object.entries(MATS)) {
  const pre = `const m = ${m};`;
  add(`MatrixD ${n}: fields and direction properties`, `${pre} ${echo("`${mx(m)} ${v3(m.Right)} ${v3(m.Left)} ${v3(m.Up)} ${v3(m.Down)} ${v3(m.Forward)} ${v3(m.Backward)} ${v3(m.Translation)}`")}`);
  add(`MatrixD ${n}: Col0 Col1 Col2 Scale Determinant IsMirrored IsNan IsValid`, `${pre} ${echo("`${v3(m.Col0)} ${v3(m.Col1)} ${v3(m.Col2)} ${v3(m.Scale)} ${fx(m.Determinant())} ${m.IsMirrored()} ${m.IsNan()} ${m.IsValid()}`")}`);
  add(`MatrixD ${n}: Invert Transpose Negate`, `${pre} ${echo("`${mx(MatrixD.Invert(m))} ${mx(MatrixD.Transpose(m))} ${mx(MatrixD.Negate(m))}`")}`);
  add(`MatrixD ${n}: Normalize Orthogonalize GetOrientation GetRow`, `${pre} const r = m.GetRow(3); ${echo("`${mx(MatrixD.Normalize(m))} ${mx(MatrixD.Orthogonalize(m))} ${mx(m.GetOrientation())} ${fx(r.X)} ${fx(r.Y)} ${fx(r.Z)} ${fx(r.W)}`")}`);
  add(`MatrixD ${n}: IsRotation HasNoTranslationOrPerspective Equals Rescale SwapYZCoordinates`, `${pre} ${echo("`${m.IsRotation()} ${m.HasNoTranslationOrPerspective()} ${m.Equals(m)} ${m.Equals(MatrixD.Identity)} ${mx(MatrixD.Rescale(m, 2.5))} ${mx(MatrixD.Rescale(m, new Vector3D(1, 2, 3)))} ${mx(MatrixD.SwapYZCoordinates(m))}`")}`);
  add(`MatrixD ${n}: Multiply Add Subtract Divide Lerp`, `${pre} const g = ${MATS.general}; ${echo("`${mx(MatrixD.Multiply(m, g))} ${mx(MatrixD.Multiply(g, m))} ${mx(MatrixD.Multiply(m, -0.5))} ${mx(MatrixD.Add(m, g))} ${mx(MatrixD.Subtract(m, g))} ${mx(MatrixD.Divide(m, g))} ${mx(MatrixD.Divide(m, 4))} ${mx(MatrixD.Lerp(m, g, 0.3))}`")}`);
}
add("MatrixD 9-value constructor", echo("mx(new MatrixD(1, 2, 3, 4, 5, 6, 7, 8, 9))"));
add("MatrixD CreateTranslation overloads", echo("`${mx(MatrixD.CreateTranslation(new Vector3D(1, 2, 3)))} ${mx(MatrixD.CreateTranslation(-4, 5.5, 6))}`"));
add("MatrixD CreateScale overloads", echo("`${mx(MatrixD.CreateScale(new Vector3D(1, 2, 3)))} ${mx(MatrixD.CreateScale(0.5))} ${mx(MatrixD.CreateScale(1, -1, 2))}`"));
for (const ang of ["0", "0.5", "Math.PI / 2", "-2", "100"]) {
  add(`MatrixD rotations of ${ang}`, `const r = ${ang}; ${echo("`${mxr(MatrixD.CreateRotationX(r))} ${mxr(MatrixD.CreateRotationY(r))} ${mxr(MatrixD.CreateRotationZ(r))}`")}`);
  add(`MatrixD CreateFromAxisAngle ${ang}`, `const r = ${ang}; ${echo("`${mxr(MatrixD.CreateFromAxisAngle(new Vector3D(0, 0.6, 0.8), r))} ${mxr(MatrixD.CreateFromAxisAngle(Vector3D.Zero, r))}`")}`);
}
add("MatrixD CreateFromQuaternion", `const q = new QuaternionD(0.1, 0.2, 0.3, 0.9); ${echo("`${mx(MatrixD.CreateFromQuaternion(q))} ${mx(MatrixD.CreateFromQuaternion(QuaternionD.Identity))}`")}`);
add("MatrixD CreateFromYawPitchRoll (through a float Quaternion)", echo("`${mxr(MatrixD.CreateFromYawPitchRoll(0.3, -1.1, 2.5))} ${mxr(MatrixD.CreateFromYawPitchRoll(0, 0, 0))}`"));
add("MatrixD CreateWorld overloads", echo("`${mx(MatrixD.CreateWorld(new Vector3D(1, 2, 3)))} ${mx(MatrixD.CreateWorld(Vector3D.Zero, new Vector3D(1, 1, 0), Vector3D.Backward))}`"));
add("MatrixD CreateWorld with parallel forward and up", echo("mx(MatrixD.CreateWorld(Vector3D.Zero, Vector3D.Up, Vector3D.Up))"));
add("MatrixD CreateLookAt", echo("`${mx(MatrixD.CreateLookAt(new Vector3D(0, 5, 10), Vector3D.Zero, Vector3D.Up))} ${mx(MatrixD.CreateLookAt(Vector3D.Zero, Vector3D.Zero, Vector3D.Up))}`"));
add("MatrixD CreateFromDir", echo("`${mx(MatrixD.CreateFromDir(new Vector3D(0.6, 0, -0.8)))} ${mx(MatrixD.CreateFromDir(Vector3D.Backward))} ${mx(MatrixD.CreateFromDir(new Vector3D(0.6, 0, -0.8), Vector3D.Up))}`"));
add("MatrixD CreateOrthographic", echo("`${mx(MatrixD.CreateOrthographic(4, 3, 0.1, 100))} ${mx(MatrixD.CreateOrthographicOffCenter(-1, 3, -2, 2, 1, 10))}`"));
add("MatrixD CreatePerspective", echo("`${mx(MatrixD.CreatePerspective(4, 3, 0.1, 100))} ${mx(MatrixD.CreatePerspectiveOffCenter(-1, 3, -2, 2, 1, 10))}`"));
add("MatrixD CreatePerspectiveFieldOfView", echo("mxr(MatrixD.CreatePerspectiveFieldOfView(1.2, 16 / 9, 0.5, 1000))"));
add("MatrixD Identity and Zero", echo("`${mx(MatrixD.Identity)} ${mx(MatrixD.Zero)}`"));
add("MatrixD Invert round trip", `const m = ${MATS.general}; ${echo("mx(MatrixD.Multiply(m, MatrixD.Invert(m)))")}`);
add("MatrixD GetRow out of range throws", `const m = MatrixD.Identity; const r = m.GetRow(4); ${echo("fx(r.X)")}`);
add("MatrixD values are copies", `let m = MatrixD.Identity; const k = m; m = MatrixD.Multiply(m, 2); ${echo("`${mx(m)} ${mx(k)}`")}`);

// ---- QuaternionD ----
const QUATS: Record<string, string> = {
  axis: "QuaternionD.CreateFromAxisAngle(new Vector3D(0, 0.6, 0.8), 1.2)",
  plain: "new QuaternionD(0.5, -0.25, 0.125, 0.75)",
  identity: "QuaternionD.Identity",
  zero: "new QuaternionD(0, 0, 0, 0)",
  vec: "new QuaternionD(new Vector3D(1, 2, 3), 4)",
  nan: "new QuaternionD(NaN, 0, 0, 1)",
  huge: "new QuaternionD(1e200, 1e200, 0, 1)",
};
for (const [n, q] of Object.entries(QUATS)) {
  const pre = `const q = ${q}; const r = new QuaternionD(0.1, 0.2, -0.3, 0.9);`;
  add(`QuaternionD ${n}: fields Length LengthSquared Normalize Conjugate Inverse Negate`, `${pre} ${echo("`${q4r(q)} ${f6(q.Length())} ${f6(q.LengthSquared())} ${q4r(QuaternionD.Normalize(q))} ${q4r(QuaternionD.Conjugate(q))} ${q4r(QuaternionD.Inverse(q))} ${q4r(QuaternionD.Negate(q))}`")}`);
  add(`QuaternionD ${n}: Add Subtract Dot Multiply Concatenate Divide`, `${pre} ${echo("`${q4r(QuaternionD.Add(q, r))} ${q4r(QuaternionD.Subtract(q, r))} ${f6(QuaternionD.Dot(q, r))} ${q4r(QuaternionD.Multiply(q, r))} ${q4r(QuaternionD.Multiply(q, 2.5))} ${q4r(QuaternionD.Concatenate(q, r))} ${q4r(QuaternionD.Divide(q, r))} ${q4r(QuaternionD.Divide(r, q))}`")}`);
  add(`QuaternionD ${n}: Lerp Slerp`, `${pre} ${echo("`${q4r(QuaternionD.Lerp(q, r, 0.3))} ${q4r(QuaternionD.Slerp(q, r, 0.3))} ${q4r(QuaternionD.Slerp(q, q, 0.5))}`")}`);
  add(`QuaternionD ${n}: IsZero Equals ToVector4 FromVector4 GetAxisAngle`, `${pre} const v = q.ToVector4(); const ax = new Out<Vector3D>(); const an = new Out<number>(); q.GetAxisAngle(ax, an); ${echo("`${QuaternionD.IsZero(q)} ${QuaternionD.IsZero(q, 1)} ${q.Equals(q)} ${q.Equals(r)} ${q4r(QuaternionD.FromVector4(v))} ${v3r(ax.value)} ${f6(an.value)}`")}`);
  add(`QuaternionD ${n}: to and from a matrix, Transform a vector`, `${pre} ${echo("`${mxr(MatrixD.CreateFromQuaternion(q))} ${q4r(QuaternionD.CreateFromRotationMatrix(MatrixD.CreateFromQuaternion(QuaternionD.Normalize(q))))} ${v3r(Vector3D.Transform(new Vector3D(1, -2, 3), q))}`")}`);
}
add("QuaternionD CreateFromAxisAngle", echo("`${q4r(QuaternionD.CreateFromAxisAngle(Vector3D.Up, Math.PI))} ${q4r(QuaternionD.CreateFromAxisAngle(Vector3D.Zero, 1))}`"));
add("QuaternionD CreateFromYawPitchRoll", echo("`${q4r(QuaternionD.CreateFromYawPitchRoll(0.3, -0.2, 1.1))} ${q4r(QuaternionD.CreateFromYawPitchRoll(0, 0, 0))}`"));
add("QuaternionD CreateFromForwardUp", echo("`${q4r(QuaternionD.CreateFromForwardUp(Vector3D.Forward, Vector3D.Up))} ${q4r(QuaternionD.CreateFromForwardUp(new Vector3D(1, 0, 0), Vector3D.Up))} ${q4r(QuaternionD.CreateFromForwardUp(Vector3D.Backward, Vector3D.Up))} ${q4r(QuaternionD.CreateFromForwardUp(Vector3D.Up, Vector3D.Backward))}`"));
add("QuaternionD CreateFromRotationMatrix branches", echo("`${q4r(QuaternionD.CreateFromRotationMatrix(MatrixD.CreateRotationX(3)))} ${q4r(QuaternionD.CreateFromRotationMatrix(MatrixD.CreateRotationY(3)))} ${q4r(QuaternionD.CreateFromRotationMatrix(MatrixD.CreateRotationZ(3)))} ${q4r(QuaternionD.CreateFromRotationMatrix(MatrixD.Identity))}`"));
add("QuaternionD CreateFromTwoVectors", echo("`${q4r(QuaternionD.CreateFromTwoVectors(Vector3D.Up, Vector3D.Right))} ${q4r(QuaternionD.CreateFromTwoVectors(new Vector3D(0.1, 0.2, 0.3), new Vector3D(-1, 0.5, 2)))} ${q4r(QuaternionD.CreateFromTwoVectors(Vector3D.Up, Vector3D.Up))}`"));
add("QuaternionD Identity", echo("q4(QuaternionD.Identity)"));
add("QuaternionD Slerp of nearly equal rotations", `const a = QuaternionD.CreateFromAxisAngle(Vector3D.Up, 0.1); const b = QuaternionD.CreateFromAxisAngle(Vector3D.Up, 0.1000001); ${echo("q4r(QuaternionD.Slerp(a, b, 0.5))")}`);
add("QuaternionD Slerp the long way round", `const a = new QuaternionD(0, 0, 0, 1); const b = new QuaternionD(0, 0, 0.6, -0.8); ${echo("`${q4r(QuaternionD.Slerp(a, b, 0.5))} ${q4r(QuaternionD.Lerp(a, b, 0.5))}`")}`);

// ---- small vectors (single precision rounds after every operation) ----
group = "helpers";
add("Vector3 constructor rounds to float", echo("`${vf(new Vector3(0.1, 1 / 3, 16777217))} ${vf(new Vector3(toFloat(2.5)))}`"));
add("Vector3 Length LengthSquared", `const v = new Vector3(0.1, 0.2, 0.3); const z = Vector3.Zero; ${echo("`${fx(v.Length())} ${fx(v.LengthSquared())} ${fx(z.Length())}`")}`);
add("Vector3 Add Subtract Multiply", `const v = new Vector3(0.1, 0.2, 0.3); const w = new Vector3(1e7, -3.3, 7.77); const s: float = toFloat(1.1); ${echo("`${vf(Vector3.Add(v, w))} ${vf(Vector3.Subtract(v, w))} ${vf(Vector3.Multiply(v, s))}`")}`);
add("Vector3 Dot Cross", `const v = new Vector3(0.1, 0.2, 0.3); const w = new Vector3(1e7, -3.3, 7.77); ${echo("`${fx(Vector3.Dot(v, w))} ${vf(Vector3.Cross(v, w))}`")}`);
add("Vector3 Normalize, zero gives NaN", `const v = new Vector3(0.1, 0.2, 0.3); ${echo("`${vf(Vector3.Normalize(v))} ${vf(Vector3.Normalize(Vector3.Zero))}`")}`);
add("Vector3 static fields and Equals", echo("`${vf(Vector3.Up)} ${vf(Vector3.Forward)} ${vf(Vector3.Left)} ${vf(Vector3.One)} ${vf(Vector3.UnitZ)} ${Vector3.One.Equals(new Vector3(1, 1, 1))}`"));
add("Vector3 float to Vector3D is exact", `const v = new Vector3(0.1, 0.2, 0.3); ${echo("v3(new Vector3D(v))")}`);
add("Vector2 members", `const v = new Vector2(toFloat(0.1), toFloat(0.2)); const w = new Vector2(3, -4); const s: float = toFloat(0.7); ${echo("`${fx(v.Length())} ${fx(w.LengthSquared())} ${fx(Vector2.Dot(v, w))} ${fx(Vector2.Add(v, w).X)} ${fx(Vector2.Subtract(v, w).Y)} ${fx(Vector2.Multiply(v, s).X)} ${fx(Vector2.One.Y)} ${v.Equals(w)}`")}`);
add("Vector2 arithmetic", `const v = new Vector2(toFloat(0.1), toFloat(-0.2)); const w = new Vector2(3, toFloat(4.7)); const s: float = toFloat(0.3); ${echo("`${fx(Vector2.Multiply(v, w).Y)} ${fx(Vector2.Divide(v, w).X)} ${fx(Vector2.Divide(w, s).Y)} ${fx(Vector2.Negate(v).X)} ${fx(Vector2.Distance(v, w))} ${fx(Vector2.DistanceSquared(v, w))} ${fx(Vector2.Normalize(w).X)} ${fx(Vector2.Normalize(Vector2.Zero).Y)} ${fx(Vector2.Min(v, w).Y)} ${fx(Vector2.Max(v, w).X)} ${fx(Vector2.Clamp(w, v, Vector2.One).Y)} ${fx(Vector2.Lerp(v, w, s).X)} ${fx(Vector2.Floor(v).Y)} ${v.IsValid()} ${Vector2.PositiveInfinity.IsValid()} ${fx(Vector2.PositiveInfinity.X)}`")}`);
add("Vector2D members", `const v = new Vector2D(0.1, 0.2); const w = new Vector2D(3); ${echo("`${fx(v.Length())} ${fx(w.LengthSquared())} ${fx(Vector2D.Add(v, w).X)} ${fx(Vector2D.Subtract(v, w).Y)} ${v.Equals(v)}`")}`);
add("Vector2I members", `const v = new Vector2I(3, -4); ${echo("`${v.X} ${v.Y} ${v.ToString()} ${new Vector2I(7).ToString()} ${v.Equals(Vector2I.One)}`")}`);
add("Vector3I Abs of int.MinValue throws", `const m: int = -2147483647; const v = new Vector3I(m - 1, 0, 0); ${echo("vi(v)")} ${echo("vi(Vector3I.Abs(v))")}`);
add("Vector3I members", `const v = new Vector3I(3, -4, 5); const w = new Vector3I(2147483647, 1, -2); ${echo("`${vi(Vector3I.Min(v, w))} ${vi(Vector3I.Max(v, w))} ${vi(Vector3I.Clamp(w, v, new Vector3I(9)))} ${vi(Vector3I.Abs(v))} ${Vector3I.Dot(v, w)} ${Vector3I.DistanceManhattan(v, new Vector3I(-1, 2, 3))} ${v.Size} ${w.Size} ${v.ToString()} ${v.Equals(v)} ${vi(Vector3I.Forward)}`")}`);
add("Vector4 and Vector4D", `const v = new Vector4(toFloat(0.1), toFloat(0.2), toFloat(0.3), toFloat(0.4)); const w = new Vector4D(0.1, 0.2, 0.3, 0.4); ${echo("`${fx(v.X)} ${fx(v.W)} ${fx(w.X)} ${v.Equals(Vector4.One)} ${w.Equals(w)}`")}`);

// ---- Color ----
add("Color from ints, clamped", echo("`${col(new Color(255, 128, 0))} ${col(new Color(300, -5, 10, 77))} ${col(new Color(1, 2, 3, 0))}`"));
add("Color from vectors", echo("`${col(new Color(new Vector3(0.5, 0.25, 1.5)))} ${col(new Color(new Vector4(toFloat(0.1), toFloat(0.2), toFloat(0.3), toFloat(0.4))))} ${col(new Color(new Vector3(NaN, -1, 0.5)))}`"));
add("Color to vectors", `const c = new Color(10, 20, 30, 40); ${echo("`${vf(c.ToVector3())} ${fx(c.ToVector4().W)}`")}`);
add("Color Multiply", `const c = new Color(200, 100, 50, 255); ${echo("`${col(Color.Multiply(c, toFloat(0.5)))} ${col(Color.Multiply(c, toFloat(2)))} ${col(Color.Multiply(c, toFloat(-1)))} ${col(Color.Multiply(c, toFloat(NaN)))}`")}`);
add("Color Lerp", `const a = new Color(0, 100, 200, 255); const b = new Color(255, 0, 100, 0); ${echo("`${col(Color.Lerp(a, b, toFloat(0.5)))} ${col(Color.Lerp(a, b, toFloat(0.1)))} ${col(Color.Lerp(a, b, toFloat(2)))}`")}`);
add("Color Equals and ToString", `const a = new Color(1, 2, 3); ${echo("`${a.Equals(new Color(1, 2, 3))} ${a.Equals(Color.Red)} ${a.ToString()}`")}`);
add("Color named colors", echo("`${col(Color.Red)} ${col(Color.Green)} ${col(Color.Lime)} ${col(Color.Blue)} ${col(Color.White)} ${col(Color.Black)} ${col(Color.Transparent)} ${col(Color.CornflowerBlue)}`"));
add("Color more named colors", echo("`${col(Color.Orange)} ${col(Color.Yellow)} ${col(Color.Gray)} ${col(Color.DarkGray)} ${col(Color.AliceBlue)} ${col(Color.YellowGreen)}`"));

// ---- MyFixedPoint (6 decimal places in a long) ----
group = "other";
const fp = (text: string) => `MyFixedPoint.DeserializeString(${JSON.stringify(text)})`;
add("MyFixedPoint DeserializeString and ToString", echo(`\`\${${fp("1.5")}.ToString()} \${${fp("-0.000015")}.ToString()} \${${fp("42")}.ToString()} \${${fp("3.1415926535")}.ToString()} \${${fp("")}.ToString()} \${${fp(".5")}.SerializeString()}\``));
add("MyFixedPoint RawValue", echo(`\`\${${fp("1.5")}.RawValue} \${${fp("-2.25")}.RawValue} \${MyFixedPoint.SmallestPossibleValue.RawValue} \${MyFixedPoint.Zero.RawValue}\``));
add("MyFixedPoint static values", echo("`${MyFixedPoint.MaxValue.ToString()} ${MyFixedPoint.MinValue.ToString()} ${MyFixedPoint.MaxIntValue.ToString()} ${MyFixedPoint.MinIntValue.ToString()} ${MyFixedPoint.SmallestPossibleValue.ToString()}`"));
add("MyFixedPoint DeserializeString of bad text throws", echo(`${fp("1x")}.ToString()`));
add("MyFixedPoint Floor Ceiling Round IsIntegral", `const a = ${fp("2.7")}; const b = ${fp("-2.7")}; const c = ${fp("3")}; ${echo("`${MyFixedPoint.Floor(a).ToString()} ${MyFixedPoint.Floor(b).ToString()} ${MyFixedPoint.Ceiling(a).ToString()} ${MyFixedPoint.Ceiling(b).ToString()} ${MyFixedPoint.Round(a).ToString()} ${MyFixedPoint.IsIntegral(a)} ${MyFixedPoint.IsIntegral(c)}`")}`);
add("MyFixedPoint Min Max Equals", `const a = ${fp("2.7")}; const b = ${fp("-2.7")}; ${echo("`${MyFixedPoint.Min(a, b).ToString()} ${MyFixedPoint.Max(a, b).ToString()} ${a.Equals(b)} ${a.Equals(MyFixedPoint.DeserializeString(\"2.700\"))}`")}`);
add("MyFixedPoint AddSafe saturates", `const a = ${fp("2.7")}; ${echo("`${MyFixedPoint.AddSafe(a, a).ToString()} ${MyFixedPoint.AddSafe(MyFixedPoint.MaxValue, a).ToString()} ${MyFixedPoint.AddSafe(MyFixedPoint.MinValue, MyFixedPoint.MinValue).ToString()} ${MyFixedPoint.AddSafe(a, MyFixedPoint.MinValue).ToString()}`")}`);
add("MyFixedPoint MultiplySafe", `const a = ${fp("2.5")}; const b = ${fp("-1.000001")}; ${echo("`${MyFixedPoint.MultiplySafe(a, b).ToString()} ${MyFixedPoint.MultiplySafe(b, b).ToString()} ${MyFixedPoint.MultiplySafe(MyFixedPoint.MaxIntValue, MyFixedPoint.MaxIntValue).ToString()} ${MyFixedPoint.MultiplySafe(MyFixedPoint.MaxValue, b).ToString()}`")}`);
add("MyFixedPoint MultiplySafe by a float", `const a = ${fp("2.5")}; const f: float = toFloat(0.1); ${echo("`${MyFixedPoint.MultiplySafe(a, f).ToString()} ${MyFixedPoint.MultiplySafe(f, a).ToString()} ${MyFixedPoint.MultiplySafe(a, toFloat(1e30)).ToString()}`")}`);
add("MyFixedPoint MultiplySafe by an int uses the float overload", `const a = ${fp("2.5")}; const n: int = 100003; ${echo("`${MyFixedPoint.MultiplySafe(a, n).ToString()} ${MyFixedPoint.MultiplySafe(a, 3).ToString()}`")}`);
add("MyFixedPoint ToIntSafe", echo(`\`\${${fp("2.9")}.ToIntSafe()} \${${fp("-2.9")}.ToIntSafe()} \${MyFixedPoint.MaxValue.ToIntSafe()} \${MyFixedPoint.MinValue.ToIntSafe()}\``));
add("MyFixedPoint amounts as doubles", `const a = ${fp("1234.567891")}; ${echo("`${toDouble(a.RawValue) / 1000000} ${fx(toDouble(a.RawValue) / 1000000)}`")}`);

// ---- items, sprites ----
add("MyItemType Make* and ToString", echo("`${MyItemType.MakeOre(\"Iron\").ToString()} ${MyItemType.MakeIngot(\"Gold\").TypeId} ${MyItemType.MakeComponent(\"SteelPlate\").SubtypeId} ${MyItemType.MakeAmmo(\"NATO_25x184mm\").ToString()} ${MyItemType.MakeTool(\"Welder\").ToString()}`"));
add("MyItemType Parse and Equals", `const t = MyItemType.Parse("MyObjectBuilder_Ore/Ice"); ${echo("`${t.TypeId} ${t.SubtypeId} ${t.Equals(MyItemType.MakeOre(\"Ice\"))} ${t.Equals(MyItemType.MakeIngot(\"Ice\"))} ${new MyItemType(\"A\", \"B/C\").ToString()}`")}`);
add("MyItemType Parse without a slash throws", `const t = MyItemType.Parse("Ore"); ${echo("t.SubtypeId")}`);
add("MyInventoryItem fields and Equals", `const i = new MyInventoryItem(MyItemType.MakeOre("Iron"), 7, MyFixedPoint.DeserializeString("12.5")); ${echo("`${i.Type.ToString()} ${i.ItemId} ${i.Amount.ToString()} ${i.Equals(i)}`")}`);
add("MySprite CreateText and CreateSprite", `const t = MySprite.CreateText("hi", "Debug", Color.Red, toFloat(1.5), TextAlignment.LEFT); const s = MySprite.CreateSprite("SquareSimple", new Vector2(10, 20), new Vector2(toFloat(5.5), 6)); const tc = t.Color; const sz = s.Size; ${echo("`${t.Type} ${t.Data} ${t.FontId} ${t.Alignment} ${fx(t.RotationOrScale)} ${tc === null ? \"none\" : col(tc)} ${t.Position === null} ${s.Type} ${s.Data} ${fx(sz === null ? -1 : sz.X)} ${s.Equals(t)} ${s.Equals(s)}`")}`);
add("MySprite constructor defaults and clip rects", `const a = new MySprite(); const b = new MySprite(SpriteType.TEXT, "x"); const c = MySprite.CreateClipRect(new Rectangle(1, 2, 30, 40)); const d = MySprite.CreateClearClipRect(); const cs = c.Size; ${echo("`${a.Type} ${a.Data === null} ${a.Alignment} ${fx(a.RotationOrScale)} ${b.Type} ${b.Data} ${c.Type} ${fx(cs === null ? -1 : cs.Y)} ${d.Type} ${d.Position === null}`")}`);
add("MySpriteDrawFrame collects sprites until Dispose", `const got: MySprite[] = []; const f = new MySpriteDrawFrame((fr: MySpriteDrawFrame) => fr.AddToList(got)); f.Add(MySprite.CreateText("a", "Debug", Color.White, 1, TextAlignment.CENTER)); f.AddRange([MySprite.CreateClearClipRect(), new MySprite()]); ${echo("`${got.length}`")} f.Dispose(); f.Dispose(); ${echo("`${got.length} ${got[0].Data} ${got[1].Type}`")}`);
add("Rectangle fields and Equals", `const r = new Rectangle(1, -2, 3, 4); ${echo("`${r.X} ${r.Y} ${r.Width} ${r.Height} ${r.Equals(new Rectangle(1, -2, 3, 4))}`")}`);

// ---- BoundingBoxD / BoundingSphereD ----
const BOXES: Record<string, string> = {
  unit: "new BoundingBoxD(new Vector3D(-1, -1, -1), new Vector3D(1, 1, 1))",
  offset: "new BoundingBoxD(new Vector3D(0.5, 2, -3), new Vector3D(4, 2.5, 10))",
  invalid: "BoundingBoxD.CreateInvalid()",
  flat: "new BoundingBoxD(new Vector3D(0, 0, 0), new Vector3D(2, 0, 2))",
};
for (const [n, b] of Object.entries(BOXES)) {
  const pre = `const b = ${b}; const o = ${BOXES.unit}; const s = new BoundingSphereD(new Vector3D(0.5, 0.5, 0), 0.75);`;
  add(`BoundingBoxD ${n}: properties`, `${pre} ${echo("`${v3(b.Min)} ${v3(b.Max)} ${v3(b.Center)} ${v3(b.HalfExtents)} ${v3(b.Extents)} ${v3(b.Size)} ${fx(b.Volume)} ${fx(b.SurfaceArea)} ${fx(b.Perimeter)} ${b.Valid}`")}`);
  add(`BoundingBoxD ${n}: Contains Intersects`, `${pre} ${echo("`${b.Contains(Vector3D.Zero)} ${b.Contains(new Vector3D(1, 2, 3))} ${b.Contains(o)} ${o.Contains(b)} ${b.Contains(s)} ${b.Intersects(o)} ${b.Intersects(s)} ${s.Intersects(b)} ${s.Contains(Vector3D.Zero)}`")}`);
  add(`BoundingBoxD ${n}: Distance Intersect CreateMerged GetInflated`, `${pre} ${echo("`${fx(b.Distance(new Vector3D(5, 5, 5)))} ${fx(b.DistanceSquared(new Vector3D(5, -5, 0)))} ${fx(b.Distance(Vector3D.Zero))} ${v3(b.Intersect(o).Min)} ${v3(b.Intersect(o).Max)} ${v3(BoundingBoxD.CreateMerged(b, o).Min)} ${v3(b.GetInflated(0.5).Max)} ${v3(b.GetInflated(new Vector3D(1, 2, 3)).Min)}`")}`);
  add(`BoundingBoxD ${n}: TransformSlow TransformFast`, `${pre} const m = MatrixD.Multiply(MatrixD.CreateScale(2, 1, 0.5), MatrixD.CreateTranslation(1, 2, 3)); ${echo("`${v3(b.TransformSlow(m).Min)} ${v3(b.TransformSlow(m).Max)} ${v3(b.TransformFast(m).Min)} ${v3(b.TransformFast(m).Max)}`")}`);
  add(`BoundingBoxD ${n}: Equals and spheres from boxes`, `${pre} const sp = BoundingSphereD.CreateFromBoundingBox(b); ${echo("`${b.Equals(b)} ${b.Equals(o)} ${b.Equals(o, 100)} ${v3(sp.Center)} ${fx(sp.Radius)}`")}`);
}
add("BoundingBoxD CreateFromPoints", `const pts = [new Vector3D(1, -2, 3), new Vector3D(-4, 5, 0.5), new Vector3D(0, 0, -7)]; const b = BoundingBoxD.CreateFromPoints(pts); ${echo("`${v3(b.Min)} ${v3(b.Max)}`")}`);
add("BoundingBoxD CreateFromPoints of nothing throws", `const pts: Vector3D[] = []; const b = BoundingBoxD.CreateFromPoints(pts); ${echo("v3(b.Min)")}`);
add("BoundingBoxD TransformSlow of a rotation", `const b = ${BOXES.offset}; const m = MatrixD.CreateRotationZ(0.6); ${echo("`${v3r(b.TransformSlow(m).Min)} ${v3r(b.TransformFast(m).Max)}`")}`);
add("BoundingSphereD members", `const s = new BoundingSphereD(new Vector3D(1, 2, 3), 2); const t = new BoundingSphereD(new Vector3D(4, 2, 3), 1.5); ${echo("`${s.Contains(new Vector3D(1, 2, 4.9))} ${s.Contains(new Vector3D(1, 2, 5))} ${s.Contains(t)} ${s.Contains(new BoundingSphereD(new Vector3D(1, 2, 3), 1))} ${s.Intersects(t)} ${v3(s.GetBoundingBox().Min)} ${s.Equals(t)} ${s.Equals(s)}`")}`);
add("BoundingSphereD CreateMerged", `const s = new BoundingSphereD(new Vector3D(1, 2, 3), 2); const t = new BoundingSphereD(new Vector3D(4, 2, 3), 1.5); const u = BoundingSphereD.CreateMerged(s, t); const w = BoundingSphereD.CreateMerged(s, new BoundingSphereD(new Vector3D(1, 2, 3.5), 0.5)); ${echo("`${v3(u.Center)} ${fx(u.Radius)} ${v3(w.Center)} ${fx(w.Radius)}`")}`);
add("BoundingSphereD Transform", `const s = new BoundingSphereD(new Vector3D(1, 2, 3), 2); const m = MatrixD.Multiply(MatrixD.CreateScale(1, 3, 2), MatrixD.CreateTranslation(-1, 0, 1)); const t = s.Transform(m); ${echo("`${v3(t.Center)} ${fx(t.Radius)}`")}`);
add("ContainmentType values", echo("`${ContainmentType.Disjoint} ${ContainmentType.Contains} ${ContainmentType.Intersects}`"));
add("MathHelper Min and Max of signed zeros and NaN follow .NET", `const z = 0.0; const nz = -z; const n = NaN; ${echo("`${fx(MathHelper.Max(z, nz))} ${fx(MathHelper.Max(nz, z))} ${fx(MathHelper.Min(z, nz))} ${fx(MathHelper.Min(nz, z))} ${fx(MathHelperD.Max(z, nz))} ${fx(MathHelperD.Min(nz, z))} ${fx(MathHelper.Max(1, n))} ${fx(MathHelper.Min(n, 1))}`")}`);

// ---- PlaneD / RayD ----
const PLANES: Record<string, string> = {
  abcd: "new PlaneD(0, 2, 0, -4)",
  normalD: "new PlaneD(new Vector3D(0.6, 0, 0.8), 1.5)",
  posNormal: "new PlaneD(new Vector3D(1, 2, 3), new Vector3D(0, 0, -1))",
  points: "new PlaneD(new Vector3D(0, 0, 0), new Vector3D(1, 0, 0), new Vector3D(0, 1, 0.5))",
  vec4: "new PlaneD(new Vector4(toFloat(0.1), toFloat(0.2), toFloat(0.3), toFloat(0.4)))",
  degenerate: "new PlaneD(Vector3D.Zero, Vector3D.One, new Vector3D(2, 2, 2))",
};
for (const [n, p] of Object.entries(PLANES)) {
  const pre = `const p = ${p}; const box = new BoundingBoxD(new Vector3D(-1, -1, -1), new Vector3D(1, 1, 1)); const s = new BoundingSphereD(new Vector3D(0, 3, 0), 1.5);`;
  add(`PlaneD ${n}: fields Normalize Transform`, `${pre} const q = PlaneD.Normalize(p); const t = PlaneD.Transform(p, MatrixD.CreateWorld(new Vector3D(1, 2, 3), Vector3D.Left, Vector3D.Up)); ${echo("`${v3(p.Normal)} ${fx(p.D)} ${v3(q.Normal)} ${fx(q.D)} ${v3(t.Normal)} ${fx(t.D)}`")}`);
  add(`PlaneD ${n}: DistanceToPoint Dot DotCoordinate DotNormal Intersects Equals`, `${pre} ${echo("`${fx(p.DistanceToPoint(new Vector3D(1, 5, -2)))} ${fx(p.Dot(new Vector4(1, 2, 3, 4)))} ${fx(p.DotCoordinate(new Vector3D(0.5, 0.5, 0.5)))} ${fx(p.DotNormal(Vector3D.Up))} ${p.Intersects(box)} ${p.Intersects(s)} ${p.Equals(p)} ${p.Equals(PlaneD.Normalize(p))}`")}`);
  add(`RayD hits PlaneD ${n}`, `${pre} const r = new RayD(new Vector3D(0, 0, -5), new Vector3D(0, 0.6, 0.8)); const h = r.Intersects(p); const r2 = new RayD(new Vector3D(0, 10, 0), Vector3D.Down); const h2 = r2.Intersects(p); ${echo("`${h === null ? \"miss\" : fx(h)} ${h2 === null ? \"miss\" : fx(h2)}`")}`);
}
for (const [n, r] of Object.entries({ axis: "new RayD(new Vector3D(-5, 0.5, 0), Vector3D.Right)", diagonal: "new RayD(new Vector3D(-3, -2, -4), Vector3D.Normalize(new Vector3D(1, 0.7, 1.3)))", inside: "new RayD(Vector3D.Zero, Vector3D.Up)", away: "new RayD(new Vector3D(5, 5, 5), Vector3D.One)", parallel: "new RayD(new Vector3D(-5, 2, 0), Vector3D.Right)" })) {
  add(`RayD ${n}: Intersects box and sphere`, `const r = ${r}; const box = new BoundingBoxD(new Vector3D(-1, -1, -1), new Vector3D(1, 1.5, 1)); const s = new BoundingSphereD(new Vector3D(1, 0, 0), 1.25); const a = r.Intersects(box); const b = r.Intersects(s); const c = box.Intersects(r); const d = s.Intersects(r); ${echo("`${a === null ? \"miss\" : fx(a)} ${b === null ? \"miss\" : fx(b)} ${c === null ? \"miss\" : fx(c)} ${d === null ? \"miss\" : fx(d)} ${r.Equals(r)} ${v3(r.Position)} ${v3(r.Direction)}`")}`);
}
add("PlaneIntersectionType values", echo("`${PlaneIntersectionType.Front} ${PlaneIntersectionType.Back} ${PlaneIntersectionType.Intersecting}`"));

// ---- Base6Directions / MyBlockOrientation ----
const DIRS = ["Forward", "Backward", "Left", "Right", "Up", "Down"];
for (const d of DIRS) {
  const pre = `const d: Base6Directions.Direction = Base6Directions.Direction.${d}; const all = [Base6Directions.Direction.Forward, Base6Directions.Direction.Backward, Base6Directions.Direction.Left, Base6Directions.Direction.Right, Base6Directions.Direction.Up, Base6Directions.Direction.Down];`;
  add(`Base6Directions ${d}`, `${pre} ${echo("`${d} ${vf(Base6Directions.GetVector(d))} ${vi(Base6Directions.GetIntVector(d))} ${Base6Directions.GetDirectionFlag(d)} ${Base6Directions.GetAxis(d)} ${Base6Directions.GetFlippedDirection(d)} ${Base6Directions.GetOppositeDirection(d)} ${Base6Directions.GetPerpendicular(d)} ${Base6Directions.GetBaseAxisDirection(Base6Directions.GetAxis(d))} ${Base6Directions.GetDirection(Base6Directions.GetVector(d))} ${Base6Directions.GetDirection(Base6Directions.GetIntVector(d))}`")}`);
  add(`Base6Directions ${d}: GetLeft GetCross IsValidBlockOrientation with every up`, `${pre} let line = ""; for (const up of all) { line += \`\${Base6Directions.GetLeft(up, d)},\${Base6Directions.GetCross(up, d)},\${Base6Directions.IsValidBlockOrientation(d, up)} \`; } ${echo("line")}`);
  add(`MyBlockOrientation forward ${d}`, `${pre} const o = new MyBlockOrientation(d, Base6Directions.Direction.${d === "Up" || d === "Down" ? "Forward" : "Up"}); ${echo("`${o.Forward} ${o.Up} ${o.Left} ${o.IsValid} ${o.TransformDirection(Base6Directions.Direction.Left)} ${o.TransformDirection(Base6Directions.Direction.Backward)} ${o.TransformDirectionInverse(Base6Directions.Direction.Up)} ${o.TransformDirectionInverse(o.Forward)} ${o.ToString()} ${o.Equals(MyBlockOrientation.Identity)} ${v3(Vector3D.TransformNormal(new Vector3D(1, 2, 3), o))}`")}`);
}
add("Base6Directions GetClosestDirection and GetDirectionInAxis", `const vs = [new Vector3(0.2, -0.9, 0.1), new Vector3(-3, 1, 2), new Vector3(0, 0, 0.5), new Vector3(1, 1, 1), new Vector3(0, 0, 0)]; let line = ""; for (const v of vs) line += \`\${Base6Directions.GetClosestDirection(v)} \${Base6Directions.GetDirectionInAxis(v, Base6Directions.Axis.LeftRight)} \${Base6Directions.GetDirectionInAxis(v, Base6Directions.Axis.UpDown)} \${Base6Directions.IsBaseDirection(v)} | \`; ${echo("line")}`);
add("Base6Directions GetClosestDirection of NaN throws", `const v = new Vector3(NaN, 0, 1); ${echo("`${Base6Directions.GetClosestDirection(v)}`")}`);
add("Base6Directions GetDirection of a non-axis vector throws", `const v = new Vector3(3, 0, 0); ${echo("`${Base6Directions.GetDirection(v)}`")}`);
add("Base6Directions enums and flags", `const f = Base6Directions.DirectionFlags.Up | Base6Directions.DirectionFlags.Left; ${echo("`${Base6Directions.DirectionFlags.All} ${f} ${f.HasFlag(Base6Directions.DirectionFlags.Up)} ${f.HasFlag(Base6Directions.DirectionFlags.Down)} ${Base6Directions.Axis.UpDown}`")}`);
add("MatrixD GetDirectionVector and GetClosestDirection", `const m = MatrixD.CreateWorld(Vector3D.Zero, new Vector3D(1, 0, 0), Vector3D.Up); const all = [Base6Directions.Direction.Forward, Base6Directions.Direction.Backward, Base6Directions.Direction.Left, Base6Directions.Direction.Right, Base6Directions.Direction.Up, Base6Directions.Direction.Down]; let line = ""; for (const d of all) { line += \`\${v3(m.GetDirectionVector(d))} \`; } const refs = [new Vector3D(0.9, 0.1, 0), new Vector3D(0, -1, 0.2), new Vector3D(-0.1, 0.3, 5), Vector3D.Zero]; for (const r of refs) line += \`\${m.GetClosestDirection(r)} \`; ${echo("line")}`);

/** The cases of one suite. */
export function vrageMathCases(g: Group): DiffCase[] {
  return groups[g];
}
