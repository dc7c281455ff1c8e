// C# identifiers and literals.

const CS_KEYWORDS = new Set(
  ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else " +
    "enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long " +
    "namespace new null object operator out override params private protected public readonly ref return sbyte sealed short " +
    "sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual " +
    "void volatile while").split(" "),
);

/**
 * Types and classes the emitted C# names without qualification: a script's own declaration of one would
 * capture those references (`class Action` breaks every `Action` lambda, a local `Js` every `Js.Str`).
 * Declarations (classes, members) are rejected; locals and parameters are renamed.
 */
export const CSHARP_NAMES = new Set(["Js", "Program", "MyGridProgram", "Action", "Func", "List", "Dictionary", "HashSet", "KeyValuePair", "Exception", "Math", "StringComparison", "Nullable", "StringBuilder", "System",
  // named by the runtime helpers (compiler/runtime/Js.cs, nested in Program) and by generators (C33: `class BitConverter`
  // made Js.Str's BitConverter.DoubleToInt64Bits mcs CS0117)
  "BitConverter", "IEnumerable", "IEnumerator"]);

export function ident(name: string): string {
  // `$` is no C# identifier character; a name like the compiler's temporaries (`i__1`, context.ts
  // tempName) would collide with them: both get a spelling no TS name of that shape has.
  const n = name.includes("$") ? name.replace(/\$/g, "_Dollar_") : /__\d+$/.test(name) ? `${name}_` : name;
  return CS_KEYWORDS.has(n) ? `@${n}` : n;
}

/** A C# string literal with the same UTF-16 content as the JS string. */
export function stringLiteral(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // Lone surrogates too: written raw, a UTF-8 file would hold U+FFFD instead.
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else if (c > 0xffff) {
      const hi = 0xd800 + ((c - 0x10000) >> 10);
      const lo = 0xdc00 + ((c - 0x10000) & 0x3ff);
      out += `\\u${hi.toString(16)}\\u${lo.toString(16)}`;
    } else out += ch;
  }
  return out + '"';
}

/** |value| as (double)f * or / powers of two (f odd, below 2^53): exact in every C# compiler. */
function exactProduct(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  let f = (bits & ((1n << 52n) - 1n)) | (1n << 52n);
  let e = Number(bits >> 52n) - 1075;
  while ((f & 1n) === 0n) (f >>= 1n), e++;
  let code = `(double)${f}L`;
  for (; e >= 62; e -= 62) code += " * (1L << 62)";
  for (; e <= -62; e += 62) code += " / (1L << 62)";
  if (e > 0) code += ` * (1L << ${e})`;
  if (e < 0) code += ` / (1L << ${-e})`;
  return `(${value < 0 ? "-" : ""}${code})`;
}

/** A C# numeric literal of the value: `int` text for int targets, a double literal otherwise. */
export function numberLiteral(value: number, asInt: boolean): string {
  if (Number.isNaN(value)) return "double.NaN";
  if (value === Infinity) return "double.PositiveInfinity";
  if (asInt) return String(value);
  // mcs (unlike the game's Roslyn) misrounds some literals far from 1 and subnormals: write those as
  // exact constant products (an integer times powers of two), which any C# compiler folds exactly.
  if (value !== 0 && Math.abs(value) < 2.2250738585072014e-308) return `(${value / Number.MIN_VALUE}.0 * double.Epsilon)`;
  if (Math.abs(value) >= 1e22 || (value !== 0 && Math.abs(value) < 1e-22)) return exactProduct(value);
  const s = String(value);
  if (/[.e]/.test(s)) return s.replace("e+", "E+").replace("e-", "E-");
  return `${s}.0`;
}
