using System.Text.Json.Nodes;

namespace Campaign.Cli.Tests.Builders;

/// <summary>Paths of the shared test data and a scratch folder per test, removed when disposed.</summary>
internal sealed class TestFiles : IDisposable
{
    public TestFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "campaign-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public static string DistrictSmall => Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json");

    public static string DistrictSmallExpected => Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.expected.json");

    public string Folder { get; }

    /// <summary>The small example as a mutable JSON tree.</summary>
    public static JsonObject DistrictSmallJson() => JsonNode.Parse(File.ReadAllText(DistrictSmall))!.AsObject();

    public string Path_(string name) => Path.Combine(Folder, name);

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A scratch folder left behind in the temp folder is harmless.
        }
    }
}
