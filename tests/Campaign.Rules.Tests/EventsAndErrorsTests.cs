using Campaign.Rules.Tests.Builders;
using NRules.Diagnostics;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests;

public class EventsAndErrorsTests
{
    [Name("Throwing condition")]
    public class ThrowingConditionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer, c => c.Name.Length > 0);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add("named " + customer));
        }
    }

    [Name("Throwing action")]
    public class ThrowingActionRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            When().Match(() => customer);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer.Name.ToUpperInvariant()));
        }
    }

    [Name("Named")]
    public class NamedRule : Rule
    {
        public override void Define()
        {
            Order order = null!;
            When().Match(() => order);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(ctx.Rule.Name + " " + order));
        }
    }

    [Name("Throwing key")]
    public class ThrowingJoinKeyRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When().Match(() => customer).Match(() => order, o => o.CustomerId == customer.Name.Length);
            Then().Do(ctx => ctx.Resolve<Recorder>().Add(customer + "-" + order));
        }
    }

    [Theory]
    [BothRuntimes]
    public void LhsFailure_InAnIndexedJoinKey_ReportsTheJoinConditionAndCanBeHandled(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(ThrowingJoinKeyRule));
        var failures = new List<string>();
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures.Add(string.Join(",", e.Rules.Select(r => r.Name)) + ": " + e.Expression);
            e.IsHandled = true;
        };

        session.InsertAll([new Customer(1, null!), new Customer(2, "ab"), new Order(10, 2)]);
        session.Fire();

        failures.Should().ContainSingle().Which.Should().Contain("Throwing key").And.Contain("Name.Length");
        recorder.Firings.Should().Equal("C2-O10");
    }

    [Theory]
    [BothRuntimes]
    public void LhsFailure_Unhandled_ThrowsWithTheExpression(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(ThrowingConditionRule));

        var act = () => session.Insert(new Customer(1, null!));

        // Compared by type name: the indexed runtime has its own exception types of NRules' names (engine.md, differences).
        var error = act.Should().Throw<Exception>().Which;
        error.GetType().Name.Should().Be("RuleLhsExpressionEvaluationException");
        ExceptionProperties.Get<string>(error, "Expression").Should().Contain("Name.Length");
        error.InnerException.Should().BeOfType<NullReferenceException>();
    }

    [Theory]
    [BothRuntimes]
    public void LhsFailure_Handled_CountsAsNoMatch(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(ThrowingConditionRule));
        var failures = 0;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            failures++;
            e.IsHandled = true;
        };

        session.Insert(new Customer(1, null!));
        session.Insert(new Customer(2, "x"));
        session.Fire();

        failures.Should().Be(1);
        recorder.Firings.Should().Equal("named C2");
    }

    [Theory]
    [BothRuntimes]
    public void RhsFailure_Unhandled_ThrowsWithRuleName(string runtime)
    {
        var (session, _) = Engine.Session(runtime, typeof(ThrowingActionRule));
        session.Insert(new Customer(1, null!));

        var act = () => session.Fire();

        var error = act.Should().Throw<Exception>().Which;
        error.GetType().Name.Should().Be("RuleRhsExpressionEvaluationException");
        ExceptionProperties.Get<string>(error, "RuleName").Should().Be("Throwing action");
        error.InnerException.Should().BeOfType<NullReferenceException>();
    }

    [Theory]
    [BothRuntimes]
    public void RhsFailure_Handled_FiringGoesOn(string runtime)
    {
        var (session, recorder) = Engine.Session(runtime, typeof(ThrowingActionRule));
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.InsertAll([new Customer(1, null!), new Customer(2, "b")]);

        var fired = session.Fire();

        fired.Should().Be(2);
        recorder.Firings.Should().Equal("B");
    }

    [Theory]
    [BothRuntimes]
    public void Events_ReportFactsActivationsAndFirings(string runtime)
    {
        var factory = Engine.Compile(runtime, typeof(NamedRule));
        var factoryFirings = 0;
        factory.Events.RuleFiredEvent += (_, _) => factoryFirings++;
        var session = factory.CreateSession();
        session.DependencyResolver = new Recorder();
        var log = new List<string>();
        session.Events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Value);
        session.Events.FactUpdatedEvent += (_, e) => log.Add("updated " + e.Fact.Value);
        session.Events.FactRetractedEvent += (_, e) => log.Add("retracted " + e.Fact.Value);
        session.Events.ActivationCreatedEvent += (_, e) => log.Add("created " + e.Rule.Name + " " + e.Facts.First().Value);
        session.Events.ActivationUpdatedEvent += (_, e) => log.Add("activation updated " + e.Rule.Name);
        session.Events.ActivationDeletedEvent += (_, e) => log.Add("deleted " + e.Rule.Name);
        session.Events.RuleFiringEvent += (_, e) => log.Add("firing " + e.Rule.Name);
        session.Events.RuleFiredEvent += (_, e) => log.Add("fired " + e.Rule.Name);
        var order = new Order(1, 1);

        session.Insert(order);
        session.Update(order);
        session.Fire();
        session.Retract(order);

        log.Should().Equal("created Named O1", "inserted O1", "activation updated Named", "updated O1", "firing Named", "fired Named", "deleted Named", "retracted O1");
        factoryFirings.Should().Be(1);
    }
}
