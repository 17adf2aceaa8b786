namespace Campaign.Rules.Tests.PublicApi;

using NRules;
using NRules.AgendaFilters;

/// <summary>An agenda filter written for NRules only (no <c>IMatchFilter</c>): refused by the indexed runtime.</summary>
public sealed class NRulesOnlyFilter : IAgendaFilter
{
    public bool Accept(AgendaContext context, Activation activation) => false;
}
