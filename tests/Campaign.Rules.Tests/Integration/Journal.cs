namespace Campaign.Rules.Tests.Integration;

public sealed class Journal
{
    public List<string> Lines { get; } = new();
}
