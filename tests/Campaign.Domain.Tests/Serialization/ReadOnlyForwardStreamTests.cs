using Campaign.Domain.Serialization;
using FluentAssertions;
using Xunit;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>The read-only, forward-only stream the readers build their part and console streams on.</summary>
public class ReadOnlyForwardStreamTests
{
    [Fact]
    public void ReadIntoAnArray_ReadsThroughTheSpanOverloadAtTheGivenOffset()
    {
        using var stream = new Countdown(5);
        var buffer = new byte[8];

        var read = stream.Read(buffer, 2, 3);

        read.Should().Be(3);
        buffer.Should().Equal(0, 0, 5, 4, 3, 0, 0, 0);
        stream.Read(buffer, 0, 8).Should().Be(2, "two bytes are left");
        stream.Read(buffer, 0, 8).Should().Be(0, "the stream is at its end");
    }

    [Fact]
    public void ItCanOnlyBeRead_SeekingWritingAndItsLengthAreRefused()
    {
        using var stream = new Countdown(1);

        stream.CanRead.Should().BeTrue();
        stream.CanSeek.Should().BeFalse();
        stream.CanWrite.Should().BeFalse();
        FluentActions.Invoking(() => stream.Length).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.Position).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.Position = 0).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.Seek(0, SeekOrigin.Begin)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.SetLength(0)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.Write([1], 0, 1)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(stream.Flush).Should().NotThrow();
    }

    /// <summary>Counts down from n to 1, one byte each.</summary>
    private sealed class Countdown(int n) : ReadOnlyForwardStream
    {
        private int _next = n;

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            while (count < buffer.Length && _next > 0)
            {
                buffer[count++] = (byte)_next--;
            }

            return count;
        }
    }
}
