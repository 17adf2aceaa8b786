using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>Problems owned by one person (个人问题), whoever the person is.</summary>
public sealed class PersonalProblems : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    public PersonalProblems() => Query.Where(p => p.Owner.Level == ProblemOwnerLevel.Individual);
}
