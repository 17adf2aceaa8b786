using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.PublicApi;

using NRules;
using NRules.Diagnostics;
using NRules.Fluent;
using static Campaign.Rules.Tests.PublicApi.PublicApiRules;

/// <summary>
/// Rule code written against NRules' public API (agenda filters, action interceptor, custom aggregator, IContext, every
/// event, metrics, batch operations), run on both runtimes; where engine.md permits a difference, the test says which.
/// </summary>
public class PublicApiTests
{
    private static (ISession Session, Recorder Recorder, RuleRepository Repository) Open(string runtime, params Type[] rules)
    {
        var repository = Engine.Repository(rules);
        var recorder = new Recorder();
        var session = Runtime.Named(runtime).Compile(repository).CreateSession();
        session.DependencyResolver = recorder;
        return (session, recorder, repository);
    }

    [Theory]
    [BothRuntimes]
    public void GlobalAgendaFilter_KeepsRejectedMatchesOfEveryRuleOffTheAgenda(string runtime)
    {
        // Arrange
        var (session, recorder, _) = Open(runtime, typeof(CustomerRule), typeof(OrderOfCustomerRule));
        session.Agenda.AddFilter(new VipFilter());

        // Act
        session.InsertAll([new Customer(1, isVip: true), new Customer(2), new Order(10, 1), new Order(20, 2)]);
        session.Fire();

        // Assert
        recorder.Firings.Should().BeEquivalentTo(["customer C1", "C1-O10"]);
    }

    [Theory]
    [BothRuntimes]
    public void PerRuleAgendaFilter_AppliesToItsRuleOnly(string runtime)
    {
        // Arrange
        var (session, recorder, repository) = Open(runtime, typeof(CustomerRule), typeof(OrderOfCustomerRule));
        session.Agenda.AddFilter(repository.GetRules().Single(r => r.Name == "OrderOfCustomer"), new VipFilter());

        // Act
        session.InsertAll([new Customer(1, isVip: true), new Customer(2), new Order(10, 1), new Order(20, 2)]);
        session.Fire();

        // Assert
        recorder.Firings.Should().BeEquivalentTo(["customer C1", "customer C2", "C1-O10"]);
    }

    [Theory]
    [BothRuntimes]
    public void StatefulAgendaFilter_IsToldWhatFiresAndWhatLeavesTheAgenda(string runtime)
    {
        // Arrange
        var (session, recorder, _) = Open(runtime, typeof(OrderOfCustomerRule));
        var filter = new OncePerCustomerFilter();
        session.Agenda.AddFilter(filter);
        var leaving = new Order(30, 3);

        // Act: customer 1 has two orders (the second is filtered once the first fired); customer 3's match leaves unfired
        session.InsertAll([new Customer(1), new Customer(3), new Order(10, 1), leaving]);
        session.Retract(leaving);
        session.Fire();
        session.Insert(new Order(11, 1));
        session.Fire();

        // Assert
        recorder.Firings.Should().Equal("C1-O10");
        filter.Log.Should().Equal("remove C3", "select C1");
    }

    [Theory]
    [BothRuntimes]
    public void AgendaFilterWithoutMatchFilter_RunsOnNRules_IsRefusedByTheIndexedRuntime(string runtime)
    {
        // engine.md, permitted difference: an IAgendaFilter added at run time must also be an IMatchFilter on ours.
        var (session, recorder, _) = Open(runtime, typeof(CustomerRule));

        var add = () => session.Agenda.AddFilter(new NRulesOnlyFilter());

        if (Runtime.Named(runtime).IsIndexed)
        {
            add.Should().Throw<NotSupportedException>().WithMessage("*NRulesOnlyFilter*IMatchFilter*");
        }
        else
        {
            add();
            session.Insert(new Customer(1));
            session.Fire().Should().Be(0);
            recorder.Firings.Should().BeEmpty();
        }
    }

