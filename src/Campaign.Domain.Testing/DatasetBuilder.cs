using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing;

/// <summary>
/// A fluent builder of small datasets for tests, so a test states only what matters. Every default is valid and breaks
/// no compliance rule on its own: the campaign runs 2014-03-01..2014-09-30 as of 2014-07-15 with the central focus list;
/// a unit is an <see cref="UnitKind.OtherGrassroots"/> county-level unit (no focus ids); a person is a team member of the
/// last unit added; an opinion is received on 2014-04-01 and claimed the same day; a problem is a team four-winds
/// (formalism) problem of the last unit added, found on 2014-04-01, with a unique text; a rectification fixes the last
/// problem added with a concrete measure, is scheduled and in progress with the campaign end as deadline, and is
/// answered for by the problem's owner (or its unit for a team problem). A finished rectification gets a document as
/// evidence and a mass evaluation of 0.95 by default. <see cref="Build"/> makes the dataset; <c>BuildUnit</c>,
/// <c>BuildRectification</c> and the like make one record that belongs to no dataset, for tests of a single record.
/// </summary>
/// <example>
/// <code>
/// var dataset = new DatasetBuilder()
///     .Unit("U-1")
///     .Person("P-1", role: PersonRole.PrincipalLeader)
///     .Problem("PR-1", personId: "P-1")
///     .Rectification("R-1", deadline: new DateOnly(2014, 6, 30))
///     .Build();
/// </code>
/// </example>
public sealed class DatasetBuilder
{
    /// <summary>The default campaign start, 2014-03-01.</summary>
    public static readonly DateOnly DefaultStart = new(2014, 3, 1);

    /// <summary>The default campaign end, 2014-09-30 (also the default deadline).</summary>
    public static readonly DateOnly DefaultEnd = new(2014, 9, 30);

    /// <summary>The default as-of date, 2014-07-15.</summary>
    public static readonly DateOnly DefaultAsOf = new(2014, 7, 15);

    /// <summary>The default day of receipt, identification and (for finished items) completion base, 2014-04-01.</summary>
    public static readonly DateOnly DefaultDay = new(2014, 4, 1);

    // Every record is kept as a recipe, so each build makes fresh records that no other dataset or test has touched.
    private readonly List<Recipe<Unit>> _units = [];
    private readonly List<Recipe<Person>> _people = [];
    private readonly List<Recipe<Opinion>> _opinions = [];
    private readonly List<ProblemRecipe> _problems = [];
    private readonly List<Recipe<Rectification>> _rectifications = [];
    private CampaignRun _campaign = new("测试活动", CampaignBatch.Second, DefaultStart, DefaultEnd, DefaultAsOf);

    /// <summary>Sets the campaign; every argument left out keeps its default.</summary>
    /// <param name="start">Window start (default 2014-03-01).</param>
    /// <param name="end">Window end (default 2014-09-30).</param>
    /// <param name="asOf">The dataset's as-of date (default 2014-07-15).</param>
    /// <param name="focusLists">Focus lists (default none, meaning <c>["C"]</c>).</param>
    /// <param name="batch">The batch (default second).</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Campaign(DateOnly? start = null, DateOnly? end = null, DateOnly? asOf = null, IEnumerable<string>? focusLists = null, CampaignBatch batch = CampaignBatch.Second)
    {
        _campaign = new CampaignRun("测试活动", batch, start ?? DefaultStart, end ?? DefaultEnd, asOf ?? DefaultAsOf, focusLists);
        return this;
    }

