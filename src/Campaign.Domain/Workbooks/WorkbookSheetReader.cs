using System.Globalization;
using System.Text;
using System.Xml;

namespace Campaign.Domain.Workbooks;

/// <summary>
/// Streams the rows of one worksheet part with an <see cref="XmlReader"/> (no document object model): for each row its
/// number and its cells by column, shared strings resolved. Rows and cells without an <c>r</c> reference follow the one before.
/// </summary>
/// <remarks>Runs once per cell of a province-sized workbook: names are compared as atomized references, and the row's
/// cells go into one array reused for every row.</remarks>
internal sealed class WorkbookSheetReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly IReadOnlyList<string> _sharedStrings;
    private readonly string _row;
    private readonly string _c;
    private readonly string _v;
    private readonly string _is;
    private readonly string _r;
    private readonly string _sheetData;
    private readonly StringBuilder _text = new();
    private int _lastRow;

    public WorkbookSheetReader(Stream part, IReadOnlyList<string> sharedStrings, int width)
    {
        _xml = XmlReader.Create(part, Settings);
        _sharedStrings = sharedStrings;
        var names = _xml.NameTable;
        _row = names.Add("row");
        _c = names.Add("c");
        _v = names.Add("v");
        _is = names.Add("is");
        _r = names.Add("r");
        _sheetData = names.Add("sheetData");
        Cells = new WorkbookCell[width];
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,

        // Text that XML cannot hold arrives escaped (_xHHHH_); checking every character again costs time on every cell.
        CheckCharacters = false,
    };

    /// <summary>The current row's cells by 0-based column; columns past the array's width are dropped.</summary>
    public WorkbookCell[] Cells { get; }

    /// <summary>The current row's 1-based number.</summary>
    public int Row { get; private set; }

    /// <summary>Whether any cell of the current row within the width holds a value.</summary>
    public bool RowHasValues { get; private set; }

    /// <summary>Moves to the next row that is in the file; false at the end of the sheet.</summary>
    /// <exception cref="XmlException">The part is not well-formed XML.</exception>
    public bool Read()
    {
        var xml = _xml;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, _row))
            {
                ReadRow();
                return true;
            }

            if (xml.NodeType == XmlNodeType.EndElement && ReferenceEquals(xml.LocalName, _sheetData))
            {
                return false;
            }
        }

        return false;
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>The shared strings of a workbook, in order.</summary>
    public static List<string> ReadSharedStrings(Stream part)
    {
        var strings = new List<string>();
        using var xml = XmlReader.Create(part, Settings);
        var si = xml.NameTable.Add("si");
        var builder = new StringBuilder();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, si))
            {
                strings.Add(ReadRichText(xml, builder));
            }
        }

        return strings;
    }

    private void ReadRow()
    {
        var xml = _xml;
        Array.Clear(Cells);
        RowHasValues = false;
        Row = int.TryParse(xml.GetAttribute(_r), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : _lastRow + 1;
        _lastRow = Row;
        if (xml.IsEmptyElement)
        {
            return;
        }

        var column = -1;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, _c))
            {
                continue;
            }

            var reference = xml.GetAttribute(_r);
            column = reference is not null && ExcelCells.TryParseReference(reference, out var at, out _) ? at : column + 1;
            var type = xml.GetAttribute("t");
            var cell = ReadCell(type);
            if (column < Cells.Length && cell.Type != WorkbookCellType.Blank)
            {
                Cells[column] = cell;
                RowHasValues |= !cell.IsBlank;
            }
        }
    }

    private WorkbookCell ReadCell(string? type)
    {
        var xml = _xml;
        if (xml.IsEmptyElement)
        {
            return default;
        }

        string? value = null;
        string? inline = null;
        var depth = xml.Depth;

        // ReadElementContentAsString and Skip leave the reader on the next node already: it must not be read past.
        var advanced = false;
        while (advanced || xml.Read())
        {
            advanced = false;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(xml.LocalName, _v))
            {
                value = xml.ReadElementContentAsString();
                advanced = true;
            }
            else if (ReferenceEquals(xml.LocalName, _is))
            {
                inline = ReadRichText(xml, _text);
            }
            else
            {
                xml.Skip();
                advanced = true;
            }
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < _sharedStrings.Count
                    ? new WorkbookCell(WorkbookCellType.Text, _sharedStrings[index])
                    : throw new XmlException($"the shared string '{value}' does not exist");
            case "inlineStr":
                return inline is null ? default : new WorkbookCell(WorkbookCellType.Text, inline);
            case "str":
                return value is null ? default : new WorkbookCell(WorkbookCellType.Text, ExcelCells.Unescape(value));
            case "b":
                return value is null ? default : new WorkbookCell(WorkbookCellType.Boolean, value);
            case "e":
                return new WorkbookCell(WorkbookCellType.Error, value ?? "#VALUE!");
            default:
                return value is null ? default : new WorkbookCell(WorkbookCellType.Number, value);
        }
    }

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its <c>t</c> or the <c>t</c> of its runs, without phonetic runs.</summary>
    private static string ReadRichText(XmlReader xml, StringBuilder text)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        text.Clear();
        var depth = xml.Depth;
        var advanced = false;
        while (advanced || xml.Read())
        {
            advanced = false;
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth)
            {
                break;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "t")
            {
                text.Append(xml.ReadElementContentAsString());
                advanced = true;
            }
            else if (xml.LocalName == "rPh")
            {
                xml.Skip();
                advanced = true;
            }
        }

        return ExcelCells.Unescape(text.ToString());
    }
}
