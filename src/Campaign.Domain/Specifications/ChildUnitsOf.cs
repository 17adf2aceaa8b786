using Ardalis.Specification;
using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>The direct children of one unit.</summary>
public sealed class ChildUnitsOf : Specification<Unit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="parentId">The parent unit id (ordinal comparison).</param>
    /// <exception cref="ArgumentException"><paramref name="parentId"/> is null or empty.</exception>
    public ChildUnitsOf(string parentId)
    {
        ArgumentException.ThrowIfNullOrEmpty(parentId);
        Query.Where(u => u.ParentId == parentId);
    }
}
