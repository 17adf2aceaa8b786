using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>Problems owned by a leadership team (班子问题).</summary>
public sealed class TeamProblems : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    public TeamProblems() => Query.Where(p => p.Owner.Level == ProblemOwnerLevel.Team);
}
