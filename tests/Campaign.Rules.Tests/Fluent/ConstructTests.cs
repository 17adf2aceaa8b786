using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Fluent;

public class ConstructTests
{
    public class OrRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Or(x => x
                    .Exists<Order>(o => o.CustomerId == customer.Id && o.Amount > 100)
                    .And(y => y.Match<Order>(o => o.CustomerId == customer.Id).Having(() => customer.IsVip)));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("or " + customer));
        }
    }

    public class LetRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            string label = null!;
            When()
                .Match(() => customer)
                .Let(() => label, () => customer.Name + "#" + customer.Id)
                .Having(() => label.StartsWith('x'));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(label));
        }
    }

    public class DependencyRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Recorder recorder = null!;
            Dependency().Resolve(() => recorder);
            When().Match(() => customer);
            Then().Do(ctx => recorder.Add("dep " + customer));
        }
    }

    public class SelfJoinRule : Rule
    {
        public override void Define()
        {
            Customer first = null!;
            Customer second = null!;
            When()
                .Match(() => first)
                .Match(() => second, c => c.Name == first.Name, c => c.Id > first.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(first + "=" + second));
        }
    }

    public class SharedAlphaRuleA : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 50);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("A " + order));
        }
    }

    public class SharedAlphaRuleB : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 50);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("B " + order));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Or_ActivatesOncePerSatisfiedBranch(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(OrRule));
        session.InsertAll([new Customer(1, isVip: true), new Customer(2), new Order(10, 1, 500), new Order(11, 2, 500), new Order(12, 2, 5)]);

        session.Fire();

        recorder.Firings.Should().BeEquivalentTo(["or C1", "or C1", "or C2"]);
    }

    [Theory]
    [BothRuntimes]
    public void Let_BindsAComputedValueUsableInHavingAndActions(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(LetRule));
        var customer = new Customer(1, "y");
        session.InsertAll([customer, new Customer(2, "xa")]);
        session.Fire();

        customer.Name = "xb";
        session.Update(customer);
        session.Fire();

        recorder.Firings.Should().Equal("xa#2", "xb#1");
    }

    [Theory]
    [BothRuntimes]
    public void Dependency_IsResolvedAtFiringTime(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(DependencyRule));
        session.Insert(new Customer(1));

        session.Fire();

        recorder.Firings.Should().Equal("dep C1");
    }

    [Theory]
    [BothRuntimes]
    public void SelfJoin_OnTheSameAlphaMemory_ProducesEachPairOnce(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(SelfJoinRule));
        var c3 = new Customer(3, "b");
        session.InsertAll([new Customer(1, "a"), new Customer(2, "a"), c3]);
        session.Fire();

        c3.Name = "a";
        session.Update(c3);
        session.Fire();

        recorder.Firings.Should().Equal("C1=C2", "C1=C3", "C2=C3");
    }

    [Fact]
    public void IdenticalAlphaTests_AreSharedBetweenRules()
    {
        // Indexed only: inspects the indexed runtime's network (GetIndexedSchema), which NRules' runtime does not have.
        const string runtime = Runtime.IndexedName;
        var factory = Engine.Compile(runtime, typeof(SharedAlphaRuleA), typeof(SharedAlphaRuleB));

        var schema = factory.GetIndexedSchema();

        schema.Nodes.Count(n => n.NodeType == Campaign.Rules.NodeType.Selection).Should().Be(1);
        schema.Nodes.Count(n => n.NodeType == Campaign.Rules.NodeType.Rule).Should().Be(2);
    }
}
