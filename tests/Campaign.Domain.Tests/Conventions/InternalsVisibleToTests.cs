using System.Text.RegularExpressions;

namespace Campaign.Domain.Tests.Conventions;

/// <summary>
/// No shipped package opens its internals to another assembly than its own tests (conventions.md, "Layout"): what
/// another package, the CLI or the benchmarks need is public API. Checked over the source of every project in src/,
/// as an <c>InternalsVisibleTo</c> item of a project file or an assembly attribute in code.
/// </summary>
public partial class InternalsVisibleToTests
{
    [Fact]
    public void SourceProjects_OpenTheirInternalsOnlyToTestProjects()
    {
        var root = RepositoryRoot();
        var grants = Grants(Path.Combine(root, "src"));

        grants.Should().Contain(grant => grant.EndsWith(": Campaign.Domain.Tests", StringComparison.Ordinal), "the scan must see the grants that exist");
        grants.Where(grant => !IsTestProject(root, grant[(grant.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Should().BeEmpty("only the tests of a package may see its internals");
    }

    [Theory]
    [InlineData("<ItemGroup><InternalsVisibleTo Include=\"Campaign.Benchmarks\" /></ItemGroup>", "Campaign.Benchmarks")]
    [InlineData("<ItemGroup>\n  <InternalsVisibleTo\n    Include='Campaign.Cli' Key=\"00\" />\n</ItemGroup>", "Campaign.Cli")]
    [InlineData("<AssemblyAttribute Include=\"System.Runtime.CompilerServices.InternalsVisibleTo\"><_Parameter1>Campaign.Cli</_Parameter1></AssemblyAttribute>", "Campaign.Cli")]
    [InlineData("[assembly: InternalsVisibleTo(\"Campaign.Benchmarks\")]", "Campaign.Benchmarks")]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Campaign.Cli, PublicKey=00\")]", "Campaign.Cli")]
    public void Grants_FindsEveryWayOfNamingAnAssembly(string source, string expected)
    {
        GrantedAssemblies(source).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Campaign.Domain.Tests", true)]
    [InlineData("Campaign.Benchmarks", false)]
    [InlineData("Campaign.Cli", false)]
    [InlineData("Campaign.Nonexistent.Tests", false)]
    public void IsTestProject_AcceptsOnlyAProjectOfTheTestsFolder(string assembly, bool expected)
    {
        IsTestProject(RepositoryRoot(), assembly).Should().Be(expected);
    }

    /// <summary>Every assembly a file under <paramref name="src"/> opens its internals to, as "file: assembly".</summary>
    private static List<string> Grants(string src)
    {
        var grants = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj") || !(file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith(".props", StringComparison.Ordinal) || file.EndsWith(".targets", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var assembly in GrantedAssemblies(File.ReadAllText(file)))
            {
                grants.Add($"src/{relative.Replace(Path.DirectorySeparatorChar, '/')}: {assembly}");
            }
        }

        return grants;
    }

    private static List<string> GrantedAssemblies(string source)
    {
        var names = new List<string>();
        foreach (var pattern in new[] { ItemPattern(), AssemblyAttributeItemPattern(), AttributePattern() })
        {
            foreach (Match match in pattern.Matches(source))
            {
                names.Add(match.Groups["name"].Value.Split(',')[0].Trim());
            }
        }

        return names;
    }

    // A test assembly is one named *.Tests with its project in tests/<name>/<name>.csproj.
    private static bool IsTestProject(string root, string assembly) =>
        assembly.EndsWith(".Tests", StringComparison.Ordinal) && File.Exists(Path.Combine(root, "tests", assembly, assembly + ".csproj"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Campaign.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""<InternalsVisibleTo\s+Include\s*=\s*["'](?<name>[^"']+)["']""")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("""<AssemblyAttribute\s+Include\s*=\s*["'](System\.Runtime\.CompilerServices\.)?InternalsVisibleTo(Attribute)?["']\s*>\s*<_Parameter1>(?<name>[^<]+)</_Parameter1>""")]
    private static partial Regex AssemblyAttributeItemPattern();

    [GeneratedRegex("""\[\s*assembly\s*:\s*(System\.Runtime\.CompilerServices\.)?InternalsVisibleTo(Attribute)?\s*\(\s*"(?<name>[^"]+)"\s*\)\s*\]""")]
    private static partial Regex AttributePattern();
}
