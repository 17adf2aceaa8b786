using System.Buffers;
using System.Runtime.InteropServices;
using Campaign.Rules.Agenda;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.Rete;
using NRules.Diagnostics;

namespace Campaign.Rules;

/// <summary>Working memory operations: identity checks, events and propagation through the type routing table.</summary>
internal sealed partial class Session
{
    internal enum LinkedKind
    {
        Insert,
        Update,
        Retract,
    }

    public void Insert(object fact)
    {
        InsertCore(fact, null, throwIfPresent: true);
        Flush();
    }

    public bool TryInsert(object fact)
    {
        var inserted = InsertCore(fact, null, throwIfPresent: false);
        Flush();
        return inserted;
    }

    public void InsertAll(IEnumerable<object> facts)
    {
        InsertAllCore(facts);
        Flush();
    }

    public void Update(object fact)
    {
        UpdateCore(fact, null, throwIfAbsent: true);
        Flush();
    }

    public bool TryUpdate(object fact)
    {
        var updated = UpdateCore(fact, null, throwIfAbsent: false);
        Flush();
        return updated;
    }

    public void UpdateAll(IEnumerable<object> facts)
    {
        UpdateAllCore(facts);
        Flush();
    }

    public void Retract(object fact)
    {
        RetractCore(fact, null, throwIfAbsent: true);
        Flush();
    }

    public bool TryRetract(object fact)
    {
        var retracted = RetractCore(fact, null, throwIfAbsent: false);
        Flush();
        return retracted;
    }

    public void RetractAll(IEnumerable<object> facts)
    {
        RetractAllCore(facts);
        Flush();
    }

    // Set operations: every fact of the set gets its Fact object first (identity map), then the changes are grouped
    // by type node (type nodes in order of first appearance, facts in set order within each) and each node receives
    // its group as one list, which it filters or joins as a whole and hands on as one list (see docs/engine.md).
    // A large set goes through in slices of SliceSize facts, so the scratch lists stay small and are reused.
    // The lists are pooled per session, the Fact arrays by ArrayPool (hot path).
    internal const int SliceSize = 1024;

