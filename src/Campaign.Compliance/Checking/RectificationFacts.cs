using Campaign.Compliance.Facts;
using Campaign.Domain.Rectifications;

namespace Campaign.Compliance.Checking;

/// <summary>The facts a rectification gives besides itself: its profile and its links to its problems (<see cref="FactLoader"/>).</summary>
/// <param name="Profile">The profile (the rectification with the values its rules join on).</param>
/// <param name="Links">One link per distinct problem it lists.</param>
internal readonly record struct RectificationFacts(RectificationProfile Profile, List<RectificationProblem> Links)
{
    public Rectification Rectification => Profile.Rectification;
}
