using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>Specifications of rectifications, in the terms of rules.md.</summary>
public static class RectificationSpecifications
{
    /// <summary>Open: <see cref="RectificationStatus.NotStarted"/> or <see cref="RectificationStatus.InProgress"/>.</summary>
    public static Specification<Rectification> Open { get; } =
        new(r => r.Status == RectificationStatus.NotStarted || r.Status == RectificationStatus.InProgress);

    /// <summary>Finished: <see cref="RectificationStatus.Completed"/> or <see cref="RectificationStatus.ClosedOff"/>.</summary>
    public static Specification<Rectification> Finished { get; } =
        new(r => r.Status == RectificationStatus.Completed || r.Status == RectificationStatus.ClosedOff);

    /// <summary>With a deadline.</summary>
    public static Specification<Rectification> HasDeadline { get; } = new(r => r.Deadline != null);

    /// <summary>In <paramref name="mode"/>.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The specification.</returns>
    public static Specification<Rectification> InMode(RectificationMode mode) => new(r => r.Mode == mode);

    /// <summary>
    /// Overdue as of <paramref name="asOf"/> (rule OVD-001): open, with a deadline, and <c>asOf &gt; deadline</c>;
    /// the deadline day itself is not overdue.
    /// </summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The specification.</returns>
    public static Specification<Rectification> OverdueAsOf(DateOnly asOf) =>
        Open.And(new Specification<Rectification>(r => r.Deadline != null && asOf > r.Deadline.Value));
}