    [Theory]
    [BothRuntimes]
    public void ActionInterceptor_SeesEveryFiringWithItsArguments_AndDecidesWhetherTheActionsRun(string runtime)
    {
        // Arrange: set on the factory, so every session it creates gets it
        var factory = Engine.Compile(runtime, typeof(CustomerRule));
        var interceptor = new SkippingInterceptor();
        factory.ActionInterceptor = interceptor;
        var session = factory.CreateSession();
        var recorder = new Recorder();
        session.DependencyResolver = recorder;

        // Act
        session.InsertAll([new Customer(1), new Customer(2)]);
        var fired = session.Fire();

        // Assert
        fired.Should().Be(2);
        session.ActionInterceptor.Should().BeSameAs(interceptor);
        interceptor.Log.Should().Equal("Customer C1 actions=1 args=C1", "Customer C2 actions=1 args=C2");
        recorder.Firings.Should().Equal("customer C1");
    }

    [Theory]
    [BothRuntimes]
    public void CustomAggregator_RunsOnNRules_IsRefusedAtCompileByTheIndexedRuntime(string runtime)
    {
        var repository = Engine.Repository(typeof(CountRule));

        if (Runtime.Named(runtime).IsIndexed)
        {
            // engine.md, permitted difference: custom aggregators cannot run on ours and are refused clearly.
            var compile = () => Runtime.Indexed.Compile(repository);

            var error = compile.Should().Throw<Exception>().Which;
            var notSupported = Chain(error).OfType<NotSupportedException>().Should().ContainSingle().Subject;
            notSupported.Message.Should().Contain("CountFacts").And.Contain("custom aggregate");
        }
        else
        {
            var session = Runtime.NRules.Compile(repository).CreateSession();
            var recorder = new Recorder();
            session.DependencyResolver = recorder;
            var first = new Order(1, 1);

            session.InsertAll([first, new Order(2, 1)]);
            session.Fire();
            session.Retract(first);
            session.Fire();

            recorder.Firings.Should().Equal("count 2", "count 1");
        }
    }

    [Theory]
    [BothRuntimes]
    public void LinkedFactOperations_InsertUpdateAndRetractTheActivationsFacts_AndGetLinkedFindsThem(string runtime)
    {
        // Arrange
        var (session, recorder, _) = Open(runtime, typeof(LinkingRule), typeof(NoteSeenRule));
        var customer = new Customer(1, "insert");

        // Act: one stage per firing of the same activation
        session.Insert(customer);
        session.Fire();
        var afterInsert = Notes(session);
        foreach (var stage in new[] { "update", "retract one", "retract all" })
        {
            customer.Name = stage;
            session.Update(customer);
            session.Fire();
        }

        // Assert
        afterInsert.Should().Equal("a0", "b0", "c0");
        recorder.Firings.Should().Equal(
            "insert: ",
            "seen a0",
            "seen b0",
            "seen c0",
            "update: a=a0,b=b0,c=c0",
            "seen a1",
            "seen b1",
            "seen c1",
            "retract one: a=a1,b=b1,c=c1",
            "retract all: a=a1,b=b1");
        session.Query<Note>().Should().BeEmpty();
    }

    [Theory]
    [BothRuntimes]
    public void Context_GivesTheActionItsMatchRuleCancellationTokenAndResolver(string runtime)
    {
        // Arrange
        var (session, recorder, _) = Open(runtime, typeof(ContextRule));
        using var cancellation = new CancellationTokenSource();
        session.DependencyResolver = new ContextResolver(recorder, cancellation);
        session.InsertAll([new Customer(1), new Order(10, 1), new Order(11, 1)]);

        // Act: the first firing cancels the token given to Fire, so the second match does not fire
        var fired = session.Fire(cancellation.Token);

        // Assert
        fired.Should().Be(1);
        recorder.Firings.Should().Equal("Context [customer=C1,order=O10] Context cancellable=True cancelled False->True");
    }

