using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Tests.Findings;

public sealed class FindingOrderTests
{
    private static readonly string[] RuleIds = ["OVD-001", "SUP-003", "MIS-002", "SUP-006"];

    private static List<Finding> RandomFindings(Random random, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new Finding(
                ComplianceRuleCatalog.Shipped.Get(RuleIds[random.Next(RuleIds.Length)]),
                FindingSeverity.Medium,
                (SubjectType)random.Next(4),
                $"S-{random.Next(50)}-{i}",
                $"U-{random.Next(12)}"))
            .ToList();

    [Fact]
    public void Merge_SortedLists_EqualsSortingThemAll()
    {
        var random = new Random(11);
        var lists = Enumerable.Range(0, 7).Select(i => RandomFindings(random, i == 3 ? 0 : random.Next(1, 300))).ToList();
        foreach (var list in lists)
        {
            list.Sort(FindingOrder.Instance);
        }

        var expected = lists.SelectMany(l => l).ToList();
        expected.Sort(FindingOrder.Instance);

        var merged = FindingOrder.Merge(lists);

        merged.Should().HaveCount(expected.Count);
        merged.Should().Equal(expected, ReferenceEquals);
        FindingOrder.IsSorted(merged).Should().BeTrue();
    }

    [Fact]
    public void IsSorted_OnePairOutOfOrder_IsFalse()
    {
        var findings = RandomFindings(new Random(3), 200);
        findings.Sort(FindingOrder.Instance);
        (findings[120], findings[121]) = (findings[121], findings[120]);

        FindingOrder.IsSorted(findings).Should().BeFalse();
    }

    [Fact]
    public void Report_FromUnsortedFindings_SortsThemAndCountsByUnitInOrdinalOrder()
    {
        var findings = RandomFindings(new Random(5), 150);
        var expected = findings.OrderBy(f => f, FindingOrder.Instance).ToList();

        var report = new ComplianceReport(new DateOnly(2014, 7, 15), new DatasetSummary("d", 1, 0, 0, 0, 0), findings);

        report.Findings.Should().Equal(expected, ReferenceEquals);
        report.CountByUnit.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
        report.CountByUnit.Values.Sum().Should().Be(150);
        report.CountByRule.Keys.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}
