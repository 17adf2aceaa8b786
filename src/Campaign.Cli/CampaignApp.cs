using System.CommandLine;
using System.CommandLine.Help;
using Campaign.Cli.Input;
using Campaign.Compliance;
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
        var console = new CliConsole(stdout, stderr, stdin, environment ?? CliEnvironment.Redirected);
        var commandLine = new CampaignCommandLine(console);
        var parse = commandLine.Root.Parse(args);
        console.Quiet = parse.GetValue(commandLine.Quiet);
        console.Verbose = parse.GetValue(commandLine.Verbose);

        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                // One error a line: System.CommandLine lists allowed values on lines of their own.
                stderr.WriteLine("campaign: " + Flatten(error.Message));
            }

            var command = parse.CommandResult.Command;
            var name = command is RootCommand ? "campaign" : "campaign " + command.Name;
            stderr.WriteLine($"Run '{name} --help' for its usage.");
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

    /// <summary>Reports a failure on standard error and returns its exit code.</summary>
    private static int Fail(CliConsole console, Exception e)
    {
        switch (e)
        {
            case CliInputException input:
                console.Error.WriteLine("campaign: " + input.Message);
                foreach (var line in input.Errors)
                {
                    console.Error.WriteLine("  " + line);
                }

                return ExitCodes.InvalidInput;
            case DatasetValidationException invalid:
                return Fail(console, DatasetInput.Invalid("the dataset", invalid));
            case ComplianceOptionsException options:
                return Fail(console, new CliInputException("the rule options are invalid:", options.Errors, options));
            case FocusCatalogException catalog:
                return Fail(console, new CliInputException("the focus catalog is invalid: " + OneLine(catalog.Message), catalog));
            default:
                if (console.Verbose)
                {
                    console.Error.WriteLine($"campaign: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
                    console.Error.WriteLine(e.ToString());
                }
                else
                {
                    console.Error.WriteLine($"campaign: internal error ({e.GetType().Name}): {OneLine(e.Message)} (run with --verbose for details)");
                }

                return ExitCodes.InternalError;
        }
    }

    private static string Flatten(string message)
    {
        var parts = message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length <= 1 ? message.Trim() : parts[0] + " " + string.Join(", ", parts[1..]);
    }

    private static string OneLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end] + " …";
    }
}
