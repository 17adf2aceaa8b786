using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;

namespace Campaign.Cli.Commands;

/// <summary>The contract's lower-case names of families and severities.</summary>
internal static class Names
{
    public static string Family(RuleFamily family) => family.ToString().ToLowerInvariant();

    public static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();
}
