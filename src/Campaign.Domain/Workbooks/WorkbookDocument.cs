using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Domain.Workbooks;

/// <summary>
/// Turns a ledger workbook into the <c>campaign-dataset/1</c> document it stands for, in memory, and records in a
/// <see cref="WorkbookCellMap"/> which cell each value came from. The dataset reader then validates that document exactly as
/// it validates a JSON file, so a workbook and a JSON file are held to the same rules and give the same errors.
/// </summary>
/// <remarks>What only a workbook can get wrong is reported here, with its cell: not a workbook, a missing sheet, a header
/// that is not the layout's, an Excel error value, evidence for a rectification that does not exist.</remarks>
internal sealed class WorkbookDocument : IDisposable
{
    private const int FlushThreshold = 64 * 1024;

    private readonly List<InputError> _errors = [];
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly PooledChunkStream _json = PooledChunkStream.CreateEmpty();
    private readonly Utf8JsonWriter _writer;
    private readonly int _maxErrors;
    private bool _date1904;
    private IReadOnlyList<string> _sharedStrings = [];

    private WorkbookDocument(int maxErrors)
    {
        _maxErrors = maxErrors;
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <summary>The cells of the document's values.</summary>
    public WorkbookCellMap Map { get; } = new();

    /// <summary>The errors only a workbook can have, each with its cell.</summary>
    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Whether the workbook is so far from the layout (not a workbook, a sheet or a header column missing) that validating its values would only add noise.</summary>
    public bool IsMalformed { get; private set; }

    /// <summary>The UTF-8 document, to be read from its start.</summary>
    public Stream Json => _json;

    public void Dispose()
    {
        _writer.Dispose();
        _json.Dispose();
    }

    /// <summary>Reads the workbook into a document.</summary>
    public static WorkbookDocument Build(Stream workbook, int maxErrors, CancellationToken cancellation)
    {
        var document = new WorkbookDocument(maxErrors);
        try
        {
            document.Read(workbook, cancellation);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private void Read(Stream workbook, CancellationToken cancellation)
    {
        SpreadsheetDocument spreadsheet;
        try
        {
            spreadsheet = SpreadsheetDocument.Open(workbook, false);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException
            or XmlException or NotSupportedException or ArgumentException)
        {
            Malformed(null, InputErrorCode.NotAWorkbook, e.Message);
            return;
        }

        using (spreadsheet)
        {
            try
            {
                ReadSheets(spreadsheet, cancellation);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                Malformed(null, InputErrorCode.DamagedWorkbook, e.Message);
            }
        }
    }

    private void ReadSheets(SpreadsheetDocument spreadsheet, CancellationToken cancellation)
    {
        var workbookPart = spreadsheet.WorkbookPart;
        if (workbookPart?.Workbook is not { } workbook)
        {
            Malformed(null, InputErrorCode.NotAWorkbook, "it has no workbook part");
            return;
        }

        _date1904 = workbook.WorkbookProperties?.Date1904?.Value ?? false;
        if (workbookPart.SharedStringTablePart is { } strings)
        {
            using var stream = strings.GetStream(FileMode.Open, FileAccess.Read);
            _sharedStrings = WorkbookSheetReader.ReadSharedStrings(stream);
        }

        var parts = new Dictionary<string, WorksheetPart>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Name?.Value is { } name && sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                parts[name.Trim()] = worksheet;
            }
        }

        foreach (var required in new[] { LedgerLayout.Campaign, LedgerLayout.Units })
        {
            if (!parts.ContainsKey(required.Name))
            {
                Malformed(required.Name, InputErrorCode.MissingSheet, required.Name, string.Join(", ", LedgerLayout.DataSheets.Select(s => s.Name)));
            }
        }

        if (IsMalformed)
        {
            return;
        }

        var evidence = parts.TryGetValue(LedgerLayout.Evidence.Name, out var evidencePart) ? ReadEvidence(evidencePart, cancellation) : null;
        if (IsMalformed)
        {
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString("format", "campaign-dataset/1");
        ReadCampaign(parts[LedgerLayout.Campaign.Name]);
        foreach (var sheet in LedgerLayout.RecordSheets)
        {
            _writer.WriteStartArray(sheet.Collection);
            if (parts.TryGetValue(sheet.Name, out var part))
            {
                ReadRecords(sheet, part, sheet == LedgerLayout.Rectifications ? evidence : null, cancellation);
            }
            else
            {
                Map.Add(sheet);
            }

            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        Flush(force: true);

        if (evidence is not null && !IsMalformed)
        {
            foreach (var (id, items) in evidence)
            {
                foreach (var item in items)
                {
                    Error(item.Cell, InputErrorCode.EvidenceOfUnknownRectification, LedgerLayout.Rectifications.Name, id);
                }
            }
        }
    }

    // ---- 活动 ----------------------------------------------------------------------------------

    private void ReadCampaign(WorksheetPart part)
    {
        var sheet = LedgerLayout.Campaign;
        var map = Map.Add(sheet);
        var values = new WorkbookCell[sheet.Columns.Length];
        using (var stream = part.GetStream(FileMode.Open, FileAccess.Read))
        using (var rows = new WorkbookSheetReader(stream, _sharedStrings, 2))
        {
            while (rows.Read())
            {
                if (rows.Row == 1 || rows.Cells[0].IsBlank)
                {
                    if (rows.Row > 1 && !rows.Cells[1].IsBlank)
                    {
                        Error(sheet.Name + "!A" + Number(rows.Row), InputErrorCode.CampaignItemWithoutName);
                    }

                    continue;
                }

                var label = rows.Cells[0].Text!.Trim();
                var field = FindColumn(sheet, label);
                if (field < 0)
                {
                    Error(sheet.Name + "!A" + Number(rows.Row), InputErrorCode.UnknownCampaignItem, label, string.Join(", ", sheet.Columns.Select(c => c.Header)));
                }
                else if (map.FieldRows[field] > 0)
                {
                    Error(sheet.Name + "!A" + Number(rows.Row), InputErrorCode.DuplicateCampaignItem, label, Number(map.FieldRows[field]));
                }
                else
                {
                    map.FieldRows[field] = rows.Row;
                    values[field] = rows.Cells[1];
                }
            }
        }

        _writer.WriteStartObject(sheet.Collection);
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            if (!values[i].IsBlankFor(sheet.Columns[i].Kind))
            {
                WriteValue(sheet.Columns[i], values[i], new CellAt(sheet.Name, "B", map.FieldRows[i]));
            }
        }

        _writer.WriteEndObject();
    }

    // ---- record sheets ---------------------------------------------------------------------------

    private void ReadRecords(LedgerSheet sheet, WorksheetPart part, Dictionary<string, List<EvidenceItem>>? evidence, CancellationToken cancellation)
    {
        var map = Map.Add(sheet);
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var rows = new WorkbookSheetReader(stream, _sharedStrings, MaxColumns);
        var columnOf = ReadHeader(sheet, rows, map);
        if (columnOf is null)
        {
            return;
        }

        var values = new WorkbookCell[sheet.Columns.Length];
        var cells = new string?[sheet.Columns.Length];
        var index = 0;
        while (rows.Read())
        {
            if (!rows.RowHasValues)
            {
                continue;
            }

            if ((rows.Row & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            for (var i = 0; i < values.Length; i++)
            {
                values[i] = columnOf[i] >= 0 ? rows.Cells[columnOf[i]] : default;
            }

            map.Rows.Add(rows.Row);
            _writer.WriteStartObject();
            string? group = null;
            for (var i = 0; i < values.Length; i++)
            {
                var column = sheet.Columns[i];
                if (column.Group != group)
                {
                    if (group is not null)
                    {
                        _writer.WriteEndObject();
                        group = null;
                    }

                    if (column.Group is not null && GroupHasValue(sheet, values, i))
                    {
                        group = column.Group;
                        _writer.WriteStartObject(group);
                    }
                }

                if (column.Group is not null && group is null)
                {
                    continue;
                }

                if (values[i].IsBlankFor(column.Kind))
                {
                    if (column.Kind == LedgerValueKind.Id)
                    {
                        // A blank id is the sheet's prefix and the row: stable as long as the row stays where it is.
                        _writer.WriteString(column.Leaf, sheet.IdPrefix + "#" + Number(rows.Row));
                    }

                    continue;
                }

                WriteValue(column, values[i], new CellAt(sheet.Name, map.Letters[i], rows.Row));
            }

            if (group is not null)
            {
                _writer.WriteEndObject();
            }

            if (evidence is not null)
            {
                var id = values[0].IsBlank ? sheet.IdPrefix + "#" + Number(rows.Row) : TextOf(values[0]);
                if (evidence.Remove(id, out var items))
                {
                    WriteEvidence(items, map, index);
                }
            }

            _writer.WriteEndObject();
            index++;
            Flush(force: false);
        }
    }

    private static bool GroupHasValue(LedgerSheet sheet, WorkbookCell[] values, int from)
    {
        var group = sheet.Columns[from].Group;
        for (var i = from; i < values.Length && sheet.Columns[i].Group == group; i++)
        {
            if (!values[i].IsBlankFor(sheet.Columns[i].Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most columns a sheet is read to: the layout's plus room for reordered or extra ones.</summary>
    private const int MaxColumns = 64;

    /// <summary>Reads row 1 of a record sheet: the workbook column of each layout column (-1 when missing); null when the header is unusable.</summary>
    private int[]? ReadHeader(LedgerSheet sheet, WorkbookSheetReader rows, WorkbookCellMap.SheetMap map)
    {
        var columnOf = new int[sheet.Columns.Length];
        Array.Fill(columnOf, -1);
        if (!rows.Read())
        {
            // An empty sheet holds no records.
            return null;
        }

        if (rows.Row != 1)
        {
            Malformed(sheet.Name + "!1:1", InputErrorCode.MissingHeaderRow, sheet.Name, string.Join(", ", sheet.Columns.Select(c => c.Header)));
            return null;
        }

        for (var c = 0; c < rows.Cells.Length; c++)
        {
            if (rows.Cells[c].IsBlank)
            {
                continue;
            }

            var header = rows.Cells[c].Text!.Trim();
            var at = FindColumn(sheet, header);
            var cell = sheet.Name + "!" + ExcelCells.ColumnName(c) + "1";
            if (at < 0)
            {
                Malformed(cell, InputErrorCode.UnknownColumn, header, sheet.Name, string.Join(", ", sheet.Columns.Select(col => col.Header)));
            }
            else if (columnOf[at] >= 0)
            {
                Malformed(cell, InputErrorCode.DuplicateColumn, header, ExcelCells.ColumnName(columnOf[at]));
            }
            else
            {
                columnOf[at] = c;
                map.Letters[at] = ExcelCells.ColumnName(c);
            }
        }

        for (var i = 0; i < columnOf.Length; i++)
        {
            if (columnOf[i] < 0 && sheet.Columns[i].Required)
            {
                Malformed(sheet.Name + "!1:1", InputErrorCode.MissingColumn, sheet.Columns[i].Header, sheet.Columns[i].Field);
            }
        }

        return IsMalformed ? null : columnOf;
    }

    private static int FindColumn(LedgerSheet sheet, string header)
    {
        for (var i = 0; i < sheet.Columns.Length; i++)
        {
            if (string.Equals(sheet.Columns[i].Header, header, StringComparison.Ordinal) || string.Equals(sheet.Columns[i].Field, header, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // ---- 整改佐证 --------------------------------------------------------------------------------

    private readonly record struct EvidenceItem(int Row, string Cell, WorkbookCell Kind, WorkbookCell Reference);

    private Dictionary<string, List<EvidenceItem>> ReadEvidence(WorksheetPart part, CancellationToken cancellation)
    {
        var sheet = LedgerLayout.Evidence;
        var map = Map.Add(sheet);
        var evidence = new Dictionary<string, List<EvidenceItem>>(StringComparer.Ordinal);
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var rows = new WorkbookSheetReader(stream, _sharedStrings, MaxColumns);
        var columnOf = ReadHeader(sheet, rows, map);
        if (columnOf is null)
        {
            return evidence;
        }

        while (rows.Read())
        {
            if (!rows.RowHasValues)
            {
                continue;
            }

            if ((rows.Row & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var id = rows.Cells[columnOf[0]];
            var cell = sheet.Name + "!" + map.Letters[0] + Number(rows.Row);
            if (id.IsBlank)
            {
                Error(cell, InputErrorCode.EvidenceWithoutRectificationId, LedgerLayout.Rectifications.Name);
                continue;
            }

            var key = TextOf(id);
            if (!evidence.TryGetValue(key, out var items))
            {
                items = [];
                evidence.Add(key, items);
            }

            items.Add(new EvidenceItem(rows.Row, cell, rows.Cells[columnOf[1]], rows.Cells[columnOf[2]]));
        }

        return evidence;
    }

    private void WriteEvidence(List<EvidenceItem> items, WorkbookCellMap.SheetMap rectifications, int index)
    {
        var sheet = LedgerLayout.Evidence;
        var evidenceMap = Map.SheetOf(sheet.Collection);
        var rows = new List<int>(items.Count);
        _writer.WriteStartArray("evidence");
        foreach (var item in items)
        {
            rows.Add(item.Row);
            _writer.WriteStartObject();
            if (!item.Kind.IsBlank)
            {
                WriteValue(sheet.Columns[1], item.Kind, new CellAt(sheet.Name, evidenceMap?.Letters[1], item.Row));
            }

            if (!item.Reference.IsBlankFor(LedgerValueKind.Text))
            {
                WriteValue(sheet.Columns[2], item.Reference, default);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        rectifications.EvidenceRows[index] = rows;
    }

    // ---- values ----------------------------------------------------------------------------------

    /// <summary>Writes one non-blank cell as the field's JSON value. What cannot be converted is written as the text it
    /// holds, so the dataset reader refuses it with the same error as in a JSON file.</summary>
    private void WriteValue(LedgerColumn column, WorkbookCell value, CellAt at)
    {
        var w = _writer;
        if (value.Type == WorkbookCellType.Error)
        {
            Error(at.Reference, InputErrorCode.ExcelErrorValue, value.Text ?? "#VALUE!");
            w.WriteString(column.Leaf, value.Text);
            return;
        }

        switch (column.Kind)
        {
            case LedgerValueKind.Date:
                if (value.Type == WorkbookCellType.Number && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                    && ExcelCells.TryFromSerial(serial, _date1904, out var date))
                {
                    WriteDate(column.Leaf, date);
                }
                else
                {
                    var text = TextOf(value).Trim();
                    if (TryParseDateText(text, out var typed))
                    {
                        WriteDate(column.Leaf, typed);
                    }
                    else
                    {
                        w.WriteString(column.Leaf, text);
                    }
                }

                return;
            case LedgerValueKind.Enum:
            case LedgerValueKind.OpenEnum:
                {
                    var text = TextOf(value).Trim();
                    var name = column.Enum!.NameOf(text);
                    if (name is null && column.Kind == LedgerValueKind.Enum && at.Reference is { } cell)
                    {
                        Map.HintEnum(cell, column.Enum);
                    }

                    w.WriteString(column.Leaf, name ?? (column.Kind == LedgerValueKind.OpenEnum ? TextOf(value) : text));
                    return;
                }

            case LedgerValueKind.EnumList:
            case LedgerValueKind.List:
                w.WriteStartArray(column.Leaf);
                if (TextOf(value).Trim() == LedgerLayout.EmptyList)
                {
                    w.WriteEndArray();
                    return;
                }

                foreach (var item in TextOf(value).Split(LedgerLayout.ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var name = column.Enum?.NameOf(item);
                    if (column.Enum is not null && name is null && at.Reference is { } cell)
                    {
                        Map.HintEnum(cell, column.Enum);
                    }

                    w.WriteStringValue(name ?? item);
                }

                w.WriteEndArray();
                return;
            case LedgerValueKind.Number:
                {
                    var text = TextOf(value).Trim();
                    var percent = value.Type == WorkbookCellType.Text && text.EndsWith('%');
                    if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                    {
                        if (percent)
                        {
                            number /= 100;
                        }

                        if (Math.Abs(number) < 1e15 && number == Math.Floor(number))
                        {
                            w.WriteNumber(column.Leaf, (long)number);
                        }
                        else
                        {
                            w.WriteNumber(column.Leaf, number);
                        }
                    }
                    else
                    {
                        w.WriteString(column.Leaf, text);
                    }

                    return;
                }

            case LedgerValueKind.Boolean:
                {
                    var text = TextOf(value).Trim();
                    bool? flag = value.Type == WorkbookCellType.Boolean || value.Type == WorkbookCellType.Number
                        ? value.Text switch { "1" => true, "0" => false, _ => null }
                        : text switch
                        {
                            "是" or "true" or "TRUE" or "True" => true,
                            "否" or "false" or "FALSE" or "False" => false,
                            _ => null,
                        };
                    if (flag is { } yes)
                    {
                        w.WriteBoolean(column.Leaf, yes);
                    }
                    else
                    {
                        w.WriteString(column.Leaf, text);
                    }

                    return;
                }

            default:
                w.WriteString(column.Leaf, TextOf(value));
                return;
        }
    }

    /// <summary>A cell as text: a number as its invariant text, a boolean as TRUE or FALSE.</summary>
    private static string TextOf(WorkbookCell cell) => cell.Type switch
    {
        WorkbookCellType.Boolean => cell.Text == "1" ? "TRUE" : "FALSE",
        _ => cell.Text ?? string.Empty,
    };

    /// <summary>A date typed as text: 2014-03-01, 2014-3-1, 2014/3/1, 2014.3.1 or 2014年3月1日 (only real calendar dates).</summary>
    internal static bool TryParseDateText(string text, out DateOnly date)
    {
        date = default;
        if (text.Length is < 8 or > 11)
        {
            return false;
        }

        var normalized = text.Replace('/', '-').Replace('.', '-').Replace('年', '-').Replace('月', '-').TrimEnd('日');
        return !text.EndsWith('-') && DateOnly.TryParseExact(normalized, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            && (text.Contains('年', StringComparison.Ordinal) == text.EndsWith('日'));
    }

    private void WriteDate(string name, DateOnly date)
    {
        Span<byte> text = stackalloc byte[10];
        date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.WriteString(name, text);
    }

    private void Flush(bool force)
    {
        if (force || _writer.BytesPending + _buffer.WrittenCount >= FlushThreshold)
        {
            _writer.Flush();
            _json.Append(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>A cell's place, made into its reference only for an error: most values never need one.</summary>
    private readonly record struct CellAt(string Sheet, string? Letter, int Row)
    {
        public string? Reference => Letter is null ? null : Sheet + "!" + Letter + Number(Row);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Error(string? cell, InputErrorCode code, params string[] arguments)
    {
        if (_errors.Count < _maxErrors)
        {
            _errors.Add(new InputError("$", cell, code, arguments));
        }
    }

    private void Malformed(string? cell, InputErrorCode code, params string[] arguments)
    {
        IsMalformed = true;
        Error(cell, code, arguments);
    }
}
