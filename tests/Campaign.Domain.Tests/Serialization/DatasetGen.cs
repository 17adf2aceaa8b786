using Campaign.Domain.Campaigns;
using Campaign.Domain.Focus;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using FsCheck;
using FsCheck.Fluent;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// FsCheck generators of small valid datasets: every reference resolves, parents form no loop, owners belong to the
/// problem's unit, statuses match completion days; text mixes Chinese, ASCII, quotes, escapes, control characters
/// and characters outside the BMP; every optional field is sometimes absent.
/// </summary>
internal static class DatasetGen
{
    private static readonly string[] Pieces = ["a", "Z", "0", " ", "测试", "群众路线", "〔2014〕", "\"", "\\", "/", "\n", "\t", "\u0001", "😀", "<&>", "\u2028", "é", "'", "+"];
    private static readonly string[] FocusIds = FocusCatalog.Default.Entries.Select(e => e.Id).ToArray();
    private static readonly DateOnly Origin = new(2013, 1, 1);

    public static Gen<CampaignDataset> Dataset =>
        from campaign in Campaign
        from unitIds in Ids("U", 1, 5)
        from personIds in Ids("P", 0, 5)
        from opinionIds in Ids("O", 0, 4)
        from problemIds in Ids("PR", 0, 5)
        from rectificationIds in problemIds.Length == 0 ? Gen.Constant(Array.Empty<string>()) : Ids("R", 0, 4)
        from personUnits in Gen.ListOf(Gen.Choose(0, unitIds.Length - 1), personIds.Length)
        let people = personIds.Select((id, i) => new { Id = id, UnitId = unitIds[personUnits[i]] }).ToArray()
        from units in Gen.CollectToArray(Enumerable.Range(0, unitIds.Length), i => Unit(i, unitIds, personIds))
        from persons in Gen.CollectToArray(people, p => Person(p.Id, p.UnitId))
        from opinions in Gen.CollectToArray(opinionIds, id => Opinion(id, unitIds, personIds))
        from problems in Gen.CollectToArray(problemIds, id => Problem(id, unitIds, persons, opinionIds))
        from rectifications in Gen.CollectToArray(rectificationIds, id => Rectification(id, problemIds, unitIds, personIds))
        select new CampaignDataset(campaign, units, persons, opinions, problems, rectifications);

