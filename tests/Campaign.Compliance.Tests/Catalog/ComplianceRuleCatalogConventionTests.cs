using System.Reflection;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using NRules.Fluent.Dsl;

namespace Campaign.Compliance.Tests.Catalog;

public class ComplianceRuleCatalogConventionTests
{
    /// <summary>The rule ids of rules.md, in its order, with name, family and default severity.</summary>
    public static TheoryData<string, string, RuleFamily, FindingSeverity> RulesMd() => new()
    {
        { "OVD-001", "RectificationOverdue", RuleFamily.Overdue, FindingSeverity.High },
        { "OVD-002", "CompletedLate", RuleFamily.Overdue, FindingSeverity.Low },
        { "OVD-003", "ImmediateNotImmediate", RuleFamily.Overdue, FindingSeverity.Medium },
        { "OVD-004", "WeakOrgTeamNotStaffed", RuleFamily.Overdue, FindingSeverity.High },
        { "OVD-005", "WeakOrgNotConsolidated", RuleFamily.Overdue, FindingSeverity.High },
        { "OVD-006", "OpinionUnclaimed", RuleFamily.Overdue, FindingSeverity.Medium },
        { "OVD-007", "ProblemWithoutRectification", RuleFamily.Overdue, FindingSeverity.High },
        { "SUP-001", "CompletedWithoutEvidence", RuleFamily.Superficial, FindingSeverity.High },
        { "SUP-002", "SelfAssessedOnly", RuleFamily.Superficial, FindingSeverity.High },
        { "SUP-003", "LowSatisfaction", RuleFamily.Superficial, FindingSeverity.Medium },
        { "SUP-004", "NotReportedBack", RuleFamily.Superficial, FindingSeverity.Medium },
        { "SUP-005", "VagueMeasure", RuleFamily.Superficial, FindingSeverity.Medium },
        { "SUP-006", "BoilerplateProblem", RuleFamily.Superficial, FindingSeverity.Medium },
        { "MIS-001", "TeamProblemForPersonalOpinion", RuleFamily.Mismatch, FindingSeverity.High },
        { "MIS-002", "NoPersonalProblems", RuleFamily.Mismatch, FindingSeverity.High },
        { "MIS-003", "PersonalCopyOfTeamProblem", RuleFamily.Mismatch, FindingSeverity.High },
        { "MIS-004", "WorkForFourWinds", RuleFamily.Mismatch, FindingSeverity.High },
        { "MIS-005", "FocusAvoided", RuleFamily.Mismatch, FindingSeverity.Medium },
        { "MIS-006", "RectifierNotOwner", RuleFamily.Mismatch, FindingSeverity.Medium },
        { "INC-001", "NoDeadline", RuleFamily.Incomplete, FindingSeverity.High },
        { "INC-002", "NoResponsible", RuleFamily.Incomplete, FindingSeverity.High },
        { "INC-003", "ShortEducation", RuleFamily.Incomplete, FindingSeverity.Medium },
        { "ESC-001", "UnitAtRisk", RuleFamily.Escalation, FindingSeverity.High },
    };

