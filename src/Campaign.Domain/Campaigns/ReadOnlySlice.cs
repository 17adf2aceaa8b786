using System.Collections;

namespace Campaign.Domain.Campaigns;

/// <summary>
/// A read-only view of a run of an array: what the dataset's relation lookups return. Every mutator of
/// <see cref="IList{T}"/> throws <see cref="NotSupportedException"/>, so a caller cannot cast it back and change the index.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlySlice<T> : IList<T>, IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly int _start;
    private readonly int _count;

    /// <summary>Creates a view of <paramref name="count"/> elements of <paramref name="items"/> from <paramref name="start"/>.</summary>
    public ReadOnlySlice(T[] items, int start, int count)
    {
        _items = items;
        _start = start;
        _count = count;
    }

    /// <summary>The shared empty view.</summary>
    public static ReadOnlySlice<T> Empty { get; } = new([], 0, 0);

    /// <inheritdoc/>
    public int Count => _count;

    /// <inheritdoc/>
    public bool IsReadOnly => true;

    /// <inheritdoc/>
    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            return _items[_start + index];
        }

        set => throw ReadOnly();
    }

    /// <inheritdoc/>
    public int IndexOf(T item)
    {
        var index = Array.IndexOf(_items, item, _start, _count);
        return index < 0 ? -1 : index - _start;
    }

    /// <inheritdoc/>
    public bool Contains(T item) => Array.IndexOf(_items, item, _start, _count) >= 0;

    /// <inheritdoc/>
    public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, _start, array, arrayIndex, _count);

    /// <summary>A non-allocating enumerator.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items, _start, _count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The list is read-only.");

    /// <summary>Enumerates a <see cref="ReadOnlySlice{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private readonly int _end;
        private readonly int _start;
        private int _index;

        internal Enumerator(T[] items, int start, int count)
        {
            _items = items;
            _start = start;
            _end = start + count;
            _index = start - 1;
        }

        /// <inheritdoc/>
        public readonly T Current => _items[_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _end;

        /// <inheritdoc/>
        public void Reset() => _index = _start - 1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
