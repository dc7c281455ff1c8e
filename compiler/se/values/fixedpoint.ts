// VRage.MyFixedPoint: SE's inventory amounts, a long holding 6 decimal places (RawValue 1500000 = 1.5).
// Kept as a BigInt here so arithmetic wraps and truncates exactly like C# long. Only SE's named members
// exist in TS (C#'s casts and operators have no TS form): read amounts with `RawValue` or `ToIntSafe()`,
// combine them with `AddSafe`/`MultiplySafe`, parse with `DeserializeString`. DeserializeStringSafe is not
// offered: it falls back to double.Parse in the player's culture, which Node cannot follow.
import type { float, int, long } from "../prelude.ts";

const D = 1000000n;
const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;
const f = Math.fround;

function wrap(x: bigint): bigint {
  return BigInt.asIntN(64, x);
}
function sign(x: bigint): number {
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}
function multiplySafeInternal(a: bigint, b: bigint): bigint {
  const result = wrap(a * b);
  if (b === 0n || result / b === a) return result;
  return sign(a) * sign(b) === 1 ? LONG_MAX : LONG_MIN;
}
function addSafeInternal(a: bigint, b: bigint): bigint {
  const sa = sign(a);
  if (sa * sign(b) !== 1) return wrap(a + b);
  const result = wrap(a + b);
  if (sign(result) === sa) return result;
  return sa < 0 ? LONG_MIN : LONG_MAX;
}
/** C# long.Parse (invariant digits): optional whitespace and sign; throws on anything else or overflow. */
function parseLong(text: string): bigint {
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new Error("Input string was not in a correct format.");
  const v = BigInt(text.trim());
  if (v > LONG_MAX || v < LONG_MIN) throw new Error("Value was either too large or too small for an Int64.");
  return v;
}

export class MyFixedPoint {
  private readonly raw: bigint;
  private constructor(raw: bigint) {
    this.raw = raw;
  }
  static readonly MinValue: MyFixedPoint = new MyFixedPoint(LONG_MIN);
  static readonly MaxValue: MyFixedPoint = new MyFixedPoint(LONG_MAX);
  static readonly Zero: MyFixedPoint = new MyFixedPoint(0n);
  static readonly SmallestPossibleValue: MyFixedPoint = new MyFixedPoint(1n);
  static readonly MaxIntValue: MyFixedPoint = new MyFixedPoint(2147483647n * D);
  static readonly MinIntValue: MyFixedPoint = new MyFixedPoint(-2147483648n * D);

  /** The amount times 10^6. A long in C#; in Node exact while |RawValue| < 2^53 (9 billion units). */
  get RawValue(): long {
    return Number(this.raw);
  }

  /** C# (MyFixedPoint)float: scaled and rounded in single precision, saturating. */
  private static fromFloat(d: float): MyFixedPoint {
    const x = f(f(d * 1000000) + 0.5);
    if (x >= f(9223372036854775807)) return MyFixedPoint.MaxValue;
    if (x <= f(-9223372036854775808)) return MyFixedPoint.MinValue;
    if (Number.isNaN(x)) return new MyFixedPoint(LONG_MIN); // (long)NaN on x64
    return new MyFixedPoint(BigInt(Math.trunc(x)));
  }

  SerializeString(): string {
    const neg = this.raw < 0n;
    const digits = (neg ? -this.raw : this.raw).toString().padStart(7, "0");
    const num = (neg ? "-" : "") + digits;
    const intPart = num.slice(0, num.length - 6);
    const decPart = num.slice(num.length - 6).replace(/0+$/, "");
    return decPart.length > 0 ? `${intPart}.${decPart}` : intPart;
  }
  ToString(): string {
    return this.SerializeString();
  }
  Equals(other: MyFixedPoint): boolean {
    return other instanceof MyFixedPoint && this.raw === other.raw;
  }
  /** The whole part, clamped to int's range. */
  ToIntSafe(): int {
    if (this.raw > MyFixedPoint.MaxIntValue.raw) return 2147483647;
    if (this.raw < MyFixedPoint.MinIntValue.raw) return -2147483648;
    return Number(this.raw / D);
  }

  static DeserializeString(text: string): MyFixedPoint {
    if (text === null || text === undefined || text.length === 0) return MyFixedPoint.Zero;
    const dot = text.indexOf(".");
    if (dot === -1) return new MyFixedPoint(wrap(parseLong(text) * D));
    let t = text.split(".").join("");
    t = t.padEnd(dot + 1 + 6, "0");
    t = t.slice(0, dot + 6);
    return new MyFixedPoint(parseLong(t));
  }
  static IsIntegral(fp: MyFixedPoint): boolean {
    return fp.raw % D === 0n;
  }
  static Ceiling(a: MyFixedPoint): MyFixedPoint {
    return new MyFixedPoint(wrap(wrap(wrap(a.raw + D - 1n) / D) * D));
  }
  static Floor(a: MyFixedPoint): MyFixedPoint {
    return new MyFixedPoint((a.raw / D) * D);
  }
  /** As the game: (raw + 500000) / 10^6 — note the result is the rounded whole number as a RawValue. */
  static Round(a: MyFixedPoint): MyFixedPoint {
    return new MyFixedPoint(wrap(a.raw + D / 2n) / D);
  }
  static Min(a: MyFixedPoint, b: MyFixedPoint): MyFixedPoint {
    return a.raw < b.raw ? a : b;
  }
  static Max(a: MyFixedPoint, b: MyFixedPoint): MyFixedPoint {
    return a.raw > b.raw ? a : b;
  }
  static AddSafe(a: MyFixedPoint, b: MyFixedPoint): MyFixedPoint {
    return new MyFixedPoint(addSafeInternal(a.raw, b.raw));
  }
  static MultiplySafe(a: MyFixedPoint, b: MyFixedPoint): MyFixedPoint;
  static MultiplySafe(a: MyFixedPoint, b: float): MyFixedPoint;
  static MultiplySafe(a: float, b: MyFixedPoint): MyFixedPoint;
  static MultiplySafe(a0: MyFixedPoint | number, b0: MyFixedPoint | number): MyFixedPoint {
    const a = typeof a0 === "number" ? MyFixedPoint.fromFloat(a0) : a0;
    const b = typeof b0 === "number" ? MyFixedPoint.fromFloat(b0) : b0;
    const ia = a.raw / D, ib = b.raw / D, fa = a.raw % D, fb = b.raw % D;
    const part1 = (fa * fb) / D;
    const part2 = multiplySafeInternal(ia, wrap(ib * D));
    const part3 = multiplySafeInternal(ia, fb);
    const part4 = multiplySafeInternal(ib, fa);
    return new MyFixedPoint(addSafeInternal(addSafeInternal(addSafeInternal(part1, part2), part3), part4));
  }
}
