using Campaign.Compliance.Facts;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;
using NRules;

namespace Campaign.Compliance.Checking;

/// <summary>
/// Turns records into the facts the rules match and inserts them into an engine session: the domain records (those
/// some rule matches), their profiles and links, the owners and focus of units and people, the shared-text groups,
/// the parameters and the evaluation date. Every session loads through it, a check's in one batch and a monitor's
/// also record by record, so both hold the same facts for the same records. The batch load is a hot path: no LINQ,
/// no closures.
/// </summary>
internal sealed class FactLoader
{
    private readonly CompiledRules _rules;
    private readonly FactFactory _factory;

    // Which domain records the rules read besides the profiles (user rules may match them; the shipped rules do not).
    private readonly bool _problemFacts;
    private readonly bool _rectificationFacts;

    /// <param name="rules">The compiled rules (their options, and which fact types they match).</param>
    /// <param name="campaign">The campaign: deadlines and focus lists.</param>
    /// <param name="units">Every unit the loaded problems may name (their kinds decide the focus ids).</param>
    public FactLoader(CompiledRules rules, CampaignRun campaign, IReadOnlyList<Unit> units)
    {
        _rules = rules;
        _problemFacts = rules.Matches(typeof(Problem));
        _rectificationFacts = rules.Matches(typeof(Rectification));
        Parameters = new RuleParameters(rules.Options, campaign, Catalog.ComplianceRuleCatalog.Shipped);
        _factory = new FactFactory(rules.Options, campaign, units);
    }

    /// <summary>The parameters fact of the sessions this loader fills.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>
    /// Inserts the parameters, <paramref name="date"/> and the facts of <paramref name="records"/> in one batch, and tells
    /// <paramref name="observer"/> the facts derived for each rectification and problem.
    /// </summary>
    /// <param name="session">The engine session, empty.</param>
    /// <param name="date">The evaluation date fact.</param>
    /// <param name="records">The records; their problems and opinions must exist.</param>
    /// <param name="observer">Receives each rectification's and problem's facts as they are derived.</param>
    /// <param name="texts">
    /// The shared-text counts to fill and keep (a monitor changes them later); null counts them only while loading,
    /// and only when a rule reads the groups.
    /// </param>
    public void Load(ISession session, EvaluationDate date, CheckRecords records, IFactLoadObserver observer, BoilerplateTexts? texts)
    {
        // Insertion order matters for speed, not for results: links before the records whose Not/Exists tests
        // count them, members of an aggregate before the fact that anchors it (one aggregation per anchor).
        var facts = new List<object>(records.Problems.Count * 3 + records.Rectifications.Count * 3 + records.Units.Count * 3 + records.People.Count * 2 + records.Opinions.Count + 2)
        {
            Parameters,
            date,
        };
        var findProblem = records.FindProblem;
        var findOpinion = records.FindOpinion;
        foreach (var rectification in records.Rectifications)
        {
            var derived = Derive(rectification, findProblem);
            observer.Loaded(derived);
            if (_rectificationFacts)
            {
                facts.Add(rectification);
            }

            facts.Add(derived.Profile);
            foreach (var link in derived.Links)
            {
                facts.Add(link);
            }
        }

        // SUP-006 reads the groups only in a session loaded with every problem (a partitioned check's parts leave
        // them to the global stage, which counts the texts of every part).
        texts ??= _rules.Matches(typeof(ProblemText)) ? new BoilerplateTexts(Parameters.BoilerplateMinOwners) : null;
        foreach (var problem in records.Problems)
        {
            var derived = Derive(problem, findOpinion);
            observer.Loaded(derived);
            if (_problemFacts)
            {
                facts.Add(problem);
            }

            facts.Add(derived.Profile);
            foreach (var link in derived.Links)
            {
                facts.Add(link);
            }

            texts?.Add(derived.Profile);
        }

        foreach (var unit in records.Units)
        {
            facts.Add(unit);
            facts.Add(FactFactory.Owner(unit));
            if (_factory.Focus(unit) is { } focus)
            {
                facts.Add(focus);
            }
        }

        foreach (var person in records.People)
        {
            facts.Add(person);
            facts.Add(FactFactory.Owner(person));
        }

        foreach (var opinion in records.Opinions)
        {
            facts.Add(opinion);
        }

        if (texts is not null)
        {
            facts.AddRange(texts.Facts());
        }

        session.InsertAll(facts);

        // The list's array is on the large-object heap for all but small datasets; emptied, it no longer keeps the
        // facts alive in younger collections once the session is done (see ComplianceSession.Dispose).
        facts.Clear();
    }

    /// <summary>Inserts the parameters, <paramref name="date"/> and then <paramref name="facts"/>, in order (a global stage's session).</summary>
    public void Load(ISession session, EvaluationDate date, IReadOnlyCollection<object> facts)
    {
        var all = new List<object>(facts.Count + 2) { Parameters, date };
        all.AddRange(facts);
        session.InsertAll(all);
        all.Clear();
    }

    /// <summary>The facts of a problem; its unit and opinions must exist.</summary>
    /// <exception cref="InvalidOperationException">It names an unknown unit or opinion.</exception>
    public ProblemFacts Derive(Problem problem, Func<string, Opinion?> findOpinion) =>
        new(_factory.Profile(problem), FactFactory.Links(problem, findOpinion));

    /// <summary>The facts of a rectification; its problems must exist.</summary>
    /// <exception cref="InvalidOperationException">It lists an unknown problem.</exception>
    public RectificationFacts Derive(Rectification rectification, Func<string, Problem?> findProblem)
    {
        var profile = _factory.Profile(rectification, findProblem);
        return new RectificationFacts(profile, FactFactory.Links(profile, findProblem));
    }

    /// <summary>Inserts a new problem's facts, and its text's group when the problem brings the text to the threshold.</summary>
    public void Insert(ISession session, ProblemFacts problem, BoilerplateTexts texts)
    {
        if (_problemFacts)
        {
            session.Insert(problem.Problem);
        }

        session.Insert(problem.Profile);
        foreach (var link in problem.Links)
        {
            session.Insert(link);
        }

        if (texts.Add(problem.Profile) is { } text)
        {
            session.Insert(text);
        }
    }

    /// <summary>Retracts a problem's facts, and its text's group when the text falls below the threshold.</summary>
    public void Retract(ISession session, ProblemFacts problem, BoilerplateTexts texts)
    {
        foreach (var link in problem.Links)
        {
            session.Retract(link);
        }

        session.Retract(problem.Profile);
        if (_problemFacts)
        {
            session.Retract(problem.Problem);
        }

        if (texts.Remove(problem.Profile) is { } retired)
        {
            session.Retract(retired);
        }
    }

    /// <summary>Inserts a new rectification's facts.</summary>
    public void Insert(ISession session, RectificationFacts rectification)
    {
        if (_rectificationFacts)
        {
            session.Insert(rectification.Rectification);
        }

        session.Insert(rectification.Profile);
        foreach (var link in rectification.Links)
        {
            session.Insert(link);
        }
    }

    /// <summary>After the rectification changed (status, evidence, evaluation): updates it, its profile and its links, which read it.</summary>
    public void Update(ISession session, RectificationFacts rectification)
    {
        if (_rectificationFacts)
        {
            session.Update(rectification.Rectification);
        }

        session.Update(rectification.Profile);
        foreach (var link in rectification.Links)
        {
            session.Update(link);
        }
    }
}
