// JavaScript semantics for emitted C#: the compiler copies only the helpers a script uses into
// `static class Js` (nested in Program). Each helper starts with `// @helper Name` and may list
// `// @uses A, B` (and `// @note ...` lines, left out of the script). Whitelisted API only; no LINQ; no
// allocation beyond what JS itself would allocate.

// @helper Big
/// <summary>Unsigned big integers (little-endian 32-bit words, fixed capacity) for exact conversions
/// between doubles and decimal text: no double.Parse / "R" formatting, whose rounding is not exact.</summary>
private sealed class Big
{
    uint[] w = new uint[140];
    int n;
    public Big Set(ulong v) { n = 0; for (; v != 0; v >>= 32) w[n++] = (uint)v; return this; }
    public Big Set(Big b) { n = b.n; for (int i = 0; i < n; i++) w[i] = b.w[i]; return this; }
    /// <summary>this = this * m + a</summary>
    public Big Mul(uint m, uint a = 0)
    {
        ulong c = a;
        for (int i = 0; i < n; i++) { c += (ulong)w[i] * m; w[i] = (uint)c; c >>= 32; }
        if (c != 0) w[n++] = (uint)c;
        return this;
    }
    public Big Shl(int b) { for (; b > 0; b -= 31) Mul(1u << Math.Min(b, 31)); return this; }
    public Big Pow10(int k)
    {
        for (; k > 0; k -= 9) { uint p = 1; for (int i = Math.Min(k, 9); i > 0; i--) p *= 10; Mul(p); }
        return this;
    }
    public Big Add(Big b)
    {
        ulong c = 0;
        for (int i = 0; i < b.n || c != 0; i++)
        {
            if (i == n) w[n++] = 0;
            c += (ulong)w[i] + (i < b.n ? b.w[i] : 0u);
            w[i] = (uint)c;
            c >>= 32;
        }
        return this;
    }
    /// <summary>this -= b (this >= b); returns 1.</summary>
    int Sub(Big b)
    {
        long c = 0;
        for (int i = 0; i < n; i++) { c += (long)w[i] - (i < b.n ? b.w[i] : 0u); w[i] = (uint)c; c >>= 32; }
        while (n > 0 && w[n - 1] == 0) n--;
        return 1;
    }
    /// <summary>floor(this / s) for a quotient below 10; this becomes the remainder.</summary>
    public int Digit(Big s) { int d = 0; while (Cmp(this, s) >= 0) d += Sub(s); return d; }
    public static int Cmp(Big a, Big b)
    {
        if (a.n != b.n) return a.n < b.n ? -1 : 1;
        for (int i = a.n - 1; i >= 0; i--) if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
        return 0;
    }
}
private static readonly Big BR = new Big(), BS = new Big(), BP = new Big(), BM = new Big(), BT = new Big(), BD = new Big();

private static readonly double[] Tens = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

/// <summary>Mantissa f and exponent e of x >= 0 (x = f * 2^e; Infinity gives 2^52 * 2^972).</summary>
private static ulong Bits(double x, out int e, out long bits)
{
    bits = BitConverter.DoubleToInt64Bits(x);
    int be = (int)(bits >> 52);
    e = be == 0 ? -1074 : be - 1075;
    return (ulong)bits & 0xFFFFFFFFFFFFFUL | (be > 0 ? 1UL << 52 : 0);
}

// @helper Digits
// @uses Big
private static readonly char[] Dg = new char[130];
private static int DgN;
private static char Dig(int i) { return i >= 0 && i < DgN ? Dg[i] : '0'; }

/// <summary>Decimal digits of v > 0 into Dg[0..DgN): v = 0.Dg * 10^k, k returned. p &lt; 0: the shortest
/// digits that read back as v (Steele-White/Dragon4 on exact integers r/s with the rounding interval
/// m-/m+; closest, ties to even, as ECMAScript's Number::toString and V8). p >= 0: exact digits rounded
/// half up (ties to the larger, as toFixed/toPrecision), p of them, or p after the decimal point (fix).
/// Everyday numbers (2^-28 .. 2^70) run on decimal's exact 96-bit integers, straight-line code that keeps
/// the game's instruction count low; the others on Big.</summary>
private static int Digits(double v, int p, bool fix)
{
    int e;
    long bits;
    ulong f = Bits(v, out e, out bits);
    int c = f == 1UL << 52 && e > -1074 ? 1 : 0, k = (int)Math.Floor(Math.Log10(v));
    bool even = (f & 1) == 0;
    if (e < -80 || e > 17) return DigitsBig(p, fix, f, e, c, k, even);
    decimal r = f * Pow2(Math.Max(e, 0) + 1 + c), s = Pow2(Math.Max(-e, 0) + 1 + c), mm = Pow2(Math.Max(e, 0)), mp = mm * (1 + c), t = (decimal)Tens[Math.Abs(k)];
    if (k > 0) s *= t;
    else { r *= t; mm *= t; mp *= t; }
    while (p < 0 ? r + mp - s >= (even ? 0 : 1) : r >= s) { s *= 10; k++; }
    DgN = 0;
    int count = p < 0 ? 999 : fix ? k + p : p;
    if (count < 0) return k;
    while (DgN < count)
    {
        r *= 10;
        int d = (int)decimal.Truncate(r / s);
        if (d * s > r) d--;
        r -= d * s;
        if (p < 0)
        {
            mm *= 10;
            mp *= 10;
            bool lo = r - mm < (even ? 1 : 0), hi = r + mp - s >= (even ? 0 : 1);
            if (lo && hi ? 2 * r > s || 2 * r == s && (d & 1) == 1 : hi) d++;
            Dg[DgN++] = (char)('0' + d);
            if (lo || hi) return k;
        }
        else Dg[DgN++] = (char)('0' + d);
    }
    return 2 * r >= s ? Carry(k) : k;
}

private static decimal Pow2(int n) { return (decimal)(1UL << Math.Min(n, 63)) * (1UL << Math.Max(n - 63, 0)); }

/// <summary>Rounds the digits up by one in the last place.</summary>
private static int Carry(int k)
{
    int i = DgN - 1;
    while (i >= 0 && Dg[i] == '9') Dg[i--] = '0';
    if (i >= 0) Dg[i]++;
    else { Dg[0] = '1'; DgN = Math.Max(DgN, 1); k++; }
    return k;
}

/// <summary>Digits, for the numbers decimal cannot hold: the same steps on Big.</summary>
private static int DigitsBig(int p, bool fix, ulong f, int e, int c, int k, bool even)
{
    BR.Set(f).Shl(Math.Max(e, 0) + 1 + c);
    BS.Set(1).Shl(Math.Max(-e, 0) + 1 + c);
    BM.Set(1).Shl(Math.Max(e, 0));
    BP.Set(BM).Shl(c);
    if (k > 0) BS.Pow10(k);
    else { BR.Pow10(-k); BM.Pow10(-k); BP.Pow10(-k); }
    while (p < 0 ? Big.Cmp(BT.Set(BR).Add(BP), BS) >= (even ? 0 : 1) : Big.Cmp(BR, BS) >= 0) { BS.Mul(10); k++; }
    DgN = 0;
    int count = p < 0 ? 999 : fix ? k + p : p;
    if (count < 0) return k;
    while (DgN < count)
    {
        BR.Mul(10);
        int d = BR.Digit(BS);
        if (p < 0)
        {
            BM.Mul(10);
            BP.Mul(10);
            bool lo = Big.Cmp(BR, BM) < (even ? 1 : 0), hi = Big.Cmp(BT.Set(BR).Add(BP), BS) >= (even ? 0 : 1);
            int h = Big.Cmp(BT.Set(BR).Add(BR), BS);
            if (lo && hi ? h > 0 || h == 0 && (d & 1) == 1 : hi) d++;
            Dg[DgN++] = (char)('0' + d);
            if (lo || hi) return k;
        }
        else Dg[DgN++] = (char)('0' + d);
    }
    return Big.Cmp(BT.Set(BR).Add(BR), BS) >= 0 ? Carry(k) : k;
}

// @helper StrDouble
// @uses Digits
/// <summary>Number::toString: shortest round-trip digits, JS exponent rules, -0 is "0".</summary>
public static string Str(double d)
{
    if (d != d) return "NaN";
    if (d == 0) return "0";
    var sb = new StringBuilder(24);
    if (d < 0) { sb.Append('-'); d = -d; }
    if (d > double.MaxValue) return sb.Append("Infinity").ToString();
    if (d < 9007199254740992.0 && d == Math.Floor(d)) return sb.Append(((long)d).ToString("0;-0")).ToString();
    int n = Digits(d, -1, false), k = DgN;
    if (k <= n && n <= 21) sb.Append(Dg, 0, k).Append('0', n - k);
    else if (0 < n && n <= 21) sb.Append(Dg, 0, n).Append('.').Append(Dg, n, k - n);
    else if (-6 < n && n <= 0) sb.Append("0.").Append('0', -n).Append(Dg, 0, k);
    else
    {
        sb.Append(Dg[0]);
        if (k > 1) sb.Append('.').Append(Dg, 1, k - 1);
        sb.Append(n - 1 < 0 ? "e-" : "e+").Append(Math.Abs(n - 1).ToString("0;-0"));
    }
    return sb.ToString();
}

// @helper ToFixed
// @uses StrDouble
/// <summary>toFixed: exact decimal rounding, halves away from zero; RangeError outside 0..100.</summary>
public static string ToFixed(double x, double digits)
{
    double f = digits != digits ? 0 : Math.Truncate(digits);
    if (f < 0 || f > 100) throw new Exception("toFixed() digits argument must be between 0 and 100");
    if (x != x || double.IsInfinity(x)) return Str(x);
    var sb = new StringBuilder();
    if (x < 0) { sb.Append('-'); x = -x; }
    if (x >= 1e21) return sb.Append(Str(x)).ToString();
    int p = (int)f, k = 0;
    DgN = 0;
    if (x > 0) k = Digits(x, p, true);
    if (k <= 0) sb.Append('0');
    for (int i = 0; i < k; i++) sb.Append(Dig(i));
    if (p > 0) sb.Append('.');
    for (int i = k; i < k + p; i++) sb.Append(Dig(i));
    return sb.ToString();
}

// @helper ToPrecision
// @uses StrDouble
/// <summary>toPrecision: p significant digits, exact rounding (halves up), exponent form as JS.</summary>
public static string ToPrecision(double x, double precision)
{
    double pp = precision != precision ? 0 : Math.Truncate(precision);
    if (x != x || double.IsInfinity(x)) return Str(x);
    if (pp < 1 || pp > 100) throw new Exception("toPrecision() argument must be between 1 and 100");
    int p = (int)pp, e = 0;
    var sb = new StringBuilder();
    if (x < 0) { sb.Append('-'); x = -x; }
    DgN = 0;
    if (x > 0) e = Digits(x, p, false) - 1;
    if (e < -6 || e >= p)
    {
        sb.Append(Dig(0));
        if (p > 1) sb.Append('.').Append(Dg, 1, p - 1);
        return sb.Append(e > 0 ? "e+" : "e-").Append(Math.Abs(e).ToString("0;-0")).ToString();
    }
    if (e < 0) sb.Append("0.").Append('0', -e - 1);
    for (int i = 0; i < p; i++)
    {
        if (i == e + 1 && e >= 0) sb.Append('.');
        sb.Append(Dig(i));
    }
    return sb.ToString();
}

// @helper ToExponential
// @uses StrDouble
/// <summary>toExponential: d digits after the point rounded exactly (halves up), or the shortest digits.</summary>
public static string ToExponential(double x, double digits, bool given)
{
    double f = digits != digits ? 0 : Math.Truncate(digits);
    if (x != x || double.IsInfinity(x)) return Str(x);
    if (f < 0 || f > 100) throw new Exception("toExponential() argument must be between 0 and 100");
    var sb = new StringBuilder();
    if (x < 0) { sb.Append('-'); x = -x; }
    int p = given ? (int)f + 1 : 1, e = 0;
    DgN = 0;
    if (x > 0) e = Digits(x, given ? p : -1, false) - 1;
    if (x > 0 && !given) p = DgN;
    sb.Append(Dig(0));
    if (p > 1) sb.Append('.');
    for (int i = 1; i < p; i++) sb.Append(Dig(i));
    return sb.Append(e < 0 ? "e-" : "e+").Append(Math.Abs(e).ToString("0;-0")).ToString();
}

// @helper ToRadix
// @uses StrDouble, Big
/// <summary>Number.prototype.toString(radix): V8's DoubleToRadixCString step for step (digits up to the
/// precision of the double, round half to even).</summary>
public static string ToRadix(double v, double radix)
{
    double rr = radix != radix ? 0 : Math.Truncate(radix);
    if (rr < 2 || rr > 36) throw new Exception("toString() radix argument must be between 2 and 36");
    int r = (int)rr;
    if (r == 10 || v != v || double.IsInfinity(v)) return Str(v);
    const string chars = "0123456789abcdefghijklmnopqrstuvwxyz";
    bool neg = v < 0;
    if (neg) v = -v;
    double ip = Math.Floor(v), fr = v - ip;
    int e;
    long bits;
    Bits(v, out e, out bits);
    double delta = Math.Max(BitConverter.Int64BitsToDouble(1), 0.5 * (BitConverter.Int64BitsToDouble(bits + 1) - v));
    var f = new StringBuilder();
    if (fr >= delta)
    {
        f.Append('.');
        do
        {
            fr *= r;
            delta *= r;
            int d = (int)fr;
            f.Append(chars[d]);
            fr -= d;
            if ((fr > 0.5 || fr == 0.5 && (d & 1) == 1) && fr + delta > 1)
            {
                // Round up, carrying back through the digits written (into the integer part past the point).
                for (int i = f.Length - 1; ; i--)
                {
                    if (i == 0) { ip += 1; f.Length = 0; break; }
                    int dv = chars.IndexOf(f[i]);
                    f.Length = i;
                    if (dv + 1 < r) { f.Append(chars[dv + 1]); break; }
                }
                break;
            }
        } while (fr >= delta);
    }
    var buf = new char[1100];
    int pos = buf.Length;
    while (ip / r >= 9007199254740992.0) { ip /= r; buf[--pos] = '0'; }
    do
    {
        double rem = ip % r;
        buf[--pos] = chars[(int)rem];
        ip = (ip - rem) / r;
    } while (ip > 0);
    if (neg) buf[--pos] = '-';
    return new string(buf, pos, buf.Length - pos) + f.ToString();
}

