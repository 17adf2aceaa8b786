using Campaign.Rules.Diagnostics;
using Campaign.Rules.Fluent;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Runs a sequence of steps on a session and on the brute-force oracle side by side, and checks after every step that
/// the live activations agree and, after every Fire, that the engine fired exactly what the oracle had pending (with
/// the same content, the highest priority first, as many as asked).
/// </summary>
internal sealed class DifferentialRun
{
    private static readonly Lazy<ISessionFactory> SharedFactory = new(CompileRules);

    private readonly Customer[] _customers = new Customer[6];
    private readonly Order[] _orders = new Order[12];
    private readonly World _world = new();
    private readonly BruteForceMatcher _oracle = new();
    private readonly EngineObserver _observer;
    private readonly List<string> _log = new();

    public DifferentialRun()
    {
        for (var i = 0; i < _customers.Length; i++)
        {
            _customers[i] = new Customer(i, i % 3, i % 4);
        }

        for (var i = 0; i < _orders.Length; i++)
        {
            _orders[i] = new Order(i, i % 7, i % 10);
        }

        Session = Factory.CreateSession();
        _observer = new EngineObserver(Session);
    }

    public static ISessionFactory Factory => SharedFactory.Value;

    public ISession Session { get; }

    public int TotalFired { get; private set; }

    public void Run(IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            _log.Add(step.ToString());
            Apply(step);
            CheckLiveActivations();
        }

