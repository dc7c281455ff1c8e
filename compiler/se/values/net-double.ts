// .NET's text forms of a double where the game's API uses them (MyWaypointInfo's ToString and
// TryParse), as .NET Framework (and mono, the simulator's C# engine) computes them: the "R" format
// (15 significant digits when they read back as the same double, else 17; scientific past 10^15
// (10^17 with 17 digits) or below 10^-4, "E+XX"; -0 prints "0") and double.TryParse with
// NumberStyles.Any and the invariant culture (signs before or after, parentheses, ',' between
// digits, '¤', exponent; "Infinity", "-Infinity", "NaN"; a value beyond double's range fails).

/** `x.ToString("R", CultureInfo.InvariantCulture)`. */
export function netDoubleR(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (x === 0) return "0";
  let p = 15;
  let e = Math.abs(x).toExponential(p - 1);
  if (Number(e) !== Math.abs(x)) e = Math.abs(x).toExponential((p = 17) - 1);
  const [m, ex] = e.split("e");
  const digits = m!.replace(".", "").replace(/0+$/, "");
  const exp = Number(ex);
  const scale = exp + 1;
  let body: string;
  if (scale > p || scale < -3) {
    const a = Math.abs(exp);
    body = `${digits[0]}${digits.length > 1 ? "." + digits.slice(1) : ""}E${exp < 0 ? "-" : "+"}${a < 10 ? "0" + a : a}`;
  } else if (scale <= 0) body = `0.${"0".repeat(-scale)}${digits}`;
  else body = digits.length <= scale ? digits + "0".repeat(scale - digits.length) : `${digits.slice(0, scale)}.${digits.slice(scale)}`;
  return x < 0 ? "-" + body : body;
}

const isWhite = (c: string | undefined) => c === " " || (c !== undefined && c >= "\t" && c <= "\r");

/** `double.TryParse(s, NumberStyles.Any, CultureInfo.InvariantCulture, out v)`: v, or undefined when it fails. */
export function netParseDoubleAny(s: string): number | undefined {
  const n = parseNumber(s);
  if (n === undefined) {
    // Trim() removes Unicode whitespace; the symbols are compared exactly ("+Infinity" fails).
    const t = s.replace(/^[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+|[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+$/g, "");
    if (t === "Infinity") return Infinity;
    if (t === "-Infinity") return -Infinity;
    if (t === "NaN") return NaN;
    return undefined;
  }
  return n;
}

/** .NET Framework's Number.ParseNumber and NumberBufferToDouble, for NumberStyles.Any and the invariant culture. */
function parseNumber(s: string): number | undefined {
  let i = 0;
  let sign = false;
  let hasSign = false;
  let parens = false;
  let currency = false;
  const at = (k: number) => s[k];
  // leading: whitespace (not after a sign without a currency symbol), a sign, '(' and '¤', each once
  for (;;) {
    const c = at(i);
    if (!(isWhite(c) && !(hasSign && !currency))) {
      if (!hasSign && (c === "+" || c === "-")) {
        hasSign = true;
        sign = c === "-";
      } else if (c === "(" && !hasSign) {
        hasSign = parens = sign = true;
      } else if (!currency && c === "\u00A4") currency = true;
      else break;
    }
    i++;
  }
  let digits = "";
  let scale = 0;
  let anyDigit = false;
  let nonZero = false;
  let decimal = false;
  for (;;) {
    const c = at(i);
    if (c !== undefined && c >= "0" && c <= "9") {
      anyDigit = true;
      if (c !== "0" || nonZero) {
        if (digits.length < 50) digits += c;
        if (!decimal) scale++;
        nonZero = true;
      } else if (decimal) scale--;
    } else if (c === "." && !decimal) decimal = true;
    else if (c === "," && anyDigit && !decimal) {
      // a group separator: skipped
    } else break;
    i++;
  }
  if (!anyDigit) return undefined;
  const c0 = at(i);
  if (c0 === "e" || c0 === "E") {
    let j = i + 1;
    let neg = false;
    if (at(j) === "+") j++;
    else if (at(j) === "-") {
      neg = true;
      j++;
    }
    const d = at(j);
    if (d !== undefined && d >= "0" && d <= "9") {
      let exp = 0;
      while (at(j) !== undefined && at(j)! >= "0" && at(j)! <= "9") {
        exp = exp * 10 + Number(at(j));
        j++;
        if (exp > 1000) {
          exp = 9999;
          while (at(j) !== undefined && at(j)! >= "0" && at(j)! <= "9") j++;
        }
      }
      scale += neg ? -exp : exp;
      i = j;
    }
  }
  // trailing: whitespace, a sign (if none yet), ')' closing '(', '¤'
  for (;;) {
    const c = at(i);
    if (!isWhite(c)) {
      if (!hasSign && (c === "+" || c === "-")) {
        hasSign = true;
        sign = c === "-";
      } else if (c === ")" && parens) parens = false;
      else if (!currency && c === "\u00A4") currency = true;
      else break;
    }
    i++;
  }
  if (parens) return undefined;
  // only NULs may follow
  for (let k = i; k < s.length; k++) if (s[k] !== "\0") return undefined;
  const v = digits ? Number(`0.${digits}e${scale}`) : 0;
  if (!Number.isFinite(v)) return undefined; // beyond double's range: .NET Framework fails
  // a zero is +0 whatever its sign ("-0.0", "-1e-400")
  return sign && v !== 0 ? -v : v;
}
