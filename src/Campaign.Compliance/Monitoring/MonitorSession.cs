using Campaign.Compliance.Checking;
using Campaign.Compliance.Facts;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Monitoring;

/// <summary>
/// A monitor's session: loaded with a dataset and kept, it applies changes so that the derived facts follow the records.
/// It keeps, by id, the opinions, the problems and rectifications with their facts, how many rectifications list each
/// problem, and the shared-text counts, which the changes need.
/// </summary>
internal sealed class MonitorSession : ComplianceSession, IFactLoadObserver
{
    private readonly Dictionary<string, Opinion> _opinions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProblemFacts> _problems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RectificationFacts> _rectifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rectificationsPerProblem = new(StringComparer.Ordinal);
    private readonly BoilerplateTexts _texts;

    /// <summary>A session loaded with every record of <paramref name="dataset"/>.</summary>
    public MonitorSession(CompiledRules rules, CampaignDataset dataset, DateOnly asOf)
        : base(rules, dataset.Campaign, dataset.Units, asOf)
    {
        _texts = new BoilerplateTexts(Parameters.BoilerplateMinOwners);
        foreach (var opinion in dataset.Opinions)
        {
            _opinions.Add(opinion.Id, opinion);
        }

        Loader.Load(Session, Date, CheckRecords.Of(dataset), this, _texts);
    }

    public Problem? FindProblem(string id) => _problems.TryGetValue(id, out var problem) ? problem.Problem : null;

    public Opinion? FindOpinion(string id) => _opinions.GetValueOrDefault(id);

    public Rectification? FindRectification(string id) => _rectifications.TryGetValue(id, out var rectification) ? rectification.Rectification : null;

    /// <summary>Moves the evaluation date (one update of the date fact).</summary>
    public void MoveAsOf(DateOnly asOf)
    {
        ThrowIfDisposed();
        Date.AsOf = asOf;
        Session.Update(Date);
    }

    /// <summary>After the rectification changed (status, evidence, evaluation): update it, its profile and its links.</summary>
    public void RectificationChanged(Rectification rectification)
    {
        ThrowIfDisposed();
        Loader.Update(Session, _rectifications[rectification.Id]);
    }

    /// <summary>After the opinion changed (claimed, reported back).</summary>
    public void OpinionChanged(Opinion opinion)
    {
        ThrowIfDisposed();
        Session.Update(opinion);
    }

    /// <summary>After the unit's weak-and-lax record changed: every fact about it reads the unit.</summary>
    public void UnitChanged(Unit unit)
    {
        ThrowIfDisposed();
        Session.Update(unit);
    }

    /// <exception cref="InvalidOperationException">Its id is taken, or it names an unknown unit or opinion (nothing changed).</exception>
    public void AddProblem(Problem problem)
    {
        ThrowIfDisposed();
        if (_problems.ContainsKey(problem.Id))
        {
            throw new InvalidOperationException($"A problem with the id '{problem.Id}' is already in the dataset.");
        }

        var facts = Loader.Derive(problem, FindOpinion);
        _problems.Add(problem.Id, facts);
        Loader.Insert(Session, facts, _texts);
    }

    /// <exception cref="InvalidOperationException">No such problem, or a rectification lists it (nothing changed).</exception>
    public void RemoveProblem(string problemId)
    {
        ThrowIfDisposed();
        if (!_problems.TryGetValue(problemId, out var facts))
        {
            throw new InvalidOperationException($"There is no problem '{problemId}' to remove.");
        }

        if (_rectificationsPerProblem.GetValueOrDefault(problemId) > 0)
        {
            throw new InvalidOperationException($"Problem '{problemId}' cannot be removed: a rectification lists it.");
        }

        Loader.Retract(Session, facts, _texts);
        _problems.Remove(problemId);
    }

    /// <exception cref="InvalidOperationException">Its id is taken, or it lists an unknown problem (nothing changed).</exception>
    public void AddRectification(Rectification rectification)
    {
        ThrowIfDisposed();
        if (_rectifications.ContainsKey(rectification.Id))
        {
            throw new InvalidOperationException($"A rectification with the id '{rectification.Id}' is already in the dataset.");
        }

        var facts = Loader.Derive(rectification, FindProblem);
        Index(facts);
        Loader.Insert(Session, facts);
    }

    void IFactLoadObserver.Loaded(RectificationFacts rectification) => Index(rectification);

    void IFactLoadObserver.Loaded(ProblemFacts problem) => _problems.Add(problem.Problem.Id, problem);

    private void Index(RectificationFacts rectification)
    {
        _rectifications.Add(rectification.Rectification.Id, rectification);
        foreach (var link in rectification.Links)
        {
            _rectificationsPerProblem[link.ProblemId] = _rectificationsPerProblem.GetValueOrDefault(link.ProblemId) + 1;
        }
    }
}
