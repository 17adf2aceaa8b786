using Campaign.Rules.Rete;

namespace Campaign.Rules.Tests.Rete;

/// <summary>
/// The sizes of the engine's per-fact and per-match objects (docs/engine.md, "Memory layout"): a field added to one of
/// them costs every right entry or token of a session, so a growth past these sizes should be a decision, not an accident.
/// </summary>
public class MemoryLayoutTests
{
    private const int Count = 1_000;

    [Fact]
    public void RightEntry_IsAtMost64Bytes()
    {
        var fact = new Fact("x");
        BytesPerObject(() => new RightEntry(fact, 1)).Should().BeLessThanOrEqualTo(64);
    }

    [Fact]
    public void JoinToken_IsAtMost112Bytes_AndAPlainTokenAtMost80()
    {
        BytesPerObject(() => new JoinToken(null, null)).Should().BeLessThanOrEqualTo(112);
        BytesPerObject(() => new Token(null, null)).Should().BeLessThanOrEqualTo(80);
    }

    [Fact]
    public void Fact_IsAtMost64Bytes_AndASingleQueryResultAtMost56()
    {
        BytesPerObject(() => new Fact("x")).Should().BeLessThanOrEqualTo(64);
        var token = new Token(null, null);
        BytesPerObject(() => new ResultSlot(new ResultKey(token, 0), token, 1)).Should().BeLessThanOrEqualTo(56);
    }

    [Fact]
    public void AnActivationsFirstLinkedFact_CostsAtMost64Bytes()
    {
        var key = new object();
        BytesPerObject(() =>
        {
            var linked = new Campaign.Rules.Agenda.LinkedFacts();
            linked.TryAdd(key, key);
            return linked;
        }).Should().BeLessThanOrEqualTo(64);
    }

    [Fact]
    public void AHashBucket_CostsAtMost48BytesAllocatedInAll()
    {
        // Slots (key, hash, next; two list heads) in chunks plus the doubling chain table, growth included.
        const int keys = 100_000;
        var tokens = new JoinToken[keys];
        for (var i = 0; i < keys; i++)
        {
            tokens[i] = new JoinToken(null, "k" + i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var index = new KeyIndex<string>(t => (string)t.Value!, f => (string)f, StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            index.AddToken(index.ForToken(token), token);
        }

        var perBucket = (GC.GetAllocatedBytesForCurrentThread() - before) / keys;
        index.BucketCount.Should().Be(keys);
        perBucket.Should().BeLessThanOrEqualTo(48);
    }

    private static long BytesPerObject(Func<object> create)
    {
        var keep = new object[Count];
        create();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Count; i++)
        {
            keep[i] = create();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(keep);
        return bytes / Count;
    }
}
