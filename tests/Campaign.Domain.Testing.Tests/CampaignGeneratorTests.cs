using Campaign.Domain.Campaigns;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Tests;

public class CampaignGeneratorTests
{
    private static readonly DateOnly AsOf = new(2014, 7, 15);

    // Generated once per test class run: the county preset takes about a second.
    private static readonly Lazy<CampaignDataset> District = new(() => CampaignGenerator.Generate(DatasetPreset.District));
    private static readonly Lazy<CampaignDataset> County = new(() => CampaignGenerator.Generate(DatasetPreset.County));

    public static TheoryData<DatasetPreset> SmallPresets => new() { DatasetPreset.District, DatasetPreset.County };

    private static CampaignDataset Of(DatasetPreset preset) => preset == DatasetPreset.District ? District.Value : County.Value;

    private static int Records(CampaignDataset d) =>
        d.Units.Count + d.People.Count + d.Opinions.Count + d.Problems.Count + d.Rectifications.Count;

    [Theory]
    [MemberData(nameof(SmallPresets))]
    public void Generate_SameSeed_GivesTheSameDataset(DatasetPreset preset)
    {
        var again = CampaignGenerator.Generate(preset, seed: 1);

        DatasetDump.Of(again).Should().Be(DatasetDump.Of(Of(preset)));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentDatasets()
    {
        var first = CampaignGenerator.Generate(DatasetPreset.District, seed: 1);
        var second = CampaignGenerator.Generate(DatasetPreset.District, seed: 2);

        DatasetDump.Of(second).Should().NotBe(DatasetDump.Of(first));
    }

    [Fact]
    public void Generate_District_HasAFewHundredRecords()
    {
        var d = District.Value;

        Records(d).Should().BeInRange(300, 1500);
        d.Units.Should().HaveCountLessThan(30);
    }

    [Fact]
    public void Generate_County_HasTensOfThousandsOfRecords()
    {
        var d = County.Value;

        Records(d).Should().BeInRange(10_000, 99_999);
        d.Units.Count(u => u.Level == UnitLevel.Township && u.Kind == UnitKind.TownshipOrStreet).Should().BeInRange(10, 14);
    }

    [Theory]
    [MemberData(nameof(SmallPresets))]
    public void Generate_GivesAValidDataset(DatasetPreset preset)
    {
        var d = Of(preset);

        DatasetInvariants.Violations(d).Should().BeEmpty();
        DatasetInvariants.EventsAfter(d, AsOf).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(SmallPresets))]
    public void Generate_WrittenAndReadBack_PassesTheValidatingReaderUnchanged(DatasetPreset preset)
    {
        var d = Of(preset);
        using var stream = new MemoryStream();

        CampaignDatasetWriter.Write(d, stream);
        stream.Position = 0;
        var read = CampaignDatasetReader.Read(stream);

        DatasetDump.Of(read).Should().Be(DatasetDump.Of(d));
    }

    [Theory]
    [MemberData(nameof(SmallPresets))]
    public void Generate_SetsTheSnapshotDateAndFocusLists(DatasetPreset preset)
    {
        var d = Of(preset);

        d.Campaign.AsOf.Should().Be(AsOf);
        d.Campaign.FocusLists.Should().Contain("C").And.HaveCount(2);
        d.Campaign.Batch.Should().Be(CampaignBatch.Second);
    }

    [Fact]
    public void Generate_County_FollowsTheSeedProportions()
    {
        var d = County.Value;
        var grassroots = d.Units.Where(u => u.Kind is UnitKind.VillageOrCommunity or UnitKind.TownshipOrStreet).ToList();
        var villages = d.Units.Where(u => u.Name.EndsWith('村')).ToList();
        var grassrootsIds = grassroots.Select(u => u.Id).ToHashSet();
        var grassrootsProblems = d.Problems.Where(p => grassrootsIds.Contains(p.UnitId)).ToList();
        var solved = grassrootsProblems.Count(p => d.RectificationsOfProblem(p.Id).Any(r => r.IsFinished));

        // Three ledgers of about five entries per township or village (S002).
        ((double)grassrootsProblems.Count / grassroots.Count).Should().BeInRange(13, 17);

        // About 83% of ledger problems solved (S002).
        ((double)solved / grassrootsProblems.Count).Should().BeInRange(0.78, 0.88);

        // About 10% of villages weak and lax (P8).
        ((double)villages.Count(u => u.IsWeakLax) / villages.Count).Should().BeInRange(0.05, 0.16);

        // About 1.2 opinions per problem (756,000 / 600,000).
        ((double)d.Opinions.Count / d.Problems.Count).Should().BeInRange(1.0, 1.45);

        // About as many rectifications as problems, some fixing several.
        d.Rectifications.Should().Contain(r => r.ProblemIds.Count > 1);
        ((double)d.Rectifications.Count / d.Problems.Count).Should().BeInRange(0.75, 1.0);
    }

