using Campaign.Compliance.Findings;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Rules.Escalation;

public class UnitAtRiskTests
{
    /// <summary>Each rectification without responsible gives one high finding (INC-002), and nothing else high.</summary>
    private static Domain.Campaigns.CampaignDataset Dataset(int highFindings)
    {
        var builder = new DatasetBuilder().Unit("U-1").Problem("PR-1", identifiedOn: new DateOnly(2014, 7, 1));
        for (var i = 0; i < highFindings; i++)
        {
            builder.Rectification($"R-{i}", problemIds: ["PR-1"], noResponsible: true);
        }

        return builder.Build();
    }

    [Fact]
    public void FiveHighFindings_FlagTheUnit()
    {
        var finding = RuleCheck.Findings("ESC-001", Dataset(5)).Should().ContainSingle().Subject;

        finding.SubjectId.Should().Be("U-1");
        finding.Details["highFindings"].Should().Be(5);
    }

    [Fact]
    public void FourHighFindings_DoNot() =>
        RuleCheck.Findings("ESC-001", Dataset(4)).Should().BeEmpty();

    [Fact]
    public void OverriddenSeverity_IsWhatCounts()
    {
        var lowered = new ComplianceOptions();
        lowered.SeverityOverrides["INC-002"] = FindingSeverity.Medium;
        var raised = new ComplianceOptions { AtRiskThreshold = 2 };
        raised.SeverityOverrides["INC-002"] = FindingSeverity.High;

        RuleCheck.Findings("ESC-001", Dataset(6), options: lowered).Should().BeEmpty();
        RuleCheck.Findings("ESC-001", Dataset(2), options: raised).Should().ContainSingle();
    }

    [Fact]
    public void SupportingFindingsGone_WithdrawTheFlag()
    {
        var builder = new DatasetBuilder().Unit("U-1").Problem("PR-1");
        for (var i = 0; i < 5; i++)
        {
            builder.Rectification($"R-{i}", problemIds: ["PR-1"], deadline: new DateOnly(2014, 6, 30));
        }

        var monitor = new ComplianceChecker().CreateMonitor(builder.Build(), new DateOnly(2014, 7, 15));
        monitor.Current.Where(f => f.Severity == FindingSeverity.High).Select(f => f.RuleId).Should().BeEquivalentTo("OVD-001", "OVD-001", "OVD-001", "OVD-001", "OVD-001", "ESC-001");
        monitor.EvaluateRectification("R-0", new Domain.Rectifications.Evaluation(Domain.Rectifications.EvaluatorKind.Masses, new DateOnly(2014, 6, 30), 0.95, 20));

        var change = monitor.CompleteRectification("R-0", new DateOnly(2014, 6, 30), [new Domain.Rectifications.Evidence(Domain.Rectifications.EvidenceKind.Photo, "p")]);

        change.Removed.Select(f => f.RuleId).Should().BeEquivalentTo("OVD-001", "ESC-001");
        change.Added.Should().BeEmpty();
    }
}
