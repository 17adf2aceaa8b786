using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Integration;

public class InjectedRule : Rule
{
    private readonly Greeter _greeter;

    public InjectedRule(Greeter greeter) => _greeter = greeter;

    public override void Define()
    {
        Customer customer = null!;
        Journal journal = null!;
        Dependency().Resolve(() => journal);
        When().Match(() => customer);
        Then().Do(ctx => journal.Lines.Add(_greeter.Greet(customer)));
    }
}
