using Ardalis.Specification;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>Open rectifications: <see cref="RectificationStatus.NotStarted"/> or <see cref="RectificationStatus.InProgress"/>.</summary>
public sealed class OpenRectifications : Specification<Rectification>
{
    /// <summary>Creates the specification.</summary>
    public OpenRectifications() =>
        Query.Where(r => r.Status == RectificationStatus.NotStarted || r.Status == RectificationStatus.InProgress);
}
