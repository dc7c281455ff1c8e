// pbts C# stubs: VRage.Game.ModAPI.Ingame.Utilities (SE assembly VRage.Game): MyIni and friends.
// Signatures follow SE. The implementation is pbts' own and simpler than the simulator's TypeScript
// MyIni (sim/myini.ts, the reference for exact behaviour), written from se-api-facts.md "MyIni".
// Known simplifications: key order after Delete+Set, GetLines' handling of blank lines, and the exact
// text of rarer parse errors may differ from the game.
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
            switch (m_value.Trim().ToLowerInvariant())
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
            public string Comment;
            /// <summary>The section name as written where the key was read or first set (GetKeys reports it, as SE does).</summary>
            public string SectionName;
        }

        private sealed class Section
        {
            public string Name;
            public string Comment;
            public readonly List<Item> Items = new List<Item>();
            public readonly Dictionary<string, Item> ByName = new Dictionary<string, Item>(StringComparer.OrdinalIgnoreCase);
        }

        private readonly List<Section> m_sections = new List<Section>();
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
        /// Parses content (only `section` when given), replacing what this MyIni held. On failure, as in
        /// the game, what was read before the bad line stays.
        /// </summary>
        public bool TryParse(string content, string section, out MyIniParseResult result)
        {
            Clear();
            result = Parse(content ?? "", section);
            if (result.Success && section == null) m_content = content ?? "";
            return result.Success;
        }

        private static bool IsBlank(string s)
        {
            foreach (char c in s) if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        private MyIniParseResult Parse(string content, string onlySection)
        {
            string[] lines = content.Split('\n');
            for (int i = 0; i < lines.Length; i++) if (lines[i].EndsWith("\r", StringComparison.Ordinal)) lines[i] = lines[i].Substring(0, lines[i].Length - 1);
            List<string> comment = null;
            Section current = null;
            string currentName = null;
            bool skipping = false;
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.StartsWith("---", StringComparison.Ordinal) && IsBlank(line.Substring(3)))
                {
                    var rest = new List<string>();
                    for (int j = i + 1; j < lines.Length; j++) rest.Add(lines[j]);
                    EndContent = string.Join("\n", rest);
                    break;
                }
                if (line.StartsWith(";", StringComparison.Ordinal))
                {
                    if (comment == null) comment = new List<string>();
                    comment.Add(line.Substring(1));
                    continue;
                }
                if (IsBlank(line)) continue;
                if (line.StartsWith("[", StringComparison.Ordinal))
                {
                    int end = line.LastIndexOf(']');
                    if (end < 0) return new MyIniParseResult(i + 1, "Expected [section] definition");
                    if (!IsBlank(line.Substring(end + 1))) return new MyIniParseResult(i + 1, "Expected newline");
                    string name = line.Substring(1, end - 1);
                    currentName = name;
                    // the same rules as parsed key names (and as pbts's simulator)
                    if (name.Length == 0) return new MyIniParseResult(i + 1, "Section cannot be empty.");
                    if (name.IndexOfAny(IllegalNameChars) >= 0) return new MyIniParseResult(i + 1, "Section contains illegal characters (\\r, \\n, |, =, [, ])");
                    skipping = onlySection != null && !string.Equals(name, onlySection, StringComparison.OrdinalIgnoreCase);
                    if (!skipping)
                    {
                        current = GetOrAddSection(name);
                        if (comment != null) current.Comment = string.Join("\n", comment); // a repeated section's comment replaces the first (as SE)
                    }
                    comment = null;
                    continue;
                }
                if (current == null && !skipping) return new MyIniParseResult(i + 1, "Expected [section] definition");
                string body = line.TrimStart(' ', '\t');
                int eq = body.IndexOf('=');
                if (eq < 0) return new MyIniParseResult(i + 1, "Expected key=value definition");
                string key = body.Substring(0, eq).TrimEnd(' ', '\t');
                if (key.Length == 0) return new MyIniParseResult(i + 1, "Key cannot be empty.");
                if (key.IndexOfAny(IllegalNameChars) >= 0) return new MyIniParseResult(i + 1, "Key contains illegal characters (\\r, \\n, |, =, [, ])");
                string value = body.Substring(eq + 1).Trim(' ', '\t');
                if (value.Length == 0 && i + 1 < lines.Length && lines[i + 1].StartsWith("|", StringComparison.Ordinal))
                {
                    var parts = new List<string>();
                    while (i + 1 < lines.Length && lines[i + 1].StartsWith("|", StringComparison.Ordinal))
                    {
                        i++;
                        parts.Add(lines[i].Substring(1));
                    }
                    value = string.Join("\n", parts);
                }
                if (skipping) { comment = null; continue; }
                if (current.ByName.ContainsKey(key)) return new MyIniParseResult(i + 1, "Duplicate key " + current.Name + "/" + key);
                var item = new Item { Name = key, Value = value, Comment = comment == null ? null : string.Join("\n", comment), SectionName = currentName };
                current.Items.Add(item);
                current.ByName[key] = item;
                comment = null;
            }
            if (comment != null) EndComment = string.Join("\n", comment);
            return MyIniParseResult.SuccessResult;
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

        private Item Find(string section, string name)
        {
            Section s;
            Item item;
            if (section == null || name == null || !m_byName.TryGetValue(section, out s)) return null;
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
            foreach (Item item in s.Items) keys.Add(new MyIniKey(item.SectionName ?? s.Name, item.Name));
        }

        public void GetKeys(List<MyIniKey> keys)
        {
            if (keys == null) return;
            keys.Clear();
            foreach (Section s in m_sections)
                foreach (Item item in s.Items) keys.Add(new MyIniKey(item.SectionName ?? s.Name, item.Name));
        }

        public MyIniValue Get(string section, string name)
        {
            Item item = Find(section, name);
            if (item == null) return MyIniValue.EMPTY;
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
            if (section == null || !m_byName.TryGetValue(section, out s)) throw new ArgumentException("Section does not exist", "section");
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
            if (item == null) throw new ArgumentException("Key does not exist", "name");
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
            m_content = null;
            return true;
        }

        public void Delete(string section, string name)
        {
            Section s;
            Item item;
            if (section == null || name == null || !m_byName.TryGetValue(section, out s)) return;
            if (!s.ByName.TryGetValue(name, out item)) return;
            m_content = null;
            s.ByName.Remove(name);
            s.Items.Remove(item);
        }

        public void Delete(MyIniKey key) { Delete(key.Section, key.Name); }

        /// <summary>Sets a value; null deletes the key.</summary>
        public void Set(string section, string name, string value)
        {
            if (value == null) { Delete(section, name); return; }
            new MyIniKey(section, name); // validates
            Section s = GetOrAddSection(section);
            Item item;
            m_content = null;
            if (s.ByName.TryGetValue(name, out item)) { item.Value = value; return; }
            item = new Item { Name = name, Value = value, SectionName = section };
            s.Items.Add(item);
            s.ByName[name] = item;
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
            if (comment == null) return;
            foreach (string line in comment.Split('\n')) sb.Append(';').Append(line).Append('\n');
        }

        private static bool NeedsMultiline(string value)
        {
            if (value.IndexOf('\n') >= 0) return true;
            if (value.Length == 0) return false;
            char first = value[0], last = value[value.Length - 1];
            return first == ' ' || first == '\t' || last == ' ' || last == '\t';
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
                foreach (Item item in s.Items)
                {
                    AppendComment(sb, item.Comment);
                    if (NeedsMultiline(item.Value))
                    {
                        sb.Append(item.Name).Append("=\n");
                        foreach (string line in item.Value.Split('\n')) sb.Append('|').Append(line).Append('\n');
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
