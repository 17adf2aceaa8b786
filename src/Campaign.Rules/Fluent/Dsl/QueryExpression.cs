using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent.Dsl;

/// <summary>The one implementation of the query interfaces: a recorder of <see cref="QueryModel"/> stages.</summary>
internal sealed class QueryExpression<T> : IQuery, IOrderedQuery<T>, IModelHolder
{
    public QueryExpression(QueryModel model) => Model = model;

    public QueryModel Model { get; }
}

internal sealed class QueryStart : IQuery, IModelHolder
{
    public QueryModel Model { get; } = new();
}

internal interface IModelHolder
{
    QueryModel Model { get; }
}
