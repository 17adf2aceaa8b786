using Ardalis.Specification;
using Campaign.Domain.Opinions;

namespace Campaign.Domain.Specifications;

/// <summary>Opinions not claimed (认领) yet.</summary>
public sealed class UnclaimedOpinions : Specification<Opinion>
{
    /// <summary>Creates the specification.</summary>
    public UnclaimedOpinions() => Query.Where(o => o.ClaimedOn == null);
}
