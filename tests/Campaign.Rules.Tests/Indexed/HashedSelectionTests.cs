using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Indexed;

public class HashedSelectionTests
{
    public class FirstCustomerRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.CustomerId == 1);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("first " + order));
        }
    }

    public class SecondCustomerRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.CustomerId == 2);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("second " + order));
        }
    }

    public class NamedRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name == "ann");
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("ann " + customer));
        }
    }

    [Fact]
    public void ConstantEqualityTestsOnOneField_ShareOneHashedNode()
    {
        var factory = Engine.Compile(Runtime.IndexedName, typeof(FirstCustomerRule), typeof(SecondCustomerRule));

        var nodes = factory.GetIndexedSchema().Nodes;

        nodes.Count(n => n.NodeType == Campaign.Rules.NodeType.HashedSelection).Should().Be(1);
    }

    [Fact]
    public void HashedDispatch_RoutesFactsByValue_AndFollowsUpdates()
    {
        var (session, recorder) = Engine.Session(Runtime.IndexedName, typeof(FirstCustomerRule), typeof(SecondCustomerRule), typeof(NamedRule));
        var order = new Order(10, 1);
        var customer = new Customer(1, "bob");
        session.InsertAll([order, new Order(11, 2), new Order(12, 3), customer]);
        session.Fire();

        order.CustomerId = 2;
        session.Update(order);
        customer.Name = "ann";
        session.Update(customer);
        session.Fire();
        session.Retract(order);

        recorder.Firings.Should().Equal("first O10", "second O11", "second O10", "ann C1");
        session.GetIndexedSchema().Nodes.Where(n => n.NodeType == Campaign.Rules.NodeType.HashedSelection).Sum(n => n.FactCount).Should().Be(2);
    }
}