// @helper ParseCore
// @uses Big, IsJsSpace
/// <summary>The double nearest to BD * 10^E (ties to even), refining the estimate x ulp by ulp with exact
/// comparisons against the midpoints between neighbouring doubles.</summary>
private static double Nearest(double x, int E)
{
    while (true)
    {
        int e;
        long bits;
        ulong f = Bits(x, out e, out bits);
        int odd = (int)(f & 1);
        if (bits >> 52 < 2047 && CmpMid(2 * f + 1, e - 1, E) >= 1 - odd) x = BitConverter.Int64BitsToDouble(bits + 1);
        else if (f > 0 && (f == 1UL << 52 && e > -1074 ? CmpMid(4 * f - 1, e - 2, E) : CmpMid(2 * f - 1, e - 1, E)) <= odd - 1) x = BitConverter.Int64BitsToDouble(bits - 1);
        else return x;
    }
}

/// <summary>Compares BD * 10^E with m * 2^q.</summary>
private static int CmpMid(ulong m, int q, int E)
{
    BR.Set(BD).Pow10(Math.Max(E, 0)).Shl(Math.Max(-q, 0));
    BS.Set(m).Pow10(Math.Max(-E, 0)).Shl(Math.Max(q, 0));
    return Big.Cmp(BR, BS);
}

/// <summary>The decimal digits of s[a..b) (a '.' among them is skipped) times 10^e10, correctly rounded.
/// Beyond 800 significant digits the rest only counts as nonzero or not, which decides no rounding.</summary>
private static double Decimal(string s, int a, int b, long e10)
{
    int nd = 0, gn = 0;
    long drop = 0;
    bool sticky = false;
    long g = 0;
    BD.Set(0);
    for (int i = a; i < b; i++)
    {
        int c = s[i] - '0';
        if (c < 0 || nd == 0 && c == 0) continue;
        if (nd < 800)
        {
            BD.Mul(10, (uint)c);
            nd++;
            if (gn < 18) { g = g * 10 + c; gn++; }
        }
        else { drop++; sticky |= c != 0; }
    }
    long E = e10 + drop;
    if (nd == 0 || nd + E < -324) return 0;
    // Up to 15 digits times an exact power of ten up to 1e22: one correctly rounded operation.
    if (nd <= 15 && E >= -22 && E <= 22) return E < 0 ? g / Tens[-E] : g * Tens[E];
    if (nd + E > 310) return double.PositiveInfinity;
    double x = g;
    for (long q = nd - gn + E; q != 0;)
    {
        int t = (int)Math.Min(Math.Abs(q), 300);
        if (q > 0) { x *= Math.Pow(10, t); q -= t; }
        else { x /= Math.Pow(10, t); q += t; }
    }
    if (sticky) { BD.Mul(10, 1); E--; }
    return Nearest(x, (int)E);
}

private static int DigitVal(char c)
{
    int l = c | 32;
    return c >= '0' && c <= '9' ? c - '0' : l >= 'a' && l <= 'z' ? l - 'a' + 10 : 99;
}

/// <summary>The integer written in radix r in s[a..b) (all digits valid): exact for 10 and powers of 2,
/// V8's double arithmetic (32-bit parts) for the other radixes, as parseInt in Node.</summary>
private static double Integer(string s, int a, int b, int r)
{
    while (a < b && s[a] == '0') a++;
    if (r == 10) return Decimal(s, a, b, 0);
    double x = 0;
    if ((r & (r - 1)) == 0)
    {
        int lg = 0;
        for (int t = r; t > 1; t >>= 1) lg++;
        if ((b - a) * lg > 1100) return double.PositiveInfinity;
        BD.Set(0);
        for (int i = a; i < b; i++) { int d = DigitVal(s[i]); BD.Mul((uint)r, (uint)d); x = x * r + d; }
        return Nearest(x, 0);
    }
    for (int i = a; i < b;)
    {
        uint part = 0, mul = 1;
        while (i < b && mul * (uint)r <= 0xFFFFFFFFu / 36) { part = part * (uint)r + (uint)DigitVal(s[i++]); mul *= (uint)r; }
        x = x * mul + part;
    }
    return x;
}

/// <summary>The longest StrDecimalLiteral at s[a..] (sign, Infinity, digits, '.', exponent): its end
/// (a when there is none) and value v (NaN when there is none).</summary>
private static int ParseDecimal(string s, int a, out double v)
{
    int i = a, b = s.Length;
    v = double.NaN;
    bool neg = i < b && s[i] == '-';
    if (i < b && (s[i] == '+' || neg)) i++;
    if (string.CompareOrdinal(s, i, "Infinity", 0, 8) == 0) { v = neg ? double.NegativeInfinity : double.PositiveInfinity; return i + 8; }
    int d0 = i;
    while (i < b && s[i] >= '0' && s[i] <= '9') i++;
    int intDigits = i - d0, frac = 0;
    if (i < b && s[i] == '.')
        for (i++; i < b && s[i] >= '0' && s[i] <= '9'; i++) frac++;
    if (intDigits + frac == 0) return a;
    int end = i;
    long ex = 0;
    if (i < b && (s[i] | 32) == 'e')
    {
        int j = i + 1;
        bool en = j < b && s[j] == '-';
        if (j < b && (s[j] == '+' || en)) j++;
        int j0 = j;
        for (; j < b && s[j] >= '0' && s[j] <= '9'; j++) if (ex < 100000000) ex = ex * 10 + s[j] - '0';
        if (j > j0) { end = j; if (en) ex = -ex; }
        else ex = 0;
    }
    v = Decimal(s, d0, i, ex - frac);
    if (neg) v = -v;
    return end;
}

// @helper ToNumber
// @uses ParseCore
/// <summary>Number(s): JS StringToNumber (whitespace, 0x/0o/0b, Infinity, "" is 0, anything else NaN).</summary>
public static double ToNumber(string s)
{
    int a = 0, b = s.Length;
    while (a < b && IsJsSpace(s[a])) a++;
    while (b > a && IsJsSpace(s[b - 1])) b--;
    if (a == b) return 0;
    int r = b - a > 2 && s[a] == '0' ? ((s[a + 1] | 32) == 'x' ? 16 : (s[a + 1] | 32) == 'o' ? 8 : (s[a + 1] | 32) == 'b' ? 2 : 0) : 0;
    if (r > 0)
    {
        for (int i = a + 2; i < b; i++) if (DigitVal(s[i]) >= r) return double.NaN;
        return Integer(s, a + 2, b, r);
    }
    double v;
    return ParseDecimal(s.Substring(0, b), a, out v) == b ? v : double.NaN;
}

// @helper ParseFloat
// @uses ParseCore
public static double ParseFloat(string s)
{
    int a = 0;
    while (a < s.Length && IsJsSpace(s[a])) a++;
    double v;
    ParseDecimal(s, a, out v);
    return v;
}

// @helper ParseInt
// @uses ParseCore
/// <summary>parseInt(s, radix): radix ToInt32, 0 means 10 (or 16 after 0x); the longest digit prefix.</summary>
public static double ParseInt(string s, double radix)
{
    int a = 0, b = s.Length;
    while (a < b && IsJsSpace(s[a])) a++;
    bool neg = a < b && s[a] == '-';
    if (a < b && (s[a] == '+' || neg)) a++;
    double t = double.IsNaN(radix) || double.IsInfinity(radix) ? 0 : Math.Truncate(radix) % 4294967296.0;
    if (t < 0) t += 4294967296.0;
    int r = t >= 2147483648.0 ? (int)(t - 4294967296.0) : (int)t;
    if (r != 0 && (r < 2 || r > 36)) return double.NaN;
    if ((r == 0 || r == 16) && b - a >= 2 && s[a] == '0' && (s[a + 1] | 32) == 'x') { a += 2; r = 16; }
    if (r == 0) r = 10;
    int end = a;
    while (end < b && DigitVal(s[end]) < r) end++;
    if (end == a) return double.NaN;
    double v = Integer(s, a, end, r);
    return neg ? -v : v;
}

// @helper StrInt
// @uses StrLong
// @note no code of its own: an int (and a uint of the API, typed int in TS) prints through Str(long),
// @note the overload C# picks for it over Str(double), with the same digits (one method less to paste)

// @helper StrLong
// @note a custom format, the same digits in every culture: its second section (negative values) writes no NegativeSign,
// @note only its literal '-' (copied as any character but 0 # . , % E \ ' " ;), and 0 writes ASCII digits
public static string Str(long v) { return v.ToString("0;-0"); }

// @helper StrBool
public static string Str(bool v) { return v ? "true" : "false"; }

// @helper StrOptional
/// <summary>String() of a value that may be missing: JS prints "undefined" or "null", as the TS type says.</summary>
public static string Str(string v, string none) { return v ?? none; }

// @helper StrOptionalDouble
// @uses StrDouble
public static string Str(double? v, string none) { return v.HasValue ? Str(v.Value) : none; }

// @helper StrOptionalLong
// @uses StrLong
/// <summary>A long that may be missing (m.get(k) of a Map of longs) printed: its digits, or JS's undefined.</summary>
public static string Str(long? v, string none) { return v.HasValue ? Str(v.Value) : none; }

// @helper StrOptionalBool
public static string Str(bool? v, string none) { return v.HasValue ? (v.Value ? "true" : "false") : none; }

// @helper StrObject
public static string Str(object v) { return v == null ? "null" : v.ToString(); }

// @helper Round
/// <summary>Math.round: halves go toward +Infinity; -0.5 <= x < 0 gives -0.</summary>
public static double Round(double x)
{
    double r = Math.Floor(x);
    if (x - r >= 0.5) r += 1;
    return r == 0 && x < 0 ? -r : r;
}

// @helper MinMax
/// <summary>Math.min / Math.max of doubles: NaN wins, and -0 is below +0 (Math.Min/Max may not say so).</summary>
public static double Min(double a, double b) { return a < b || a != a ? a : a > b || b != b ? b : a == 0 && 1 / a > 0 ? b : a; }

public static double Max(double a, double b) { return a > b || a != a ? a : a < b || b != b ? b : a == 0 && 1 / a < 0 ? b : a; }

// @helper ZeroKey
/// <summary>x + 0, and Map/Set keys (JS stores -0 as +0): -0 becomes +0. Writing x + 0.0 is not enough:
/// mono's JIT folds that addition away.</summary>
public static double Key(double k) { return k == 0 ? 0.0 : k; }

// @helper ZeroKeyT
/// <summary>A Map/Set key of a type parameter's type: a -0 double is stored as +0, as JS does.</summary>
public static T KeyT<T>(T k) { return k is double && (double)(object)k == 0 ? (T)(object)0.0 : k; }

// @helper IndexOfT
/// <summary>indexOf/lastIndexOf on a type parameter's values: === never finds NaN (List.IndexOf would).</summary>
public static int IndexOfT<T>(List<T> list, T v, bool last)
{
    if ((v is double && double.IsNaN((double)(object)v)) || (v is float && float.IsNaN((float)(object)v))) return -1;
    return last ? list.LastIndexOf(v) : list.IndexOf(v);
}

// @helper FromCharCode
/// <summary>String.fromCharCode: ToUint16 of the number.</summary>
public static string FromCharCode(double c)
{
    double t = c != c || double.IsInfinity(c) ? 0 : Math.Truncate(c) % 65536;
    return ((char)(int)(t < 0 ? t + 65536 : t)).ToString();
}

// @helper IsFinite
public static bool IsFinite(double x) { return !double.IsNaN(x) && !double.IsInfinity(x); }

// @helper Sign
public static double Sign(double x) { return double.IsNaN(x) || x == 0 ? x : (x > 0 ? 1 : -1); }

// @helper Low0
/// <summary>d with the low 32 bits of its significand cleared (fdlibm's SET_LOW_WORD(d, 0)).</summary>
private static double Low0(double d) { return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d) & -4294967296L); }

