using Campaign.Compliance.Findings;
using Campaign.Compliance.Tests.Reference;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Differential;

/// <summary>The engine-based check and the reference evaluator (rules.md written directly) agree exactly.</summary>
public class CheckAgainstReferenceTests
{
    public static TheoryData<int, string> SeedsAndDates()
    {
        var data = new TheoryData<int, string>();
        var dates = new[] { "2014-04-30", "2014-05-01", "2014-06-30", "2014-07-15", "2014-09-30" };
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed, dates[seed % dates.Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndDates))]
    public void Check_RandomDataset_AgreesWithReference(int seed, string asOf)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.Boundaries, seed, new GeneratorOptions { Scale = 1 + seed % 3 });
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        AssertAgree(dataset, date, new ComplianceOptions(), ReferenceParameters.Default);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(102)]
    [InlineData(103)]
    [InlineData(104)]
    public void Check_RandomDatasetWithVariedOptions_AgreesWithReference(int seed)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.Boundaries, seed, new GeneratorOptions { Scale = 2 });
        var date = new DateOnly(2014, 6, 1).AddDays(seed % 40);
        var options = new ComplianceOptions
        {
            ImmediateWindowDays = 10 + seed % 5,
            ClaimWindowDays = 29,
            PlanWindowDays = 45,
            SatisfactionTarget = 0.95,
            ReportBackWindowDays = 5,
            MinConcreteChars = 8,
            BoilerplateMinOwners = 2,
            AtRiskThreshold = 3,
            MinEducationMonths = 4,
            TeamStaffedDeadline = new DateOnly(2014, 5, 15),
            FocusLists = seed % 2 == 0 ? ["C", "WD", "AH"] : ["HN"],
        };
        options.StockPhrases.Add("群众");
        options.SeverityOverrides["SUP-005"] = FindingSeverity.High;
        options.SeverityOverrides["OVD-001"] = FindingSeverity.Low;
        options.DisabledRules.Add("MIS-005");
        var reference = new ReferenceParameters
        {
            ImmediateWindowDays = options.ImmediateWindowDays,
            ClaimWindowDays = 29,
            PlanWindowDays = 45,
            SatisfactionTarget = 0.95,
            ReportBackWindowDays = 5,
            MinConcreteChars = 8,
            BoilerplateMinOwners = 2,
            AtRiskThreshold = 3,
            MinEducationMonths = 4,
            TeamStaffedDeadline = new DateOnly(2014, 5, 15),
            FocusLists = options.FocusLists.ToArray(),
            StockPhrases = options.StockPhrases.ToArray(),
            SeverityOverrides = new Dictionary<string, string> { ["SUP-005"] = "high", ["OVD-001"] = "low" },
            DisabledRules = new HashSet<string> { "MIS-005" },
        };

        AssertAgree(dataset, date, options, reference);
    }

    internal static void AssertAgree(CampaignDataset dataset, DateOnly asOf, ComplianceOptions options, ReferenceParameters parameters)
    {
        var report = new ComplianceChecker(options).Check(dataset, asOf);
        var expected = ReferenceEvaluator.Evaluate(dataset, asOf, parameters);

        report.RuleFailures.Should().BeEmpty();
        report.Findings.Select(Describe).Should().Equal(expected.Select(Describe));
    }

    /// <summary>
    /// The details rules.md names (OVD-001 daysOverdue, OVD-002 daysLate, SUP-006 owners, ESC-001 highFindings).
    /// The reference adds others (days, concreteChars, satisfiedRate…) that the contract does not name; the check
    /// follows the contract, so only these are compared.
    /// </summary>
    private static readonly HashSet<string> ContractDetails = new(StringComparer.Ordinal) { "daysOverdue", "daysLate", "owners", "highFindings" };

    internal static string Describe(Finding f) =>
        Describe(f.RuleId, f.SubjectType.ToString().ToLowerInvariant(), f.SubjectId, f.UnitId, f.Severity.ToString().ToLowerInvariant(), f.Details);

    internal static string Describe(ReferenceFinding f) => Describe(f.RuleId, f.SubjectType, f.SubjectId, f.UnitId, f.Severity, f.Details);

    private static string Describe(string rule, string type, string subject, string unit, string severity, IEnumerable<KeyValuePair<string, double>> details) =>
        $"{unit} {rule} {type} {subject} [{severity}] {string.Join(",", details.Where(d => ContractDetails.Contains(d.Key) && (d.Key != "daysOverdue" || rule == "OVD-001") && (d.Key != "daysLate" || rule == "OVD-002")).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))}";
}
