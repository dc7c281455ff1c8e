// C# `uint` (the prelude's `uint`): the API's unsigned ids and packed values (MyInventoryItem.ItemId,
// IMyInventory.GetItemByID, Color.PackedValue, IMyProductionBlock.NextItemId...).
// In JS a uint is a number like any other; in C# it converts implicitly only to long, float and
// double, and its arithmetic is unsigned (wraps, or throws in a checked block). So pbts keeps the
// two the same by:
//   - storing into a uint only a uint, a non-negative int literal (C#'s constant conversion; emitted
//     as `5u`), or `toUint(x)` (`checked((uint)(x))`: truncates, throws below 0, above 2^32-1, NaN);
//   - reading a uint as a long or double where it is widened (exact in both), never as an int or a
//     float (`toInt`, `toFloat`: C# needs a cast, and a float would round);
//   - computing `+ - * / %` and unary `-` of a uint in double, as JS does (never uint arithmetic);
//   - rejecting bitwise operators (JS works on signed 32 bits, C# on unsigned) and `++`/`--`.
import { T, isNumeric, stripNullable, type CsType } from "./cstype.ts";
import type { Emitted } from "./context.ts";
import { built, nodeOf } from "./tree/bridge.ts";
import * as X from "./tree/syntax.ts";

export const UINT_MAX = 4294967295;

/** Is `e` something C# stores in a uint without a cast? */
function fitsUint(e: Emitted): boolean {
  return e.type.k === "uint" || e.type.k === "byte" || (e.type.k === "intlit" && e.value !== undefined && e.value >= 0);
}

/** The [from, to] pair of a PBTS1017 (explicit conversion needed) when a uint is involved, else undefined. */
export function uintConversionProblem(e: Emitted, to: CsType): [string, string] | undefined {
  const target = stripNullable(to);
  if (target.k === "uint" && isNumeric(e.type) && !fitsUint(e)) return [e.type.k === "intlit" ? "int" : e.type.k, "uint"];
  if (e.type.k === "uint" && (target.k === "int" || target.k === "float")) return ["uint", target.k];
  return undefined;
}

/** A whole literal where a uint is expected: a C# uint literal (also above int's range). */
export function uintLiteral(v: number, integral: boolean, expected: CsType | undefined): Emitted | undefined {
  if (!integral || !expected || stripNullable(expected).k !== "uint" || v < 0 || v > UINT_MAX) return undefined;
  return built(X.lit(`${v}u`), T.uint);
}

/** A uint operand computed in double, as JS does (exact: every uint is a double). */
export function uintAsDouble(e: Emitted): Emitted {
  return e.type.k === "uint" ? toDouble(e) : e;
}

/** `c ? a : b` with a uint branch: C# has no common type of uint and int (CS0173) and would round to
 *  float; both become double unless the other branch fits a uint. */
export function uintBranches(a: Emitted, b: Emitted): [Emitted, Emitted] {
  if (intMeetsFloat(a, b)) return [asDouble(a), asDouble(b)];
  if (a.type.k !== "uint" && b.type.k !== "uint") return [a, b];
  if (fitsUint(a) && fitsUint(b)) return [a.type.k === "intlit" ? built(X.lit(`${a.value}u`), T.uint, a.value) : a, b.type.k === "intlit" ? built(X.lit(`${b.value}u`), T.uint, b.value) : b];
  if (!isNumeric(a.type) || !isNumeric(b.type)) return [a, b];
  const wide = (e: Emitted) => (e.type.k === "uint" || e.type.k === "float" || e.type.k === "int" ? toDouble(e) : e);
  return [wide(a), wide(b)];
}

/** `a ?? b` with a uint on one side and a number that is no uint on the other (`item?.ItemId ?? -1`):
 *  C# has no common type of `uint?` and an int or double (mcs CS0019), so both are computed in double,
 *  as JS has them (C190). A uint beside a uint or a non-negative whole literal stays a uint. */
export function uintCoalesceWide(a: Emitted, b: Emitted): boolean {
  const [ta, tb] = [stripNullable(a.type), stripNullable(b.type)];
  if ((ta.k !== "uint" && tb.k !== "uint") || !isNumeric(ta) || !isNumeric(tb)) return false;
  const fits = (t: CsType, e: Emitted) => t.k === "uint" || t.k === "byte" || (t.k === "intlit" && e.value !== undefined && e.value >= 0);
  return !(fits(ta, a) && fits(tb, b));
}

/** The other operand of a comparison with a uint is a float: C# would compare in float (rounding the uint). */
export function uintAgainstFloat(a: Emitted, b: Emitted): [Emitted, Emitted] {
  if ((a.type.k === "uint" && b.type.k === "float") || (a.type.k === "float" && b.type.k === "uint") || intMeetsFloat(a, b)) {
    return [toDouble(a), toDouble(b)];
  }
  return [a, b];
}

/** An int (or an int literal float cannot hold) beside a float: C# converts the int to float, rounding
 *  above 2^24, where JS keeps it exact (`c ? i : f`, `f === i`); such pairs are widened to double. */
function intMeetsFloat(a: Emitted, b: Emitted): boolean {
  const roundsInFloat = (e: Emitted) => e.type.k === "int" || (e.type.k === "intlit" && (e.value === undefined || Math.fround(e.value) !== e.value));
  return (a.type.k === "float" && roundsInFloat(b)) || (b.type.k === "float" && roundsInFloat(a));
}

function asDouble(e: Emitted): Emitted {
  return e.type.k === "float" || e.type.k === "int" || e.type.k === "intlit" ? toDouble(e) : e;
}

/** `(double)e`. */
function toDouble(e: Emitted): Emitted {
  return built(X.cast("double", nodeOf(e)), T.double);
}
