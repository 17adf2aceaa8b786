using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Diagnostics;

/// <summary>Data of a working-memory event (fact inserting/inserted/updating/updated/retracting/retracted).</summary>
public sealed class WorkingMemoryEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="fact">The fact.</param>
    public WorkingMemoryEventArgs(IFact fact) => Fact = fact;

    /// <summary>The fact concerned.</summary>
    public IFact Fact { get; }
}
