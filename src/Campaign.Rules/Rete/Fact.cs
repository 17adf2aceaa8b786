using Campaign.Rules.Agenda;
using NRules.RuleModel;

namespace Campaign.Rules.Rete;

/// <summary>A fact in working memory: the current object (an update may replace it with an equal-identity one).</summary>
internal sealed class Fact : IFact
{
    public Fact(object value)
    {
        Object = value;
    }

    public object Object { get; set; }

    /// <summary>The activation that owns this fact when it is linked; null for facts inserted directly.</summary>
    public Activation? Source { get; set; }

    /// <summary>The fact's entries in join right memories (a short list: one per join node it reached).</summary>
    public RightEntry? Entries { get; set; }

    /// <summary>The first alpha memory holding the fact (inline: most facts reach one or two memories).</summary>
    public AlphaMemory? Memory { get; set; }

    /// <summary>The second alpha memory holding the fact (inline; null when <see cref="Memory"/> is its only one).</summary>
    public AlphaMemory? Memory2 { get; set; }

    /// <summary>The other alpha memories holding the fact (a short list; null unless both inline ones are set).</summary>
    public AlphaLink? MoreMemories { get; set; }

    public Type Type => Object.GetType();

    public object? Value => Object;

    IFactSource? IFact.Source => Source is null ? null : new LinkedFactSource(Source);
}

/// <summary>A value bound in a match that is not a working-memory fact (query result, Let value).</summary>
internal sealed class ValueFact : IFact
{
    public ValueFact(Type type, object? value)
    {
        Type = type;
        Value = value;
    }

    public Type Type { get; }

    public object? Value { get; }

    public IFactSource? Source => null;
}

/// <summary>Fact identity: the same reference; else <see cref="IIdentityProvider"/>; else Equals/GetHashCode.</summary>
/// <remarks>
/// Whether a type implements <see cref="IIdentityProvider"/> is remembered for the last type seen (sets are mostly
/// of one type at a time), so a type that does not implement it costs one type comparison per call. One instance per
/// session (sessions are not thread-safe, neither is the cache); <see cref="Instance"/> is uncached for other uses.
/// </remarks>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new(cached: false);

    private readonly bool _cached;
    private Type? _lastType;
    private bool _lastIsProvider;

    public FactIdentityComparer(bool cached = true) => _cached = cached;

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (IsProvider(x) && y is IIdentityProvider yi)
        {
            return object.Equals(((IIdentityProvider)x).GetIdentity(), yi.GetIdentity());
        }

        return x.Equals(y);
    }

    public int GetHashCode(object obj) => IsProvider(obj)
        ? ((IIdentityProvider)obj).GetIdentity()?.GetHashCode() ?? 0
        : obj.GetHashCode();

    private bool IsProvider(object obj)
    {
        if (!_cached)
        {
            return obj is IIdentityProvider;
        }

        var type = obj.GetType();
        if (!ReferenceEquals(type, _lastType))
        {
            _lastIsProvider = obj is IIdentityProvider;
            _lastType = type;
        }

        return _lastIsProvider;
    }
}

/// <summary>Membership of a fact in an alpha memory.</summary>
internal sealed class AlphaLink
{
    public AlphaLink(AlphaMemory memory, AlphaLink? next)
    {
        Memory = memory;
        Next = next;
    }

    public AlphaMemory Memory { get; }

    public AlphaLink? Next { get; set; }
}
