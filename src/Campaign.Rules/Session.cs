using System.Linq.Expressions;
using Campaign.Rules.Agenda;
using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.Rete;
using NRules;
using NRules.Diagnostics;
using NRules.Extensibility;
using NRules.RuleModel;
using Activation = Campaign.Rules.Agenda.Activation;

namespace Campaign.Rules;

/// <summary>A rules session: working memory, the session's network memories, the agenda and the fire loop.</summary>
internal sealed partial class Session : ISession, IDisposable
{
    private readonly SessionFactory _factory;
    private readonly Network _network;
    private readonly FactIdentityComparer _identity = new();
    private Dictionary<object, Fact> _facts;
    private int _factCapacity;
    private readonly EventAggregator _events;
    private readonly Queue<Activation> _pendingUndo = new();
    private readonly Queue<LinkedOperation> _linked = new();
    private readonly List<AggregateNode> _aggregates = new();
    private List<TypeNode> _touchedTypes = new();
    private List<TypeNode>? _spareTouchedTypes = new();
    private int _batch;
    private readonly ActionContext _context;
    private readonly ResolutionContext _resolution;
    private long _stamp;
    private int _joinIds;
    private bool _halted;
    private bool _flushing;
    private bool _flushingAggregates;
    private readonly SessionAgenda _agenda;
    private readonly List<LinkedFactSet> _propagatedLinked = new();

    public Session(SessionFactory factory)
    {
        _facts = new Dictionary<object, Fact>(_identity);
        _factory = factory;
        _events = new EventAggregator(factory.EventAggregator);
        DependencyResolver = factory.DependencyResolver;
        ActionInterceptor = factory.ActionInterceptor;
        _agenda = new SessionAgenda(this);
        _context = new ActionContext(this);
        _resolution = new ResolutionContext(this);
        _network = new Network(this, factory.Branches);
        foreach (var root in _network.BetaRoots)
        {
            root.LeftPropagate(root.CreateToken(null, null), ChangeKind.Assert);
        }

        FlushAggregates();
    }

    public IEventProvider Events => _events;

    public IDependencyResolver DependencyResolver { get; set; }

    public IActionInterceptor? ActionInterceptor { get; set; }

    public bool AutoPropagateLinkedFacts { get; set; } = true;

    public IAgenda Agenda => _agenda;

    public IMetricsProvider Metrics => new SessionMetrics(_network);

    /// <summary>The activations waiting to fire, by priority then in order.</summary>
    internal RuleAgenda AgendaQueue { get; } = new();

    /// <summary>The token of the <c>Fire</c> call running (what an action's context reports).</summary>
    internal CancellationToken FireCancellation { get; private set; }

    /// <summary>The factory's compiled rules.</summary>
    internal SessionFactory Factory => _factory;

    /// <summary>Pooled lists of fact changes (alpha side of set propagation).</summary>
    internal ChangeListPool<Fact> FactLists { get; } = new();

    /// <summary>Pooled lists of token changes (beta side of set propagation).</summary>
    internal ChangeListPool<Token> TokenLists { get; } = new();

    public long NextStamp() => ++_stamp;

    /// <summary>Numbers the join nodes of the session (a right entry names its node by number).</summary>
    internal int NextJoinId() => ++_joinIds;

    /// <summary>The session's network with its memory counts (NRules' <c>GetSchema</c> returns a type only NRules can create).</summary>
    internal ReteGraph Describe() => _network.Describe();

    NRules.Diagnostics.ReteGraph ISessionSchemaProvider.GetSchema() => throw SchemaExtensions.NotSupported();

    /// <summary>
    /// Ends a session that will not be used again (a batch check's part): empties the identity map. A large session's
    /// map keeps its entries in an array on the large-object heap, which only a full collection frees; left filled,
    /// that dead array would keep every fact of the session, and through the facts its memories, alive in each
    /// younger collection until then (they would be copied into the older generations instead of freed).
    /// </summary>
    public void Dispose()
    {
        _facts.Clear();
        _factCapacity = 0;
    }