    [Theory]
    [BothRuntimes]
    public void Events_EveryEventOfTheProviderIsRaised_AndHandledErrorsLetTheSessionGoOn(string runtime)
    {
        // Arrange
        var (session, recorder, _) = Open(runtime, typeof(NamedCustomerRule));
        var raised = new List<string>();
        var errors = new List<string>();
        Subscribe(session.Events, raised, errors);
        var renamed = new Customer(3, "ab");

        // Act: a null name fails the condition, "x" fails the filter, "y" (one letter) fails the action
        session.InsertAll([new Customer(1, null!), new Customer(2, "x"), new Customer(4, "y"), renamed]);
        renamed.Name = "ac";
        session.Update(renamed);
        session.Fire();
        session.Retract(renamed);

        // Assert
        raised.Distinct().Should().BeEquivalentTo(EventNames);
        errors.Should().BeEquivalentTo(
            "LhsExpressionFailed NullReferenceException",
            "AgendaExpressionFailed ArgumentOutOfRangeException",
            "RhsExpressionFailed ArgumentOutOfRangeException");
        recorder.Firings.Should().Equal("named c");
    }

    [Theory]
    [BothRuntimes]
    public void Metrics_CountEveryNodesInputs_AndReset(string runtime)
    {
        // Arrange
        var (session, _, _) = Open(runtime, typeof(OrderOfCustomerRule));
        session.InsertAll([new Customer(1), new Order(10, 1)]);
        var before = session.Metrics.GetAll().Sum(m => m.InsertInputCount);

        // Act
        session.InsertAll([new Customer(2), new Order(20, 2), new Order(21, 2)]);
        var after = session.Metrics.GetAll().Sum(m => m.InsertInputCount);
        var any = session.Metrics.GetAll().First(m => m.InsertInputCount > 0);
        var found = session.Metrics.FindByNodeId(any.NodeId);
        session.Metrics.Reset();

        // Assert
        before.Should().BeGreaterThan(0);
        after.Should().BeGreaterThan(before);
        found.Should().NotBeNull();
        found!.NodeId.Should().Be(any.NodeId);
        session.Metrics.GetAll().Should().NotBeEmpty().And.OnlyContain(m => m.InsertInputCount == 0);
    }

    [Theory]
    [BothRuntimes]
    public void TryAll_AFailingFact_AllOrNothingChangesNoneSkipFailedChangesTheOthersBothReportIt(string runtime)
    {
        // Arrange
        var (session, _, _) = Open(runtime, typeof(OrderOfCustomerRule));
        var present = new Customer(1);
        var absent = new Customer(9);
        session.Insert(present);
        var c2 = new Customer(2);
        var c3 = new Customer(3);

        // Act
        var allOrNothing = session.TryInsertAll([c2, present], BatchOptions.AllOrNothing);
        var skipFailed = session.TryInsertAll([c2, present], BatchOptions.SkipFailed);
        var update = session.TryUpdateAll([c2, absent], BatchOptions.SkipFailed);
        var retract = session.TryRetractAll([c2, absent, c3], BatchOptions.AllOrNothing);
        var defaults = session.TryRetractAll([c2, absent]); // AllOrNothing by default: c2 stays

        // Assert
        allOrNothing.FailedCount.Should().Be(1);
        allOrNothing.Failed.Should().Equal(present);
        skipFailed.FailedCount.Should().Be(1);
        skipFailed.Failed.Should().Equal(present);
        update.Failed.Should().Equal(absent);
        retract.Failed.Should().BeEquivalentTo([absent, c3]);
        defaults.Failed.Should().Equal(absent);
        session.Query<Customer>().Should().BeEquivalentTo([present, c2]);
    }

