using System.Text.RegularExpressions;

namespace Campaign.Domain.Tests.Docs;

/// <summary>
/// The user's guide describes the current state: no dated "Update" blocks or morning/evening sections, and a date of
/// our own time only in a table with a "measured on" column or in the name of a file under benchmarks/results/.
/// </summary>
public sealed partial class DocsCurrentStateTests
{
    public static TheoryData<string> Guides()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, path));
        }

        data.Add("README.md");
        data.Add("CONTRIBUTING.md");
        data.Add(Path.Combine("benchmarks", "README.md"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Guide_AsCommitted_HasNoDatedNarrative(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath));

        DatedNarrativeLines(text).Should().BeEmpty($"{relativePath} describes the current state; history goes to benchmarks/results/ and git");
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Guide_AsCommitted_CitesNoUnpublishedDocument(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), relativePath));

        lines.Where(line => UnpublishedDocument().IsMatch(line)).Should().BeEmpty(
            $"{relativePath} is read by users, who have the repository but not the project's specification notes");
    }

    [Fact]
    public void UnpublishedDocument_SpecificationReferences_AreFound()
    {
        string[] lines =
        [
            "The exact meaning is the contract `shared/contracts/rules.md`.",
            "See [the notes](../shared/domain/domain-notes.md).",
            "Sources: OVD-003 seed 001, domain notes R12.",
            "A shared string pool; see docs/rules.md and results/2026-12-06-store.md.",
        ];

        lines.Where(line => UnpublishedDocument().IsMatch(line)).Should().Equal(lines[0], lines[1], lines[2]);
    }

    [Fact]
    public void DatedNarrativeLines_UpdateBlocksAndLooseDates_AreFound()
    {
        const string Text = """
            # Costs
            ## Update (2026-12-04, midday)
            The check now takes 9 s (morning).
            Measured on 2026-12-06 on main.
            See `benchmarks/results/2026-12-06-province-end-to-end.md`.
            | case | time | measured on |
            |---|---|---|
            | province | 10.7 s | 2026-12-06, 2 cores |

            | case | time |
            |---|---|
            | county | 2026-12-05 |
            As of 2014-07-15 the sample has 61 findings.
            """;

        DatedNarrativeLines(Text).Should().Equal(
            "## Update (2026-12-04, midday)",
            "The check now takes 9 s (morning).",
            "Measured on 2026-12-06 on main.",
            "| county | 2026-12-05 |");
    }

    // A line is dated narrative when it announces an update or a time of day, or carries a date from 2020 on
    // outside a "measured on" table and outside a results/ file name. Example dates of the data (2014) are fine.
    private static List<string> DatedNarrativeLines(string markdown)
    {
        var found = new List<string>();
        var tableAllowsDates = false;
        var inTable = false;
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            var isTableRow = line.StartsWith('|');
            if (isTableRow && !inTable)
            {
                tableAllowsDates = line.Contains("measured on", StringComparison.OrdinalIgnoreCase);
            }

            inTable = isTableRow;
            if (UpdateMarker().IsMatch(line) || TimeOfDay().IsMatch(line))
            {
                found.Add(line);
                continue;
            }

            var withoutResultFiles = ResultFileName().Replace(line, string.Empty);
            if (RecentDate().IsMatch(withoutResultFiles) && !(isTableRow && tableAllowsDates))
            {
                found.Add(line);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\bshared/(contracts|domain|examples|seeds)\b|domain[- ]notes|\bseed 00\d", RegexOptions.IgnoreCase)]
    private static partial Regex UnpublishedDocument();

    [GeneratedRegex(@"\bupdated?\b[^\n]{0,40}\(\s*20\d\d-\d\d-\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateMarker();

    [GeneratedRegex(@"\((morning|midday|afternoon|evening)\)|^#+.*\b(morning|midday|afternoon|evening)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"results/20\d\d-\d\d-\d\d[^\s`)|]*")]
    private static partial Regex ResultFileName();

    [GeneratedRegex(@"\b20[2-9]\d-[01]\d-[0-3]\d\b")]
    private static partial Regex RecentDate();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Campaign.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
