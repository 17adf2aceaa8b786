using Ardalis.Specification;

namespace Campaign.Domain.Specifications;

/// <summary>Composes Ardalis specifications.</summary>
public static class SpecificationComposition
{
    /// <summary>
    /// Both conditions: a new specification with the filters of <paramref name="left"/> and then of
    /// <paramref name="right"/> (Ardalis joins a specification's filters with <c>&amp;&amp;</c>). Ordering, paging and
    /// includes are not carried over: compose the conditions first, then order in a specification of your own.
    /// </summary>
    /// <typeparam name="T">The type of the candidates.</typeparam>
    /// <param name="left">The first specification.</param>
    /// <param name="right">The second specification.</param>
    /// <returns>A specification satisfied when both are.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Specification<T> And<T>(this ISpecification<T> left, ISpecification<T> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new Conjunction<T>(left, right);
    }

    private sealed class Conjunction<T> : Specification<T>
    {
        public Conjunction(ISpecification<T> left, ISpecification<T> right)
        {
            foreach (var where in left.WhereExpressions)
            {
                Query.Where(where.Filter);
            }

            foreach (var where in right.WhereExpressions)
            {
                Query.Where(where.Filter);
            }
        }
    }
}
