using System.Text.Json;
using Campaign.Compliance.Findings;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Tests.Checking;

public class DistrictSmallExampleTests
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    private static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", file);

    [Fact]
    public void Check_DistrictSmallAsOfJuly15_GivesExactlyTheExpectedFindingsInOrder()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));
        using var expectedDoc = JsonDocument.Parse(File.ReadAllBytes(TestData("district-small.expected.json")));
        var expected = expectedDoc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("subjectType").GetString()} {f.GetProperty("subjectId").GetString()} @{f.GetProperty("unitId").GetString()}")
            .ToList();

        var report = new ComplianceChecker().Check(dataset, AsOf);

        report.Findings.Select(f => $"{f.RuleId} {f.SubjectType.ToString().ToLowerInvariant()} {f.SubjectId} @{f.UnitId}")
            .Should().Equal(expected);
        report.RuleFailures.Should().BeEmpty();
    }

    [Fact]
    public void Check_DistrictSmall_CountsAddUpAndEscalationCountsHighFindings()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));

        var report = new ComplianceChecker().Check(dataset, AsOf);

        report.CountBySeverity.Values.Sum().Should().Be(report.Findings.Count);
        report.CountByRule.Values.Sum().Should().Be(report.Findings.Count);
        report.CountByUnit.Values.Sum().Should().Be(report.Findings.Count);
        report.CountByFamily.Values.Sum().Should().Be(report.Findings.Count);
        var escalation = report.Findings.Single(f => f.RuleId == "ESC-001" && f.SubjectId == "U-WD");
        escalation.Details["highFindings"].Should().Be(report.Findings.Count(f => f.UnitId == "U-WD" && f.RuleId != "ESC-001" && f.Severity == FindingSeverity.High));
    }

    [Fact]
    public void Check_WithoutAsOf_UsesTheDatasetAsOf()
    {
        var dataset = CampaignDatasetReader.ReadFile(TestData("district-small.json"));

        var report = new ComplianceChecker().Check(dataset);

        report.AsOf.Should().Be(AsOf);
        report.Dataset.Units.Should().Be(5);
    }
}
