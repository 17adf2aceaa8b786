using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Campaign.Compliance.Findings;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Campaign.Cli.Messages;

/// <summary>The command line's messages in Chinese, with full-width punctuation.</summary>
internal sealed class ChineseCliText : CliText
{
    public override ReportLanguage Language => ReportLanguage.Zh;

    public override string Prefix => "campaign：";

    public override string Warning => "警告：";

    public override string Colon => "：";

    public override string ClauseSeparator => "；";

    public override string ListSeparator => "、";

    public override string Punctuate(string message)
    {
        // A colon after a Chinese character becomes full-width, and the space that followed it goes.
        var text = new System.Text.StringBuilder(message.Length);
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] == ':' && i > 0 && message[i - 1] >= '\u2E80')
            {
                text.Append('：');
                if (i + 1 < message.Length && message[i + 1] == ' ')
                {
                    i++;
                }
            }
            else
            {
                text.Append(message[i]);
            }
        }

        return text.ToString();
    }

    public override string Quote(string name) => "“" + name + "”";

    public override string SeeHelp(string command) => $"运行“{command} --help”查看用法。";

    public override string InternalError(string type, string message, bool verbose) =>
        verbose ? $"内部错误（{type}）：{message}" : $"内部错误（{type}）：{message}（加 --verbose 查看详情）";

    public override string RuleOptionsInvalid => "规则选项无效：";

    public override string FocusCatalogInvalid => "重点问题目录无效：";

    public override string SampleName => "〈示例数据：魏都区 2014〉";

    public override string TheDataset => "数据集";

    public override string PollIntervalOutOfRange => "--poll-interval：请给出 10 到 3600000 之间的毫秒数。";

    public override string UntilIdleNegative => "--until-idle：请给出秒数，0 或更大。";

    public override string MaxChangesBelowOne => "--max-changes：请给出变化条数，1 或更大。";

    public override string NotADate(string token) => $"--as-of：“{token}”不是 yyyy-MM-dd 格式的有效日期（例如 2014-07-15）。";

    public override string StandardInputName => "〈标准输入〉";

    public override string Reading(string name) => "正在读取" + name;

    public override string DatasetInvalid(string name, int errors, int listed) => listed < errors
        ? Invariant($"数据集“{name}”无效（共 {errors:N0} 处错误，列出前 {listed:N0} 处）：")
        : Invariant($"数据集“{name}”无效（{errors:N0} 处错误）：");

    public override string Location(int? line, int? position) => (line, position) switch
    {
        ({ } l, { } p) => Invariant($"（第 {l} 行，第 {p} 个字节）"),
        ({ } l, null) => Invariant($"（第 {l} 行）"),
        _ => string.Empty,
    };

    public override string NoSuchFile(string name) => $"无法读取“{name}”：文件不存在。";

    public override string CannotRead(string name, string reason) => $"无法读取“{name}”：{reason}";

    public override string IsAFolder(string name) => $"无法读取“{name}”：这是文件夹，不是数据集文件。";

    public override string UnknownOption(string token) => $"未知选项“{token}”；运行“campaign --help”查看命令和选项。";

    public override string PathAndDb(string path) => $"数据集路径和 --db 只能给出一个（现在同时给出了“{path}”和 --db）。";

    public override string NoSuchStore(string db) => $"--db：无法读取“{db}”：存储文件不存在（用 campaign import FILE --db {db} 创建）。";

    public override string SqliteStore => "SQLite 存储";

    public override string PostgresStore(string database, string host) => $"{host} 上的 PostgreSQL 数据库“{database}”";

    public override string StoreFailed(string name, string message) => $"无法使用存储{name}：{message}";

    public override string StoreEmpty(string name) => $"{name}：存储中还没有数据集：请先导入（campaign import FILE --db …）。";

    public override string StoreHoldsDataset(string name) => $"{name}：存储中已有数据集；如要覆盖，请加 --replace 重新导入。";

    // SQLite's result codes and PostgreSQL's SQLSTATE name the cause; their wording is English.
    public override string DatabaseReason(DbException error) => error switch
    {
        SqliteException { SqliteErrorCode: 26 } => "这不是 SQLite 数据库文件。",
        SqliteException { SqliteErrorCode: 11 } => "数据库文件已损坏。",
        SqliteException { SqliteErrorCode: 5 or 6 } => "存储正被其他程序使用：请稍后重试。",
        SqliteException { SqliteErrorCode: 8 } => "存储是只读的。",
        SqliteException { SqliteErrorCode: 13 } => "磁盘空间不足。",
        SqliteException { SqliteErrorCode: 14 } => "无法打开存储文件。",
        SqliteException { SqliteErrorCode: 1 } => "这个数据库不是本工具的存储，或其结构不符。",
        SqliteException sqlite => Invariant($"SQLite 报告错误（错误代码 {sqlite.SqliteErrorCode}）。"),
        PostgresException { SqlState: "28P01" or "28000" } => "数据库拒绝登录：请检查用户名和密码。",
        PostgresException { SqlState: "3D000" } => "数据库不存在。",
        PostgresException postgres => $"PostgreSQL 报告错误（SQLSTATE {postgres.SqlState}）。",
        NpgsqlException { InnerException: SocketException or TimeoutException } => "无法连接数据库服务器：请检查主机、端口和服务器是否在运行。",
        _ => Invariant($"数据库报告错误（错误代码 {error.ErrorCode}）。"),
    };

    public override string Importing(string store) => "正在导入" + store;

    public override string Imported(string name, string store, string counts) => $"已将{name}导入{store}：{counts}";

    public override string ImportedIn(long milliseconds) => Invariant($"导入用时 {milliseconds} 毫秒");

    public override string Generating(string preset) => "正在生成" + preset switch
    {
        "district" => "区级数据集",
        "county" => "县级数据集",
        "province" => "省级数据集",
        _ => preset,
    };

    public override string Writing => "正在写入";

    public override string Generated(int problems, int rectifications, int opinions, long milliseconds) =>
        Invariant($"已生成查摆问题 {problems} 个、整改事项 {rectifications} 项、意见建议 {opinions} 条，用时 {milliseconds} 毫秒");

    public override string Valid(string name, string counts) => $"有效：{name}：{counts}";

    public override string Counts(int units, int people, int opinions, int problems, int rectifications) =>
        Invariant($"单位 {units} 个，人员 {people} 名，意见建议 {opinions} 条，查摆问题 {problems} 个，整改事项 {rectifications} 项");

    public override string Checking => "正在核查";

    public override string WritingReport => "正在写出报告";

    public override string ReadIn(string name, long milliseconds, string gc) => Invariant($"读取{name}用时 {milliseconds} 毫秒{gc}");

    public override string CheckedIn(DateOnly asOf, string engine, long milliseconds, int findings, string gc) =>
        Invariant($"以 {asOf:yyyy-MM-dd} 为核查日期、在 {engine} 引擎上核查用时 {milliseconds} 毫秒：核查发现 {findings} 条{gc}");

    public override string WroteIn(string format, long milliseconds, string gc) => Invariant($"写出 {format} 报告用时 {milliseconds} 毫秒{gc}");

    public override string GcNote(int gen0, int gen1, int gen2, double pausedMilliseconds) =>
        Invariant($"（垃圾回收：第 0/1/2 代各 {gen0}/{gen1}/{gen2} 次，暂停 {pausedMilliseconds:0} 毫秒）");

    public override string RuleFailed(string rule, string phase, string message) =>
        $"规则 {rule} 运行出错（{(phase == "condition" ? "条件" : phase == "action" ? "动作" : phase)}：{message}）；其核查发现可能不全。";

    public override string OptionsFileInvalid(string path) => $"选项文件“{path}”无效：";

    public override string OptionsFileMissing(string path) => $"--options：无法读取“{path}”：文件不存在。";

    public override string OptionsFileUnreadable(string path, string reason) => $"--options：无法读取“{path}”：{reason}";

    public override string UnknownFocusLists(IReadOnlyList<string> unknown, IEnumerable<string> known) =>
        $"--focus：未知的重点问题清单{QuoteAll(unknown)}；已有清单：{string.Join("、", known)}。";

    public override string UnknownDisabledRules(IReadOnlyList<string> unknown) =>
        $"--disable：未知的规则编号{QuoteAll(unknown)}；“campaign rules”列出全部编号。";

    public override string AsOfToday(DateOnly today) =>
        Invariant($"数据集没有 campaign.asOf，也没有给出 --as-of：按今天（{today:yyyy-MM-dd}）核查。");

    public override string AsOfOutsideCampaign(DateOnly asOf, AsOfSource source, DateOnly start, DateOnly end)
    {
        var what = source switch
        {
            AsOfSource.Option => Invariant($"--as-of {asOf:yyyy-MM-dd} "),
            AsOfSource.Dataset => Invariant($"数据集的 campaign.asOf（{asOf:yyyy-MM-dd}）"),
            _ => Invariant($"今天的日期（{asOf:yyyy-MM-dd}，数据集没有 campaign.asOf）"),
        };
        var side = asOf < start ? Invariant($"早于活动开始日期（{start:yyyy-MM-dd}）") : Invariant($"晚于活动结束日期（{end:yyyy-MM-dd}）");
        var fix = source == AsOfSource.Option ? "请给出活动期间内的日期" : "请用 --as-of 给出活动期间内的日期";
        return $"{what}{side}，按这一天判断时限没有意义；{fix}，或加 --force-as-of 仍按该日期核查。";
    }

    public override string FailOnReached(int count, FindingSeverity level, string where) =>
        Invariant($"{count} 条核查发现达到或高于“{ComplianceTerms.Name(level, ReportLanguage.Zh)}”级（--fail-on {ComplianceTerms.Name(level, ReportLanguage.En)}）：退出码为 1；报告已写到{where}。");

    public override string FailOnNotReached(FindingSeverity level, string where) =>
        $"没有达到或高于“{ComplianceTerms.Name(level, ReportLanguage.Zh)}”级的核查发现（--fail-on {ComplianceTerms.Name(level, ReportLanguage.En)}）；报告已写到{where}。";

    public override string WorkbookNeedsOutput => "--format xlsx 生成的是 Excel 工作簿（二进制文件），请用 --output 指定文件，例如 --output 报告.xlsx。";

    public override string MonitorFollowing(string store, long sequence, int findings, DateOnly asOf) =>
        string.Create(CultureInfo.InvariantCulture, $"正在跟踪{store}，自第 {sequence} 号变更起：截至 {asOf:yyyy-MM-dd} 共 {findings} 条核查发现；按 Ctrl+C 停止。");

    public override string MonitorChange(long sequence, string recordType, string recordId, string change, int added, int removed) =>
        change == "DatasetImported"
            ? string.Create(CultureInfo.InvariantCulture, $"第 {sequence} 号变更　数据集重新导入：核查发现 +{added} -{removed}")
            : string.Create(CultureInfo.InvariantCulture, $"第 {sequence} 号变更　{RecordKind(recordType)} {recordId}　{ChangeName(change)}：核查发现 +{added} -{removed}");

    private static string ChangeName(string change) => change switch
    {
        "Added" => "新增",
        "Removed" => "删除",
        "RectificationStarted" => "开始整改",
        "RectificationCompleted" => "整改完成",
        "RectificationClosedOff" => "整改销号",
        "RectificationEvaluated" => "整改评议",
        "RectificationRescheduled" => "调整整改时限",
        "RectificationDeadlineSet" => "设定整改时限",
        "RectificationEvidenceAdded" => "补充佐证材料",
        "RectificationResponsiblePersonAssigned" => "明确责任人",
        "RectificationResponsibleUnitAssigned" => "明确责任单位",
        "OpinionClaimed" => "认领意见",
        "OpinionReportedBack" => "反馈办理结果",
        "WeakLaxPlanAdopted" => "制定整顿方案",
        "WeakLaxTeamStaffed" => "配齐配强班子",
        "WeakLaxFirstSecretaryAssigned" => "选派第一书记",
        "WeakLaxConsolidated" => "整顿达标",
        _ => change,
    };

    // The record kinds findings also have are named as findings name them; the weak organisation is the store's only other kind.
    private static string RecordKind(string recordType) =>
        Enum.TryParse<SubjectType>(recordType, out var kind) ? ComplianceTerms.Name(kind, ReportLanguage.Zh)
        : recordType == "WeakLaxOrganisation" ? "软弱涣散基层党组织"
        : recordType;

    public override string StandardOutput => "标准输出";

    public override string UnknownUnit(string unitId, IReadOnlyList<string> near) =>
        $"--unit：没有编号为“{unitId}”的单位" + (near.Count > 0 ? $"；相近的编号：{string.Join("、", near)}。" : "。");

    public override string UnknownRuleOrFamily(string token, IReadOnlyList<string> near, IEnumerable<string> families) =>
        $"--rule：“{token}”既不是规则编号，也不是规则类别" + (near.Count > 0 ? $"；相近的编号：{string.Join("、", near)}" : string.Empty)
        + $"；规则类别：{string.Join("、", families)}；“campaign rules”列出全部编号。";

    public override string Narrowed(int shown, int total, string description) =>
        Invariant($"已筛选（{description}）：显示 {shown} 条核查发现，共 {total} 条。");

    public override string NarrowUnit(string unitId, int units) =>
        units == 1 ? $"单位 {unitId}" : Invariant($"单位 {unitId} 及其下属 {units - 1} 个单位");

    public override string NarrowSeverity(FindingSeverity severity) => $"严重程度“{ComplianceTerms.Name(severity, ReportLanguage.Zh)}”及以上";

    public override string NarrowRules(IEnumerable<string> rules) => "规则 " + string.Join("、", rules);

    public override string RulesFileMissing(string path) => $"--rules：无法读取“{path}”：文件不存在。";

    public override string RulesFileNotAssembly(string path) => $"--rules：“{path}”不是 .NET 程序集（由 C# 等 .NET 语言编译的 .dll 文件）。";

    public override string RulesFileUnloadable(string path, string reason) => $"--rules：无法加载“{path}”：{reason}";

    public override string RulesFileEmpty(string path) =>
        $"--rules：“{path}”中没有规则类（派生自 NRules.Fluent.Dsl.Rule 并以 [ComplianceRule] 声明的类）；参见 docs/rules.md。";

    public override string UserRulesInvalid => "用户规则无效：";

    public override string UserRuleNotCompiled(string message) => "用户规则无法编译：" + message;

    public override string UnknownRule(string id, IReadOnlyList<string> near) =>
        $"没有编号为“{id}”的规则" + (near.Count > 0 ? $"；相近的编号：{string.Join("、", near)}" : string.Empty) + "；“campaign rules”列出全部规则。";

    public override string ColumnId => "编号";

    public override string ColumnTitle => "名称";

    public override string ColumnFamily => "类别";

    public override string ColumnSeverity => "严重程度";

    public override string ColumnScope => "适用范围";

    public override string LabelName => "规则名";

    public override string LabelDefaultSeverity => "默认严重程度";

    public override string LabelFlags => "提示内容";

    public override string SeverityWithDefault(string effective, string defaultSeverity) => $"{effective}（默认：{defaultSeverity}）";

    public override string LabelSource => "依据";

    public override string LabelOptions => "相关选项";

    public override string LabelEnabled => "是否启用";

    public override string Yes => "是";

    public override string NoDisabled => "否（已在选项中停用）";

    public override string NoOptions => "无";

    public override string UserRule => "用户规则";

    public override string DeadlineDefault(int month, int day) => Invariant($"（未设置：活动当年{month}月{day}日）");

    public override string FocusListsDefault => "（未设置：取数据集的 campaign.focusLists，没有则为 C）";

    public override string PhraseCount(int count) => Invariant($"{count} 个词语");

    public override string RuleCatalogTitle => "规则目录";

    public override string ConvertOutputUnknown(string output) =>
        $"无法判断输出文件“{output}”的格式：台账工作簿请以 .xlsx 结尾，campaign-dataset/1 JSON 请以 .json 结尾。";

    public override string WritingFile(string output) => "正在写入 " + output;

    public override string CannotWrite(string output, string reason) => $"无法写入“{output}”：{reason}";

    // The system's own wording is English; the common causes get ours, the rest the error number.
    public override string SystemReason(Exception error) => error switch
    {
        FileNotFoundException { FileName: { Length: > 0 } file } => $"找不到“{file}”。",
        FileNotFoundException => "文件不存在。",
        DirectoryNotFoundException => "文件夹不存在。",
        UnauthorizedAccessException => "没有访问权限。",
        PathTooLongException => "路径过长。",
        FileLoadException => "程序集无法加载（可能缺少它所依赖的文件，或版本不符）。",
        IOException io when SystemErrors.IsDiskFull(io) => "磁盘空间不足。",
        IOException io when SystemErrors.IsFileInUse(io) => "文件正被其他程序占用（例如已在 Excel 中打开）：请关闭后重试。",
        _ => Invariant($"系统报告错误（错误代码 {error.HResult}）。"),
    };

    public override string FolderMissing(string folder) => $"文件夹“{folder}”不存在。";

    public override string OutputIsAFolder => "这是一个文件夹。";

    public override string Converted(string name, string output, string counts) => $"已将 {name} 转换为 {output}：{counts}";

    public override string TemplateNotWorkbook(string output) =>
        $"无法写入“{output}”：模板是 Excel 工作簿，文件名请以 .xlsx 结尾（例如 台账.xlsx）。";

    public override string WroteTemplate(string output) => $"已写出台账模板 {output}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
