using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Generation;

/// <summary>
/// The <see cref="DatasetPreset.Unusual"/> preset: a few records that the format and the domain accept but no ledger
/// would hold, for round trips through the writers and readers. Every reference resolves, parents form no loop, owners
/// belong to the problem's unit and statuses match completion days; beyond that any enum value and any date from 2013 to
/// 2021 in any order, texts mixing Chinese, ASCII, quotes, escapes, control characters and characters outside the BMP,
/// and every optional field sometimes absent.
/// </summary>
internal sealed class UnusualRun
{
    private static readonly string[] Pieces = ["a", "Z", "0", " ", "测试", "群众路线", "〔2014〕", "\"", "\\", "/", "\n", "\t", "\u0001", "😀", "<&>", "\u2028", "é", "'", "+"];
    private static readonly DateOnly Origin = new(2013, 1, 1);
    private readonly SplitMix64 _random;
    private readonly double _scale;

    private UnusualRun(int seed, double scale)
    {
        _random = new SplitMix64(0x0DD5_2014UL ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
        _scale = scale;
    }

    public static CampaignDataset Run(int seed, GeneratorOptions options) => new UnusualRun(seed, options.Scale).Run();

    private CampaignDataset Run()
    {
        var campaign = Campaign();
        var unitIds = Ids("U", 1, 5);
        var personIds = Ids("P", 0, 5);
        var opinionIds = Ids("O", 0, 4);
        var problemIds = Ids("PR", 0, 5);
        var rectificationIds = problemIds.Length == 0 ? [] : Ids("R", 0, 4);

        var units = new Unit[unitIds.Length];
        for (var i = 0; i < units.Length; i++)
        {
            var parent = _random.Between(-1, i - 1);
            units[i] = new Unit(
                unitIds[i], Text(), Enum<UnitKind>(), Enum<UnitLevel>(), parent < 0 ? null : unitIds[parent],
                Flip() ? Period() : null, Flip() ? WeakLax(personIds) : null);
        }

        var people = new Person[personIds.Length];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = new Person(personIds[i], Text(), unitIds[_random.Next(unitIds.Length)], Enum<PersonRole>());
        }

        var opinions = new Opinion[opinionIds.Length];
        for (var i = 0; i < opinions.Length; i++)
        {
            string? channel = Flip() ? null : Flip() ? _random.Pick(OpinionChannel.Known) : Text();
            opinions[i] = new Opinion(
                opinionIds[i], _random.Pick(unitIds), Text(), Day(), OptionalOf(personIds), channel, OptionalDay(), OptionalOf(personIds), OptionalDay());
        }

        var problems = new Problem[problemIds.Length];
        var focusIds = FocusCatalog.Default.Entries.Select(e => e.Id).ToArray();
        for (var i = 0; i < problems.Length; i++)
        {
            var category = Enum<ProblemCategory>();
            var winds = new List<FourWind>();
            for (var n = category == ProblemCategory.FourWinds ? _random.Between(0, 4) : 0; n > 0; n--)
            {
                winds.Add(Enum<FourWind>());
            }

            var owner = _random.Between(-1, people.Length - 1);
            var unitId = _random.Pick(unitIds);
            problems[i] = new Problem(
                problemIds[i],
                owner < 0 ? unitId : people[owner].UnitId,
                owner < 0 ? ProblemOwner.Team : ProblemOwner.Individual(people[owner].Id),
                category,
                Text(),
                Enum<ProblemSource>(),
                Day(),
                winds,
                Flip() ? null : _random.Pick(focusIds),
                SubList(opinionIds),
                Enum<ProblemSeverity>());
        }

        var rectifications = new Rectification[rectificationIds.Length];
        for (var i = 0; i < rectifications.Length; i++)
        {
            var named = new List<string>();
            for (var n = _random.Between(1, 4); n > 0; n--)
            {
                named.Add(_random.Pick(problemIds));
            }

            var status = Enum<RectificationStatus>();
            var evidence = new List<Evidence>();
            for (var n = _random.Between(0, 2); n > 0; n--)
            {
                evidence.Add(new Evidence(Enum<EvidenceKind>(), Text()));
            }

            rectifications[i] = new Rectification(
                rectificationIds[i], named, Text(), Enum<RectificationMode>(), status, OptionalOf(personIds), OptionalOf(unitIds), OptionalDay(),
                status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? Day() : null, evidence, Flip() ? null : Evaluation());
        }

        return new CampaignDataset(campaign, units, people, opinions, problems, rectifications);
    }

    private CampaignRun Campaign()
    {
        var name = "活动" + Text();
        var batch = Enum<CampaignBatch>();
        var start = Day();
        var length = _random.Between(0, 400);
        var asOf = OptionalDay();
        string[]? lists = Flip() ? null : SubList(FocusCatalog.Default.Lists.ToArray());
        return new CampaignRun(name, batch, start, start.AddDays(length), asOf, lists);
    }

    private WeakLaxOrganisation WeakLax(string[] personIds) => new(Day(), OptionalDay(), OptionalDay(), OptionalOf(personIds), Flip());

    private Period Period()
    {
        var start = Day();
        return new Period(start, start.AddDays(_random.Between(0, 100)));
    }

    private Evaluation Evaluation()
    {
        var evaluator = Enum<EvaluatorKind>();
        var day = Day();
        // Round thousandths and the values that print awkwardly (a third, 0.1 + 0.2, the smallest double).
        double[] awkward = [0.0, 1.0, 1.0 / 3, 0.1 + 0.2, double.Epsilon];
        var rate = Flip() ? _random.Between(0, 1000) / 1000.0 : _random.Pick(awkward);
        var rateGiven = Flip();
        return new Evaluation(evaluator, day, evaluator == EvaluatorKind.Masses || rateGiven ? rate : null, _random.Between(0, 100_000));
    }

    /// <summary>Ids unique by their index prefix, with an unusual text after it.</summary>
    private string[] Ids(string prefix, int min, int max)
    {
        var ids = new string[_random.Between(min, Math.Max(min, (int)Math.Round(max * _scale)))];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = $"{prefix}{i}:{Text()}";
        }

        return ids;
    }

    /// <summary>Up to 80 characters of pieces, never cut inside a surrogate pair, so ids and names stay within the format's limits.</summary>
    private string Text()
    {
        var text = new StringBuilder();
        for (var n = _random.Between(0, 12); n > 0; n--)
        {
            text.Append(_random.Pick(Pieces));
        }

        var s = text.ToString();
        return s.Length <= 80 ? s : s[..(char.IsHighSurrogate(s[79]) ? 79 : 80)];
    }

    private DateOnly Day() => Origin.AddDays(_random.Between(0, 3000));

    private DateOnly? OptionalDay() => Flip() ? null : Day();

    private string? OptionalOf(string[] ids) => ids.Length == 0 || Flip() ? null : _random.Pick(ids);

    private string[] SubList(string[] items)
    {
        var picked = new List<string>();
        foreach (var item in items)
        {
            if (Flip())
            {
                picked.Add(item);
            }
        }

        return [.. picked];
    }

    private T Enum<T>()
        where T : struct, Enum => _random.Pick(System.Enum.GetValues<T>());

    private bool Flip() => _random.Next(2) == 0;
}
