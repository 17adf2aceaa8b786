using NRules.Aggregators;
using NRules.RuleModel;

namespace Campaign.Rules.Tests.PublicApi;

/// <summary>A custom aggregator counting facts, written against NRules' IAggregator API.</summary>
public sealed class OrderCountAggregator : IAggregator
{
    private readonly OrderCount _count = new();
    private bool _added;

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        _count.Value += facts.Count;
        if (_added)
        {
            return [AggregationResult.Modified(_count, _count, facts)];
        }

        _added = true;
        return [AggregationResult.Added(_count, facts)];
    }

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        [AggregationResult.Modified(_count, _count, facts)];

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        _count.Value -= facts.Count;
        if (_count.Value > 0)
        {
            return [AggregationResult.Modified(_count, _count, facts)];
        }

        _added = false;
        return [AggregationResult.Removed(_count)];
    }
}
