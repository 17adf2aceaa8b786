using Campaign.Cli.Messages;
using Campaign.Cli.Output;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void WriteText_WritesUtf8WithoutByteOrderMark()
    {
        var path = _files.Path_("report.txt");

        AtomicFile.WriteText(path, text => text.Write("整改 ok\n"), CliText.English);

        File.ReadAllBytes(path).Should().Equal(new System.Text.UTF8Encoding(false).GetBytes("整改 ok\n"));
    }

    [Fact]
    public void Write_WhenTheWriterFails_LeavesTheOldFileAndNoTemporaryFile()
    {
        var path = _files.Write("report.json", "old report");

        var act = () => AtomicFile.WriteText(path, text =>
        {
            text.Write("half a rep");
            text.Flush();
            throw new InvalidOperationException("disk full");
        }, CliText.English);

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("old report");
        Directory.GetFiles(_files.Folder).Should().ContainSingle().Which.Should().Be(path);
    }

    [Fact]
    public void Write_IntoAMissingFolder_IsAnInputError()
    {
        var path = Path.Combine(_files.Folder, "no", "such", "report.json");

        var act = () => AtomicFile.WriteText(path, text => text.Write("x"), CliText.English);

        act.Should().Throw<CliInputException>().WithMessage("*does not exist*");
    }

    [Fact]
    public void Write_IntoAMissingFolderInChinese_SaysSoInChinese()
    {
        var folder = Path.Combine(_files.Folder, "no");
        var path = Path.Combine(folder, "report.json");

        var act = () => AtomicFile.WriteText(path, text => text.Write("x"), CliText.Chinese);

        act.Should().Throw<CliInputException>().Which.Message.Should().Be($"无法写入“{path}”：文件夹“{folder}”不存在。");
    }

    [Fact]
    public void Write_OntoAFolder_IsAnInputErrorInTheReportLanguage()
    {
        var act = () => AtomicFile.WriteText(_files.Folder, text => text.Write("x"), CliText.Chinese);

        act.Should().Throw<CliInputException>().Which.Message.Should().EndWith("：这是一个文件夹。");
    }

    [Fact]
    public void Write_WhenTheSystemRefuses_IsAnInputErrorWithTheReason()
    {
        var path = _files.Path_("report.json");

        var act = () => AtomicFile.WriteText(path, _ => throw new IOException("No space left on device", 28), CliText.Chinese);

        act.Should().Throw<CliInputException>().Which.Message.Should().Be($"无法写入“{path}”：磁盘空间不足。");
        Directory.GetFiles(_files.Folder).Should().BeEmpty();
    }
}
