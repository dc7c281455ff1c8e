// The pbts prelude: C# numeric types and the markers for what TypeScript cannot say.
// The compiler reads the *declared type nodes* (`int`, `long`, `float`): the checker erases aliases.

/** C# `int` (32-bit). Values are whole numbers in range; convert with `toInt`. */
export type int = number;
/** C# `long` (64-bit). In Node only safe integers (|x| < 2^53) are exact; the simulator keeps EntityIds in that range. */
export type long = number;
/** C# `float` (32-bit). Stored as double in Node: use only for API values, never for arithmetic you compare. */
export type float = number;
/** C# `double`: the same as `number`. */
export type double = number;

function checkedInteger(x: number, min: number, max: number, what: string): number {
  const t = Math.trunc(x);
  if (Number.isNaN(x) || t < min || t > max) throw new Error(`Arithmetic operation resulted in an overflow. (${what})`);
  return t === 0 ? 0 : t; // C# integers have no -0
}

/** C# `checked((int)x)`: truncates toward zero; throws when out of range or NaN. */
export function toInt(x: number): int {
  return checkedInteger(x, -2147483648, 2147483647, "int");
}
/** C# `checked((long)x)`: truncates toward zero; throws when out of range or NaN. */
export function toLong(x: number): long {
  return checkedInteger(x, -9223372036854775808, 9223372036854775807, "long");
}
/** C# `(float)x`: rounds to the nearest 32-bit float. */
export function toFloat(x: number): float {
  return Math.fround(x);
}
/** C# `(double)x`. */
export function toDouble(x: number): double {
  return x;
}

/**
 * Marker for a C# `out` argument. `const r = new Out<MyIniParseResult>()` compiles to a local
 * `MyIniParseResult r;`, passing `r` compiles to `out r`, and `r.value` reads it.
 */
export class Out<T> {
  value!: T;
}

/**
 * Marker for a C# generic type argument that the game needs at run time
 * (`GetBlocksOfType<IMyTextPanel>(list)` is written `GetBlocksOfType(Blocks.IMyTextPanel, list)`).
 */
export interface BlockType<T> {
  readonly name: string;
  /** Phantom: carries T for the type checker only. */
  readonly __type?: T;
}
export function blockType<T>(name: string): BlockType<T> {
  return { name };
}

declare global {
  interface Number {
    /** C# `Enum.HasFlag` on flags enums; compiled to `(x & flag) == flag` (no boxing). */
    HasFlag(flag: number): boolean;
  }
}
if (!Object.prototype.hasOwnProperty.call(Number.prototype, "HasFlag")) {
  Object.defineProperty(Number.prototype, "HasFlag", {
    value: function (this: number, flag: number): boolean {
      return (this & flag) === flag;
    },
    configurable: true,
    writable: true,
  });
}
