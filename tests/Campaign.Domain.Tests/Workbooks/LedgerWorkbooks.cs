using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;
using Campaign.Domain.Tests.Serialization;
using Campaign.Domain.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Campaign.Domain.Tests.Workbooks;

/// <summary>Ledger workbooks for tests: written from a dataset or the template, changed cell by cell through the Open XML
/// object model (as a clerk's edits would), read back.</summary>
internal static class LedgerWorkbooks
{
    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        CampaignWorkbookWriter.WriteTemplate(stream);
        return stream.ToArray();
    }

    public static byte[] Of(CampaignDataset dataset)
    {
        using var stream = new MemoryStream();
        CampaignWorkbookWriter.Write(dataset, stream);
        return stream.ToArray();
    }

    /// <summary>The workbook of <see cref="DatasetDocuments.Valid"/>: 单位 rows 2-3, 人员 2-3, 意见建议 2, 查摆问题 2-3, 整改事项 2-3, 整改佐证 2.</summary>
    public static byte[] Valid() => Of(DatasetDocuments.Read(DatasetDocuments.Valid));

    public static CampaignDataset Read(byte[] workbook, DatasetReadOptions? options = null)
    {
        using var stream = new MemoryStream(workbook);
        return CampaignDatasetReader.ReadWorkbook(stream, options);
    }

    public static IReadOnlyList<InputError> ErrorsOf(byte[] workbook, DatasetReadOptions? options = null)
    {
        try
        {
            Read(workbook, options);
        }
        catch (DatasetValidationException e)
        {
            return e.Errors;
        }

        throw new Xunit.Sdk.XunitException("The workbook was read without error, but it is invalid.");
    }

    /// <summary>A copy of <paramref name="workbook"/> changed by <paramref name="edit"/>.</summary>
    public static byte[] Edit(byte[] workbook, Action<Editor> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            edit(new Editor(document));
        }

        return stream.ToArray();
    }

    /// <summary>Changes cells of an open workbook.</summary>
    internal sealed class Editor(SpreadsheetDocument document)
    {
        public WorkbookPart Workbook => document.WorkbookPart!;

        /// <summary>Sets a cell: a string as an inline string, a number as a number, a bool as a boolean; null removes it.</summary>
        public Editor Set(string sheet, string reference, object? value)
        {
            var data = SheetData(sheet);
            ExcelCellsReference(reference, out var rowNumber);
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == rowNumber);
            if (row is null)
            {
                row = new Row { RowIndex = rowNumber };
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex!.Value < rowNumber);
                if (after is null)
                {
                    data.PrependChild(row);
                }
                else
                {
                    after.InsertAfterSelf(row);
                }
            }

            var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
            if (value is null)
            {
                cell?.Remove();
                return this;
            }

            if (cell is null)
            {
                cell = new Cell { CellReference = reference };
                var before = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!.Value!) > Column(reference));
                if (before is null)
                {
                    row.Append(cell);
                }
                else
                {
                    before.InsertBeforeSelf(cell);
                }
            }

            cell.RemoveAllChildren();
            switch (value)
            {
                case string text:
                    cell.DataType = CellValues.InlineString;
                    cell.Append(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                    break;
                case bool flag:
                    cell.DataType = CellValues.Boolean;
                    cell.Append(new CellValue(flag ? "1" : "0"));
                    break;
                case double or int or long:
                    cell.DataType = null;
                    cell.Append(new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!));
                    break;
                case DateOnly date:
                    cell.DataType = null;
                    cell.Append(new CellValue((date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case ExcelError error:
                    cell.DataType = CellValues.Error;
                    cell.Append(new CellValue(error.Text));
                    break;
                default:
                    throw new ArgumentException($"No cell for a {value.GetType().Name}.", nameof(value));
            }

            return this;
        }

        /// <summary>A cell's text through the shared string table or as written.</summary>
        public string? Get(string sheet, string reference)
        {
            var cell = SheetData(sheet).Descendants<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
            if (cell?.CellValue is null)
            {
                return cell?.InlineString?.InnerText;
            }

            return cell.DataType?.Value == CellValues.SharedString
                ? Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text)).InnerText
                : cell.CellValue.Text;
        }

        public Editor RemoveRow(string sheet, uint rowNumber)
        {
            SheetData(sheet).Elements<Row>().First(r => r.RowIndex!.Value == rowNumber).Remove();
            return this;
        }

        public Editor RemoveSheet(string name)
        {
            var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == name);
            var part = Workbook.GetPartById(sheet.Id!);
            sheet.Remove();
            Workbook.Workbook.DefinedNames?.Remove();
            Workbook.DeletePart(part);
            return this;
        }

        public SheetData SheetData(string name)
        {
            var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == name);
            return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        }

        public Worksheet Worksheet(string name)
        {
            var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == name);
            return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
        }

        private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1);

        private static void ExcelCellsReference(string reference, out uint row) =>
            row = uint.Parse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()));
    }

    /// <summary>An Excel error value such as <c>#N/A</c>.</summary>
    internal sealed record ExcelError(string Text);
}
