using System.Linq.Expressions;

namespace Campaign.Domain.Specifications;

/// <summary>Rewrites an expression so that one parameter is replaced by another expression.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly ParameterExpression _from;
    private readonly Expression _to;

    private ParameterReplacer(ParameterExpression from, Expression to)
    {
        _from = from;
        _to = to;
    }

    public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
        ReferenceEquals(from, to) ? body : new ParameterReplacer(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) =>
        ReferenceEquals(node, _from) ? _to : base.VisitParameter(node);
}
