using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Campaign.Cli.Input;
using Campaign.Cli.Messages;
using Campaign.Compliance;
using Campaign.Compliance.Findings;
using Campaign.Domain.Focus;
using Campaign.Domain.Serialization;

namespace Campaign.Cli;

/// <summary>
/// The tool as a function of its arguments and streams, so tests run it in-process: parses the command
/// line, runs the command and maps every outcome to an exit code (<see cref="ExitCodes"/>). Bad input and
/// usage give exit code 2 with every error on standard error and nothing on standard output; an unexpected
/// error gives exit code 3 with a one-line message (the stack trace only with <c>--verbose</c>).
/// </summary>
internal static class CampaignApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Standard output (reports).</param>
    /// <param name="stderr">Standard error (errors, warnings, progress).</param>
    /// <param name="stdin">Standard input (the dataset when PATH is <c>-</c>).</param>
    /// <param name="environment">The environment; default <see cref="CliEnvironment.Redirected"/> (output redirected, English, 2014-07-15).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Stream stdin, CliEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);

        // System.CommandLine words help and errors in the thread's UI culture: help stays English whatever the machine's
        // language (the run's language is chosen from the environment, below), and errors are worded on purpose.
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(args, stdout, stderr, stdin, environment);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int RunInvariant(string[] args, TextWriter stdout, TextWriter stderr, Stream stdin, CliEnvironment? environment)
    {
        var console = new CliConsole(stdout, stderr, stdin, environment ?? CliEnvironment.Redirected);
        var commandLine = new CampaignCommandLine(console);
        var parse = commandLine.Root.Parse(args);
        console.Quiet = parse.GetValue(commandLine.Quiet);
        console.Verbose = parse.GetValue(commandLine.Verbose);
        console.Text = CliText.For(parse.GetValue(commandLine.Language) switch
        {
            "zh" => ReportLanguage.Zh,
            "en" => ReportLanguage.En,
            _ => console.Environment.DefaultLanguage,
        });

        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            if (console.Text.Language == ReportLanguage.Zh)
            {
                // System.CommandLine words its errors in the UI culture; help is rendered later, on invocation, and stays English.
                parse = ParseIn(commandLine, args, ChineseCulture);
            }

            foreach (var error in parse.Errors)
            {
                // One error a line: System.CommandLine lists allowed values on lines of their own.
                stderr.WriteLine(console.Text.Prefix + Flatten(error.Message, console.Text));
            }

            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? "campaign" : "campaign " + command.Name;
            stderr.WriteLine(console.Text.SeeHelp(name));
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Fail(console, e);
        }
    }

    private static readonly CultureInfo ChineseCulture = CultureInfo.GetCultureInfo("zh-Hans");

    private static ParseResult ParseIn(CampaignCommandLine commandLine, string[] args, CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return commandLine.Root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>Reports a failure on standard error and returns its exit code.</summary>
    private static int Fail(CliConsole console, Exception e)
    {
        var text = console.Text;
        switch (e)
        {
            case CliInputException input:
                console.Error.WriteLine(text.Prefix + input.Message);
                foreach (var line in input.Errors)
                {
                    console.Error.WriteLine("  " + line);
                }

                return ExitCodes.InvalidInput;
            case DatasetValidationException invalid:
                return Fail(console, DatasetInput.Invalid(text.TheDataset, invalid, text));
            case ComplianceOptionsException options:
                return Fail(console, new CliInputException(text.RuleOptionsInvalid, InputErrorText.Lines(options.Errors, text), options));
            case FocusCatalogException catalog:
                return Fail(console, new CliInputException(text.FocusCatalogInvalid, InputErrorText.Lines(catalog.Errors, text), catalog));
            default:
                console.Error.WriteLine(text.Prefix + text.InternalError(e.GetType().Name, OneLine(e.Message), console.Verbose));
                if (console.Verbose)
                {
                    console.Error.WriteLine(e.ToString());
                }

                return ExitCodes.InternalError;
        }
    }

    private static string Flatten(string message, CliText text)
    {
        var parts = message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = parts.Length <= 1 ? message.Trim() : parts[0] + " " + string.Join(text.ListSeparator, parts[1..]);
        return text.Punctuate(line);
    }

    private static string OneLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end] + " …";
    }
}