    private static Gen<string> Text => Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => Within(string.Concat(pieces), 80));

    /// <summary>The text cut to at most <paramref name="max"/> characters (never inside a surrogate pair), so generated ids and names stay within the format's limits.</summary>
    private static string Within(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];

    private static Gen<DateOnly> Day => Gen.Choose(0, 3000).Select(Origin.AddDays);

    private static Gen<DateOnly?> OptionalDay => Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d));

    private static Gen<CampaignRun> Campaign =>
        from name in Text
        from batch in Enum<CampaignBatch>()
        from start in Day
        from length in Gen.Choose(0, 400)
        from asOf in OptionalDay
        from lists in Optional(Gen.SubListOf(FocusCatalog.Default.Lists.ToArray()).Select(l => l.ToArray()))
        select new CampaignRun("活动" + name, batch, start, start.AddDays(length), asOf, lists);

    private static Gen<string[]> Ids(string prefix, int min, int max) =>
        from count in Gen.Choose(min, max)
        from suffixes in Gen.ListOf(Text, count)
        select suffixes.Select((suffix, i) => $"{prefix}{i}:{suffix}").ToArray();

    private static Gen<T> Enum<T>()
        where T : struct, Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<T?> Optional<T>(Gen<T> value)
        where T : class => Gen.OneOf(Gen.Constant<T?>(null), value.Select(v => (T?)v));

    private static Gen<string?> OptionalOf(string[] ids) => ids.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(ids));

    private static Gen<Unit> Unit(int index, string[] unitIds, string[] personIds) =>
        from name in Text
        from kind in Enum<UnitKind>()
        from level in Enum<UnitLevel>()
        from parent in Gen.Choose(-1, index - 1)
        from hasEducation in Gen.Elements(true, false)
        from start in Day
        from length in Gen.Choose(0, 100)
        from weakLax in Optional(WeakLax(personIds))
        select new Unit(
            unitIds[index], name, kind, level, parent < 0 ? null : unitIds[parent], hasEducation ? new Period(start, start.AddDays(length)) : null, weakLax);

    private static Gen<WeakLaxOrganisation> WeakLax(string[] personIds) =>
        from designated in Day
        from staffed in OptionalDay
        from consolidated in OptionalDay
        from secretary in OptionalOf(personIds)
        from hasPlan in Gen.Elements(true, false)
        select new WeakLaxOrganisation(designated, staffed, consolidated, secretary, hasPlan);

    private static Gen<Person> Person(string id, string unitId) =>
        from name in Text
        from role in Enum<PersonRole>()
        select new Person(id, name, unitId, role);

    private static Gen<Opinion> Opinion(string id, string[] unitIds, string[] personIds) =>
        from unitId in Gen.Elements(unitIds)
        from target in OptionalOf(personIds)
        from channel in Optional(Gen.OneOf(Gen.Elements(OpinionChannel.Known.ToArray()), Text))
        from text in Text
        from received in Day
        from claimed in OptionalDay
        from claimedBy in OptionalOf(personIds)
        from reported in OptionalDay
        select new Opinion(id, unitId, text, received, target, channel, claimed, claimedBy, reported);

    private static Gen<Problem> Problem(string id, string[] unitIds, Person[] people, string[] opinionIds) =>
        from category in Enum<ProblemCategory>()
        from winds in category == ProblemCategory.FourWinds ? Gen.ListOf(Enum<FourWind>()).Select(l => l.ToArray()) : Gen.Constant(Array.Empty<FourWind>())
        from owner in Gen.Choose(-1, people.Length - 1)
        from unitId in Gen.Elements(unitIds)
        from focusId in Optional(Gen.Elements(FocusIds))
        from text in Text
        from source in Enum<ProblemSource>()
        from opinions in Gen.SubListOf(opinionIds)
        from identified in Day
        from severity in Enum<ProblemSeverity>()
        select new Problem(
            id,
            owner < 0 ? unitId : people[owner].UnitId,
            owner < 0 ? ProblemOwner.Team : ProblemOwner.Individual(people[owner].Id),
            category,
            text,
            source,
            identified,
            winds,
            focusId,
            opinions,
            severity);

    private static Gen<Rectification> Rectification(string id, string[] problemIds, string[] unitIds, string[] personIds) =>
        from problems in Gen.NonEmptyListOf(Gen.Elements(problemIds))
        from measure in Text
        from mode in Enum<RectificationMode>()
        from status in Enum<RectificationStatus>()
        from person in OptionalOf(personIds)
        from unit in OptionalOf(unitIds)
        from deadline in OptionalDay
        from completed in Day
        from evidenceCount in Gen.Choose(0, 2)
        from evidence in Gen.ListOf(Evidence, evidenceCount)
        from evaluation in Optional(Evaluation)
        select new Rectification(
            id,
            problems,
            measure,
            mode,
            status,
            person,
            unit,
            deadline,
            status is RectificationStatus.Completed or RectificationStatus.ClosedOff ? completed : null,
            evidence,
            evaluation);

    private static Gen<Evidence> Evidence =>
        from kind in Enum<EvidenceKind>()
        from reference in Text
        select new Evidence(kind, reference);

    private static Gen<Evaluation> Evaluation =>
        from evaluator in Enum<EvaluatorKind>()
        from day in Day
        from rate in Gen.OneOf(Gen.Choose(0, 1000).Select(r => r / 1000.0), Gen.Elements(0.0, 1.0, 1.0 / 3, 0.1 + 0.2, double.Epsilon))
        from rateGiven in Gen.Elements(true, false)
        from respondents in Gen.Choose(0, 100_000)
        select new Evaluation(evaluator, day, evaluator == EvaluatorKind.Masses || rateGiven ? rate : null, respondents);
}
