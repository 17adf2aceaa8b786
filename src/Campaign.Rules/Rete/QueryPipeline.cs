using System.Collections;
using Campaign.Rules.Compilation;
using NRules.RuleModel;

namespace Campaign.Rules.Rete;

// Not a no-allocation path: a query recomputes the results of one partial match (its own elements only, so the
// cost follows the matches touched), with object-typed delegates (value results are boxed) and LINQ for ordering.

/// <summary>Identity of one query result of a partial match (a source element, a group key, or the single aggregate).</summary>
internal readonly record struct ResultKey(object? Element, int Index);

/// <summary>A pair of keys for nested SelectMany results.</summary>
internal sealed record KeyPair(ResultKey Outer);

/// <summary>Marker objects used as keys.</summary>
internal static class QueryKeys
{
    public static readonly object Single = new();
    public static readonly object Null = new();
}

/// <summary>One element flowing through a query pipeline.</summary>
internal struct QueryItem
{
    public ResultKey Key;
    public object? Value;
    public bool Touched;
    public int Count;
}

/// <summary>A query stage applied per element (Where/Select/SelectMany) before or after the aggregate.</summary>
internal sealed class ElementStage
{
    public ElementStage(QueryStageKind kind, Func<Token, object?, object?> function)
    {
        Kind = kind;
        Function = function;
    }

    public QueryStageKind Kind { get; }

    public Func<Token, object?, object?> Function { get; }
}

/// <summary>An aggregate (Collect, GroupBy, ToLookup) producing results from the elements of one partial match.</summary>
internal abstract class Aggregator
{
    public abstract void Aggregate(Token token, List<QueryItem> input, List<QueryItem> output);
}

/// <summary>Collect (with optional ordering): exactly one result per partial match, even when empty.</summary>
internal sealed class CollectAggregator<T> : Aggregator
{
    private readonly List<(Func<Token, object?, object?> Key, bool Descending)> _order;

    public CollectAggregator(List<(Func<Token, object?, object?> Key, bool Descending)> order) => _order = order;

    public override void Aggregate(Token token, List<QueryItem> input, List<QueryItem> output)
    {
        var touched = false;
        var list = new List<T>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            touched |= input[i].Touched;
            list.Add((T)input[i].Value!);
        }

        if (_order.Count > 0)
        {
            list = Sort(token, list);
        }

        output.Add(new QueryItem { Key = new ResultKey(QueryKeys.Single, 0), Value = list, Touched = touched, Count = list.Count });
    }

    private List<T> Sort(Token token, List<T> list)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var (key, descending) in _order)
        {
            object? Selector(T x) => key(token, x);
            var comparer = Comparer<object?>.Default;
            ordered = ordered is null
                ? descending ? list.OrderByDescending(Selector, comparer) : list.OrderBy(Selector, comparer)
                : descending ? ordered.ThenByDescending(Selector, comparer) : ordered.ThenBy(Selector, comparer);
        }

        return ordered!.ToList();
    }
}

/// <summary>GroupBy: one result per non-empty group, in order of first appearance.</summary>
internal sealed class GroupByAggregator<TKey, TElement> : Aggregator
{
    private readonly Func<Token, object?, object?> _key;
    private readonly Func<Token, object?, object?>? _element;

    public GroupByAggregator(Func<Token, object?, object?> key, Func<Token, object?, object?>? element)
    {
        _key = key;
        _element = element;
    }

    public override void Aggregate(Token token, List<QueryItem> input, List<QueryItem> output)
    {
        var groups = new Dictionary<object, (Grouping<TKey, TElement> Group, bool Touched)>();
        var order = new List<object>();
        for (var i = 0; i < input.Count; i++)
        {
            var value = input[i].Value;
            var key = _key(token, value);
            var element = _element is null ? value : _element(token, value);
            var slot = key ?? QueryKeys.Null;
            if (!groups.TryGetValue(slot, out var entry))
            {
                entry = (new Grouping<TKey, TElement>((TKey)key!), false);
                order.Add(slot);
            }

            entry.Group.Add((TElement)element!);
            entry.Touched |= input[i].Touched;
            groups[slot] = entry;
        }

        foreach (var slot in order)
        {
            var (group, touched) = groups[slot];
            output.Add(new QueryItem { Key = new ResultKey(slot, 0), Value = group, Touched = touched, Count = group.Count });
        }
    }
}

/// <summary>ToLookup: one lookup per partial match, even when empty.</summary>
internal sealed class LookupAggregator<TKey, TElement> : Aggregator
{
    private readonly Func<Token, object?, object?> _key;
    private readonly Func<Token, object?, object?>? _element;

    public LookupAggregator(Func<Token, object?, object?> key, Func<Token, object?, object?>? element)
    {
        _key = key;
        _element = element;
    }