    [Fact]
    public void Generate_County_CountyLevelItemsSplitNearAnhuisCompletedAndInProgress()
    {
        var d = County.Value;
        var countyLevel = d.Units.Where(u => u.Level == UnitLevel.County).Select(u => u.Id).ToHashSet();
        var items = d.Rectifications.Where(r => countyLevel.Contains(d.FindProblem(r.ProblemIds[0])!.UnitId)).ToList();

        var completedShare = (double)items.Count(r => r.IsFinished) / items.Count;

        // 3,142 / (3,142 + 1,253) = 71.5% (S003); a single county has about a hundred such items.
        completedShare.Should().BeInRange(0.6, 0.82);
        items.Where(r => !r.IsFinished).Should().OnlyContain(r => r.Status == RectificationStatus.InProgress);
    }

    [Fact]
    public void Generate_County_ContainsTheBoundaryCases()
    {
        var d = County.Value;

        d.Rectifications.Should().Contain(r => r.IsOpen && r.Deadline == AsOf, "a deadline on the as-of day");
        d.Rectifications.Should().Contain(r => r.IsFinished && r.CompletedOn == r.Deadline, "completed on the deadline day");
        d.Rectifications.Should().Contain(r => r.Evaluation != null && r.Evaluation.SatisfiedRate == 0.90, "a rate of exactly 0.90");
        d.Opinions.Should().Contain(o => o.ClaimedOn == o.ReceivedOn.AddDays(30), "a claim exactly 30 days after receipt");
        d.Units.Should().Contain(u => u.Education != null && u.Education.Value.Start == new DateOnly(2014, 3, 31) && u.Education.Value.End == new DateOnly(2014, 6, 30));
        d.Units.Should().Contain(u => u.WeakLax != null && u.WeakLax.TeamStaffedOn == new DateOnly(2014, 4, 30));
        d.Problems.GroupBy(p => p.Text).Should().Contain(g => g.Select(p => p.OwnerKey).Distinct().Count() == 3, "exactly three owners share a text");
        d.Problems.GroupBy(p => p.Text).Should().Contain(g => g.Select(p => p.OwnerKey).Distinct().Count() == 2, "exactly two owners share a text");
    }

    [Fact]
    public void Generate_County_UsesRealisticChineseTexts()
    {
        var d = County.Value;

        d.Units.Should().Contain(u => u.Name.EndsWith("县委")).And.Contain(u => u.Name.EndsWith("村")).And.Contain(u => u.Name.EndsWith("社区"));
        d.Problems.Where(p => p.Category == ProblemCategory.FourWinds).Should().OnlyContain(p => p.FourWinds.Count > 0);
        d.Problems.Should().Contain(p => p.Text.Contains("门难进、脸难看、事难办") || p.Text.Contains("推诿扯皮"));
        d.People.Where(p => p.Role == PersonRole.PrincipalLeader).Should().HaveCount(d.Units.Count);
    }

    [Fact]
    public void Generate_Scale_ChangesTheNumberOfVillages()
    {
        var half = CampaignGenerator.Generate(DatasetPreset.District, 1, new GeneratorOptions { Scale = 3 });

        half.Units.Count(u => u.Kind == UnitKind.VillageOrCommunity)
            .Should().BeGreaterThan(District.Value.Units.Count(u => u.Kind == UnitKind.VillageOrCommunity) * 2);
    }

