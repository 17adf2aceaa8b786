using Campaign.Rules.Fluent;
using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.RuleModel;
using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Fluent;

public class RuleDefinitionTests
{
    [Name("Unbound")]
    public class UnboundVariableRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(order.ToString()));
        }
    }

    [Name("Alias outside")]
    public class AliasOutsideRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name == customer.Name.ToUpperInvariant().Trim() + customer.Id);
            var name = customer.Name;
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(name));
        }
    }

    [Name("Not in every branch")]
    public class OrBindingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Or(x => x.Match(() => customer).Match(() => order));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer.ToString()));
        }
    }

    [Name("Meta")]
    [Description("Has metadata")]
    [Tag("a")]
    [Tag("b")]
    [Priority(3)]
    [Repeatability(RuleRepeatability.NonRepeatable)]
    public class MetadataRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer.ToString()));
        }
    }

    public class RenamedRule : Rule
    {
        public override void Define()
        {
            Name("Renamed in Define");
            Priority(-2);
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer.ToString()));
        }
    }

    [Fact]
    public void UnboundVariable_ThrowsRuleDefinitionExceptionNamingRuleAndVariable()
    {
        var act = () => Engine.Compile(typeof(UnboundVariableRule));

        var error = act.Should().Throw<RuleDefinitionException>().Which;
        error.RuleName.Should().Be("Unbound");
        error.Message.Should().Contain("customer");
    }

    [Fact]
    public void AliasReadOutsideAnExpression_ThrowsRuleDefinitionException()
    {
        var act = () => Engine.Compile(typeof(AliasOutsideRule));

        act.Should().Throw<RuleDefinitionException>().Which.RuleName.Should().Be("Alias outside");
    }

    [Fact]
    public void AliasUsedInActionButNotBoundInEveryOrBranch_Throws()
    {
        var act = () => Engine.Compile(typeof(OrBindingRule));

        act.Should().Throw<RuleDefinitionException>().Which.Message.Should().Contain("customer");
    }

    [Fact]
    public void Attributes_GiveTheRuleMetadata()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MetadataRule), typeof(RenamedRule)));

        var rules = repository.GetRuleSets().Single().Rules;

        var meta = rules.Single(r => r.Name == "Meta");
        meta.Description.Should().Be("Has metadata");
        meta.Tags.Should().Equal("a", "b");
        meta.Priority.Should().Be(3);
        meta.Repeatability.Should().Be(RuleRepeatability.NonRepeatable);
        var renamed = rules.Single(r => r.Name == "Renamed in Define");
        renamed.Priority.Should().Be(-2);
    }

    [Fact]
    public void Load_WhereAndTo_FilterByMetadataIntoNamedRuleSets()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(MetadataRule), typeof(RenamedRule)).Where(m => m.Tags.Contains("a")).To("tagged"));

        var sets = repository.GetRuleSets();

        sets.Should().ContainSingle().Which.Name.Should().Be("tagged");
        sets[0].Rules.Select(r => r.Name).Should().Equal("Meta");
    }

    [Fact]
    public void Load_FromAssemblyScanner_FindsNestedPublicRules()
    {
        var scanner = new RuleTypeScanner();
        scanner.AssemblyOf<RuleDefinitionTests>().NestedTypes();

        var types = scanner.GetRuleTypes();

        types.Should().Contain(typeof(MetadataRule));
    }
}
