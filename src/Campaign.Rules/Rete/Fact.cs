using Campaign.Rules.Agenda;
using Campaign.Rules.RuleModel;

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

    /// <summary>The alpha memories holding the fact (a short list).</summary>
    public AlphaLink? Memories { get; set; }

    public Type Type => Object.GetType();

    public object? Value => Object;
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
}

/// <summary>Fact identity: the same reference; else <see cref="IIdentityProvider"/>; else Equals/GetHashCode.</summary>
internal sealed class FactIdentityComparer : IEqualityComparer<object>
{
    public static readonly FactIdentityComparer Instance = new();

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

        if (x is IIdentityProvider xi && y is IIdentityProvider yi)
        {
            return object.Equals(xi.GetIdentity(), yi.GetIdentity());
        }

        return x.Equals(y);
    }

    public int GetHashCode(object obj) => obj is IIdentityProvider identity
        ? identity.GetIdentity()?.GetHashCode() ?? 0
        : obj.GetHashCode();
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
