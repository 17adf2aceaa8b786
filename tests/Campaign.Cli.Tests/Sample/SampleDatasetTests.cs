using System.Text.Json;
using Campaign.Cli.Tests.Builders;
using Campaign.Compliance.Catalog;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Tests.Sample;

public sealed class SampleDatasetTests
{
    [Fact]
    public void Sample_ValidatesAndIsRicherThanTheSmallExample()
    {
        using var stream = SampleDataset.Open();

        var dataset = CampaignDatasetReader.Read(stream);

        dataset.Units.Should().HaveCountGreaterThanOrEqualTo(12).And.HaveCountLessThanOrEqualTo(20);
        dataset.People.Should().HaveCountGreaterThanOrEqualTo(30).And.HaveCountLessThanOrEqualTo(40);
        dataset.Opinions.Should().HaveCountGreaterThanOrEqualTo(30);
        dataset.Problems.Should().HaveCountGreaterThanOrEqualTo(50);
        dataset.Rectifications.Should().HaveCountGreaterThanOrEqualTo(40);
        dataset.Campaign.AsOf.Should().Be(new DateOnly(2014, 7, 15));
        dataset.Campaign.FocusLists.Should().Equal("C", "WD");
    }

    [Fact]
    public void Sample_CoversWeidusUnitKinds()
    {
        using var stream = SampleDataset.Open();

        var kinds = CampaignDatasetReader.Read(stream).Units.Select(u => u.Kind.ToString()).Distinct();

        kinds.Should().Contain(["CountyLeadership", "DirectlyAffiliated", "LawEnforcementOrWindow", "ServiceIndustry", "TownshipOrStreet",
            "IndustrialCluster", "VillageOrCommunity", "EnterpriseOrInstitution", "SchoolOrKindergarten", "NonPublicEconomic"]);
    }

    [Fact]
    public void CheckWithoutPath_RunsOnTheSampleAndFindsSomethingInEveryFamilyAndRule()
    {
        var result = CliRunner.Run("check", "--format", "json");

        result.ExitCode.Should().Be(0);
        using var report = JsonDocument.Parse(result.Stdout);
        var ruleIds = report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
        foreach (var family in Enum.GetValues<RuleFamily>())
        {
            ruleIds.Should().Contain(id => ComplianceRuleCatalog.Shipped.Get(id!).Family == family, $"the sample must show the {family} family");
        }

        ruleIds.Should().BeEquivalentTo(ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id), "the sample is the showcase: every rule fires");
    }

    [Fact]
    public void CheckWithoutPath_ValidateNeedsAPathButCheckDoesNot()
    {
        var result = CliRunner.Run("check", "--format", "csv");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain(",U-WD,");
    }
}
