using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests;

public class LinkedFactTests
{
    public class YieldAlertRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 100);
            Then().Yield(ctx => new Alert("big " + order + " " + order.Amount));
        }
    }

    public class AlertSeenRule : Rule
    {
        public override void Define()
        {
            Alert alert = null!;
            When().Match(() => alert);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("seen " + alert));
        }
    }

    public class PlainInsertRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.IsVip);
            Then().Do(ctx => ctx.Insert(new Alert("vip " + customer)));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Yield_FiringRefiringAndTheMatchGoing_InsertsReplacesAndRetracts(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(YieldAlertRule));
        var order = new Order(1, 1, 200);
        session.Insert(order);
        session.Fire();
        var first = session.Query<Alert>().Select(a => a.Text).ToList();

        order.Amount = 300;
        session.Update(order);
        session.Fire();
        var second = session.Query<Alert>().Select(a => a.Text).ToList();

        order.Amount = 50;
        session.Update(order);
        var third = session.Query<Alert>().ToList();

        first.Should().Equal("big O1 200");
        second.Should().Equal("big O1 300");
        third.Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void PlainInsert_IsNotRetractedWhenTheMatchGoes(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(PlainInsertRule));
        var customer = new Customer(1, isVip: true);
        session.Insert(customer);
        session.Fire();

        session.Retract(customer);

        session.Query<Alert>().Should().ContainSingle();
    }

    [Theory]
    [BothRuntimes]
    public void LinkedFact_CannotBeRetractedFromOutside(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(YieldAlertRule));
        session.Insert(new Order(1, 1, 200));
        session.Fire();
        var alert = session.Query<Alert>().Single();

        var retract = () => session.Retract(alert);
        var update = () => session.Update(alert);

        retract.Should().Throw<ArgumentException>();
        update.Should().Throw<ArgumentException>();
    }

    [Theory]
    [BothRuntimes]
    public void AutoPropagateOff_LinkedFactsReachTheRulesOnlyAfterPropagateLinked(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(YieldAlertRule), typeof(AlertSeenRule));
        session.AutoPropagateLinkedFacts = false;
        session.Insert(new Order(1, 1, 200));
        var firstFire = session.Fire();

        var propagated = session.PropagateLinked().ToList();
        var secondFire = session.Fire();

        firstFire.Should().Be(1);
        propagated.Should().ContainSingle();
        propagated[0].Action.Should().Be(NRules.LinkedFactAction.Insert);
        propagated[0].Facts.Select(f => f.Value).Should().ContainSingle().Which.Should().BeOfType<Alert>();
        secondFire.Should().Be(1);
        recorder.Firings.Should().Equal("seen Alert(big O1 200)");
    }
}
