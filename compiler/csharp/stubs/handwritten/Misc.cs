// pbts C# stubs, hand-written: VRage.Collections.ListReader (collection plumbing) and the
// VRage.Scripting.MemorySafeTypes namespace the game's prologue imports (its types are not offered:
// scripts name the BCL types). Everything else of the API is generated (stubs/generated/).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using VRage.Game;
using VRage.Game.Components;
using VRage.Game.ModAPI.Ingame;

namespace VRage.Collections
{
    /// <summary>A read-only view of a List (SE's ListReader).</summary>
    public struct ListReader<T> : IEnumerable<T>
    {
        private readonly List<T> m_list;

        public ListReader(List<T> list)
        {
            m_list = list ?? new List<T>();
        }

        public int Count { get { return m_list == null ? 0 : m_list.Count; } }

        public T this[int index] { get { return m_list[index]; } }

        public List<T>.Enumerator GetEnumerator()
        {
            return (m_list ?? new List<T>()).GetEnumerator();
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return GetEnumerator(); }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public static implicit operator ListReader<T>(List<T> list)
        {
            return new ListReader<T>(list);
        }
    }
}

namespace VRage.Scripting.MemorySafeTypes
{
    /// <summary>
    /// SE's memory-safe replacement types live here (the game rewrites some BCL uses to them). Only a
    /// placeholder so the namespace exists; scripts do not name these types.
    /// </summary>
    public class MemorySafeStringBuilder
    {
        private readonly StringBuilder m_builder = new StringBuilder();

        public int Length { get { return m_builder.Length; } }

        public override string ToString() { return m_builder.ToString(); }
    }
}
