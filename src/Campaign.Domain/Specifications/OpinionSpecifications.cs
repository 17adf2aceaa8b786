using Campaign.Domain.Opinions;

namespace Campaign.Domain.Specifications;

/// <summary>Specifications of opinions.</summary>
public static class OpinionSpecifications
{
    /// <summary>Not claimed (认领) yet.</summary>
    public static Specification<Opinion> NotClaimed { get; } = new(o => o.ClaimedOn == null);

    /// <summary>Not reported back to the masses yet.</summary>
    public static Specification<Opinion> NotReportedBack { get; } = new(o => o.ReportedBackOn == null);

    /// <summary>Naming one person (a personal opinion).</summary>
    public static Specification<Opinion> Personal { get; } = new(o => o.TargetPersonId != null);

    /// <summary>About the unit <paramref name="unitId"/> (ordinal comparison).</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>The specification.</returns>
    public static Specification<Opinion> OfUnit(string unitId) => new(o => o.UnitId == unitId);
}
