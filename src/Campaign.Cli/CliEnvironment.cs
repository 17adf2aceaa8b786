using System.Globalization;

namespace Campaign.Cli;

/// <summary>
/// What the tool needs to know about the process it runs in, so tests can run it in-process with a
/// fixed environment: whether standard output and error are terminals, the UI culture (default
/// language, with the locale variables) and today's date (default evaluation date when the dataset has none).
/// </summary>
/// <param name="OutputIsTerminal">Standard output is a terminal (default format <c>table</c>, else <c>json</c>).</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal (progress is shown only then).</param>
/// <param name="UiCulture">The UI culture: <c>zh*</c> selects Chinese, anything else English.</param>
/// <param name="Today">Today's local date.</param>
/// <param name="TerminalWidth">The width of the terminal in columns, used by the table format.</param>
/// <param name="LocaleVariables">The POSIX locale variables that are set (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>); none by default.</param>
internal sealed record CliEnvironment(
    bool OutputIsTerminal, bool ErrorIsTerminal, CultureInfo UiCulture, DateOnly Today, int TerminalWidth = 120, IReadOnlyDictionary<string, string>? LocaleVariables = null)
{
    /// <summary>The locale variables that choose the language, most binding first (POSIX: LC_ALL overrides LC_MESSAGES overrides LANG).</summary>
    public static readonly string[] LocaleVariableNames = ["LC_ALL", "LC_MESSAGES", "LANG"];

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

        // The tool is the application at the edge: it reads the clock once, here, through the system TimeProvider.
        var locale = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in LocaleVariableNames)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                locale[name] = value;
            }
        }

        return new CliEnvironment(outputIsTerminal, !Console.IsErrorRedirected, CultureInfo.CurrentUICulture,
            DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime), width, locale);
    }

    /// <summary>
    /// The language when <c>--lang</c> is not given: the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c> and <c>LANG</c> that is
    /// set decides (<c>zh*</c> gives Chinese, anything else, <c>C</c> included, English); with none set, the UI culture does.
    /// </summary>
    public Compliance.Findings.ReportLanguage DefaultLanguage
    {
        get
        {
            foreach (var name in LocaleVariableNames)
            {
                if (LocaleVariables is not null && LocaleVariables.TryGetValue(name, out var value) && value.Length > 0)
                {
                    return IsChinese(value);
                }
            }

            return IsChinese(UiCulture.Name);
        }
    }

    private static Compliance.Findings.ReportLanguage IsChinese(string locale) =>
        locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Compliance.Findings.ReportLanguage.Zh : Compliance.Findings.ReportLanguage.En;
}
