using System.Globalization;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Generation;

/// <summary>
/// One generation: walks the administrative tree of the preset and fills each unit with people, opinions, problems
/// and rectifications. Hot path (the province preset has about two million records): reused buffers, shared
/// template strings and evidence records.
/// </summary>
internal sealed partial class GenerationRun
{
    private static readonly DateOnly CampaignStart = new(2014, 3, 1);
    private static readonly DateOnly CampaignEnd = new(2014, 9, 30);
    private static readonly DateOnly StaffedDeadline = new(2014, 4, 30);
    private static readonly DateOnly ConsolidationDeadline = new(2014, 6, 30);
    private const int ClaimWindow = 30;
    private const int ImmediateWindow = 30;
    private const int PlanWindow = 30;
    private const int ReportBackWindow = 15;

    private readonly DatasetPreset _preset;
    private readonly GeneratorOptions _options;
    private readonly SplitMix64 _rng;
    private readonly DateOnly _asOf;
    private readonly string[] _focusLists;
    private readonly string? _allKindsFocusId;
    private readonly Dictionary<UnitKind, string[]> _focusIdsByKind = [];
    private readonly Dictionary<string, string> _focusText = new(StringComparer.Ordinal);
    private readonly bool[] _seen = new bool[(int)Breach.Count];
    private readonly string[] _personNames;
    private readonly string[] _concreteMeasures;
    private readonly Evidence[] _evidencePool;

    private readonly List<Unit> _units;
    private readonly List<Person> _people;
    private readonly List<Opinion> _opinions;
    private readonly List<Problem> _problems;
    private readonly List<Rectification> _rectifications;

    private int _countyCounter;
    private int _townshipCounter;
    private int _grassrootsCounter;
    private double _laxFactor = 1.0;

