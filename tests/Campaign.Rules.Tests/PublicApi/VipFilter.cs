using Campaign.Rules.AgendaFilters;
using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.PublicApi;

using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

/// <summary>Accepts only matches whose customer is a VIP; implements NRules' filter and the indexed runtime's, so it runs on both.</summary>
public sealed class VipFilter : IAgendaFilter, IMatchFilter
{
    public bool Accept(AgendaContext context, Activation activation) => Accept(activation.Facts);

    public bool Accept(IMatch match) => Accept(match.Facts);

    private static bool Accept(IEnumerable<IFactMatch> facts) => facts.Select(f => f.Value).OfType<Customer>().All(c => c.IsVip);
}
