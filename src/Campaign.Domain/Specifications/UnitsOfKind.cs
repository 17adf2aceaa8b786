using Ardalis.Specification;
using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>Units of one kind.</summary>
public sealed class UnitsOfKind : Specification<Unit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="kind">The unit kind.</param>
    public UnitsOfKind(UnitKind kind) => Query.Where(u => u.Kind == kind);
}
