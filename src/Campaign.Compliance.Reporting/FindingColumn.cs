using System.Globalization;
using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Reporting;

/// <summary>
/// One column of the findings table a clerk filters on: the CSV report and the findings sheet of the xlsx report
/// have exactly <see cref="All"/>, in that order, with the same headers (in the report's language) and values.
/// </summary>
public sealed class FindingColumn
{
    private readonly Func<FindingRow, string?> _text;
    private readonly Func<FindingRow, double?>? _number;
    private readonly Func<FindingRow, DateOnly?>? _date;

    private FindingColumn(string key, Func<ReportText, string> header, double width, Func<FindingRow, string?> text, Func<FindingRow, double?>? number = null, Func<FindingRow, DateOnly?>? date = null)
    {
        Key = key;
        _header = header;
        Width = width;
        _text = text;
        _number = number;
        _date = date;
    }

    private readonly Func<ReportText, string> _header;

    /// <summary>
    /// The columns, in order: unit name, unit id, rule id, rule title, family, severity, subject type, subject id,
    /// subject text, deadline, responsible person, responsible unit, days overdue, message.
    /// </summary>
    public static IReadOnlyList<FindingColumn> All { get; } = Array.AsReadOnly(new[]
    {
        new FindingColumn("unitName", t => t.UnitName, 24, r => r.Context.UnitName),
        new FindingColumn("unitId", t => t.UnitId, 12, r => r.Finding.UnitId),
        new FindingColumn("ruleId", t => t.RuleId, 10, r => r.Finding.RuleId),
        new FindingColumn("ruleTitle", t => t.RuleTitle, 28, r => r.Finding.Rule.Title(r.Language)),
        new FindingColumn("family", t => t.Family, 11, r => ComplianceTerms.Name(r.Finding.Rule.Family, r.Language)),
        new FindingColumn("severity", t => t.Severity, 9, r => ComplianceTerms.Name(r.Finding.Severity, r.Language)),
        new FindingColumn("subjectType", t => t.SubjectType, 12, r => ComplianceTerms.Name(r.Finding.SubjectType, r.Language)),
        new FindingColumn("subjectId", t => t.SubjectId, 12, r => r.Finding.SubjectId),
        new FindingColumn("subjectText", t => t.SubjectText, 40, r => r.Context.SubjectText),
        new FindingColumn("deadline", t => t.Deadline, 12, r => r.Context.Deadline is { } d ? ReportNames.Date(d) : null, date: r => r.Context.Deadline),
        new FindingColumn("responsiblePerson", t => t.Responsible, 18, r => r.Context.ResponsiblePerson),
        new FindingColumn("responsibleUnit", t => t.ResponsibleUnit, 24, r => r.Context.ResponsibleUnit),
        new FindingColumn("daysOverdue", t => t.DaysOverdue, 10, r => r.DaysOverdue?.ToString(CultureInfo.InvariantCulture), number: r => r.DaysOverdue),
        new FindingColumn("message", t => t.Message, 60, r => r.Message),
    });

    /// <summary>The column's name in code and documentation (camelCase), e.g. <c>deadline</c>.</summary>
    public string Key { get; }

    /// <summary>The column's width in a spreadsheet, in characters.</summary>
    public double Width { get; }

    /// <summary>Whether the values are dates (written as real dates in a spreadsheet).</summary>
    public bool IsDate => _date is not null;

    /// <summary>Whether the values are numbers.</summary>
    public bool IsNumber => _number is not null;

    /// <summary>The header in <paramref name="language"/>.</summary>
    /// <param name="language">The report language.</param>
    public string Header(ReportLanguage language) => _header(ReportText.For(language));

    /// <summary>The value as text (dates <c>yyyy-MM-dd</c>, numbers in the invariant culture); empty when the row has none.</summary>
    /// <param name="row">The row.</param>
    public string Text(FindingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _text(row) ?? string.Empty;
    }

    /// <summary>The value as a number, for a number column; else null.</summary>
    /// <param name="row">The row.</param>
    public double? Number(FindingRow row) => _number?.Invoke(row);

    /// <summary>The value as a date, for a date column; else null.</summary>
    /// <param name="row">The row.</param>
    public DateOnly? Date(FindingRow row) => _date?.Invoke(row);
}
