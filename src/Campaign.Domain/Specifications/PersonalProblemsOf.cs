using Ardalis.Specification;
using Campaign.Domain.Problems;

namespace Campaign.Domain.Specifications;

/// <summary>The personal problems (个人问题) of one person: problems owned individually by them.</summary>
public sealed class PersonalProblemsOf : Specification<Problem>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="personId">The person id (ordinal comparison).</param>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is null or empty.</exception>
    public PersonalProblemsOf(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        Query.Where(p => p.Owner.Level == ProblemOwnerLevel.Individual && p.Owner.PersonId == personId);
    }
}
