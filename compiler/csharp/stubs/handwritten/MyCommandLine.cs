// pbts C# stubs (hand-written behaviour): VRage.Game.ModAPI.Ingame.Utilities.MyCommandLine. Twin of
// compiler/se/values/commandline.ts (the reference for what is parsed and why); both follow the game's
// parser (read from Keen's public source). CHOICE: a line break in the argument, on which the game's
// parser loops forever, throws the same message in both engines.
using System;
using System.Collections;
using System.Collections.Generic;

namespace VRage.Game.ModAPI.Ingame.Utilities
{
    public class MyCommandLine
    {
        /// <summary>Every item, arguments and switches ("-name"), in order; an index out of range is null.</summary>
        public class ItemCollection : IReadOnlyList<string>
        {
            private readonly List<string> m_items;
            internal ItemCollection(List<string> items) { m_items = items; }
            public int Count { get { return m_items.Count; } }
            public string this[int index] { get { return index < 0 || index >= m_items.Count ? null : m_items[index]; } }
            public List<string>.Enumerator GetEnumerator() { return m_items.GetEnumerator(); }
            IEnumerator<string> IEnumerable<string>.GetEnumerator() { return m_items.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return m_items.GetEnumerator(); }
        }

        /// <summary>The switches' names (without "-"), each once, in the order first seen.</summary>
        public class SwitchCollection : IReadOnlyCollection<string>
        {
            private readonly List<string> m_names;
            internal SwitchCollection(List<string> names) { m_names = names; }
            public int Count { get { return m_names.Count; } }
            public List<string>.Enumerator GetEnumerator() { return m_names.GetEnumerator(); }
            IEnumerator<string> IEnumerable<string>.GetEnumerator() { return m_names.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return m_names.GetEnumerator(); }
        }

        private readonly List<string> m_items = new List<string>();
        private readonly Dictionary<string, int> m_switchIndexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> m_switchNames = new List<string>();
        private readonly List<int> m_argumentIndexes = new List<int>();

        public MyCommandLine()
        {
            Items = new ItemCollection(m_items);
            Switches = new SwitchCollection(m_switchNames);
        }

        public ItemCollection Items { get; private set; }
        public SwitchCollection Switches { get; private set; }
        public int ArgumentCount { get { return m_argumentIndexes.Count; } }

        static bool IsNewLine(string s, int i) { return s[i] == '\n' || (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n'); }

        public bool TryParse(string argument)
        {
            Clear();
            if (string.IsNullOrEmpty(argument)) return false;
            string s = argument;
            int p = 0;
            while (true)
            {
                while (p < s.Length && !IsNewLine(s, p) && char.IsWhiteSpace(s[p])) p++;
                if (p >= s.Length) break;
                if (IsNewLine(s, p)) throw new Exception("MyCommandLine.TryParse: the argument holds a line break, on which the game's parser loops forever. Split the text into lines first.");
                int start = p;
                string item = Quoted(s, ref p);
                int index = m_items.Count;
                m_items.Add(item);
                if (s[start] == '-')
                {
                    string name = item.Substring(1);
                    if (m_switchIndexes.ContainsKey(name)) m_switchIndexes[name] = index;
                    else
                    {
                        m_switchIndexes.Add(name, index);
                        m_switchNames.Add(name);
                    }
                }
                else m_argumentIndexes.Add(index);
            }
            return m_items.Count > 0;
        }

        static string Quoted(string s, ref int p)
        {
            int start = p;
            bool inQuotes = s[p] == '"';
            if (inQuotes) start++;
            for (int i = start; i < s.Length; i++)
            {
                if (s[i] == '"') inQuotes = !inQuotes;
                if (!inQuotes && char.IsWhiteSpace(s[i]))
                {
                    p = i;
                    int end = s[i - 1] == '"' ? i - 1 : i;
                    return s.Substring(start, Math.Max(0, end - start));
                }
            }
            p = s.Length;
            int last = s[s.Length - 1] == '"' ? s.Length - 1 : s.Length;
            return s.Substring(start, Math.Max(0, last - start));
        }

        public string Argument(int index)
        {
            if (index < 0 || index >= m_argumentIndexes.Count) return null;
            return m_items[m_argumentIndexes[index]];
        }

        public bool Switch(string name) { return m_switchIndexes.ContainsKey(name); }

        public string Switch(string name, int relativeArgument)
        {
            string key = name.Length > 0 && name[0] == '-' ? name.Substring(1) : name;
            int at;
            if (!m_switchIndexes.TryGetValue(key, out at)) return null;
            int target = relativeArgument + 1 + at;
            for (int i = target; i > at; i--) if (!m_argumentIndexes.Contains(i)) return null;
            if (target < 0 || target >= m_items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return m_items[target];
        }

        public void Clear()
        {
            m_items.Clear();
            m_switchIndexes.Clear();
            m_switchNames.Clear();
            m_argumentIndexes.Clear();
        }
    }
}
