using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests;

public class WorkingMemoryTests
{
    public class KeyedRule : Rule
    {
        public override void Define()
        {
            Keyed keyed = null!;
            When().Match(() => keyed);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(keyed.Key + "=" + keyed.Value));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Insert_SameFactTwice_Throws(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(KeyedRule));
        var customer = new Customer(1);
        session.Insert(customer);

        var act = () => session.Insert(customer);

        act.Should().Throw<ArgumentException>();
        session.TryInsert(customer).Should().BeFalse();
    }

    [Theory]
    [BothRuntimes]
    public void UpdateOrRetract_AbsentFact_ThrowsAndTheTryVariantsReturnFalse(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(KeyedRule));
        var customer = new Customer(1);

        var update = () => session.Update(customer);
        var retract = () => session.Retract(customer);

        update.Should().Throw<ArgumentException>();
        retract.Should().Throw<ArgumentException>();
        session.TryUpdate(customer).Should().BeFalse();
        session.TryRetract(customer).Should().BeFalse();
    }

    [Theory]
    [BothRuntimes]
    public void InsertAll_WithOnePresent_InsertsNone(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(KeyedRule));
        var present = new Customer(1);
        session.Insert(present);

        var act = () => session.InsertAll([new Customer(2), present]);

        act.Should().Throw<ArgumentException>();
        session.Query<Customer>().Should().ContainSingle();
    }

    [Theory]
    [BothRuntimes]
    public void IdentityProvider_AnotherInstanceWithTheSameIdentity_IsTheSameFact(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(KeyedRule));
        session.Insert(new Keyed("a", 1));
        session.Fire();

        var duplicateInserted = session.TryInsert(new Keyed("a", 5));
        session.Update(new Keyed("a", 2));
        session.Fire();
        session.Retract(new Keyed("a", 3));

        duplicateInserted.Should().BeFalse();
        recorder.Firings.Should().Equal("a=1", "a=2");
        session.Query<Keyed>().Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void Query_ReturnsFactsOfTheTypeAndDerivedTypes(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(KeyedRule));
        session.InsertAll([new Customer(1), new PreferredCustomer(2), new Order(3, 1)]);

        var customers = session.Query<Customer>().Select(c => c.Id).ToList();

        customers.Should().BeEquivalentTo([1, 2]);
    }

    [Theory]
    [BothRuntimes]
    public void IdentityMap_GrownOneFactAtATime_KeepsEveryFactAndIdentity(string runtime)
    {
        // Single inserts grow the identity map many times (it is replaced by a larger one and the old one emptied).
        var (session, recorder) = Engine.Session(runtime, typeof(KeyedRule));
        const int count = 3_000;
        for (var i = 0; i < count; i++)
        {
            session.Insert(new Keyed("k" + i, i));
        }

        session.Fire();
        var duplicates = Enumerable.Range(0, count).Count(i => session.TryInsert(new Keyed("k" + i, -1)));
        for (var i = 0; i < count; i += 2)
        {
            session.Retract(new Keyed("k" + i, -2));
        }

        session.Update(new Keyed("k1", 100));
        session.Fire();

        duplicates.Should().Be(0, "every key is still found after the map grew");
        recorder.Firings.Should().HaveCount(count + 1).And.EndWith("k1=100");
        session.Query<Keyed>().Select(k => k.Key).Should().BeEquivalentTo(Enumerable.Range(0, count).Where(i => i % 2 == 1).Select(i => "k" + i));
    }

    [Theory]
    [BothRuntimes]
    public void IdentityMap_SetAfterSingleInserts_KeepsEveryFact(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(KeyedRule));
        var singles = Enumerable.Range(0, 100).Select(i => new Customer(i)).ToList();
        foreach (var customer in singles)
        {
            session.Insert(customer);
        }

        var set = Enumerable.Range(100, 5_000).Select(i => new Customer(i)).ToList();
        session.InsertAll(set);
        session.RetractAll(singles);

        session.Query<Customer>().Select(c => c.Id).Should().BeEquivalentTo(Enumerable.Range(100, 5_000));
        session.TryInsert(set[0]).Should().BeFalse();
        session.TryInsert(singles[0]).Should().BeTrue();
    }
}
