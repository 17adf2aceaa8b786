using System.Text.RegularExpressions;
using Campaign.Domain.Input;

namespace Campaign.Domain.Tests.Docs;

/// <summary>Keeps the option errors of docs/rules.md complete: every options and user rule class code with an example in the library's words.</summary>
public sealed partial class OptionErrorsDocTests
{
    private static readonly string[] Rows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rules.md"));

    public static TheoryData<InputErrorCode> OptionCodes() => [.. Enum.GetValues<InputErrorCode>().Where(c => (int)c >= 200)];

    [Theory]
    [MemberData(nameof(OptionCodes))]
    public void EveryOptionCode_IsListedWithTheLibrarysWording(InputErrorCode code)
    {
        var row = Rows.FirstOrDefault(l => l.StartsWith($"| `{code}` |", StringComparison.Ordinal));

        row.Should().NotBeNull($"{code} has a row in the option errors of rules.md");
        ExampleLine().IsMatch(row!).Should().BeTrue($"the row of {code} shows an example error line: {row}");
        var fixedStart = new InputError("$", null, null, code, "ARG0", "ARG1", "ARG2", "ARG3", "ARG4").Message.Split("ARG")[0];
        if (fixedStart.Length >= 8)
        {
            row.Should().Contain(fixedStart, $"the example of {code} starts as the library's message does");
        }
    }

    [GeneratedRegex(@"`[^`\s]+( \(line \d+, position \d+\))?: [^`]+`")]
    private static partial Regex ExampleLine();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Campaign.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
