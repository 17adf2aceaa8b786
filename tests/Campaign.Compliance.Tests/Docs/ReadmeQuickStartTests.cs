using System.Diagnostics;
using System.Globalization;
using System.Text;
using Campaign.Domain.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Campaign.Compliance.Tests.Docs;

/// <summary>
/// Keeps the README's C# quick start honest: its <c>```csharp</c> block is compiled exactly as written (no usings,
/// variables or wrapping added; warnings fail the test) as a console program, and run as a process of its own from a
/// folder laid out like the repository, where it must print every finding and write its report.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void Readme_HasExactlyOneCSharpBlock()
    {
        CSharpBlockTexts(File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"))).Should().ContainSingle();
    }

    [Fact]
    public void QuickStart_CompilesAsWrittenAndRunsFromTheRepositoryLayout()
    {
        var code = CSharpBlockTexts(File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"))).Single();
        var program = Compile(code);
        var folder = Directory.CreateTempSubdirectory("campaign-readme-").FullName;
        try
        {
            // The block reads tests/TestData/district-small.json relative to the repository root: give it that layout.
            var data = Directory.CreateDirectory(Path.Combine(folder, "tests", "TestData")).FullName;
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json"), Path.Combine(data, "district-small.json"));

            var (exitCode, stdout, stderr) = Run(program, folder);

            exitCode.Should().Be(0, stderr);
            var expected = new ComplianceChecker(new ComplianceOptions { SatisfactionTarget = 0.85 })
                .Check(CampaignDatasetReader.ReadFile(Path.Combine(data, "district-small.json")), new DateOnly(2014, 7, 15));
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(expected.Findings.Count, "one line a finding");
            lines.Should().Contain(l => l.Contains(" OVD-001 R-03: ", StringComparison.Ordinal));
            var html = File.ReadAllText(Path.Combine(folder, "district-small.html"));
            html.Should().StartWith("<!DOCTYPE html>", "the quick start writes a complete HTML report").And.Contain("R-03");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            File.Delete(program);
            File.Delete(Path.ChangeExtension(program, ".runtimeconfig.json"));
        }
    }

    /// <summary>Compiles <paramref name="code"/> as it is into a console program beside the test's assemblies (which it references).</summary>
    private static string Compile(string code)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeQuickStart" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var path = Path.Combine(AppContext.BaseDirectory, compilation.AssemblyName + ".dll");
        using (var output = File.Create(path))
        {
            var result = compilation.Emit(output);
            var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
            problems.Should().BeEmpty("the README's C# block compiles as written, without warnings");
            result.Success.Should().BeTrue();
        }

        var version = Environment.Version;
        File.WriteAllText(Path.ChangeExtension(path, ".runtimeconfig.json"), string.Create(CultureInfo.InvariantCulture,
            $$"""{ "runtimeOptions": { "tfm": "net{{version.Major}}.{{version.Minor}}", "framework": { "name": "Microsoft.NETCore.App", "version": "{{version.Major}}.{{version.Minor}}.0" } } }"""));
        return path;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, string workingDirectory)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The <c>```csharp</c> blocks of a Markdown file, each exactly as written (lines joined with <c>\n</c>).</summary>
    internal static List<string> CSharpBlockTexts(string[] lines)
    {
        var blocks = new List<string>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null && line.Trim() == "```csharp")
            {
                current = [];
            }
            else if (current is not null && line.Trim() == "```")
            {
                blocks.Add(string.Join("\n", current));
                current = null;
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>The <c>```csharp</c> blocks of a Markdown file as their trimmed non-empty lines, for comparing a block with a source file.</summary>
    internal static List<List<string>> CSharpBlocks(string[] lines) =>
        CSharpBlockTexts(lines).Select(block => block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()).ToList();

    /// <summary>Whether <paramref name="block"/> appears, line for line, among the non-empty lines of <paramref name="source"/>.</summary>
    internal static bool ContainsRun(List<string> source, List<string> block)
    {
        var nonEmpty = source.Where(l => l.Length > 0).ToList();
        for (var start = 0; start + block.Count <= nonEmpty.Count; start++)
        {
            var all = true;
            for (var i = 0; i < block.Count && all; i++)
            {
                all = nonEmpty[start + i] == block[i];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Campaign.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
