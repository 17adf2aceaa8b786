using Ardalis.Specification;
using Campaign.Domain.Opinions;

namespace Campaign.Domain.Specifications;

/// <summary>Personal opinions: opinions that name one person.</summary>
public sealed class PersonalOpinions : Specification<Opinion>
{
    /// <summary>Creates the specification.</summary>
    public PersonalOpinions() => Query.Where(o => o.TargetPersonId != null);
}
