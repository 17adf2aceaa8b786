using Campaign.Compliance.Findings;
using Campaign.Compliance.Reporting;
using Campaign.Domain.Serialization;

namespace Campaign.Compliance.Tests.Docs;

/// <summary>
/// Keeps the README's C# quick start honest: the block is compiled and run here, and a test checks that every
/// <c>```csharp</c> block of README.md appears, line for line, in this file.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_ChecksTheExampleAndWritesAnHtmlReport()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json");
        var outputFolder = Directory.CreateTempSubdirectory("campaign-readme-").FullName;
        try
        {
            var report = QuickStart(path, outputFolder);

            report.AsOf.Should().Be(new DateOnly(2014, 7, 15));
            report.Findings.Should().Contain(f => f.RuleId == "OVD-001" && f.SubjectId == "R-03");
            var html = File.ReadAllText(Path.Combine(outputFolder, "report.html"));
            html.Should().StartWith("<!DOCTYPE html>", "the quick start writes a complete HTML report")
                .And.Contain("R-03");
        }
        finally
        {
            Directory.Delete(outputFolder, recursive: true);
        }
    }

    [Fact]
    public void Readme_EveryCSharpBlock_IsCompiledInThisFile()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var source = File.ReadAllLines(Path.Combine(root, "tests", "Campaign.Compliance.Tests", "Docs", "ReadmeQuickStartTests.cs"))
            .Select(l => l.Trim())
            .ToList();

        var blocks = CSharpBlocks(readme);

        blocks.Should().NotBeEmpty("the README has a C# quick start");
        foreach (var block in blocks)
        {
            ContainsRun(source, block).Should().BeTrue($"the README block starting '{block[0]}' must be compiled in ReadmeQuickStartTests.cs");
        }
    }

    private static ComplianceReport QuickStart(string path, string outputFolder)
    {
        var dataset = CampaignDatasetReader.ReadFile(path);
        var checker = new ComplianceChecker(new ComplianceOptions { SatisfactionTarget = 0.85 });
        var report = checker.Check(dataset, new DateOnly(2014, 7, 15));

        foreach (var finding in report.Findings)
        {
            Console.WriteLine($"{finding.UnitId} {finding.RuleId} {finding.SubjectId}: {finding.Message(ReportLanguage.En)}");
        }

        var html = ReportWriter.Create(ReportFormat.Html, ReportLanguage.Zh).WriteToString(report, dataset);
        File.WriteAllText(Path.Combine(outputFolder, "report.html"), html);
        return report;
    }

    internal static List<List<string>> CSharpBlocks(string[] lines)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null && line.Trim() == "```csharp")
            {
                current = [];
            }
            else if (current is not null && line.Trim() == "```")
            {
                blocks.Add(current);
                current = null;
            }
            else if (current is not null && line.Trim().Length > 0)
            {
                current.Add(line.Trim());
            }
        }

        return blocks;
    }

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
