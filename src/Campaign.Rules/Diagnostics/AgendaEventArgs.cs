using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Diagnostics;

/// <summary>Data of an agenda event (activation created/updated/deleted, rule firing/fired).</summary>
public sealed class AgendaEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="facts">The facts of the match, in pattern order.</param>
    public AgendaEventArgs(IRuleDefinition rule, IReadOnlyList<IFact> facts)
    {
        Rule = rule;
        Facts = facts;
    }

    /// <summary>The rule of the activation.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>The facts (and computed values) of the match, in pattern order.</summary>
    public IReadOnlyList<IFact> Facts { get; }
}
