namespace Campaign.Domain.Problems;

/// <summary>
/// The owner of a problem: the unit's leadership team (<see cref="Team"/>) or one person
/// (<see cref="Individual"/>). A value: two owners are equal when level and person id are equal.
/// </summary>
public sealed class ProblemOwner : IEquatable<ProblemOwner>
{
    private ProblemOwner(ProblemOwnerLevel level, string? personId)
    {
        Level = level;
        PersonId = personId;
    }

    /// <summary>The unit's leadership team.</summary>
    public static ProblemOwner Team { get; } = new(ProblemOwnerLevel.Team, null);

    /// <summary>The owner level.</summary>
    public ProblemOwnerLevel Level { get; }

    /// <summary>The owning person's id for an individual owner; null for the team.</summary>
    public string? PersonId { get; }

    /// <summary>Whether the owner is the leadership team.</summary>
    public bool IsTeam => Level == ProblemOwnerLevel.Team;

    /// <summary>One person as owner.</summary>
    /// <param name="personId">The person id; not empty.</param>
    /// <returns>The individual owner.</returns>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is empty.</exception>
    public static ProblemOwner Individual(string personId) => new(ProblemOwnerLevel.Individual, Guard.Id(personId, nameof(personId)));

    /// <summary>
    /// The owner key of rules.md: <c>team:&lt;unitId&gt;</c> for the team, <c>person:&lt;personId&gt;</c>
    /// for an individual owner (the unit id is then not used).
    /// </summary>
    /// <param name="unitId">The id of the problem's unit.</param>
    /// <returns>The owner key.</returns>
    public string Key(string unitId) => IsTeam ? "team:" + unitId : "person:" + PersonId;

    /// <inheritdoc />
    public bool Equals(ProblemOwner? other) =>
        other is not null && Level == other.Level && string.Equals(PersonId, other.PersonId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProblemOwner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, PersonId is null ? 0 : StringComparer.Ordinal.GetHashCode(PersonId));

    /// <summary>Value equality.</summary>
    /// <param name="left">One owner.</param>
    /// <param name="right">The other owner.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ProblemOwner? left, ProblemOwner? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">One owner.</param>
    /// <param name="right">The other owner.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ProblemOwner? left, ProblemOwner? right) => !(left == right);

    /// <inheritdoc />
    public override string ToString() => IsTeam ? "team" : "individual " + PersonId;
}
