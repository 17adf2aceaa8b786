using Campaign.Compliance.Findings;
using Campaign.Compliance.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Facts;

/// <summary>
/// Turns domain records into the facts the rules match, computing each derived value once per record
/// (normalized text, owner key, focus, concrete characters, unit of a rectification).
/// </summary>
internal sealed class FactFactory
{
    private readonly IReadOnlyList<string> _orderedPhrases;
    private readonly Dictionary<UnitKind, HashSet<string>> _focusIdsByKind = [];
    private readonly Dictionary<UnitKind, IReadOnlyList<string>> _focusListByKind = [];
    private readonly Dictionary<string, UnitKind> _unitKinds = new(StringComparer.Ordinal);

    public FactFactory(ComplianceOptions options, CampaignRun campaign, IReadOnlyList<Unit> units)
    {
        _orderedPhrases = TextNormalization.OrderPhrases(options.StockPhrases);
        IEnumerable<string> lists = options.FocusLists ?? (IEnumerable<string>)campaign.FocusLists;
        var listsInUse = lists.ToArray();
        foreach (var kind in Enum.GetValues<UnitKind>())
        {
            var ids = options.FocusCatalog.FocusIdsFor(kind, listsInUse);
            _focusListByKind[kind] = ids;
            _focusIdsByKind[kind] = new HashSet<string>(ids, StringComparer.Ordinal);
        }

        foreach (var unit in units)
        {
            _unitKinds[unit.Id] = unit.Kind;
        }
    }

    /// <summary>The focus fact of a unit, or null when the lists in use give its kind no focus ids.</summary>
    public UnitFocus? Focus(Unit unit)
    {
        var ids = _focusListByKind[unit.Kind];
        return ids.Count == 0 ? null : new UnitFocus(unit.Id, ids);
    }

    public static ProblemOwnerFact Owner(Unit unit) => new("team:" + unit.Id, SubjectType.Unit, unit.Id, unit.Id);

    public static ProblemOwnerFact Owner(Person person) => new("person:" + person.Id, SubjectType.Person, person.Id, person.UnitId);

    public ProblemProfile Profile(Problem problem)
    {
        if (!_unitKinds.TryGetValue(problem.UnitId, out var kind))
        {
            throw new InvalidOperationException($"Problem '{problem.Id}' names the unknown unit '{problem.UnitId}'.");
        }

        var carriesFocus = problem.FocusId is { } focusId && _focusIdsByKind[kind].Contains(focusId);
        return new ProblemProfile(problem, TextNormalization.Normalize(problem.Text), carriesFocus);
    }

    /// <summary>The profile of a rectification; its problems must exist.</summary>
    public RectificationProfile Profile(Rectification rectification, Func<string, Problem?> findProblem)
    {
        string? unitId = null;
        var found = DateOnly.MaxValue;
        foreach (var problemId in rectification.ProblemIds)
        {
            var problem = findProblem(problemId)
                ?? throw new InvalidOperationException($"Rectification '{rectification.Id}' lists the unknown problem '{problemId}'.");
            unitId ??= problem.UnitId;
            if (problem.IdentifiedOn < found)
            {
                found = problem.IdentifiedOn;
            }
        }

        return new RectificationProfile(rectification, unitId!, found, TextNormalization.ConcreteLength(rectification.Measure, _orderedPhrases));
    }

    /// <summary>The links of a rectification to its problems, once per distinct problem.</summary>
    public static List<RectificationProblem> Links(RectificationProfile profile, Func<string, Problem?> findProblem)
    {
        var ids = profile.Rectification.ProblemIds;
        var links = new List<RectificationProblem>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (IndexOf(ids, ids[i]) < i)
            {
                continue;
            }

            var problem = findProblem(ids[i])!;
            links.Add(new RectificationProblem(profile, ids[i], problem.Owner.PersonId));
        }

        return links;
    }

    /// <summary>The links of a problem to its opinions, once per distinct opinion; opinions must exist.</summary>
    public static List<ProblemOpinion> Links(Problem problem, Func<string, Opinion?> findOpinion)
    {
        var ids = problem.OpinionIds;
        var links = new List<ProblemOpinion>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (IndexOf(ids, ids[i]) < i)
            {
                continue;
            }

            var opinion = findOpinion(ids[i])
                ?? throw new InvalidOperationException($"Problem '{problem.Id}' lists the unknown opinion '{ids[i]}'.");
            links.Add(new ProblemOpinion(problem.Id, ids[i], opinion.TargetPersonId is not null));
        }

        return links;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
