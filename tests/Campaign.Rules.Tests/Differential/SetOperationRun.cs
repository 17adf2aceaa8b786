using Campaign.Rules.Diagnostics;

namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Runs random set operations on two sessions of the same rules side by side, one receiving each set through
/// InsertAll/UpdateAll/RetractAll and the other receiving the same facts one by one, plus the brute-force oracle;
/// after every step the live activations of all three agree, and each Fire fires the same activations in both
/// sessions (as sets: within a set operation the activation order may differ, see docs/engine.md) and exactly what
/// the oracle has pending. One exception, documented: an UpdateAll of several facts is incremental, so a Not/Exists
/// count that passes through zero within the set re-creates its activation (which fires again), as the same updates
/// made one by one in some order would; the oracle compares only the states before and after the set. After such a
/// set the firings must cover the oracle's pending matches and be live matches with the oracle's content.
/// </summary>
internal sealed class SetOperationRun
{
    private readonly List<object> _pool = new();
    private readonly World _world = new();
    private readonly BruteForceMatcher _oracle = new();
    private readonly EngineObserver _setsObserver;
    private readonly EngineObserver _singleObserver;
    private readonly List<string> _log = new();
    private bool _severalUpdatedSinceFire;

    public SetOperationRun()
    {
        for (var i = 0; i < 6; i++)
        {
            _pool.Add(new Customer(i, i % 3, i % 4));
        }

        for (var i = 0; i < 12; i++)
        {
            _pool.Add(new Order(i, i % 7, i % 10));
        }

        Sets = DifferentialRun.Factory.CreateSession();
        Single = DifferentialRun.Factory.CreateSession();
        _setsObserver = new EngineObserver(Sets);
        _singleObserver = new EngineObserver(Single);
    }

    /// <summary>The session that receives whole sets.</summary>
    public ISession Sets { get; }

    /// <summary>The session that receives the same facts one by one.</summary>
    public ISession Single { get; }

    public int TotalFired { get; private set; }

    public void Run(IEnumerable<SetStep> steps)
    {
        foreach (var step in steps)
        {
            _log.Add(step.ToString());
            Apply(step);
            CheckLiveActivations();
        }

        _log.Add("final Fire()");
        Fire();
    }

    /// <summary>Retracts every fact left as one set from the set session (one by one from the other).</summary>
    public void RetractEverything()
    {
        var present = new List<object>();
        present.AddRange(_world.Customers);
        present.AddRange(_world.Orders);
        Sets.RetractAll(present);
        foreach (var fact in present)
        {
            Single.Retract(fact);
            _world.Remove(fact);
        }

        _oracle.Apply(_world, []);
        _log.Add("RetractAll(everything)");
        CheckLiveActivations();
        Fire();
    }