    [Fact]
    public void Generate_ProvinceAtSmallScale_HasTheSeedsLevelCounts()
    {
        // Scale shrinks only the villages; the administrative levels keep Anhui's 16 / 105 and about 1,050 townships.
        var d = CampaignGenerator.Generate(DatasetPreset.Province, 1, new GeneratorOptions { Scale = 0.02 });

        d.Units.Count(u => u.Level == UnitLevel.Prefecture && u.Kind == UnitKind.CountyLeadership).Should().Be(16);
        d.Units.Count(u => u.Level == UnitLevel.County && u.Kind == UnitKind.CountyLeadership).Should().Be(105);
        d.Units.Count(u => u.Kind == UnitKind.TownshipOrStreet).Should().BeInRange(900, 1_300);
        DatasetInvariants.Violations(d).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2014-05-01")]
    [InlineData("2014-12-31")]
    public void Generate_AnotherAsOf_KeepsEveryEventOnOrBeforeIt(string date)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var d = CampaignGenerator.Generate(DatasetPreset.District, 7, new GeneratorOptions { AsOf = asOf });

        d.Campaign.AsOf.Should().Be(asOf);
        DatasetInvariants.Violations(d).Should().BeEmpty();
        DatasetInvariants.EventsAfter(d, asOf).Should().BeEmpty();
    }

    [Fact]
    public void Generate_InvalidOptions_ListsEveryError()
    {
        var act = () => CampaignGenerator.Generate(DatasetPreset.District, 1, new GeneratorOptions { AsOf = new DateOnly(2013, 1, 1), Scale = 0 });

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("AsOf").And.Contain("Scale");
    }

    [Theory]
    [InlineData(DatasetPreset.Boundaries)]
    [InlineData(DatasetPreset.Unusual)]
    public void Generate_SmallKinds_AreDeterministicAndResolveEveryReference(DatasetPreset preset)
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var d = CampaignGenerator.Generate(preset, seed);

            DatasetDump.Of(CampaignGenerator.Generate(preset, seed)).Should().Be(DatasetDump.Of(d));
            DatasetInvariants.Violations(d).Should().BeEmpty($"seed {seed} must give a dataset whose references resolve");
        }
    }

    [Fact]
    public void Generate_Boundaries_CrowdsTheRulesEdges()
    {
        var all = Enumerable.Range(0, 40).Select(seed => CampaignGenerator.Generate(DatasetPreset.Boundaries, seed)).ToList();

        all.Should().AllSatisfy(d => d.Problems.Count.Should().BeInRange(8, 29));
        all.SelectMany(d => d.Opinions).Where(o => o.ClaimedOn is not null).Select(o => o.ClaimedOn!.Value.DayNumber - o.ReceivedOn.DayNumber)
            .Distinct().Should().BeEquivalentTo([28, 29, 30, 31, 32]);
        all.SelectMany(d => d.Rectifications).Select(r => r.Evaluation?.SatisfiedRate).Should().Contain([0.89, 0.9, 1.0]);
        all.Select(d => d.Campaign.FocusLists.Count).Distinct().Should().HaveCountGreaterThan(1);
        CampaignGenerator.Generate(DatasetPreset.Boundaries, 3, new GeneratorOptions { Scale = 3 }).Problems.Count.Should().BeInRange(24, 87);
    }

    [Fact]
    public void Generate_Unusual_HasTheAwkwardTextsAndAbsentFields()
    {
        var all = Enumerable.Range(0, 60).Select(seed => CampaignGenerator.Generate(DatasetPreset.Unusual, seed)).ToList();
        var texts = all.SelectMany(d => d.Units.Select(u => u.Name).Concat(d.Problems.Select(p => p.Text))).ToList();

        texts.Should().Contain(t => t.Contains('"')).And.Contain(t => t.Contains('\\')).And.Contain(t => t.Contains('\u0001'))
            .And.Contain(t => t.Any(char.IsSurrogate));
        all.Should().Contain(d => d.Campaign.AsOf == null).And.Contain(d => d.Campaign.AsOf != null);
        all.SelectMany(d => d.Rectifications).Should().Contain(r => r.Deadline == null).And.Contain(r => r.Evaluation == null);
    }
}
