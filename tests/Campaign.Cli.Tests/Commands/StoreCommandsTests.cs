using System.Text.Json.Nodes;
using Campaign.Cli.Tests.Builders;

namespace Campaign.Cli.Tests.Commands;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _files.Dispose();
    }

    [Fact]
    public void ImportThenExport_GivesTheDatasetBack()
    {
        var db = _files.Path_("ledger.db");

        var imported = CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db);
        var exported = CliRunner.Run("export", "--db", db);
        var viaFile = _files.Path_("out.json");
        var exportedToFile = CliRunner.Run("export", "--db", db, "--output", viaFile);

        imported.ExitCode.Should().Be(0, imported.Stderr);
        imported.Stdout.Should().StartWith("imported ").And.Contain("5 units, 6 people, 4 opinions, 13 problems, 9 rectifications");
        exported.ExitCode.Should().Be(0, exported.Stderr);
        JsonNode.DeepEquals(JsonNode.Parse(exported.Stdout), TestFiles.DistrictSmallJson()).Should().BeTrue();
        exportedToFile.ExitCode.Should().Be(0);
        File.ReadAllText(viaFile).Should().Be(exported.Stdout);
    }

    [Fact]
    public void CheckFromTheStore_GivesTheReportOfTheFile()
    {
        var db = _files.Path_("ledger.db");
        CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db).ExitCode.Should().Be(0);

        var fromStore = CliRunner.Run("check", "--db", db, "--format", "json", "--fail-on", "high", "--disable", "OVD-001");
        var fromFile = CliRunner.Run("check", TestFiles.DistrictSmall, "--format", "json", "--fail-on", "high", "--disable", "OVD-001");

        fromStore.ExitCode.Should().Be(fromFile.ExitCode);
        fromStore.Stdout.Should().NotBeEmpty().And.Be(fromFile.Stdout);
    }

    [Fact]
    public void Import_InvalidFile_ExitsTwoWithTheValidateErrorsAndLeavesTheStoreUnchanged()
    {
        var db = _files.Path_("ledger.db");
        CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db).ExitCode.Should().Be(0);
        var json = TestFiles.DistrictSmallJson();
        json["units"]![0]!.AsObject()["colour"] = "red";
        var bad = _files.Write("bad.json", json.ToJsonString());

        var import = CliRunner.Run("import", bad, "--db", db, "--replace");
        var validate = CliRunner.Run("validate", bad);
        var exported = CliRunner.Run("export", "--db", db);

        import.ExitCode.Should().Be(2);
        import.Stderr.Should().Contain("$.units[0].colour").And.Be(validate.Stderr);
        JsonNode.DeepEquals(JsonNode.Parse(exported.Stdout), TestFiles.DistrictSmallJson()).Should().BeTrue();
    }

    [Fact]
    public void Import_IntoAStoreThatHoldsADataset_NeedsReplace()
    {
        var db = _files.Path_("ledger.db");
        CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db).ExitCode.Should().Be(0);

        var again = CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db);
        var replaced = CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db, "--replace");

        again.ExitCode.Should().Be(2);
        again.Stderr.Should().Contain("already holds a dataset").And.Contain("--replace");
        replaced.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Import_IntoAStoreThatHoldsADatasetInChinese_SaysSoInChinese()
    {
        var db = _files.Path_("ledger.db");
        CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db).ExitCode.Should().Be(0);

        var again = CliRunner.Run("import", TestFiles.DistrictSmall, "--db", db, "--lang", "zh");

        again.ExitCode.Should().Be(2);
        again.Stderr.Trim().Should().Be($"campaign：{db}：存储中已有数据集；如要覆盖，请加 --replace 重新导入。");
    }

    [Fact]
    public void Check_StoreFileThatIsNoDatabaseInChinese_SaysSoInChinese()
    {
        var db = _files.Write("ledger.db", "not a database, just text");

        var check = CliRunner.Run("check", "--db", db, "--as-of", "2014-07-15", "--lang", "zh");

        check.ExitCode.Should().Be(2);
        check.Stderr.Trim().Should().Be($"campaign：无法使用存储{db}：这不是 SQLite 数据库文件。");
    }

    [Fact]
    public void Check_UnreachablePostgreSqlServer_ExitsTwoSayingItCannotConnect()
    {
        var check = CliRunner.Run("check", "--db", "Host=127.0.0.1;Port=1;Database=ledger;Username=clerk;Password=x", "--as-of", "2014-07-15", "--lang", "zh");

        check.ExitCode.Should().Be(2);
        check.Stderr.Should().Contain("无法连接数据库服务器").And.NotContain("Exception");
    }

    [Fact]
    public void ExportOrCheck_MissingStoreFile_ExitsTwoNamingIt()
    {
        var db = _files.Path_("none.db");

        var export = CliRunner.Run("export", "--db", db);
        var check = CliRunner.Run("check", "--db", db);

        export.ExitCode.Should().Be(2);
        export.Stderr.Should().Contain("none.db").And.Contain("no such store file");
        check.ExitCode.Should().Be(2);
        File.Exists(db).Should().BeFalse();
    }

    [Fact]
    public void Check_PathAndDb_IsAUsageError()
    {
        var result = CliRunner.Run("check", TestFiles.DistrictSmall, "--db", _files.Path_("ledger.db"));

        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("not both");
    }
}
