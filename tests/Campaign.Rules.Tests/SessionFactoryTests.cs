using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests;

public class SessionFactoryTests
{
    public class PairRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Id);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "-" + order));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Sessions_OnSeveralThreads_ShareOneFactoryWithoutInterfering(string runtime)
    {
        var factory = Engine.Compile(runtime, typeof(PairRule));

        var counts = Enumerable.Range(0, 8).AsParallel().Select(n =>
        {
            var session = factory.CreateSession();
            var recorder = new Recorder();
            session.DependencyResolver = recorder;
            for (var i = 0; i < 200; i++)
            {
                session.Insert(new Customer(i));
                session.Insert(new Order(i, i % (n + 1)));
            }

            session.Fire();
            return recorder.Firings.Count;
        }).ToList();

        counts.Should().AllBeEquivalentTo(200);
    }

    [Theory]
    [BothRuntimes]
    public void Sessions_HaveSeparateWorkingMemories(string runtime)
    {
        var factory = Engine.Compile(runtime, typeof(PairRule));
        var first = factory.CreateSession();
        var second = factory.CreateSession();

        first.Insert(new Customer(1));

        second.Query<Customer>().Should().BeEmpty();
        first.Query<Customer>().Should().ContainSingle();
    }

    [Theory]
    [BothRuntimes]
    public void UpdateAllAndRetractAll_WithOneAbsent_ChangeNothing(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(PairRule));
        var customer = new Customer(1);
        session.InsertAll([customer, new Order(1, 1)]);

        var update = () => session.UpdateAll([customer, new Customer(9)]);
        var retract = () => session.RetractAll([customer, new Customer(9)]);

        update.Should().Throw<ArgumentException>();
        retract.Should().Throw<ArgumentException>();
        session.Query<Customer>().Should().ContainSingle();
        session.Fire().Should().Be(1);
        recorder.Firings.Should().Equal("C1-O1");
    }
}
