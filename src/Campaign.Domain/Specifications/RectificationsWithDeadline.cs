using Ardalis.Specification;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>Rectifications that have a deadline (整改时限).</summary>
public sealed class RectificationsWithDeadline : Specification<Rectification>
{
    /// <summary>Creates the specification.</summary>
    public RectificationsWithDeadline() => Query.Where(r => r.Deadline != null);
}
