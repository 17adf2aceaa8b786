namespace Campaign.Rules.RuleModel;

/// <summary>A lookup produced by a <c>ToLookup</c> query that also lists its keys.</summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
public interface IKeyedLookup<TKey, TElement> : ILookup<TKey, TElement>
{
    /// <summary>The keys, in order of first appearance.</summary>
    IEnumerable<TKey> Keys { get; }
}
