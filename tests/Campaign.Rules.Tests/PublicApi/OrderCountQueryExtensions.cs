using System.Linq.Expressions;
using NRules.Fluent.Dsl;

namespace Campaign.Rules.Tests.PublicApi;

/// <summary>The DSL entry of the custom aggregator.</summary>
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
