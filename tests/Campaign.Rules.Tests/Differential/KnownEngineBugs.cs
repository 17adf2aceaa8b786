namespace Campaign.Rules.Tests.Differential;

/// <summary>
/// Engine bugs the differential test found, each with a skipped regression test in <see cref="EngineBugRegressionTests"/>.
/// While a flag is true the oracle reproduces the bug, so that the random test keeps checking everything else; when
/// the engine is fixed, set the flag to false and remove the Skip.
/// </summary>
internal static class KnownEngineBugs
{
    /// <summary>
    /// A Collect whose collection is empty before and after an update of a fact bound earlier in the match (the
    /// customer) does not update its activation, so a fired Repeatable rule does not fire again.
    /// </summary>
    public static bool EmptyCollectIgnoresUpdate => true;
}
