using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Tests.Rectifications;

public class EvidenceTests
{
    [Fact]
    public void Equality_IsByKindAndReference()
    {
        new Evidence(EvidenceKind.Photo, "照片1").Should().Be(new Evidence(EvidenceKind.Photo, "照片1"));
        new Evidence(EvidenceKind.Photo, "照片1").Should().NotBe(new Evidence(EvidenceKind.Document, "照片1"));
    }

    [Fact]
    public void Constructor_NullReference_Throws()
    {
        var act = () => new Evidence(EvidenceKind.Other, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("reference");
    }
}
