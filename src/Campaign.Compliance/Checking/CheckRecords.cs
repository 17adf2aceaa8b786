using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Compliance.Checking;

/// <summary>
/// The records a session loads and where it looks up the problems and opinions they name: a whole dataset, or one
/// part of a partitioned check, whose lookups go to the whole dataset (every reference of a part stays inside it,
/// so the answers are the same) instead of id indexes built again for every part.
/// </summary>
internal sealed class CheckRecords(
    CampaignRun campaign,
    IReadOnlyList<Unit> units,
    IReadOnlyList<Person> people,
    IReadOnlyList<Opinion> opinions,
    IReadOnlyList<Problem> problems,
    IReadOnlyList<Rectification> rectifications,
    Func<string, Problem?> findProblem,
    Func<string, Opinion?> findOpinion)
{
    public CampaignRun Campaign { get; } = campaign;

    public IReadOnlyList<Unit> Units { get; } = units;

    public IReadOnlyList<Person> People { get; } = people;

    public IReadOnlyList<Opinion> Opinions { get; } = opinions;

    public IReadOnlyList<Problem> Problems { get; } = problems;

    public IReadOnlyList<Rectification> Rectifications { get; } = rectifications;

    public Func<string, Problem?> FindProblem { get; } = findProblem;

    public Func<string, Opinion?> FindOpinion { get; } = findOpinion;

    /// <summary>Every record of <paramref name="dataset"/>, looked up in its own indexes.</summary>
    public static CheckRecords Of(CampaignDataset dataset) => new(
        dataset.Campaign, dataset.Units, dataset.People, dataset.Opinions, dataset.Problems, dataset.Rectifications, dataset.FindProblem, dataset.FindOpinion);
}
