using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>Specifications of units.</summary>
public static class UnitSpecifications
{
    /// <summary>A weak and lax grass-roots organisation (软弱涣散基层党组织).</summary>
    public static Specification<Unit> WeakLax { get; } = new(u => u.WeakLax != null);

    /// <summary>Of kind <paramref name="kind"/>.</summary>
    /// <param name="kind">The unit kind.</param>
    /// <returns>The specification.</returns>
    public static Specification<Unit> OfKind(UnitKind kind) => new(u => u.Kind == kind);

    /// <summary>With a concentrated-education period.</summary>
    public static Specification<Unit> HasEducation { get; } = new(u => u.Education != null);

    /// <summary>A direct child of the unit <paramref name="parentId"/>.</summary>
    /// <param name="parentId">The parent unit id.</param>
    /// <returns>The specification.</returns>
    public static Specification<Unit> ChildOf(string parentId) => new(u => u.ParentId == parentId);
}
