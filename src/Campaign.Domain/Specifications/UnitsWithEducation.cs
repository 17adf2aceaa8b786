using Ardalis.Specification;
using Campaign.Domain.Units;

namespace Campaign.Domain.Specifications;

/// <summary>Units with a concentrated-education period (集中教育).</summary>
public sealed class UnitsWithEducation : Specification<Unit>
{
    /// <summary>Creates the specification.</summary>
    public UnitsWithEducation() => Query.Where(u => u.Education != null);
}