    [Theory]
    [BothRuntimes]
    public void Schema_NRulesGraphOnNRules_IndexedGraphOnTheIndexedRuntime(string runtime)
    {
        // engine.md, permitted difference: NRules' ReteGraph cannot be built outside NRules; ours has GetIndexedSchema.
        var (session, _, _) = Open(runtime, typeof(OrderOfCustomerRule));
        session.InsertAll([new Customer(1), new Order(10, 1)]);

        var nrules = () => session.GetSchema();
        var indexed = () => session.GetIndexedSchema();

        if (Runtime.Named(runtime).IsIndexed)
        {
            nrules.Should().Throw<NotSupportedException>();
            indexed().Nodes.Should().Contain(n => n.NodeType == Campaign.Rules.NodeType.Join).And.Contain(n => n.FactCount > 0);
        }
        else
        {
            nrules().Nodes.Should().Contain(n => n.NodeType == NRules.Diagnostics.NodeType.Join);
            indexed.Should().Throw<NotSupportedException>();
        }
    }

    private static readonly string[] EventNames =
    [
        "ActivationCreated", "ActivationUpdated", "ActivationDeleted", "RuleFiring", "RuleFired", "FactInserting", "FactInserted",
        "FactUpdating", "FactUpdated", "FactRetracting", "FactRetracted", "LhsExpressionEvaluated", "LhsExpressionFailed",
        "AgendaExpressionEvaluated", "AgendaExpressionFailed", "RhsExpressionEvaluated", "RhsExpressionFailed",
    ];

    private static void Subscribe(IEventProvider events, List<string> raised, List<string> errors)
    {
        events.ActivationCreatedEvent += (_, e) => raised.Add("ActivationCreated");
        events.ActivationUpdatedEvent += (_, e) => raised.Add("ActivationUpdated");
        events.ActivationDeletedEvent += (_, e) => raised.Add("ActivationDeleted");
        events.RuleFiringEvent += (_, e) => raised.Add("RuleFiring");
        events.RuleFiredEvent += (_, e) => raised.Add("RuleFired");
        events.FactInsertingEvent += (_, e) => raised.Add("FactInserting");
        events.FactInsertedEvent += (_, e) => raised.Add("FactInserted");
        events.FactUpdatingEvent += (_, e) => raised.Add("FactUpdating");
        events.FactUpdatedEvent += (_, e) => raised.Add("FactUpdated");
        events.FactRetractingEvent += (_, e) => raised.Add("FactRetracting");
        events.FactRetractedEvent += (_, e) => raised.Add("FactRetracted");
        events.LhsExpressionEvaluatedEvent += (_, e) => raised.Add("LhsExpressionEvaluated");
        events.AgendaExpressionEvaluatedEvent += (_, e) => raised.Add("AgendaExpressionEvaluated");
        events.RhsExpressionEvaluatedEvent += (_, e) => raised.Add("RhsExpressionEvaluated");
        events.LhsExpressionFailedEvent += (_, e) =>
        {
            raised.Add("LhsExpressionFailed");
            errors.Add("LhsExpressionFailed " + e.Exception!.GetType().Name);
            e.IsHandled = true;
        };
        events.AgendaExpressionFailedEvent += (_, e) =>
        {
            raised.Add("AgendaExpressionFailed");
            errors.Add("AgendaExpressionFailed " + e.Exception!.GetType().Name);
            e.IsHandled = true;
        };
        events.RhsExpressionFailedEvent += (_, e) =>
        {
            raised.Add("RhsExpressionFailed");
            errors.Add("RhsExpressionFailed " + e.Exception!.GetType().Name);
            e.IsHandled = true;
        };
    }

    private static List<string> Notes(ISession session) =>
        session.Query<Note>().AsEnumerable().Select(n => n.ToString()).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
        }
    }

    private sealed class ContextResolver(Recorder recorder, CancellationTokenSource cancellation) : NRules.Extensibility.IDependencyResolver
    {
        public object Resolve(NRules.Extensibility.IResolutionContext context, Type serviceType) =>
            serviceType == typeof(Recorder) ? recorder : cancellation;
    }
}
