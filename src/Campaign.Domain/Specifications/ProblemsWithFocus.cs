using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>Problems that carry a focus id from the focus catalog.</summary>
public sealed class ProblemsWithFocus : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    public ProblemsWithFocus() => Query.Where(p => p.FocusId != null);
}