// @helper Pow
// @uses Low0
/// <summary>Math.pow and **, bit for bit as V8 computes them (fdlibm's pow, which V8 uses in every tier):
/// .NET's Math.Pow is the C runtime's and differs in the last bit, and gives 1 for 1 ** NaN.</summary>
public static double Pow(double x, double y)
{
    long bx = BitConverter.DoubleToInt64Bits(x);
    int hx = (int)(bx >> 32), ix = hx & 0x7fffffff, hy = (int)(BitConverter.DoubleToInt64Bits(y) >> 32), iy = hy & 0x7fffffff, n, k, j;
    double ax = Math.Abs(x), ay = Math.Abs(y), z, s = 1, t, t1, t2, u, v, w, r, ss, s2, sh, th, tl, ph, pl;
    if (y == 0) return 1;
    if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
    // yi: 0 y is not an integer, 1 an odd one, 2 an even one (fdlibm asks only when x < 0)
    int yi = Math.Floor(y) != y ? 0 : ay >= 9007199254740992 || ay % 2 == 0 ? 2 : 1;
    if (ay == double.PositiveInfinity) return ax == 1 ? double.NaN : ax > 1 == y > 0 ? ay : 0;
    if (y == 1) return x;
    if (y == -1) return 1 / x;
    if (y == 2) return x * x;
    if (y == 0.5 && hx >= 0) return Math.Sqrt(x);
    if (ax == 0 || ax == 1 || ax == double.PositiveInfinity)
    {
        z = y < 0 ? 1 / ax : ax;
        return hx >= 0 ? z : yi == 0 ? (ax == 1 ? double.NaN : z) : yi == 1 ? -z : z;
    }
    if (hx < 0)
    {
        if (yi == 0) return double.NaN;
        if (yi == 1) s = -1;
    }
    if (iy > 0x41e00000)
    {
        // |y| > 2^31: over- or underflow unless x is near 1; then log2(x) from x-x^2/2+x^3/3-x^4/4
        if (iy > 0x43f00000) return ix < 0x3ff00000 == hy < 0 ? double.PositiveInfinity : 0;
        if (ix < 0x3fefffff) return s * (hy < 0 ? double.PositiveInfinity : 0);
        if (ix > 0x3ff00000) return s * (hy > 0 ? double.PositiveInfinity : 0);
        t = ax - 1;
        w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
        u = 1.4426950216293335 * t;
        v = t * 1.9259629911266175e-8 - w * 1.4426950408889634;
        t1 = Low0(u + v);
        t2 = v - (t1 - u);
    }
    else
    {
        // log2(x) = n + dp + log2(1+f) in two pieces t1 + t2, t1 with 29 trailing zero bits
        n = 0;
        if (ix < 0x00100000)
        {
            ax *= 9007199254740992;
            n = -53;
            ix = (int)(BitConverter.DoubleToInt64Bits(ax) >> 32);
        }
        n += (ix >> 20) - 0x3ff;
        j = ix & 0x000fffff;
        ix = j | 0x3ff00000;
        k = 0;
        if (j > 0x3988E)
        {
            if (j < 0xBB67A) k = 1;
            else { n++; ix -= 0x00100000; }
        }
        ax = BitConverter.Int64BitsToDouble((long)ix << 32 | BitConverter.DoubleToInt64Bits(ax) & 0xffffffffL);
        double bp = k == 0 ? 1 : 1.5, dh = k == 0 ? 0 : 0.5849624872207642, dl = k == 0 ? 0 : 1.350039202129749e-8;
        u = ax - bp;
        v = 1 / (ax + bp);
        ss = u * v;
        sh = Low0(ss);
        th = BitConverter.Int64BitsToDouble((long)(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) << 32);
        tl = ax - (th - bp);
        double sl = v * ((u - sh * th) - sh * tl);
        s2 = ss * ss;
        r = s2 * s2 * (0.5999999999999946 + s2 * (0.4285714285785502 + s2 * (0.33333332981837743 + s2 * (0.272728123808534 + s2 * (0.23066074577556175 + s2 * 0.20697501780033842)))));
        r += sl * (sh + ss);
        s2 = sh * sh;
        th = Low0(3.0 + s2 + r);
        tl = r - ((th - 3.0) - s2);
        u = sh * th;
        v = sl * th + tl * ss;
        ph = Low0(u + v);
        pl = v - (ph - u);
        double zh = 0.9617967009544373 * ph, zl = -7.028461650952758e-9 * ph + pl * 0.9617966939259756 + dl;
        t = n;
        t1 = Low0(((zh + zl) + dh) + t);
        t2 = zl - (((t1 - t) - dh) - zh);
    }
    // y * log2(x) = ph + pl, then 2^that
    double y1 = Low0(y);
    pl = (y - y1) * t1 + y * t2;
    ph = y1 * t1;
    z = pl + ph;
    if (z >= 1024 && (z > 1024 || pl + 8.008566259537294e-17 > z - ph)) return s * double.PositiveInfinity;
    if (z <= -1075 && (z < -1075 || pl <= z - ph)) return s * 0;
    j = (int)(BitConverter.DoubleToInt64Bits(z) >> 32);
    int i = j & 0x7fffffff;
    n = 0;
    if (i > 0x3fe00000)
    {
        // |z| > 0.5: n = [z + 0.5], ph -= n
        n = j + (0x00100000 >> ((i >> 20) - 0x3ff + 1));
        k = ((n & 0x7fffffff) >> 20) - 0x3ff;
        ph -= BitConverter.Int64BitsToDouble((long)(n & ~(0x000fffff >> k)) << 32);
        n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
        if (j < 0) n = -n;
    }
    t = Low0(pl + ph);
    u = t * 0.6931471824645996;
    v = (pl - (t - ph)) * 0.6931471805599453 + t * -1.904654299957768e-9;
    z = u + v;
    w = v - (z - u);
    t = z * z;
    t1 = z - t * (0.16666666666666602 + t * (-0.0027777777777015593 + t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8))));
    r = z * t1 / ((t1 - 2) - (w + z * w));
    z = 1 - (r - z);
    // z * 2^n: a subnormal result is rounded once, as fdlibm's scalbn does
    long bz = BitConverter.DoubleToInt64Bits(z);
    int e = (int)(bz >> 52) + n;
    if (e > 0) return s * BitConverter.Int64BitsToDouble(bz + ((long)n << 52));
    return s * (e <= -54 ? 0 : BitConverter.Int64BitsToDouble(bz + ((long)(n + 54) << 52)) * 5.551115123125783e-17);
}

// @helper RemPio2
// @note x - n*pi/2 as V8's fdlibm reduces it (e_rem_pio2.c, k_rem_pio2.c with 2/pi's bits), for Sin, Cos and Tan.
/// <summary>x = n*pi/2 + y0 + y1 with |y0 + y1| <= pi/4, as fdlibm reduces it; returns n.</summary>
private static int RemPio2(double x, out double y0, out double y1)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ix = hx & 0x7fffffff, n, i, j;
    double s = hx > 0 ? 1 : -1, z, t, r, w, fn;
    if (ix <= 0x3fe921fb) { y0 = x; y1 = 0; return 0; }
    if (ix < 0x4002d97c)
    {
        // |x| < 3pi/4: n = +-1, pi/2 in two pieces (three near pi/2)
        z = x - s * 1.5707963267341256;
        t = s * 6.077100506506192e-11;
        if (ix == 0x3ff921fb) { z -= s * 6.077100506303966e-11; t = s * 2.0222662487959506e-21; }
        y0 = z - t;
        y1 = (z - y0) - t;
        return (int)s;
    }
    if (ix <= 0x413921fb)
    {
        // |x| <= 2^19 pi/2: n*pi/2 in up to three pieces of 33 bits and a tail
        t = Math.Abs(x);
        n = (int)(t * 0.6366197723675814 + 0.5);
        fn = n;
        r = t - fn * 1.5707963267341256;
        w = fn * 6.077100506506192e-11;
        y0 = r - w;
        if (n >= 32 || ix == (int)(BitConverter.DoubleToInt64Bits(n * 1.5707963267948966) >> 32))
        {
            j = ix >> 20;
            i = j - (int)(BitConverter.DoubleToInt64Bits(y0) >> 52 & 0x7ff);
            if (i > 16)
            {
                t = r;
                w = fn * 6.077100506303966e-11;
                r = t - w;
                w = fn * 2.0222662487959506e-21 - ((t - r) - w);
                y0 = r - w;
                i = j - (int)(BitConverter.DoubleToInt64Bits(y0) >> 52 & 0x7ff);
                if (i > 49)
                {
                    t = r;
                    w = fn * 2.0222662487111665e-21;
                    r = t - w;
                    w = fn * 8.4784276603689e-32 - ((t - r) - w);
                    y0 = r - w;
                }
            }
        }
        y1 = (r - y0) - w;
        y0 *= s;
        y1 *= s;
        return (int)s * n;
    }
    // larger: |x| as three 24-bit pieces times 2^e0, multiplied by 2/pi's bits
    int e0 = (ix >> 20) - 1046;
    z = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Math.Abs(x)) - ((long)e0 << 52));
    var tx = new double[3];
    for (i = 0; i < 2; i++) { tx[i] = (int)z; z = (z - tx[i]) * 16777216; }
    tx[2] = z;
    n = 3;
    while (tx[n - 1] == 0) n--;
    n = RemPio2Big(tx, e0, n, out y0, out y1);
    y0 *= s;
    y1 *= s;
    return (int)s * n;
}

private static readonly int[] TwoOverPi = { 0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B };
private static readonly double[] PiOver2 = { 1.570796251296997, 7.549789415861596e-8, 5.390302529957765e-15, 3.282003415807913e-22, 1.270655753080676e-29 };

/// <summary>fdlibm's __kernel_rem_pio2 at 53 bits (jk = 4): x[0..nx) * 2^e0 * 2/pi mod 8, the fraction in y0 + y1.</summary>
private static int RemPio2Big(double[] x, int e0, int nx, out double y0, out double y1)
{
    int jx = nx - 1, jv = Math.Max((e0 - 3) / 24, 0), q0 = e0 - 24 * (jv + 1), jz = 4, n, ih, i, j, k, carry;
    var f = new double[20];
    var q = new double[20];
    var iq = new int[20];
    double z, fw;
    for (i = 0, j = jv - jx; i <= jx + 4; i++, j++) f[i] = j < 0 ? 0 : TwoOverPi[j];
    for (i = 0; i <= 4; i++)
    {
        for (j = 0, fw = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
        q[i] = fw;
    }
    while (true)
    {
        // q[] into 24-bit integers iq[], reversed; n and the fraction z
        for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--)
        {
            fw = (int)(5.960464477539063e-8 * z);
            iq[i] = (int)(z - 16777216 * fw);
            z = q[j - 1] + fw;
        }
        z *= Scale2(q0);
        z -= 8 * Math.Floor(z * 0.125);
        n = (int)z;
        z -= n;
        ih = 0;
        if (q0 > 0)
        {
            i = iq[jz - 1] >> (24 - q0);
            n += i;
            iq[jz - 1] -= i << (24 - q0);
            ih = iq[jz - 1] >> (23 - q0);
        }
        else if (q0 == 0) ih = iq[jz - 1] >> 23;
        else if (z >= 0.5) ih = 2;
        if (ih > 0)
        {
            // the fraction is >= 0.5: take 1 - q
            n++;
            carry = 0;
            for (i = 0; i < jz; i++)
            {
                j = iq[i];
                if (carry == 0) { if (j != 0) { carry = 1; iq[i] = 0x1000000 - j; } }
                else iq[i] = 0xffffff - j;
            }
            if (q0 == 1) iq[jz - 1] &= 0x7fffff;
            else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
            if (ih == 2)
            {
                z = 1 - z;
                if (carry != 0) z -= Scale2(q0);
            }
        }
        if (z != 0) break;
        for (i = jz - 1, j = 0; i >= 4; i--) j |= iq[i];
        if (j != 0) break;
        // all bits so far cancelled: take more terms of 2/pi
        for (k = 1; k <= 4 && iq[4 - k] == 0; k++) { }
        for (i = jz + 1; i <= jz + k; i++)
        {
            f[jx + i] = TwoOverPi[jv + i];
            for (j = 0, fw = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }
        jz += k;
    }
    if (z == 0)
    {
        jz--;
        q0 -= 24;
        while (iq[jz] == 0) { jz--; q0 -= 24; }
    }
    else
    {
        z *= Scale2(-q0);
        if (z >= 16777216)
        {
            fw = (int)(5.960464477539063e-8 * z);
            iq[jz] = (int)(z - 16777216 * fw);
            jz++;
            q0 += 24;
            iq[jz] = (int)fw;
        }
        else iq[jz] = (int)z;
    }
    fw = Scale2(q0);
    for (i = jz; i >= 0; i--) { q[i] = fw * iq[i]; fw *= 5.960464477539063e-8; }
    // times pi/2 in 24-bit pieces, then summed into y0 + y1
    var fq = new double[20];
    for (i = jz; i >= 0; i--)
    {
        for (fw = 0, k = 0; k <= 4 && k <= jz - i; k++) fw += PiOver2[k] * q[i + k];
        fq[jz - i] = fw;
    }
    for (fw = 0, i = jz; i >= 0; i--) fw += fq[i];
    y0 = ih == 0 ? fw : -fw;
    fw = fq[0] - fw;
    for (i = 1; i <= jz; i++) fw += fq[i];
    y1 = ih == 0 ? fw : -fw;
    return n & 7;
}

/// <summary>2^k for -1022 <= k <= 1023.</summary>
private static double Scale2(int k) { return BitConverter.Int64BitsToDouble((long)(k + 1023) << 52); }

// @helper SinCos
// @uses RemPio2
/// <summary>Math.sin and Math.cos as V8 computes them (fdlibm's): .NET's are the C runtime's (mono's the x87's, wrong for large x).</summary>
public static double Sin(double x)
{
    double y0, y1;
    int ix = (int)(BitConverter.DoubleToInt64Bits(x) >> 32) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return SinK(x, 0, 0);
    if (ix >= 0x7ff00000) return double.NaN;
    int n = RemPio2(x, out y0, out y1);
    double r = (n & 1) == 0 ? SinK(y0, y1, 1) : CosK(y0, y1);
    return (n & 2) == 0 ? r : -r;
}

public static double Cos(double x)
{
    double y0, y1;
    int ix = (int)(BitConverter.DoubleToInt64Bits(x) >> 32) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return CosK(x, 0);
    if (ix >= 0x7ff00000) return double.NaN;
    int n = RemPio2(x, out y0, out y1);
    double r = (n & 1) == 0 ? CosK(y0, y1) : SinK(y0, y1, 1);
    return ((n + 1) & 2) == 0 ? r : -r;
}

/// <summary>sin(x + y) for |x| <= pi/4, y the tail of x (iy = 0: none).</summary>
private static double SinK(double x, double y, int iy)
{
    if (Math.Abs(x) < 7.450580596923828e-9) return x;
    double z = x * x, v = z * x, r = 0.00833333333332249 + z * (-0.0001984126982985795 + z * (0.0000027557313707070068 + z * (-2.5050760253406863e-8 + z * 1.58969099521155e-10)));
    return iy == 0 ? x + v * (-0.16666666666666632 + z * r) : x - ((z * (0.5 * y - v * r) - y) - v * -0.16666666666666632);
}

/// <summary>cos(x + y) for |x| <= pi/4, y the tail of x.</summary>
private static double CosK(double x, double y)
{
    int ix = (int)(BitConverter.DoubleToInt64Bits(x) >> 32) & 0x7fffffff;
    if (ix < 0x3e400000) return 1;
    double z = x * x, r = z * (0.0416666666666666 + z * (-0.001388888888887411 + z * (0.00002480158728947673 + z * (-2.7557314351390663e-7 + z * (2.087572321298175e-9 + z * -1.1359647557788195e-11)))));
    if (ix < 0x3fd33333) return 1 - (0.5 * z - (z * r - x * y));
    // qx = |x|/4 with its low word cleared (0.28125 above 0.78125): 1 - qx and z/2 - qx are exact
    double qx = ix > 0x3fe90000 ? 0.28125 : BitConverter.Int64BitsToDouble((long)(ix - 0x00200000) << 32);
    return (1 - qx) - ((0.5 * z - qx) - (z * r - x * y));
}

// @helper Tan
// @uses RemPio2, Low0
/// <summary>Math.tan as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Tan(double x)
{
    double y0, y1;
    int ix = (int)(BitConverter.DoubleToInt64Bits(x) >> 32) & 0x7fffffff;
    if (ix <= 0x3fe921fb) return TanK(x, 0, 1);
    if (ix >= 0x7ff00000) return double.NaN;
    int n = RemPio2(x, out y0, out y1);
    return TanK(y0, y1, 1 - ((n & 1) << 1));
}

/// <summary>tan(x + y) (iy = 1) or -1/tan(x + y) (iy = -1) for |x| <= pi/4, y the tail of x.</summary>
private static double TanK(double x, double y, int iy)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ix = hx & 0x7fffffff;
    double z, r, v, w, s;
    if (ix < 0x3e300000)
    {
        if (x == 0 && iy == -1) return 1 / Math.Abs(x);
        return iy == 1 ? x : TanInverse(x + y, y, x);
    }
    bool big = ix >= 0x3fe59428;
    if (big)
    {
        // |x| >= 0.6744: tan(pi/4 - x')
        if (hx < 0) { x = -x; y = -y; }
        z = 0.7853981633974483 - x;
        w = 3.061616997868383e-17 - y;
        x = z + w;
        y = 0;
    }
    z = x * x;
    w = z * z;
    r = 0.13333333333320124 + w * (0.021869488294859542 + w * (0.0035920791075913124 + w * (0.0005880412408202641 + w * (0.00007817944429395571 + w * -0.000018558637485527546))));
    v = z * (0.05396825397622605 + w * (0.0088632398235993 + w * (0.0014562094543252903 + w * (0.0002464631348184699 + w * (0.00007140724913826082 + w * 0.00002590730518636337)))));
    s = z * x;
    r = y + z * (s * (r + v) + y);
    r += 0.3333333333333341 * s;
    w = x + r;
    if (big)
    {
        v = iy;
        return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
    }
    return iy == 1 ? w : TanInverse(w, r, x);
}

