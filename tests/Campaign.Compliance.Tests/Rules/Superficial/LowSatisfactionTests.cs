using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class LowSatisfactionTests
{
    private static Domain.Campaigns.CampaignDataset Dataset(double rate, EvaluatorKind by = EvaluatorKind.Masses, RectificationStatus status = RectificationStatus.Completed) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1")
            .Rectification("R-1", status: status, evaluation: new Evaluation(by, new DateOnly(2014, 6, 1), rate, 50)).Build();

    [Fact]
    public void MassRateBelowTarget_IsFlaggedWhateverTheStatus()
    {
        RuleCheck.Subjects("SUP-003", Dataset(0.89)).Should().Equal("R-1");
        RuleCheck.Subjects("SUP-003", Dataset(0.5, status: RectificationStatus.InProgress)).Should().Equal("R-1");
    }

    [Fact]
    public void RateExactlyTheTarget_IsNotFlagged() =>
        RuleCheck.Subjects("SUP-003", Dataset(0.90)).Should().BeEmpty();

    [Fact]
    public void SelfEvaluation_IsNotFlagged() =>
        RuleCheck.Subjects("SUP-003", Dataset(0.1, EvaluatorKind.Self)).Should().BeEmpty();

    [Fact]
    public void Target_IsAnOption() =>
        RuleCheck.Subjects("SUP-003", Dataset(0.94), options: new ComplianceOptions { SatisfactionTarget = 0.95 }).Should().Equal("R-1");
}
