using Ardalis.Specification;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.Specifications;

/// <summary>Rectifications in one mode: immediate (立行立改) or scheduled.</summary>
public sealed class RectificationsInMode : Specification<Rectification>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="mode">The mode.</param>
    public RectificationsInMode(RectificationMode mode) => Query.Where(r => r.Mode == mode);
}
