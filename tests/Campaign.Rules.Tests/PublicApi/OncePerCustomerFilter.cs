using Campaign.Rules.AgendaFilters;
using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.PublicApi;

using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

/// <summary>
/// A stateful filter: accepts a customer's match until one of them was selected to fire; logs Select and Remove.
/// Implements NRules' stateful filter and the indexed runtime's, so it runs on both.
/// </summary>
public sealed class OncePerCustomerFilter : IStatefulAgendaFilter, IStatefulMatchFilter
{
    private readonly HashSet<int> _fired = new();

    public List<string> Log { get; } = new();

    public bool Accept(AgendaContext context, Activation activation) => Accept(activation.Facts);

    public void Select(AgendaContext context, Activation activation) => Select(activation.Facts);

    public void Remove(AgendaContext context, Activation activation) => Remove(activation.Facts);

    public bool Accept(IMatch match) => Accept(match.Facts);

    public void Select(IMatch match) => Select(match.Facts);

    public void Remove(IMatch match) => Remove(match.Facts);

    private static Customer CustomerOf(IEnumerable<IFactMatch> facts) => facts.Select(f => f.Value).OfType<Customer>().Single();

    private bool Accept(IEnumerable<IFactMatch> facts) => !_fired.Contains(CustomerOf(facts).Id);

    private void Select(IEnumerable<IFactMatch> facts)
    {
        var customer = CustomerOf(facts);
        _fired.Add(customer.Id);
        Log.Add("select " + customer);
    }

    private void Remove(IEnumerable<IFactMatch> facts) => Log.Add("remove " + CustomerOf(facts));
}
