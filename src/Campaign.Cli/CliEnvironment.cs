using System.Globalization;

namespace Campaign.Cli;

/// <summary>
/// What the tool needs to know about the process it runs in, so tests can run it in-process with a
/// fixed environment: whether standard output and error are terminals, the UI culture (default
/// language) and today's date (default evaluation date when the dataset has none).
/// </summary>
/// <param name="OutputIsTerminal">Standard output is a terminal (default format <c>table</c>, else <c>json</c>).</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal (progress is shown only then).</param>
/// <param name="UiCulture">The UI culture: <c>zh*</c> selects Chinese, anything else English.</param>
/// <param name="Today">Today's local date.</param>
/// <param name="TerminalWidth">The width of the terminal in columns, used by the table format.</param>
internal sealed record CliEnvironment(bool OutputIsTerminal, bool ErrorIsTerminal, CultureInfo UiCulture, DateOnly Today, int TerminalWidth = 120)
{
    /// <summary>An environment for tests: output redirected, English, a fixed date.</summary>
    public static CliEnvironment Redirected { get; } =
        new(false, false, CultureInfo.InvariantCulture, new DateOnly(2014, 7, 15));

    /// <summary>The environment of the real console.</summary>
    /// <returns>The process's environment.</returns>
    public static CliEnvironment FromConsole()
    {
        var outputIsTerminal = !Console.IsOutputRedirected;
        var width = 120;
        if (outputIsTerminal)
        {
            try
            {
                width = Math.Max(60, Console.WindowWidth);
            }
            catch (IOException)
            {
                // No usable terminal size (e.g. a pseudo-terminal without one): keep the default.
            }
        }

        // The tool is an application, not a library: reading the clock here is its job.
        return new CliEnvironment(outputIsTerminal, !Console.IsErrorRedirected, CultureInfo.CurrentUICulture,
            DateOnly.FromDateTime(DateTime.Now), width);
    }
}
