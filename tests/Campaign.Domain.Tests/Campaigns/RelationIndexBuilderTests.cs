using Campaign.Domain.Campaigns;

namespace Campaign.Domain.Tests.Campaigns;

public class RelationIndexBuilderTests
{
    [Fact]
    public void Build_GroupsRecordsByKey_InInputOrder()
    {
        var builder = new RelationIndexBuilder<string>(1, 1); // too small: must grow
        string[] keys = ["k1", "k2", "k1", "k3", "k2", "k1"];
        for (var i = 0; i < keys.Length; i++)
        {
            builder.Add(keys[i], "r" + i, i);
        }

        var index = builder.Build();

        index.Get("k1").Should().Equal("r0", "r2", "r5");
        index.Get("k2").Should().Equal("r1", "r4");
        index.Get("k3").Should().Equal("r3");
        index.Get("k4").Should().BeEmpty();
    }

    [Fact]
    public void Add_SameRecordSameKeyTwice_RelatesOnce()
    {
        var builder = new RelationIndexBuilder<string>(4, 4);
        builder.Add("k", "r0", 0);
        builder.Add("j", "r0", 0);
        builder.Add("k", "r0", 0);
        builder.Add("k", "r1", 1);

        var index = builder.Build();

        index.Get("k").Should().Equal("r0", "r1");
        index.Get("j").Should().Equal("r0");
    }

    [Fact]
    public void Get_KeysCompareOrdinally_EvenWhenEqualStringsAreDistinctInstances()
    {
        var builder = new RelationIndexBuilder<string>(4, 4);
        builder.Add(new string('a', 3), "r0", 0);
        builder.Add(new string('a', 3), "r1", 1);
        builder.Add("AAA", "r2", 2);

        var index = builder.Build();

        index.Get("aaa").Should().Equal("r0", "r1");
        index.Get("AAA").Should().Equal("r2");
    }

    [Fact]
    public void Build_WithoutRecords_IsEmpty()
    {
        var index = new RelationIndexBuilder<string>(0, 0).Build();

        index.Get("k").Should().BeEmpty();
    }
}
