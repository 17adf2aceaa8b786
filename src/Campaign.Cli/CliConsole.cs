using Campaign.Cli.Messages;

namespace Campaign.Cli;

/// <summary>The streams and environment of one run of the tool, and the run-wide switches.</summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Stream input, CliEnvironment environment)
    {
        Output = output;
        Error = error;
        Input = input;
        Environment = environment;
    }

    /// <summary>Standard output: reports, and nothing else.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: errors, warnings and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input (the dataset when PATH is <c>-</c>).</summary>
    public Stream Input { get; }

    public CliEnvironment Environment { get; }

    /// <summary>The messages in the run's language (<c>--lang</c>, else the environment's); English until the command line is parsed.</summary>
    public CliText Text { get; set; } = CliText.English;

    /// <summary><c>--quiet</c>: no progress and no warnings.</summary>
    public bool Quiet { get; set; }

    /// <summary><c>--verbose</c>: details of internal errors, and timings.</summary>
    public bool Verbose { get; set; }

    /// <summary>Progress is shown only on a terminal's standard error, and never with <c>--quiet</c>.</summary>
    public bool ShowsProgress => Environment.ErrorIsTerminal && !Quiet;

    public void Warn(string message)
    {
        if (!Quiet)
        {
            Error.WriteLine(Text.Prefix + Text.Warning + message);
        }
    }

    public void Info(string message)
    {
        if (Verbose)
        {
            Error.WriteLine(Text.Prefix + message);
        }
    }

    /// <summary>A note on standard error that is not a warning but explains the outcome (the exit code, the date used); shown unless <c>--quiet</c>.</summary>
    public void Note(string message)
    {
        if (!Quiet)
        {
            Error.WriteLine(Text.Prefix + message);
        }
    }

    /// <summary>A line on standard error that is shown even with <c>--quiet</c> (it explains the exit code).</summary>
    public void Say(string message) => Error.WriteLine(Text.Prefix + message);
}
