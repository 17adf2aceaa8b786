using NRules.Aggregators;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.PublicApi;

/// <summary>Creates the custom <see cref="OrderCountAggregator"/>.</summary>
public sealed class OrderCountAggregatorFactory : IAggregatorFactory
{
    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
    }

    public IAggregator Create(AggregationContext context) => new OrderCountAggregator();
}
