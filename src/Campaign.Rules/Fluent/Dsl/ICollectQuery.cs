namespace Campaign.Rules.Fluent.Dsl;

/// <summary>A query ending in <c>Collect</c>, which can be ordered.</summary>
/// <typeparam name="TSource">The result (collection) type.</typeparam>
public interface ICollectQuery<out TSource> : IQuery<TSource>
{
}
