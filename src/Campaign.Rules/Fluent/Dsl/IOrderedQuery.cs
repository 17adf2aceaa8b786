namespace Campaign.Rules.Fluent.Dsl;

/// <summary>An ordered collection query, which can be ordered further with <c>ThenBy</c>.</summary>
/// <typeparam name="TSource">The result (collection) type.</typeparam>
public interface IOrderedQuery<out TSource> : ICollectQuery<TSource>
{
}
