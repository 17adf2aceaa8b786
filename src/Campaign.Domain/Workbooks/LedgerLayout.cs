using Campaign.Domain.Opinions;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Workbooks;

/// <summary>
/// The ledger workbook (台账): its sheets, their columns and the enumerations' Chinese labels. One table drives the
/// template, the writer, the reader and the instructions sheet, so they cannot disagree. docs/ledger.md describes it.
/// </summary>
internal static class LedgerLayout
{
    public const string InstructionsSheet = "说明";
    public const string OptionsSheet = "选项";
    public const string CampaignSheetName = "活动";

    public static readonly LedgerEnum Batch = new("批次", DatasetEnums.Batch.Names, ["第一批", "第二批"]);

    public static readonly LedgerEnum UnitKind = new("单位类型", DatasetEnums.UnitKind.Names,
    [
        "市县领导机关、班子和领导干部", "直属单位", "执法监管部门和窗口单位", "服务行业", "乡镇、街道", "产业集聚区", "村、社区",
        "企事业单位", "国有企业", "高校", "中小学、幼儿园", "非公有制经济组织", "社会组织", "其他基层组织",
    ]);

    public static readonly LedgerEnum UnitLevel = new("层级", DatasetEnums.UnitLevel.Names, ["省级", "市级", "县级", "乡镇级", "村级"]);

    public static readonly LedgerEnum Role = new("身份", DatasetEnums.Role.Names, ["主要负责同志", "班子成员", "普通党员"]);

    public static readonly LedgerEnum Channel = new("征求渠道", [.. OpinionChannel.Known],
        ["入户走访", "会议座谈", "问卷调查", "热线电话", "来信来访", "征求意见函", "网上平台", "个别访谈"]);

    public static readonly LedgerEnum OwnerLevel = new("问题层面", DatasetEnums.OwnerLevel.Names, ["班子", "个人"]);

    public static readonly LedgerEnum Category = new("问题类别", DatasetEnums.Category.Names,
        ["四风问题", "工作问题", "群众切身利益问题", "群众身边的不正之风", "组织涣散、纪律松弛", "其他"]);

    public static readonly LedgerEnum FourWind = new("四风", DatasetEnums.FourWind.Names, ["形式主义", "官僚主义", "享乐主义", "奢靡之风"]);

    public static readonly LedgerEnum Source = new("问题来源", DatasetEnums.Source.Names, ["征求意见", "自己查摆", "上级督导", "明察暗访", "其他"]);

    public static readonly LedgerEnum Severity = new("严重程度", DatasetEnums.Severity.Names, ["一般", "严重"]);

    public static readonly LedgerEnum Mode = new("整改方式", DatasetEnums.Mode.Names, ["立行立改", "限期整改"]);

    public static readonly LedgerEnum Status = new("整改状态", DatasetEnums.Status.Names, ["尚未启动", "正在整改", "整改完毕", "验收销号"]);

    public static readonly LedgerEnum EvidenceKind = new("佐证类型", DatasetEnums.EvidenceKind.Names, ["文件", "会议记录", "照片", "实地查看", "其他"]);

    public static readonly LedgerEnum Evaluator = new("评议方式", DatasetEnums.Evaluator.Names, ["群众评议", "自我评价"]);

    public static readonly LedgerEnum YesNo = new("是否", ["true", "false"], ["是", "否"]);

    /// <summary>Every enumeration with a drop-down list, in the order of the options sheet's columns.</summary>
    public static readonly LedgerEnum[] Enums =
        [Batch, UnitKind, UnitLevel, Role, Channel, OwnerLevel, Category, FourWind, Source, Severity, Mode, Status, EvidenceKind, Evaluator, YesNo];

    /// <summary>The 活动 sheet: one row per field (项目 | 内容), not one row per record.</summary>
    public static readonly LedgerSheet Campaign = new(CampaignSheetName, "campaign", string.Empty,
    [
        new("活动名称", "name", LedgerValueKind.Text, true, "活动的全称，如：魏都区第二批党的群众路线教育实践活动"),
        new("批次", "batch", LedgerValueKind.Enum, true, "第一批或第二批", Batch),
        new("开始日期", "start", LedgerValueKind.Date, true, "活动开始的日期"),
        new("结束日期", "end", LedgerValueKind.Date, true, "活动结束的日期，不早于开始日期"),
        new("核查日期", "asOf", LedgerValueKind.Date, false, "核查时默认的核查日期；不填则以核查当天为准"),
        new("重点问题清单", "focusLists", LedgerValueKind.List, false, "适用的重点问题清单代码，用顿号或逗号分隔：C（中央）、WD（魏都区）、HN（河南省）、AH（安徽省）；不填为 C；填“无”表示不用任何清单"),
    ], "活动本身：每行一个项目，在“内容”列填写。");

