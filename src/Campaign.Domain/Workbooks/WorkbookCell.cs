namespace Campaign.Domain.Workbooks;

/// <summary>What a cell holds, as SpreadsheetML types it.</summary>
internal enum WorkbookCellType
{
    /// <summary>No value.</summary>
    Blank,

    /// <summary>Text: a shared string, an inline string or a formula's text result.</summary>
    Text,

    /// <summary>A number (dates are numbers formatted as dates); <see cref="WorkbookCell.Text"/> is its invariant text.</summary>
    Number,

    /// <summary>TRUE or FALSE; <see cref="WorkbookCell.Text"/> is <c>1</c> or <c>0</c>.</summary>
    Boolean,

    /// <summary>An Excel error such as <c>#N/A</c>.</summary>
    Error,
}

/// <summary>One cell's value as read from a sheet.</summary>
internal readonly record struct WorkbookCell(WorkbookCellType Type, string? Text)
{
    /// <summary>Blank, or text of white space only.</summary>
    public bool IsBlank => Type == WorkbookCellType.Blank || string.IsNullOrWhiteSpace(Text);

    /// <summary>Blank for a column of this kind: text is kept as written, so a text cell is blank only when it holds no
    /// value at all (a cell holding the empty string is the empty text); for every other kind a cell of spaces is blank too.</summary>
    public bool IsBlankFor(LedgerValueKind kind) => kind is LedgerValueKind.Text or LedgerValueKind.OpenEnum ? Type == WorkbookCellType.Blank : IsBlank;
}
