using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.Agenda;

public class FilterTests
{
    public class VipOnlyRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Filter().Where(() => customer.IsVip);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("vip " + customer));
        }
    }

    public class NameChangeRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Filter().OnChange(() => customer.Name);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + " " + customer.Name));
        }
    }

    [Theory]
    [BothRuntimes]
    public void Where_KeepsActivationsOffTheAgendaUntilThePredicateHolds(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(VipOnlyRule));
        var customer = new Customer(1);
        session.InsertAll([customer, new Customer(2, isVip: true)]);
        session.Fire();

        customer.IsVip = true;
        session.Update(customer);
        session.Fire();

        recorder.Firings.Should().Equal("vip C2", "vip C1");
    }

    [Theory]
    [BothRuntimes]
    public void OnChange_RefiresOnlyWhenTheKeyChanged(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(NameChangeRule));
        var customer = new Customer(1, "a");
        session.Insert(customer);
        session.Fire();

        customer.IsVip = true;
        session.Update(customer);
        session.Fire();
        customer.Name = "b";
        session.Update(customer);
        session.Fire();

        recorder.Firings.Should().Equal("C1 a", "C1 b");
    }
}
