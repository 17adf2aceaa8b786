using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using NRules;

namespace Campaign.Compliance.Checking;

/// <summary>
/// One engine session loaded with a dataset's facts: the domain records (those some rule matches), their
/// profiles and links, the parameters and the evaluation date. Used once by a check, and kept by a monitor,
/// which applies changes through the methods here so the derived facts follow the records.
/// </summary>
internal sealed class ComplianceSession
{
    private readonly CompiledRules _rules;
    private readonly ISession _session;
    private readonly FactFactory _factory;
    private readonly EvaluationDate _date;
    private readonly bool _trackChanges;

    // Which domain records the rules read besides the profiles (user rules may match them; the shipped rules do not).
    private readonly bool _problemFacts;
    private readonly bool _rectificationFacts;

    // A one-shot session's problems with a normalized text, in dataset order (for the partitioned check's SUP-006 pass).
    private readonly List<ProblemProfile> _withText = [];
    private readonly List<RuleFailure> _failures = [];
    private readonly HashSet<(string, string, string)> _failureKeys = [];
    private readonly Dictionary<string, Problem> _problems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Opinion> _opinions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProblemProfile> _problemProfiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProblemOpinion>> _opinionLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RectificationProfile> _rectifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RectificationProblem>> _problemLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rectificationsPerProblem = new(StringComparer.Ordinal);
    private readonly BoilerplateTexts _texts;

    /// <param name="rules">The compiled rules.</param>
    /// <param name="dataset">The records to load.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="trackChanges">
    /// True for a monitor: keep the maps from ids to records, profiles and links that the change methods need.
    /// False for a one-shot check: the session keeps only what the engine holds (less memory on a large dataset);
    /// the change methods must not be called.
    /// </param>
    public ComplianceSession(CompiledRules rules, CampaignDataset dataset, DateOnly asOf, bool trackChanges = true)
        : this(rules, CheckRecords.Of(dataset), asOf, trackChanges, facts: null)
    {
    }

    /// <summary>A one-shot session over <paramref name="records"/> (a part of a partitioned check).</summary>
    public ComplianceSession(CompiledRules rules, CheckRecords records, DateOnly asOf)
        : this(rules, records, asOf, trackChanges: false, facts: null)
    {
    }

    /// <summary>
    /// A session over given facts instead of a dataset's records (the global passes of a partitioned check):
    /// the parameters and the evaluation date are inserted first, then <paramref name="facts"/>, in order.
    /// <paramref name="dataset"/> gives the campaign (deadlines, focus lists) and the units' kinds.
    /// </summary>
    public ComplianceSession(CompiledRules rules, CampaignDataset dataset, DateOnly asOf, IReadOnlyCollection<object> facts)
        : this(rules, CheckRecords.Of(dataset), asOf, trackChanges: false, facts)
    {
    }

