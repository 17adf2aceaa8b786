using Campaign.Compliance.Rules;

namespace Campaign.Compliance.Tests.Rules;

public sealed class EmitTests
{
    [Fact]
    public void DistinctIds_NoRepeats_ReturnsTheSameList()
    {
        string[] ids = ["PR-1", "PR-2", "PR-3"];

        Emit.DistinctIds(ids).Should().BeSameAs(ids);
    }

    [Theory]
    [InlineData(new[] { "PR-1", "PR-2", "PR-1" }, new[] { "PR-1", "PR-2" })]
    [InlineData(new[] { "PR-2", "PR-2" }, new[] { "PR-2" })]
    [InlineData(new[] { "PR-3", "PR-1", "PR-2", "PR-1", "PR-3" }, new[] { "PR-3", "PR-1", "PR-2" })]
    public void DistinctIds_Repeats_KeepsFirstOccurrencesInOrder(string[] ids, string[] expected)
    {
        Emit.DistinctIds(ids).Should().Equal(expected);
    }

    [Fact]
    public void DistinctIds_ManyIdsWithARepeat_KeepsFirstOccurrencesInOrder()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"PR-{i}").Append("PR-7").ToArray();

        Emit.DistinctIds(ids).Should().Equal(ids.Take(40));
    }
}
