using Ardalis.Specification;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>
/// Rectifications overdue as of a date (rule OVD-001): open, with a deadline, and <c>asOf &gt; deadline</c>; the
/// deadline day itself is not overdue.
/// </summary>
public sealed class OverdueRectifications : Specification<Rectification>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The evaluation date.</param>
    public OverdueRectifications(DateOnly asOf)
    {
        AsOf = asOf;
        Query.Where(r => (r.Status == RectificationStatus.NotStarted || r.Status == RectificationStatus.InProgress)
            && r.Deadline != null && r.Deadline < asOf);
    }

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; }
}
