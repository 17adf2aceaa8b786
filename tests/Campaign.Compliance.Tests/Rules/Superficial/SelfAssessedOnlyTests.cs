using Campaign.Domain.Rectifications;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Superficial;

public class SelfAssessedOnlyTests
{
    private static Domain.Campaigns.CampaignDataset Dataset(RectificationStatus status, Evaluation? evaluation, bool noEvaluation = false) =>
        new DatasetBuilder().Unit("U-1").Problem("PR-1").Rectification("R-1", status: status, evaluation: evaluation, noEvaluation: noEvaluation).Build();

    [Fact]
    public void FinishedWithSelfEvaluation_IsFlagged() =>
        RuleCheck.Subjects("SUP-002", Dataset(RectificationStatus.Completed, new Evaluation(EvaluatorKind.Self, new DateOnly(2014, 6, 1)))).Should().Equal("R-1");

    [Fact]
    public void FinishedWithoutEvaluation_IsFlagged() =>
        RuleCheck.Subjects("SUP-002", Dataset(RectificationStatus.ClosedOff, null, noEvaluation: true)).Should().Equal("R-1");

    [Fact]
    public void FinishedWithMassEvaluation_OrOpen_IsNotFlagged()
    {
        RuleCheck.Subjects("SUP-002", Dataset(RectificationStatus.Completed, new Evaluation(EvaluatorKind.Masses, new DateOnly(2014, 6, 1), 0.5, 10))).Should().BeEmpty();
        RuleCheck.Subjects("SUP-002", Dataset(RectificationStatus.InProgress, new Evaluation(EvaluatorKind.Self, new DateOnly(2014, 6, 1)))).Should().BeEmpty();
    }
}
