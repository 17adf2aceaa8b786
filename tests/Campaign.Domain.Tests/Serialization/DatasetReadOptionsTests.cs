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
    }

    [Fact]
    public void Constructor_MaxErrorsBelowOne_Throws()
    {
        var act = () => new DatasetReadOptions(maxErrors: 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
