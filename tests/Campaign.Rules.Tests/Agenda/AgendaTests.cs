using Campaign.Rules.Tests.Builders;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.Agenda;

public class AgendaTests
{
    [Name("Low")]
    [Priority(-5)]
    public class LowRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("low " + customer));
        }
    }

    [Name("High")]
    [Priority(10)]
    public class HighRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("high " + customer));
        }
    }

    [Name("Plain")]
    public class PlainRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("plain " + customer));
        }
    }

    [Repeatability(RuleRepeatability.NonRepeatable)]
    public class OnceRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("once " + customer));
        }
    }

    public class ChainRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order, o => o.Amount > 100);
            Then().Do(ctx => ctx.Insert(new Alert("big " + order)));
        }
    }

    [Priority(1)]
    public class AlertRule : Rule
    {
        public override void Define()
        {
            Alert alert = null!;
            When().Match(() => alert);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(alert.Text));
        }
    }

    public class HaltRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name == "halt");
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("halt " + customer)).Do(ctx => ctx.Halt());
        }
    }

    [Theory]
    [BothRuntimes]
    public void HigherPriorityFiresFirst_ThenFirstInFirstOut(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(LowRule), typeof(PlainRule), typeof(HighRule));
        session.Insert(new Customer(1));
        session.Insert(new Customer(2));

        session.Fire();

        recorder.Firings.Should().Equal("high C1", "high C2", "plain C1", "plain C2", "low C1", "low C2");
    }

    [Theory]
    [BothRuntimes]
    public void InsertThenUpdateBeforeFire_FiresOnce(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(PlainRule));
        var customer = new Customer(1);
        session.Insert(customer);
        session.Insert(new Customer(2));

        session.Update(customer);
        session.Fire();

        recorder.Firings.Should().Equal("plain C1", "plain C2");
    }

    [Theory]
    [BothRuntimes]
    public void UpdateAfterFiring_RepeatableFiresAgain_NonRepeatableDoesNot(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(PlainRule), typeof(OnceRule));
        var customer = new Customer(1);
        session.Insert(customer);
        session.Fire();

        session.Update(customer);
        var refired = session.Fire();

        refired.Should().Be(1);
        recorder.Firings.Should().Equal("plain C1", "once C1", "plain C1");
    }

    [Theory]
    [BothRuntimes]
    public void ForwardChaining_FactInsertedByAnActionActivatesAnotherRule(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(ChainRule), typeof(AlertRule), typeof(PlainRule));
        session.Insert(new Order(1, 1, 500));
        session.Insert(new Customer(1));

        session.Fire();

        // The alert (priority 1) competes at once and beats the earlier plain activation.
        recorder.Firings.Should().Equal("big O1", "plain C1");
    }

    [Theory]
    [BothRuntimes]
    public void FireWithLimit_StopsAndTheNextFireResumes(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(PlainRule));
        session.InsertAll([new Customer(1), new Customer(2), new Customer(3)]);

        var first = session.Fire(2);
        var second = session.Fire();

        first.Should().Be(2);
        second.Should().Be(1);
        recorder.Firings.Should().Equal("plain C1", "plain C2", "plain C3");
    }

    [Theory]
    [BothRuntimes]
    public void Halt_StopsAfterTheCurrentRule_AndFireResumes(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(HaltRule), typeof(LowRule));
        session.InsertAll([new Customer(1, "halt"), new Customer(2)]);

        var first = session.Fire();
        var second = session.Fire();

        first.Should().Be(1);
        second.Should().Be(2);
        recorder.Firings.Should().Equal("halt C1", "low C1", "low C2");
    }

    [Theory]
    [BothRuntimes]
    public void Fire_AlreadyCancelledToken_FiresOneRuleThenStops(string runtime)
    {
        // NRules checks the token after each firing, so one rule fires even when the token is cancelled beforehand.
        var (session, recorder) = Engine.Session(runtime, typeof(PlainRule));
        session.InsertAll([new Customer(1), new Customer(2)]);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var fired = session.Fire(cancellation.Token);
        var resumed = session.Fire();

        fired.Should().Be(1);
        resumed.Should().Be(1);
        recorder.Firings.Should().Equal("plain C1", "plain C2");
    }

    public class CancellingRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            CancellationTokenSource cancellation = null!;
            Dependency().Resolve(() => cancellation);
            When().Match(() => customer);
            Then().Do(ctx => cancellation.Cancel());
        }
    }

    private sealed class CancellationResolver : NRules.Extensibility.IDependencyResolver
    {
        public CancellationTokenSource Source { get; } = new();

        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) => Source;
    }

    [Theory]
    [BothRuntimes]
    public void Fire_TokenCancelledByAnAction_StopsAfterThatRule(string runtime)
    {
        var session = Engine.Compile(runtime, typeof(CancellingRule)).CreateSession();
        var resolver = new CancellationResolver();
        session.DependencyResolver = resolver;
        session.InsertAll([new Customer(1), new Customer(2)]);

        var fired = session.Fire(resolver.Source.Token);

        fired.Should().Be(1);
        resolver.Source.Dispose();
    }

    [Theory]
    [BothRuntimes]
    public void SameOperationsInSameOrder_GiveTheSameFirings(string runtime)
    {
        List<string> Run()
        {
            var (session, recorder) = Engine.Session(runtime, typeof(LowRule), typeof(PlainRule), typeof(HighRule), typeof(ChainRule), typeof(AlertRule));
            for (var i = 0; i < 10; i++)
            {
                session.Insert(new Customer(i));
                session.Insert(new Order(i, i, i * 30));
            }

            session.Fire();
            return recorder.Firings;
        }

        Run().Should().Equal(Run());
    }
}
