using Campaign.Domain.Campaigns;

namespace Campaign.Compliance;

/// <summary>What was checked: the dataset's name and the number of records of each kind.</summary>
public sealed class DatasetSummary
{
    /// <summary>A summary with the given counts.</summary>
    /// <param name="name">The campaign name.</param>
    /// <param name="units">Number of units.</param>
    /// <param name="people">Number of people.</param>
    /// <param name="opinions">Number of opinions.</param>
    /// <param name="problems">Number of problems.</param>
    /// <param name="rectifications">Number of rectifications.</param>
    public DatasetSummary(string name, int units, int people, int opinions, int problems, int rectifications)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Units = units;
        People = people;
        Opinions = opinions;
        Problems = problems;
        Rectifications = rectifications;
    }

    /// <summary>The campaign name.</summary>
    public string Name { get; }

    /// <summary>Number of units.</summary>
    public int Units { get; }

    /// <summary>Number of people.</summary>
    public int People { get; }

    /// <summary>Number of opinions.</summary>
    public int Opinions { get; }

    /// <summary>Number of problems.</summary>
    public int Problems { get; }

    /// <summary>Number of rectifications.</summary>
    public int Rectifications { get; }

    /// <summary>The summary of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    public static DatasetSummary Of(CampaignDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DatasetSummary(
            dataset.Campaign.Name,
            dataset.Units.Count,
            dataset.People.Count,
            dataset.Opinions.Count,
            dataset.Problems.Count,
            dataset.Rectifications.Count);
    }
}