    /// <summary>
    /// Makes room in the identity map for <paramref name="more"/> facts, so it never grows by itself: a dictionary that
    /// grows leaves its old entry array behind still filled, and a large one (on the large-object heap) would keep the
    /// session's facts alive until a full collection. Growing here copies the facts to a new map and empties the old.
    /// </summary>
    private void ReserveFacts(int more)
    {
        var needed = _facts.Count + more;
        if (needed <= _factCapacity)
        {
            return;
        }

        if (_facts.Count == 0)
        {
            _factCapacity = _facts.EnsureCapacity(needed);
            return;
        }

        var grown = new Dictionary<object, Fact>(Math.Max(needed, 2 * _factCapacity), _identity);
        foreach (var pair in _facts)
        {
            grown.Add(pair.Key, pair.Value);
        }

        _facts.Clear();
        _facts = grown;
        _factCapacity = grown.EnsureCapacity(0);
    }

    /// <summary>The session's network (tests).</summary>
    internal Network Network => _network;

    public IQueryable<TFact> Query<TFact>()
    {
        var list = new List<TFact>();
        foreach (var fact in _facts.Values)
        {
            if (fact.Object is TFact typed)
            {
                list.Add(typed);
            }
        }

        return list.AsQueryable();
    }

    public int Fire() => Fire(int.MaxValue, CancellationToken.None);

    public int Fire(int maxRulesNumber) => Fire(maxRulesNumber, CancellationToken.None);

    public int Fire(CancellationToken cancellationToken) => Fire(int.MaxValue, cancellationToken);

