namespace Campaign.Domain.Campaigns;

/// <summary>
/// One run of the mass-line education and practice campaign (党的群众路线教育实践活动): its name, batch,
/// window and the focus lists that apply to it.
/// </summary>
public sealed class CampaignRun
{
    /// <summary>The focus list used when a campaign names none: the central list <c>C</c>.</summary>
    public static IReadOnlyList<string> DefaultFocusLists { get; } = Array.AsReadOnly(new[] { "C" });

    /// <summary>Creates a campaign.</summary>
    /// <param name="name">The campaign's name; not empty.</param>
    /// <param name="batch">The batch.</param>
    /// <param name="start">The first day of the campaign window.</param>
    /// <param name="end">The last day of the campaign window; not before <paramref name="start"/>.</param>
    /// <param name="asOf">The default evaluation date when a check is given none; optional.</param>
    /// <param name="focusLists">The focus list codes in use (e.g. <c>C</c>, <c>WD</c>); null means <see cref="DefaultFocusLists"/>. Codes are not checked against a catalog here.</param>
    /// <exception cref="ArgumentException">The name is empty, <paramref name="end"/> is before <paramref name="start"/>, or a list code is empty.</exception>
    public CampaignRun(string name, CampaignBatch batch, DateOnly start, DateOnly end, DateOnly? asOf = null, IEnumerable<string>? focusLists = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The campaign name must not be empty.", nameof(name));
        }

        if (end < start)
        {
            throw new ArgumentException($"The campaign end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.", nameof(end));
        }

        Name = name;
        Batch = batch;
        Start = start;
        End = end;
        AsOf = asOf;
        FocusLists = focusLists is null ? DefaultFocusLists : Guard.CopyIds(focusLists, nameof(focusLists));
    }

    // For the store (EF Core binds the scalar columns here and sets FocusLists through its backing field).
    private CampaignRun(string name, CampaignBatch batch, DateOnly start, DateOnly end, DateOnly? asOf)
    {
        Name = name;
        Batch = batch;
        Start = start;
        End = end;
        AsOf = asOf;
        FocusLists = DefaultFocusLists;
    }

    /// <summary>The campaign's name, e.g. 魏都区第二批党的群众路线教育实践活动.</summary>
    public string Name { get; }

    /// <summary>The batch.</summary>
    public CampaignBatch Batch { get; }

    /// <summary>The first day of the campaign window.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the campaign window (never before <see cref="Start"/>).</summary>
    public DateOnly End { get; }

    /// <summary>The default evaluation date when a check is given none; null when the dataset names none.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The focus list codes that apply to this campaign, in the given order; <c>["C"]</c> by default.</summary>
    public IReadOnlyList<string> FocusLists { get; }

    /// <summary>The campaign year: the year of <see cref="Start"/>.</summary>
    public int Year => Start.Year;

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Start:yyyy-MM-dd}..{End:yyyy-MM-dd})";
}
