using System.Text.Json;
using Campaign.Domain.Focus;
using Campaign.Domain.Units;

namespace Campaign.Domain.Tests.Focus;

public class FocusCatalogTests
{
    private static readonly FocusCatalog Catalog = FocusCatalog.Default;

    [Fact]
    public void Default_HasTheFourListsOfTheDatasetFormat()
    {
        Catalog.Lists.Should().Equal("C", "WD", "HN", "AH");
    }

    [Theory]
    [InlineData("C", 24)]
    [InlineData("WD", 44)]
    [InlineData("HN", 17)]
    [InlineData("AH", 4)]
    public void Default_ListSizes_MatchTheDomainNotes(string list, int count)
    {
        Catalog.EntriesOf(list).Should().HaveCount(count);
        Catalog.EntriesOf(list).Should().OnlyContain(e => e.ListCode == list && e.Id.StartsWith("FP." + list + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_IsLoadedOnce()
    {
        FocusCatalog.Default.Should().BeSameAs(FocusCatalog.Default);
    }

    [Fact]
    public void Default_EveryEntryMapsToAKindAndHasBothTexts()
    {
        Catalog.Entries.Should().HaveCount(89);
        Catalog.Entries.Should().OnlyContain(e => e.UnitKinds.Count >= 1);
        Catalog.Entries.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Chinese) && !string.IsNullOrWhiteSpace(e.English));
        Catalog.Entries.Select(e => e.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Default_AllIdsAreExactlyTheEntriesForEveryKind()
    {
        Catalog.Entries.Where(e => e.AppliesToEveryKind).Select(e => e.Id)
            .Should().Equal("FP.C.ALL.01", "FP.WD.ALL.01", "FP.AH.ALL.01", "FP.AH.ALL.02", "FP.AH.ALL.03", "FP.AH.ALL.04");
    }

    [Theory]
    [InlineData("FP.C.CTY.02", "不敢担当", UnitKind.CountyLeadership)]
    [InlineData("FP.WD.CTY.09", "会风文风转变不实", UnitKind.CountyLeadership)]
    [InlineData("FP.C.LEW.01", "门难进、脸难看、事难办", UnitKind.ServiceIndustry)]
    [InlineData("FP.WD.STR.04", "在项目建设、征地拆迁、信访稳定等重点工作中不敢担当、少有所为", UnitKind.IndustrialCluster)]
    [InlineData("FP.WD.NPO.02", "重厂建轻党建", UnitKind.SocialOrganisation)]
    [InlineData("FP.HN.UNI.01", "民主治校不落實", UnitKind.University)]
    [InlineData("FP.HN.SOE.05", "追求奢華享受", UnitKind.StateOwnedEnterprise)]
    [InlineData("FP.AH.ALL.04", "走读风", UnitKind.OtherGrassroots)]
    public void Find_KnownId_GivesTheEntryOfTheNotes(string id, string chinese, UnitKind appliesTo)
    {
        var entry = Catalog.Find(id);

        entry.Should().NotBeNull();
        entry!.Chinese.Should().Be(chinese);
        entry.AppliesTo(appliesTo).Should().BeTrue();
        Catalog.Contains(id).Should().BeTrue();
    }

    [Fact]
    public void Find_UnknownId_IsNull()
    {
        Catalog.Find("FP.C.CTY.99").Should().BeNull();
        Catalog.Contains("fp.c.cty.01").Should().BeFalse("ids compare ordinally");
    }

    [Theory]
    [InlineData("FP.C.LEW.03", UnitKind.LawEnforcementOrWindow, UnitKind.ServiceIndustry)]
    [InlineData("FP.WD.LEW.06", UnitKind.LawEnforcementOrWindow, UnitKind.ServiceIndustry)]
    [InlineData("FP.HN.LEW.02", UnitKind.LawEnforcementOrWindow, UnitKind.ServiceIndustry)]
    [InlineData("FP.WD.STR.01", UnitKind.TownshipOrStreet, UnitKind.IndustrialCluster)]
    [InlineData("FP.WD.NPO.05", UnitKind.NonPublicEconomic, UnitKind.SocialOrganisation)]
    [InlineData("FP.C.TWN.01", UnitKind.TownshipOrStreet)]
    [InlineData("FP.C.VIL.03", UnitKind.VillageOrCommunity)]
    [InlineData("FP.WD.COM.06", UnitKind.VillageOrCommunity)]
    [InlineData("FP.WD.SCH.01", UnitKind.SchoolOrKindergarten)]
    [InlineData("FP.C.DAU.04", UnitKind.DirectlyAffiliated)]
    public void SharedLists_MapToTheKindsOfTheDatasetFormat(string id, params UnitKind[] kinds)
    {
        Catalog.Find(id)!.UnitKinds.Should().Equal(kinds);
    }

    [Fact]
    public void FocusIdsFor_LeavesOutTheIdsForEveryKind()
    {
        var ids = Catalog.FocusIdsFor(UnitKind.CountyLeadership, ["C", "WD", "AH"]);

        ids.Should().HaveCount(16);
        ids.Should().StartWith(["FP.C.CTY.01", "FP.C.CTY.02"]).And.EndWith("FP.WD.CTY.10");
        ids.Should().NotContain(id => id.Contains(".ALL.", StringComparison.Ordinal));
    }

    [Fact]
    public void FocusIdsFor_KindWithoutListedProblems_IsEmpty()
    {
        Catalog.FocusIdsFor(UnitKind.EnterpriseOrInstitution, ["C", "WD", "HN", "AH"]).Should().BeEmpty();
        Catalog.FocusIdsFor(UnitKind.University, ["C", "WD"]).Should().BeEmpty();
    }

    [Fact]
    public void FocusIdsFor_FollowsTheListOrderAndCountsARepeatedListOnce()
    {
        var ids = Catalog.FocusIdsFor(UnitKind.VillageOrCommunity, ["HN", "C", "HN"]);

        ids.Should().Equal(
            "FP.HN.VIL.01", "FP.HN.VIL.02", "FP.HN.VIL.03", "FP.HN.VIL.04", "FP.HN.VIL.05",
            "FP.C.VIL.01", "FP.C.VIL.02", "FP.C.VIL.03");
    }

    [Fact]
    public void FocusIdsFor_UnknownList_ThrowsNamingIt()
    {
        var act = () => Catalog.FocusIdsFor(UnitKind.CountyLeadership, ["C", "XX"]);

        act.Should().Throw<ArgumentException>().WithMessage("*'XX'*C, WD, HN, AH*");
    }

    [Fact]
    public void CentralList_GivesEveryKindAtLeastOneEntry_AndTheNamedKindsTheirOwnIds()
    {
        foreach (var kind in Enum.GetValues<UnitKind>())
        {
            Catalog.EntriesOf("C").Should().Contain(e => e.AppliesTo(kind), "{0} must address the central list", kind);
        }

        UnitKind[] named =
        [
            UnitKind.CountyLeadership, UnitKind.DirectlyAffiliated, UnitKind.LawEnforcementOrWindow, UnitKind.ServiceIndustry,
            UnitKind.TownshipOrStreet, UnitKind.VillageOrCommunity,
        ];
        foreach (var kind in named)
        {
            Catalog.FocusIdsFor(kind, ["C"]).Should().NotBeEmpty("the central guidance names {0}", kind);
        }
    }

    [Fact]
    public void EveryKind_HasFocusIdsUnderSomeShippedList()
    {
        var kindsWithoutOwnFocus = Enum.GetValues<UnitKind>().Where(k => Catalog.FocusIdsFor(k, Catalog.Lists).Count == 0);

        kindsWithoutOwnFocus.Should().Equal(UnitKind.EnterpriseOrInstitution, UnitKind.OtherGrassroots);
    }

    [Fact]
    public void EntriesOf_UnknownList_IsEmpty()
    {
        Catalog.EntriesOf("XX").Should().BeEmpty();
        Catalog.ContainsList("XX").Should().BeFalse();
        Catalog.ContainsList("WD").Should().BeTrue();
    }

    [Fact]
    public void ExampleDataset_UsesOnlyKnownFocusIdsAndLists()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json")));
        var root = document.RootElement;
        var focusIds = root.GetProperty("problems").EnumerateArray()
            .Where(p => p.TryGetProperty("focusId", out var f) && f.ValueKind == JsonValueKind.String)
            .Select(p => p.GetProperty("focusId").GetString()!)
            .ToList();
        var lists = root.GetProperty("campaign").GetProperty("focusLists").EnumerateArray().Select(l => l.GetString()!).ToList();

        focusIds.Should().NotBeEmpty().And.Contain(["FP.WD.CTY.09", "FP.C.CTY.02"]);
        focusIds.Should().OnlyContain(id => Catalog.Contains(id));
        lists.Should().OnlyContain(code => Catalog.ContainsList(code));
    }

    [Fact]
    public void Load_UserCatalog_ReadsEntriesAndEveryKind()
    {
        var catalog = FocusCatalog.Parse("""
            {
              "format": "focus-catalog/1",
              "lists": [
                { "code": "XC", "entries": [
                  { "id": "FP.XC.CTY.01", "unitKinds": ["countyLeadership", "directlyAffiliated"], "zh": "调研不深入", "en": "Shallow research" },
                  { "id": "FP.XC.ALL.01", "unitKinds": ["*"], "zh": "纪律松弛", "en": "Lax discipline" }
                ] }
              ]
            }
            """);

        catalog.Lists.Should().Equal("XC");
        catalog.Find("FP.XC.CTY.01")!.UnitKinds.Should().Equal(UnitKind.CountyLeadership, UnitKind.DirectlyAffiliated);
        catalog.Find("FP.XC.ALL.01")!.AppliesToEveryKind.Should().BeTrue();
        catalog.FocusIdsFor(UnitKind.DirectlyAffiliated, ["XC"]).Should().Equal("FP.XC.CTY.01");
    }

    [Fact]
    public void Load_FromStream_ReadsTheCatalog()
    {
        using var stream = new MemoryStream("""{"format":"focus-catalog/1","lists":[{"code":"Z","entries":[]}]}"""u8.ToArray());

        var catalog = FocusCatalog.Load(stream);

        catalog.Entries.Should().BeEmpty();
        catalog.Lists.Should().BeEmpty("a list without entries contributes nothing");
    }

    [Fact]
    public void Load_MalformedCatalog_ListsEveryErrorWithItsPath()
    {
        var act = () => FocusCatalog.Parse("""
            {
              "format": "focus-catalog/2",
              "colour": "red",
              "lists": [
                { "code": "XC", "entries": [
                  { "id": "FP.XC.CTY.01", "unitKinds": ["countyLeader"], "zh": "调研不深入", "en": "" },
                  { "id": "FP.XC.CTY.01", "unitKinds": ["university"], "zh": "重复", "en": "Duplicate" },
                  { "id": "FP.XC.ALL.01", "unitKinds": ["university"], "zh": "全部", "en": "All", "note": 1 },
                  { "unitKinds": [], "zh": "无编号", "en": "No id" }
                ] },
                { "code": "XC", "entries": [] }
              ]
            }
            """);

        var errors = act.Should().Throw<FocusCatalogException>().Which.Errors.Select(e => e.Path).ToList();
        errors.Should().BeEquivalentTo(
        [
            "$.colour",
            "$.format",
            "$.lists[0].entries[0].en",
            "$.lists[0].entries[0].unitKinds[0]",
            "$.lists[0].entries[1].id",
            "$.lists[0].entries[2].note",
            "$.lists[0].entries[2].unitKinds",
            "$.lists[0].entries[3].id",
            "$.lists[0].entries[3].unitKinds",
            "$.lists[1].code",
        ]);
    }

    [Fact]
    public void Load_MalformedCatalog_MessageNamesPathAndProblem()
    {
        var act = () => FocusCatalog.Parse("""{"format":"focus-catalog/1","lists":[{"code":"X","entries":[{"id":"FP.X.A.01","unitKinds":["*","university"],"zh":"甲","en":"A"}]}]}""");

        act.Should().Throw<FocusCatalogException>().WithMessage("*1 error*$.lists[0].entries[0].unitKinds*\"*\"*stand alone*");
    }

    [Fact]
    public void Load_InvalidJson_ThrowsAFocusCatalogException()
    {
        var act = () => FocusCatalog.Parse("""{"format": "focus-catalog/1", "lists": [ }""");

        act.Should().Throw<FocusCatalogException>().WithMessage("*Malformed JSON*line 1*").Which.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public void Merge_AddsTheUserEntriesAfterTheDefault()
    {
        var user = new FocusCatalog([new FocusProblem("FP.C.XTR.01", "C", [UnitKind.University], "学风不正", "Poor study style"), Catalog.Find("FP.C.CTY.01")!]);

        var merged = Catalog.Merge(user);

        merged.Entries.Should().HaveCount(90);
        merged.Lists.Should().Equal("C", "WD", "HN", "AH");
        merged.FocusIdsFor(UnitKind.University, ["C"]).Should().Equal("FP.C.XTR.01");
        Catalog.Contains("FP.C.XTR.01").Should().BeFalse("merging makes a new catalog");
    }

    [Fact]
    public void Merge_SameIdWithOtherContent_ThrowsNamingTheId()
    {
        var user = new FocusCatalog([new FocusProblem("FP.C.CTY.01", "C", [UnitKind.CountyLeadership], "别的", "Other")]);

        var act = () => Catalog.Merge(user);

        act.Should().Throw<FocusCatalogException>().Which.Errors.Should().ContainSingle().Which.Path.Should().Be("FP.C.CTY.01");
    }

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        var entry = new FocusProblem("FP.X.A.01", "X", [UnitKind.University], "甲", "A");

        var act = () => new FocusCatalog([entry, entry]);

        act.Should().Throw<ArgumentException>().WithMessage("*FP.X.A.01*twice*");
    }
}