    internal void InsertAllCore(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts as IReadOnlyList<object> ?? new List<object>(facts);
        var count = list.Count;

        // Grow the identity map once for the whole set instead of doubling (and rehashing) as it fills.
        ReserveFacts(count);
        var created = ArrayPool<Fact>.Shared.Rent(Math.Max(count, 1));
        try
        {
            for (var i = 0; i < count; i++)
            {
                var value = list[i];
                if (value is null)
                {
                    RollBack(created, i);
                    throw new ArgumentNullException(nameof(facts), "The set contains a null fact; no fact of the set was inserted.");
                }

                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, value, out var exists);
                if (exists)
                {
                    RollBack(created, i);
                    throw new ArgumentException($"Fact {value} is already in the session (or twice in the set); no fact of the set was inserted.", nameof(facts));
                }

                var fact = new Fact(value);
                slot = fact;
                created[i] = fact;
            }

            RaiseFacts(EventAggregator.Fact.Inserting, created, count);
            PropagateSet(created, null, count, ChangeKind.Assert);

            RaiseFacts(EventAggregator.Fact.Inserted, created, count);
        }
        finally
        {
            ArrayPool<Fact>.Shared.Return(created, clearArray: true);
        }
    }

    internal void UpdateAllCore(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = new List<object>(facts);
        foreach (var fact in list)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            CheckPresentAndNotLinked(fact, null, nameof(facts));
        }

        var count = list.Count;
        var changed = ArrayPool<Fact>.Shared.Rent(Math.Max(count, 1));
        try
        {
            for (var i = 0; i < count; i++)
            {
                changed[i] = _facts[list[i]];
            }

            RaiseFacts(EventAggregator.Fact.Updating, changed, count);
            PropagateSet(changed, list, count, ChangeKind.Modify);

            RaiseFacts(EventAggregator.Fact.Updated, changed, count);
        }
        finally
        {
            ArrayPool<Fact>.Shared.Return(changed, clearArray: true);
        }
    }

    internal void RetractAllCore(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = new List<object>(facts);
        foreach (var fact in list)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            CheckPresentAndNotLinked(fact, null, nameof(facts));
        }

        var removed = ArrayPool<Fact>.Shared.Rent(Math.Max(list.Count, 1));
        var count = 0;
        try
        {
            for (var i = 0; i < list.Count; i++)
            {
                // A fact twice in the set is retracted once (the second is no longer in the map).
                if (_facts.Remove(list[i], out var fact))
                {
                    removed[count++] = fact;
                }
            }

            RaiseFacts(EventAggregator.Fact.Retracting, removed, count);
            PropagateSet(removed, null, count, ChangeKind.Retract);

            RaiseFacts(EventAggregator.Fact.Retracted, removed, count);
        }
        finally
        {
            ArrayPool<Fact>.Shared.Return(removed, clearArray: true);
        }
    }

    /// <summary>Propagates a set slice by slice as one batch; an update also takes the new objects (<paramref name="values"/>).</summary>
    private void PropagateSet(Fact[] facts, List<object>? values, int count, ChangeKind kind)
    {
        _batch++;
        try
        {
            for (var start = 0; start < count; start += SliceSize)
            {
                var end = Math.Min(count, start + SliceSize);
                for (var i = start; i < end; i++)
                {
                    var fact = facts[i];
                    if (values is not null)
                    {
                        RouteModify(fact, values[i]);
                    }
                    else
                    {
                        Route(fact, fact.Object.GetType(), kind);
                    }
                }

                PropagateRouted();
            }
        }
        finally
        {
            EndBatch();
        }
    }

    internal bool InsertCore(object value, Activation? source, bool throwIfPresent)
    {
        ArgumentNullException.ThrowIfNull(value, "fact");
        ReserveFacts(1);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, value, out var exists);
        if (exists)
        {
            return throwIfPresent ? throw new ArgumentException($"Fact {value} is already in the session.", "fact") : false;
        }

        var fact = new Fact(value) { Source = source };
        slot = fact;
        RaiseFact(EventAggregator.Fact.Inserting, fact);
        Route(fact, value.GetType(), ChangeKind.Assert);
        PropagateRouted();
        EndOperation();
        RaiseFact(EventAggregator.Fact.Inserted, fact);
        return true;
    }

    internal bool UpdateCore(object value, Activation? source, bool throwIfAbsent)
    {
        ArgumentNullException.ThrowIfNull(value, "fact");
        if (!_facts.TryGetValue(value, out var fact))
        {
            return throwIfAbsent ? throw new ArgumentException($"Fact {value} is not in the session.", "fact") : false;
        }

        if (!ReferenceEquals(fact.Source, source))
        {
            throw new ArgumentException($"Fact {value} is linked to rule '{fact.Source?.Branch.Definition.Name}' and can only be updated through it.", "fact");
        }

        RaiseFact(EventAggregator.Fact.Updating, fact);
        RouteModify(fact, value);
        PropagateRouted();
        EndOperation();
        RaiseFact(EventAggregator.Fact.Updated, fact);
        return true;
    }

    internal bool RetractCore(object value, Activation? source, bool throwIfAbsent)
    {
        ArgumentNullException.ThrowIfNull(value, "fact");
        if (!_facts.TryGetValue(value, out var fact))
        {
            return throwIfAbsent ? throw new ArgumentException($"Fact {value} is not in the session.", "fact") : false;
        }

        if (!ReferenceEquals(fact.Source, source))
        {
            throw new ArgumentException($"Fact {value} is linked to rule '{fact.Source?.Branch.Definition.Name}' and can only be retracted through it.", "fact");
        }

        RaiseFact(EventAggregator.Fact.Retracting, fact);
        _facts.Remove(value);
        Route(fact, fact.Object.GetType(), ChangeKind.Retract);
        PropagateRouted();
        EndOperation();
        RaiseFact(EventAggregator.Fact.Retracted, fact);
        return true;
    }

    private void RollBack(Fact[] created, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _facts.Remove(created[i].Object);
        }
    }

    /// <summary>Adds the change of a fact to the pending list of each type node its runtime type routes to.</summary>
    private void Route(Fact fact, Type type, ChangeKind kind)
    {
        var routes = _network.Route(type);
        for (var i = 0; i < routes.Length; i++)
        {
            var node = routes[i];
            if (node.Pending is null)
            {
                node.Pending = FactLists.Rent();
                _touchedTypes.Add(node);
            }

            node.Pending.Add(fact, kind);
        }
    }

    private void RouteModify(Fact fact, object value)
    {
        var oldType = fact.Object.GetType();
        fact.Object = value;
        var newType = value.GetType();
        if (oldType != newType)
        {
            // A replacement of another runtime type goes to other type nodes: retract from the old ones, assert to the new.
            Route(fact, oldType, ChangeKind.Retract);
            Route(fact, newType, ChangeKind.Assert);
        }
        else
        {
            Route(fact, oldType, ChangeKind.Modify);
        }
    }

    /// <summary>Hands each touched type node its changes as one list, type nodes in network order (as NRules does).</summary>
    private void PropagateRouted()
    {
        // The grouping list is taken out while it propagates, so that a change made by an event handler during the
        // propagation groups and propagates on its own instead of corrupting this one.
        var touched = _touchedTypes;
        _touchedTypes = _spareTouchedTypes ?? new List<TypeNode>();
        _spareTouchedTypes = null;
        for (var i = 1; i < touched.Count; i++)
        {
            // Insertion sort: a set touches few type nodes.
            var node = touched[i];
            var j = i - 1;
            while (j >= 0 && touched[j].Order > node.Order)
            {
                touched[j + 1] = touched[j];
                j--;
            }

            touched[j + 1] = node;
        }
        for (var i = 0; i < touched.Count; i++)
        {
            var node = touched[i];
            var list = node.Pending!;
            node.Pending = null;
            node.Propagate(list);
            FactLists.Return(list);
        }

        touched.Clear();
        _spareTouchedTypes = touched;
    }

    private void EndOperation()
    {
        if (_batch == 0)
        {
            FlushAggregates();
            FactLists.Trim();
            TokenLists.Trim();
        }
    }

    private void EndBatch()
    {
        --_batch;
        EndOperation();
    }

    internal void EnqueueLinked(LinkedKind kind, Activation activation, object fact, object? previous = null) =>
        _linked.Enqueue(new LinkedOperation(kind, activation, fact, previous));

    private void CheckPresentAndNotLinked(object value, Activation? source, string parameter)
    {
        if (!_facts.TryGetValue(value, out var fact))
        {
            throw new ArgumentException($"Fact {value} is not in the session; no fact of the set was changed.", parameter);
        }

        if (!ReferenceEquals(fact.Source, source))
        {
            throw new ArgumentException($"Fact {value} is linked to a rule and can only be changed through it.", parameter);
        }
    }

    private void ProcessLinked(LinkedOperation operation)
    {
        switch (operation.Kind)
        {
            case LinkedKind.Insert:
                InsertCore(operation.Fact, operation.Activation, throwIfPresent: true);
                break;
            case LinkedKind.Update:
                if (operation.Previous is { } previous && !_identity.Equals(previous, operation.Fact))
                {
                    ReplaceLinked(previous, operation.Fact, operation.Activation);
                }
                else
                {
                    UpdateCore(operation.Fact, operation.Activation, throwIfAbsent: false);
                }

                break;
            default:
                if (_facts.TryGetValue(operation.Fact, out var fact) && ReferenceEquals(fact.Source, operation.Activation))
                {
                    RetractCore(operation.Fact, operation.Activation, throwIfAbsent: false);
                }

                break;
        }
    }

    /// <summary>Updates a linked fact to a new object of another identity: the working-memory fact keeps its matches.</summary>
    private void ReplaceLinked(object previous, object value, Activation source)
    {
        if (!_facts.TryGetValue(previous, out var fact) || !ReferenceEquals(fact.Source, source))
        {
            InsertCore(value, source, throwIfPresent: true);
            return;
        }

        if (_facts.ContainsKey(value))
        {
            throw new ArgumentException($"Linked fact {value} is already in the session.", nameof(value));
        }

        RaiseFact(EventAggregator.Fact.Updating, fact);
        _facts.Remove(previous);
        ReserveFacts(1);
        _facts.Add(value, fact);
        RouteModify(fact, value);
        PropagateRouted();
        EndOperation();
        RaiseFact(EventAggregator.Fact.Updated, fact);
    }

    private void RaiseFacts(EventAggregator.Fact kind, Fact[] facts, int count)
    {
        if (_events.HasFactHandlers(kind))
        {
            for (var i = 0; i < count; i++)
            {
                _events.RaiseFact(this, kind, new WorkingMemoryEventArgs(facts[i]));
            }
        }
    }

    private void RaiseFact(EventAggregator.Fact kind, Fact fact)
    {
        if (_events.HasFactHandlers(kind))
        {
            _events.RaiseFact(this, kind, new WorkingMemoryEventArgs(fact));
        }
    }

    /// <summary>A linked-fact change; an update carries the object it replaces (which may be another object).</summary>
    internal readonly record struct LinkedOperation(LinkedKind Kind, Activation Activation, object Fact, object? Previous = null);
}
