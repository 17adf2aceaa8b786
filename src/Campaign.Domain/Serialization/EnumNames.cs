using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Serialization;

/// <summary>The camelCase strings of one enum in <c>campaign-dataset/1</c>, indexed by the enum's value (declaration order).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class EnumNames<T>
    where T : struct, Enum
{
    public EnumNames(params string[] names)
    {
        if (names.Length != Enum.GetValues<T>().Length)
        {
            throw new InvalidOperationException($"The dataset names of {typeof(T).Name} do not cover every value.");
        }

        Names = names;
        Utf8 = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            Utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        Allowed = string.Join(", ", names);
    }

    /// <summary>The names, indexed by the enum value.</summary>
    public string[] Names { get; }

    /// <summary>The names as UTF-8, indexed by the enum value.</summary>
    public byte[][] Utf8 { get; }

    /// <summary>The value whose name is the unescaped UTF-8 <paramref name="utf8"/>, or -1; makes no string.</summary>
    /// <remarks>Hot path: called for every enum value read, a plain loop over a handful of names.</remarks>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        var names = Utf8;
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The names joined with commas, for error messages.</summary>
    public string Allowed { get; }

    /// <summary>The name of <paramref name="value"/>; every enum of the format is int-based, so the cast neither boxes nor allocates.</summary>
    public string NameOf(T value) => Names[System.Runtime.CompilerServices.Unsafe.BitCast<T, int>(value)];
}

/// <summary>Every enum of <c>campaign-dataset/1</c> with its strings, shared by the reader and the writer.</summary>
internal static class DatasetEnums
{
    public static readonly EnumNames<CampaignBatch> Batch = new("first", "second");

    public static readonly EnumNames<UnitKind> UnitKind = new(
        "countyLeadership", "directlyAffiliated", "lawEnforcementOrWindow", "serviceIndustry", "townshipOrStreet",
        "industrialCluster", "villageOrCommunity", "enterpriseOrInstitution", "stateOwnedEnterprise", "university",
        "schoolOrKindergarten", "nonPublicEconomic", "socialOrganisation", "otherGrassroots");

    public static readonly EnumNames<UnitLevel> UnitLevel = new("province", "prefecture", "county", "township", "village");

    public static readonly EnumNames<PersonRole> Role = new("principalLeader", "teamMember", "member");

    public static readonly EnumNames<ProblemOwnerLevel> OwnerLevel = new("team", "individual");

    public static readonly EnumNames<ProblemCategory> Category = new(
        "fourWinds", "work", "massInterest", "malpracticeNearMasses", "organisationalLaxity", "other");

    public static readonly EnumNames<FourWind> FourWind = new("formalism", "bureaucratism", "hedonism", "extravagance");

    public static readonly EnumNames<ProblemSource> Source = new("opinion", "selfExamination", "supervision", "undercoverInspection", "other");

    public static readonly EnumNames<ProblemSeverity> Severity = new("normal", "serious");

    public static readonly EnumNames<RectificationMode> Mode = new("immediate", "scheduled");

    public static readonly EnumNames<RectificationStatus> Status = new("notStarted", "inProgress", "completed", "closedOff");

    public static readonly EnumNames<EvidenceKind> EvidenceKind = new("document", "meetingMinutes", "photo", "fieldVisit", "other");

    public static readonly EnumNames<EvaluatorKind> Evaluator = new("masses", "self");
}