    public static readonly LedgerSheet Units = new("单位", "units", "U",
    [
        new("单位编号", "id", LedgerValueKind.Id, true, "唯一的单位编号；不填则按行号自动编号（U#行号）", Width: 12),
        new("单位名称", "name", LedgerValueKind.Text, true, "单位全称", Width: 24),
        new("单位类型", "kind", LedgerValueKind.Enum, true, "从下拉列表选择", UnitKind, 26),
        new("层级", "level", LedgerValueKind.Enum, true, "从下拉列表选择", UnitLevel, 10),
        new("上级单位编号", "parentId", LedgerValueKind.Text, false, "上级单位的单位编号；最高一级单位不填", Width: 12),
        new("集中教育开始日期", "education.start", LedgerValueKind.Date, false, "本单位集中教育的开始日期；与结束日期同填或同不填"),
        new("集中教育结束日期", "education.end", LedgerValueKind.Date, false, "本单位集中教育的结束日期"),
        new("软弱涣散认定日期", "weakLax.designatedOn", LedgerValueKind.Date, false, "仅软弱涣散基层党组织填写：被认定的日期（填了以下任一“软弱涣散”列，此列必填）"),
        new("班子选配到位日期", "weakLax.teamStaffedOn", LedgerValueKind.Date, false, "软弱涣散基层党组织：班子选配到位的日期"),
        new("整顿完成日期", "weakLax.consolidatedOn", LedgerValueKind.Date, false, "软弱涣散基层党组织：专项整顿完成的日期"),
        new("第一书记编号", "weakLax.firstSecretaryId", LedgerValueKind.Text, false, "软弱涣散基层党组织：选派的第一书记的人员编号", Width: 12),
        new("一村一策", "weakLax.hasPlan", LedgerValueKind.Boolean, false, "软弱涣散基层党组织：是否制定了一村（社区）一策，是或否；不填为否", YesNo, 10),
    ], "单位：每行一个单位（机关、乡镇、村、社区、企事业单位等）。");

    public static readonly LedgerSheet People = new("人员", "people", "P",
    [
        new("人员编号", "id", LedgerValueKind.Id, true, "唯一的人员编号；不填则按行号自动编号（P#行号）", Width: 12),
        new("姓名", "name", LedgerValueKind.Text, true, "姓名", Width: 10),
        new("所在单位编号", "unitId", LedgerValueKind.Text, true, "本人所在班子或党组织的单位编号", Width: 12),
        new("身份", "role", LedgerValueKind.Enum, true, "主要负责同志（一把手）、班子成员或普通党员", Role, 14),
    ], "党员、干部：每行一人。");

    public static readonly LedgerSheet Opinions = new("意见建议", "opinions", "O",
    [
        new("意见编号", "id", LedgerValueKind.Id, true, "唯一的意见编号；不填则按行号自动编号（O#行号）", Width: 12),
        new("单位编号", "unitId", LedgerValueKind.Text, true, "意见所针对的单位的编号", Width: 12),
        new("针对人员编号", "targetPersonId", LedgerValueKind.Text, false, "意见针对某一个人时，填其人员编号", Width: 12),
        new("征求渠道", "channel", LedgerValueKind.OpenEnum, false, "从下拉列表选择，也可填写其他渠道", Channel, 12),
        new("意见内容", "text", LedgerValueKind.Text, true, "意见原文（原汁原味）", Width: 40),
        new("收到日期", "receivedOn", LedgerValueKind.Date, true, "收到意见的日期"),
        new("认领日期", "claimedOn", LedgerValueKind.Date, false, "班子、成员或部门认领的日期"),
        new("认领人编号", "claimedById", LedgerValueKind.Text, false, "认领人的人员编号（班子认领可不填）", Width: 12),
        new("反馈日期", "reportedBackOn", LedgerValueKind.Date, false, "向群众反馈结果的日期"),
    ], "征求到的意见建议：每行一条。");

