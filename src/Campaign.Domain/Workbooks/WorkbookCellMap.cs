using System.Globalization;
using System.Text.RegularExpressions;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Workbooks;

/// <summary>
/// Where each value of the in-memory <c>campaign-dataset/1</c> document came from: the row of every record, the column
/// of every field (as the workbook's header placed it) and the row of every piece of evidence. Turns the JSON path of a
/// <see cref="InputError"/> into its cell (<c>查摆问题!D17</c>); kept as row numbers per record so a province costs an int each.
/// </summary>
internal sealed partial class WorkbookCellMap
{
    private readonly Dictionary<string, SheetMap> _byCollection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerEnum> _enumHints = new(StringComparer.Ordinal);

    /// <summary>The map of one sheet: the letter of each layout column (null when the header lacks it) and the row of each record.</summary>
    public sealed class SheetMap(LedgerSheet sheet)
    {
        public LedgerSheet Sheet { get; } = sheet;

        public string?[] Letters { get; } = new string?[sheet.Columns.Length];

        public List<int> Rows { get; } = [];

        /// <summary>For the rectifications: the evidence rows of each rectification (by record index), when it has any.</summary>
        public Dictionary<int, List<int>> EvidenceRows { get; } = [];

        /// <summary>For the 活动 sheet: the row of each field (by layout index), 0 when absent.</summary>
        public int[] FieldRows { get; } = new int[sheet.Columns.Length];

        public string Cell(int column, int row) => Letters[column] is { } letter
            ? Sheet.Name + "!" + letter + row.ToString(CultureInfo.InvariantCulture)
            : Sheet.Name + "!" + row.ToString(CultureInfo.InvariantCulture) + ":" + row.ToString(CultureInfo.InvariantCulture);
    }

    public SheetMap Add(LedgerSheet sheet)
    {
        var map = new SheetMap(sheet);
        _byCollection[sheet.Collection] = map;
        return map;
    }

    /// <summary>The map of a collection's sheet, when it was read.</summary>
    public SheetMap? SheetOf(string collection) => _byCollection.GetValueOrDefault(collection);

    /// <summary>Remembers that <paramref name="cell"/> holds a value outside <paramref name="choices"/>, so its error lists the Chinese labels too.</summary>
    public void HintEnum(string cell, LedgerEnum choices) => _enumHints[cell] = choices;

    /// <summary>The error with its cell, the line of the in-memory document dropped, and record paths in its message turned into cells.</summary>
    public InputError Locate(InputError error)
    {
        var cell = CellOf(error.Path);
        var hint = cell is not null && _enumHints.TryGetValue(cell, out var choices) ? choices.Choices : null;
        if (error.Code == InputErrorCode.Custom)
        {
            var message = RecordCells(error.Message) + InputErrorMessages.Choices(hint, chinese: false);
            return new InputError(error.Path, message, cell);
        }

        // The code and arguments are kept so the message can still be given in either language.
        var arguments = new string[error.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = RecordCells(error.Arguments[i]);
        }

        return new InputError(error.Path, cell, error.Code, arguments, hint);
    }

    /// <summary>The cell of a JSON path such as <c>$.problems[3].owner.personId</c>; null for the document as a whole.</summary>
    public string? CellOf(string path)
    {
        var segments = Segments().Matches(path);
        if (!path.StartsWith("$.", StringComparison.Ordinal) || segments.Count == 0)
        {
            return null;
        }

        var collection = segments[0].Groups[1].Value;
        if (!_byCollection.TryGetValue(collection, out var map))
        {
            return null;
        }

        if (collection == LedgerLayout.Campaign.Collection)
        {
            var field = segments.Count > 1 ? map.Sheet.IndexOf(segments[1].Groups[1].Value) : -1;
            return field >= 0 && map.FieldRows[field] > 0 ? map.Sheet.Name + "!B" + map.FieldRows[field].ToString(CultureInfo.InvariantCulture) : map.Sheet.Name;
        }

        if (!TryIndex(segments[0], out var index) || index >= map.Rows.Count)
        {
            return map.Sheet.Name;
        }

        var row = map.Rows[index];
        if (segments.Count == 1)
        {
            return map.Cell(0, row);
        }

        var first = segments[1].Groups[1].Value;
        if (first == "evidence" && _byCollection.TryGetValue(LedgerLayout.Evidence.Collection, out var evidence)
            && TryIndex(segments[1], out var item) && map.EvidenceRows.TryGetValue(index, out var rows) && item < rows.Count)
        {
            var column = segments.Count > 2 ? evidence.Sheet.IndexOf(segments[2].Groups[1].Value) : 0;
            return evidence.Cell(Math.Max(column, 0), rows[item]);
        }

        var at = segments.Count > 2 ? map.Sheet.IndexOf(first + "." + segments[2].Groups[1].Value) : map.Sheet.IndexOf(first);
        if (at < 0)
        {
            // A nested object as a whole (owner, evaluation): its first column.
            for (var i = 0; i < map.Sheet.Columns.Length && at < 0; i++)
            {
                at = map.Sheet.Columns[i].Group == first ? i : -1;
            }
        }

        return map.Cell(Math.Max(at, 0), row);
    }

    /// <summary>The text with every record path in it (<c>$.problems[3]</c>) turned into the cell of its record's first column.</summary>
    private string RecordCells(string text) =>
        text.Contains("$.", StringComparison.Ordinal) ? RecordPath().Replace(text, match => RecordCell(match.Groups[1].Value, match.Groups[2].Value) ?? match.Value) : text;

    private string? RecordCell(string collection, string index) =>
        _byCollection.TryGetValue(collection, out var map) && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < map.Rows.Count
            ? map.Cell(0, map.Rows[i])
            : null;

    private static bool TryIndex(Match segment, out int index)
    {
        index = -1;
        return segment.Groups[2].Success && int.TryParse(segment.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    [GeneratedRegex(@"\.([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")]
    private static partial Regex Segments();

    [GeneratedRegex(@"\$\.(units|people|opinions|problems|rectifications)\[(\d+)\]")]
    private static partial Regex RecordPath();
}
