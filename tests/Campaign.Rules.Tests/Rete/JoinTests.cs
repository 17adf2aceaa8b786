using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.Rete;

public class JoinTests
{
    public class CustomerOrderRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsVip)
                .Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount > 5);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "-" + order));
        }
    }

    public class NonEqualityJoinRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer)
                .Match(() => order, o => o.CustomerId < customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "-" + order));
        }
    }

    public class BaseTypeRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer.GetType().Name));
        }
    }

    [Theory]
    [BothRuntimes]
    public void EqualityJoin_MatchesOnlyFactsWithTheSameKey(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerOrderRule));
        session.InsertAll([new Customer(1, isVip: true), new Customer(2, isVip: true), new Customer(3)]);
        session.InsertAll([new Order(10, 1), new Order(11, 2), new Order(12, 2), new Order(13, 3), new Order(14, 1, amount: 1)]);

        var fired = session.Fire();

        fired.Should().Be(3);
        recorder.Firings.Should().BeEquivalentTo(["C1-O10", "C2-O11", "C2-O12"]);
    }

    [Theory]
    [BothRuntimes]
    public void EqualityJoin_OrderInsertedBeforeCustomer_StillMatches(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerOrderRule));
        session.Insert(new Order(10, 1));
        session.Insert(new Customer(1, isVip: true));

        session.Fire();

        recorder.Firings.Should().Equal("C1-O10");
    }

    [Theory]
    [BothRuntimes]
    public void Update_ChangingTheJoinKey_MovesTheMatch(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerOrderRule));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1, isVip: true), new Customer(2, isVip: true), order]);
        session.Fire();

        order.CustomerId = 2;
        session.Update(order);
        var fired = session.Fire();

        fired.Should().Be(1);
        recorder.Firings.Should().Equal("C1-O10", "C2-O10");
    }

    [Theory]
    [BothRuntimes]
    public void Update_ChangingTheLeftFactOutOfItsAlphaTest_RemovesTheActivation(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerOrderRule));
        var customer = new Customer(1, isVip: true);
        session.InsertAll([customer, new Order(10, 1)]);

        customer.IsVip = false;
        session.Update(customer);

        session.Fire().Should().Be(0);
        recorder.Firings.Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void Retract_RemovesTheMatch(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerOrderRule));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1, isVip: true), order]);

        session.Retract(order);

        session.Fire().Should().Be(0);
        recorder.Firings.Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void NonEqualityJoin_IsEvaluatedAsAResidualFilter(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(NonEqualityJoinRule));
        session.InsertAll([new Customer(2), new Customer(3)]);
        session.InsertAll([new Order(10, 1), new Order(11, 2)]);

        session.Fire();

        recorder.Firings.Should().BeEquivalentTo(["C2-O10", "C3-O10", "C3-O11"]);
    }

    [Theory]
    [BothRuntimes]
    public void Match_DerivedType_IsMatched(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(BaseTypeRule));
        session.Insert(new PreferredCustomer(1));

        session.Fire();

        recorder.Firings.Should().Equal(nameof(PreferredCustomer));
    }

    [Fact]
    public void EqualityJoin_IsServedByAHashIndex()
    {
        // Indexed only: inspects the indexed runtime's network (GetIndexedSchema), which NRules' runtime does not have.
        const string runtime = Runtime.IndexedName;
        var factory = Engine.Compile(runtime, typeof(CustomerOrderRule));

        var schema = factory.GetIndexedSchema();

        schema.Nodes.Should().Contain(n => n.NodeType == Campaign.Rules.NodeType.Join && n.Label.Contains("hash"));
    }

    [Fact]
    public void RetractingEverything_LeavesEveryMemoryEmpty()
    {
        // Indexed only: inspects the indexed runtime's network (GetIndexedSchema), which NRules' runtime does not have.
        const string runtime = Runtime.IndexedName;
        var (session, _) = Engine.Session(runtime, typeof(CustomerOrderRule), typeof(NonEqualityJoinRule));
        var facts = new List<object>();
        for (var i = 0; i < 20; i++)
        {
            facts.Add(new Customer(i, isVip: i % 2 == 0));
            facts.Add(new Order(100 + i, i % 5));
        }

        session.InsertAll(facts);
        session.Fire();
        var before = Engine.TotalCount(session);

        session.RetractAll(facts);

        before.Should().BeGreaterThan(0);
        Engine.TotalCount(session).Should().Be(0);
    }
}