    public static readonly LedgerSheet Problems = new("查摆问题", "problems", "PR",
    [
        new("问题编号", "id", LedgerValueKind.Id, true, "唯一的问题编号；不填则按行号自动编号（PR#行号）", Width: 12),
        new("单位编号", "unitId", LedgerValueKind.Text, true, "查摆出问题的单位的编号", Width: 12),
        new("问题层面", "owner.level", LedgerValueKind.Enum, true, "班子问题或个人问题", OwnerLevel, 10),
        new("责任人编号", "owner.personId", LedgerValueKind.Text, false, "个人问题必填：本人的人员编号（须属于本单位）；班子问题不填", Width: 12),
        new("问题类别", "category", LedgerValueKind.Enum, true, "从下拉列表选择", Category, 18),
        new("四风", "fourWinds", LedgerValueKind.EnumList, false, "仅四风问题填写：形式主义、官僚主义、享乐主义、奢靡之风，可填多项，用顿号分隔", FourWind, 18),
        new("重点问题编号", "focusId", LedgerValueKind.Text, false, "对应的重点问题编号，如 FP.C.LEW.01", Width: 14),
        new("问题内容", "text", LedgerValueKind.Text, true, "台账上写的问题", Width: 40),
        new("问题来源", "source", LedgerValueKind.Enum, true, "从下拉列表选择", Source, 12),
        new("来源意见编号", "opinionIds", LedgerValueKind.List, false, "问题来自的意见的编号，可填多个，用顿号分隔", Width: 14),
        new("查摆日期", "identifiedOn", LedgerValueKind.Date, true, "查摆出问题的日期"),
        new("严重程度", "severity", LedgerValueKind.Enum, false, "一般或严重；不填为一般", Severity, 10),
    ], "查摆出的问题：每行一个问题。");

    public static readonly LedgerSheet Rectifications = new("整改事项", "rectifications", "R",
    [
        new("整改编号", "id", LedgerValueKind.Id, true, "唯一的整改编号；不填则按行号自动编号（R#行号）", Width: 12),
        new("问题编号", "problemIds", LedgerValueKind.List, true, "整改的问题的编号，至少一个；一项整改可对应多个问题，用顿号分隔", Width: 14),
        new("整改措施", "measure", LedgerValueKind.Text, true, "整改措施原文", Width: 40),
        new("整改方式", "mode", LedgerValueKind.Enum, true, "立行立改，或需要时间改的限期整改", Mode, 12),
        new("责任人编号", "responsiblePersonId", LedgerValueKind.Text, false, "责任人的人员编号", Width: 12),
        new("责任单位编号", "responsibleUnitId", LedgerValueKind.Text, false, "责任单位（牵头单位）的单位编号", Width: 12),
        new("整改时限", "deadline", LedgerValueKind.Date, false, "整改期限"),
        new("整改状态", "status", LedgerValueKind.Enum, true, "从下拉列表选择", Status, 12),
        new("完成日期", "completedOn", LedgerValueKind.Date, false, "整改完毕或验收销号的必填，其他状态不填"),
        new("评议方式", "evaluation.by", LedgerValueKind.Enum, false, "群众评议或自我评价；未评议的不填本列及以下三列", Evaluator, 12),
        new("评议日期", "evaluation.on", LedgerValueKind.Date, false, "评议的日期（有评议时必填）"),
        new("满意率", "evaluation.satisfiedRate", LedgerValueKind.Number, false, "群众评议必填：0%到100%之间", Width: 10),
        new("参评人数", "evaluation.respondents", LedgerValueKind.Number, false, "参加评议的人数（有评议时必填）", Width: 10),
    ], "整改事项：每行一项整改。佐证材料填在“整改佐证”表。");

    /// <summary>The child sheet of <c>rectifications[].evidence</c>: one row per piece of evidence, linked by the rectification's id.</summary>
    public static readonly LedgerSheet Evidence = new("整改佐证", "evidence", string.Empty,
    [
        new("整改编号", "rectificationId", LedgerValueKind.Text, true, "佐证所属整改事项的整改编号", Width: 12),
        new("佐证类型", "kind", LedgerValueKind.Enum, true, "从下拉列表选择", EvidenceKind, 12),
        new("佐证材料", "reference", LedgerValueKind.Text, true, "文件名称和文号、会议记录、照片或实地查看的说明", Width: 40),
    ], "整改的佐证材料：每行一份，用整改编号对应到“整改事项”表；一项整改可有多行，按行的顺序排列。");

    /// <summary>The record sheets in the dataset's order.</summary>
    public static readonly LedgerSheet[] RecordSheets = [Units, People, Opinions, Problems, Rectifications];

    /// <summary>Every data sheet in workbook order.</summary>
    public static readonly LedgerSheet[] DataSheets = [Campaign, Units, People, Opinions, Problems, Rectifications, Evidence];

    /// <summary>The separators of a list cell: the enumeration comma 、, full-width and ASCII commas and semicolons, line breaks.</summary>
    public static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', '\n', '\r'];

    /// <summary>A list cell holding only this is an empty list (for 重点问题清单: no focus list at all), where a blank cell means the default.</summary>
    public const string EmptyList = "无";

    /// <summary>What joins the items of a list cell the writer writes.</summary>
    public const string ListJoin = "、";
}
