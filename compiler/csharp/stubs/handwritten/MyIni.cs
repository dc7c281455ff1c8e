// pbts C# stubs: VRage.Game.ModAPI.Ingame.Utilities (SE assembly VRage.Game): MyIni and friends.
// Signatures follow SE. What the C# engine (`pbts sim --engine cs`) runs: the parser walks the text
// as SE's does, step by step like the simulator's TypeScript MyIni (sim/myini.ts, the reference);
// test/sim/myini-cs.test.ts runs the whole parse conformance table on both and compares results,
// sections, keys, values, comments and ToString (parsed and regenerated).
// Known simplifications: key order after Delete+Set, and GetLines' handling of blank lines.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    public struct MyIniKey : IEquatable<MyIniKey>
    {
        public static readonly MyIniKey EMPTY = default(MyIniKey);
        private readonly string m_section;
        private readonly string m_name;

        public MyIniKey(string section, string name)
        {
            if (string.IsNullOrWhiteSpace(section)) throw new ArgumentException("Section cannot be empty.", "section");
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Key cannot be empty.", "name");
            m_section = section;
            m_name = name;
        }

        public bool IsEmpty { get { return m_section == null; } }
        public string Section { get { return m_section ?? ""; } }
        public string Name { get { return m_name ?? ""; } }

        public static MyIniKey Parse(string input)
        {
            MyIniKey key;
            if (!TryParse(input, out key)) throw new ArgumentException("Invalid configuration key format", "input");
            return key;
        }

        public static bool TryParse(string input, out MyIniKey key)
        {
            key = EMPTY;
            if (string.IsNullOrWhiteSpace(input)) return false;
            int slash = input.IndexOf('/');
            if (slash < 0) return false;
            string section = input.Substring(0, slash).Trim();
            string name = input.Substring(slash + 1).Trim();
            if (section.Length == 0 || name.Length == 0) return false;
            key = new MyIniKey(section, name);
            return true;
        }

        public bool Equals(MyIniKey other)
        {
            return StringComparer.OrdinalIgnoreCase.Equals(Section, other.Section)
                && StringComparer.OrdinalIgnoreCase.Equals(Name, other.Name);
        }

        public override bool Equals(object obj) { return obj is MyIniKey && Equals((MyIniKey)obj); }

        public override int GetHashCode()
        {
            return StringComparer.OrdinalIgnoreCase.GetHashCode(Section) * 397 ^ StringComparer.OrdinalIgnoreCase.GetHashCode(Name);
        }

        public static bool operator ==(MyIniKey a, MyIniKey b) { return a.Equals(b); }
        public static bool operator !=(MyIniKey a, MyIniKey b) { return !a.Equals(b); }

        public override string ToString() { return IsEmpty ? "" : Section + "/" + Name; }
    }

    public struct MyIniParseResult
    {
        private readonly int m_lineNo;
        private readonly bool m_defined;
        public readonly string Error;

        internal MyIniParseResult(int lineNo, string error)
        {
            m_lineNo = lineNo;
            m_defined = true;
            Error = error;
        }

        internal static MyIniParseResult SuccessResult { get { return new MyIniParseResult(0, null); } }

        public int LineNo { get { return m_lineNo; } }
        public bool Success { get { return IsDefined && Error == null; } }
        public bool IsDefined { get { return m_defined; } }

        public bool Equals(MyIniParseResult other) { return LineNo == other.LineNo && string.Equals(Error, other.Error); }
        public override bool Equals(object obj) { return obj is MyIniParseResult && Equals((MyIniParseResult)obj); }
        public override int GetHashCode() { return LineNo * 397 ^ (Error == null ? 0 : Error.GetHashCode()); }
        public static bool operator ==(MyIniParseResult a, MyIniParseResult b) { return a.Equals(b); }
        public static bool operator !=(MyIniParseResult a, MyIniParseResult b) { return !a.Equals(b); }

        public override string ToString() { return Success ? "Success" : "Line " + LineNo + ": " + Error; }
    }

    public struct MyIniValue
    {
        public static readonly MyIniValue EMPTY = default(MyIniValue);
        public readonly MyIniKey Key;
        private readonly string m_value;

        public MyIniValue(MyIniKey key, string value)
        {
            Key = key;
            m_value = value;
        }

        /// <summary>True when the key was missing (an empty string is not empty).</summary>
        public bool IsEmpty { get { return m_value == null; } }

        public void GetLines(List<string> lines)
        {
            if (lines == null || m_value == null) return;
            lines.AddRange(m_value.Split('\n'));
        }

        public void Write(StringBuilder stringBuilder)
        {
            if (stringBuilder != null && m_value != null) stringBuilder.Append(m_value);
        }

        public override string ToString() { return m_value ?? ""; }
        public string ToString(string defaultValue) { return m_value ?? defaultValue; }

        public bool TryGetString(out string value)
        {
            value = m_value;
            return m_value != null;
        }

        public bool TryGetBoolean(out bool value)
        {
            value = false;
            if (m_value == null) return false;
            // untrimmed, as SE's (sim/myini.notes.md): " true" from a "|" line or Set is no boolean (C91)
            switch (m_value.ToLowerInvariant())
            {
                case "true": case "yes": case "1": case "on":
                    value = true;
                    return true;
                case "false": case "no": case "0": case "off":
                    value = false;
                    return true;
            }
            return false;
        }

        public bool TryGetChar(out char value)
        {
            value = '\0';
            if (m_value == null || m_value.Length != 1) return false;
            value = m_value[0];
            return true;
        }

        // As the game (and sim/myini.ts): NumberStyles.Any with the invariant culture, so "1.5e3" is an
        // int (1500), "(5)" is -5, "1,000" is 1000; a fraction ("1.5") is not an integer.
        private const NumberStyles Integer = NumberStyles.Any;
        private const NumberStyles Real = NumberStyles.Any;
        private static CultureInfo Inv { get { return CultureInfo.InvariantCulture; } }

        public bool TryGetSByte(out sbyte value) { value = 0; return m_value != null && sbyte.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetByte(out byte value) { value = 0; return m_value != null && byte.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetInt16(out short value) { value = 0; return m_value != null && short.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetUInt16(out ushort value) { value = 0; return m_value != null && ushort.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetInt32(out int value) { value = 0; return m_value != null && int.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetUInt32(out uint value) { value = 0; return m_value != null && uint.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetInt64(out long value) { value = 0; return m_value != null && long.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetUInt64(out ulong value) { value = 0; return m_value != null && ulong.TryParse(m_value, Integer, Inv, out value); }
        public bool TryGetSingle(out float value) { value = 0; return m_value != null && float.TryParse(m_value, Real, Inv, out value); }
        public bool TryGetDouble(out double value) { value = 0; return m_value != null && double.TryParse(m_value, Real, Inv, out value); }
        public bool TryGetDecimal(out decimal value) { value = 0; return m_value != null && decimal.TryParse(m_value, Real, Inv, out value); }

        public bool ToBoolean(bool defaultValue = false) { bool v; return TryGetBoolean(out v) ? v : defaultValue; }
        public char ToChar(char defaultValue = '\0') { char v; return TryGetChar(out v) ? v : defaultValue; }
        public sbyte ToSByte(sbyte defaultValue = 0) { sbyte v; return TryGetSByte(out v) ? v : defaultValue; }
        public byte ToByte(byte defaultValue = 0) { byte v; return TryGetByte(out v) ? v : defaultValue; }
        public short ToInt16(short defaultValue = 0) { short v; return TryGetInt16(out v) ? v : defaultValue; }
        public ushort ToUInt16(ushort defaultValue = 0) { ushort v; return TryGetUInt16(out v) ? v : defaultValue; }
        public int ToInt32(int defaultValue = 0) { int v; return TryGetInt32(out v) ? v : defaultValue; }
        public uint ToUInt32(uint defaultValue = 0) { uint v; return TryGetUInt32(out v) ? v : defaultValue; }
        public long ToInt64(long defaultValue = 0) { long v; return TryGetInt64(out v) ? v : defaultValue; }
        public ulong ToUInt64(ulong defaultValue = 0) { ulong v; return TryGetUInt64(out v) ? v : defaultValue; }
        public float ToSingle(float defaultValue = 0) { float v; return TryGetSingle(out v) ? v : defaultValue; }
        public double ToDouble(double defaultValue = 0) { double v; return TryGetDouble(out v) ? v : defaultValue; }
        public decimal ToDecimal(decimal defaultValue = 0) { decimal v; return TryGetDecimal(out v) ? v : defaultValue; }
    }

    /// <summary>
    /// INI parser/writer with multi-line values (see se-api-facts.md "MyIni"). Lookups are
    /// case-insensitive; sections and keys keep insertion order.
    /// </summary>
    public class MyIni
    {
        static readonly char[] IllegalNameChars = { '\r', '\n', '|', '=', '[', ']' };
        private sealed class Item
        {
            public string Name;
            public string Value;
            /// <summary>Read from "|" lines and not used since: regenerated in "|" form once (as SE, and sim/myini.ts).</summary>
            public bool Raw;
            public string Comment;
            /// <summary>The section name as written where the key was read or first set (GetKeys reports it, as SE does).</summary>
            public string SectionName;
            public Section Owner;
            public int Slot;
        }

        private sealed class Section
        {
            public string Name;
            public string Comment;
            public readonly Dictionary<string, Item> ByName = new Dictionary<string, Item>(StringComparer.OrdinalIgnoreCase);
        }

        private readonly List<Section> m_sections = new List<Section>();
        /// <summary>Every key in SE's order (a Dictionary's): a deleted key's slot is taken by the next new key, the last
        /// freed first (as sim/myini.ts; C94). Null where a key was deleted and nothing took its place yet.</summary>
        private readonly List<Item> m_slots = new List<Item>();
        private readonly Stack<int> m_free = new Stack<int>();
        private readonly Dictionary<string, Section> m_byName = new Dictionary<string, Section>(StringComparer.OrdinalIgnoreCase);

        private string m_endContent = "";
        private string m_endComment;
        /// <summary>The text ToString returns until the next change (the game returns parsed text verbatim).</summary>
        private string m_content;

        /// <summary>Text after a line "---" that ends the configuration ("" when none).</summary>
        public string EndContent
        {
            get { return m_endContent; }
            set { m_endContent = value ?? ""; m_content = null; }
        }

        /// <summary>Comment after the last section or item; null when none.</summary>
        public string EndComment
        {
            get { return m_endComment; }
            set { m_endComment = value; m_content = null; }
        }

        /// <summary>Whether config has a line "[section]" (no validation of the rest).</summary>
        public static bool HasSection(string config, string section)
        {
            if (config == null || section == null) return false;
            foreach (string raw in config.Split('\n'))
            {
                string line = raw.TrimEnd('\r');
                if (line.StartsWith("[", StringComparison.Ordinal))
                {
                    int end = line.LastIndexOf(']');
                    if (end > 0 && string.Equals(line.Substring(1, end - 1), section, StringComparison.OrdinalIgnoreCase)) return true;
                }
            }
            return false;
        }

        public void Clear()
        {
            m_sections.Clear();
            m_byName.Clear();
            m_slots.Clear();
            m_free.Clear();
            m_endContent = "";
            m_endComment = null;
            m_content = null;
        }

        public void Invalidate()
        {
            m_content = null;
        }

        public bool TryParse(string content) { MyIniParseResult r; return TryParse(content, null, out r); }
        public bool TryParse(string content, out MyIniParseResult result) { return TryParse(content, null, out result); }
        public bool TryParse(string content, string section) { MyIniParseResult r; return TryParse(content, section, out r); }

        /// <summary>
        /// Parses content (only `section` when given), replacing what this MyIni held. As in the game
        /// (and sim/myini.ts, whose parser this follows step by step): parsing the text ToString would
        /// return is a no-op, whitespace-only text is an empty MyIni, and on failure what was read
        /// before the bad line stays.
        /// </summary>
        public bool TryParse(string content, string section, out MyIniParseResult result)
        {
            content = content ?? "";
            result = MyIniParseResult.SuccessResult;
            if (section == null && m_content != null && string.Equals(m_content, content, StringComparison.Ordinal)) return true;
            Clear();
            if (string.IsNullOrWhiteSpace(content))
            {
                m_content = content;
                return true;
            }
            result = Parse(content, section);
            if (result.Success && section == null) m_content = content;
            return result.Success;
        }

        // ---- the parser: positions in the text, as SE's TextPtr walk ----------------------------
        private const int ParseError = -1, ParseStop = -2, ParseNextSection = -3;
        private int m_failAt;
        private string m_failMessage;

        private MyIniParseResult Parse(string s, string onlySection)
        {
            int p = 0;
            if (onlySection != null)
            {
                p = FindSection(s, onlySection);
                if (p < 0) return new MyIniParseResult(1, "Cannot find section \"" + onlySection + "\"");
            }
            while (p < s.Length)
            {
                int r = ParseSection(s, p, onlySection == null);
                if (r == ParseError) return new MyIniParseResult(LineNumber(s, m_failAt), m_failMessage);
                if (r == ParseStop || onlySection != null) break;
                p = r;
            }
            return MyIniParseResult.SuccessResult;
        }

        private int Fail(int at, string message)
        {
            m_failAt = at;
            m_failMessage = message;
            return ParseError;
        }

        /// <summary>The position after the section and its keys, ParseStop at the end, or ParseError.</summary>
        private int ParseSection(string s, int start, bool parseEndContent)
        {
            string comment;
            int p = ReadPrefix(s, start, out comment);
            m_endComment = comment;
            if (parseEndContent && ParseEndContent(s, p)) return ParseStop;
            if (p >= s.Length) return ParseStop;
            // As SE, this error is reported at the line where the blank/comment lines before it begin.
            if (s[p] != '[') return Fail(start, "Expected [section] definition");
            int close = FindEndOfLine(s, p, false);
            while (close > p && CharAt(s, close) != ']') close--;
            if (CharAt(s, close) != ']') return Fail(start, "Expected [section] definition");
            p++;
            string name = s.Substring(p, close - p);
            string problem = ValidateParsedName(name);
            if (problem != null) return Fail(p, "Section " + problem);
            p = SkipWhitespace(s, close + 1);
            if (!IsEndOfLine(s, p)) return Fail(p, "Expected newline");
            p = FindEndOfLine(s, p, true);
            Section section = GetOrAddSection(name);
            if (comment != null)
            {
                section.Comment = comment; // a repeated section's comment replaces the first (as SE)
                m_endComment = null;
            }
            for (;;)
            {
                int r = ParseItem(s, section, name, p, parseEndContent);
                if (r == ParseError) return ParseError;
                if (r == ParseStop) return s.Length;
                if (r < 0) return p; // the next section (or trailing text) starts at p
                p = r;
            }
        }

        /// <summary>The position after the key, ParseNextSection, ParseStop (end content) or ParseError.</summary>
        private int ParseItem(string s, Section section, string sectionName, int start, bool parseEndContent)
        {
            string comment;
            int p = ReadPrefix(s, start, out comment);
            m_endComment = comment;
            if (parseEndContent && ParseEndContent(s, p)) return ParseStop;
            p = TrimStart(s, p);
            if (p >= s.Length || s[p] == '[') return ParseNextSection;
            int eq = FindInLine(s, p, '=');
            if (eq >= s.Length) return Fail(p, "Expected key=value definition");
            string name = s.Substring(p, Math.Max(p, TrimEnd(s, eq)) - p);
            string problem = ValidateParsedName(name);
            if (problem != null) return Fail(p, "Key " + problem);
            int v = TrimStart(s, eq + 1);
            int eol = FindEndOfLine(s, v, false);
            string value;
            bool raw = false;
            int end = TrimEnd(s, eol);
            if (end > v)
            {
                value = s.Substring(v, end - v);
            }
            else
            {
                // Nothing after "=": the value may continue on following lines starting with "|".
                int next = FindEndOfLine(s, eol, true);
                if (CharAt(s, next) == '|')
                {
                    int lineEnd;
                    do
                    {
                        lineEnd = FindEndOfLine(s, next, false);
                        next = FindEndOfLine(s, lineEnd, true);
                    } while (CharAt(s, next) == '|');
                    eol = lineEnd;
                }
                value = s.Substring(v, eol - v);
                // "\n|a\n|b" -> "a\nb" (a "\r\n" inside stays, as in the game)
                if (value.Length > 0 && IsNewLine(s, v)) { value = value.Substring(value[0] == '\r' ? 3 : 2).Replace("\n|", "\n"); raw = true; }
            }
            if (section.ByName.ContainsKey(name)) return Fail(p, "Duplicate key " + sectionName + "/" + name);
            var item = new Item { Name = name, Value = value, Comment = comment, SectionName = sectionName, Raw = raw };
            AddItem(section, item);
            if (comment != null) m_endComment = null;
            return FindEndOfLine(s, eol, true);
        }

        /// <summary>
        /// Skips blank lines and column-0 ";" comment lines from p (a line start); comment is their text
        /// (lines without ";" joined by "\n") or null. Returns where the next line's text starts.
        /// </summary>
        private static int ReadPrefix(string s, int p, out string comment)
        {
            int start = -1;
            while (p < s.Length)
            {
                if (s[p] == ';' && (p == 0 || IsNewLine(s, p - 1)))
                {
                    if (start < 0) start = p;
                    p = FindEndOfLine(s, p, false);
                }
                int t = SkipWhitespace(s, p);
                if (!IsNewLine(s, t)) break;
                p = t + (s[t] == '\r' ? 2 : 1);
            }
            comment = null;
            if (start >= 0)
            {
                // As SE: the comment block ends before the whitespace that precedes the next line's text.
                int e = p;
                while (e > start && char.IsWhiteSpace((char)CharAt(s, e))) e--;
                if (e > start) comment = RealizeComment(s, start, e);
            }
            return p;
        }

        /// <summary>The text of the comment block s[start, end): ";" lines without ";", blank lines as empty ones.</summary>
        private static string RealizeComment(string s, int start, int end)
        {
            var sb = new StringBuilder();
            int p = start;
            bool first = true;
            while (p < end)
            {
                if (!first) sb.Append('\n');
                first = false;
                if (s[p] == ';')
                {
                    p++;
                    int e = FindEndOfLine(s, p, false);
                    sb.Append(s, p, e - p);
                    p = SkipWhitespace(s, e);
                    if (IsEndOfLine(s, p)) p += CharAt(s, p) == '\r' ? 2 : 1;
                }
                else
                {
                    p = SkipWhitespace(s, p);
                    if (!IsEndOfLine(s, p)) break;
                    p += CharAt(s, p) == '\r' ? 2 : 1;
                }
            }
            return sb.ToString();
        }

        /// <summary>A "---" line at p: the rest of the text becomes EndContent.</summary>
        private bool ParseEndContent(string s, int p)
        {
            if (p + 3 > s.Length || string.CompareOrdinal(s, p, "---", 0, 3) != 0) return false;
            int t = SkipWhitespace(s, p + 3);
            if (!IsEndOfLine(s, t)) return false;
            m_endContent = s.Substring(FindEndOfLine(s, t, true));
            return true;
        }

        /// <summary>Where a line "[section]" (case-insensitive) starts, or -1.</summary>
        private static int FindSection(string s, string section)
        {
            for (int p = 0; p < s.Length; )
            {
                if (MatchesSection(s, p, section)) return p;
                int nl = s.IndexOf('\n', p);
                if (nl < 0) break;
                p = nl + 1;
            }
            return -1;
        }

        private static bool MatchesSection(string s, int p, string section)
        {
            if (CharAt(s, p) != '[' || p + 1 + section.Length >= s.Length) return false;
            return string.Compare(s, p + 1, section, 0, section.Length, StringComparison.OrdinalIgnoreCase) == 0
                && s[p + 1 + section.Length] == ']';
        }

        private static int CharAt(string s, int i) { return i >= 0 && i < s.Length ? s[i] : 0; }
        /// <summary>A line break at i: "\n", or "\r" followed by "\n" (a lone "\r" is not one).</summary>
        private static bool IsNewLine(string s, int i) { int c = CharAt(s, i); return c == '\n' || (c == '\r' && CharAt(s, i + 1) == '\n'); }
        private static bool IsEndOfLine(string s, int i) { return i >= s.Length || IsNewLine(s, i); }
        private static int FindEndOfLine(string s, int i, bool skipNewline)
        {
            while (i < s.Length)
            {
                if (IsNewLine(s, i))
                {
                    if (skipNewline) i += s[i] == '\r' ? 2 : 1;
                    return i;
                }
                i++;
            }
            return i;
        }
        /// <summary>Skips whitespace other than line breaks.</summary>
        private static int SkipWhitespace(string s, int i)
        {
            while (i < s.Length && !IsNewLine(s, i) && char.IsWhiteSpace(s[i])) i++;
            return i;
        }
        private static int TrimStart(string s, int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
            return i;
        }
        /// <summary>Moves back from i over spaces and tabs.</summary>
        private static int TrimEnd(string s, int i)
        {
            int j = i - 1;
            while (j >= 0 && (s[j] == ' ' || s[j] == '\t')) j--;
            return j + 1;
        }
        /// <summary>Index of c in the current line, or s.Length.</summary>
        private static int FindInLine(string s, int i, char c)
        {
            for (; i < s.Length; i++)
            {
                char x = s[i];
                if (x == c) return i;
                if (x == '\r' || x == '\n') break;
            }
            return s.Length;
        }
        private static int LineNumber(string s, int at)
        {
            int n = 1;
            for (int i = 0; i < at && i < s.Length; i++) if (s[i] == '\n') n++;
            return n;
        }
        private static string ValidateParsedName(string name)
        {
            if (name.Length == 0) return "cannot be empty.";
            if (name.IndexOfAny(IllegalNameChars) >= 0) return "contains illegal characters (\\r, \\n, |, =, [, ])";
            return null;
        }

        private Section GetOrAddSection(string name)
        {
            Section s;
            if (!m_byName.TryGetValue(name, out s))
            {
                s = new Section { Name = name };
                m_sections.Add(s);
                m_byName[name] = s;
            }
            return s;
        }

        private void AddItem(Section section, Item item)
        {
            item.Owner = section;
            if (m_free.Count > 0) { item.Slot = m_free.Pop(); m_slots[item.Slot] = item; }
            else { item.Slot = m_slots.Count; m_slots.Add(item); }
            section.ByName[item.Name] = item;
        }

        private void RemoveItem(Item item)
        {
            item.Owner.ByName.Remove(item.Name);
            m_slots[item.Slot] = null;
            m_free.Push(item.Slot);
        }

        /// <summary>
        /// The checks SE's MyIni makes of the names given to Get, Set, Delete, ContainsKey and the comment methods (its
        /// MyIniKey's), with its messages (sim/myini.ts validateKey; C94).
        /// </summary>
        private static void CheckKey(string section, string name)
        {
            if (string.IsNullOrWhiteSpace(section)) throw new ArgumentException("Section cannot be empty.");
            if (section.IndexOfAny(IllegalSectionChars) >= 0) throw new ArgumentException("Section contains illegal characters (\\r, \\n, [, ])");
            if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("Key cannot be null or whitespace.");
            if (name.IndexOfAny(IllegalNameChars) >= 0) throw new ArgumentException("Key contains illegal characters (\\r, \\n, |, =, [, ])");
        }

        static readonly char[] IllegalSectionChars = { '\r', '\n', '[', ']' };

        private Item Find(string section, string name)
        {
            CheckKey(section, name);
            Section s;
            Item item;
            if (!m_byName.TryGetValue(section, out s)) return null;
            return s.ByName.TryGetValue(name, out item) ? item : null;
        }

        public bool ContainsSection(string section) { return section != null && m_byName.ContainsKey(section); }
        public bool ContainsKey(string section, string name) { return Find(section, name) != null; }
        public bool ContainsKey(MyIniKey key) { return ContainsKey(key.Section, key.Name); }

        public void GetSections(List<string> names)
        {
            if (names == null) return;
            names.Clear();
            foreach (Section s in m_sections) names.Add(s.Name);
        }

        public void GetKeys(string section, List<MyIniKey> keys)
        {
            if (keys == null) return;
            keys.Clear();
            Section s;
            if (section == null || !m_byName.TryGetValue(section, out s)) return;
            foreach (Item item in m_slots) if (item != null && item.Owner == s) keys.Add(new MyIniKey(item.SectionName ?? s.Name, item.Name));
        }

        public void GetKeys(List<MyIniKey> keys)
        {
            if (keys == null) return;
            keys.Clear();
            foreach (Section s in m_sections)
                foreach (Item item in m_slots) if (item != null && item.Owner == s) keys.Add(new MyIniKey(item.SectionName ?? s.Name, item.Name));
        }

        public MyIniValue Get(string section, string name)
        {
            Item item = Find(section, name);
            if (item == null) return MyIniValue.EMPTY;
            item.Raw = false;
            return new MyIniValue(new MyIniKey(section, name), item.Value);
        }

        public MyIniValue Get(MyIniKey key) { return Get(key.Section, key.Name); }

        public string GetSectionComment(string section)
        {
            Section s;
            return section != null && m_byName.TryGetValue(section, out s) ? s.Comment : null;
        }

        public void SetSectionComment(string section, string comment)
        {
            Section s;
            if (section == null || !m_byName.TryGetValue(section, out s)) throw new ArgumentException("No section named " + section);
            s.Comment = comment;
            m_content = null;
        }

        public string GetComment(string section, string name)
        {
            Item item = Find(section, name);
            return item == null ? null : item.Comment;
        }

        public string GetComment(MyIniKey key) { return GetComment(key.Section, key.Name); }

        public void SetComment(string section, string name, string comment)
        {
            Item item = Find(section, name);
            if (item == null) throw new ArgumentException("No item named " + section + "/" + name);
            item.Comment = comment;
            m_content = null;
        }

        public void SetComment(MyIniKey key, string comment) { SetComment(key.Section, key.Name, comment); }

        public void SetEndComment(string comment) { EndComment = comment; }

        public void AddSection(string section)
        {
            if (ContainsSection(section)) throw new ArgumentException("Section already exists", "section");
            GetOrAddSection(section);
            m_content = null;
        }

        public bool DeleteSection(string section)
        {
            Section s;
            if (section == null || !m_byName.TryGetValue(section, out s)) return false;
            m_byName.Remove(section);
            m_sections.Remove(s);
            foreach (Item item in new List<Item>(s.ByName.Values)) RemoveItem(item);
            m_content = null;
            return true;
        }

        public void Delete(string section, string name)
        {
            CheckKey(section, name);
            Section s;
            Item item;
            m_content = null; // even when nothing is deleted (as SE)
            if (!m_byName.TryGetValue(section, out s)) return;
            if (!s.ByName.TryGetValue(name, out item)) return;
            RemoveItem(item);
        }

        public void Delete(MyIniKey key) { Delete(key.Section, key.Name); }

        /// <summary>Sets a value; null deletes the key.</summary>
        public void Set(string section, string name, string value)
        {
            CheckKey(section, name);
            if (value == null) { Delete(section, name); return; }
            Section s = GetOrAddSection(section);
            Item item;
            m_content = null;
            if (s.ByName.TryGetValue(name, out item)) { item.Value = value; item.Raw = false; return; }
            item = new Item { Name = name, Value = value, SectionName = section };
            AddItem(s, item);
        }

        private static string Inv(IFormattable v) { return v.ToString(null, CultureInfo.InvariantCulture); }

        public void Set(MyIniKey key, string value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, bool value) { Set(section, name, value ? "true" : "false"); }
        public void Set(MyIniKey key, bool value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, byte value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, byte value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, sbyte value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, sbyte value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, ushort value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, ushort value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, short value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, short value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, uint value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, uint value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, int value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, int value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, ulong value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, ulong value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, long value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, long value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, float value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, float value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, double value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, double value) { Set(key.Section, key.Name, value); }
        public void Set(string section, string name, decimal value) { Set(section, name, Inv(value)); }
        public void Set(MyIniKey key, decimal value) { Set(key.Section, key.Name, value); }

        private static void AppendComment(StringBuilder sb, string comment)
        {
            if (comment != null) AppendLines(sb, ';', comment);
        }

        /// <summary>
        /// Each line of text (split at "\r\n", "\r" or "\n"; a final line break adds no empty line, as
        /// SE's StringSegment.GetLines) as mark + line + "\n". An empty text writes nothing.
        /// </summary>
        private static void AppendLines(StringBuilder sb, char mark, string text)
        {
            int i = 0, n = text.Length;
            while (i < n)
            {
                int j = text.IndexOfAny(NewLineChars, i);
                if (j < 0)
                {
                    sb.Append(mark).Append(text, i, n - i).Append('\n');
                    break;
                }
                sb.Append(mark).Append(text, i, j - i).Append('\n');
                i = j;
                if (text[i] == '\r') i++;
                if (i < n && text[i] == '\n') i++;
            }
        }

        static readonly char[] NewLineChars = { '\r', '\n' };

        private static bool NeedsMultiline(string value)
        {
            if (value.Length == 0) return false;
            return char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]) || value.IndexOf('\n') >= 0;
        }

        /// <summary>
        /// The parsed text itself when nothing changed since TryParse; else sections in insertion order
        /// separated by a blank line, then a blank line + the end comment, then a blank line + "---" +
        /// EndContent when EndContent is not ""; `\n` line endings.
        /// </summary>
        public override string ToString()
        {
            if (m_content == null) m_content = Generate();
            return m_content;
        }

        private string Generate()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < m_sections.Count; i++)
            {
                Section s = m_sections[i];
                if (i > 0) sb.Append('\n');
                AppendComment(sb, s.Comment);
                sb.Append('[').Append(s.Name).Append("]\n");
                foreach (Item item in m_slots)
                {
                    if (item == null || item.Owner != s) continue;
                    AppendComment(sb, item.Comment);
                    if (item.Raw || NeedsMultiline(item.Value))
                    {
                        item.Raw = false;
                        sb.Append(item.Name).Append("=\n");
                        AppendLines(sb, '|', item.Value);
                    }
                    else
                    {
                        sb.Append(item.Name).Append('=').Append(item.Value).Append('\n');
                    }
                }
            }
            if (m_endComment != null)
            {
                sb.Append('\n');
                AppendComment(sb, m_endComment);
            }
            if (m_endContent.Length > 0) sb.Append("\n---\n").Append(m_endContent);
            return sb.ToString();
        }
    }
}
