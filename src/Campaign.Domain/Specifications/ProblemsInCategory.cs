using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>Problems of one category (四风问题, 工作问题, …).</summary>
public sealed class ProblemsInCategory : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="category">The category.</param>
    public ProblemsInCategory(ProblemCategory category) => Query.Where(p => p.Category == category);
}
