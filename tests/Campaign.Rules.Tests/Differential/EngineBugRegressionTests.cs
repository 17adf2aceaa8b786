using Campaign.Rules.Fluent;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Engine bugs found by the differential test, as concrete scenarios (regressions: both are fixed on the engine
/// branch). A new bug gets a skipped test here until it is fixed.
/// </summary>
public sealed class EngineBugRegressionTests
{
    [Fact] // found by the differential test; fixed on the engine branch
    public void Update_OfTheFactBeforeAnEmptyCollect_FiresTheRepeatableRuleAgain()
    {
        // Arrange
        var session = Compile(typeof(CollectRule)).CreateSession();
        var customer = new Customer(1, 0, 0);
        session.Insert(customer);
        session.Fire().Should().Be(1);

        // Act
        customer.Level = 3;
        session.Update(customer);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1, "the match (customer, empty collection) still holds and the rule is Repeatable");
    }

    [Fact]
    public void Update_OfTheFactBeforeANonEmptyCollect_FiresTheRepeatableRuleAgain()
    {
        // Arrange: the same scenario with one order in the collection works
        var session = Compile(typeof(CollectRule)).CreateSession();
        var customer = new Customer(1, 0, 0);
        session.Insert(customer);
        session.Insert(new Order(1, 1, 5));
        session.Fire().Should().Be(1);

        // Act
        customer.Level = 3;
        session.Update(customer);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(1);
    }

    [Fact] // was a bug found here: the first node of each rule counted the root token (fixed on the engine branch)
    public void EmptySession_FirstJoinOfEachRule_CountsNoTuple()
    {
        // Arrange
        var session = Compile(typeof(JoinEqRule), typeof(NotRule)).CreateSession();

        // Act
        var schema = session.GetSchema();

        // Assert
        schema.Nodes.Should().OnlyContain(n => n.TupleCount == 0 && n.FactCount == 0);
    }

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        return repository.Compile();
    }
}
