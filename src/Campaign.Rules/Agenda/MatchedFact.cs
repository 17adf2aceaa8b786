using Campaign.Rules.Rete;
using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>A fact of a match with the declaration that bound it (what NRules' <c>IMatch.Facts</c> reports).</summary>
internal sealed class MatchedFact : IFactMatch
{
    private readonly Fact? _fact;

    public MatchedFact(Declaration declaration, object? value, Fact? fact)
    {
        Declaration = declaration;
        Value = value;
        _fact = fact;
    }

    public Declaration Declaration { get; }

    public Type Type => Value?.GetType() ?? Declaration.Type;

    public object? Value { get; }

    public IFactSource? Source => _fact is null ? null : ((IFact)_fact).Source;
}
