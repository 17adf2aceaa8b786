using Campaign.Domain.Focus;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

public class DatasetReadOptionsTests
{
    [Fact]
    public void Default_UsesTheShippedCatalogNoProgressAndAThousandErrors()
    {
        var options = DatasetReadOptions.Default;

        options.FocusCatalog.Should().BeSameAs(FocusCatalog.Default);
        options.Progress.Should().BeNull();
        options.MaxErrors.Should().Be(1000);
        options.MaxDegreeOfParallelism.Should().Be(Environment.ProcessorCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Constructor_MaxDegreeOfParallelism_IsKept(int degree) =>
        new DatasetReadOptions(maxDegreeOfParallelism: degree).MaxDegreeOfParallelism.Should().Be(degree);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_MaxDegreeOfParallelismBelowOne_Throws(int degree)
    {
        var act = () => new DatasetReadOptions(maxDegreeOfParallelism: degree);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
    }

    [Fact]
    public void Constructor_MaxErrorsBelowOne_Throws()
    {
        var act = () => new DatasetReadOptions(maxErrors: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