    public override void Aggregate(Token token, List<QueryItem> input, List<QueryItem> output)
    {
        var lookup = new KeyedLookup<TKey, TElement>();
        var touched = false;
        for (var i = 0; i < input.Count; i++)
        {
            var value = input[i].Value;
            lookup.Add((TKey)_key(token, value)!, (TElement)(_element is null ? value : _element(token, value))!);
            touched |= input[i].Touched;
        }

        output.Add(new QueryItem { Key = new ResultKey(QueryKeys.Single, 0), Value = lookup, Touched = touched, Count = input.Count });
    }
}

internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>
{
    private readonly List<TElement> _elements = new();

    public Grouping(TKey key) => Key = key;

    public TKey Key { get; }

    public int Count => _elements.Count;

    public void Add(TElement element) => _elements.Add(element);

    public IEnumerator<TElement> GetEnumerator() => _elements.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

internal sealed class KeyedLookup<TKey, TElement> : IKeyedLookup<TKey, TElement>
{
    private readonly Dictionary<object, Grouping<TKey, TElement>> _groups = new();
    private readonly List<Grouping<TKey, TElement>> _order = new();

    public int Count => _order.Count;

    public IEnumerable<TKey> Keys
    {
        get
        {
            foreach (var group in _order)
            {
                yield return group.Key;
            }
        }
    }

    public IEnumerable<TElement> this[TKey key] => _groups.TryGetValue((object?)key ?? QueryKeys.Null, out var group) ? group : Enumerable.Empty<TElement>();

    public bool Contains(TKey key) => _groups.ContainsKey((object?)key ?? QueryKeys.Null);

    public void Add(TKey key, TElement element)
    {
        var slot = (object?)key ?? QueryKeys.Null;
        if (!_groups.TryGetValue(slot, out var group))
        {
            group = new Grouping<TKey, TElement>(key);
            _groups.Add(slot, group);
            _order.Add(group);
        }

        group.Add(element);
    }

    public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The stages of a query after its source: element stages, an optional aggregate, then stages on the
/// aggregate's results. Runs over the elements of one partial match (the cost is that match's elements).
/// </summary>
internal sealed class QueryPipeline
{
    public QueryPipeline(ElementStage[] before, Aggregator? aggregator, ElementStage[] after)
    {
        Before = before;
        Aggregator = aggregator;
        After = after;
    }

    public ElementStage[] Before { get; }

    public Aggregator? Aggregator { get; }

    public ElementStage[] After { get; }

    /// <summary>Runs the stages over <paramref name="items"/>; the result is <paramref name="items"/> or one of the scratch lists.</summary>
    public List<QueryItem> Run(Token token, List<QueryItem> items, QueryScratch scratch)
    {
        items = Apply(Before, token, items, scratch);
        if (Aggregator is not null)
        {
            var aggregated = scratch.Other(items);
            Aggregator.Aggregate(token, items, aggregated);
            items = aggregated;
        }

        return Apply(After, token, items, scratch);
    }

    private static List<QueryItem> Apply(ElementStage[] stages, Token token, List<QueryItem> items, QueryScratch scratch)
    {
        foreach (var stage in stages)
        {
            var next = scratch.Other(items);
            foreach (var item in items)
            {
                switch (stage.Kind)
                {
                    case QueryStageKind.Where:
                        if ((bool)stage.Function(token, item.Value)!)
                        {
                            next.Add(item);
                        }

                        break;
                    case QueryStageKind.Select:
                        next.Add(new QueryItem { Key = item.Key, Value = stage.Function(token, item.Value), Touched = item.Touched, Count = item.Count });
                        break;
                    default:
                        var index = 0;
                        foreach (var element in (IEnumerable)stage.Function(token, item.Value)!)
                        {
                            next.Add(new QueryItem { Key = new ResultKey(new KeyPair(item.Key), index++), Value = element, Touched = item.Touched, Count = item.Count });
                        }

                        break;
                }
            }

            items = next;
        }

        return items;
    }
}

/// <summary>
/// A query node's two reused lists for the stages of a recompute (each stage reads one and writes the other), so a
/// recompute allocates only the results themselves. One per node: a node's recomputes never nest.
/// </summary>
internal sealed class QueryScratch
{
    private readonly List<QueryItem> _first = new();
    private readonly List<QueryItem> _second = new();

    /// <summary>The scratch list that is not <paramref name="input"/>, emptied.</summary>
    public List<QueryItem> Other(List<QueryItem> input)
    {
        var list = ReferenceEquals(input, _first) ? _second : _first;
        list.Clear();
        return list;
    }

    /// <summary>Empties both lists (after the results were applied), so they do not keep result values alive.</summary>
    public void Clear()
    {
        _first.Clear();
        _second.Clear();
    }
}
