namespace Campaign.Rules.Fluent.Dsl;

/// <summary>A query producing elements of <typeparamref name="TSource"/>; see <see cref="QueryExtensions"/>.</summary>
/// <typeparam name="TSource">The element type.</typeparam>
public interface IQuery<out TSource>
{
}
