using Campaign.Compliance.Facts;
using Campaign.Domain.Problems;

namespace Campaign.Compliance.Checking;

/// <summary>The facts a problem gives besides itself: its profile and its links to its opinions (<see cref="FactLoader"/>).</summary>
/// <param name="Profile">The profile (the problem with the values its rules join on).</param>
/// <param name="Links">One link per distinct opinion it lists.</param>
internal readonly record struct ProblemFacts(ProblemProfile Profile, List<ProblemOpinion> Links)
{
    public Problem Problem => Profile.Problem;
}
