// pbts C# stubs: System.Collections.Immutable. Mono (Debian's mono 6.8) does not ship this assembly,
// and the game's prologue imports the namespace, so a minimal working subset lives here: ImmutableArray<T>,
// ImmutableList<T> and their static factories (the IGC may carry these as payloads).
using System;
using System.Collections;
using System.Collections.Generic;

namespace System.Collections.Immutable
{
    public struct ImmutableArray<T> : IReadOnlyList<T>, IEquatable<ImmutableArray<T>>
    {
        public static readonly ImmutableArray<T> Empty = new ImmutableArray<T>(new T[0]);
        private readonly T[] m_array;

        internal ImmutableArray(T[] items)
        {
            m_array = items;
        }

        public int Length { get { return m_array.Length; } }
        public bool IsDefault { get { return m_array == null; } }
        public bool IsDefaultOrEmpty { get { return m_array == null || m_array.Length == 0; } }
        public bool IsEmpty { get { return m_array.Length == 0; } }
        public T this[int index] { get { return m_array[index]; } }
        int IReadOnlyCollection<T>.Count { get { return m_array.Length; } }

        public ImmutableArray<T> Add(T item)
        {
            var copy = new T[m_array.Length + 1];
            Array.Copy(m_array, copy, m_array.Length);
            copy[m_array.Length] = item;
            return new ImmutableArray<T>(copy);
        }

        public int IndexOf(T item) { return Array.IndexOf(m_array, item); }
        public bool Contains(T item) { return IndexOf(item) >= 0; }

        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)m_array).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return m_array.GetEnumerator(); }

        public bool Equals(ImmutableArray<T> other) { return ReferenceEquals(m_array, other.m_array); }
        public override bool Equals(object obj) { return obj is ImmutableArray<T> && Equals((ImmutableArray<T>)obj); }
        public override int GetHashCode() { return m_array == null ? 0 : m_array.GetHashCode(); }
        public static bool operator ==(ImmutableArray<T> a, ImmutableArray<T> b) { return a.Equals(b); }
        public static bool operator !=(ImmutableArray<T> a, ImmutableArray<T> b) { return !a.Equals(b); }
    }

    public static class ImmutableArray
    {
        public static ImmutableArray<T> Create<T>() { return ImmutableArray<T>.Empty; }
        public static ImmutableArray<T> Create<T>(params T[] items) { return new ImmutableArray<T>((T[])(items ?? new T[0]).Clone()); }
        public static ImmutableArray<T> CreateRange<T>(IEnumerable<T> items) { return new ImmutableArray<T>(new List<T>(items).ToArray()); }
        public static ImmutableArray<T> ToImmutableArray<T>(this IEnumerable<T> items) { return CreateRange(items); }
    }

    public sealed class ImmutableList<T> : IReadOnlyList<T>
    {
        public static readonly ImmutableList<T> Empty = new ImmutableList<T>(new List<T>());
        private readonly List<T> m_items;

        internal ImmutableList(List<T> items)
        {
            m_items = items;
        }

        public int Count { get { return m_items.Count; } }
        public bool IsEmpty { get { return m_items.Count == 0; } }
        public T this[int index] { get { return m_items[index]; } }

        public ImmutableList<T> Add(T item)
        {
            var copy = new List<T>(m_items);
            copy.Add(item);
            return new ImmutableList<T>(copy);
        }

        public ImmutableList<T> AddRange(IEnumerable<T> items)
        {
            var copy = new List<T>(m_items);
            copy.AddRange(items);
            return new ImmutableList<T>(copy);
        }

        public ImmutableList<T> RemoveAt(int index)
        {
            var copy = new List<T>(m_items);
            copy.RemoveAt(index);
            return new ImmutableList<T>(copy);
        }

        public int IndexOf(T item) { return m_items.IndexOf(item); }
        public bool Contains(T item) { return m_items.Contains(item); }

        public IEnumerator<T> GetEnumerator() { return m_items.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return m_items.GetEnumerator(); }
    }

    public static class ImmutableList
    {
        public static ImmutableList<T> Create<T>() { return ImmutableList<T>.Empty; }
        public static ImmutableList<T> Create<T>(params T[] items) { return new ImmutableList<T>(new List<T>(items ?? new T[0])); }
        public static ImmutableList<T> CreateRange<T>(IEnumerable<T> items) { return new ImmutableList<T>(new List<T>(items)); }
        public static ImmutableList<T> ToImmutableList<T>(this IEnumerable<T> items) { return CreateRange(items); }
    }
}
