using System.Collections.ObjectModel;
using System.Globalization;
using System.Reflection;
using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using Campaign.Domain.Focus;
using Campaign.Domain.Input;

namespace Campaign.Compliance;

/// <summary>
/// Every threshold and window of the rule catalog (rules.md) with its documented default, plus severity
/// overrides, disabled rules, focus lists, the report language and the user's rule assemblies.
/// Configure it, then call <see cref="Validate()"/> (the checker does): all errors are reported together.
/// A checker keeps a validated, frozen copy (<see cref="ComplianceChecker.Options"/>): later changes to the instance
/// you configured do not reach it, and the copy itself refuses changes (setters throw, collections are read-only).
/// </summary>
public sealed class ComplianceOptions
{
    /// <summary>The default stock phrases of SUP-005 (rules.md): Chinese, then English.</summary>
    public static IReadOnlyList<string> DefaultStockPhrases { get; } = Array.AsReadOnly(new[]
    {
        "进一步", "加强", "提高", "认识", "认真", "学习", "高度重视", "重视", "切实", "深刻", "反思", "严格", "要求", "自己", "不断",
        "努力", "改进", "转变", "作风", "抓好", "落实", "整改", "注意", "今后", "坚决", "杜绝", "积极", "主动", "全面", "深入", "思想", "意识",
        "工作", "问题", "加以", "予以", "做到", "确保", "持续", "力度",
        "further", "strengthen", "improve", "enhance", "awareness", "seriously", "earnestly", "study", "continue",
        "continuously", "effectively", "and", "the", "of", "to", "our", "work", "style",
    });

    /// <summary>OVD-003: an immediate (立行立改) item may take at most this many days from the problem being found. Default 30; not negative.</summary>
    public int ImmediateWindowDays { get; set => field = Settable(value); } = 30;

    /// <summary>OVD-004: the day by which a weak organisation's leadership team must be in place. Default <see langword="null"/> = 30 April of the campaign year.</summary>
    public DateOnly? TeamStaffedDeadline { get; set => field = Settable(value); }

    /// <summary>OVD-005: the day by which a weak organisation must be consolidated. Default <see langword="null"/> = 30 June of the campaign year.</summary>
    public DateOnly? ConsolidationDeadline { get; set => field = Settable(value); }

    /// <summary>OVD-006: days after receipt within which an opinion must be claimed. Default 30; not negative.</summary>
    public int ClaimWindowDays { get; set => field = Settable(value); } = 30;

    /// <summary>OVD-007: days after identification within which a problem must be in a rectification. Default 30; not negative.</summary>
    public int PlanWindowDays { get; set => field = Settable(value); } = 30;

    /// <summary>SUP-003: the lowest acceptable satisfied rate of an evaluation by the masses. Default 0.90; within 0..1.</summary>
    public double SatisfactionTarget { get; set => field = Settable(value); } = 0.90;

    /// <summary>SUP-004: days after the last completion within which the result must be reported back. Default 15; not negative.</summary>
    public int ReportBackWindowDays { get; set => field = Settable(value); } = 15;

    /// <summary>SUP-005: a measure with fewer concrete characters than this is vague. Default 6; not negative.</summary>
    public int MinConcreteChars { get; set => field = Settable(value); } = 6;

    /// <summary>SUP-005: the stock phrases removed before counting concrete characters. Default <see cref="DefaultStockPhrases"/>; replace or extend the list. No phrase may be empty.</summary>
    public IList<string> StockPhrases { get; set => field = Settable(value); } = new List<string>(DefaultStockPhrases);

    /// <summary>SUP-006: a text shared by problems of at least this many distinct owners is boilerplate. Default 3; at least 1.</summary>
    public int BoilerplateMinOwners { get; set => field = Settable(value); } = 3;

    /// <summary>ESC-001: a unit with at least this many high-severity findings of other rules is at risk. Default 5; at least 1.</summary>
    public int AtRiskThreshold { get; set => field = Settable(value); } = 5;

    /// <summary>INC-003: the shortest concentrated-education period, in months. Default 3; not negative.</summary>
    public int MinEducationMonths { get; set => field = Settable(value); } = 3;

