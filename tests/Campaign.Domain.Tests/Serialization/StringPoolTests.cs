using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

public class StringPoolTests
{
    [Fact]
    public void Get_TheSameTextTwice_ReturnsTheSameInstance()
    {
        var pool = new StringPool();

        var first = pool.Get("整改措施".AsSpan());
        var second = pool.Get(new string("整改措施".AsSpan()).AsSpan());

        first.Should().Be("整改措施");
        second.Should().BeSameAs(first);
        pool.Count.Should().Be(1);
    }

    [Fact]
    public void Get_DifferentTexts_ReturnsEqualStringsForEach()
    {
        var pool = new StringPool();

        var a = pool.Get("a".AsSpan());
        var b = pool.Get("b".AsSpan());

        a.Should().Be("a");
        b.Should().Be("b");
        pool.Count.Should().Be(2);
    }

    [Fact]
    public void Get_PastItsCapacity_ReturnsFreshEqualStringsAndDoesNotGrow()
    {
        var pool = new StringPool(capacity: 2);
        pool.Get("a".AsSpan());
        pool.Get("b".AsSpan());

        var first = pool.Get("c".AsSpan());
        var second = pool.Get("c".AsSpan());

        first.Should().Be("c");
        second.Should().Be("c").And.NotBeSameAs(first);
        pool.Count.Should().Be(2);
        pool.Get("a".AsSpan()).Should().BeSameAs(pool.Get("a".AsSpan()), "texts already held are still shared");
    }

    [Fact]
    public void Get_LongerThanMaxLength_IsNeverPooled()
    {
        var pool = new StringPool(maxLength: 3);

        var first = pool.Get("abcd".AsSpan());
        var second = pool.Get("abcd".AsSpan());

        second.Should().Be("abcd").And.NotBeSameAs(first);
        pool.Count.Should().Be(0);
        pool.Get("abc".AsSpan()).Should().BeSameAs(pool.Get("abc".AsSpan()));
    }
}
