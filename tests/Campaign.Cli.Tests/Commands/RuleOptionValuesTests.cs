using System.Reflection;
using Campaign.Cli.Commands;
using Campaign.Compliance;
using Campaign.Compliance.Catalog;

namespace Campaign.Cli.Tests.Commands;

public sealed class RuleOptionValuesTests
{
    [Fact]
    public void EveryOption_IsAPropertyOfComplianceOptions_UnderItsOptionsFileName()
    {
        foreach (var id in RuleOptionValues.RuleIds)
        {
            ComplianceRuleCatalog.Shipped.Contains(id).Should().BeTrue(id);
            foreach (var option in RuleOptionValues.Of(id))
            {
                typeof(ComplianceOptions).GetProperty(option.Property, BindingFlags.Public | BindingFlags.Instance).Should().NotBeNull(option.Property);
                option.Name.Should().Be(char.ToLowerInvariant(option.Property[0]) + option.Property[1..], "the name is the options file's (camelCase)");
            }
        }
    }

    [Fact]
    public void OptionValues_AreTheOptionsInstancesValues()
    {
        var options = new ComplianceOptions { ClaimWindowDays = 7, TeamStaffedDeadline = new DateOnly(2014, 5, 1), FocusLists = ["WD"] };

        RuleOptionValues.Of("OVD-006").Single().Value(options).Should().Be(7.0);
        RuleOptionValues.Of("OVD-004").Single().Value(options).Should().Be("2014-05-01");
        RuleOptionValues.Of("OVD-005").Single().Value(options).Should().BeNull("not set: 30 June of the campaign year");
        RuleOptionValues.Of("MIS-005").Single().Value(options).Should().BeEquivalentTo(new[] { "WD" });
        RuleOptionValues.Of("OVD-001").Should().BeEmpty();
    }
}