    /// <summary>Severity per rule id, replacing the rule's default. Empty by default; every id must be a known rule.</summary>
    public IDictionary<string, FindingSeverity> SeverityOverrides { get; set => field = Settable(value); } = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);

    /// <summary>Ids of rules left out of the check (not loaded). Empty by default; every id must be a known rule.</summary>
    public ISet<string> DisabledRules { get; set => field = Settable(value); } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>MIS-005: the focus lists in use (codes such as <c>C</c>, <c>WD</c>). Default <see langword="null"/>: the dataset's <c>campaign.focusLists</c>, else <c>C</c>.</summary>
    public IList<string>? FocusLists { get; set => field = Settable(value); }

    /// <summary>MIS-005: the focus catalog. Default <see cref="Campaign.Domain.Focus.FocusCatalog.Default"/>.</summary>
    public FocusCatalog FocusCatalog { get; set => field = Settable(value); } = FocusCatalog.Default;

    /// <summary>The language of titles and messages in reports. Default <see cref="ReportLanguage.En"/>.</summary>
    public ReportLanguage Language { get; set => field = Settable(value); } = ReportLanguage.En;

    /// <summary>
    /// Assemblies whose rule classes (<c>NRules.Fluent.Dsl.Rule</c>, each declared with <see cref="ComplianceRuleAttribute"/>
    /// or <see cref="ComplianceRulePartAttribute"/>) run with the shipped rules. Empty by default.
    /// </summary>
    public IList<Assembly> RuleAssemblies { get; set => field = Settable(value); } = new List<Assembly>();

    /// <summary>
    /// User rule classes (<c>NRules.Fluent.Dsl.Rule</c>, each declared with <see cref="ComplianceRuleAttribute"/> or
    /// <see cref="ComplianceRulePartAttribute"/>) that run with the shipped rules. Empty by default. A user rule's id must
    /// differ from every shipped rule's and every other user rule's.
    /// </summary>
    public IList<Type> RuleTypes { get; set => field = Settable(value); } = new List<Type>();

    /// <summary>
    /// How many engine sessions a check may run at once. Default <see cref="Environment.ProcessorCount"/>; at least 1.
    /// Above 1, a large dataset (tens of thousands of records) is split into parts no <see cref="RuleScope.Unit"/> rule
    /// joins across, checked in parallel and merged, the <see cref="RuleScope.Dataset"/> rules running once after;
    /// the report is identical to the one of a single session. 1 runs one session over the whole dataset. A monitor
    /// always runs one session.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set => field = Settable(value); } = Environment.ProcessorCount;

    /// <summary>
    /// The runtime the rules run on: <see cref="RuleEngine.Indexed"/> (Campaign.Rules, the default) or
    /// <see cref="RuleEngine.NRules"/> (NRules' own). Both give the same findings and byte-identical reports.
    /// </summary>
    public RuleEngine Engine { get; set => field = Settable(value); } = RuleEngine.Indexed;

    /// <summary>Reads options from a JSON document (camelCase names, every property optional); see docs/rules.md.</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <returns>Validated options (defaults where the document is silent).</returns>
    /// <exception cref="ComplianceOptionsException">Malformed JSON, an unknown property, a value of the wrong type, or an invalid value; every error with its JSON path.</exception>
    public static ComplianceOptions Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var options = ComplianceOptionsReader.Read(json);
        options.Validate();
        return options;
    }

    /// <summary>Reads options from a JSON file; see <see cref="Load(Stream)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Validated options (defaults where the file is silent).</returns>
    /// <exception cref="ComplianceOptionsException">As for <see cref="Load(Stream)"/>; every error's <see cref="InputError.Source"/> is <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read (e.g. <see cref="FileNotFoundException"/>).</exception>
    public static ComplianceOptions LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return Load(stream);
        }
        catch (ComplianceOptionsException e)
        {
            throw new ComplianceOptionsException(e.Errors.Select(error => error.WithSource(path)), e.InnerException);
        }
    }

    /// <summary>Checks every option against its documented range and the shipped catalog.</summary>
    /// <exception cref="ComplianceOptionsException">One or more options are invalid; all errors are listed.</exception>
    public void Validate()
    {
        var errors = Errors();
        if (errors.Count > 0)
        {
            throw new ComplianceOptionsException(errors);
        }
    }

    /// <summary>Every validation error, the user's rule classes' included.</summary>
    /// <param name="root">Put before every option path: <c>$.</c> for errors of the options file, empty for options set in code.</param>
    internal List<InputError> Errors(string root = "")
    {
        var errors = new List<InputError>();
        void Add(string path, InputErrorCode code, params string[] arguments) => errors.Add(new InputError(root + path, null, null, code, arguments));

        var extraRuleIds = UserRuleErrors(errors);
        NotNegative(Add, "immediateWindowDays", ImmediateWindowDays);
        NotNegative(Add, "claimWindowDays", ClaimWindowDays);
        NotNegative(Add, "planWindowDays", PlanWindowDays);
        NotNegative(Add, "reportBackWindowDays", ReportBackWindowDays);
        NotNegative(Add, "minConcreteChars", MinConcreteChars);
        NotNegative(Add, "minEducationMonths", MinEducationMonths);
        AtLeastOne(Add, "boilerplateMinOwners", BoilerplateMinOwners);
        AtLeastOne(Add, "atRiskThreshold", AtRiskThreshold);
        AtLeastOne(Add, "maxDegreeOfParallelism", MaxDegreeOfParallelism);
        if (!(SatisfactionTarget >= 0.0 && SatisfactionTarget <= 1.0))
        {
            Add("satisfactionTarget", InputErrorCode.OptionRateOutOfRange, SatisfactionTarget.ToString(CultureInfo.InvariantCulture));
        }

        if (MinEducationMonths > 1200)
        {
            Add("minEducationMonths", InputErrorCode.OptionAboveMaximum, "1200", Number(MinEducationMonths));
        }

        if (StockPhrases is null)
        {
            Add("stockPhrases", InputErrorCode.OptionNull);
        }
        else
        {
            var i = 0;
            foreach (var phrase in StockPhrases)
            {
                if (string.IsNullOrEmpty(phrase))
                {
                    Add($"stockPhrases[{Number(i)}]", InputErrorCode.OptionEmptyStockPhrase);
                }

                i++;
            }
        }

        var known = new HashSet<string>(ComplianceRuleCatalog.Shipped.Rules.Select(r => r.Id), StringComparer.Ordinal);
        known.UnionWith(extraRuleIds);
        if (SeverityOverrides is null)
        {
            Add("severityOverrides", InputErrorCode.OptionNull);
        }
        else
        {
            foreach (var (id, severity) in SeverityOverrides.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!known.Contains(id))
                {
                    Add($"severityOverrides.{id}", InputErrorCode.OptionUnknownRuleId, id);
                }

                if (!Enum.IsDefined(severity))
                {
                    Add($"severityOverrides.{id}", InputErrorCode.OptionUnknownSeverity, Number((int)severity));
                }
            }
        }

        if (DisabledRules is null)
        {
            Add("disabledRules", InputErrorCode.OptionNull);
        }
        else
        {
            foreach (var id in DisabledRules.OrderBy(p => p, StringComparer.Ordinal))
            {
                if (id is null || !known.Contains(id))
                {
                    Add("disabledRules", InputErrorCode.OptionUnknownRuleId, id ?? string.Empty);
                }
            }
        }

        if (FocusCatalog is null)
        {
            Add("focusCatalog", InputErrorCode.OptionNull);
        }
        else if (FocusLists is not null)
        {
            for (var i = 0; i < FocusLists.Count; i++)
            {
                if (!FocusCatalog.ContainsList(FocusLists[i]))
                {
                    Add($"focusLists[{Number(i)}]", InputErrorCode.OptionUnknownFocusList, FocusLists[i], string.Join(", ", FocusCatalog.Lists));
                }
            }
        }

        if (!Enum.IsDefined(Language))
        {
            Add("language", InputErrorCode.OptionUnknownLanguage, Number((int)Language));
        }

        if (!Enum.IsDefined(Engine))
        {
            Add("engine", InputErrorCode.OptionUnknownEngine, Number((int)Engine), string.Join(", ", Enum.GetNames<RuleEngine>()));
        }

        if (RuleAssemblies is null)
        {
            Add("ruleAssemblies", InputErrorCode.OptionNull);
        }

        if (RuleTypes is null)
        {
            Add("ruleTypes", InputErrorCode.OptionNull);
        }
        else
        {
            for (var i = 0; i < RuleTypes.Count; i++)
            {
                if (RuleTypes[i] is not { } type || !RuleDeclarations.IsRuleClass(type))
                {
                    Add($"ruleTypes[{Number(i)}]", InputErrorCode.OptionNotARuleClass, RuleTypes[i]?.FullName ?? string.Empty);
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// Adds the problems of the user's rule classes to <paramref name="errors"/>: a declaration missing or incomplete,
    /// an id of a shipped rule or of another user rule, an exposed descriptor whose id is not the declared one.
    /// </summary>
    /// <returns>The ids the user's rule classes declare.</returns>
    private HashSet<string> UserRuleErrors(List<InputError> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var declaredBy = new Dictionary<string, Type>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        foreach (var (type, path) in UserRuleClassesWithPaths())
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var problems = RuleDeclarations.Errors(type, path);
            errors.AddRange(problems);
            if (problems.Count > 0 || RuleDeclarations.IdOf(type) is not { } id)
            {
                continue;
            }

            if (ComplianceRuleCatalog.Shipped.Find(id) is { } shipped)
            {
                errors.Add(new InputError(path, null, null, InputErrorCode.RuleClassShippedId, type.FullName ?? type.Name, id, shipped.Name));
            }
            else if (type.GetCustomAttribute<ComplianceRuleAttribute>() is not { } declared)
            {
                // A part takes the id of the rule it is part of, which its declaring class registers.
                ids.Add(id);
            }
            else if (declaredBy.TryGetValue(declared.Id, out var other))
            {
                errors.Add(new InputError(path, null, null, InputErrorCode.RuleClassDuplicateId, type.FullName ?? type.Name, declared.Id, other.FullName ?? other.Name));
            }
            else
            {
                declaredBy.Add(declared.Id, type);
                ids.Add(declared.Id);
            }
        }

        return ids;
    }

    /// <summary>The user's rule classes with the option path each comes from, in the order of <see cref="UserRuleClasses"/>.</summary>
    private IEnumerable<(Type Type, string Path)> UserRuleClassesWithPaths()
    {
        if (RuleTypes is not null)
        {
            for (var i = 0; i < RuleTypes.Count; i++)
            {
                if (RuleTypes[i] is { } type && RuleDeclarations.IsRuleClass(type))
                {
                    yield return (type, $"ruleTypes[{i}]");
                }
            }
        }

        if (RuleAssemblies is not null)
        {
            for (var i = 0; i < RuleAssemblies.Count; i++)
            {
                if (RuleAssemblies[i] is not { } assembly)
                {
                    continue;
                }

                foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    if (RuleDeclarations.IsRuleClass(type))
                    {
                        yield return (type, $"ruleAssemblies[{i}]");
                    }
                }
            }
        }
    }

    /// <summary>The user's rule classes: <see cref="RuleTypes"/> then the rule classes of <see cref="RuleAssemblies"/>, each once.</summary>
    internal IReadOnlyList<Type> UserRuleClasses()
    {
        var result = new List<Type>();
        var seen = new HashSet<Type>();
        if (RuleTypes is not null)
        {
            foreach (var type in RuleTypes)
            {
                if (type is not null && seen.Add(type))
                {
                    result.Add(type);
                }
            }
        }

        if (RuleAssemblies is not null)
        {
            foreach (var assembly in RuleAssemblies)
            {
                if (assembly is null)
                {
                    continue;
                }

                foreach (var type in assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
                {
                    if (RuleDeclarations.IsRuleClass(type) && seen.Add(type))
                    {
                        result.Add(type);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Whether this instance is a checker's frozen copy, which refuses every change.</summary>
    public bool IsFrozen { get; private set; }

    /// <summary>
    /// A frozen copy: every value copied, collections copied into read-only ones, so neither later changes to this
    /// instance nor changes through the copy are possible. A frozen instance is returned as it is.
    /// </summary>
    internal ComplianceOptions Freeze()
    {
        if (IsFrozen)
        {
            return this;
        }

        // MemberwiseClone copies every value, so a new option needs no line here; only collections are rebuilt.
        var copy = (ComplianceOptions)MemberwiseClone();
        copy.StockPhrases = StockPhrases.ToList().AsReadOnly();
        copy.SeverityOverrides = new Dictionary<string, FindingSeverity>(SeverityOverrides, StringComparer.Ordinal).AsReadOnly();
        copy.DisabledRules = new ReadOnlySet<string>(new HashSet<string>(DisabledRules, StringComparer.Ordinal));
        copy.FocusLists = FocusLists?.ToList().AsReadOnly();
        copy.RuleAssemblies = RuleAssemblies.ToList().AsReadOnly();
        copy.RuleTypes = RuleTypes.ToList().AsReadOnly();
        copy.IsFrozen = true;
        return copy;
    }

    private T Settable<T>(T value) => IsFrozen
        ? throw new InvalidOperationException("These options belong to a checker and cannot change; configure a new ComplianceOptions and build a new checker.")
        : value;

    private static void NotNegative(Action<string, InputErrorCode, string[]> add, string path, int value)
    {
        if (value < 0)
        {
            add(path, InputErrorCode.OptionNegative, [Number(value)]);
        }
    }

    private static void AtLeastOne(Action<string, InputErrorCode, string[]> add, string path, int value)
    {
        if (value < 1)
        {
            add(path, InputErrorCode.OptionLessThanOne, [Number(value)]);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
