using System.Collections;

namespace Infomaniak.Domain.Common;

/// <summary>
/// A read-only view over a set an aggregate keeps: reads go to the set itself (no copy per read), and the view cannot
/// be cast back to a mutable set.
/// </summary>
internal sealed class ReadOnlySetView<T>(HashSet<T> set) : IReadOnlySet<T>
{
    public int Count => set.Count;

    public bool Contains(T item) => set.Contains(item);

    public HashSet<T>.Enumerator GetEnumerator() => set.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => set.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => set.GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<T> other) => set.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<T> other) => set.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<T> other) => set.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<T> other) => set.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<T> other) => set.Overlaps(other);

    public bool SetEquals(IEnumerable<T> other) => set.SetEquals(other);
}
