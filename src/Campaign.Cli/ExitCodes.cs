namespace Campaign.Cli;

/// <summary>The exit codes of the tool (cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>The command ran, and no finding reached <c>--fail-on</c>.</summary>
    public const int Ok = 0;

    /// <summary>Findings reached the <c>--fail-on</c> severity.</summary>
    public const int FindingsReachedFailOn = 1;

    /// <summary>Invalid input or usage: the errors went to standard error, nothing to the report output.</summary>
    public const int InvalidInput = 2;

    /// <summary>An unexpected internal error (a bug): a one-line message, details with <c>--verbose</c>.</summary>
    public const int InternalError = 3;
}
