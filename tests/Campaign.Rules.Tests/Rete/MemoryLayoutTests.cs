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
