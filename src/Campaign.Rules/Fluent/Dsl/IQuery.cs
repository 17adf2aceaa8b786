namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The start of a query; see <see cref="QueryExtensions"/> for its operators.</summary>
public interface IQuery
{
}
