// JavaScript semantics for emitted C#: the compiler copies only the helpers a script uses into
// `static class Js` (nested in Program). Each helper starts with `// @helper Name` and may list
// `// @uses A, B`. Whitelisted API only; no LINQ; no allocation beyond what JS itself would allocate.

// @helper StrDouble
/// <summary>Number.prototype.toString(): shortest round-trip digits, JS exponent rules.</summary>
public static string Str(double d)
{
    if (double.IsNaN(d)) return "NaN";
    if (double.IsPositiveInfinity(d)) return "Infinity";
    if (double.IsNegativeInfinity(d)) return "-Infinity";
    if (d == 0) return "0";
    if (d == Math.Floor(d) && Math.Abs(d) < 1e15) return ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture);
    // Shortest digits that read back as d: 15 are enough to start with for normal numbers
    // (fewer show up as trailing zeros); subnormals have fewer bits, so start from 1.
    string r = null;
    double back;
    for (int p = Math.Abs(d) < 2.2250738585072014E-308 ? 1 : 15; p <= 17; p++)
    {
        r = d.ToString("E" + (p - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        if (double.TryParse(r, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out back) && back == d) break;
    }
    bool neg = r[0] == '-';
    int start = neg ? 1 : 0;
    int ePos = r.IndexOf('E');
    string digits = r.Substring(start, ePos - start).Replace(".", "").TrimEnd('0');
    int n = int.Parse(r.Substring(ePos + 1), System.Globalization.CultureInfo.InvariantCulture) + 1;
    int k = digits.Length;
    var sb = new StringBuilder(24);
    if (neg) sb.Append('-');
    if (k <= n && n <= 21) { sb.Append(digits); sb.Append('0', n - k); }
    else if (0 < n && n <= 21) { sb.Append(digits, 0, n); sb.Append('.'); sb.Append(digits, n, k - n); }
    else if (-6 < n && n <= 0) { sb.Append("0."); sb.Append('0', -n); sb.Append(digits); }
    else
    {
        sb.Append(digits[0]);
        if (k > 1) { sb.Append('.'); sb.Append(digits, 1, k - 1); }
        sb.Append('e'); sb.Append(n - 1 < 0 ? '-' : '+');
        sb.Append(Math.Abs(n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
    return sb.ToString();
}

// @helper StrInt
public static string Str(int v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }

// @helper StrLong
public static string Str(long v) { return v.ToString(System.Globalization.CultureInfo.InvariantCulture); }

// @helper StrBool
public static string Str(bool v) { return v ? "true" : "false"; }

// @helper StrString
public static string Str(string v) { return v ?? "null"; }

// @helper StrObject
public static string Str(object v) { return v == null ? "null" : v.ToString(); }

// @helper Round
/// <summary>Math.round: halves go toward +Infinity.</summary>
public static double Round(double x)
{
    double r = Math.Floor(x);
    if (x - r >= 0.5) r += 1;
    return r;
}

// @helper Sign
public static double Sign(double x) { return double.IsNaN(x) || x == 0 ? x : (x > 0 ? 1 : -1); }

// @helper Pow
/// <summary>Math.pow / **: JS gives NaN where IEEE (and .NET) give 1.</summary>
public static double Pow(double x, double y)
{
    if (double.IsNaN(y)) return double.NaN;
    if ((x == 1 || x == -1) && double.IsInfinity(y)) return double.NaN;
    return Math.Pow(x, y);
}

// @helper Clamp
private static int Clamp(double v, int len)
{
    if (double.IsNaN(v)) return 0;
    if (v < 0) v = Math.Max(0, len + Math.Ceiling(v));
    return v > len ? len : (int)v;
}

// @helper ClampPositive
private static int ClampPositive(double v, int len)
{
    if (double.IsNaN(v) || v < 0) return 0;
    return v > len ? len : (int)v;
}

// @helper Substring
// @uses ClampPositive
public static string Substring(string s, double start, double end)
{
    int a = ClampPositive(start, s.Length), b = ClampPositive(end, s.Length);
    if (a > b) { int t = a; a = b; b = t; }
    return s.Substring(a, b - a);
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
public static double CharCodeAt(string s, double i)
{
    if (double.IsNaN(i)) i = 0;
    i = Math.Truncate(i);
    return i >= 0 && i < s.Length ? (double)s[(int)i] : double.NaN;
}

// @helper IndexOf
public static int IndexOf(string s, string sub, double from)
{
    int f = double.IsNaN(from) || from < 0 ? 0 : from > s.Length ? s.Length : (int)from;
    return s.IndexOf(sub, f, StringComparison.Ordinal);
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

// @helper ReplaceFirst
public static string ReplaceFirst(string s, string find, string with)
{
    int i = s.IndexOf(find, StringComparison.Ordinal);
    return i < 0 ? s : s.Substring(0, i) + with + s.Substring(i + find.Length);
}

// @helper ReplaceAll
public static string ReplaceAll(string s, string find, string with)
{
    if (find.Length > 0) return s.Replace(find, with);
    var sb = new StringBuilder(with);
    foreach (char c in s) { sb.Append(c); sb.Append(with); }
    return sb.ToString();
}

// @helper Repeat
public static string Repeat(string s, double count)
{
    if (count < 0 || double.IsInfinity(count)) throw new ArgumentException("Invalid count value: " + count);
    int n = (int)count;
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
/// <summary>toUpperCase / toLowerCase as Node 20 does them for U+0000..U+052F (Latin, IPA, Greek,
/// Cyrillic): the invariant per-char mapping plus the cases where it differs from JS (ß → SS,
/// İ → i̇, µ, titlecase digraphs, final sigma ...). Characters above U+052F use the invariant
/// mapping, which JS engines (and Unicode versions) do not all agree on.</summary>
public static string ToUpper(string s)
{
    StringBuilder sb = null;
    for (int i = 0; i < s.Length; i++)
    {
        char c = s[i];
        string m = null;
        char u;
        if (c < 0x80) u = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        else
        {
            switch ((int)c)
            {
                case 0xB5: u = '\u039C'; break;
                case 0xDF: m = "SS"; u = c; break;
                case 0x131: u = 'I'; break;
                case 0x149: m = "\u02BCN"; u = c; break;
                case 0x17F: u = 'S'; break;
                case 0x19B: u = '\uA7DC'; break;
                case 0x1C5: u = '\u01C4'; break;
                case 0x1C8: u = '\u01C7'; break;
                case 0x1CB: u = '\u01CA'; break;
                case 0x1F2: u = '\u01F1'; break;
                case 0x1F0: m = "J\u030C"; u = c; break;
                case 0x23F: u = '\u2C7E'; break;
                case 0x240: u = '\u2C7F'; break;
                case 0x252: u = '\u2C70'; break;
                case 0x25C: u = '\uA7AB'; break;
                case 0x261: u = '\uA7AC'; break;
                case 0x264: u = '\uA7CB'; break;
                case 0x265: u = '\uA78D'; break;
                case 0x266: u = '\uA7AA'; break;
                case 0x26A: u = '\uA7AE'; break;
                case 0x26C: u = '\uA7AD'; break;
                case 0x282: u = '\uA7C5'; break;
                case 0x287: u = '\uA7B1'; break;
                case 0x29D: u = '\uA7B2'; break;
                case 0x29E: u = '\uA7B0'; break;
                case 0x345: u = '\u0399'; break;
                case 0x390: m = "\u0399\u0308\u0301"; u = c; break;
                case 0x3B0: m = "\u03A5\u0308\u0301"; u = c; break;
                case 0x3C2: u = '\u03A3'; break;
                case 0x3D0: u = '\u0392'; break;
                case 0x3D1: u = '\u0398'; break;
                case 0x3D5: u = '\u03A6'; break;
                case 0x3D6: u = '\u03A0'; break;
                case 0x3F0: u = '\u039A'; break;
                case 0x3F1: u = '\u03A1'; break;
                case 0x3F3: u = '\u037F'; break;
                case 0x3F5: u = '\u0395'; break;
                default:
                    u = c >= 0x524 && c <= 0x52F ? (char)(c & ~1) : char.ToUpperInvariant(c);
                    break;
            }
        }
        if (sb == null && (m != null || u != c)) { sb = new StringBuilder(s.Length + 4); sb.Append(s, 0, i); }
        if (sb != null) { if (m != null) sb.Append(m); else sb.Append(u); }
    }
    return sb == null ? s : sb.ToString();
}

public static string ToLower(string s)
{
    StringBuilder sb = null;
    for (int i = 0; i < s.Length; i++)
    {
        char c = s[i];
        string m = null;
        char l;
        if (c < 0x80) l = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        else
        {
            switch ((int)c)
            {
                case 0x130: m = "i\u0307"; l = c; break;
                case 0x1C5: l = '\u01C6'; break;
                case 0x1C8: l = '\u01C9'; break;
                case 0x1CB: l = '\u01CC'; break;
                case 0x1F2: l = '\u01F3'; break;
                case 0x37F: l = '\u03F3'; break;
                case 0x3F4: l = '\u03B8'; break;
                case 0x3A3: l = FinalSigma(s, i) ? '\u03C2' : '\u03C3'; break;
                default:
                    l = c >= 0x524 && c <= 0x52F ? (char)(c | 1) : char.ToLowerInvariant(c);
                    break;
            }
        }
        if (sb == null && (m != null || l != c)) { sb = new StringBuilder(s.Length + 4); sb.Append(s, 0, i); }
        if (sb != null) { if (m != null) sb.Append(m); else sb.Append(l); }
    }
    return sb == null ? s : sb.ToString();
}

private static bool CaseIgnorable(char c)
{
    if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == '\u00B7' || c == '\u2019') return true;
    switch (char.GetUnicodeCategory(c))
    {
        case System.Globalization.UnicodeCategory.NonSpacingMark:
        case System.Globalization.UnicodeCategory.EnclosingMark:
        case System.Globalization.UnicodeCategory.Format:
        case System.Globalization.UnicodeCategory.ModifierLetter:
        case System.Globalization.UnicodeCategory.ModifierSymbol:
            return true;
    }
    return false;
}

private static bool Cased(char c) { return char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter; }

/// <summary>Unicode Final_Sigma: a cased letter before (skipping case-ignorables), none after.</summary>
private static bool FinalSigma(string s, int i)
{
    int j = i - 1;
    while (j >= 0 && CaseIgnorable(s[j])) j--;
    if (j < 0 || !Cased(s[j])) return false;
    j = i + 1;
    while (j < s.Length && CaseIgnorable(s[j])) j++;
    return j >= s.Length || !Cased(s[j]);
}

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

// @helper ZeroKey
/// <summary>Map/Set keys: JS stores -0 as +0 (SameValueZero).</summary>
public static double Key(double x) { return x == 0 ? 0.0 : x; }

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
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i].ToString(System.Globalization.CultureInfo.InvariantCulture)); }
    return sb.ToString();
}

// @helper JoinString
public static string Join(List<string> list, string sep)
{
    var sb = new StringBuilder();
    for (int i = 0; i < list.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(list[i]); }
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
/// <summary>Array.prototype.sort with a comparator: stable (merge sort), like JS.</summary>
public static List<T> Sort<T>(List<T> list, Func<T, T, double> cmp)
{
    int n = list.Count;
    if (n < 2) return list;
    var buf = new T[n];
    for (int width = 1; width < n; width *= 2)
    {
        for (int lo = 0; lo < n; lo += 2 * width)
        {
            int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n), i = lo, j = mid, k = lo;
            while (i < mid && j < hi) buf[k++] = cmp(list[j], list[i]) < 0 ? list[j++] : list[i++];
            while (i < mid) buf[k++] = list[i++];
            while (j < hi) buf[k++] = list[j++];
        }
        for (int x = 0; x < n; x++) list[x] = buf[x];
    }
    return list;
}

// @helper SortStrings
// @uses Sort
public static List<string> Sort(List<string> list)
{
    return Sort(list, (a, b) => string.CompareOrdinal(a, b));
}

// @helper ForEach
public static void ForEach<T>(List<T> list, Action<T> f)
{
    for (int i = 0; i < list.Count; i++) f(list[i]);
}

// @helper ForEachIndexed
public static void ForEach<T>(List<T> list, Action<T, double> f)
{
    for (int i = 0; i < list.Count; i++) f(list[i], i);
}

// @helper Map
public static List<R> Map<T, R>(List<T> list, Func<T, R> f)
{
    var r = new List<R>(list.Count);
    for (int i = 0; i < list.Count; i++) r.Add(f(list[i]));
    return r;
}

// @helper MapIndexed
public static List<R> Map<T, R>(List<T> list, Func<T, double, R> f)
{
    var r = new List<R>(list.Count);
    for (int i = 0; i < list.Count; i++) r.Add(f(list[i], i));
    return r;
}

// @helper Filter
public static List<T> Filter<T>(List<T> list, Func<T, bool> f)
{
    var r = new List<T>();
    for (int i = 0; i < list.Count; i++) if (f(list[i])) r.Add(list[i]);
    return r;
}

// @helper Find
public static T Find<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0; i < list.Count; i++) if (f(list[i])) return list[i];
    return default(T);
}

// @helper FindIndex
public static int FindIndex<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0; i < list.Count; i++) if (f(list[i])) return i;
    return -1;
}

// @helper Some
public static bool Some<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0; i < list.Count; i++) if (f(list[i])) return true;
    return false;
}

// @helper Every
public static bool Every<T>(List<T> list, Func<T, bool> f)
{
    for (int i = 0; i < list.Count; i++) if (!f(list[i])) return false;
    return true;
}

// @helper Reduce
public static R Reduce<T, R>(List<T> list, Func<R, T, R> f, R init)
{
    R acc = init;
    for (int i = 0; i < list.Count; i++) acc = f(acc, list[i]);
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
