using System.Linq.Expressions;

namespace Campaign.Domain.Specifications;

/// <summary>
/// A named condition on <typeparamref name="T"/> kept as an expression tree, so it can be tested in memory
/// (<see cref="IsSatisfiedBy"/>, compiled once on first use, thread-safe) or handed to a LINQ provider
/// (<see cref="Expression"/>, e.g. <c>queryable.Where(spec.Expression)</c>). <see cref="And"/>, <see cref="Or"/>
/// and <see cref="Not"/> compose the trees by parameter replacement, so a composed specification is still one
/// plain lambda a provider can translate.
/// </summary>
/// <typeparam name="T">The type of the candidates.</typeparam>
public class Specification<T>
{
    private readonly Lazy<Func<T, bool>> _compiled;

    /// <summary>Creates a specification.</summary>
    /// <param name="expression">The condition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public Specification(Expression<Func<T, bool>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        _compiled = new Lazy<Func<T, bool>>(expression.Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The condition as an expression tree with one parameter.</summary>
    public Expression<Func<T, bool>> Expression { get; }

    /// <summary>Whether <paramref name="candidate"/> satisfies the condition.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>The condition's value for the candidate.</returns>
    public bool IsSatisfiedBy(T candidate) => _compiled.Value(candidate);

    /// <summary>The candidates that satisfy the condition, in their order.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>A new list of the satisfying candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public IReadOnlyList<T> Evaluate(IEnumerable<T> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var predicate = _compiled.Value;
        var satisfied = new List<T>();
        foreach (var candidate in candidates)
        {
            if (predicate(candidate))
            {
                satisfied.Add(candidate);
            }
        }

        return satisfied.AsReadOnly();
    }

    /// <summary>Both conditions (short-circuit <c>&amp;&amp;</c>).</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>A specification satisfied when both are.</returns>
    public Specification<T> And(Specification<T> other) => Combine(other, System.Linq.Expressions.Expression.AndAlso);

    /// <summary>Either condition (short-circuit <c>||</c>).</summary>
    /// <param name="other">The other specification.</param>
    /// <returns>A specification satisfied when at least one is.</returns>
    public Specification<T> Or(Specification<T> other) => Combine(other, System.Linq.Expressions.Expression.OrElse);

    /// <summary>The negated condition.</summary>
    /// <returns>A specification satisfied exactly when this one is not.</returns>
    public Specification<T> Not() =>
        new(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Not(Expression.Body), Expression.Parameters));

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();

    private Specification<T> Combine(Specification<T> other, Func<Expression, Expression, BinaryExpression> combine)
    {
        ArgumentNullException.ThrowIfNull(other);
        var parameter = Expression.Parameters[0];
        var otherBody = ParameterReplacer.Replace(other.Expression.Body, other.Expression.Parameters[0], parameter);
        return new Specification<T>(
            System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(combine(Expression.Body, otherBody), parameter));
    }
}
