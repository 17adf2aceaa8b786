using System.Runtime.InteropServices;
using Campaign.Rules.Agenda;
using Campaign.Rules.Diagnostics;
using Campaign.Rules.Rete;

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

    internal void InsertAllCore(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);

        // Set-oriented and optimistic: no validation pass; a duplicate rolls back what this call inserted.
        var inserted = 0;
        var list = facts as IReadOnlyList<object> ?? new List<object>(facts);

        // Grow the identity map once for the whole set instead of doubling (and rehashing) as it fills.
        _facts.EnsureCapacity(_facts.Count + list.Count);
        _batch++;
        try
        {
            for (; inserted < list.Count; inserted++)
            {
                InsertCore(list[inserted], null, throwIfPresent: true);
            }
        }
        catch (ArgumentException)
        {
            for (var i = inserted - 1; i >= 0; i--)
            {
                RetractCore(list[i], null, throwIfAbsent: false);
            }

            throw new ArgumentException($"Fact {list[inserted]} is already in the session (or twice in the set); no fact of the set was inserted.", nameof(facts));
        }
        finally
        {
            EndBatch();
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

        _batch++;
        try
        {
            foreach (var fact in list)
            {
                UpdateCore(fact, null, throwIfAbsent: true);
            }
        }
        finally
        {
            EndBatch();
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

        _batch++;
        try
        {
            foreach (var fact in list)
            {
                RetractCore(fact, null, throwIfAbsent: true);
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
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_facts, value, out var exists);
        if (exists)
        {
            return throwIfPresent ? throw new ArgumentException($"Fact {value} is already in the session.", "fact") : false;
        }

        var fact = new Fact(value) { Source = source };
        slot = fact;
        RaiseFact(EventAggregator.Fact.Inserting, fact);
        var routes = _network.Route(value.GetType());
        for (var i = 0; i < routes.Length; i++)
        {
            routes[i].Assert(fact);
        }

        if (_batch == 0)
        {
            FlushAggregates();
        }

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
        var oldType = fact.Object.GetType();
        fact.Object = value;
        if (oldType != value.GetType())
        {
            // A replacement of another runtime type goes to other type nodes: retract from the old ones, assert to the new.
            var old = _network.Route(oldType);
            for (var i = 0; i < old.Length; i++)
            {
                old[i].Retract(fact);
            }

            var routesNew = _network.Route(value.GetType());
            for (var i = 0; i < routesNew.Length; i++)
            {
                routesNew[i].Assert(fact);
            }
        }
        else
        {
            var routes = _network.Route(oldType);
            for (var i = 0; i < routes.Length; i++)
            {
                routes[i].Modify(fact);
            }
        }

        if (_batch == 0)
        {
            FlushAggregates();
        }

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
        var routes = _network.Route(fact.Object.GetType());
        for (var i = 0; i < routes.Length; i++)
        {
            routes[i].Retract(fact);
        }

        if (_batch == 0)
        {
            FlushAggregates();
        }

        RaiseFact(EventAggregator.Fact.Retracted, fact);
        return true;
    }

    private void EndBatch()
    {
        if (--_batch == 0)
        {
            FlushAggregates();
        }
    }

    internal void EnqueueLinked(LinkedKind kind, Activation activation, object fact) => _linked.Enqueue(new LinkedOperation(kind, activation, fact));

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
                UpdateCore(operation.Fact, operation.Activation, throwIfAbsent: false);
                break;
            default:
                if (_facts.TryGetValue(operation.Fact, out var fact) && ReferenceEquals(fact.Source, operation.Activation))
                {
                    RetractCore(operation.Fact, operation.Activation, throwIfAbsent: false);
                }

                break;
        }
    }

    private void RaiseFact(EventAggregator.Fact kind, Fact fact)
    {
        if (_events.HasFactHandlers(kind))
        {
            _events.RaiseFact(this, kind, new WorkingMemoryEventArgs(fact));
        }
    }

    internal readonly record struct LinkedOperation(LinkedKind Kind, Activation Activation, object Fact);
}
