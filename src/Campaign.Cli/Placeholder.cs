namespace Campaign.Cli;

internal static class Placeholder
{
    // The command line lands with its own issue; until then the tool only says so.
    private static int Main()
    {
        Console.Error.WriteLine("campaign: the command line is not built yet.");
        return 3;
    }
}