/// <summary>-1/w for w = x + r, to within an ulp: w's high part and a correction.</summary>
private static double TanInverse(double w, double r, double x)
{
    double z = Low0(w), v = r - (z - x), a = -1 / w, t = Low0(a), s = 1 + t * z;
    return t + a * (s + t * v);
}

// @helper AsinAcos
// @uses Low0
/// <summary>Math.asin as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Asin(double x)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ix = hx & 0x7fffffff;
    double t, w, p, q, s;
    if (ix >= 0x3ff00000) return x == 1 || x == -1 ? x * 1.5707963267948966 + x * 6.123233995736766e-17 : double.NaN;
    if (ix < 0x3fe00000) return ix < 0x3e400000 ? x : x + x * AsinR(x * x);
    // 0.5 <= |x| < 1: pi/2 - 2 asin(sqrt((1 - |x|)/2))
    t = (1 - Math.Abs(x)) * 0.5;
    s = Math.Sqrt(t);
    if (ix >= 0x3fef3333) t = 1.5707963267948966 - (2.0 * (s + s * AsinR(t)) - 6.123233995736766e-17);
    else
    {
        w = Low0(s);
        p = 2.0 * s * AsinR(t) - (6.123233995736766e-17 - 2.0 * ((t - w * w) / (s + w)));
        q = 0.7853981633974483 - 2.0 * w;
        t = 0.7853981633974483 - (p - q);
    }
    return hx > 0 ? t : -t;
}

/// <summary>Math.acos as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Acos(double x)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ix = hx & 0x7fffffff;
    double z, s, df;
    if (ix >= 0x3ff00000) return x == 1 ? 0 : x == -1 ? 3.141592653589793 : double.NaN;
    if (ix < 0x3fe00000) return ix <= 0x3c600000 ? 1.5707963267948966 : 1.5707963267948966 - (x - (6.123233995736766e-17 - x * AsinR(x * x)));
    if (hx < 0)
    {
        z = (1 + x) * 0.5;
        s = Math.Sqrt(z);
        return 3.141592653589793 - 2.0 * (s + (AsinR(z) * s - 6.123233995736766e-17));
    }
    z = (1 - x) * 0.5;
    s = Math.Sqrt(z);
    df = Low0(s);
    return 2.0 * (df + (AsinR(z) * s + (z - df * df) / (s + df)));
}

/// <summary>(asin(x) - x)/x^3 as a rational function of z = x^2.</summary>
private static double AsinR(double z)
{
    return z * (0.16666666666666666 + z * (-0.3255658186224009 + z * (0.20121253213486293 + z * (-0.04005553450067941 + z * (0.0007915349942898145 + z * 0.00003479331075960212))))) / (1 + z * (-2.403394911734414 + z * (2.0209457602335057 + z * (-0.6882839716054533 + z * 0.07703815055590194))));
}

// @helper Atan
/// <summary>Math.atan as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Atan(double x)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ix = hx & 0x7fffffff, id;
    if (ix >= 0x44100000) return double.IsNaN(x) ? x : hx > 0 ? 1.5707963267948966 : -1.5707963267948966;
    if (ix < 0x3fdc0000)
    {
        if (ix < 0x3e400000) return x;
        id = -1;
    }
    else
    {
        // atan(|x|) = atan(c) + atan((|x| - c)/(1 + c|x|)) for c = 0.5, 1, 1.5, infinity
        x = Math.Abs(x);
        if (ix < 0x3fe60000) { id = 0; x = (2.0 * x - 1) / (2.0 + x); }
        else if (ix < 0x3ff30000) { id = 1; x = (x - 1) / (x + 1); }
        else if (ix < 0x40038000) { id = 2; x = (x - 1.5) / (1 + 1.5 * x); }
        else { id = 3; x = -1.0 / x; }
    }
    double z = x * x, w = z * z;
    double s1 = z * (0.3333333333333293 + w * (0.14285714272503466 + w * (0.09090887133436507 + w * (0.06661073137387531 + w * (0.049768779946159324 + w * 0.016285820115365782)))));
    double s2 = w * (-0.19999999999876483 + w * (-0.11111110405462356 + w * (-0.0769187620504483 + w * (-0.058335701337905735 + w * -0.036531572744216916))));
    if (id < 0) return x - x * (s1 + s2);
    z = AtanHi[id] - ((x * (s1 + s2) - AtanLo[id]) - x);
    return hx < 0 ? -z : z;
}

private static readonly double[] AtanHi = { 0.4636476090008061, 0.7853981633974483, 0.982793723247329, 1.5707963267948966 };
private static readonly double[] AtanLo = { 2.2698777452961687e-17, 3.061616997868383e-17, 1.3903311031230998e-17, 6.123233995736766e-17 };

// @helper Atan2
// @uses Atan
/// <summary>Math.atan2 as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Atan2(double y, double x)
{
    if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
    if (x == 1) return Atan(y);
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), hy = (int)(BitConverter.DoubleToInt64Bits(y) >> 32);
    // m: 2 * (x's sign bit) + (y's sign bit)
    int m = ((hy >> 31) & 1) | ((hx >> 30) & 2), k = ((hy & 0x7fffffff) - (hx & 0x7fffffff)) >> 20;
    double z;
    if (y == 0) return m < 2 ? y : m == 2 ? 3.141592653589793 : -3.141592653589793;
    if (x == 0) return hy < 0 ? -1.5707963267948966 : 1.5707963267948966;
    if (double.IsInfinity(x))
    {
        if (double.IsInfinity(y)) return (m & 1) == 0 ? (m == 0 ? 0.7853981633974483 : 2.356194490192345) : (m == 1 ? -0.7853981633974483 : -2.356194490192345);
        return m < 2 ? y * 0 : m == 2 ? 3.141592653589793 : -3.141592653589793;
    }
    if (double.IsInfinity(y)) return hy < 0 ? -1.5707963267948966 : 1.5707963267948966;
    if (k > 60) { z = 1.5707963267948966; m &= 1; }
    else if (hx < 0 && k < -60) z = 0;
    else z = Atan(Math.Abs(y / x));
    switch (m)
    {
        case 0: return z;
        case 1: return -z;
        case 2: return 3.141592653589793 - (z - 1.2246467991473532e-16);
        default: return (z - 1.2246467991473532e-16) - 3.141592653589793;
    }
}

// @helper Exp
/// <summary>Math.exp as V8 computes it (fdlibm's, and e for 1): .NET's is the C runtime's.</summary>
public static double Exp(double x)
{
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ax = hx & 0x7fffffff, k = 0;
    double sg = hx < 0 ? -1 : 1, hi = 0, lo = 0, t, c, y;
    if (ax >= 0x40862e42)
    {
        if (ax >= 0x7ff00000) return double.IsNaN(x) || hx >= 0 ? x : 0;
        if (x > 709.782712893384) return double.PositiveInfinity;
        if (x < -745.1332191019411) return 0;
    }
    if (ax > 0x3fd62e42)
    {
        // x = k ln2 + r, |r| <= ln2/2, r as hi - lo
        if (ax < 0x3ff0a2b2)
        {
            if (x == 1) return 2.718281828459045;
            hi = x - sg * 0.6931471803691238;
            lo = sg * 1.9082149292705877e-10;
            k = (int)sg;
        }
        else
        {
            k = (int)(1.4426950408889634 * x + sg * 0.5);
            t = k;
            hi = x - t * 0.6931471803691238;
            lo = t * 1.9082149292705877e-10;
        }
        x = hi - lo;
    }
    else if (ax < 0x3e300000) return 1 + x;
    t = x * x;
    c = x - t * (0.16666666666666602 + t * (-0.0027777777777015593 + t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8))));
    if (k == 0) return 1 - ((x * c) / (c - 2.0) - x);
    y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
    // times 2^k (in two steps at the ends of the range)
    if (k == 1024) return y * 2.0 * 8.98846567431158e+307;
    if (k >= -1021) return y * BitConverter.Int64BitsToDouble((long)(0x3ff + k) << 52);
    return y * BitConverter.Int64BitsToDouble((long)(0x3ff + k + 1000) << 52) * 9.332636185032189e-302;
}

