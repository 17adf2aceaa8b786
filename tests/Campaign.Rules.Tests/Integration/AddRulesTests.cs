using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.Integration.DependencyInjection;
using Campaign.Rules.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Rules.Tests.Integration;

public class AddRulesTests
{
    public sealed class Greeter
    {
        public string Greet(Customer customer) => "hello " + customer;
    }

    public sealed class Journal
    {
        public List<string> Lines { get; } = new();
    }

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

    [Fact]
    public void AddRules_BuildsRulesThroughTheContainer_AndSessionsResolveDependenciesFromIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Greeter>();
        services.AddScoped<Journal>();
        services.AddRules(x => x.Type(typeof(InjectedRule)));
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var session = scope.ServiceProvider.GetRequiredService<ISession>();
        session.Insert(new Customer(1));
        session.Fire();

        scope.ServiceProvider.GetRequiredService<Journal>().Lines.Should().Equal("hello C1");
        provider.GetRequiredService<ISessionFactory>().Should().BeSameAs(provider.GetRequiredService<ISessionFactory>());
    }
}
