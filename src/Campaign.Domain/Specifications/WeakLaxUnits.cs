using Ardalis.Specification;
using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>Weak and lax grass-roots organisations (软弱涣散基层党组织).</summary>
public sealed class WeakLaxUnits : Specification<Unit>
{
    /// <summary>Creates the specification.</summary>
    public WeakLaxUnits() => Query.Where(u => u.WeakLax != null);
}
