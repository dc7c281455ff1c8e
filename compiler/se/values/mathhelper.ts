// VRageMath.MathHelper and MathHelperD: scalar helpers, written from the game's formulas.
// C# overloads that differ only by float/double are offered once, as double (TS has one number type;
// the compiler casts float/int arguments to double so C# picks the same overload). Float-only members
// take and return `float` and round with Math.fround after every operation, as C# does on x64.
import type { double, float, int } from "../prelude.ts";
import { Vector3D } from "./vector3d.ts";
import { Vector3 } from "./vectors.ts";
import { Matrix } from "./matrix.ts";

const f = Math.fround;

/** C#'s (int) conversion of a double (unchecked): truncation; NaN and out-of-range give int.MinValue. */
export function csInt(x: number): int {
  if (!(x > -2147483649 && x < 2147483648)) return -2147483648;
  const t = Math.trunc(x);
  return t === 0 ? 0 : t;
}

/** .NET Framework Math.Max(double, double): NaN wins; otherwise val1 only when strictly greater (so Max(0, -0) is -0). */
export function csMax(val1: number, val2: number): number {
  if (val1 > val2) return val1;
  if (Number.isNaN(val1)) return val1;
  return val2;
}
/** .NET Framework Math.Min(double, double), the mirror of csMax. */
export function csMin(val1: number, val2: number): number {
  if (val1 < val2) return val1;
  if (Number.isNaN(val1)) return val1;
  return val2;
}

/** .NET Math.Round(x): halves to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** .NET Math.Round(x, digits) (halves to even; values beyond 1e16 returned as they are). */
export function roundDigits(x: number, digits: int): number {
  if (digits < 0 || digits > 15) throw new Error("Rounding digits must be between 0 and 15, inclusive.");
  if (Math.abs(x) < 1e16) {
    const p = Math.pow(10, digits);
    return roundHalfEven(x * p) / p;
  }
  return x;
}

// De Bruijn table of the game's Log2Floor.
const LOG2_LUT = [0, 9, 1, 10, 13, 21, 2, 29, 11, 14, 16, 18, 22, 25, 3, 30, 8, 12, 20, 28, 15, 17, 24, 7, 19, 27, 23, 6, 26, 5, 4, 31];

export class MathHelper {
  static readonly E: float = f(2.718282);
  static readonly Log2E: float = f(1.442695);
  static readonly Log10E: float = f(0.4342945);
  static readonly Pi: float = f(3.141593);
  static readonly TwoPi: float = f(6.28318530718);
  static readonly FourPi: float = f(12.5663706144);
  static readonly PiOver2: float = f(1.570796);
  static readonly PiOver4: float = f(0.7853982);
  static readonly Sqrt2: float = f(1.4142135623730951);
  static readonly Sqrt3: float = f(1.7320508075688773);
  static readonly RadiansPerSecondToRPM: float = f(9.54929658551372);
  static readonly RPMToRadiansPerSecond: float = f(0.10471975511966);
  static readonly RPMToRadiansPerMillisec: float = f(0.00010471975512);
  static readonly EPSILON: float = f(1e-5);
  static readonly EPSILON10: float = f(1e-6);

