namespace Campaign.Rules.Tests.Docs;

/// <summary>
/// Keeps docs/engine.md and its compiled examples together: every <c>```csharp</c> block of the guide must appear in
/// EngineGuideExamples.cs line for line (the whole block shifted by one indentation, as when it sits in a method).
/// </summary>
public sealed class EngineGuideDocumentTests
{
    [Fact]
    public void EveryCSharpBlockOfTheGuide_AppearsVerbatimInTheCompiledExamples()
    {
        // Arrange
        var root = RepositoryRoot();
        var guide = File.ReadAllLines(Path.Combine(root, "docs", "engine.md"));
        var examples = File.ReadAllLines(Path.Combine(root, "tests", "Campaign.Rules.Tests", "Docs", "EngineGuideExamples.cs"));

        // Act
        var blocks = CSharpBlocks(guide);
        var missing = blocks.Where(block => !AppearsIn(block, examples)).Select(block => block[0]).ToList();

        // Assert
        blocks.Should().HaveCountGreaterThan(10, "the guide shows every construct with an example");
        missing.Should().BeEmpty("each block of docs/engine.md must be copied from EngineGuideExamples.cs (first lines of the blocks not found are listed)");
    }

    [Fact]
    public void CSharpBlocks_OfAMarkdownText_AreFoundAndCompared()
    {
        // Arrange: a block that is in the file with 8 spaces of indentation, and one that is not
        string[] markdown = ["text", "```csharp", "var x = 1;", "", "x++;", "```", "```csharp", "var y = 2;", "```"];
        string[] file = ["class C", "{", "        var x = 1;", "", "        x++;", "}"];

        // Act
        var blocks = CSharpBlocks(markdown);

        // Assert
        blocks.Should().HaveCount(2);
        AppearsIn(blocks[0], file).Should().BeTrue();
        AppearsIn(blocks[1], file).Should().BeFalse();
    }

    private static List<string[]> CSharpBlocks(string[] lines)
    {
        var blocks = new List<string[]>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null)
            {
                if (line.Trim() == "```csharp")
                {
                    current = new List<string>();
                }
            }
            else if (line.Trim() == "```")
            {
                blocks.Add(current.ToArray());
                current = null;
            }
            else
            {
                current.Add(line);
            }
        }

        return blocks;
    }

    private static bool AppearsIn(string[] block, string[] file)
    {
        if (block.Length == 0)
        {
            return false;
        }

        for (var start = 0; start + block.Length <= file.Length; start++)
        {
            var first = file[start];
            if (!first.EndsWith(block[0], StringComparison.Ordinal) || block[0].Length == 0)
            {
                continue;
            }

            var indent = first[..^block[0].Length];
            if (indent.Trim().Length != 0)
            {
                continue;
            }

            var all = true;
            for (var i = 0; i < block.Length && all; i++)
            {
                var expected = block[i].Length == 0 ? string.Empty : indent + block[i];
                all = file[start + i] == expected;
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Campaign.Domain.sln) was not found above " + AppContext.BaseDirectory);
    }
}
