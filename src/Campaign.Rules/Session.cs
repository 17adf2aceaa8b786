using System.Linq.Expressions;
using Campaign.Rules.Agenda;
using Campaign.Rules.Compilation;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.Extensibility;
using Campaign.Rules.Rete;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules;

/// <summary>A rules session: working memory, the session's network memories, the agenda and the fire loop.</summary>
internal sealed partial class Session : ISession
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

    public Session(SessionFactory factory)
    {
        _facts = new Dictionary<object, Fact>(_identity);
        _factory = factory;
        _events = new EventAggregator(factory.EventAggregator);
        DependencyResolver = factory.DependencyResolver;
        _context = new ActionContext(this);
        _resolution = new ResolutionContext(this, NoRule.Instance);
        _network = new Network(this, factory.Branches);
        foreach (var root in _network.BetaRoots)
        {
            root.LeftPropagate(root.CreateToken(null, null), ChangeKind.Assert);
        }

        FlushAggregates();
    }

    public IEventProvider Events => _events;

    public IDependencyResolver? DependencyResolver { get; set; }

    public bool AutoPropagateLinkedFacts { get; set; } = true;

    internal RuleAgenda Agenda { get; } = new();

    /// <summary>Pooled lists of fact changes (alpha side of set propagation).</summary>
    internal ChangeListPool<Fact> FactLists { get; } = new();

    /// <summary>Pooled lists of token changes (beta side of set propagation).</summary>
    internal ChangeListPool<Token> TokenLists { get; } = new();

    public long NextStamp() => ++_stamp;

    /// <summary>Numbers the join nodes of the session (a right entry names its node by number).</summary>
    internal int NextJoinId() => ++_joinIds;

    public ReteGraph GetSchema() => _network.Describe();

    /// <summary>
    /// Ends a session that will not be used again (a batch check's part): empties the identity map. A large session's
    /// map keeps its entries in an array on the large-object heap, which only a full collection frees; left filled,
    /// that dead array would keep every fact of the session, and through the facts its memories, alive in each
    /// younger collection until then (they would be copied into the older generations instead of freed).
    /// </summary>
    internal void Release() => _facts.Clear();

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
        while (fired < maxRulesNumber && !_halted && !cancellationToken.IsCancellationRequested && Agenda.TryPop(out var activation))
        {
            FireActivation(activation);
            fired++;
            Flush();
        }

        return fired;
    }

    public void PropagateLinked()
    {
        while (_linked.Count > 0)
        {
            ProcessLinked(_linked.Dequeue());
            Flush();
        }
    }

    internal void Halt() => _halted = true;

    internal void ScheduleAggregate(AggregateNode node) => _aggregates.Add(node);

    /// <summary>Brings every query result up to date; called at the end of each working-memory operation (or set).</summary>
    internal void FlushAggregates()
    {
        while (_aggregates.Count > 0)
        {
            var node = _aggregates[^1];
            _aggregates.RemoveAt(_aggregates.Count - 1);
            node.FlushPending();
        }
    }

    internal void HandleLhsError(Exception exception, Expression expression, string ruleName, object?[] arguments)
    {
        var args = new LhsExpressionErrorEventArgs(ruleName, expression, exception, arguments);
        _events.RaiseLhs(this, args);
        if (!args.IsHandled)
        {
            throw new RuleLhsExpressionEvaluationException(ruleName, expression.ToString(), exception);
        }
    }

    internal object Resolve(Activation? activation, Type serviceType)
    {
        var resolver = DependencyResolver ?? _factory.DependencyResolver
            ?? throw new InvalidOperationException($"Rule '{activation?.Branch.Definition.Name}' needs a {serviceType.Name} but the session has no DependencyResolver.");
        _resolution.Rule = (IRuleDefinition?)activation?.Branch.Definition ?? NoRule.Instance;
        return resolver.Resolve(_resolution, serviceType);
    }

    internal void OnActivationCreated(Activation activation) => RaiseAgenda(EventAggregator.Agenda.Created, activation);

    internal void OnActivationUpdated(Activation activation) => RaiseAgenda(EventAggregator.Agenda.Updated, activation);

    internal void OnActivationDeleted(Activation activation)
    {
        RaiseAgenda(EventAggregator.Agenda.Deleted, activation);
        if (activation.HasFired)
        {
            _pendingUndo.Enqueue(activation);
        }
    }

    internal bool PassesFilter(Activation activation)
    {
        var conditions = activation.Branch.FilterConditions;
        for (var i = 0; i < conditions.Count; i++)
        {
            bool passes;
            try
            {
                passes = conditions[i](activation.Token);
            }
            catch (Exception ex) when (ex is not RuleLhsExpressionEvaluationException)
            {
                HandleLhsError(ex, activation.Branch.FilterExpressions[i], activation.Branch.Definition.Name, [activation.Token.Value]);
                passes = false;
            }

            if (!passes)
            {
                return false;
            }
        }

        return true;
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
            if (!Equals(keys[i](activation.Token), activation.LastKeys[i]))
            {
                return true;
            }
        }

        return false;
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
        RunActions(activation, branch.Actions);
        RaiseAgenda(EventAggregator.Agenda.Fired, activation);
    }

    private void RunActions(Activation activation, List<ActionPlan> actions)
    {
        var previous = _context.Activation;
        _context.Activation = activation;
        try
        {
            foreach (var action in actions)
            {
                try
                {
                    action.Action(_context, activation.Token);
                }
                catch (Exception ex) when (ex is not RuleRhsExpressionEvaluationException and not RuleLhsExpressionEvaluationException)
                {
                    var args = new RhsExpressionErrorEventArgs(activation.Branch.Definition, action.Expression, ex, FactsOf(activation));
                    _events.RaiseRhs(this, args);
                    if (!args.IsHandled)
                    {
                        throw new RuleRhsExpressionEvaluationException(activation.Branch.Definition.Name, action.Expression.ToString(), ex);
                    }
                }
            }
        }
        finally
        {
            _context.Activation = previous;
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
                    if (activation.Branch.UndoActions.Count > 0)
                    {
                        RunActions(activation, activation.Branch.UndoActions);
                    }

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
            _events.RaiseAgenda(this, kind, new AgendaEventArgs(activation.Branch.Definition, FactsOf(activation)));
        }
    }

    private static List<IFact> FactsOf(Activation activation)
    {
        var facts = new List<IFact>();
        foreach (var (declaration, level) in activation.Branch.Bindings)
        {
            var token = activation.Token;
            while (token.Level > level)
            {
                token = token.Parent!;
            }

            facts.Add(token.Fact is not null ? token.Fact : new ValueFact(declaration.Type, token.StoredValue));
        }

        return facts;
    }

    private sealed class ResolutionContext : IResolutionContext
    {
        public ResolutionContext(ISession session, IRuleDefinition rule)
        {
            Session = session;
            Rule = rule;
        }

        public ISession Session { get; }

        public IRuleDefinition Rule { get; set; }
    }

    private sealed class NoRule : IRuleDefinition
    {
        public static readonly NoRule Instance = new();

        public string Name => string.Empty;

        public string Description => string.Empty;

        public int Priority => 0;

        public RuleRepeatability Repeatability => RuleRepeatability.Repeatable;

        public IReadOnlyList<string> Tags => [];
    }
}
