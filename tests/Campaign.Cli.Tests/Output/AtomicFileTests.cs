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

        AtomicFile.WriteText(path, text => text.Write("整改 ok\n"));

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
        });

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllText(path).Should().Be("old report");
        Directory.GetFiles(_files.Folder).Should().ContainSingle().Which.Should().Be(path);
    }

    [Fact]
    public void Write_IntoAMissingFolder_IsAnInputError()
    {
        var path = Path.Combine(_files.Folder, "no", "such", "report.json");

        var act = () => AtomicFile.WriteText(path, text => text.Write("x"));

        act.Should().Throw<CliInputException>().WithMessage("*does not exist*");
    }
}