// @helper Log
/// <summary>Math.log as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Log(double x)
{
    long b = BitConverter.DoubleToInt64Bits(x);
    int hx = (int)(b >> 32), k = 0, i, j;
    double f, s, z, w, r, hfsq, dk;
    if (hx < 0x00100000)
    {
        if ((b & 0x7fffffffffffffffL) == 0) return double.NegativeInfinity;
        if (hx < 0) return double.NaN;
        // subnormal: scale up by 2^54
        k = -54;
        x *= 18014398509481984;
        b = BitConverter.DoubleToInt64Bits(x);
        hx = (int)(b >> 32);
    }
    if (hx >= 0x7ff00000) return x + x;
    // x = 2^k (1 + f), sqrt(2)/2 < 1 + f < sqrt(2)
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    i = (hx + 0x95f64) & 0x100000;
    x = BitConverter.Int64BitsToDouble((long)(hx | (i ^ 0x3ff00000)) << 32 | b & 0xffffffffL);
    k += i >> 20;
    f = x - 1.0;
    dk = k;
    if ((0x000fffff & (2 + hx)) < 3)
    {
        // |f| < 2^-20
        if (f == 0) return k == 0 ? 0 : dk * 0.6931471803691238 + dk * 1.9082149292705877e-10;
        r = f * f * (0.5 - 0.3333333333333333 * f);
        return k == 0 ? f - r : dk * 0.6931471803691238 - ((r - dk * 1.9082149292705877e-10) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    i = hx - 0x6147a;
    w = z * z;
    j = 0x6b851 - hx;
    r = z * (0.6666666666666735 + w * (0.2857142874366239 + w * (0.1818357216161805 + w * 0.14798198605116586))) + w * (0.3999999999940942 + w * (0.22222198432149784 + w * 0.15313837699209373));
    if ((i | j) > 0)
    {
        hfsq = 0.5 * f * f;
        return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * 0.6931471803691238 - ((hfsq - (s * (hfsq + r) + dk * 1.9082149292705877e-10)) - f);
    }
    return k == 0 ? f - s * (f - r) : dk * 0.6931471803691238 - ((s * (f - r) - dk * 1.9082149292705877e-10) - f);
}

// @helper Cbrt
/// <summary>Math.cbrt, bit for bit as V8 computes it (FreeBSD's s_cbrt.c, which V8's ieee754::cbrt is): a 5-bit guess from
/// the exponent, a polynomial to 23 bits, rounded away from zero, one Newton step.</summary>
public static double Cbrt(double x)
{
    long bx = BitConverter.DoubleToInt64Bits(x);
    int hx = (int)(bx >> 32);
    uint low = (uint)bx, sign = (uint)hx & 0x80000000u;
    hx &= 0x7fffffff;
    if (hx >= 0x7ff00000) return x + x;
    double t;
    if (hx < 0x00100000)
    {
        if ((hx | (int)low) == 0) return x;
        t = 18014398509481984.0 * x;
        uint high = (uint)(BitConverter.DoubleToInt64Bits(t) >> 32);
        t = BitConverter.Int64BitsToDouble((long)(sign | ((high & 0x7fffffffu) / 3 + 696219795u)) << 32);
    }
    else t = BitConverter.Int64BitsToDouble((long)(sign | ((uint)hx / 3 + 715094163u)) << 32);
    double r = (t * t) * (t / x);
    t = t * ((1.87595182427177009643 + r * (-1.88497979543377169875 + r * 1.621429720105354466140)) + ((r * r) * r) * (-0.758397934778766047437 + r * 0.145996192886612446982));
    t = BitConverter.Int64BitsToDouble(unchecked((long)(((ulong)BitConverter.DoubleToInt64Bits(t) + 0x80000000UL) & 0xffffffffc0000000UL)));
    double s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    return t + t * r;
}

// @helper Expm1
/// <summary>Math.expm1, bit for bit as V8 computes it (fdlibm's s_expm1.c, V8's ieee754::expm1): exp(x) - 1 without
/// the cancellation near 0.</summary>
public static double Expm1(double x)
{
    const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10, invln2 = 1.44269504088896338700e+00,
        q1 = -3.33333333333331316428e-02, q2 = 1.58730158725481460165e-03, q3 = -7.93650757867487942473e-05,
        q4 = 4.00821782732936239552e-06, q5 = -2.01099218183624371326e-07, huge = 1.0e+300, tiny = 1.0e-300;
    long bx = BitConverter.DoubleToInt64Bits(x);
    uint hx = (uint)(bx >> 32), xsb = hx & 0x80000000u;
    hx &= 0x7fffffffu;
    double hi, lo, c = 0, t, e, y;
    int k;
    if (hx >= 0x4043687A)
    {
        if (hx >= 0x40862E42)
        {
            if (hx >= 0x7FF00000) return ((hx & 0xFFFFF) | (uint)bx) != 0 ? x + x : xsb == 0 ? x : -1.0;
            if (x > 7.09782712893383973096e+02) return huge * huge;
        }
        if (xsb != 0 && x + tiny < 0.0) return tiny - 1.0;
    }
    if (hx > 0x3FD62E42)
    {
        if (hx < 0x3FF0A2B2)
        {
            if (xsb == 0) { hi = x - ln2Hi; lo = ln2Lo; k = 1; }
            else { hi = x + ln2Hi; lo = -ln2Lo; k = -1; }
        }
        else
        {
            k = (int)(invln2 * x + (xsb == 0 ? 0.5 : -0.5));
            t = k;
            hi = x - t * ln2Hi;
            lo = t * ln2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    }
    else if (hx < 0x3C900000) return x;
    else k = 0;
    double hfx = 0.5 * x, hxs = x * hfx;
    double r1 = 1.0 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
    t = 3.0 - r1 * hfx;
    e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) return x - (x * e - hxs);
    double twopk = BitConverter.Int64BitsToDouble((long)(0x3FF00000 + (k << 20)) << 32);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1) return 0.5 * (x - e) - 0.5;
    if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
    if (k <= -2 || k > 56)
    {
        y = 1.0 - (e - x);
        y = k == 1024 ? y * 2.0 * 8.98846567431158e+307 : y * twopk;
        return y - 1.0;
    }
    if (k < 20)
    {
        t = BitConverter.Int64BitsToDouble((long)(0x3FF00000 - (0x200000 >> k)) << 32);
        y = t - (e - x);
        return y * twopk;
    }
    t = BitConverter.Int64BitsToDouble((long)((0x3FF - k) << 20) << 32);
    y = x - (e + t);
    y += 1.0;
    return y * twopk;
}

// @helper Log1p
/// <summary>Math.log1p, bit for bit as V8 computes it (fdlibm's s_log1p.c, V8's ieee754::log1p): log(1 + x) without
/// the rounding of 1 + x near 0.</summary>
public static double Log1p(double x)
{
    const double ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10, two54 = 1.80143985094819840000e+16,
        lp1 = 6.666666666666735130e-01, lp2 = 3.999999999940941908e-01, lp3 = 2.857142874366239149e-01, lp4 = 2.222219843214978396e-01,
        lp5 = 1.818357216161805012e-01, lp6 = 1.531383769920937332e-01, lp7 = 1.479819860511658591e-01;
    int hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32), ax = hx & 0x7fffffff, k = 1, hu = 0;
    double f = 0, c = 0, u;
    if (hx < 0x3FDA827A)
    {
        if (ax >= 0x3ff00000) return x == -1.0 ? double.NegativeInfinity : double.NaN;
        if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5;
        if (hx > 0 || hx <= unchecked((int)0xbfd2bec4)) { k = 0; f = x; hu = 1; }
    }
    if (hx >= 0x7ff00000) return x + x;
    if (k != 0)
    {
        if (hx < 0x43400000)
        {
            u = 1.0 + x;
            hu = (int)(BitConverter.DoubleToInt64Bits(u) >> 32);
            k = (hu >> 20) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        }
        else
        {
            u = x;
            hu = (int)(BitConverter.DoubleToInt64Bits(u) >> 32);
            k = (hu >> 20) - 1023;
            c = 0;
        }
        hu &= 0x000fffff;
        long lo = BitConverter.DoubleToInt64Bits(u) & 0xffffffffL;
        if (hu < 0x6a09e) u = BitConverter.Int64BitsToDouble(((long)(hu | 0x3ff00000) << 32) | lo);
        else
        {
            k += 1;
            u = BitConverter.Int64BitsToDouble(((long)(hu | 0x3fe00000) << 32) | lo);
            hu = (0x00100000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f, R;
    if (hu == 0)
    {
        if (f == 0.0)
        {
            if (k == 0) return 0.0;
            c += k * ln2Lo;
            return k * ln2Hi + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        return k == 0 ? f - R : k * ln2Hi - ((R - (k * ln2Lo + c)) - f);
    }
    double s = f / (2.0 + f), z = s * s;
    R = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))));
    return k == 0 ? f - (hfsq - s * (hfsq + R)) : k * ln2Hi - ((hfsq - (s * (hfsq + R) + (k * ln2Lo + c))) - f);
}

// @helper Log10
// @uses Log
/// <summary>Math.log10 as V8 computes it (fdlibm's): .NET's is the C runtime's.</summary>
public static double Log10(double x)
{
    long b = BitConverter.DoubleToInt64Bits(x);
    int hx = (int)(b >> 32), k = 0;
    if (hx < 0x00100000)
    {
        if ((b & 0x7fffffffffffffffL) == 0) return double.NegativeInfinity;
        if (hx < 0) return double.NaN;
        k = -54;
        x *= 18014398509481984;
        b = BitConverter.DoubleToInt64Bits(x);
        hx = (int)(b >> 32);
    }
    if (hx >= 0x7ff00000) return x + x;
    if (x == 1) return 0;
    // x = 2^n * x' with n = k + i, 1 <= x' < 2 (1/2 <= x' < 1 when k < 0)
    k += (hx >> 20) - 1023;
    int i = k < 0 ? 1 : 0;
    double y = k + i;
    x = BitConverter.Int64BitsToDouble((long)((hx & 0x000fffff) | ((0x3ff - i) << 20)) << 32 | b & 0xffffffffL);
    return y * 3.694239077158931e-13 + 0.4342944819032518 * Log(x) + y * 0.30102999566361177;
}

// @helper Log2
/// <summary>Math.log2, bit for bit as V8 computes it (FreeBSD's e_log2.c, V8's ieee754::log2): log's reduction to
/// 2^k (1 + f), its kernel, and the sum split in high and low halves (Dekker) so that k + log2(1 + f) rounds once.</summary>
public static double Log2(double x)
{
    const double ivln2hi = 1.44269504072144627571e+00, ivln2lo = 1.67517131648865118353e-10,
        lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01, lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01,
        lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01, lg7 = 1.479819860511658591e-01;
    long b = BitConverter.DoubleToInt64Bits(x);
    int hx = (int)(b >> 32), k = 0;
    if (hx < 0x00100000)
    {
        if ((b & 0x7fffffffffffffffL) == 0) return double.NegativeInfinity;
        if (hx < 0) return double.NaN;
        // subnormal: scale up by 2^54
        k = -54;
        x *= 18014398509481984;
        b = BitConverter.DoubleToInt64Bits(x);
        hx = (int)(b >> 32);
    }
    if (hx >= 0x7ff00000) return x + x;
    if (x == 1) return 0;
    k += (hx >> 20) - 1023;
    hx &= 0x000fffff;
    int i = (hx + 0x95f64) & 0x100000;
    x = BitConverter.Int64BitsToDouble((long)(hx | (i ^ 0x3ff00000)) << 32 | b & 0xffffffffL);
    k += i >> 20;
    double y = k, f = x - 1.0, hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
    double r = s * (hfsq + (z * (lg1 + w * (lg3 + w * (lg5 + w * lg7))) + w * (lg2 + w * (lg4 + w * lg6))));
    double hi = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(f - hfsq) & -4294967296L);
    double lo = (f - hi) - hfsq + r, valHi = hi * ivln2hi, valLo = (lo + hi) * ivln2lo + lo * ivln2hi;
    w = y + valHi;
    valLo += (y - w) + valHi;
    return valLo + w;
}

// @helper Hypot
/// <summary>Math.hypot of two or three numbers as V8 computes it (builtins/math.tq): Infinity before NaN, 0 when all are
/// zeros, else each |x| divided by the largest, their squares summed with Kahan's compensation, the root times the largest.</summary>
public static double Hypot(double a, double b) { return Hypot(a, b, 0, 2); }
public static double Hypot(double a, double b, double c) { return Hypot(a, b, c, 3); }
private static double Hypot(double a, double b, double c, int n)
{
    a = Math.Abs(a);
    b = Math.Abs(b);
    c = Math.Abs(c);
    if (double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b) || double.IsPositiveInfinity(c)) return double.PositiveInfinity;
    if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(c)) return double.NaN;
    double max = Math.Max(a, Math.Max(b, c)), sum = 0, comp = 0;
    if (max == 0) return 0;
    for (int i = 0; i < n; i++)
    {
        double v = (i == 0 ? a : i == 1 ? b : c) / max, summand = v * v - comp, pre = sum + summand;
        comp = (pre - sum) - summand;
        sum = pre;
    }
    return Math.Sqrt(sum) * max;
}

// @helper Clamp
private static int Clamp(double v, int len)
{
    if (double.IsNaN(v)) return 0;
    // JS's ToIntegerOrInfinity first: -0.5 is -0, the start (not len - 0, the end).
    v = Math.Truncate(v);
    if (v < 0) v = Math.Max(0, len + v);
    return v > len ? len : (int)v;
}

// @helper Substring
// @note each bound clamped into [0, n]: NaN and negatives are 0 (both comparisons are false for NaN)
public static string Substring(string s, double start, double end)
{
    int n = s.Length, a = start > n ? n : start > 0 ? (int)start : 0, b = end > n ? n : end > 0 ? (int)end : 0;
    return s.Substring(a < b ? a : b, a < b ? b - a : a - b);
}

// @helper SliceString
// @uses Clamp
public static string Slice(string s, double start, double end)
{
    int a = Clamp(start, s.Length), b = Clamp(end, s.Length);
    return b > a ? s.Substring(a, b - a) : "";
}

// @helper CharAt
/// <summary>charAt: the position is truncated toward zero (NaN is 0), like ToIntegerOrInfinity.</summary>
public static string CharAt(string s, double i)
{
    if (double.IsNaN(i)) i = 0;
    i = Math.Truncate(i);
    return i >= 0 && i < s.Length ? s[(int)i].ToString() : "";
}

// @helper CharCodeAt
// @note NaN (i != i, as in Str) reads index 0 and -1 < i < 0 does too ((int)i truncates toward zero, as ToIntegerOrInfinity; "" has none)
// @note (`&`, not `&&`: three comparisons with no effect, all evaluated, one character less each)
public static double CharCodeAt(string s, double i) => i != i ? CharCodeAt(s, 0) : i > -1 & i < s.Length & s != "" ? s[(int)i] : double.NaN;

// @helper IndexOf
public static int IndexOf(string s, string sub, double from)
{
    int f = double.IsNaN(from) || from < 0 ? 0 : from > s.Length ? s.Length : (int)from;
    return s.IndexOf(sub, f, StringComparison.Ordinal);
}

// @helper StartsEndsAt
/// <summary>startsWith(x, from) / endsWith(x, end): the position made an integer and clamped to the string, as JS does.</summary>
public static bool StartsWith(string s, string x, double from)
{
    int p = double.IsNaN(from) || from < 0 ? 0 : from > s.Length ? s.Length : (int)from;
    return p + x.Length <= s.Length && string.CompareOrdinal(s, p, x, 0, x.Length) == 0;
}

