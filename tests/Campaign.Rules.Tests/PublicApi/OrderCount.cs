using NRules.Aggregators;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using System.Linq.Expressions;

namespace Campaign.Rules.Tests.PublicApi;

/// <summary>The result of the custom <see cref="OrderCountAggregator"/>: how many facts the query matched.</summary>
public sealed class OrderCount
{
    public int Value { get; set; }
}

/// <summary>A custom aggregator counting facts, written against NRules' IAggregator API.</summary>
public sealed class OrderCountAggregator : IAggregator
{
    private readonly OrderCount _count = new();
    private bool _added;

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        _count.Value += facts.Count;
        if (_added)
        {
            return [AggregationResult.Modified(_count, _count, facts)];
        }

        _added = true;
        return [AggregationResult.Added(_count, facts)];
    }

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        [AggregationResult.Modified(_count, _count, facts)];

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        _count.Value -= facts.Count;
        if (_count.Value > 0)
        {
            return [AggregationResult.Modified(_count, _count, facts)];
        }

        _added = false;
        return [AggregationResult.Removed(_count)];
    }
}

public sealed class OrderCountAggregatorFactory : IAggregatorFactory
{
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
    }

    public IAggregator Create(AggregationContext context) => new OrderCountAggregator();
}

public static class OrderCountQueryExtensions
{
    /// <summary>Counts the facts of the query with the custom aggregator.</summary>
    public static IQuery<OrderCount> CountFacts<TSource>(this IQuery<TSource> source)
        where TSource : notnull
    {
        source.Builder.Aggregate<TSource, OrderCount>("CountFacts", new List<KeyValuePair<string, LambdaExpression>>(), typeof(OrderCountAggregatorFactory));
        return new QueryExpression<OrderCount>(source.Builder);
    }
}
