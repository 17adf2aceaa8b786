using Campaign.Rules.Integration.DependencyInjection;
using Campaign.Rules.Tests.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Campaign.Rules.Tests.Integration;

using NRules;

/// <summary>The container integration; the rule classes are top-level, as NRules' repository loads no nested type by default.</summary>
public class AddRulesTests
{
    [Theory]
    [BothRuntimes]
    public void AddRules_BuildsRulesThroughTheContainer_AndSessionsResolveDependenciesFromIt(string runtime)
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddSingleton<Greeter>();
        services.AddScoped<Journal>();
        services.AddRules(x => x.Type(typeof(InjectedRule)), Runtime.Named(runtime).IsIndexed ? RuleRuntime.Indexed : RuleRuntime.NRules);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        // Act
        var session = scope.ServiceProvider.GetRequiredService<ISession>();
        session.Insert(new Customer(1));
        session.Fire();

        // Assert
        scope.ServiceProvider.GetRequiredService<Journal>().Lines.Should().Equal("hello C1");
        provider.GetRequiredService<ISessionFactory>().Should().BeSameAs(provider.GetRequiredService<ISessionFactory>());
    }

    [Fact]
    public void AddRules_ChoosesTheRuntime()
    {
        // The indexed runtime's factory describes its network; NRules' does not (engine.md, permitted differences).
        ISessionFactory Factory(RuleRuntime runtime)
        {
            var services = new ServiceCollection();
            services.AddSingleton<Greeter>();
            services.AddRules(x => x.Type(typeof(InjectedRule)), runtime);
            return services.BuildServiceProvider().GetRequiredService<ISessionFactory>();
        }

        Factory(RuleRuntime.Indexed).GetIndexedSchema().Nodes.Should().NotBeEmpty();
        var nrules = () => Factory(RuleRuntime.NRules).GetIndexedSchema();
        nrules.Should().Throw<NotSupportedException>();
    }
}
