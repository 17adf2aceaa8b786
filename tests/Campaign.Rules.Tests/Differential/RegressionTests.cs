using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Differential;

using static Campaign.Rules.Tests.Differential.DifferentialRules;

/// <summary>Engine bugs found by the differential tests, as concrete scenarios that must stay fixed.</summary>
public sealed class RegressionTests
{
    [Theory]
    [BothRuntimes]
    public void Update_OfTheFactBeforeAnEmptyCollect_FiresTheRepeatableRuleAgain(string runtime)
    {
        // Arrange
        var session = Engine.Compile(runtime, typeof(OrdersOfCustomer)).CreateSession();
        session.DependencyResolver = new FiringLog();
        var customer = new Customer(1);
        session.Insert(customer);
        session.Fire().Should().Be(1);

        // Act
        customer.IsVip = true;
        session.Update(customer);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1, "the match (customer, empty collection) still holds and the rule is Repeatable");
    }

    [Theory]
    [BothRuntimes]
    public void Update_OfTheFactBeforeANonEmptyCollect_FiresTheRepeatableRuleAgain(string runtime)
    {
        // Arrange
        var session = Engine.Compile(runtime, typeof(OrdersOfCustomer)).CreateSession();
        session.DependencyResolver = new FiringLog();
        var customer = new Customer(1);
        session.InsertAll([customer, new Order(1, 1, 5)]);
        session.Fire().Should().Be(1);

        // Act
        customer.IsVip = true;
        session.Update(customer);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1);
    }

    [Fact]
    public void EmptySession_FirstJoinOfEachRule_CountsNoTuple()
    {
        // Indexed only: reads the indexed runtime's node counters (the root token was once counted in the first join).
        var session = Engine.Compile(Runtime.IndexedName, typeof(VipOrderJoin), typeof(CustomerWithoutOrders)).CreateSession();

        var schema = session.GetIndexedSchema();

        schema.Nodes.Should().NotBeEmpty().And.OnlyContain(n => n.TupleCount == 0 && n.FactCount == 0);
    }
}