    public GenerationRun(DatasetPreset preset, int seed, GeneratorOptions options)
    {
        _preset = preset;
        _options = options;
        _asOf = options.AsOf;
        // Sized ahead (about 5% over the expected counts), so the large lists are not regrown and copied.
        var problems = (int)Math.Min(int.MaxValue / 2, (preset switch { DatasetPreset.District => 250, DatasetPreset.County => 6_600, _ => 650_000 }) * Math.Max(1.0, options.Scale));
        _units = new List<Unit>(problems / 14);
        _people = new List<Person>(problems / 3);
        _opinions = new List<Opinion>(problems * 13 / 10);
        _problems = new List<Problem>(problems);
        _rectifications = new List<Rectification>(problems);
        _rng = new SplitMix64(0x5EED_C0DE_2014UL ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)preset << 56));
        _focusLists = preset switch
        {
            DatasetPreset.District => ["C", "WD"],
            DatasetPreset.County => ["C", "HN"],
            _ => ["C", "AH"],
        };

        var catalog = FocusCatalog.Default;
        foreach (var kind in Enum.GetValues<UnitKind>())
        {
            var ids = catalog.FocusIdsFor(kind, _focusLists);
            var copy = new string[ids.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = ids[i];
                _focusText[ids[i]] = catalog.Find(ids[i])!.Chinese;
            }

            _focusIdsByKind[kind] = copy;
        }

        _allKindsFocusId = catalog.Contains("FP.C.ALL.01") ? "FP.C.ALL.01" : null;

        _personNames = new string[Templates.Surnames.Length * Templates.GivenNames.Length];
        for (var s = 0; s < Templates.Surnames.Length; s++)
        {
            for (var g = 0; g < Templates.GivenNames.Length; g++)
            {
                _personNames[(s * Templates.GivenNames.Length) + g] = Templates.Surnames[s] + Templates.GivenNames[g];
            }
        }

        _concreteMeasures = new string[Templates.ConcreteMeasures.Length * Templates.MeasureNumbers.Length];
        for (var m = 0; m < Templates.ConcreteMeasures.Length; m++)
        {
            for (var n = 0; n < Templates.MeasureNumbers.Length; n++)
            {
                _concreteMeasures[(m * Templates.MeasureNumbers.Length) + n] =
                    string.Format(CultureInfo.InvariantCulture, Templates.ConcreteMeasures[m], Templates.MeasureNumbers[n]);
            }
        }

        var kinds = new[] { EvidenceKind.Document, EvidenceKind.MeetingMinutes, EvidenceKind.Photo, EvidenceKind.FieldVisit, EvidenceKind.Other };
        _evidencePool = new Evidence[kinds.Length * 40];
        for (var k = 0; k < kinds.Length; k++)
        {
            for (var n = 0; n < 40; n++)
            {
                _evidencePool[(k * 40) + n] = new Evidence(
                    kinds[k], string.Format(CultureInfo.InvariantCulture, Templates.DocumentReferences[k], n + 1));
            }
        }
    }

    public CampaignDataset Run()
    {
        string name;
        switch (_preset)
        {
            case DatasetPreset.District:
                name = GenerateCounty(null, isDistrict: true, townships: 2, villagesPerTownship: (3, 3), organs: [4, 2, 6, 0]);
                break;
            case DatasetPreset.County:
                name = GenerateCounty(null, isDistrict: false, townships: 12, villagesPerTownship: (26, 38), organs: null);
                break;
            default:
                name = Templates.Prefectures[0][..1] + "川省";
                GenerateProvince();
                break;
        }

        var campaign = new CampaignRun(
            name + "第二批党的群众路线教育实践活动(合成数据)", CampaignBatch.Second, CampaignStart, CampaignEnd, _asOf, _focusLists);
        return new CampaignDataset(campaign, _units, _people, _opinions, _problems, _rectifications);
    }

    private void GenerateProvince()
    {
        // 105 counties over 16 prefectures: nine with 7, seven with 6.
        for (var p = 0; p < Templates.Prefectures.Length; p++)
        {
            var prefName = Templates.Prefectures[p] + "市";
            SetLaxFactor();
            var prefId = CreateUnit(prefName + "委", UnitKind.CountyLeadership, UnitLevel.Prefecture, null, weakLaxCandidate: false, isCommunity: false);
            PopulateUnit(prefId, prefName + "委", UnitKind.CountyLeadership, Profile.Leadership, parentLeaders: null, leadershipOpinions: (200, 280));
            for (var o = 0; o < Templates.PrefectureOrgans.Length; o++)
            {
                var (suffix, kind) = Templates.PrefectureOrgans[o];
                var organName = Templates.Prefectures[p] + suffix;
                SetLaxFactor();
                var organId = CreateUnit(organName, kind, UnitLevel.Prefecture, prefId, weakLaxCandidate: false, isCommunity: false);
                PopulateUnit(organId, organName, kind, Profile.Organ, null, default);
            }

            var counties = p < 9 ? 7 : 6;
            for (var c = 0; c < counties; c++)
            {
                GenerateCounty(prefId, isDistrict: c == 0, townships: _rng.Between(7, 13), villagesPerTownship: (28, 46), organs: null);
            }
        }
    }

    /// <summary>Generates one county (or district) and returns its name.</summary>
    private string GenerateCounty(string? parentId, bool isDistrict, int townships, (int Min, int Max) villagesPerTownship, int[]? organs)
    {
        var core = PlaceName(_countyCounter++, 1009, 1);
        var countyName = core + (isDistrict ? "区" : "县");
        var leadershipName = countyName + "委";
        SetLaxFactor();
        var leadershipId = CreateUnit(leadershipName, UnitKind.CountyLeadership, UnitLevel.County, parentId, weakLaxCandidate: false, isCommunity: false);
        var opinions = _preset == DatasetPreset.District ? (30, 50) : (180, 260);
        PopulateUnit(leadershipId, leadershipName, UnitKind.CountyLeadership, Profile.Leadership, null, opinions);

        var organCount = organs?.Length ?? Templates.CountyOrgans.Length;
        for (var o = 0; o < organCount; o++)
        {
            var (suffix, kind, level) = Templates.CountyOrgans[organs is null ? o : organs[o]];
            var organName = countyName + suffix;
            SetLaxFactor();
            var organId = CreateUnit(organName, kind, level ?? UnitLevel.County, leadershipId, weakLaxCandidate: false, isCommunity: false);
            PopulateUnit(organId, organName, kind, Profile.Organ, null, default);
        }

        for (var t = 0; t < townships; t++)
        {
            // Districts are made of streets; counties mostly of townships, with a street or two in the county seat.
            var isStreet = isDistrict || t < (townships >= 10 ? 2 : 1);
            var townshipName = PlaceName(_townshipCounter++, 1013, 7) + (isStreet ? "街道" : (t % 3 == 0 ? "乡" : "镇"));
            SetLaxFactor();
            var townshipId = CreateUnit(townshipName, UnitKind.TownshipOrStreet, UnitLevel.Township, leadershipId, weakLaxCandidate: false, isCommunity: false);
            var townshipLeaders = PopulateUnit(townshipId, townshipName, UnitKind.TownshipOrStreet, Profile.Township, null, default);

            var villages = (int)Math.Round(_rng.Between(villagesPerTownship.Min, villagesPerTownship.Max) * _options.Scale, MidpointRounding.AwayFromZero);
            for (var v = 0; v < Math.Max(1, villages); v++)
            {
                // A township seat has a community or two; the rest are villages.
                var isCommunity = isStreet || v < 1;
                var villageName = GrassrootsName(_grassrootsCounter++) + (isCommunity ? "社区" : "村");
                SetLaxFactor();
                var villageId = CreateUnit(villageName, UnitKind.VillageOrCommunity, UnitLevel.Village, townshipId, weakLaxCandidate: true, isCommunity, townshipLeaders);
                PopulateUnit(villageId, villageName, UnitKind.VillageOrCommunity, Profile.Grassroots, townshipLeaders, default);
            }
        }

        return countyName;
    }

    private void SetLaxFactor() => _laxFactor = _rng.Chance(0.12) ? 3.0 : 0.55;

    /// <summary>The first opportunity always breaks; later ones break with probability p (scaled by the unit's laxity).</summary>
    private bool Breaks(Breach breach, double p)
    {
        if (!_seen[(int)breach])
        {
            _seen[(int)breach] = true;
            return true;
        }

        return _rng.Chance(p * _laxFactor);
    }

    /// <summary>The first opportunity always gives the boundary case; later ones with probability p.</summary>
    private bool Boundary(Breach breach, double p)
    {
        if (!_seen[(int)breach])
        {
            _seen[(int)breach] = true;
            return true;
        }

        return _rng.Chance(p);
    }

    private static int Days(DateOnly a, DateOnly b) => b.DayNumber - a.DayNumber;

    private DateOnly NotAfterAsOf(DateOnly day) => day > _asOf ? _asOf : day;

    private static string PlaceName(int index, int stride, int offset)
    {
        var first = Templates.PlaceFirst.Length;
        var capacity = first * Templates.PlaceSecond.Length;
        var slot = (int)(((long)(index % capacity) * stride + offset) % capacity);
        var name = Templates.PlaceFirst[slot % first] + Templates.PlaceSecond[slot / first];
        return index < capacity ? name : name + (index / capacity + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string GrassrootsName(int index)
    {
        var s = Templates.Surnames.Length;
        var m = Templates.VillageMiddle.Length;
        var capacity = s * m * Templates.PlaceSecond.Length;
        var slot = (int)((long)(index % capacity) * 7919 % capacity);
        var name = Templates.Surnames[slot % s] + Templates.VillageMiddle[slot / s % m] + Templates.PlaceSecond[slot / (s * m)];
        return index < capacity ? name : name + (index / capacity + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An id such as <c>PR-0000042</c>, written in one allocation.</summary>
    private static string Id(string prefix, int number, int digits) =>
        string.Create(prefix.Length + Math.Max(digits, CountDigits(number)), (prefix, number), static (span, state) =>
        {
            state.prefix.AsSpan().CopyTo(span);
            var n = state.number;
            for (var i = span.Length - 1; i >= state.prefix.Length; i--)
            {
                span[i] = (char)('0' + (n % 10));
                n /= 10;
            }
        });

    private static int CountDigits(int number)
    {
        var digits = 1;
        while (number >= 10)
        {
            number /= 10;
            digits++;
        }

        return digits;
    }

    private string CreateUnit(string name, UnitKind kind, UnitLevel level, string? parentId, bool weakLaxCandidate, bool isCommunity, string[]? parentLeaders = null)
    {
        var id = Id("U-", _units.Count + 1, 6);
        Period? education = null;
        if (_rng.Chance(weakLaxCandidate ? 0.8 : 0.9))
        {
            education = EducationPeriod();
        }

        WeakLaxOrganisation? weakLax = null;
        if (weakLaxCandidate && Boundary(Breach.WeakLax, isCommunity ? 0.05 : 0.10))
        {
            weakLax = WeakLax(parentLeaders);
        }

        _units.Add(new Unit(id, name, kind, level, parentId, education, weakLax));
        return id;
    }

    private Period EducationPeriod()
    {
        var start = CampaignStart.AddDays(_rng.Between(0, 30));
        if (Breaks(Breach.Inc003, 0.03))
        {
            var end = start.AddMonths(3).AddDays(-_rng.Between(1, 20));
            return new Period(start, end);
        }

        if (Boundary(Breach.EducationClamped, 0.02))
        {
            // 31 March + 3 months clamps to 30 June: exactly the minimum, not short.
            return new Period(new DateOnly(2014, 3, 31), new DateOnly(2014, 6, 30));
        }

        return new Period(start, start.AddMonths(3).AddDays(_rng.Between(0, 45)));
    }

    private WeakLaxOrganisation WeakLax(string[]? parentLeaders)
    {
        var designated = CampaignStart.AddDays(_rng.Between(5, 40));
        DateOnly? staffed;
        if (Breaks(Breach.Ovd004, 0.12))
        {
            var room = Days(StaffedDeadline, _asOf);
            staffed = room >= 1 && _rng.Chance(0.5) ? StaffedDeadline.AddDays(_rng.Between(1, Math.Min(40, room))) : null;
        }
        else if (Boundary(Breach.StaffedOnDeadline, 0.05))
        {
            staffed = StaffedDeadline;
        }
        else
        {
            staffed = designated.AddDays(_rng.Between(3, Math.Max(3, Days(designated, StaffedDeadline))));
            if (staffed > StaffedDeadline)
            {
                staffed = StaffedDeadline;
            }
        }

        DateOnly? consolidated;
        var after = staffed ?? designated;
        if (_asOf <= ConsolidationDeadline)
        {
            consolidated = _rng.Chance(0.5) && Days(after, _asOf) > 0 ? after.AddDays(_rng.Between(1, Days(after, _asOf))) : null;
        }
        else if (Breaks(Breach.Ovd005, 0.12))
        {
            var room = Days(ConsolidationDeadline, _asOf);
            consolidated = _rng.Chance(0.5) ? ConsolidationDeadline.AddDays(_rng.Between(1, Math.Min(40, room))) : null;
        }
        else if (Boundary(Breach.ConsolidatedOnDeadline, 0.05))
        {
            consolidated = ConsolidationDeadline;
        }
        else
        {
            var earliest = after > ConsolidationDeadline ? ConsolidationDeadline : after;
            consolidated = earliest.AddDays(_rng.Between(0, Days(earliest, ConsolidationDeadline)));
        }

        string? firstSecretary = parentLeaders is { Length: > 0 } && _rng.Chance(0.965) ? _rng.Pick(parentLeaders) : null;
        return new WeakLaxOrganisation(designated, staffed, consolidated, firstSecretary, _rng.Chance(0.9));
    }
}
