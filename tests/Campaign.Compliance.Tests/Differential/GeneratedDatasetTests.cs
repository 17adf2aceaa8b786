using Campaign.Compliance.Findings;
using Campaign.Compliance.Tests.Reference;
using Campaign.Domain.Testing;

namespace Campaign.Compliance.Tests.Differential;

/// <summary>The check and the reference evaluator agree on datasets of the synthetic generator.</summary>
public class GeneratedDatasetTests
{
    [Theory]
    [InlineData(DatasetPreset.District, 1, "2014-07-15")]
    [InlineData(DatasetPreset.District, 2, "2014-05-01")]
    [InlineData(DatasetPreset.District, 3, "2014-06-30")]
    [InlineData(DatasetPreset.District, 4, "2014-09-30")]
    [InlineData(DatasetPreset.District, 5, "2014-12-31")]
    [InlineData(DatasetPreset.County, 1, "2014-07-15")]
    [InlineData(DatasetPreset.County, 7, "2014-08-31")]
    public void Check_GeneratedDataset_AgreesWithReference(DatasetPreset preset, int seed, string asOf)
    {
        var dataset = CampaignGenerator.Generate(preset, seed);
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);

        CheckAgainstReferenceTests.AssertAgree(dataset, date, new ComplianceOptions(), ReferenceParameters.Default);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Check_GeneratedDistrictWithVariedOptions_AgreesWithReference(int seed)
    {
        var dataset = CampaignGenerator.Generate(DatasetPreset.District, seed);
        var options = new ComplianceOptions
        {
            ClaimWindowDays = 20,
            PlanWindowDays = 15,
            BoilerplateMinOwners = 2,
            AtRiskThreshold = 8,
            ConsolidationDeadline = new DateOnly(2014, 7, 31),
            FocusLists = ["C", "AH"],
            StockPhrases = ["加强", "落实"],
        };
        options.SeverityOverrides["MIS-006"] = FindingSeverity.High;
        options.DisabledRules.Add("SUP-003");
        var reference = new ReferenceParameters
        {
            ClaimWindowDays = 20,
            PlanWindowDays = 15,
            BoilerplateMinOwners = 2,
            AtRiskThreshold = 8,
            ConsolidationDeadline = new DateOnly(2014, 7, 31),
            FocusLists = ["C", "AH"],
            StockPhrases = ["加强", "落实"],
            SeverityOverrides = new Dictionary<string, string> { ["MIS-006"] = "high" },
            DisabledRules = new HashSet<string> { "SUP-003" },
        };

        CheckAgainstReferenceTests.AssertAgree(dataset, new DateOnly(2014, 8, 1), options, reference);
    }
}
