using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>Specifications of problems.</summary>
public static class ProblemSpecifications
{
    /// <summary>Owned by the leadership team (班子问题).</summary>
    public static Specification<Problem> TeamOwned { get; } = new(p => p.Owner.Level == ProblemOwnerLevel.Team);

    /// <summary>Owned by one person (个人问题).</summary>
    public static Specification<Problem> IndividuallyOwned { get; } = new(p => p.Owner.Level == ProblemOwnerLevel.Individual);

    /// <summary>Of the unit <paramref name="unitId"/> (ordinal comparison).</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The specification.</returns>
    public static Specification<Problem> OfUnit(string unitId) => new(p => p.UnitId == unitId);

    /// <summary>Owned individually by the person <paramref name="personId"/>.</summary>
    /// <param name="personId">The person id.</param>
    /// <returns>The specification.</returns>
    public static Specification<Problem> OwnedBy(string personId) => new(p => p.Owner.PersonId == personId);

    /// <summary>In category <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The specification.</returns>
    public static Specification<Problem> InCategory(ProblemCategory category) => new(p => p.Category == category);

    /// <summary>Carrying a focus id.</summary>
    public static Specification<Problem> HasFocus { get; } = new(p => p.FocusId != null);
}
