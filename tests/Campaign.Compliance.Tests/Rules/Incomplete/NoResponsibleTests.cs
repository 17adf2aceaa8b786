using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Incomplete;

public class NoResponsibleTests
{
    [Fact]
    public void NeitherPersonNorUnit_IsFlagged() =>
        RuleCheck.Subjects("INC-002", new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", noResponsible: true).Build()).Should().Equal("R-1");

    [Fact]
    public void AResponsibleUnitOnly_IsNotFlagged() =>
        RuleCheck.Subjects("INC-002", new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", responsibleUnitId: "U-1").Build()).Should().BeEmpty();

    [Fact]
    public void AResponsiblePersonOnly_IsNotFlagged() =>
        RuleCheck.Subjects("INC-002", new DatasetBuilder().Unit("U-1").Person("P-1", "U-1").Problem("PR-1").Rectification("R-1", responsiblePersonId: "P-1").Build()).Should().BeEmpty();
}
