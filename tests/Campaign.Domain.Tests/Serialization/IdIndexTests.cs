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

    [Fact]
    public void Append_TheIdsOfALaterPart_AddsThemWithShiftedPositions()
    {
        var first = new IdIndex("problem", 3);
        first.TryAdd("PR-1", 0);
        first.TryAdd("PR-2", 1);
        var later = new IdIndex("problem", 3);
        later.TryAdd("PR-3", 0);
        later.TryAdd("PR-4", 1);

        var appended = first.Append(later, 2);

        appended.Should().BeTrue();
        first.PositionOf("PR-3").Should().Be(2);
        first.PositionOf("PR-4").Should().Be(3);
        first.TryFind("PR-4".AsSpan(), out _, out var position).Should().BeTrue();
        position.Should().Be(3);
        first.Collection.Should().Be(3);
    }

    [Fact]
    public void Append_AnIdAlreadyThere_IsRefused()
    {
        var first = new IdIndex("person", 1);
        first.TryAdd("P-1", 0);
        var later = new IdIndex("person", 1);
        later.TryAdd("P-1", 0);

        first.Append(later, 1).Should().BeFalse();
        first.PositionOf("P-1").Should().Be(0);
    }

    [Fact]
    public void Append_ToAnEmptyIndex_TakesTheOtherTableOverAndStillFinds()
    {
        var empty = new IdIndex("rectification", 4);
        var later = new IdIndex("rectification", 4);
        later.TryAdd("R-1", 0);

        empty.Append(later, 0).Should().BeTrue();

        empty.Positions.Should().BeSameAs(later.Positions);
        empty.TryFind("R-1".AsSpan(), out var known, out var position).Should().BeTrue();
        known.Should().Be("R-1");
        position.Should().Be(0);
    }
}
