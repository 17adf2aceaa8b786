using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.Rete;

public class ExistenceNodeTests
{
    [Repeatability(RuleRepeatability.NonRepeatable)]
    public class CustomerWithoutOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Not<Order>(o => o.CustomerId == customer.Id);
            Then()
                .Do(ctx => ctx.Resolve<Recorder>().Add("no orders " + customer))
                .Do(ctx => ctx.InsertLinked("alert", new Alert("idle " + customer)))
                .Undo(ctx => ctx.Resolve<Recorder>().Add("undo " + customer));
        }
    }

    public class AlertRule : Rule
    {
        public override void Define()
        {
            Alert alert = null!;
            When().Match(() => alert);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("alert " + alert.Text));
        }
    }

    public class CustomerWithOrdersRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .Exists<Order>(o => o.CustomerId == customer.Id, o => o.IsOpen);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("has orders " + customer));
        }
    }

    public class AllOrdersClosedRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When()
                .Match(() => customer)
                .All<Order>(o => o.CustomerId == customer.Id, o => !o.IsOpen);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("all closed " + customer));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Not_ZeroToOneToZero_UndoesRetractsLinkedFactAndFiresAgainEvenWhenNonRepeatable(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerWithoutOrdersRule), typeof(AlertRule));
        var customer = new Customer(1);
        session.Insert(customer);
        session.Fire();
        session.Query<Alert>().Should().ContainSingle();

        var order = new Order(10, 1);
        session.Insert(order);
        var alertsWhileOrdered = session.Query<Alert>().Count();
        session.Fire();
        session.Retract(order);
        session.Fire();

        alertsWhileOrdered.Should().Be(0);
        recorder.Firings.Should().Equal("no orders C1", "alert idle C1", "undo C1", "no orders C1", "alert idle C1");
    }

    [Theory]
    [BothRuntimes]
    public void Not_OrderOfAnotherCustomer_DoesNotBlock(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerWithoutOrdersRule));
        session.InsertAll([new Customer(1), new Customer(2), new Order(10, 2)]);

        session.Fire();

        recorder.Firings.Should().Equal("no orders C1");
    }

    [Theory]
    [BothRuntimes]
    public void Not_OrderMovedAwayByUpdate_UnblocksTheCustomer(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerWithoutOrdersRule));
        var order = new Order(10, 1);
        session.InsertAll([new Customer(1), new Customer(2), order]);
        session.Fire();

        order.CustomerId = 2;
        session.Update(order);
        session.Fire();

        // Undo actions are queued on the agenda after the new activation and run when the session fires.
        recorder.Firings.Should().Equal("no orders C2", "no orders C1", "undo C2");
    }

    [Theory]
    [BothRuntimes]
    public void Exists_FiresOnceHoweverManyFactsMatch(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerWithOrdersRule));
        session.InsertAll([new Customer(1), new Order(10, 1), new Order(11, 1), new Order(12, 2)]);

        session.Fire();

        recorder.Firings.Should().Equal("has orders C1");
    }

    [Theory]
    [BothRuntimes]
    public void Exists_LastMatchingFactRetracted_DeletesTheActivation(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(CustomerWithOrdersRule));
        var first = new Order(10, 1);
        var second = new Order(11, 1);
        session.InsertAll([new Customer(1), first, second]);

        session.Retract(first);
        var afterFirst = session.Fire();
        session.Retract(second);
        session.Insert(new Order(12, 1) { IsOpen = false });
        var afterSecond = session.Fire();

        afterFirst.Should().Be(1);
        afterSecond.Should().Be(0);
        recorder.Firings.Should().Equal("has orders C1");
    }

    [Theory]
    [BothRuntimes]
    public void All_HoldsWhenEveryMatchingFactSatisfiesTheConditions(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(AllOrdersClosedRule));
        var open = new Order(11, 1);
        session.InsertAll([new Customer(1), new Customer(2), new Order(10, 1) { IsOpen = false }, open]);
        session.Fire();

        open.IsOpen = false;
        session.Update(open);
        session.Fire();

        recorder.Firings.Should().Equal("all closed C2", "all closed C1");
    }
}
