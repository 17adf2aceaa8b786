using Campaign.Compliance.Facts;
using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Checking;

/// <summary>
/// A one-shot check's session: loaded once (a dataset, a part of a partitioned check, or a global stage's facts),
/// fired, its findings taken, then disposed. It keeps only what the engine holds, and the profiles of the loaded
/// problems that have a text (a partitioned check's global stage groups them across parts).
/// </summary>
internal sealed class CheckSession : ComplianceSession, IFactLoadObserver
{
    private readonly List<ProblemProfile> _withText = [];

    /// <summary>A session loaded with every record of <paramref name="dataset"/>.</summary>
    public CheckSession(CompiledRules rules, CampaignDataset dataset, DateOnly asOf)
        : this(rules, CheckRecords.Of(dataset), asOf)
    {
    }

    /// <summary>A session loaded with <paramref name="records"/> (a part of a partitioned check, or a whole dataset).</summary>
    public CheckSession(CompiledRules rules, CheckRecords records, DateOnly asOf)
        : base(rules, records.Campaign, records.Units, asOf)
    {
        Loader.Load(Session, Date, records, this, texts: null);
    }

    /// <summary>
    /// A session over given facts instead of a dataset's records (the global stages of a partitioned check): the
    /// parameters and the evaluation date are inserted first, then <paramref name="facts"/>, in order.
    /// <paramref name="dataset"/> gives the campaign (deadlines, focus lists) and the units' kinds.
    /// </summary>
    public CheckSession(CompiledRules rules, CampaignDataset dataset, DateOnly asOf, IReadOnlyCollection<object> facts)
        : base(rules, dataset.Campaign, dataset.Units, asOf)
    {
        Loader.Load(Session, Date, facts);
    }

    /// <summary>The profiles of the loaded problems whose normalized text is not empty (SUP-006 groups them), in load order.</summary>
    public List<ProblemProfile> TextProfiles() => _withText;

    void IFactLoadObserver.Loaded(RectificationFacts rectification)
    {
    }

    void IFactLoadObserver.Loaded(ProblemFacts problem)
    {
        if (problem.Profile.NormalizedText is not null)
        {
            _withText.Add(problem.Profile);
        }
    }
}
