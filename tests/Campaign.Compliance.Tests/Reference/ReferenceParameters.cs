using Campaign.Domain.Focus;

namespace Campaign.Compliance.Tests.Reference;

/// <summary>
/// Every option of the rule catalog (rules.md) for the <see cref="ReferenceEvaluator"/>, with the contract's defaults.
/// </summary>
public sealed record ReferenceParameters
{
    /// <summary>The default stock phrases of SUP-005, Chinese then English, as listed in rules.md.</summary>
    public static IReadOnlyList<string> DefaultStockPhrases { get; } = Array.AsReadOnly(new[]
    {
        "进一步", "加强", "提高", "认识", "认真", "学习", "高度重视", "重视", "切实", "深刻", "反思", "严格", "要求", "自己", "不断",
        "努力", "改进", "转变", "作风", "抓好", "落实", "整改", "注意", "今后", "坚决", "杜绝", "积极", "主动", "全面", "深入", "思想", "意识",
        "工作", "问题", "加以", "予以", "做到", "确保", "持续", "力度",
        "further", "strengthen", "improve", "enhance", "awareness", "seriously", "earnestly", "study", "continue",
        "continuously", "effectively", "and", "the", "of", "to", "our", "work", "style",
    });

    /// <summary>The defaults of rules.md.</summary>
    public static ReferenceParameters Default { get; } = new();

    /// <summary>OVD-003 window in days (default 30).</summary>
    public int ImmediateWindowDays { get; init; } = 30;

    /// <summary>OVD-004 deadline; null means 30 April of the campaign year.</summary>
    public DateOnly? TeamStaffedDeadline { get; init; }

    /// <summary>OVD-005 deadline; null means 30 June of the campaign year.</summary>
    public DateOnly? ConsolidationDeadline { get; init; }

    /// <summary>OVD-006 window in days (default 30).</summary>
    public int ClaimWindowDays { get; init; } = 30;

    /// <summary>OVD-007 window in days (default 30).</summary>
    public int PlanWindowDays { get; init; } = 30;

    /// <summary>SUP-003 target rate (default 0.90).</summary>
    public double SatisfactionTarget { get; init; } = 0.90;

    /// <summary>SUP-004 window in days (default 15).</summary>
    public int ReportBackWindowDays { get; init; } = 15;

    /// <summary>SUP-005 minimum of concrete characters (default 6).</summary>
    public int MinConcreteChars { get; init; } = 6;

    /// <summary>SUP-005 stock phrases (default <see cref="DefaultStockPhrases"/>).</summary>
    public IReadOnlyList<string> StockPhrases { get; init; } = DefaultStockPhrases;

    /// <summary>SUP-006 minimum of distinct owner keys (default 3).</summary>
    public int BoilerplateMinOwners { get; init; } = 3;

    /// <summary>ESC-001 threshold of high findings (default 5).</summary>
    public int AtRiskThreshold { get; init; } = 5;

    /// <summary>INC-003 minimum education length in months (default 3).</summary>
    public int MinEducationMonths { get; init; } = 3;

    /// <summary>Focus lists in use; null means the dataset's <c>campaign.focusLists</c> (itself <c>["C"]</c> when absent).</summary>
    public IReadOnlyList<string>? FocusLists { get; init; }

    /// <summary>The focus catalog; null means <see cref="FocusCatalog.Default"/>.</summary>
    public FocusCatalog? Catalog { get; init; }

    /// <summary>Rule ids left out.</summary>
    public IReadOnlySet<string> DisabledRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Severity overrides: rule id → "low", "medium" or "high".</summary>
    public IReadOnlyDictionary<string, string> SeverityOverrides { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
