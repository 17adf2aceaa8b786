using System.CommandLine;
using Campaign.Cli.Output;
using Campaign.Domain.Serialization;

namespace Campaign.Cli.Commands;

/// <summary><c>campaign schema [--output FILE]</c>: the JSON Schema of <c>campaign-dataset/1</c> that ships with the library.</summary>
internal sealed class SchemaCommand(CliConsole console, CampaignCommandLine commandLine, Option<string?> output) : CommandBase(console, commandLine)
{
    /// <summary>The command with its option, ready to add to the root command.</summary>
    public static Command Create(CliConsole console, CampaignCommandLine commandLine)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the schema to FILE (atomically). Default: standard output.",
            HelpName = "FILE",
        };
        var command = new Command("schema", $"Print the JSON Schema (draft 2020-12) of the campaign-dataset/1 format, for editors to validate datasets against (save it as {CampaignDatasetSchema.FileName}).")
        {
            output,
        };
        command.SetAction(parse => new SchemaCommand(console, commandLine, output).Run(parse));
        return command;
    }

    public override int Run(ParseResult parse)
    {
        var path = parse.GetValue(output);
        if (path is null)
        {
            using var stdout = new TextWriterStream(Console.Output);
            CampaignDatasetSchema.WriteTo(stdout);
            stdout.Flush();
        }
        else
        {
            AtomicFile.Write(path, CampaignDatasetSchema.WriteTo, Text);
        }

        return ExitCodes.Ok;
    }
}
