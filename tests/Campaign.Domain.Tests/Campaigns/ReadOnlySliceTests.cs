using Campaign.Domain.Campaigns;

namespace Campaign.Domain.Tests.Campaigns;

public class ReadOnlySliceTests
{
    private static ReadOnlySlice<string> Slice() => new(["a", "b", "c", "d", "e"], 1, 3);

    [Fact]
    public void Slice_ExposesOnlyItsRun_InOrder()
    {
        var slice = Slice();

        slice.Should().Equal("b", "c", "d");
        slice.Count.Should().Be(3);
        slice[0].Should().Be("b");
        slice[2].Should().Be("d");
    }

    [Fact]
    public void Indexer_OutsideTheRun_Throws()
    {
        var slice = Slice();

        var before = () => slice[-1];
        var after = () => slice[3];

        before.Should().Throw<ArgumentOutOfRangeException>();
        after.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void IndexOfAndContains_SeeOnlyTheRun()
    {
        var slice = Slice();

        slice.IndexOf("c").Should().Be(1);
        slice.IndexOf("a").Should().Be(-1);
        slice.Contains("d").Should().BeTrue();
        slice.Contains("e").Should().BeFalse();
    }

    [Fact]
    public void CopyTo_CopiesTheRun()
    {
        var target = new string[4];

        Slice().CopyTo(target, 1);

        target.Should().Equal(null, "b", "c", "d");
    }

    [Fact]
    public void Mutators_ThroughIList_Throw()
    {
        IList<string> list = Slice();

        list.IsReadOnly.Should().BeTrue();
        ((Action)(() => list[0] = "x")).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Add("x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Insert(0, "x"))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.Remove("b"))).Should().Throw<NotSupportedException>();
        ((Action)(() => list.RemoveAt(0))).Should().Throw<NotSupportedException>();
        ((Action)list.Clear).Should().Throw<NotSupportedException>();
        list.Should().Equal("b", "c", "d");
    }

    [Fact]
    public void Empty_IsSharedAndEmpty()
    {
        ReadOnlySlice<string>.Empty.Should().BeEmpty();
        ReadOnlySlice<string>.Empty.Should().BeSameAs(ReadOnlySlice<string>.Empty);
    }
}
