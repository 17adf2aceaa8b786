using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class CompletedWithoutEvidenceTests
{
    private static Domain.Campaigns.CampaignDataset Dataset(RectificationStatus status, bool noEvidence) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", status: status, noEvidence: noEvidence).Build();

    [Fact]
    public void FinishedWithoutEvidence_IsFlagged()
    {
        RuleCheck.Subjects("SUP-001", Dataset(RectificationStatus.Completed, noEvidence: true)).Should().Equal("R-1");
        RuleCheck.Subjects("SUP-001", Dataset(RectificationStatus.ClosedOff, noEvidence: true)).Should().Equal("R-1");
    }

    [Fact]
    public void FinishedWithEvidence_IsNotFlagged() =>
        RuleCheck.Subjects("SUP-001", Dataset(RectificationStatus.Completed, noEvidence: false)).Should().BeEmpty();

    [Fact]
    public void OpenWithoutEvidence_IsNotFlagged() =>
        RuleCheck.Subjects("SUP-001", Dataset(RectificationStatus.InProgress, noEvidence: true)).Should().BeEmpty();
}
