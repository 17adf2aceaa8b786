using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Campaign.Compliance.Findings;

/// <summary>
/// The rule-specific numbers of a finding (for example <c>daysOverdue</c>), keyed by camelCase name.
/// Immutable; keys are unique and enumerate in ordinal order, so the same details always print the same way.
/// </summary>
public sealed class FindingDetails : IReadOnlyDictionary<string, double>, IEquatable<FindingDetails>
{
    private readonly string[] _keys;
    private readonly double[] _values;

    private FindingDetails(string[] keys, double[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>Details with no entries.</summary>
    public static FindingDetails Empty { get; } = new([], []);

    /// <inheritdoc />
    public int Count => _keys.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc />
    public IEnumerable<double> Values => _values;

    /// <inheritdoc />
    public double this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The finding has no detail '{key}'.");

    /// <summary>Details with one entry.</summary>
    /// <param name="key">A non-empty name.</param>
    /// <param name="value">A finite number.</param>
    public static FindingDetails Of(string key, double value) => From([new KeyValuePair<string, double>(key, value)]);

    /// <summary>Details from entries; keys must be non-empty and distinct and values finite.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <exception cref="ArgumentException">A key is empty or repeated, or a value is not finite.</exception>
    public static FindingDetails From(IEnumerable<KeyValuePair<string, double>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        if (list.Count == 0)
        {
            return Empty;
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = new string[list.Count];
        var values = new double[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var (key, value) = list[i];
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("A finding detail needs a non-empty name.", nameof(entries));
            }

            if (i > 0 && string.Equals(keys[i - 1], key, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The finding detail '{key}' is given twice.", nameof(entries));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"The finding detail '{key}' is not a finite number.", nameof(entries));
            }

            keys[i] = key;
            values[i] = value;
        }

        return new FindingDetails(keys, values);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        var index = key is null ? -1 : Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        if (index >= 0)
        {
            value = _values[index];
            return true;
        }

        value = 0;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, double>(_keys[i], _values[i]);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both hold the same keys with the same values.</summary>
    /// <param name="other">The other details.</param>
    public bool Equals(FindingDetails? other)
    {
        if (other is null || other._keys.Length != _keys.Length)
        {
            return false;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (!string.Equals(_keys[i], other._keys[i], StringComparison.Ordinal) || !_values[i].Equals(other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FindingDetails);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        for (var i = 0; i < _keys.Length; i++)
        {
            hash.Add(_keys[i], StringComparer.Ordinal);
            hash.Add(_values[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>The details as <c>key=value</c> pairs, invariant culture.</summary>
    public override string ToString() =>
        string.Join(", ", _keys.Select((k, i) => k + "=" + FormatValue(_values[i])));

    /// <summary>A detail value as text: whole numbers without decimals, others with up to four.</summary>
    /// <param name="value">The value.</param>
    internal static string FormatValue(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.####", CultureInfo.InvariantCulture);
}