public static bool EndsWith(string s, string x, double end)
{
    int e = double.IsNaN(end) || end < 0 ? 0 : end > s.Length ? s.Length : (int)end;
    return e - x.Length >= 0 && string.CompareOrdinal(s, e - x.Length, x, 0, x.Length) == 0;
}

// @helper LastIndexOf
/// <summary>lastIndexOf(sub, from): the last match starting at or before from (NaN means +Infinity).</summary>
public static int LastIndexOf(string s, string sub, double from)
{
    int f = double.IsNaN(from) || from > s.Length ? s.Length : from < 0 ? 0 : (int)from;
    for (int i = Math.Min(f, s.Length - sub.Length); i >= 0; i--)
        if (string.CompareOrdinal(s, i, sub, 0, sub.Length) == 0) return i;
    return -1;
}

// @helper IsJsSpace
private static bool IsJsSpace(char c)
{
    switch (c)
    {
        case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case '\u00A0': case '\u1680':
        case '\u2028': case '\u2029': case '\u202F': case '\u205F': case '\u3000': case '\uFEFF':
            return true;
        default:
            return c >= '\u2000' && c <= '\u200A';
    }
}

// @helper Trim
// @uses IsJsSpace
public static string Trim(string s, bool start, bool end)
{
    int a = 0, b = s.Length;
    if (start) while (a < b && IsJsSpace(s[a])) a++;
    if (end) while (b > a && IsJsSpace(s[b - 1])) b--;
    return a == 0 && b == s.Length ? s : s.Substring(a, b - a);
}

// @helper SplitLimit
// @uses Split
/// <summary>split(sep, limit): the first ToUint32(limit) parts (NaN and infinities are 0).</summary>
public static List<string> Split(string s, string sep, double limit)
{
    double m = double.IsNaN(limit) || double.IsInfinity(limit) ? 0 : Math.Truncate(limit) % 4294967296.0;
    if (m < 0) m += 4294967296.0;
    var list = Split(s, sep);
    if (m < list.Count) list.RemoveRange((int)m, list.Count - (int)m);
    return list;
}

// @helper CodePointAt
/// <summary>codePointAt(i): the code point at i (a lead surrogate with its trail one), null (undefined) outside.</summary>
public static double? CodePointAt(string s, double pos)
{
    double p = double.IsNaN(pos) ? 0 : Math.Truncate(pos);
    if (p < 0 || p >= s.Length) return null;
    int i = (int)p;
    char c = s[i];
    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return char.ConvertToUtf32(c, s[i + 1]);
    return c;
}

// @helper Split
public static List<string> Split(string s, string sep)
{
    var list = new List<string>();
    if (sep.Length == 0) { foreach (char c in s) list.Add(c.ToString()); return list; }
    int pos = 0;
    while (true)
    {
        int i = s.IndexOf(sep, pos, StringComparison.Ordinal);
        if (i < 0) { list.Add(s.Substring(pos)); return list; }
        list.Add(s.Substring(pos, i - pos));
        pos = i + sep.Length;
    }
}

// @helper Replace
/// <summary>replace / replaceAll with a string pattern: the replacement's $$, $&amp;, $` and $' as in JS
/// (GetSubstitution; with no capture groups, $1 and $&lt; stay as written).</summary>
public static string Replace(string s, string find, string with, bool all)
{
    int i = s.IndexOf(find, StringComparison.Ordinal);
    if (i < 0) return s;
    var sb = new StringBuilder();
    int last = 0;
    while (i >= 0)
    {
        sb.Append(s, last, i - last);
        for (int j = 0; j < with.Length; j++)
        {
            char c = with[j], n = j + 1 < with.Length ? with[j + 1] : '\0';
            if (c != '$' || (n != '$' && n != '&' && n != '`' && n != '\'')) { sb.Append(c); continue; }
            j++;
            if (n == '$') sb.Append('$');
            else if (n == '&') sb.Append(find);
            else if (n == '`') sb.Append(s, 0, i);
            else sb.Append(s, i + find.Length, s.Length - i - find.Length);
        }
        last = i + find.Length;
        i = !all ? -1 : i + Math.Max(find.Length, 1) > s.Length ? -1 : s.IndexOf(find, i + Math.Max(find.Length, 1), StringComparison.Ordinal);
    }
    return sb.Append(s, last, s.Length - last).ToString();
}

// @helper Repeat
// @uses StrDouble
/// <summary>repeat: the count truncated toward zero (NaN is 0); negative or Infinity is a RangeError, as is
/// a result longer than V8's string limit.</summary>
public static string Repeat(string s, double count)
{
    double c = count != count ? 0 : Math.Truncate(count);
    if (c < 0 || double.IsInfinity(c)) throw new Exception("Invalid count value: " + Str(count));
    if (s.Length == 0 || c == 0) return "";
    if (c * s.Length > 536870888) throw new Exception("Invalid string length");
    int n = (int)c;
    var sb = new StringBuilder(s.Length * n);
    for (int i = 0; i < n; i++) sb.Append(s);
    return sb.ToString();
}

// @helper Pad
public static string Pad(string s, double length, string fill, bool atStart)
{
    int len = double.IsNaN(length) ? 0 : (int)Math.Min(length, 1 << 28);
    if (len <= s.Length || fill.Length == 0) return s;
    var sb = new StringBuilder(len);
    int need = len - s.Length;
    if (!atStart) sb.Append(s);
    while (need > 0) { int take = Math.Min(need, fill.Length); sb.Append(fill, 0, take); need -= take; }
    if (atStart) sb.Append(s);
    return sb.ToString();
}

// @helper CaseMap
/// <summary>toUpperCase / toLowerCase as JS: full Unicode case mapping with SpecialCasing (ß → SS, ﬁ → FI,
/// ᾳ → ΑΙ, İ → i̇), Final_Sigma for Σ, on code points. The tables are generated from the JS engine that
/// runs the compiler (runtime/helpers.ts), decoded on first use: runs of code points mapped by one
/// delta (each, or every other one), mappings to several code points, Cased and Case_Ignorable
/// (only the tables of the direction the script uses are filled in).</summary>
private static readonly string[] CaseData = @CASE_DATA@;
private static int[][] CaseTab;
private static Dictionary<int, string>[] CaseMulti;

private static string MapCase(string s, int t)
{
    if (CaseTab == null) DecodeCase();
    StringBuilder sb = null;
    for (int i = 0; i < s.Length; i++)
    {
        int j = i, c = CpAt(s, ref j), m = c;
        string x = null;
        if (c < 128) m = t == 0 ? (c >= 'a' && c <= 'z' ? c - 32 : c) : c >= 'A' && c <= 'Z' ? c + 32 : c;
        else if (t == 1 && c == 0x3A3) m = FinalSigma(s, i) ? 0x3C2 : 0x3C3;
        else if (!CaseMulti[t].TryGetValue(c, out x))
        {
            int r = FindRun(CaseTab[t], c);
            if (r >= 0) m = c + CaseTab[t][r + 3];
        }
        if (sb == null && (m != c || x != null)) { sb = new StringBuilder(s.Length + 8); sb.Append(s, 0, i); }
        if (sb != null)
        {
            if (x != null) sb.Append(x);
            else AppendCp(sb, m);
        }
        i = j - 1;
    }
    return sb == null ? s : sb.ToString();
}

private static void AppendCp(StringBuilder sb, int c)
{
    if (c < 0x10000) sb.Append((char)c);
    else sb.Append((char)(0xD7C0 + (c >> 10))).Append((char)(0xDC00 | c & 0x3FF));
}

private static int CpAt(string s, ref int j)
{
    int c = s[j++];
    if (c >= 0xD800 && c < 0xDC00 && j < s.Length && s[j] >= 0xDC00 && s[j] < 0xE000) c = (c - 0xD800 << 10) + s[j++] - 0xDC00 + 0x10000;
    return c;
}

private static int CpBefore(string s, ref int j)
{
    int c = s[--j];
    if (c >= 0xDC00 && c < 0xE000 && j > 0 && s[j - 1] >= 0xD800 && s[j - 1] < 0xDC00) c = (s[--j] - 0xD800 << 10) + c - 0xDC00 + 0x10000;
    return c;
}

/// <summary>The run holding c (its index in t: start, end, stride, delta), or -1.</summary>
private static int FindRun(int[] t, int c)
{
    int lo = 0, hi = t.Length / 4 - 1;
    while (lo < hi)
    {
        int mid = (lo + hi + 1) / 2;
        if (t[mid * 4] <= c) lo = mid;
        else hi = mid - 1;
    }
    int i = lo * 4;
    return hi >= 0 && t[i] <= c && c <= t[i + 1] && (c - t[i]) % t[i + 2] == 0 ? i : -1;
}

/// <summary>Numbers in base 32: 'P'..'o' are leading digits, '0'..'O' the last one.</summary>
private static void DecodeCase()
{
    CaseTab = new int[4][];
    CaseMulti = new Dictionary<int, string>[2];
    for (int k = 0; k < 6; k++)
    {
        var n = new List<int>();
        int v = 0;
        foreach (char ch in CaseData[k])
        {
            v = v * 32 + (ch >= 'P' ? ch - 'P' : ch - '0');
            if (ch < 'P') { n.Add(v); v = 0; }
        }
        if (k == 2 || k == 3)
        {
            var d = CaseMulti[k - 2] = new Dictionary<int, string>();
            for (int i = 0, c = 0; i < n.Count; i += 2 + n[i + 1])
            {
                c += n[i];
                var sb = new StringBuilder();
                for (int q = 0; q < n[i + 1]; q++) AppendCp(sb, n[i + 2 + q]);
                d[c] = sb.ToString();
            }
            continue;
        }
        // Runs: gap from the last run's end, count * 2 + stride - 1, zigzag delta (none for Cased/Case_Ignorable).
        int w = k < 2 ? 3 : 2;
        var t = CaseTab[k < 2 ? k : k - 2] = new int[n.Count / w * 4];
        for (int i = 0, end = -1; i < n.Count; i += w)
        {
            int r = i / w * 4, start = end + n[i], stride = (n[i + 1] & 1) + 1, z = w == 3 ? n[i + 2] : 0;
            end = start + (n[i + 1] / 2 - 1) * stride;
            t[r] = start;
            t[r + 1] = end;
            t[r + 2] = stride;
            t[r + 3] = (z & 1) == 1 ? -(z + 1) / 2 : z / 2;
        }
    }
}

/// <summary>Unicode Final_Sigma: a cased letter before (case-ignorables skipped), none after.</summary>
private static bool FinalSigma(string s, int i)
{
    int j = i, c;
    do
    {
        if (j == 0) return false;
        c = CpBefore(s, ref j);
    } while (FindRun(CaseTab[3], c) >= 0);
    if (FindRun(CaseTab[2], c) < 0) return false;
    for (j = i + 1; j < s.Length;)
    {
        c = CpAt(s, ref j);
        if (FindRun(CaseTab[3], c) < 0) return FindRun(CaseTab[2], c) < 0;
    }
    return true;
}

// @helper ToUpper
// @uses CaseMap
public static string ToUpper(string s) { return MapCase(s, 0); }

// @helper ToLower
// @uses CaseMap
public static string ToLower(string s) { return MapCase(s, 1); }

// @helper Less
/// <summary>JS string order: UTF-16 code units.</summary>
public static int Compare(string a, string b) { return string.CompareOrdinal(a, b); }

// @helper ListGet
public static T Get<T>(List<T> list, int index)
{
    return list[index];
}

// @helper Pop
public static T Pop<T>(List<T> list)
{
    if (list.Count == 0) return default(T);
    T v = list[list.Count - 1];
    list.RemoveAt(list.Count - 1);
    return v;
}

// @helper Shift
public static T Shift<T>(List<T> list)
{
    if (list.Count == 0) return default(T);
    T v = list[0];
    list.RemoveAt(0);
    return v;
}

// @helper PopValue
/// <summary>pop() of numbers, booleans, enums: null (JS undefined) when empty, not 0.</summary>
public static T? PopValue<T>(List<T> list) where T : struct
{
    if (list.Count == 0) return null;
    T v = list[list.Count - 1];
    list.RemoveAt(list.Count - 1);
    return v;
}

// @helper ShiftValue
public static T? ShiftValue<T>(List<T> list) where T : struct
{
    if (list.Count == 0) return null;
    T v = list[0];
    list.RemoveAt(0);
    return v;
}

// @helper SliceList
// @uses Clamp
public static List<T> Slice<T>(List<T> list, double start, double end)
{
    int a = Clamp(start, list.Count), b = Clamp(end, list.Count);
    var r = new List<T>(Math.Max(0, b - a));
    for (int i = a; i < b; i++) r.Add(list[i]);
    return r;
}

// @helper Splice
// @uses Clamp
public static List<T> Splice<T>(List<T> list, double start, double deleteCount)
{
    int a = Clamp(start, list.Count);
    int n = double.IsNaN(deleteCount) || deleteCount < 0 ? 0 : (int)Math.Min(deleteCount, list.Count - a);
    var r = list.GetRange(a, n);
    list.RemoveRange(a, n);
    return r;
}

// @helper SpliceInsert
// @uses Clamp
/// <summary>splice(start, n, a, b): the removed elements; the items go where they were.</summary>
public static List<T> Splice<T>(List<T> list, double start, double deleteCount, T[] items)
{
    int a = Clamp(start, list.Count);
    int n = double.IsNaN(deleteCount) || deleteCount < 0 ? 0 : (int)Math.Min(deleteCount, list.Count - a);
    var r = list.GetRange(a, n);
    list.RemoveRange(a, n);
    list.InsertRange(a, items);
    return r;
}