  static ToRadians(degrees: double): double {
    return (degrees / 360.0) * MathHelper.TwoPi;
  }
  static ToDegrees(radians: double): double {
    return radians * 57.29578;
  }
  static Distance(value1: float, value2: float): float {
    return f(Math.abs(f(value1 - value2)));
  }
  static Min(a: double, b: double, c?: double): double {
    if (c === undefined) return csMin(a, b);
    const ab = a < b ? a : b;
    return ab < c ? ab : c;
  }
  static Max(a: double, b: double, c?: double): double {
    if (c === undefined) return csMax(a, b);
    const ab = a > b ? a : b;
    return ab > c ? ab : c;
  }
  static Clamp(value: double, min: double, max: double): double {
    value = value > max ? max : value;
    return value < min ? min : value;
  }
  static Lerp(value1: double, value2: double, amount: double): double {
    return value1 + (value2 - value1) * amount;
  }
  static InterpLog(value: float, amount1: float, amount2: float): float {
    return f(Math.pow(amount1, 1.0 - value) * Math.pow(amount2, value));
  }
  static InterpLogInv(value: float, amount1: float, amount2: float): float {
    return f(Math.log(f(value / amount1)) / Math.log(f(amount2 / amount1)));
  }
  static Barycentric(value1: float, value2: float, value3: float, amount1: float, amount2: float): float {
    return f(value1 + amount1 * (value2 - value1) + amount2 * (value3 - value1));
  }
  static SmoothStep(value1: double, value2: double, amount: double): double {
    return MathHelper.Lerp(value1, value2, MathHelper.SCurve3(amount));
  }
  static SmoothStepStable(amount: double): double {
    const inv = 1 - amount;
    const y123 = amount * amount;
    const y234 = amount * inv + amount;
    return y123 * inv + y234 * amount;
  }
  static CatmullRom(value1: float, value2: float, value3: float, value4: float, amount: float): float {
    const n1 = f(amount * amount);
    const n2 = f(amount * n1);
    return f(0.5 * (2.0 * value2 + (-value1 + value3) * amount + (2.0 * value1 - 5.0 * value2 + 4.0 * value3 - value4) * n1 + (-value1 + 3.0 * value2 - 3.0 * value3 + value4) * n2));
  }
  static Hermite(value1: float, tangent1: float, value2: float, tangent2: float, amount: float): float {
    const n2 = f(amount * amount);
    const n3 = f(amount * n2);
    const n4 = f(2.0 * n3 - 3.0 * n2 + 1.0);
    const n5 = f(-2.0 * n3 + 3.0 * n2);
    const n6 = f(f(f(n3 - f(2 * n2)) + amount));
    const n7 = f(n3 - n2);
    return f(value1 * n4 + value2 * n5 + tangent1 * n6 + tangent2 * n7);
  }
  static CalculateBezierPoint(t: double, p0: Vector3D, p1: Vector3D, p2: Vector3D, p3: Vector3D): Vector3D {
    const u = 1 - t;
    const tt = t * t;
    const uu = u * u;
    const uuu = uu * u;
    const ttt = tt * t;
    let p = Vector3D.Multiply(p0, uuu);
    p = Vector3D.Add(p, Vector3D.Multiply(p1, 3 * uu * t));
    p = Vector3D.Add(p, Vector3D.Multiply(p2, 3 * u * tt));
    return Vector3D.Add(p, Vector3D.Multiply(p3, ttt));
  }
  static WrapAngle(angle: float): float {
    const m = 6.28318548202515;
    let a = f(ieeeRemainder(angle, m));
    if (a <= -3.14159274101257) a = f(a + f(6.283185));
    else if (a > 3.14159274101257) a = f(a - f(6.283185));
    return a;
  }
  static GetNearestBiggerPowerOfTwo(v: double): int {
    let x = 1;
    while (x < v) x = (x << 1) | 0;
    return x;
  }
  static RoundOn2(x: float): float {
    return f(csInt(f(x * 100)) / 100.0);
  }
  static IsPowerOfTwo(x: int): boolean {
    return x > 0 && (x & (x - 1)) === 0;
  }
  static SCurve3(t: double): double {
    return t * t * (3 - 2 * t);
  }
  static SCurve5(t: double): double {
    return t * t * t * (t * (t * 6 - 15) + 10);
  }
  static Saturate(n: double): double {
    return n < 0.0 ? 0.0 : n > 1.0 ? 1.0 : n;
  }
  static Floor(n: double): int {
    return n < 0.0 ? (csInt(n) - 1) | 0 : csInt(n);
  }
  static FloorToInt(x: double): int {
    return csInt(Math.floor(x));
  }
  static CeilToInt(x: double): int {
    return csInt(Math.ceil(x));
  }
  static RoundToInt(x: double): int {
    return csInt(roundHalfEven(x));
  }
  static Log2(n: int): int {
    let r = 0;
    while ((n >>= 1) > 0) r++;
    return r;
  }
  static Log2Floor(value: int): int {
    value |= value >> 1;
    value |= value >> 2;
    value |= value >> 4;
    value |= value >> 8;
    value |= value >> 16;
    return LOG2_LUT[Math.imul(value, 0x07c4acdd) >>> 27];
  }
  static Log2Ceiling(value: int): int {
    const fl = MathHelper.Log2Floor(value);
    return (fl & (fl - 1)) !== 0 ? fl + 1 : fl;
  }
  static Pow2(n: int): int {
    return 1 << n;
  }
  static CubicInterp(p0: double, p1: double, p2: double, p3: double, t: double): double {
    const P = p3 - p2 - (p0 - p1);
    const Q = p0 - p1 - P;
    const t2 = t * t;
    return P * t2 * t + Q * t2 + (p2 - p0) * t + p1;
  }
  static IsZero(value: double, epsilon: float): boolean {
    return value > -epsilon && value < epsilon;
  }
  static IsEqual(value1: float, value2: float): boolean {
    return MathHelper.IsZero(f(value1 - value2), MathHelper.EPSILON);
  }
  static IsValid(f0: double): boolean {
    return !Number.isNaN(f0) && Number.isFinite(f0);
  }
  /** The game's fast approximation (good in [-pi/2, pi/2] only), not Math.Atan: 0.785375x - x(|x| - 1)(0.2447 + 0.0663|x|). */
  static Atan(x: double): double {
    return 0.785375 * x - x * (Math.abs(x) - 1.0) * (0.2447 + 0.0663 * Math.abs(x));
  }
  /** lastSmooth * 0.95 + newValue * 0.05 in float (the game's constants). SE's int overload is not offered: an int argument takes this one. */
  static Smooth(newValue: float, lastSmooth: float): float {
    return f(f(f(lastSmooth) * f(0.95)) + f(f(newValue) * f(0.0500000119)));
  }
  /** value rounded up to a multiple of alignment (int arithmetic as C#'s: wraps, truncating division; alignment 0 throws). */
  static Align(value: int, alignment: int): int {
    const s = (value + alignment - 1) | 0;
    if (alignment === 0) throw new Error("Attempted to divide by zero.");
    if (s === -2147483648 && alignment === -1) throw new Error("Arithmetic operation resulted in an overflow.");
    return Math.imul(Math.trunc(s / alignment), alignment);
  }
  /** The number of halvings until v is 0 (0 for v <= 0). */
  static GetNumberOfMipmaps(v: int): int {
    let n = 0;
    for (let x = v; x > 0; x >>= 1) n++;
    return n;
  }
  /** A finite vector (the product X*Y*Z in float is finite) of squared length in (0.999, 1.001). */
  static IsValidNormal(vec: Vector3): boolean {
    const l = vec.LengthSquared();
    return Number.isFinite(f(f(vec.X * vec.Y) * vec.Z)) && l > f(0.999) && l < f(1.001);
  }
  /** Every row of the matrix finite (Up, Left, Forward, Translation); a zero matrix passes. */
  static IsValidOrZero(matrix: Matrix): boolean {
    const ok = (v: Vector3) => Number.isFinite(v.X) && Number.isFinite(v.Y) && Number.isFinite(v.Z);
    return ok(matrix.Up) && ok(matrix.Left) && ok(matrix.Forward) && ok(matrix.Translation);
  }
  /** The point at polar angle theta and azimuth phi on the unit sphere whose pole is northPoleDir (through Matrix.CreateFromDir). */
  static CalculateVectorOnSphere(northPoleDir: Vector3, phi: float, theta: float): Vector3 {
    const st = Math.sin(f(theta));
    return Vector3.TransformNormal(new Vector3(Math.cos(f(phi)) * st, Math.sin(f(phi)) * st, Math.cos(f(theta))), Matrix.CreateFromDir(northPoleDir));
  }
  static MonotonicCosine(radians: float): float {
    if (radians > 0) return f(2 - f(Math.cos(radians)));
    return f(Math.cos(radians));
  }
  static MonotonicAcos(cos: float): float {
    if (cos > 1) return f(Math.acos(f(2 - cos)));
    return f(-Math.acos(cos));
  }
}

/** .NET Math.IEEERemainder: x - y * round-half-even(x / y). */
function ieeeRemainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || y === 0) return NaN;
  const q = roundHalfEven(x / y);
  const r = x - y * q;
  return r === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : r;
}

export class MathHelperD {
  static readonly E: double = Math.E;
  static readonly Pi: double = Math.PI;
  static readonly TwoPi: double = Math.PI * 2;
  static readonly FourPi: double = Math.PI * 4;
  static readonly PiOver2: double = Math.PI / 2;
  static readonly PiOver4: double = Math.PI / 4;

  static ToRadians(degrees: double): double {
    return degrees * (Math.PI / 180);
  }
  static ToDegrees(radians: double): double {
    return radians * (180 / Math.PI);
  }
  static Distance(value1: double, value2: double): double {
    return Math.abs(value1 - value2);
  }
  static Min(value1: double, value2: double): double {
    return csMin(value1, value2);
  }
  static Max(value1: double, value2: double): double {
    return csMax(value1, value2);
  }
  static Clamp(value: double, min: double, max: double): double {
    value = value > max ? max : value;
    return value < min ? min : value;
  }
  static MonotonicAcos(cos: float): float {
    return MathHelper.MonotonicAcos(cos);
  }
}