    public int Fire(int maxRulesNumber, CancellationToken cancellationToken)
    {
        _halted = false;
        Flush();
        var fired = 0;
        var previous = FireCancellation;
        FireCancellation = cancellationToken;
        try
        {
            // As in NRules, cancellation is checked after each firing: a cancelled token still lets one rule fire.
            while (fired < maxRulesNumber && !_halted && AgendaQueue.TryPop(out var activation))
            {
                FireActivation(activation);
                fired++;
                Flush();
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            FireCancellation = previous;
        }

        return fired;
    }

    public IEnumerable<ILinkedFactSet> PropagateLinked()
    {
        _propagatedLinked.Clear();
        while (_linked.Count > 0)
        {
            var operation = _linked.Dequeue();
            RecordLinked(operation);
            ProcessLinked(operation);
            Flush();
        }

        var sets = _propagatedLinked.ToArray();
        _propagatedLinked.Clear();
        return sets;
    }

    /// <summary>Groups consecutive linked operations of one kind into the sets <see cref="PropagateLinked"/> reports.</summary>
    private void RecordLinked(LinkedOperation operation)
    {
        var action = operation.Kind switch
        {
            LinkedKind.Insert => LinkedFactAction.Insert,
            LinkedKind.Update => LinkedFactAction.Update,
            _ => LinkedFactAction.Retract,
        };
        if (_propagatedLinked.Count == 0 || _propagatedLinked[^1].Action != action)
        {
            _propagatedLinked.Add(new LinkedFactSet(action));
        }

        _propagatedLinked[^1].Add(operation.Fact);
    }

    internal void Halt() => _halted = true;

    /// <summary>Queues a query node's recompute until the node's turn in the propagation ends.</summary>
    internal void ScheduleAggregate(AggregateNode node) => _aggregates.Add(node);

    /// <summary>Brings every query result up to date; called at the end of each working-memory operation (or set).</summary>
    /// <remarks>
    /// Called when a node's turn in a propagation ends (a memory's sink, a beta node's child), so query results change in
    /// network order as NRules' do, while a set still recomputes each partial match once per turn. Nested calls return:
    /// the running loop picks up what they would have flushed.
    /// </remarks>
    internal void FlushAggregates()
    {
        if (_aggregates.Count == 0 || _flushingAggregates)
        {
            return;
        }

        _flushingAggregates = true;
        try
        {
            // In the order the nodes were scheduled (a flush may schedule downstream nodes, which come after).
            for (var i = 0; i < _aggregates.Count; i++)
            {
                _aggregates[i].FlushPending();
            }

            _aggregates.Clear();
        }
        finally
        {
            _flushingAggregates = false;
        }
    }

    /// <summary>Whether a handler listens to every condition's evaluation (NRules' <c>LhsExpressionEvaluatedEvent</c>).</summary>
    internal bool TracesLhs => _events.HasLhsEvaluatedHandlers;

    internal void RaiseLhsEvaluated(Expression expression, object? result, string ruleNames, object?[] arguments) =>
        _events.RaiseLhsEvaluated(this, new LhsExpressionEventArgs(expression, null, Array.ConvertAll(arguments, argument => argument!), result, null, null, _factory.RulesNamed(ruleNames)));

    internal void HandleLhsError(Exception exception, Expression expression, string ruleNames, object?[] arguments)
    {
        var args = new LhsExpressionErrorEventArgs(expression, exception, Array.ConvertAll(arguments, argument => argument!), null, null, _factory.RulesNamed(ruleNames));
        _events.RaiseLhsFailed(this, args);
        if (!args.IsHandled)
        {
            throw new RuleLhsExpressionEvaluationException(ruleNames, expression.ToString(), exception);
        }
    }

    internal object Resolve(Activation? activation, Type serviceType)
    {
        var resolver = DependencyResolver ?? _factory.DependencyResolver
            ?? throw new InvalidOperationException($"Rule '{activation?.Branch.Definition.Name}' needs a {serviceType.Name} but the session has no DependencyResolver.");
        _resolution.Rule = activation?.Branch.Definition.Source!;
        return resolver.Resolve(_resolution, serviceType);
    }

    /// <summary>Takes an activation off the agenda (its match went, or a filter no longer accepts it).</summary>
    internal void Unqueue(Activation activation)
    {
        if (activation.IsQueued)
        {
            AgendaQueue.Remove(activation);
            _agenda.Removed(activation);
        }
    }

    internal void OnActivationCreated(Activation activation) => RaiseAgenda(EventAggregator.Agenda.Created, activation);

    internal void OnActivationUpdated(Activation activation) => RaiseAgenda(EventAggregator.Agenda.Updated, activation);

    internal void OnActivationDeleted(Activation activation)
    {
        RaiseAgenda(EventAggregator.Agenda.Deleted, activation);
        if (activation.HasFired)
        {
            // Linked facts go with the match at once; Undo actions fire from the agenda in turn, as in NRules.
            _pendingUndo.Enqueue(activation);
            if (activation.Branch.HasDeactivatedActions)
            {
                AgendaQueue.Add(activation);
            }
        }
    }

    /// <summary>The rule's DSL filter conditions, then the agenda filters added to the session (global, then the rule's).</summary>
    internal bool PassesFilter(Activation activation)
    {
        var conditions = activation.Branch.FilterConditions;
        for (var i = 0; i < conditions.Count; i++)
        {
            if (!EvaluateAgendaExpression(activation, activation.Branch.FilterExpressions[i], conditions[i]))
            {
                return false;
            }
        }

        return _agenda.Accepts(activation);
    }

    internal bool KeysChanged(Activation activation)
    {
        var keys = activation.Branch.FilterKeys;
        if (keys.Count == 0 || activation.LastKeys is null)
        {
            return true;
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (!Equals(EvaluateAgendaExpression(activation, activation.Branch.FilterKeyExpressions[i], keys[i]), activation.LastKeys[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evaluates a DSL filter expression with NRules' agenda-expression events and error recovery.</summary>
    private T? EvaluateAgendaExpression<T>(Activation activation, LambdaExpression expression, Func<Token, T> evaluate)
    {
        T result;
        try
        {
            result = evaluate(activation.Token);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            var args = new AgendaExpressionErrorEventArgs(expression, ex, [activation.Token.Value!], activation);
            _events.RaiseAgendaExpressionFailed(this, args);
            if (!args.IsHandled)
            {
                throw new AgendaExpressionEvaluationException(activation.Branch.Definition.Name, expression.ToString(), ex);
            }

            return default;
        }

        if (_events.HasAgendaExpressionEvaluatedHandlers)
        {
            _events.RaiseAgendaExpressionEvaluated(this, new AgendaExpressionEventArgs(expression, null, [activation.Token.Value!], result, activation));
        }

        return result;
    }

    private void FireActivation(Activation activation)
    {
        var branch = activation.Branch;
        activation.HasFired = true;
        if (branch.FilterKeys.Count > 0)
        {
            var keys = new object?[branch.FilterKeys.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = branch.FilterKeys[i](activation.Token);
            }

            activation.LastKeys = keys;
        }

        RaiseAgenda(EventAggregator.Agenda.Firing, activation);
        RunActions(activation, activation.Trigger switch
        {
            MatchTrigger.Created => ActionTrigger.Activated,
            MatchTrigger.Removed => ActionTrigger.Deactivated,
            _ => ActionTrigger.Reactivated,
        });
        RaiseAgenda(EventAggregator.Agenda.Fired, activation);
        if (activation.Trigger != MatchTrigger.Removed)
        {
            activation.Trigger = MatchTrigger.None;
        }

        _agenda.Selected(activation);
    }

    /// <summary>
    /// Runs the branch's actions whose trigger includes <paramref name="trigger"/>, through the action interceptor when
    /// one is set, with NRules' right-hand-side events and error recovery.
    /// </summary>
    private void RunActions(Activation activation, ActionTrigger trigger)
    {
        var plans = activation.Branch.Actions;
        var interceptor = ActionInterceptor;
        if (interceptor is null)
        {
            for (var i = 0; i < plans.Count; i++)
            {
                if ((plans[i].Trigger & trigger) != 0)
                {
                    RunAction(activation, plans[i]);
                }
            }

            return;
        }

        var invocations = new List<ActionInvocation>(plans.Count);
        foreach (var plan in plans)
        {
            if ((plan.Trigger & trigger) != 0)
            {
                invocations.Add(new ActionInvocation(this, activation, plan, trigger));
            }
        }

        if (invocations.Count == 0)
        {
            return;
        }

        var previous = _context.Activation;
        _context.Activation = activation;
        try
        {
            interceptor.Intercept(_context, invocations);
        }
        finally
        {
            _context.Activation = previous;
        }
    }

    /// <summary>Runs one action with NRules' right-hand-side events; an unhandled failure stops the fire loop.</summary>
    internal void RunAction(Activation activation, ActionPlan plan)
    {
        var previous = _context.Activation;
        _context.Activation = activation;
        try
        {
            plan.Action(_context, activation.Token);
        }
        catch (Exception ex) when (ex is not RuleExpressionEvaluationException)
        {
            var args = new RhsExpressionErrorEventArgs(plan.Expression, ex, [_context, activation.Token.Value!], activation);
            _events.RaiseRhsFailed(this, args);
            if (!args.IsHandled)
            {
                throw new RuleRhsExpressionEvaluationException(activation.Branch.Definition.Name, plan.Expression.ToString(), ex);
            }

            return;
        }
        finally
        {
            _context.Activation = previous;
        }

        if (_events.HasRhsEvaluatedHandlers)
        {
            _events.RaiseRhsEvaluated(this, new RhsExpressionEventArgs(plan.Expression, null, [_context, activation.Token.Value!], activation));
        }
    }

    /// <summary>Runs deferred work (Undo actions, truth-maintenance retractions, linked facts) after an operation.</summary>
    private void Flush()
    {
        if (_flushing)
        {
            return;
        }

        _flushing = true;
        try
        {
            while (true)
            {
                if (_pendingUndo.Count > 0)
                {
                    var activation = _pendingUndo.Dequeue();
                    if (activation.Linked is { } linked)
                    {
                        for (var i = 0; i < linked.Slots; i++)
                        {
                            if (linked.FactAt(i) is { } fact)
                            {
                                _linked.Enqueue(new LinkedOperation(LinkedKind.Retract, activation, fact));
                            }
                        }

                        activation.Linked = null;
                    }

                    continue;
                }

                if (AutoPropagateLinkedFacts && _linked.Count > 0)
                {
                    ProcessLinked(_linked.Dequeue());
                    continue;
                }

                break;
            }
        }
        finally
        {
            _flushing = false;
        }
    }

    private void RaiseAgenda(EventAggregator.Agenda kind, Activation activation)
    {
        if (_events.HasAgendaHandlers(kind))
        {
            _events.RaiseAgenda(this, kind, new AgendaEventArgs(activation));
        }
    }

    private sealed class ResolutionContext : IResolutionContext
    {
        public ResolutionContext(ISession session) => Session = session;

        public ISession Session { get; }

        public IRuleDefinition Rule { get; set; } = null!;
    }
}