    private ComplianceSession(CompiledRules rules, CheckRecords dataset, DateOnly asOf, bool trackChanges, IReadOnlyCollection<object>? facts)
    {
        _trackChanges = trackChanges;
        _rules = rules;
        _problemFacts = rules.Matches(typeof(Problem));
        _rectificationFacts = rules.Matches(typeof(Rectification));
        Parameters = new RuleParameters(rules.Options, dataset.Campaign, Catalog.ComplianceRuleCatalog.Shipped);
        _texts = new BoilerplateTexts(Parameters.BoilerplateMinOwners);
        _factory = new FactFactory(rules.Options, dataset.Campaign, dataset.Units);
        _date = new EvaluationDate(asOf);
        _session = rules.Factory.CreateSession();
        _session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            AddFailure(RuleNames(e.Rules), "condition", e.Exception!);
        };
        _session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            AddFailure(e.Match.Rule.Name, "action", e.Exception!);
        };
        if (facts is null)
        {
            Load(dataset);
            return;
        }

        var all = new List<object>(facts.Count + 2) { Parameters, _date };
        all.AddRange(facts);
        _session.InsertAll(all);
        all.Clear();
    }

    public RuleParameters Parameters { get; }

    public ISession Session => _session;

    public DateOnly AsOf => _date.AsOf;

    public IReadOnlyList<RuleFailure> Failures => _failures;

    public int Fire() => _session.Fire();

    /// <summary>Ends a one-shot session whose findings have been taken: a session that can (the indexed runtime's) releases its memory.</summary>
    public void Release() => (_session as IDisposable)?.Dispose();

    /// <summary>Every finding in the session, with the severity the options give its rule.</summary>
    public List<Finding> Findings()
    {
        var findings = new List<Finding>();
        foreach (var finding in _session.Query<Finding>())
        {
            findings.Add(Parameters.Effective(finding));
        }

        return findings;
    }

    /// <summary>The profiles of the loaded problems whose normalized text is not empty (SUP-006 groups them), in load order.</summary>
    public List<ProblemProfile> TextProfiles()
    {
        if (!_trackChanges)
        {
            return _withText;
        }

        var profiles = new List<ProblemProfile>(_problemProfiles.Count);
        foreach (var profile in _problemProfiles.Values)
        {
            if (profile.NormalizedText is not null)
            {
                profiles.Add(profile);
            }
        }

        return profiles;
    }

    public Problem? FindProblem(string id) => _problems.GetValueOrDefault(id);

    public Opinion? FindOpinion(string id) => _opinions.GetValueOrDefault(id);

    public Rectification? FindRectification(string id) => _rectifications.TryGetValue(id, out var profile) ? profile.Rectification : null;

    public void MoveAsOf(DateOnly asOf)
    {
        _date.AsOf = asOf;
        _session.Update(_date);
    }

    /// <summary>After the rectification changed (status, evidence, evaluation): update it, its profile and its links.</summary>
    public void RectificationChanged(Rectification rectification)
    {
        RequireTracking();
        var profile = _rectifications[rectification.Id];
        if (_rectificationFacts)
        {
            _session.Update(rectification);
        }

        _session.Update(profile);
        foreach (var link in _problemLinks[rectification.Id])
        {
            _session.Update(link);
        }
    }

    public void OpinionChanged(Opinion opinion) => _session.Update(opinion);

    /// <summary>After the unit's weak-and-lax record changed: every fact about it reads the unit.</summary>
    public void UnitChanged(Unit unit) => _session.Update(unit);

    public void AddProblem(Problem problem)
    {
        RequireTracking();
        if (_problems.ContainsKey(problem.Id))
        {
            throw new InvalidOperationException($"A problem with the id '{problem.Id}' is already in the dataset.");
        }

        var profile = _factory.Profile(problem);
        var links = FactFactory.Links(problem, FindOpinion);
        _problems.Add(problem.Id, problem);
        _problemProfiles.Add(problem.Id, profile);
        _opinionLinks.Add(problem.Id, links);
        if (_problemFacts)
        {
            _session.Insert(problem);
        }

        _session.Insert(profile);
        foreach (var link in links)
        {
            _session.Insert(link);
        }

        if (_texts.Add(profile) is { } text)
        {
            _session.Insert(text);
        }
    }

    public void RemoveProblem(string problemId)
    {
        RequireTracking();
        if (!_problems.TryGetValue(problemId, out var problem))
        {
            throw new InvalidOperationException($"There is no problem '{problemId}' to remove.");
        }

        if (_rectificationsPerProblem.GetValueOrDefault(problemId) > 0)
        {
            throw new InvalidOperationException($"Problem '{problemId}' cannot be removed: a rectification lists it.");
        }

        var profile = _problemProfiles[problemId];
        foreach (var link in _opinionLinks[problemId])
        {
            _session.Retract(link);
        }

        _session.Retract(profile);
        if (_problemFacts)
        {
            _session.Retract(problem);
        }

        if (_texts.Remove(profile) is { } retired)
        {
            _session.Retract(retired);
        }

        _problems.Remove(problemId);
        _problemProfiles.Remove(problemId);
        _opinionLinks.Remove(problemId);
    }

    public void AddRectification(Rectification rectification)
    {
        RequireTracking();
        if (_rectifications.ContainsKey(rectification.Id))
        {
            throw new InvalidOperationException($"A rectification with the id '{rectification.Id}' is already in the dataset.");
        }

        var profile = _factory.Profile(rectification, FindProblem);
        var links = FactFactory.Links(profile, FindProblem);
        _rectifications.Add(rectification.Id, profile);
        _problemLinks.Add(rectification.Id, links);
        foreach (var link in links)
        {
            _rectificationsPerProblem[link.ProblemId] = _rectificationsPerProblem.GetValueOrDefault(link.ProblemId) + 1;
        }

        if (_rectificationFacts)
        {
            _session.Insert(rectification);
        }

        _session.Insert(profile);
        foreach (var link in links)
        {
            _session.Insert(link);
        }
    }

    private void Load(CheckRecords dataset)
    {
        // Insertion order matters for speed, not for results: links before the records whose Not/Exists tests
        // count them, members of an aggregate before the fact that anchors it (one aggregation per anchor).
        var facts = new List<object>(dataset.Problems.Count * 3 + dataset.Rectifications.Count * 3 + dataset.Units.Count * 3 + dataset.People.Count * 2 + dataset.Opinions.Count + 2)
        {
            Parameters,
            _date,
        };
        Func<string, Problem?> findProblem = dataset.FindProblem;
        Func<string, Opinion?> findOpinion = dataset.FindOpinion;
        if (_trackChanges)
        {
            foreach (var opinion in dataset.Opinions)
            {
                _opinions.Add(opinion.Id, opinion);
            }

            foreach (var problem in dataset.Problems)
            {
                _problems.Add(problem.Id, problem);
            }

            findProblem = FindProblem;
            findOpinion = FindOpinion;
        }

        foreach (var rectification in dataset.Rectifications)
        {
            var profile = _factory.Profile(rectification, findProblem);
            var links = FactFactory.Links(profile, findProblem);
            if (_trackChanges)
            {
                _rectifications.Add(rectification.Id, profile);
                _problemLinks.Add(rectification.Id, links);
            }

            if (_rectificationFacts)
            {
                facts.Add(rectification);
            }

            facts.Add(profile);
            foreach (var link in links)
            {
                if (_trackChanges)
                {
                    _rectificationsPerProblem[link.ProblemId] = _rectificationsPerProblem.GetValueOrDefault(link.ProblemId) + 1;
                }

                facts.Add(link);
            }
        }

        // A one-shot check needs the text counts only while loading, and only when a rule reads the shared texts (SUP-006;
        // not in a partitioned check's parts: its global pass counts the texts of every part).
        var texts = _trackChanges ? _texts : _rules.Matches(typeof(ProblemText)) ? new BoilerplateTexts(Parameters.BoilerplateMinOwners) : null;
        foreach (var problem in dataset.Problems)
        {
            var profile = _factory.Profile(problem);
            var links = FactFactory.Links(problem, findOpinion);
            if (_trackChanges)
            {
                _problemProfiles.Add(problem.Id, profile);
                _opinionLinks.Add(problem.Id, links);
            }
            else if (profile.NormalizedText is not null)
            {
                _withText.Add(profile);
            }

            if (_problemFacts)
            {
                facts.Add(problem);
            }

            facts.Add(profile);
            foreach (var link in links)
            {
                facts.Add(link);
            }

            texts?.Add(profile);
        }

        foreach (var unit in dataset.Units)
        {
            facts.Add(unit);
            facts.Add(FactFactory.Owner(unit));
            if (_factory.Focus(unit) is { } focus)
            {
                facts.Add(focus);
            }
        }

        foreach (var person in dataset.People)
        {
            facts.Add(person);
            facts.Add(FactFactory.Owner(person));
        }

        foreach (var opinion in dataset.Opinions)
        {
            facts.Add(opinion);
        }

        if (texts is not null)
        {
            facts.AddRange(texts.Facts());
        }

        _session.InsertAll(facts);

        // The list's array is on the large-object heap for all but small datasets; emptied, it no longer keeps the
        // facts alive in younger collections once the session is done (see Release).
        facts.Clear();
    }

    private static string RuleNames(IEnumerable<NRules.RuleModel.IRuleDefinition> rules)
    {
        var names = new List<string>();
        foreach (var rule in rules)
        {
            names.Add(rule.Name);
        }

        return string.Join(", ", names);
    }

    private void RequireTracking()
    {
        if (!_trackChanges)
        {
            throw new InvalidOperationException("This session was loaded for a one-shot check; changes need a session that tracks them.");
        }
    }

    private void AddFailure(string ruleName, string phase, Exception exception)
    {
        var message = exception.InnerException is { } inner && exception is System.Reflection.TargetInvocationException ? inner.Message : exception.Message;
        if (_failureKeys.Add((ruleName, phase, message)))
        {
            _failures.Add(new RuleFailure(ruleName, _rules.RuleIdOf(ruleName), phase, message));
        }
    }
}