    /// <summary>Adds a unit.</summary>
    /// <param name="id">The unit id.</param>
    /// <param name="kind">Its kind (default <see cref="UnitKind.OtherGrassroots"/>, which has no focus ids).</param>
    /// <param name="level">Its level (default county).</param>
    /// <param name="parentId">Its parent unit, if any.</param>
    /// <param name="education">Its education period, if any.</param>
    /// <param name="weakLax">Its weak-and-lax record, if any.</param>
    /// <param name="name">Its name (default <c>单位</c> + id).</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Unit(
        string id, UnitKind kind = UnitKind.OtherGrassroots, UnitLevel level = UnitLevel.County, string? parentId = null,
        Period? education = null, WeakLaxOrganisation? weakLax = null, string? name = null)
    {
        var designated = weakLax?.DesignatedOn;
        var (staffed, consolidated, secretary, plan) = (weakLax?.TeamStaffedOn, weakLax?.ConsolidatedOn, weakLax?.FirstSecretaryId, weakLax?.HasPlan ?? false);
        _units.Add(new(id, id, () => new Unit(
            id, name ?? "单位" + id, kind, level, parentId, education,
            designated is { } on ? new WeakLaxOrganisation(on, staffed, consolidated, secretary, plan) : null)));
        return this;
    }

    /// <summary>Adds a person.</summary>
    /// <param name="id">The person id.</param>
    /// <param name="unitId">Their unit (default the last unit added; a unit <c>U-1</c> is added when there is none).</param>
    /// <param name="role">Their role (default team member).</param>
    /// <param name="name">Their name (default <c>人员</c> + id).</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Person(string id, string? unitId = null, PersonRole role = PersonRole.TeamMember, string? name = null)
    {
        var unit = unitId ?? CurrentUnitId();
        _people.Add(new(id, unit, () => new Person(id, name ?? "人员" + id, unit, role)));
        return this;
    }

    /// <summary>Adds an opinion.</summary>
    /// <param name="id">The opinion id.</param>
    /// <param name="unitId">The unit it is about (default the last unit added).</param>
    /// <param name="receivedOn">Day of receipt (default 2014-04-01).</param>
    /// <param name="targetPersonId">The person it names, for a personal opinion.</param>
    /// <param name="claimedOn">Day of claim (default the day of receipt, unless <paramref name="unclaimed"/>).</param>
    /// <param name="unclaimed">True for an opinion nobody claimed.</param>
    /// <param name="claimedById">The claimant.</param>
    /// <param name="reportedBackOn">Day the result was reported back.</param>
    /// <param name="text">The text (default <c>意见</c> + id).</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Opinion(
        string id, string? unitId = null, DateOnly? receivedOn = null, string? targetPersonId = null, DateOnly? claimedOn = null,
        bool unclaimed = false, string? claimedById = null, DateOnly? reportedBackOn = null, string? text = null)
    {
        var received = receivedOn ?? DefaultDay;
        var unit = unitId ?? CurrentUnitId();
        _opinions.Add(new(id, unit, () => new Opinion(
            id, unit, text ?? "意见" + id, received, targetPersonId, OpinionChannel.Forum,
            unclaimed ? null : claimedOn ?? received, claimedById, reportedBackOn)));
        return this;
    }

    /// <summary>Adds a problem.</summary>
    /// <param name="id">The problem id.</param>
    /// <param name="unitId">Its unit (default the owner's unit for an individual problem, else the last unit added).</param>
    /// <param name="personId">The owner for an individual problem; null for a team problem.</param>
    /// <param name="category">The category (default four winds).</param>
    /// <param name="fourWinds">The winds (default formalism for a four-winds problem, none otherwise).</param>
    /// <param name="text">The text (default <c>问题</c> + id, unique).</param>
    /// <param name="identifiedOn">Day found (default 2014-04-01).</param>
    /// <param name="focusId">A focus id, if any.</param>
    /// <param name="opinionIds">The opinions it came from.</param>
    /// <param name="source">How it was found (default self-examination, or opinion when opinions are given).</param>
    /// <param name="severity">Its severity (default normal).</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Problem(
        string id, string? unitId = null, string? personId = null, ProblemCategory category = ProblemCategory.FourWinds,
        IEnumerable<FourWind>? fourWinds = null, string? text = null, DateOnly? identifiedOn = null, string? focusId = null,
        IEnumerable<string>? opinionIds = null, ProblemSource? source = null, ProblemSeverity severity = ProblemSeverity.Normal)
    {
        var unit = unitId ?? (personId is not null ? _people.Find(p => p.Id == personId)?.UnitId : null) ?? CurrentUnitId();
        var opinions = opinionIds?.ToList();
        var winds = fourWinds?.ToList() ?? (category == ProblemCategory.FourWinds ? [FourWind.Formalism] : null);
        _problems.Add(new(id, unit, personId, () => new Problem(
            id, unit, personId is null ? ProblemOwner.Team : ProblemOwner.Individual(personId), category, text ?? "问题" + id,
            source ?? (opinions is { Count: > 0 } ? ProblemSource.Opinion : ProblemSource.SelfExamination), identifiedOn ?? DefaultDay,
            winds, focusId, opinions, severity)));
        return this;
    }

    /// <summary>Adds a rectification.</summary>
    /// <param name="id">The rectification id.</param>
    /// <param name="problemIds">The problems it fixes (default the last problem added).</param>
    /// <param name="status">Its status (default in progress).</param>
    /// <param name="completedOn">Completion day; for a finished item the default is 2014-06-01.</param>
    /// <param name="deadline">The deadline (default the campaign end for an open item, the completion day for a finished one).</param>
    /// <param name="noDeadline">True for an item without a deadline.</param>
    /// <param name="mode">Its mode (default scheduled).</param>
    /// <param name="measure">The measure (default a concrete one).</param>
    /// <param name="responsiblePersonId">The responsible person (default the owner of its first problem, when individual).</param>
    /// <param name="responsibleUnitId">The responsible unit (default the unit of a team problem).</param>
    /// <param name="noResponsible">True for an item nobody answers for.</param>
    /// <param name="evidence">Its evidence (default one document for a finished item, none otherwise).</param>
    /// <param name="noEvidence">True for a finished item without evidence.</param>
    /// <param name="evaluation">Its evaluation (default, for a finished item, the masses with 0.95 on the completion day).</param>
    /// <param name="noEvaluation">True for a finished item without evaluation.</param>
    /// <returns>This builder.</returns>
    public DatasetBuilder Rectification(
        string id, IEnumerable<string>? problemIds = null, RectificationStatus status = RectificationStatus.InProgress,
        DateOnly? completedOn = null, DateOnly? deadline = null, bool noDeadline = false,
        RectificationMode mode = RectificationMode.Scheduled, string? measure = null,
        string? responsiblePersonId = null, string? responsibleUnitId = null, bool noResponsible = false,
        IEnumerable<Evidence>? evidence = null, bool noEvidence = false, Evaluation? evaluation = null, bool noEvaluation = false)
    {
        var problems = problemIds?.ToList() ?? [_problems.Count > 0 ? _problems[^1].Id
            : throw new InvalidOperationException($"Rectification '{id}' names no problem and no problem was added before it.")];
        var finished = status is RectificationStatus.Completed or RectificationStatus.ClosedOff;
        var completed = finished ? completedOn ?? new DateOnly(2014, 6, 1) : completedOn;
        var evidenceList = evidence?.ToList();
        _rectifications.Add(new(id, null, () =>
        {
            // Resolved at Build time, so problems added later may be named.
            var first = problems.Count > 0 ? _problems.Find(p => p.Id == problems[0]) : null;
            string? person = null;
            string? unit = null;
            if (!noResponsible)
            {
                person = responsiblePersonId ?? (responsibleUnitId is null ? first?.OwnerId : null);
                unit = responsibleUnitId ?? (person is null ? first?.UnitId : null);
            }

            return new Rectification(
                id, problems, measure ?? "建立班子成员每月下基层调研制度并公示", mode, status, person, unit,
                noDeadline ? null : deadline ?? completed ?? _campaign.End, completed,
                noEvidence ? null : evidenceList ?? (finished ? [new Evidence(EvidenceKind.Document, "整改文件" + id)] : null),
                noEvaluation ? null : evaluation ?? (finished ? new Evaluation(EvaluatorKind.Masses, completed!.Value, 0.95, 100) : null));
        }));
        return this;
    }

    /// <summary>Builds the dataset. Each build makes fresh records, so the builder can go on and build again.</summary>
    /// <returns>The dataset.</returns>
    public CampaignDataset Build() => new(
        _campaign, Make(_units), Make(_people), Make(_opinions), _problems.ConvertAll(p => p.Make()), Make(_rectifications));

    /// <summary>Builds a fresh copy of the unit added as <paramref name="id"/>, in no dataset: for tests of one record.</summary>
    /// <param name="id">The unit id (default the last unit added).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">No unit was added with that id.</exception>
    public Unit BuildUnit(string? id = null) => Find(_units, id, "unit").Make();

    /// <summary>Builds a fresh copy of the person added as <paramref name="id"/>, in no dataset: for tests of one record.</summary>
    /// <param name="id">The person id (default the last person added).</param>
    /// <returns>The person.</returns>
    /// <exception cref="KeyNotFoundException">No person was added with that id.</exception>
    public Person BuildPerson(string? id = null) => Find(_people, id, "person").Make();

    /// <summary>Builds a fresh copy of the opinion added as <paramref name="id"/>, in no dataset: for tests of one record.</summary>
    /// <param name="id">The opinion id (default the last opinion added).</param>
    /// <returns>The opinion.</returns>
    /// <exception cref="KeyNotFoundException">No opinion was added with that id.</exception>
    public Opinion BuildOpinion(string? id = null) => Find(_opinions, id, "opinion").Make();

    /// <summary>Builds a fresh copy of the problem added as <paramref name="id"/>, in no dataset: for tests of one record.</summary>
    /// <param name="id">The problem id (default the last problem added).</param>
    /// <returns>The problem.</returns>
    /// <exception cref="KeyNotFoundException">No problem was added with that id.</exception>
    public Problem BuildProblem(string? id = null) =>
        ((id is null && _problems.Count > 0 ? _problems[^1] : _problems.Find(p => p.Id == id))
            ?? throw new KeyNotFoundException(id is null ? "No problem was added to the builder." : $"No problem '{id}' was added to the builder.")).Make();

    /// <summary>Builds a fresh copy of the rectification added as <paramref name="id"/>, in no dataset: for tests of one record.</summary>
    /// <param name="id">The rectification id (default the last rectification added).</param>
    /// <returns>The rectification.</returns>
    /// <exception cref="KeyNotFoundException">No rectification was added with that id.</exception>
    public Rectification BuildRectification(string? id = null) => Find(_rectifications, id, "rectification").Make();

    private static List<T> Make<T>(List<Recipe<T>> recipes) => recipes.ConvertAll(r => r.Make());

    private static Recipe<T> Find<T>(List<Recipe<T>> recipes, string? id, string what) =>
        (id is null && recipes.Count > 0 ? recipes[^1] : recipes.Find(r => r.Id == id))
            ?? throw new KeyNotFoundException(id is null ? $"No {what} was added to the builder." : $"No {what} '{id}' was added to the builder.");

    private string CurrentUnitId()
    {
        if (_units.Count == 0)
        {
            Unit("U-1");
        }

        return _units[^1].Id;
    }

    private sealed record Recipe<T>(string Id, string? UnitId, Func<T> Make);

    private sealed record ProblemRecipe(string Id, string UnitId, string? OwnerId, Func<Problem> Make);
}
