using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Turns an Ardalis specification into an EF Core query: filters (<c>Where</c>), search criteria (<c>LIKE</c>, the
/// criteria of one group joined by <c>OR</c>), includes, ordering, paging (<c>Skip</c>, <c>Take</c>), tracking options,
/// query tags and projections (<c>Select</c>, <c>SelectMany</c>). Post-processing actions are in-memory and left to
/// the caller (the repository applies them).
/// </summary>
public sealed class QueryableSpecificationEvaluator : ISpecificationEvaluator
{
    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include) && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
            && !m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType);

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = typeof(EntityFrameworkQueryableExtensions).GetMethods()
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
            && m.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericType);

    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions)
        .GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

    /// <summary>The evaluator (stateless; share it).</summary>
    public static QueryableSpecificationEvaluator Default { get; } = new();

    /// <summary>The query of a projecting specification: the entity query, then its <c>Select</c> or <c>SelectMany</c>.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="query">The source, e.g. a <see cref="DbSet{TEntity}"/>.</param>
    /// <param name="specification">The specification; it must have exactly one selector.</param>
    /// <returns>The projected query.</returns>
    /// <exception cref="InvalidOperationException">The specification has no selector, or both kinds.</exception>
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(specification);
        var filtered = GetQuery(query, (ISpecification<T>)specification);
        return (specification.Selector, specification.SelectorMany) switch
        {
            ({ } select, null) => filtered.Select(select),
            (null, { } selectMany) => filtered.SelectMany(selectMany),
            (null, null) => throw new InvalidOperationException($"The specification {specification.GetType().Name} has no Select: a projecting specification needs one."),
            _ => throw new InvalidOperationException($"The specification {specification.GetType().Name} has both Select and SelectMany."),
        };
    }

    /// <summary>The query of a specification.</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="query">The source, e.g. a <see cref="DbSet{TEntity}"/>.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="evaluateCriteriaOnly">True to apply only filters and search criteria (for counts and existence).</param>
    /// <returns>The query.</returns>
    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(specification);
        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        query = ApplySearch(query, specification);
        if (evaluateCriteriaOnly)
        {
            return query;
        }

        foreach (var include in specification.IncludeStrings)
        {
            query = query.Include(include);
        }

        query = ApplyIncludes(query, specification);
        query = ApplyOrdering(query, specification);

        if (specification.Skip is { } skip and > 0)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take and >= 0)
        {
            query = query.Take(take);
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }
        else if (specification.AsTracking)
        {
            query = query.AsTracking();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        if (specification.IgnoreAutoIncludes)
        {
            query = query.IgnoreAutoIncludes();
        }

        foreach (var tag in specification.QueryTags)
        {
            query = query.TagWith(tag);
        }

        return query;
    }

    private static IQueryable<T> ApplySearch<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var group in specification.SearchCriterias.GroupBy(c => c.SearchGroup))
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? any = null;
            foreach (var criterion in group)
            {
                var selector = new ParameterSwap(criterion.Selector.Parameters[0], parameter).Visit(criterion.Selector.Body);
                var like = Expression.Call(LikeMethod, Expression.Constant(EF.Functions), selector, Expression.Constant(criterion.SearchTerm));
                any = any is null ? like : Expression.OrElse(any, like);
            }

            query = query.Where(Expression.Lambda<Func<T, bool>>(any!, parameter));
        }

        return query;
    }

    private static IQueryable<T> ApplyIncludes<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        object current = query;
        foreach (var include in specification.IncludeExpressions)
        {
            var lambda = include.LambdaExpression;
            if (include.Type == IncludeTypeEnum.Include)
            {
                current = IncludeMethod.MakeGenericMethod(typeof(T), lambda.ReturnType).Invoke(null, [current, lambda])!;
            }
            else
            {
                var previous = include.PreviousPropertyType!;
                var element = previous.IsGenericType && previous != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(previous)
                    ? previous.GetGenericArguments()[0]
                    : null;
                var method = element is null
                    ? ThenIncludeAfterReferenceMethod.MakeGenericMethod(typeof(T), previous, lambda.ReturnType)
                    : ThenIncludeAfterCollectionMethod.MakeGenericMethod(typeof(T), element, lambda.ReturnType);
                current = method.Invoke(null, [current, lambda])!;
            }
        }

        return (IQueryable<T>)current;
    }

    private static IQueryable<T> ApplyOrdering<T>(IQueryable<T> query, ISpecification<T> specification)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => (ordered ?? throw Unordered(specification)).ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => (ordered ?? throw Unordered(specification)).ThenByDescending(order.KeySelector),
                _ => throw new InvalidOperationException($"Unknown order type {order.OrderType}."),
            };
            query = ordered;
        }

        return query;
    }

    private static InvalidOperationException Unordered<T>(ISpecification<T> specification) =>
        new($"The specification {specification.GetType().Name} has ThenBy without OrderBy.");

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
