namespace Campaign.Rules.Tests.PublicApi;

/// <summary>The result of the custom <see cref="OrderCountAggregator"/>: how many facts the query matched.</summary>
public sealed class OrderCount
{
    public int Value { get; set; }
}
