using System.Linq.Expressions;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The query operators usable inside <see cref="ILeftHandSideExpression.Query{TResult}"/>.</summary>
public static class QueryExtensions
{
    /// <summary>Takes facts of <typeparamref name="TSource"/> matching the conditions (which may read outer bindings).</summary>
    /// <typeparam name="TSource">The fact type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="conditions">Conditions.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> Match<TSource>(this IQuery query, params Expression<Func<TSource, bool>>[] conditions)
    {
        var model = Start(query);
        var declaration = new Declaration("$query" + typeof(TSource).Name, typeof(TSource), null);
        model.Match = new PatternElement(PatternKind.Match, declaration, conditions);
        return new QueryExpression<TSource>(model);
    }

    /// <summary>Takes one value computed from outer bindings.</summary>
    /// <typeparam name="TSource">The value type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="source">The value.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> From<TSource>(this IQuery query, Expression<Func<TSource>> source)
    {
        var model = Start(query);
        model.From = source;
        return new QueryExpression<TSource>(model);
    }

    /// <summary>Keeps elements satisfying the predicates.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="predicates">Predicates.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> source, params Expression<Func<TSource, bool>>[] predicates)
    {
        var model = Model(source);
        foreach (var predicate in predicates)
        {
            model.Stages.Add(new QueryStage(QueryStageKind.Where, predicate, null, [typeof(TSource)]));
        }

        return new QueryExpression<TSource>(model);
    }

    /// <summary>Projects each element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The projection.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, TResult>> selector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.Select, selector, null, [typeof(TSource), typeof(TResult)]));
        return new QueryExpression<TResult>(model);
    }

    /// <summary>Flattens a collection per element.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TResult">The flattened type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The collection per element.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> SelectMany<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, IEnumerable<TResult>>> selector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.SelectMany, selector, null, [typeof(TSource), typeof(TResult)]));
        return new QueryExpression<TResult>(model);
    }

    /// <summary>Groups elements by key: one result per non-empty group.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.GroupBy, keySelector, null, [typeof(TSource), typeof(TKey), typeof(TSource)]));
        return new QueryExpression<IGrouping<TKey, TSource>>(model);
    }

    /// <summary>Groups projected elements by key: one result per non-empty group.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The grouped element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <param name="elementSelector">The grouped element.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.GroupBy, keySelector, elementSelector, [typeof(TSource), typeof(TKey), typeof(TElement)]));
        return new QueryExpression<IGrouping<TKey, TElement>>(model);
    }

    /// <summary>Collects all elements: one result per partial match, even when empty.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The query.</returns>
    public static ICollectQuery<IEnumerable<TSource>> Collect<TSource>(this IQuery<TSource> source)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.Collect, null, null, [typeof(TSource)]));
        return new QueryExpression<IEnumerable<TSource>>(model);
    }

    /// <summary>Collects elements into a lookup by key: one result per partial match, even when empty.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TElement">The element type in the lookup.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <param name="elementSelector">The element.</param>
    /// <returns>The query.</returns>
    public static IQuery<IKeyedLookup<TKey, TElement>> ToLookup<TSource, TKey, TElement>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.ToLookup, keySelector, elementSelector, [typeof(TSource), typeof(TKey), typeof(TElement)]));
        return new QueryExpression<IKeyedLookup<TKey, TElement>>(model);
    }

    /// <summary>Collects elements into a lookup by key.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IQuery<IKeyedLookup<TKey, TSource>> ToLookup<TSource, TKey>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(QueryStageKind.ToLookup, keySelector, null, [typeof(TSource), typeof(TKey), typeof(TSource)]));
        return new QueryExpression<IKeyedLookup<TKey, TSource>>(model);
    }

    /// <summary>Orders a collected result ascending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The sort key.</typeparam>
    /// <param name="source">The collect query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IOrderedQuery<IEnumerable<TSource>> OrderBy<TSource, TKey>(this ICollectQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Order(source, QueryStageKind.OrderBy, keySelector);

    /// <summary>Orders a collected result descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The sort key.</typeparam>
    /// <param name="source">The collect query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IOrderedQuery<IEnumerable<TSource>> OrderByDescending<TSource, TKey>(this ICollectQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Order(source, QueryStageKind.OrderByDescending, keySelector);

    /// <summary>Orders further, ascending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The sort key.</typeparam>
    /// <param name="source">The ordered query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IOrderedQuery<IEnumerable<TSource>> ThenBy<TSource, TKey>(this IOrderedQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Order(source, QueryStageKind.ThenBy, keySelector);

    /// <summary>Orders further, descending.</summary>
    /// <typeparam name="TSource">The element type.</typeparam>
    /// <typeparam name="TKey">The sort key.</typeparam>
    /// <param name="source">The ordered query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IOrderedQuery<IEnumerable<TSource>> ThenByDescending<TSource, TKey>(this IOrderedQuery<IEnumerable<TSource>> source, Expression<Func<TSource, TKey>> keySelector)
        => Order(source, QueryStageKind.ThenByDescending, keySelector);

    private static IOrderedQuery<IEnumerable<TSource>> Order<TSource, TKey>(object source, QueryStageKind kind, Expression<Func<TSource, TKey>> keySelector)
    {
        var model = Model(source);
        model.Stages.Add(new QueryStage(kind, keySelector, null, [typeof(TSource), typeof(TKey)]));
        return new QueryExpression<IEnumerable<TSource>>(model);
    }

    private static QueryModel Start(IQuery query) => query switch
    {
        QueryStart start => start.Model,
        _ => throw new InvalidOperationException("A query starts with Match or From on the IQuery given to Query()."),
    };

    private static QueryModel Model(object query) => query is IModelHolder holder
        ? holder.Model
        : throw new InvalidOperationException("Unknown query implementation.");
}
