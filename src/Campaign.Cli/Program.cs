namespace Campaign.Cli;

/// <summary>The entry point of the <c>campaign</c> tool: wires the real console into <see cref="CampaignApp"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        return CampaignApp.Run(args, Console.Out, Console.Error, stdin, CliEnvironment.FromConsole());
    }
}