// @helper ConcatMany
/// <summary>a.concat(b, c): a copy of a, then the elements of every argument in order.</summary>
public static List<T> Concat<T>(List<T> a, params List<T>[] rest)
{
    var r = new List<T>(a);
    foreach (var b in rest) r.AddRange(b);
    return r;
}

// @helper Concat
public static List<T> Concat<T>(List<T> a, List<T> b)
{
    var r = new List<T>(a.Count + b.Count);
    r.AddRange(a);
    r.AddRange(b);
    return r;
}

// @helper Reverse
public static List<T> Reverse<T>(List<T> list) { list.Reverse(); return list; }

// @helper JoinDouble
// @uses StrDouble
public static string Join(List<double> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(Str(list[i])); }
    return sb.ToString();
}

// @helper JoinInt
public static string Join(List<int> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i].ToString("0;-0")); }
    return sb.ToString();
}

// @helper JoinLong
/// <summary>ids.join() of a long[] (EntityIds): each long's digits, as JS prints the safe integers Node holds.</summary>
public static string Join(List<long> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i].ToString("0;-0")); }
    return sb.ToString();
}

// @helper JoinString
public static string Join(List<string> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i]); }
    return sb.ToString();
}

// @helper JoinDoubleN
// @uses StrDouble
/// <summary>[1, null, 3].join(): a missing element joins as the empty text, as in JS.</summary>
public static string Join(List<double?> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); if (list[i].HasValue) sb.Append(Str(list[i].Value)); }
    return sb.ToString();
}

// @helper JoinBoolN
public static string Join(List<bool?> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); if (list[i].HasValue) sb.Append(list[i].Value ? "true" : "false"); }
    return sb.ToString();
}

// @helper JoinBy
/// <summary>xs.join() of class objects whose class declares toString(): JS calls it on each element in turn (after the
/// separator is evaluated; the length read once), and a missing element joins as the empty text.</summary>
public static string Join<T>(List<T> list, string sep, Func<T, string> str) where T : class
{
    var sb = new StringBuilder();
    int n = list.Count;
    for (int i = 0; i < n; i++) { if (i > 0) sb.Append(sep); T x = i < list.Count ? list[i] : null; if (x != null) sb.Append(str(x)); }
    return sb.ToString();
}

// @helper JoinEnumN
/// <summary>xs.join() of an array of `St | null`: JS joins the numbers, a missing element as "".</summary>
public static string Join<T>(List<T?> list, string sep, Func<T, int> num) where T : struct
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); if (list[i].HasValue) sb.Append(num(list[i].Value).ToString("0;-0")); }
    return sb.ToString();
}

// @helper EnumNumbers
/// <summary>Math.min(...xs) of an enum array: JS reads their numbers.</summary>
public static IEnumerable<int> Numbers<T>(IEnumerable<T> xs, Func<T, int> num) { foreach (var x in xs) yield return num(x); }

// @helper JoinEnum
/// <summary>xs.join() of a numeric enum's values: JS joins their numbers.</summary>
public static string Join<T>(List<T> list, string sep, Func<T, int> num) where T : struct
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(num(list[i]).ToString("0;-0")); }
    return sb.ToString();
}

// @helper JoinBool
public static string Join(List<bool> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i] ? "true" : "false"); }
    return sb.ToString();
}

// @helper Sort
/// <summary>Array.prototype.sort with a comparator: stable (merge sort), like JS. As JS, it sorts a copy and
/// writes it back at the end: a comparator that throws leaves the array as it was.</summary>
public static List<T> Sort<T>(List<T> list, Func<T, T, double> cmp)
{
    int n = list.Count;
    if (n < 2) return list;
    T[] a = new T[n], b = new T[n], t;
    for (int x = 0; x < n; x++) a[x] = list[x];
    for (int width = 1; width < n; width *= 2)
    {
        for (int lo = 0; lo < n; lo += 2 * width)
        {
            int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n), i = lo, j = mid, k = lo;
            while (i < mid && j < hi) b[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
            while (i < mid) b[k++] = a[i++];
            while (j < hi) b[k++] = a[j++];
        }
        t = a; a = b; b = t;
    }
    for (int x = 0; x < n; x++) if (x < list.Count) list[x] = a[x]; else list.Add(a[x]);
    return list;
}

// @helper SortStrings
// @uses Sort
public static List<string> Sort(List<string> list)
{
    return Sort(list, (a, b) => string.CompareOrdinal(a, b));
}

// @helper ForEach
/// <summary>JS's array callbacks visit the indexes below the length they started with, present at the visit.</summary>
public static void ForEach<T>(List<T> list, Action<T> f)
{
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) f(list[i]);
}

// @helper ForEachIndexed
public static void ForEach<T>(List<T> list, Action<T, double> f)
{
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) f(list[i], i);
}

// @helper Map
// @uses Shrunk
public static List<R> Map<T, R>(List<T> list, Func<T, R> f)
{
    var r = new List<R>(list.Count);
    int n = list.Count;
    for (int i = 0; i < n && i < list.Count; i++) r.Add(f(list[i]));
    if (r.Count < n) throw new Exception(Shrunk);
    return r;
}

// @helper MapIndexed
// @uses Shrunk
public static List<R> Map<T, R>(List<T> list, Func<T, double, R> f)
{
    var r = new List<R>(list.Count);
    int n = list.Count;
    for (int i = 0; i < n && i < list.Count; i++) r.Add(f(list[i], i));
    if (r.Count < n) throw new Exception(Shrunk);
    return r;
}

// @helper Filter
public static List<T> Filter<T>(List<T> list, Func<T, bool> f)
{
    var r = new List<T>();
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) { T x = list[i]; if (f(x)) r.Add(x); }
    return r;
}

// @helper Find
// @uses Shrunk
public static T Find<T>(List<T> list, Func<T, bool> f)
{
    int n = list.Count, i = 0;
    for (; i < n && i < list.Count; i++) { T x = list[i]; if (f(x)) return x; }
    if (i < n) throw new Exception(Shrunk);
    return default(T);
}

// @helper FindValue
// @uses Shrunk
/// <summary>find on numbers, booleans, enums: null (JS's undefined) when nothing matches.</summary>
public static T? FindValue<T>(List<T> list, Func<T, bool> f) where T : struct
{
    int n = list.Count, i = 0;
    for (; i < n && i < list.Count; i++) { T x = list[i]; if (f(x)) return x; }
    if (i < n) throw new Exception(Shrunk);
    return null;
}

// @helper FindIndex
// @uses Shrunk
public static int FindIndex<T>(List<T> list, Func<T, bool> f)
{
    int n = list.Count, i = 0;
    for (; i < n && i < list.Count; i++) if (f(list[i])) return i;
    if (i < n) throw new Exception(Shrunk);
    return -1;
}

// @helper FindLast
// @uses Shrunk
/// <summary>findLast: from the last element down (elements pushed by the callback are not visited, as in JS).</summary>
public static T FindLast<T>(List<T> list, Func<T, bool> f)
{
    for (int i = list.Count - 1; i >= 0; i--) { if (i >= list.Count) throw new Exception(Shrunk); T x = list[i]; if (f(x)) return x; }
    return default(T);
}

// @helper FindLastValue
// @uses Shrunk
/// <summary>findLast on numbers, booleans, enums: null (JS's undefined) when nothing matches.</summary>
public static T? FindLastValue<T>(List<T> list, Func<T, bool> f) where T : struct
{
    for (int i = list.Count - 1; i >= 0; i--) { if (i >= list.Count) throw new Exception(Shrunk); T x = list[i]; if (f(x)) return x; }
    return null;
}

// @helper FindLastIndex
// @uses Shrunk
public static int FindLastIndex<T>(List<T> list, Func<T, bool> f)
{
    for (int i = list.Count - 1; i >= 0; i--) { if (i >= list.Count) throw new Exception(Shrunk); if (f(list[i])) return i; }
    return -1;
}

// @helper Some
public static bool Some<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) if (f(list[i])) return true;
    return false;
}

// @helper Every
public static bool Every<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) if (!f(list[i])) return false;
    return true;
}

// @helper Reduce
public static R Reduce<T, R>(List<T> list, Func<R, T, R> f, R init)
{
    R acc = init;
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) acc = f(acc, list[i]);
    return acc;
}

// @helper Reduce1
/// <summary>reduce without a seed: the first element seeds it; an empty array throws JS's TypeError.</summary>
public static T Reduce<T>(List<T> list, Func<T, T, T> f)
{
    if (list.Count == 0) throw new Exception("Reduce of empty array with no initial value");
    T acc = list[0];
    for (int i = 1, n = list.Count; i < n && i < list.Count; i++) acc = f(acc, list[i]);
    return acc;
}

// @helper ReduceRight
/// <summary>reduceRight with a seed: from the last element down; an index a callback removed is skipped, as JS skips a missing one.</summary>
public static R ReduceRight<T, R>(List<T> list, Func<R, T, R> f, R init)
{
    R acc = init;
    for (int i = list.Count - 1; i >= 0; i--) if (i < list.Count) acc = f(acc, list[i]);
    return acc;
}

// @helper ReduceRight1
/// <summary>reduceRight without a seed: the last element seeds it; an empty array throws JS's TypeError.</summary>
public static T ReduceRight<T>(List<T> list, Func<T, T, T> f)
{
    if (list.Count == 0) throw new Exception("Reduce of empty array with no initial value");
    T acc = list[list.Count - 1];
    for (int i = list.Count - 2; i >= 0; i--) if (i < list.Count) acc = f(acc, list[i]);
    return acc;
}

// @helper IndexOfDouble
/// <summary>indexOf uses ===, so NaN is never found (List.IndexOf would find it).</summary>
public static int IndexOf(List<double> list, double v)
{
    for (int i = 0; i < list.Count; i++) if (list[i] == v) return i;
    return -1;
}

// @helper MapGet
public static V Get<K, V>(Dictionary<K, V> map, K key)
{
    V v;
    map.TryGetValue(key, out v);
    return v;
}

// @helper IsInteger
public static bool IsInteger(double x) { return !double.IsInfinity(x) && x == Math.Floor(x); }

// @helper IsSafeInteger
// @uses IsInteger
public static bool IsSafeInteger(double x) { return IsInteger(x) && Math.Abs(x) <= 9007199254740991; }

// @helper Next
/// <summary>One step of a generator: JS's { done, value } of g.next(), without allocating.</summary>
public struct Step<T>
{
    public readonly bool done;
    public readonly T value;
    public Step(bool done, T value) { this.done = done; this.value = value; }
}

/// <summary>g.next(): MoveNext, then Current while not done (a finished C# iterator stays finished, as in JS).</summary>
public static Step<T> Next<T>(IEnumerator<T> g)
{
    return g.MoveNext() ? new Step<T>(false, g.Current) : new Step<T>(true, default(T));
}

// @helper Drain
/// <summary>[...gen()]: a generator's values to its end (its finally blocks run), as JS's spread reads it.</summary>
public static IEnumerable<T> Drain<T>(IEnumerator<T> g) { while (g.MoveNext()) yield return g.Current; }

// @helper MapGetN
/// <summary>map.get(k) on number/boolean values, read straight into '??': null when the key is missing.</summary>
public static V? GetN<K, V>(Dictionary<K, V> map, K key) where V : struct
{
    V v;
    return map.TryGetValue(key, out v) ? v : (V?)null;
}

// @helper SetLength
/// <summary>a.length = Math.min(a.length, n): truncates; JS throws RangeError for a length that is not a uint32.</summary>
public static void SetLength<T>(List<T> list, double n)
{
    if (!(n >= 0 && n <= 4294967295.0 && n == Math.Floor(n))) throw new Exception("Invalid array length");
    if (n < list.Count) list.RemoveRange((int)n, list.Count - (int)n);
}

// @helper Put
/// <summary>xs[xs.length] = v (C51): the index read before v as in JS; at the end it appends, as JS grows the array.</summary>
public static void Put<T>(List<T> list, int i, T v)
{
    if (i == list.Count) list.Add(v); else list[i] = v;
}

// @helper Filled
/// <summary>new Array&lt;T&gt;(n).fill(v): n copies of v; JS throws RangeError for a length that is not a uint32.</summary>
public static List<T> Filled<T>(double n, T v)
{
    if (!(n >= 0 && n <= 4294967295.0 && n == Math.Floor(n))) throw new Exception("Invalid array length");
    var r = new List<T>((int)Math.Min(n, 1 << 20));
    for (int i = 0; i < n; i++) r.Add(v);
    return r;
}

// @helper FillList
/// <summary>a.fill(v): every element becomes v; returns the same array.</summary>
public static List<T> Fill<T>(List<T> list, T v)
{
    for (int i = 0; i < list.Count; i++) list[i] = v;
    return list;
}

// @helper MapFrom
/// <summary>new Map(other): the entries in other's order.</summary>
public static Dictionary<K, V> MapFrom<K, V>(Dictionary<K, V> src)
{
    var r = new Dictionary<K, V>();
    foreach (var kv in src) r[kv.Key] = kv.Value;
    return r;
}

// @helper MapConvert
/// <summary>new Map(other) of int keys or values into a Map of numbers: the entries in other's order, each widened.</summary>
public static Dictionary<K2, V2> MapConvert<K, V, K2, V2>(Dictionary<K, V> src, Func<K, K2> key, Func<V, V2> value)
{
    var r = new Dictionary<K2, V2>();
    foreach (var kv in src) r[key(kv.Key)] = value(kv.Value);
    return r;
}

// @helper SetFrom
// @uses ZeroKeyT
/// <summary>new Set(xs): the first occurrence of each value, in order (a -0 of a type parameter's values stored as +0).</summary>
public static HashSet<T> SetFrom<T>(IEnumerable<T> xs)
{
    var r = new HashSet<T>();
    foreach (var x in xs) r.Add(KeyT(x));
    return r;
}

