using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>The problems of one unit, team and personal.</summary>
public sealed class ProblemsOfUnit : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="unitId">The unit id (ordinal comparison).</param>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is null or empty.</exception>
    public ProblemsOfUnit(string unitId)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitId);
        Query.Where(p => p.UnitId == unitId);
    }
}
