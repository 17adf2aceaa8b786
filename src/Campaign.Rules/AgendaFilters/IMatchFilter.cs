using NRules.RuleModel;

namespace Campaign.Rules.AgendaFilters;

/// <summary>
/// An agenda filter of the indexed runtime: decides whether a match is added to the agenda. NRules'
/// <c>IAgendaFilter.Accept</c> takes NRules' <c>Activation</c>, which only NRules can create, so a filter added at run
/// time through <c>session.Agenda.AddFilter</c> implements this interface too (it may implement both and then works
/// on both runtimes).
/// </summary>
public interface IMatchFilter
{
    /// <summary>Returns false to keep the match off the agenda.</summary>
    /// <param name="match">The match: its rule, facts and trigger.</param>
    /// <returns>True to accept.</returns>
    bool Accept(IMatch match);
}