// @helper SetFromDouble
// @uses ZeroKey
public static HashSet<double> SetFromDouble(IEnumerable<double> xs)
{
    var r = new HashSet<double>();
    foreach (var x in xs) r.Add(Key(x));
    return r;
}

// @helper MapForEach
/// <summary>m.forEach((value, key) =&gt; ...): JS passes the value first.</summary>
public static void ForEach<K, V>(Dictionary<K, V> map, Action<V, K> f)
{
    foreach (var kv in map) f(kv.Value, kv.Key);
}

// @helper SetForEach
/// <summary>s.forEach((value, value2) =&gt; ...): JS passes the value twice.</summary>
public static void ForEach<T>(HashSet<T> set, Action<T, T> f)
{
    foreach (var x in set) f(x, x);
}

// @helper EnumName
/// <summary>E[v] of a numeric enum: the name, or null (JS's undefined) for a value no member has.</summary>
public static string EnumName(double v, Func<double, string> names)
{
    return names(v);
}

// @helper EnumNameOrThrow
// @uses StrDouble
/// <summary>E[v] where a missing name would be an undefined C# cannot tell from null: throws instead.</summary>
public static string EnumName(double v, Func<double, string> names, string e)
{
    string s = names(v);
    if (s == null) throw new Exception(e + "[" + Str(v) + "] is undefined: no member has that value");
    return s;
}

// @helper Spread
/// <summary>[a, ...xs, ...ys]: the parts in order, each spread iterated once.</summary>
public static List<T> Spread<T>(params IEnumerable<T>[] parts)
{
    var r = new List<T>();
    foreach (var p in parts) r.AddRange(p);
    return r;
}

// @helper MinMaxOf
// @uses MinMax
/// <summary>Math.min(...xs) / Math.max(...xs): +Infinity / -Infinity for none, NaN wins, -0 below +0.</summary>
public static double MinOf(IEnumerable<double> xs) { double r = double.PositiveInfinity; foreach (var x in xs) r = Min(r, x); return r; }

public static double MaxOf(IEnumerable<double> xs) { double r = double.NegativeInfinity; foreach (var x in xs) r = Max(r, x); return r; }

public static double MinOf(IEnumerable<int> xs) { double r = double.PositiveInfinity; foreach (var x in xs) r = Min(r, x); return r; }

public static double MaxOf(IEnumerable<int> xs) { double r = double.NegativeInfinity; foreach (var x in xs) r = Max(r, x); return r; }

// @helper Widen
/// <summary>int elements read as JS numbers (doubles).</summary>
public static IEnumerable<double> Widen(IEnumerable<int> xs) { foreach (var x in xs) yield return x; }

// @helper Truthy
/// <summary>A number as a JS condition: 0, -0 and NaN are falsy (a missing one too).</summary>
public static bool Truthy(double x) { return x != 0 && !double.IsNaN(x); }

public static bool Truthy(double? x) { return x.HasValue && x.Value != 0 && !double.IsNaN(x.Value); }

// @helper CodePoints
/// <summary>[...s], Array.from(s), for...of over s: JS splits a string into code points (a lone surrogate is one).</summary>
public static List<string> CodePoints(string s)
{
    var r = new List<string>(s.Length);
    for (int i = 0; i < s.Length; i++)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { r.Add(s.Substring(i, 2)); i++; }
        else r.Add(s[i].ToString());
    }
    return r;
}

// @helper Shrunk
/// <summary>A map/find/findIndex callback removed elements: JS goes on to the old length (holes, undefined), a List cannot.</summary>
public const string Shrunk = "the callback removed elements of the array it iterates (JS would go on to its old length; pbts cannot)";

// @helper Tuple2
/// <summary>A TS tuple [A, B]: a reference, as a JS array is.</summary>
public class Tuple2<A, B> { public A Item1; public B Item2; public Tuple2(A a, B b) { Item1 = a; Item2 = b; } }

// @helper Tuple3
public class Tuple3<A, B, C> { public A Item1; public B Item2; public C Item3; public Tuple3(A a, B b, C c) { Item1 = a; Item2 = b; Item3 = c; } }

// @helper Tuple4
public class Tuple4<A, B, C, D> { public A Item1; public B Item2; public C Item3; public D Item4; public Tuple4(A a, B b, C c, D d) { Item1 = a; Item2 = b; Item3 = c; Item4 = d; } }

// @helper Entries
// @uses Tuple2
/// <summary>Array.from(m), [...m.entries()]: the [key, value] pairs in insertion order.</summary>
public static List<Tuple2<K, V>> Entries<K, V>(Dictionary<K, V> m)
{
    var r = new List<Tuple2<K, V>>(m.Count);
    foreach (var kv in m) r.Add(new Tuple2<K, V>(kv.Key, kv.Value));
    return r;
}

// @helper MapFromPairs
// @uses Tuple2, ZeroKey, ZeroKeyT
/// <summary>new Map(pairs) of [key, value] tuples: a later duplicate key overwrites in place, as Map.set does.</summary>
public static Dictionary<K, V> MapFromPairs<K, V>(List<Tuple2<K, V>> pairs)
{
    var r = new Dictionary<K, V>();
    foreach (var p in pairs) r[KeyT(p.Item1)] = p.Item2;
    return r;
}

public static Dictionary<double, V> MapFromPairs<V>(List<Tuple2<double, V>> pairs)
{
    var r = new Dictionary<double, V>();
    foreach (var p in pairs) r[Key(p.Item1)] = p.Item2;
    return r;
}

// @helper FromLength
/// <summary>Array.from({ length: n }, (_, i) => ...): ToLength(n) calls (NaN, negatives: none; fractions cut).</summary>
public static List<R> FromLength<R>(double n, Func<object, double, R> f)
{
    double len = double.IsNaN(n) || n <= 0 ? 0 : Math.Floor(n);
    if (len > 4294967295.0) throw new Exception("Invalid array length");
    var r = new List<R>();
    for (double i = 0; i < len; i++) r.Add(f(null, i));
    return r;
}

// @helper RelIndex
/// <summary>at(i): ToIntegerOrInfinity(i), counted from the end when negative; -1 outside 0..len-1.</summary>
public static int RelIndex(int len, double i)
{
    double r = double.IsNaN(i) ? 0 : Math.Truncate(i);
    if (r < 0) r += len;
    return r < 0 || r >= len ? -1 : (int)r;
}

// @helper At
// @uses RelIndex
public static T At<T>(List<T> list, double i) where T : class { int k = RelIndex(list.Count, i); return k < 0 ? null : list[k]; }

// @helper AtValue
// @uses RelIndex
public static T? AtValue<T>(List<T> list, double i) where T : struct { int k = RelIndex(list.Count, i); return k < 0 ? (T?)null : list[k]; }

// @helper AtString
// @uses RelIndex
public static string At(string s, double i) { int k = RelIndex(s.Length, i); return k < 0 ? null : s[k].ToString(); }

// @helper LastIndexOfDouble
/// <summary>lastIndexOf uses ===, so NaN is never found (List.LastIndexOf would find it).</summary>
public static int LastIndexOf(List<double> list, double v)
{
    for (int i = list.Count - 1; i >= 0; i--) if (list[i] == v) return i;
    return -1;
}

// @helper FlatMap
/// <summary>flatMap where the callback returns an array: its elements appended in order (indexes below the starting length that still exist, as JS).</summary>
public static List<R> FlatMap<T, R>(List<T> list, Func<T, List<R>> f)
{
    var r = new List<R>();
    for (int i = 0, n = list.Count; i < n && i < list.Count; i++) r.AddRange(f(list[i]));
    return r;
}

// @helper Flat
/// <summary>flat() of an array of arrays: one level.</summary>
public static List<T> Flat<T>(List<List<T>> list)
{
    var r = new List<T>();
    foreach (var x in list) r.AddRange(x);
    return r;
}

// @helper Index
/// <summary>An index held in a double (a number field, a computed position): JS reads element i when the value is the integer i; for a fraction, NaN, a negative or a huge value it reads undefined, and here it throws, as an index past the end does.</summary>
public static int Index(double d)
{
    if (d >= 0 && d < 2147483648.0) { int i = (int)d; if (i == d) return i; }
    throw new Exception("index " + d + " is not an array index (JS reads undefined)");
}

// @helper Present
/// <summary>`x!` of a string or a script object that may be missing (xs.pop()!, xs.find(...)!): JS carries undefined on
/// (and prints it "undefined"), a missing C# one would print as "" or "null"; so a missing one throws here, as a missing
/// number's .Value does.</summary>
public static T Present<T>(T x) where T : class
{
    if (x == null) throw new Exception("a value asserted present with '!' is missing (JS carries undefined on)");
    return x;
}

// @helper ToLong
/// <summary>toLong(x) of a number: truncated toward zero, within +-2^53 (a long JS holds, and prints, as C# does: 2^60
/// prints 1152921504606847000 in JS); beyond it, NaN or infinite it throws .NET's OverflowException, as in Node.</summary>
public static long ToLong(double x)
{
    // (the checked cast of NaN throws the OverflowException, whose type the PB whitelist does not name)
    if (!(x >= -9007199254740992.0 && x <= 9007199254740992.0)) x = double.NaN;
    return checked((long)x);
}

// @helper ToInt32
/// <summary>JS's ToInt32 (the operand of a bitwise operator): the integer part modulo 2^32, signed; NaN and infinities are 0.</summary>
public static int ToInt32(double d)
{
    if (double.IsNaN(d) || double.IsInfinity(d)) return 0;
    return unchecked((int)(long)(Math.Truncate(d) % 4294967296.0));
}

// @helper Imul
// @uses ToInt32
/// <summary>Math.imul: the product of ToInt32 of each, modulo 2^32, signed (C# int multiplication wraps the same).</summary>
public static int Imul(double a, double b) { return unchecked(ToInt32(a) * ToInt32(b)); }

// @helper Clz32
// @uses ToInt32
/// <summary>Math.clz32: the leading zero bits of ToUint32 of the number (32 for 0, NaN and infinities).</summary>
public static int Clz32(double x)
{
    uint u = unchecked((uint)ToInt32(x));
    int n = 0;
    for (uint bit = 0x80000000u; bit != 0 && (u & bit) == 0; bit >>= 1) n++;
    return n;
}

// @helper Tuple1
/// <summary>A TS tuple [A] (and, below, of 5 to 8 elements): a reference, as a JS array is.</summary>
public class Tuple1<A> { public A Item1; public Tuple1(A a) { Item1 = a; } }

// @helper Tuple5
public class Tuple5<A, B, C, D, E> { public A Item1; public B Item2; public C Item3; public D Item4; public E Item5; public Tuple5(A a, B b, C c, D d, E e) { Item1 = a; Item2 = b; Item3 = c; Item4 = d; Item5 = e; } }

// @helper Tuple6
public class Tuple6<A, B, C, D, E, F> { public A Item1; public B Item2; public C Item3; public D Item4; public E Item5; public F Item6; public Tuple6(A a, B b, C c, D d, E e, F f) { Item1 = a; Item2 = b; Item3 = c; Item4 = d; Item5 = e; Item6 = f; } }

// @helper Tuple7
public class Tuple7<A, B, C, D, E, F, G> { public A Item1; public B Item2; public C Item3; public D Item4; public E Item5; public F Item6; public G Item7; public Tuple7(A a, B b, C c, D d, E e, F f, G g) { Item1 = a; Item2 = b; Item3 = c; Item4 = d; Item5 = e; Item6 = f; Item7 = g; } }

// @helper Tuple8
public class Tuple8<A, B, C, D, E, F, G, H> { public A Item1; public B Item2; public C Item3; public D Item4; public E Item5; public F Item6; public G Item7; public H Item8; public Tuple8(A a, B b, C c, D d, E e, F f, G g, H h) { Item1 = a; Item2 = b; Item3 = c; Item4 = d; Item5 = e; Item6 = f; Item7 = g; Item8 = h; } }

// @helper ElementOrNull
/// <summary>xs[i] ?? d: an index that is not an element (past the end, negative, fractional) reads undefined in JS, so the default applies.</summary>
public static T ElementOrNull<T>(List<T> list, double i) where T : class { return i >= 0 && i < list.Count && i == Math.Floor(i) ? list[(int)i] : null; }

// @helper ElementOrNullValue
public static T? ElementOrNullValue<T>(List<T> list, double i) where T : struct { return i >= 0 && i < list.Count && i == Math.Floor(i) ? list[(int)i] : (T?)null; }

// @helper CharOrNull
public static string CharOrNull(string s, double i) { return i >= 0 && i < s.Length && i == Math.Floor(i) ? s[(int)i].ToString() : null; }

// @helper OptLet
/// <summary>a()?.b with a computed receiver: the lambda tests and reads the value, evaluated once, as in JS.</summary>
public static R OptLet<T, R>(T v, Func<T, R> f) { return f(v); }

// @helper SetAt
/// <summary>y = xs[i] = v with the value used: the list and index evaluated before the value, as in JS (mcs evaluates the value first, C108).</summary>
public static T SetAt<T>(List<T> list, int i, T v) { list[i] = v; return v; }

// @helper OptDo
/// <summary>a()?.b(); as a statement: the lambda tests the value, evaluated once, and runs the call.</summary>
public static void OptDo<T>(T v, Action<T> f) { f(v); }

// @helper OrDouble
// @uses Truthy
/// <summary>f() || 0 with a right side that reads nothing (a literal or a plain name): the left evaluated once, as in JS.</summary>
public static double Or(double a, double b) { return Truthy(a) ? a : b; }

// @helper OrString
public static string Or(string a, string b) { return string.IsNullOrEmpty(a) ? b : a; }