        _log.Add("final Fire()");
        Fire(0);
    }

    /// <summary>Retracts every fact left (as one set) and checks that nothing is pending any more.</summary>
    public void RetractEverything()
    {
        var present = new List<object>();
        present.AddRange(_world.Customers);
        present.AddRange(_world.Orders);
        if (present.Count > 0)
        {
            Session.RetractAll(present);
            foreach (var fact in present)
            {
                _world.Remove(fact);
            }

            _oracle.Apply(_world, []);
        }

        _log.Add("RetractAll(everything)");
        CheckLiveActivations();
        Fire(0);
    }

    private void Apply(Step step)
    {
        object fact = step.Customer ? _customers[step.Index % _customers.Length] : _orders[step.Index];
        switch (step.Kind)
        {
            case StepKind.Insert:
                if (_world.Contains(fact))
                {
                    Expect(!Session.TryInsert(fact), "TryInsert of a present fact returned true");
                    return;
                }

                Change(fact, step.Field, step.Value);
                Session.Insert(fact);
                _world.Add(fact);
                _oracle.Apply(_world, []);
                return;
            case StepKind.Update:
                if (!_world.Contains(fact))
                {
                    Expect(!Session.TryUpdate(fact), "TryUpdate of an absent fact returned true");
                    return;
                }

                Change(fact, step.Field, step.Value);
                Session.Update(fact);
                _oracle.Apply(_world, [fact]);
                return;
            case StepKind.Retract:
                if (!_world.Contains(fact))
                {
                    Expect(!Session.TryRetract(fact), "TryRetract of an absent fact returned true");
                    return;
                }

                Session.Retract(fact);
                _world.Remove(fact);
                _oracle.Apply(_world, []);
                return;
            case StepKind.InsertAll:
                {
                    var set = Pick(step, present: false);
                    if (set.Count == 0)
                    {
                        return;
                    }

                    Session.InsertAll(set);
                    set.ForEach(_world.Add);
                    _oracle.Apply(_world, []);
                    return;
                }

            case StepKind.UpdateAll:
                {
                    var set = Pick(step, present: true);
                    if (set.Count == 0)
                    {
                        return;
                    }

                    for (var i = 0; i < set.Count; i++)
                    {
                        Change(set[i], step.Field, step.Value + i);
                    }

                    Session.UpdateAll(set);
                    _oracle.Apply(_world, set);
                    return;
                }

            case StepKind.RetractAll:
                {
                    var set = Pick(step, present: true);
                    if (set.Count == 0)
                    {
                        return;
                    }

                    Session.RetractAll(set);
                    set.ForEach(_world.Remove);
                    _oracle.Apply(_world, []);
                    return;
                }

            default:
                Fire(step.Count);
                return;
        }
    }

    internal static void Change(object fact, int field, int value)
    {
        switch (fact, field)
        {
            case (Customer c, 0):
                c.Region = value % 3;
                break;
            case (Customer c, _):
                c.Level = value % 4;
                break;
            case (Order o, 0):
                o.CustomerId = value % 7;
                break;
            case (Order o, _):
                o.Amount = value;
                break;
        }
    }

    /// <summary>Up to Count+1 facts of the pool, present or absent, starting at the step's index.</summary>
    private List<object> Pick(Step step, bool present)
    {
        var pool = new List<object>();
        pool.AddRange(_customers);
        pool.AddRange(_orders);
        var set = new List<object>();
        for (var i = 0; i < pool.Count && set.Count <= step.Count; i++)
        {
            var fact = pool[(step.Index * 3 + i) % pool.Count];
            if (_world.Contains(fact) == present)
            {
                set.Add(fact);
            }
        }

        return set;
    }

    private void Fire(int limit)
    {
        _observer.Fired.Clear();
        var pendingBefore = _oracle.Pending().Count();
        var fired = limit == 0 ? Session.Fire() : Session.Fire(limit);
        var expected = limit == 0 ? pendingBefore : Math.Min(limit, pendingBefore);
        Expect(fired == expected, $"Fire({limit}) fired {fired}, the oracle had {pendingBefore} pending: {string.Join(", ", _oracle.Pending().Select(p => p.Content))}; engine fired {string.Join(", ", _observer.Fired.Select(f => f.Content))}");
        Expect(_observer.Fired.Count == fired, $"Fire returned {fired} but {_observer.Fired.Count} firing events were raised");
        foreach (var (key, content) in _observer.Fired)
        {
            Expect(_oracle.IsPending(key), $"the engine fired {content}, which the oracle does not have pending (pending: {string.Join(", ", _oracle.Pending().Select(p => p.Content))})");
            Expect(_oracle.ContentOf(key) == content, $"the engine fired {content}, the oracle's match is {_oracle.ContentOf(key)}");
            var highest = _oracle.Pending().Max(p => p.Priority);
            Expect(_oracle.PriorityOf(key) == highest, $"the engine fired {content} (priority {_oracle.PriorityOf(key)}) while priority {highest} was pending");
            _oracle.MarkFired(key);
        }

        TotalFired += fired;
    }

    private void CheckLiveActivations()
    {
        var engine = _observer.LiveKeys().Order(StringComparer.Ordinal).ToList();
        var oracle = _oracle.MatchKeys.Order(StringComparer.Ordinal).ToList();
        if (!engine.SequenceEqual(oracle))
        {
            Fail($"activations differ. engine only: [{string.Join(", ", engine.Except(oracle))}]; oracle only: [{string.Join(", ", oracle.Except(engine))}]");
        }
    }

    private void Expect(bool condition, string message)
    {
        if (!condition)
        {
            Fail(message);
        }
    }

    private void Fail(string message) =>
        throw new Xunit.Sdk.XunitException($"After steps [{string.Join(" ", _log)}]: {message}. Facts: {string.Join(" ", _world.Customers)} {string.Join(" ", _world.Orders)}");

    private static ISessionFactory CompileRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(
            typeof(JoinEqRule),
            typeof(JoinEqResidualRule),
            typeof(JoinNonEqRule),
            typeof(NotRule),
            typeof(NotNonEqRule),
            typeof(ExistsRule),
            typeof(ExistsMutableKeyRule),
            typeof(CollectRule),
            typeof(CollectFilteredRule),
            typeof(GroupByRule),
            typeof(SelfJoinRule),
            typeof(LargestOrderRule),
            typeof(SameRegionRule),
            typeof(HavingRule),
            typeof(LetRule)));
        return repository.Compile();
    }

    /// <summary>The nodes of the session's network whose counters are not zero.</summary>
    public List<ReteNode> NonEmptyNodes()
    {
        var nodes = new List<ReteNode>();
        foreach (var node in Session.GetSchema().Nodes)
        {
            if (node.FactCount != 0 || node.TupleCount != 0)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }
}
