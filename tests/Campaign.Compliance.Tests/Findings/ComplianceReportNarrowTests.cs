using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Findings;

public sealed class ComplianceReportNarrowTests
{
    private static readonly Lazy<(CampaignDataset Dataset, ComplianceReport Report)> District = new(() =>
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, 11);
        return (dataset, new ComplianceChecker().Check(dataset));
    });

    public static TheoryData<string?, FindingSeverity?, string[], RuleFamily[]> Filters => new()
    {
        { null, FindingSeverity.High, [], [] },
        { "CHILD", null, [], [] },
        { "CHILD", FindingSeverity.Medium, ["OVD-001"], [RuleFamily.Superficial] },
        { null, null, ["MIS-002", "OVD-007"], [] },
        { null, FindingSeverity.Low, [], [RuleFamily.Mismatch, RuleFamily.Overdue] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Narrow_KeepsExactlyTheMatchingFindings_AndCountsThem(string? unit, FindingSeverity? severity, string[] ruleIds, RuleFamily[] families)
    {
        var (dataset, full) = District.Value;
        var unitId = unit is null ? null : dataset.Units.First(u => u.ParentId is not null && dataset.ChildrenOfUnit(u.Id).Count > 0).Id;
        var filter = new FindingFilter(unitId, severity, ruleIds, families);

        var narrowed = full.Narrow(filter, dataset);

        var subtree = unitId is null ? null : Subtree(dataset, unitId);
        var expected = full.Findings.Where(f =>
            (subtree is null || subtree.Contains(f.UnitId))
            && (severity is null || f.Severity >= severity)
            && ((ruleIds.Length == 0 && families.Length == 0) || ruleIds.Contains(f.RuleId) || families.Contains(f.Rule.Family))).ToList();
        expected.Should().NotBeEmpty();
        narrowed.Findings.Should().Equal(expected);
        narrowed.Narrowing.Should().BeSameAs(filter);
        narrowed.NarrowedUnitIds.Should().BeEquivalentTo(subtree);
        narrowed.CountBySeverity.Values.Sum().Should().Be(expected.Count);
        narrowed.CountBySeverity[FindingSeverity.High].Should().Be(expected.Count(f => f.Severity == FindingSeverity.High));
        narrowed.CountByRule.Should().BeEquivalentTo(expected.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.Count()));
        narrowed.CountByUnit.Should().BeEquivalentTo(expected.GroupBy(f => f.UnitId).ToDictionary(g => g.Key, g => g.Count()));
        narrowed.AsOf.Should().Be(full.AsOf);
        narrowed.Dataset.Should().BeSameAs(full.Dataset);
    }

    [Fact]
    public void Narrow_WithAnEmptyFilter_KeepsEverything()
    {
        var (dataset, full) = District.Value;

        var narrowed = full.Narrow(new FindingFilter(), dataset);

        new FindingFilter().KeepsEverything.Should().BeTrue();
        narrowed.Findings.Should().Equal(full.Findings);
        full.Narrowing.Should().BeNull();
    }

    [Fact]
    public void Narrow_UnknownUnit_Throws()
    {
        var (dataset, full) = District.Value;

        var act = () => full.Narrow(new FindingFilter("U-NOWHERE"), dataset);

        act.Should().Throw<ArgumentException>().WithMessage("The unit 'U-NOWHERE' is not in the dataset*");
    }

    [Fact]
    public void Narrow_ANarrowedReport_Throws()
    {
        var (dataset, full) = District.Value;
        var narrowed = full.Narrow(new FindingFilter(minimumSeverity: FindingSeverity.Medium), dataset);

        var act = () => narrowed.Narrow(new FindingFilter(minimumSeverity: FindingSeverity.High), dataset);

        act.Should().Throw<InvalidOperationException>().WithMessage("*narrowed already*");
    }

    [Fact]
    public void Filter_SortsAndDeduplicatesItsParts()
    {
        var filter = new FindingFilter(ruleIds: ["SUP-001", "OVD-001", "SUP-001"], families: [RuleFamily.Escalation, RuleFamily.Overdue]);

        filter.RuleIds.Should().Equal("OVD-001", "SUP-001");
        filter.Families.Should().Equal(RuleFamily.Overdue, RuleFamily.Escalation);
        filter.KeepsEverything.Should().BeFalse();
        ((Action)(() => _ = new FindingFilter(""))).Should().Throw<ArgumentException>();
    }

    private static HashSet<string> Subtree(CampaignDataset dataset, string root)
    {
        var result = new HashSet<string> { root };
        var queue = new Queue<string>([root]);
        while (queue.Count > 0)
        {
            foreach (var child in dataset.ChildrenOfUnit(queue.Dequeue()))
            {
                if (result.Add(child.Id))
                {
                    queue.Enqueue(child.Id);
                }
            }
        }

        return result;
    }
}
