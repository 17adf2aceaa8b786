using Campaign.Compliance.Facts;
using Campaign.Compliance.Findings;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Checking;

/// <summary>
/// A stage of a partitioned check that runs once over the whole dataset (<see cref="RuleStages"/>), with the facts
/// its rules match: the records of the types they match, the problems of shared texts with their
/// <see cref="ProblemText"/> groups when they read those (SUP-006), and the findings given. A rule that matches any
/// other fact the session derives from the records gets a session loaded with the whole dataset instead.
/// </summary>
internal sealed class GlobalStage
{
    // The facts this stage can give without loading the whole dataset.
    private static readonly Type[] Light =
    [
        typeof(RuleParameters), typeof(EvaluationDate), typeof(Finding), typeof(ProblemText), typeof(ProblemProfile),
        typeof(Unit), typeof(Person), typeof(Opinion), typeof(Problem), typeof(Rectification),
    ];

    public GlobalStage(CompiledRules rules)
    {
        Rules = rules;
        ReadsTexts = rules.Matches(typeof(ProblemText));
        foreach (var type in rules.MatchedTypes)
        {
            if (Array.IndexOf(Light, type) < 0 || (type == typeof(ProblemProfile) && !ReadsTexts))
            {
                LoadsEverything = true;
            }
        }
    }

    public CompiledRules Rules { get; }

    /// <summary>Whether the rules read the shared-text groups (<see cref="ProblemText"/>): the parts then keep their problems' texts.</summary>
    public bool ReadsTexts { get; }

    /// <summary>Whether the session is loaded with the whole dataset, as a single session is.</summary>
    public bool LoadsEverything { get; }

    /// <summary>A session of this stage over <paramref name="dataset"/>, with <paramref name="findings"/> when given.</summary>
    /// <param name="dataset">The whole dataset.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="textFacts">The problems of shared texts and their groups, asked for only when the rules read them.</param>
    /// <param name="findings">Findings of the earlier stages, inserted after the records.</param>
    public CheckSession Session(CampaignDataset dataset, DateOnly asOf, Func<List<object>> textFacts, IReadOnlyList<List<Finding>>? findings)
    {
        var findingCount = 0;
        foreach (var list in findings ?? [])
        {
            findingCount += list.Count;
        }

        if (LoadsEverything)
        {
            var full = new CheckSession(Rules, dataset, asOf);
            var all = new List<object>(findingCount);
            foreach (var list in findings ?? [])
            {
                all.AddRange(list);
            }

            full.Session.InsertAll(all);
            return full;
        }

        var facts = new List<object>(findingCount + Count(dataset));
        Add(facts, dataset.Units);
        Add(facts, dataset.People);
        Add(facts, dataset.Opinions);
        Add(facts, dataset.Problems);
        Add(facts, dataset.Rectifications);
        if (ReadsTexts)
        {
            facts.AddRange(textFacts());
        }

        foreach (var list in findings ?? [])
        {
            facts.AddRange(list);
        }

        return new CheckSession(Rules, dataset, asOf, facts);
    }

    /// <summary>How many records of the types the rules match the dataset holds.</summary>
    private int Count(CampaignDataset dataset) =>
        (Rules.Matches(typeof(Unit)) ? dataset.Units.Count : 0)
        + (Rules.Matches(typeof(Person)) ? dataset.People.Count : 0)
        + (Rules.Matches(typeof(Opinion)) ? dataset.Opinions.Count : 0)
        + (Rules.Matches(typeof(Problem)) ? dataset.Problems.Count : 0)
        + (Rules.Matches(typeof(Rectification)) ? dataset.Rectifications.Count : 0);

    private void Add<T>(List<object> facts, IReadOnlyList<T> records)
        where T : class
    {
        if (!Rules.Matches(typeof(T)))
        {
            return;
        }

        foreach (var record in records)
        {
            facts.Add(record);
        }
    }
}
