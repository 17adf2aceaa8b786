using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.Rete;

public class QueryTests
{
    public class OrdersPerCustomerRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            IEnumerable<Order> orders = null!;
            When()
                .Match(() => customer)
                .Query(() => orders, q => q.Match<Order>().Where(o => o.CustomerId == customer.Id).Collect());
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + ":" + string.Join(",", orders)));
        }
    }

    public class SortedOrdersRule : Rule
    {
        public override void Define()
        {
            IEnumerable<Order> orders = null!;
            When().Query(() => orders, q => q.Match<Order>().Collect().OrderByDescending(o => o.Amount).ThenBy(o => o.Id));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(string.Join(",", orders)));
        }
    }

    public class BigSpendersRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Order> group = null!;
            When().Query(() => group, q => q.Match<Order>(o => o.Amount > 0).GroupBy(o => o.CustomerId).Where(g => g.Count() >= 2));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(group.Key + ":" + group.Count()));
        }
    }

    public class TotalsRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            decimal total = 0;
            When()
                .Match(() => customer)
                .Query(() => total, q => q.Match<Order>(o => o.CustomerId == customer.Id).Select(o => o.Amount).Collect().Select(amounts => amounts.Sum()))
                .Having(() => total > 15);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "=" + total));
        }
    }

    public class LookupRule : Rule
    {
        public override void Define()
        {
            IKeyedLookup<int, decimal> lookup = null!;
            When().Query(() => lookup, q => q.Match<Order>().Collect().ToLookup(o => o.CustomerId, o => o.Amount));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(string.Join(";", lookup.Keys.Select(k => k + ":" + lookup[k].Sum()))));
        }
    }

    public class FromRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            char letter = ' ';
            When()
                .Match(() => customer)
                .Query(() => letter, q => q.From(() => customer.Name).SelectMany(n => n.ToCharArray()).Where(c => char.IsUpper(c)));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + ":" + letter));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Collect_YieldsAResultEvenWhenEmpty(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(OrdersPerCustomerRule));
        session.Insert(new Customer(1));

        session.Fire();

        recorder.Firings.Should().Equal("C1:");
    }

    [Theory]
    [BothRuntimes]
    public void Collect_IsMaintainedIncrementally(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(OrdersPerCustomerRule));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), new Customer(2), order, new Order(11, 2)]);
        session.Fire();

        session.Insert(new Order(12, 1));
        session.Fire();
        order.CustomerId = 2;
        session.Update(order);
        session.Fire();

        recorder.Firings.Should().Equal("C1:O10", "C2:O11", "C1:O10,O12", "C1:O12", "C2:O11,O10");
    }

    [Theory]
    [BothRuntimes]
    public void InsertAll_RecomputesEachAggregateOncePerSet(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(SortedOrdersRule));
        var updates = 0;
        session.Events.ActivationUpdatedEvent += (_, _) => updates++;

        session.InsertAll(Enumerable.Range(0, 500).Select(i => (object)new Order(i, 1, i % 7)).ToList());
        session.Fire();

        updates.Should().Be(1);
        recorder.Firings.Should().ContainSingle().Which.Split(',').Should().HaveCount(500);
    }

    [Theory]
    [BothRuntimes]
    public void Collect_OrderByThenBy_SortsTheCollection(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(SortedOrdersRule));
        session.InsertAll([new Order(1, 1, 5), new Order(2, 1, 9), new Order(3, 1, 5)]);

        session.Fire();

        recorder.Firings.Should().Equal("O2,O1,O3");
    }

    [Theory]
    [BothRuntimes]
    public void GroupBy_OneResultPerNonEmptyGroup_UpdatedOnlyWhereItChanges(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(BigSpendersRule));
        var moving = new Order(3, 2);
        session.InsertAll([new Order(1, 1), new Order(2, 1), moving, new Order(4, 3)]);
        session.Fire();

        moving.CustomerId = 3;
        session.Update(moving);
        session.Fire();
        session.Insert(new Order(5, 1));
        session.Fire();

        recorder.Firings.Should().Equal("1:2", "3:2", "1:3");
    }

    public class GroupsRule : Rule
    {
        public override void Define()
        {
            IGrouping<int, Order> group = null!;
            When().Query(() => group, q => q.Match<Order>().GroupBy(o => o.CustomerId));
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(group.Key + ":" + string.Join(",", group)));
        }
    }

    [Theory]
    [BothRuntimes]
    public void GroupBy_ResultsGoFromNoneToOneToSeveralAndBack_WithTheChangesInOrder(string runtime)
    {
        // A partial match's single result is held inline and becomes a set at the second: each step's activation
        // changes must be the same whichever form the results are in.
        var (session, recorder) = Engine.Session(runtime, typeof(GroupsRule));
        var events = new List<string>();
        session.Events.ActivationCreatedEvent += (_, e) => events.Add("+" + Key(e.Facts));
        session.Events.ActivationDeletedEvent += (_, e) => events.Add("-" + Key(e.Facts));
        var a = new Order(1, 1);
        var b = new Order(2, 1);

        session.Insert(a);
        session.Insert(b);
        events.Should().Equal("+1");

        b.CustomerId = 2;
        session.Update(b);
        events.Should().Equal("+1", "+2");

        // The single group's key changes: the old group is retracted, then the new one asserted.
        session.Retract(b);
        a.CustomerId = 3;
        session.Update(a);
        events.Should().Equal("+1", "+2", "-2", "-1", "+3");

        session.Insert(new Order(3, 4));
        session.Insert(new Order(4, 3));
        session.Fire();
        recorder.Firings.Should().Equal("3:O1,O4", "4:O3");

        session.RetractAll([a, session.Query<Order>().Single(o => o.Id == 3), session.Query<Order>().Single(o => o.Id == 4)]);
        events.Should().Equal("+1", "+2", "-2", "-1", "+3", "+4", "-3", "-4");
        session.Fire().Should().Be(0);
    }

    private static string Key(IEnumerable<IFactMatch> facts) =>
        ((IGrouping<int, Order>)facts.Single().Value!).Key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [BothRuntimes]
    public void GroupBy_GroupEmptied_RemovesItsActivation(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(BigSpendersRule));
        var first = new Order(1, 1);
        session.InsertAll([first, new Order(2, 1)]);

        session.Retract(first);

        session.Fire().Should().Be(0);
        recorder.Firings.Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void SelectCollectSelect_ThenHaving_FiltersOnTheAggregate(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(TotalsRule));
        session.InsertAll([new Customer(1), new Customer(2), new Order(1, 1, 10), new Order(2, 1, 11), new Order(3, 2, 12)]);

        session.Fire();

        // Distinct amounts: NRules keys a projected collection by element, so equal projections of two facts collide.
        recorder.Firings.Should().Equal("C1=21");
    }

    [Theory]
    [BothRuntimes]
    public void ToLookup_GroupsElementsByKey(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(LookupRule));
        session.InsertAll([new Order(1, 1, 1), new Order(2, 2, 2), new Order(3, 1, 3)]);

        session.Fire();

        recorder.Firings.Should().Equal("1:4;2:2");
    }

    [Theory]
    [BothRuntimes]
    public void From_SelectMany_YieldsOneResultPerElement(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(FromRule));
        session.Insert(new Customer(1, "AbC"));

        session.Fire();

        recorder.Firings.Should().Equal("C1:A", "C1:C");
    }

    [Fact]
    public void RetractingEverything_LeavesQueryMemoriesEmpty()
    {
        // Indexed only: inspects the indexed runtime's network (GetIndexedSchema), which NRules' runtime does not have.
        const string runtime = Runtime.IndexedName;
        var (session, _) = Engine.Session(runtime, typeof(OrdersPerCustomerRule), typeof(BigSpendersRule), typeof(TotalsRule));
        var facts = new List<object> { new Customer(1), new Customer(2), new Order(1, 1), new Order(2, 1), new Order(3, 2) };
        session.InsertAll(facts);
        session.Fire();

        session.RetractAll(facts);

        // The facts are gone; what remains is the single empty-collection result of each rootless query.
        session.GetIndexedSchema().Nodes.Sum(n => n.FactCount).Should().Be(0);
        session.Fire().Should().Be(0);
    }
}
