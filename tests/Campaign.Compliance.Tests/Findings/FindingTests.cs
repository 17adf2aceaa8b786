using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Tests.Findings;

public class FindingTests
{
    private static readonly ComplianceRuleDescriptor Overdue = ComplianceRuleCatalog.Shipped.Get("OVD-001");

    [Fact]
    public void Message_FillsSubjectAndDetailsInBothLanguages()
    {
        var finding = new Finding(Overdue, FindingSeverity.High, SubjectType.Rectification, "R-03", "U-WD", ["PR-03"], FindingDetails.Of("daysOverdue", 15), null);

        finding.Message(ReportLanguage.En).Should().Be("Rectification R-03 is still open 15 day(s) after its deadline.");
        finding.Message(ReportLanguage.Zh).Should().Be("整改事项R-03已超过整改时限15天仍未完成。");
    }

    [Fact]
    public void Equality_IsOnRuleSubjectTypeAndSubjectId()
    {
        var a = new Finding(Overdue, FindingSeverity.High, SubjectType.Rectification, "R-1", "U-1", null, FindingDetails.Of("daysOverdue", 1), null);
        var b = new Finding(Overdue, FindingSeverity.Low, SubjectType.Rectification, "R-1", "U-2", null, FindingDetails.Of("daysOverdue", 2), null);
        var c = new Finding(Overdue, FindingSeverity.High, SubjectType.Unit, "R-1", "U-1", null, null, null);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.HasSameContent(b).Should().BeFalse();
        a.Should().NotBe(c);
    }

    [Fact]
    public void Details_AreOrderedByKeyAndRejectRepeats()
    {
        var details = FindingDetails.From([new("z", 1), new("a", 2.5)]);

        details.Keys.Should().Equal("a", "z");
        details.ToString().Should().Be("a=2.5, z=1");
        FluentActions.Invoking(() => FindingDetails.From([new("a", 1), new("a", 2)])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Provenance_DefaultsToTheSubject() =>
        new Finding(Overdue, FindingSeverity.High, SubjectType.Rectification, "R-1", "U-1").Provenance.Should().Equal("R-1");
}