    /// <summary>The nodes of the set session whose counters are not zero.</summary>
    public List<ReteNode> NonEmptyNodes()
    {
        var nodes = new List<ReteNode>();
        foreach (var node in Sets.GetSchema().Nodes)
        {
            if (node.FactCount != 0 || node.TupleCount != 0)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    private void Apply(SetStep step)
    {
        switch (step.Kind)
        {
            case StepKind.InsertAll:
                {
                    var set = Pick(step, present: false);
                    for (var i = 0; i < set.Count; i++)
                    {
                        DifferentialRun.Change(set[i], step.Field, step.Value + i);
                    }

                    Sets.InsertAll(set);
                    foreach (var fact in set)
                    {
                        Single.Insert(fact);
                        _world.Add(fact);
                    }

                    _oracle.Apply(_world, []);
                    return;
                }

            case StepKind.UpdateAll:
                {
                    var set = Pick(step, present: true);
                    for (var i = 0; i < set.Count; i++)
                    {
                        DifferentialRun.Change(set[i], step.Field, step.Value + i);
                    }

                    Sets.UpdateAll(set);
                    foreach (var fact in set)
                    {
                        Single.Update(fact);
                    }

                    _severalUpdatedSinceFire |= set.Count > 1;

                    _oracle.Apply(_world, set);
                    return;
                }

            case StepKind.RetractAll:
                {
                    var set = Pick(step, present: true);
                    Sets.RetractAll(set);
                    foreach (var fact in set)
                    {
                        Single.Retract(fact);
                        _world.Remove(fact);
                    }

                    _oracle.Apply(_world, []);
                    return;
                }

            default:
                Fire();
                return;
        }
    }

    /// <summary>Up to Count+1 facts of the pool, present or absent, from the step's index on (customers and orders mixed).</summary>
    private List<object> Pick(SetStep step, bool present)
    {
        var set = new List<object>();
        for (var i = 0; i < _pool.Count && set.Count <= step.Count; i++)
        {
            var fact = _pool[(step.Index + (i * 5)) % _pool.Count];
            if (_world.Contains(fact) == present)
            {
                set.Add(fact);
            }
        }

        return set;
    }

    private void Fire()
    {
        _setsObserver.Fired.Clear();
        _singleObserver.Fired.Clear();
        var pending = _oracle.Pending().Select(p => p.Content).Order(StringComparer.Ordinal).ToList();
        var fired = Sets.Fire();
        var firedSingle = Single.Fire();
        var sets = _setsObserver.Fired.Select(f => f.Content).Order(StringComparer.Ordinal).ToList();
        var single = _singleObserver.Fired.Select(f => f.Content).Order(StringComparer.Ordinal).ToList();
        Expect(fired == sets.Count && firedSingle == single.Count, $"Fire returned {fired} and {firedSingle}, the firing events were {sets.Count} and {single.Count}");
        if (_severalUpdatedSinceFire)
        {
            Expect(!pending.Except(sets).Any(), $"the set session did not fire [{string.Join(", ", pending.Except(sets))}], pending in the oracle");
            Expect(!pending.Except(single).Any(), $"the one-by-one session did not fire [{string.Join(", ", pending.Except(single))}], pending in the oracle");
        }
        else
        {
            Expect(sets.SequenceEqual(pending), $"the set session fired [{string.Join(", ", sets)}], the oracle had pending [{string.Join(", ", pending)}]");
            Expect(single.SequenceEqual(sets), $"fired differently. sets: [{string.Join(", ", sets)}]; one by one: [{string.Join(", ", single)}]");
        }

        var lastPriority = int.MaxValue;
        foreach (var (key, content) in _setsObserver.Fired)
        {
            Expect(_oracle.MatchKeys.Contains(key), $"the set session fired {content}, which is not a match of the oracle");
            Expect(_oracle.ContentOf(key) == content, $"the set session fired {content}, the oracle's match is {_oracle.ContentOf(key)}");
            var priority = _oracle.PriorityOf(key);
            Expect(priority <= lastPriority, $"the set session fired {content} (priority {priority}) after priority {lastPriority}");
            lastPriority = priority;
            if (_oracle.IsPending(key))
            {
                _oracle.MarkFired(key);
            }
        }

        _severalUpdatedSinceFire = false;
        TotalFired += fired;
    }

    private void CheckLiveActivations()
    {
        var sets = _setsObserver.LiveKeys().Order(StringComparer.Ordinal).ToList();
        var single = _singleObserver.LiveKeys().Order(StringComparer.Ordinal).ToList();
        var oracle = _oracle.MatchKeys.Order(StringComparer.Ordinal).ToList();
        Expect(sets.SequenceEqual(oracle), $"set session and oracle differ. set session only: [{string.Join(", ", sets.Except(oracle))}]; oracle only: [{string.Join(", ", oracle.Except(sets))}]");
        Expect(single.SequenceEqual(oracle), $"one-by-one session and oracle differ. session only: [{string.Join(", ", single.Except(oracle))}]; oracle only: [{string.Join(", ", oracle.Except(single))}]");
    }

    private void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException($"After steps [{string.Join(" ", _log)}]: {message}. Facts: {string.Join(" ", _world.Customers)} {string.Join(" ", _world.Orders)}");
        }
    }
}
