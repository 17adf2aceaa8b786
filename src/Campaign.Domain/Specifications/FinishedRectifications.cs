using Ardalis.Specification;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>Finished rectifications: <see cref="RectificationStatus.Completed"/> or <see cref="RectificationStatus.ClosedOff"/>.</summary>
public sealed class FinishedRectifications : Specification<Rectification>
{
    /// <summary>Creates the specification.</summary>
    public FinishedRectifications() =>
        Query.Where(r => r.Status == RectificationStatus.Completed || r.Status == RectificationStatus.ClosedOff);
}
