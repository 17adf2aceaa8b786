using Campaign.Cli.Messages;

namespace Campaign.Cli.Tests.Messages;

public sealed class SystemReasonTests
{
    public static TheoryData<Exception, string> ChineseReasons => new()
    {
        { new FileNotFoundException("Could not find file '/x/a.json'.", "/x/a.json"), "找不到“/x/a.json”。" },
        { new FileNotFoundException("Could not find file."), "文件不存在。" },
        { new DirectoryNotFoundException("Could not find a part of the path."), "文件夹不存在。" },
        { new UnauthorizedAccessException("Access to the path is denied."), "没有访问权限。" },
        { new PathTooLongException("The path is too long."), "路径过长。" },
        { new FileLoadException("Could not load file or assembly 'Rules'."), "程序集无法加载（可能缺少它所依赖的文件，或版本不符）。" },
        { new IOException("Disk full.", unchecked((int)0x80070070)), "磁盘空间不足。" },
        { new IOException("The process cannot access the file because it is being used by another process.", unchecked((int)0x80070020)), "文件正被其他程序占用（例如已在 Excel 中打开）：请关闭后重试。" },
        { new IOException("Input/output error", 5), "系统报告错误（错误代码 5）。" },
    };

    [Theory]
    [MemberData(nameof(ChineseReasons))]
    public void ChineseSystemReason_OfACommonFailure_IsChineseWithoutTheSystemsEnglish(Exception error, string expected)
    {
        var reason = CliText.Chinese.SystemReason(error);

        reason.Should().Be(expected);
        reason.Should().NotContainAny(error.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.All(char.IsAsciiLetter)));
    }

    [Fact]
    public void ChineseSystemReason_OfAFullDiskOnUnix_IsDiskFull()
    {
        var reason = CliText.Chinese.SystemReason(new IOException("No space left on device", 28));

        reason.Should().Be(OperatingSystem.IsWindows() ? "系统报告错误（错误代码 28）。" : "磁盘空间不足。");
    }

    [Fact]
    public void EnglishSystemReason_OfAnyFailure_IsTheSystemsMessageOnOneLine()
    {
        var reason = CliText.English.SystemReason(new IOException("Input/output error\nwhile writing"));

        reason.Should().Be("Input/output error while writing");
    }
}
