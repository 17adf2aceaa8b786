namespace Campaign.Domain.Problems;

/// <summary>A problem identified in a unit (查摆问题), owned by its leadership team or by one person.</summary>
/// <remarks>An entity: identity is the reference, <see cref="Id"/> is unique within a dataset.</remarks>
public sealed class Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="id">The problem id; not empty.</param>
    /// <param name="unitId">The id of the unit; not empty.</param>
    /// <param name="owner">The owner (team or person).</param>
    /// <param name="category">The category.</param>
    /// <param name="text">The problem as written in the ledger.</param>
    /// <param name="source">How it was found.</param>
    /// <param name="identifiedOn">The day it was identified.</param>
    /// <param name="fourWinds">Which winds it shows; allowed (non-empty) only when <paramref name="category"/> is <see cref="ProblemCategory.FourWinds"/>.</param>
    /// <param name="focusId">The focus catalog id it addresses, if any (not checked against a catalog here).</param>
    /// <param name="opinionIds">The ids of the opinions it came from; none by default.</param>
    /// <param name="severity">The severity; <see cref="ProblemSeverity.Normal"/> by default.</param>
    /// <exception cref="ArgumentException">An id is empty, or winds are given for another category.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="owner"/> or <paramref name="text"/> is null.</exception>
    public Problem(
        string id,
        string unitId,
        ProblemOwner owner,
        ProblemCategory category,
        string text,
        ProblemSource source,
        DateOnly identifiedOn,
        IEnumerable<FourWind>? fourWinds = null,
        string? focusId = null,
        IEnumerable<string>? opinionIds = null,
        ProblemSeverity severity = ProblemSeverity.Normal)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Id = Guard.Id(id, nameof(id));
        UnitId = Guard.Id(unitId, nameof(unitId));
        Owner = owner;
        Category = category;
        Text = Guard.Text(text, nameof(text));
        Source = source;
        IdentifiedOn = identifiedOn;
        FourWinds = fourWinds is null ? Array.Empty<FourWind>() : Array.AsReadOnly(fourWinds.ToArray());
        if (FourWinds.Count > 0 && category != ProblemCategory.FourWinds)
        {
            throw new ArgumentException(
                $"Problem '{id}' lists four winds but its category is {category}; winds are allowed only on a {ProblemCategory.FourWinds} problem.",
                nameof(fourWinds));
        }

        FocusId = Guard.OptionalId(focusId, nameof(focusId));
        OpinionIds = Guard.CopyIds(opinionIds, nameof(opinionIds));
        Severity = severity;
        OwnerKey = owner.Key(UnitId);
    }

    // The trusted constructor is private (with a marker parameter) so that it never competes with the public one in
    // overload resolution for callers that see internals.
    private Problem(
        bool trusted,
        string id,
        string unitId,
        ProblemOwner owner,
        ProblemCategory category,
        string text,
        ProblemSource source,
        DateOnly identifiedOn,
        FourWind[]? fourWinds,
        string? focusId,
        string[]? opinionIds,
        ProblemSeverity severity,
        string ownerKey)
    {
        Id = id;
        UnitId = unitId;
        Owner = owner;
        Category = category;
        Text = text;
        Source = source;
        IdentifiedOn = identifiedOn;
        FourWinds = fourWinds is null ? Array.Empty<FourWind>() : Array.AsReadOnly(fourWinds);
        FocusId = focusId;
        OpinionIds = opinionIds is null ? Array.Empty<string>() : Array.AsReadOnly(opinionIds);
        Severity = severity;
        OwnerKey = ownerKey;
        _ = trusted;
    }

    /// <summary>
    /// Creates a problem from values the dataset reader has already checked against every rule of the public
    /// constructor: the arrays are taken over, not copied, and <paramref name="ownerKey"/> is
    /// <c>owner.Key(unitId)</c>, one string shared by all the problems of that owner.
    /// </summary>
    // For the store (EF Core binds the scalar columns here and sets Owner, FourWinds and OpinionIds through their backing
    // fields).
    private Problem(string id, string unitId, ProblemCategory category, string? focusId, string text, ProblemSource source, DateOnly identifiedOn, ProblemSeverity severity, string ownerKey)
    {
        Id = id;
        UnitId = unitId;
        Owner = ProblemOwner.Team;
        Category = category;
        FourWinds = Array.Empty<FourWind>();
        FocusId = focusId;
        Text = text;
        Source = source;
        OpinionIds = Array.Empty<string>();
        IdentifiedOn = identifiedOn;
        Severity = severity;
        OwnerKey = ownerKey;
    }

    internal static Problem Trusted(
        string id,
        string unitId,
        ProblemOwner owner,
        ProblemCategory category,
        string text,
        ProblemSource source,
        DateOnly identifiedOn,
        FourWind[]? fourWinds,
        string? focusId,
        string[]? opinionIds,
        ProblemSeverity severity,
        string ownerKey) =>
        new(true, id, unitId, owner, category, text, source, identifiedOn, fourWinds, focusId, opinionIds, severity, ownerKey);

    /// <summary>The problem id.</summary>
    public string Id { get; }

    /// <summary>The id of the problem's unit.</summary>
    public string UnitId { get; }

    /// <summary>The owner (team or person).</summary>
    public ProblemOwner Owner { get; }

    /// <summary>The category.</summary>
    public ProblemCategory Category { get; }

    /// <summary>Which of the four winds it shows; empty unless <see cref="Category"/> is <see cref="ProblemCategory.FourWinds"/>.</summary>
    public IReadOnlyList<FourWind> FourWinds { get; }

    /// <summary>The focus catalog id it addresses; null when none.</summary>
    public string? FocusId { get; }

    /// <summary>The problem as written in the ledger.</summary>
    public string Text { get; }

    /// <summary>How it was found.</summary>
    public ProblemSource Source { get; }

    /// <summary>The ids of the opinions it came from, in input order; may be empty.</summary>
    public IReadOnlyList<string> OpinionIds { get; }

    /// <summary>The day it was identified.</summary>
    public DateOnly IdentifiedOn { get; }

    /// <summary>The severity.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>The owner key of rules.md: <c>team:&lt;unitId&gt;</c> or <c>person:&lt;personId&gt;</c>.</summary>
    public string OwnerKey { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({UnitId}, {Owner})";
}
