using NRules.RuleModel;

namespace Campaign.Rules.AgendaFilters;

/// <summary>A match filter told when an accepted match fires (<see cref="Select"/>) or leaves the agenda (<see cref="Remove"/>).</summary>
public interface IStatefulMatchFilter : IMatchFilter
{
    /// <summary>Called when the match is selected for firing.</summary>
    /// <param name="match">The match.</param>
    void Select(IMatch match);

    /// <summary>Called when the match is removed from the agenda without firing.</summary>
    /// <param name="match">The match.</param>
    void Remove(IMatch match);
}
