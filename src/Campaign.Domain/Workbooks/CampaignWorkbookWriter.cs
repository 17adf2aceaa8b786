using System.Globalization;
using System.Xml;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Serialization;
using Campaign.Domain.Units;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Domain.Workbooks;

/// <summary>
/// Writes the ledger workbook (台账, <c>.xlsx</c>; docs/ledger.md): an instructions sheet (说明), the 活动 sheet, one sheet
/// per record kind (单位, 人员, 意见建议, 查摆问题, 整改事项) and the evidence sheet (整改佐证), with Chinese headers, drop-down
/// lists for every enumeration, date-formatted cells, a frozen header row and filters.
/// </summary>
/// <remarks>
/// <para><see cref="WriteTemplate(Stream)"/> writes the empty ledger a campaign office fills in; <see cref="Write(CampaignDataset, Stream)"/>
/// writes a dataset, which <see cref="CampaignDatasetReader.ReadWorkbook(Stream, DatasetReadOptions?)"/> reads back as an equal
/// dataset. Enumerations are written as their Chinese labels, dates as Excel dates, lists joined with 、.</para>
/// <para>The sheets are streamed into the package (no document object model), so a province-sized dataset is written with
/// memory for its distinct strings only.</para>
/// </remarks>
public static class CampaignWorkbookWriter
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const int MaxRow = 1048576;

    // Style indexes of the stylesheet below.
    private const int StyleHeader = 1;
    private const int StyleDate = 2;
    private const int StylePercent = 3;
    private const int StyleText = 4;
    private const int StyleWrap = 5;
    private const int StyleTitle = 6;

    /// <summary>Writes the empty ledger workbook: every sheet with its headers, drop-down lists and formats, and the instructions.</summary>
    /// <param name="stream">The stream to write to; not disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static void WriteTemplate(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteCore(null, stream);
    }

    /// <summary>Writes the empty ledger workbook to a file, replacing it if it exists.</summary>
    /// <param name="path">The file path (<c>.xlsx</c>).</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteTemplateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        WriteTemplate(stream);
    }

    /// <summary>Writes a dataset as a ledger workbook.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="stream">The stream to write to; not disposed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id in a list (<c>opinionIds</c>, <c>problemIds</c>, <c>focusLists</c>) contains a
    /// list separator (、 , ， ; ； or a line break), so a list cell could not hold it.</exception>
    public static void Write(CampaignDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        WriteCore(dataset, stream);
    }

    /// <summary>Writes a dataset as a ledger workbook file, replacing it if it exists.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file path (<c>.xlsx</c>).</param>
    /// <exception cref="ArgumentException">An id in a list contains a list separator (see <see cref="Write(CampaignDataset, Stream)"/>).</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(CampaignDataset dataset, string path)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024);
        Write(dataset, stream);
    }

    private static void WriteCore(CampaignDataset? dataset, Stream stream)
    {
        if (dataset is not null)
        {
            CheckLists(dataset);
        }

        // The package needs a stream it can read and seek; anything else gets the bytes once they are complete.
        if (!stream.CanRead || !stream.CanSeek)
        {
            using var buffer = new MemoryStream();
            WritePackage(dataset, buffer);
            buffer.Position = 0;
            buffer.CopyTo(stream);
            stream.Flush();
            return;
        }

        WritePackage(dataset, stream);
        stream.Flush();
    }

    private static void WritePackage(CampaignDataset? dataset, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Stylesheet();

        var strings = new SharedStrings();
        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        uint sheetId = 1;

        void Add(string name, Action<XmlWriter, SharedStrings> write, string? filterRange = null, bool hidden = false)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var partStream = part.GetStream(FileMode.Create, FileAccess.Write))
            using (var xml = XmlWriter.Create(partStream, XmlSettings))
            {
                write(xml, strings);
            }

            var sheet = new Sheet { Name = name, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) };
            if (hidden)
            {
                sheet.State = SheetStateValues.Hidden;
            }

            sheets.Append(sheet);
            if (filterRange is not null)
            {
                definedNames.Append(new DefinedName("'" + name + "'!" + filterRange)
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = sheetId - 1,
                    Hidden = true,
                });
            }

            sheetId++;
        }

        Add(LedgerLayout.InstructionsSheet, WriteInstructions);
        Add(LedgerLayout.CampaignSheetName, (xml, s) => WriteCampaignSheet(xml, s, dataset?.Campaign));
        Add(LedgerLayout.Units.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.Units, dataset?.Units ?? [], UnitCells), FilterRange(LedgerLayout.Units));
        Add(LedgerLayout.People.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.People, dataset?.People ?? [], PersonCells), FilterRange(LedgerLayout.People));
        Add(LedgerLayout.Opinions.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.Opinions, dataset?.Opinions ?? [], OpinionCells), FilterRange(LedgerLayout.Opinions));
        Add(LedgerLayout.Problems.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.Problems, dataset?.Problems ?? [], ProblemCells), FilterRange(LedgerLayout.Problems));
        Add(LedgerLayout.Rectifications.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.Rectifications, dataset?.Rectifications ?? [], RectificationCells), FilterRange(LedgerLayout.Rectifications));
        Add(LedgerLayout.Evidence.Name, (xml, s) => WriteRecords(xml, s, LedgerLayout.Evidence, EvidenceRows(dataset), EvidenceCells), FilterRange(LedgerLayout.Evidence));
        Add(LedgerLayout.OptionsSheet, WriteOptions, hidden: true);

        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        workbookPart.Workbook = workbook;

        var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
        using (var partStream = stringsPart.GetStream(FileMode.Create, FileAccess.Write))
        using (var xml = XmlWriter.Create(partStream, XmlSettings))
        {
            strings.WriteTo(xml);
        }
    }

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new System.Text.UTF8Encoding(false),
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = false,
    };

    private static string FilterRange(LedgerSheet sheet) => "$A$1:$" + ExcelCells.ColumnName(sheet.Columns.Length - 1) + "$1";

    // ---- records ---------------------------------------------------------------------------------

    private static void WriteRecords<T>(XmlWriter xml, SharedStrings strings, LedgerSheet sheet, IReadOnlyList<T> records, Func<T, object?[]> cells)
    {
        StartWorksheet(xml, frozenRows: 1);
        xml.WriteStartElement("cols", MainNamespace);
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            var column = sheet.Columns[i];
            var style = column.Kind switch
            {
                LedgerValueKind.Date => StyleDate,
                LedgerValueKind.Number when column.Field.EndsWith("satisfiedRate", StringComparison.Ordinal) => StylePercent,
                LedgerValueKind.Number => 0,
                _ => StyleText,
            };
            WriteColumn(xml, i, column.Width, style);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", MainNamespace);
        StartRow(xml, 1);
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            WriteString(xml, strings, i, 1, sheet.Columns[i].Header, StyleHeader);
        }

        xml.WriteEndElement();
        for (var r = 0; r < records.Count; r++)
        {
            var row = r + 2;
            var values = cells(records[r]);
            StartRow(xml, row);
            for (var i = 0; i < values.Length; i++)
            {
                WriteValue(xml, strings, sheet.Columns[i], i, row, values[i]);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("autoFilter", MainNamespace);
        xml.WriteAttributeString("ref", "A1:" + ExcelCells.ColumnName(sheet.Columns.Length - 1) + "1");
        xml.WriteEndElement();
        WriteValidations(xml, sheet.Columns, column => ExcelCells.ColumnName(column) + "2:" + ExcelCells.ColumnName(column) + MaxRow.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, SharedStrings strings, LedgerColumn column, int index, int row, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                WriteNumber(xml, index, row, ExcelCells.ToSerial(date).ToString(CultureInfo.InvariantCulture), StyleDate);
                return;
            case double number:
                WriteNumber(xml, index, row, number.ToString("R", CultureInfo.InvariantCulture), column.Kind == LedgerValueKind.Number && column.Field.EndsWith("satisfiedRate", StringComparison.Ordinal) ? StylePercent : 0);
                return;
            case int whole:
                WriteNumber(xml, index, row, whole.ToString(CultureInfo.InvariantCulture), 0);
                return;
            case bool flag:
                WriteString(xml, strings, index, row, LedgerLayout.YesNo.LabelOf(flag ? "true" : "false"), StyleText);
                return;
            case IReadOnlyList<string> list:
                if (list.Count == 0)
                {
                    // An explicit empty list (no focus lists at all), which a blank cell would not say.
                    WriteString(xml, strings, index, row, LedgerLayout.EmptyList, StyleText);
                    return;
                }

                var items = new string[list.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = column.Enum is { } listEnum ? listEnum.LabelOf(list[i]) : list[i];
                }

                WriteString(xml, strings, index, row, string.Join(LedgerLayout.ListJoin, items), StyleText);
                return;
            case string text:
                WriteString(xml, strings, index, row, column.Enum is { } names ? names.LabelOf(text) : text, StyleText);
                return;
            default:
                throw new InvalidOperationException($"No cell for a {value.GetType().Name}.");
        }
    }

    private static object?[] UnitCells(Unit unit) =>
    [
        unit.Id, unit.Name, DatasetEnums.UnitKind.NameOf(unit.Kind), DatasetEnums.UnitLevel.NameOf(unit.Level), unit.ParentId,
        unit.Education?.Start, unit.Education?.End,
        unit.WeakLax?.DesignatedOn, unit.WeakLax?.TeamStaffedOn, unit.WeakLax?.ConsolidatedOn, unit.WeakLax?.FirstSecretaryId, unit.WeakLax?.HasPlan,
    ];

    private static object?[] PersonCells(Person person) => [person.Id, person.Name, person.UnitId, DatasetEnums.Role.NameOf(person.Role)];

    private static object?[] OpinionCells(Opinion opinion) =>
    [
        opinion.Id, opinion.UnitId, opinion.TargetPersonId, opinion.Channel, opinion.Text, opinion.ReceivedOn, opinion.ClaimedOn, opinion.ClaimedById,
        opinion.ReportedBackOn,
    ];

    private static object?[] ProblemCells(Problem problem)
    {
        var winds = new string[problem.FourWinds.Count];
        for (var i = 0; i < winds.Length; i++)
        {
            winds[i] = DatasetEnums.FourWind.NameOf(problem.FourWinds[i]);
        }

        return
        [
            problem.Id, problem.UnitId, DatasetEnums.OwnerLevel.NameOf(problem.Owner.Level), problem.Owner.PersonId,
            DatasetEnums.Category.NameOf(problem.Category), winds.Length > 0 ? winds : null, problem.FocusId, problem.Text, DatasetEnums.Source.NameOf(problem.Source),
            problem.OpinionIds.Count > 0 ? problem.OpinionIds : null, problem.IdentifiedOn, problem.Severity == ProblemSeverity.Normal ? null : DatasetEnums.Severity.NameOf(problem.Severity),
        ];
    }

    private static object?[] RectificationCells(Rectification r) =>
    [
        r.Id, r.ProblemIds, r.Measure, DatasetEnums.Mode.NameOf(r.Mode), r.ResponsiblePersonId, r.ResponsibleUnitId, r.Deadline,
        DatasetEnums.Status.NameOf(r.Status), r.CompletedOn,
        r.Evaluation is { } e ? DatasetEnums.Evaluator.NameOf(e.By) : null, r.Evaluation?.On, r.Evaluation?.SatisfiedRate, r.Evaluation?.Respondents,
    ];

    private static List<(string RectificationId, Evidence Evidence)> EvidenceRows(CampaignDataset? dataset)
    {
        var rows = new List<(string, Evidence)>();
        if (dataset is null)
        {
            return rows;
        }

        foreach (var rectification in dataset.Rectifications)
        {
            foreach (var evidence in rectification.Evidence)
            {
                rows.Add((rectification.Id, evidence));
            }
        }

        return rows;
    }

    private static object?[] EvidenceCells((string RectificationId, Evidence Evidence) row) =>
        [row.RectificationId, DatasetEnums.EvidenceKind.NameOf(row.Evidence.Kind), row.Evidence.Reference];

    private static void CheckLists(CampaignDataset dataset)
    {
        CheckList(dataset.Campaign.FocusLists, "$.campaign.focusLists");
        for (var i = 0; i < dataset.Problems.Count; i++)
        {
            CheckList(dataset.Problems[i].OpinionIds, $"$.problems[{i}].opinionIds");
        }

        for (var i = 0; i < dataset.Rectifications.Count; i++)
        {
            CheckList(dataset.Rectifications[i].ProblemIds, $"$.rectifications[{i}].problemIds");
        }
    }

    private static void CheckList(IReadOnlyList<string> items, string path)
    {
        if (items.Count == 1 && items[0] == LedgerLayout.EmptyList)
        {
            throw new ArgumentException($"{path}: a list of the one item '{LedgerLayout.EmptyList}' cannot be written: a workbook list cell holding only it is the empty list.");
        }

        foreach (var item in items)
        {
            if (item.AsSpan().IndexOfAny(LedgerLayout.ListSeparators) >= 0 || item.Trim().Length != item.Length)
            {
                throw new ArgumentException(
                    $"{path}: the id '{item}' contains a list separator (、 , ， ; ； or a line break) or starts or ends with a space, so a workbook list cell cannot hold it.");
            }
        }
    }

    // ---- 活动 ----------------------------------------------------------------------------------

    private static void WriteCampaignSheet(XmlWriter xml, SharedStrings strings, CampaignRun? campaign)
    {
        var sheet = LedgerLayout.Campaign;
        StartWorksheet(xml, frozenRows: 1);
        xml.WriteStartElement("cols", MainNamespace);
        WriteColumn(xml, 0, 16, StyleText);
        WriteColumn(xml, 1, 48, StyleText);
        WriteColumn(xml, 2, 70, StyleWrap);
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", MainNamespace);
        StartRow(xml, 1);
        WriteString(xml, strings, 0, 1, "项目", StyleHeader);
        WriteString(xml, strings, 1, 1, "内容", StyleHeader);
        WriteString(xml, strings, 2, 1, "说明", StyleHeader);
        xml.WriteEndElement();
        object?[] values = campaign is null
            ? new object?[sheet.Columns.Length]
            :
            [
                campaign.Name, DatasetEnums.Batch.NameOf(campaign.Batch), campaign.Start, campaign.End, campaign.AsOf,
                campaign.FocusLists.Count == 1 && campaign.FocusLists[0] == CampaignRun.DefaultFocusLists[0] ? null : campaign.FocusLists,
            ];
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            var row = i + 2;
            var column = sheet.Columns[i];
            StartRow(xml, row);
            WriteString(xml, strings, 0, row, column.Header, StyleHeader);
            if (values[i] is { } value)
            {
                WriteValue(xml, strings, column, 1, row, value);
            }
            else if (column.Kind == LedgerValueKind.Date)
            {
                // An empty cell styled as a date, so a date typed here is kept as one.
                WriteEmpty(xml, 1, row, StyleDate);
            }

            WriteString(xml, strings, 2, row, (column.Required ? "必填。" : "选填。") + column.Help, StyleWrap);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        WriteValidations(xml, sheet.Columns, row => "B" + (row + 2).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    // ---- 说明 and 选项 ---------------------------------------------------------------------------

    private static void WriteInstructions(XmlWriter xml, SharedStrings strings)
    {
        StartWorksheet(xml, frozenRows: 0);
        xml.WriteStartElement("cols", MainNamespace);
        WriteColumn(xml, 0, 14, StyleWrap);
        WriteColumn(xml, 1, 20, StyleWrap);
        WriteColumn(xml, 2, 26, StyleWrap);
        WriteColumn(xml, 3, 8, StyleWrap);
        WriteColumn(xml, 4, 80, StyleWrap);
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", MainNamespace);
        var row = 0;

        void Line(string? a, string? b = null, string? c = null, string? d = null, string? e = null, int style = StyleWrap)
        {
            row++;
            StartRow(xml, row);
            string?[] texts = [a, b, c, d, e];
            for (var i = 0; i < texts.Length; i++)
            {
                if (texts[i] is { Length: > 0 } text)
                {
                    WriteString(xml, strings, i, row, text, style);
                }
            }

            xml.WriteEndElement();
        }

        Line("党的群众路线教育实践活动台账", style: StyleTitle);
        Line("用法", null, null, null, "每张表第一行是列标题，请勿修改；从第二行起每行填写一条记录，空行会被跳过。带下拉列表的列请从列表中选择。日期填写为日期（如 2014-03-01）。编号列可以不填，不填时按行号自动编号（如“查摆问题”表第17行的问题编号为 PR#17），但其他表要引用它时必须使用这个编号。可填多项的列用顿号“、”或逗号分隔。");
        Line("检查", null, null, null, "用命令 campaign validate 台账.xlsx 检查本台账；每个错误都指明表名、单元格和字段，如 查摆问题!D17。用 campaign check 台账.xlsx 进行合规核查。");
        Line(null);
        Line("表", "列", "对应数据字段", "必填", "说明", StyleHeader);
        foreach (var sheet in LedgerLayout.DataSheets)
        {
            Line(sheet.Name, null, sheet.Collection, null, sheet.Help);
            foreach (var column in sheet.Columns)
            {
                var help = column.Enum is { } choices && column.Kind != LedgerValueKind.Boolean
                    ? column.Help + "。可选：" + string.Join("、", choices.Labels)
                    : column.Help;
                Line(sheet.Name, column.Header, column.Field, column.Required ? "是" : "否", help);
            }
        }

        Line(null);
        Line("选项", "中文", "数据中的写法", null, null, StyleHeader);
        foreach (var choices in LedgerLayout.Enums)
        {
            for (var i = 0; i < choices.Labels.Length; i++)
            {
                Line(choices.Title, choices.Labels[i], choices.Names[i]);
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteOptions(XmlWriter xml, SharedStrings strings)
    {
        StartWorksheet(xml, frozenRows: 1);
        xml.WriteStartElement("sheetData", MainNamespace);
        var height = 0;
        foreach (var choices in LedgerLayout.Enums)
        {
            height = Math.Max(height, choices.Labels.Length);
        }

        for (var row = 1; row <= height + 1; row++)
        {
            StartRow(xml, row);
            for (var i = 0; i < LedgerLayout.Enums.Length; i++)
            {
                var choices = LedgerLayout.Enums[i];
                if (row == 1)
                {
                    WriteString(xml, strings, i, row, choices.Title, StyleHeader);
                }
                else if (row - 2 < choices.Labels.Length)
                {
                    WriteString(xml, strings, i, row, choices.Labels[row - 2], 0);
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteValidations(XmlWriter xml, LedgerColumn[] columns, Func<int, string> range)
    {
        var count = 0;
        foreach (var column in columns)
        {
            count += column.Enum is null ? 0 : 1;
        }

        if (count == 0)
        {
            return;
        }

        xml.WriteStartElement("dataValidations", MainNamespace);
        xml.WriteAttributeString("count", count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Enum is not { } choices)
            {
                continue;
            }

            var list = Array.IndexOf(LedgerLayout.Enums, choices);
            var letter = ExcelCells.ColumnName(list);

            // An open list (the channel) and a list of several values (四风) take typed text too: no error on other values.
            var strict = columns[i].Kind is LedgerValueKind.Enum or LedgerValueKind.Boolean;
            xml.WriteStartElement("dataValidation", MainNamespace);
            xml.WriteAttributeString("type", "list");
            xml.WriteAttributeString("allowBlank", "1");
            xml.WriteAttributeString("showInputMessage", "1");
            xml.WriteAttributeString("showErrorMessage", strict ? "1" : "0");
            if (strict)
            {
                xml.WriteAttributeString("errorTitle", columns[i].Header);
                xml.WriteAttributeString("error", "请从下拉列表中选择：" + string.Join("、", choices.Labels));
            }

            xml.WriteAttributeString("promptTitle", columns[i].Header);
            xml.WriteAttributeString("prompt", Truncate(columns[i].Help, 255));
            xml.WriteAttributeString("sqref", range(i));
            xml.WriteElementString("formula1", MainNamespace,
                "'" + LedgerLayout.OptionsSheet + "'!$" + letter + "$2:$" + letter + "$" + (choices.Labels.Length + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    // ---- SpreadsheetML ----------------------------------------------------------------------------

    private static void StartWorksheet(XmlWriter xml, int frozenRows)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", MainNamespace);
        xml.WriteStartElement("sheetViews", MainNamespace);
        xml.WriteStartElement("sheetView", MainNamespace);
        xml.WriteAttributeString("workbookViewId", "0");
        if (frozenRows > 0)
        {
            xml.WriteStartElement("pane", MainNamespace);
            xml.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("topLeftCell", "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetFormatPr", MainNamespace);
        xml.WriteAttributeString("defaultRowHeight", "15");
        xml.WriteEndElement();
    }

    private static void WriteColumn(XmlWriter xml, int index, double width, int style)
    {
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("col", MainNamespace);
        xml.WriteAttributeString("min", number);
        xml.WriteAttributeString("max", number);
        xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
        if (style != 0)
        {
            xml.WriteAttributeString("style", style.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteAttributeString("customWidth", "1");
        xml.WriteEndElement();
    }

    private static void StartRow(XmlWriter xml, int row)
    {
        xml.WriteStartElement("row", MainNamespace);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
    }

    private static void StartCell(XmlWriter xml, int column, int row, int style)
    {
        xml.WriteStartElement("c", MainNamespace);
        xml.WriteAttributeString("r", ExcelCells.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture));
        if (style != 0)
        {
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteString(XmlWriter xml, SharedStrings strings, int column, int row, string text, int style)
    {
        StartCell(xml, column, row, style);
        xml.WriteAttributeString("t", "s");
        xml.WriteElementString("v", MainNamespace, strings.IndexOf(text).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void WriteNumber(XmlWriter xml, int column, int row, string number, int style)
    {
        StartCell(xml, column, row, style);
        xml.WriteElementString("v", MainNamespace, number);
        xml.WriteEndElement();
    }

    private static void WriteEmpty(XmlWriter xml, int column, int row, int style)
    {
        StartCell(xml, column, row, style);
        xml.WriteEndElement();
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "等线" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 49,
                FontId = 1,
                FillId = 2,
                BorderId = 0,
                FormatId = 0,
                ApplyFont = true,
                ApplyFill = true,
                ApplyAlignment = true,
                ApplyNumberFormat = true,
            },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 10, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49,
                FontId = 0,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyAlignment = true,
                ApplyNumberFormat = true,
            },
            new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 7 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The shared string table built while the sheets are written: each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];
        private int _references;

        public int IndexOf(string text)
        {
            _references++;
            if (!_index.TryGetValue(text, out var at))
            {
                at = _strings.Count;
                _index.Add(text, at);
                _strings.Add(text);
            }

            return at;
        }

        public void WriteTo(XmlWriter xml)
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("sst", MainNamespace);
            xml.WriteAttributeString("count", _references.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("uniqueCount", _strings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var text in _strings)
            {
                xml.WriteStartElement("si", MainNamespace);
                xml.WriteStartElement("t", MainNamespace);
                var escaped = ExcelCells.Escape(text);
                if (escaped.Length > 0 && (char.IsWhiteSpace(escaped[0]) || char.IsWhiteSpace(escaped[^1])))
                {
                    xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
                }

                xml.WriteString(escaped);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    }
}
