using Ardalis.Specification;
using Campaign.Domain.Opinions;

namespace Campaign.Domain.Specifications;

/// <summary>The opinions about one unit.</summary>
public sealed class OpinionsOfUnit : Specification<Opinion>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="unitId">The unit id (ordinal comparison).</param>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is null or empty.</exception>
    public OpinionsOfUnit(string unitId)
    {
        ArgumentException.ThrowIfNullOrEmpty(unitId);
        Query.Where(o => o.UnitId == unitId);
    }
}
