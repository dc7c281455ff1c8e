// The pbts prelude: C# numeric types and the markers for what TypeScript cannot say.
// The compiler reads the *declared type nodes* (`int`, `long`, `float`): the checker erases aliases.

/** C# `int` (32-bit). Values are whole numbers in range; convert with `toInt`. */
export type int = number;
/**
 * C# `uint` (32-bit unsigned): the API's ids and packed values (MyInventoryItem.ItemId, GetItemByID,
 * Color.PackedValue). It holds a non-negative int literal, another uint or `toUint(x)`; it is read as a
 * number (double or long) and its arithmetic computes in double, as in JS. See README, "The in-game API".
 */
export type uint = number;
/**
 * C# `byte` (0..255): a few API members (IMyTextSurface.BackgroundAlpha). Reads as an int; holds a
 * byte or a constant 0..255 (C# converts nothing else implicitly): `toByte(x)` for the rest.
 */
export type byte = number;
/** C# `long` (64-bit). In Node only safe integers (|x| < 2^53) are exact; the simulator keeps EntityIds in that range. */
export type long = number;
/** C# `float` (32-bit). Stored as double in Node: use only for API values, never for arithmetic you compare. */
export type float = number;
/** C# `double`: the same as `number`. */
export type double = number;

function checkedInteger(x: number, min: number, max: number): number {
  const t = Math.trunc(x);
  // .NET's OverflowException text, as C#'s checked cast gives it (C101: a caught e.message is the same in both)
  if (Number.isNaN(x) || t < min || t > max) throw new Error("Arithmetic operation resulted in an overflow.");
  return t === 0 ? 0 : t; // C# integers have no -0
}

/** C# `checked((int)x)`: truncates toward zero; throws when out of range or NaN. */
export function toInt(x: number): int {
  return checkedInteger(x, -2147483648, 2147483647);
}
/** C# `checked((uint)x)`: truncates toward zero; throws when below 0, above 2^32-1, or NaN. */
export function toUint(x: number): uint {
  return checkedInteger(x, 0, 4294967295);
}
/** C# `checked((byte)x)`: truncates toward zero; throws when below 0, above 255, or NaN. */
export function toByte(x: number): byte {
  return checkedInteger(x, 0, 255);
}
/** C# `Js.ToLong(x)`: truncates toward zero; throws beyond +-2^53 or for NaN (C130: a long beyond it prints otherwise in JS). */
export function toLong(x: number): long {
  return checkedInteger(x, -9007199254740992, 9007199254740992);
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
 * An API interface as a value. Every interface of pbts/se is one (`IMyTextPanel` the type and
 * `IMyTextPanel` the value), so `x instanceof IMyTextPanel` narrows (C# `x is IMyTextPanel`) and the
 * generic methods that need a runtime type take it: `GetBlocksOfType(IMyTextPanel, list)` compiles to
 * `GetBlocksOfType<IMyTextPanel>(list)`. `Blocks.IMyTextPanel` is the same value.
 */
export interface BlockType<T> {
  readonly name: string;
  /** Phantom: carries T for the type checker only. */
  readonly __type?: T;
  /** The simulator's objects list the interfaces they implement in `interfaces`. */
  [Symbol.hasInstance](value: unknown): value is T;
}

/** Objects of the simulator say which API interfaces they implement (sim/blocks). */
export interface ApiObject {
  readonly interfaces: ReadonlySet<string>;
}

export function implementsApi(value: unknown, name: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const set = (value as Partial<ApiObject>).interfaces;
  return set instanceof Set && set.has(name);
}

export function apiType<T>(name: string): BlockType<T> {
  return {
    name,
    [Symbol.hasInstance](value: unknown): value is T {
      return implementsApi(value, name);
    },
  };
}
/** @deprecated the interfaces are values themselves: use `IMyTextPanel` (or `Blocks.IMyTextPanel`). */
export const blockType = apiType;

/** The error a member the simulator does not model yet throws (it type-checks and compiles). */
export function unmodelled(member: string): Error {
  return new Error(`not modelled in the simulator: ${member}`);
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
