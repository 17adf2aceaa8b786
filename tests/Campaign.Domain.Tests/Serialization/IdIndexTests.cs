using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

public class IdIndexTests
{
    [Fact]
    public void TryFind_AnIdAdded_GivesTheIndexOwnStringAndItsPosition()
    {
        var index = new IdIndex("unit");
        var id = new string("U-1".AsSpan());
        index.TryAdd(id, 7);

        var found = index.TryFind("U-1".AsSpan(), out var known, out var position);

        found.Should().BeTrue();
        known.Should().BeSameAs(id);
        position.Should().Be(7);
    }

    [Fact]
    public void TryAdd_ADuplicate_KeepsTheFirstPosition()
    {
        var index = new IdIndex("unit");
        index.TryAdd("U-1", 0);

        var added = index.TryAdd("U-1", 3);

        added.Should().BeFalse();
        index.PositionOf("U-1").Should().Be(0);
    }

    [Fact]
    public void TryFindAndPositionOf_AnUnknownId_FindNothing()
    {
        var index = new IdIndex("person");
        index.TryAdd("P-1", 0);

        index.TryFind("P-2".AsSpan(), out _, out _).Should().BeFalse();
        index.PositionOf("P-2").Should().Be(-1);
        index.Kind.Should().Be("person");
    }
}