    private static readonly Type[] RuleClasses = typeof(ComplianceChecker).Assembly.GetTypes()
        .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract).ToArray();

    [Fact]
    public void Shipped_HasTheRulesOfRulesMdInItsOrder() =>
        ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id).Should().Equal(RulesMd().Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(RulesMd))]
    public void EveryShippedRule_HasNameFamilySeverityTitlesMessagesAndSource(string id, string name, RuleFamily family, FindingSeverity severity)
    {
        var rule = ComplianceRuleCatalog.Shipped.Get(id);

        rule.Name.Should().Be(name);
        rule.Family.Should().Be(family);
        rule.DefaultSeverity.Should().Be(severity);
        foreach (var language in Enum.GetValues<ReportLanguage>())
        {
            rule.Source(language).Should().NotBeNullOrWhiteSpace();
            rule.Title(language).Should().NotBeNullOrWhiteSpace();
            rule.MessageTemplate(language).Should().Contain("{subjectId}");
        }

        rule.Title(ReportLanguage.Zh).Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
        rule.Title(ReportLanguage.En).Should().MatchRegex("^[ -~]+$");
    }

    [Fact]
    public void EveryShippedRule_CitesItsSourceInChinese_WithFullWidthPunctuation()
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        foreach (var rule in ComplianceRuleCatalog.Shipped.Rules)
        {
            var source = rule.Source(ReportLanguage.Zh);
            source.Should().NotBe(rule.Source(ReportLanguage.En));

            // Rule ids may be named; nothing else in Latin letters or ASCII punctuation.
            var withoutIds = ComplianceRuleCatalog.Shipped.Rules.Aggregate(source, (text, r) => text.Replace(r.Id, " ", StringComparison.Ordinal));
            withoutIds.Where(char.IsAsciiLetter).Should().BeEmpty("the Chinese source of {0} names no English word: {1}", rule.Id, source);
            withoutIds.Where(c => c is ',' or ';' or ':' or '(' or ')' or '"' or '\'' or '.').Should().BeEmpty("the Chinese source of {0} uses full-width punctuation: {1}", rule.Id, source);
            source.Should().EndWith("。");
            source.Should().MatchRegex("《.+》|报道|综述|评论文章|其他核查发现", "{0} names the campaign document it cites", rule.Id);
        }
    }

    [Fact]
    public void EveryRuleClass_DeclaresACatalogRuleOrIsPartOfOne_AndEveryCatalogRuleHasAClass()
    {
        var ids = RuleClasses.Select(t => ComplianceRuleDescriptor.Of(t).Id).ToList();

        RuleClasses.Should().OnlyContain(t => t.GetCustomAttribute<ComplianceRuleAttribute>() != null || t.GetCustomAttribute<ComplianceRulePartAttribute>() != null);
        RuleClasses.Count(t => t.GetCustomAttribute<ComplianceRuleAttribute>() != null).Should().Be(ComplianceRuleCatalog.Shipped.Rules.Count);
        ids.Should().OnlyContain(id => ComplianceRuleCatalog.Shipped.Contains(id));
        ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id).Should().BeSubsetOf(ids);
    }

    [Fact]
    public void EveryDeclaringClass_IsAnNRulesRuleNamedAfterItsCatalogRule()
    {
        foreach (var type in RuleClasses.Where(t => t.GetCustomAttribute<ComplianceRuleAttribute>() != null))
        {
            var descriptor = ComplianceRuleDescriptor.Of(type);
            type.Should().BeDerivedFrom<Rule>();
            descriptor.Should().BeSameAs(ComplianceRuleCatalog.Shipped.Get(descriptor.Id));
            type.Name.Should().Be(descriptor.Name + "Rule");
        }
    }

    [Fact]
    public void OnlyBoilerplateAndEscalation_ReadAcrossUnits() =>
        ComplianceRuleCatalog.Shipped.Rules.Where(r => r.Scope == RuleScope.Dataset).Select(r => r.Id)
            .Should().Equal("SUP-006", "ESC-001");

    [Fact]
    public void EveryRuleClass_IsInTheFolderOfItsFamily()
    {
        foreach (var type in RuleClasses)
        {
            var family = ComplianceRuleDescriptor.Of(type).Family;
            type.Namespace.Should().Be("Campaign.Compliance.Rules." + family, type.Name);
        }
    }

    [Fact]
    public void MessageTemplates_NameOnlyDetailsTheRuleGives()
    {
        var details = new Dictionary<string, string[]>
        {
            ["OVD-001"] = ["daysOverdue"],
            ["OVD-002"] = ["daysLate"],
            ["SUP-006"] = ["owners"],
            ["ESC-001"] = ["highFindings"],
        };
        foreach (var rule in ComplianceRuleCatalog.Shipped.Rules)
        {
            var allowed = new[] { "subjectId", "unitId", "related" }.Concat(details.GetValueOrDefault(rule.Id, [])).ToHashSet();
            foreach (var language in Enum.GetValues<ReportLanguage>())
            {
                var names = System.Text.RegularExpressions.Regex.Matches(rule.MessageTemplate(language), @"\{(\w+)\}").Select(m => m.Groups[1].Value);
                names.Should().OnlyContain(n => allowed.Contains(n), $"{rule.Id} {language}");
            }
        }
    }
}
