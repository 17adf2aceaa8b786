namespace Campaign.Domain.Workbooks;

/// <summary>One column of a ledger sheet (or one row of the 活动 sheet): its Chinese header, the dataset field it fills
/// (a dotted path within the record, e.g. <c>owner.personId</c>), how its cells are read, and its help text.</summary>
internal sealed record LedgerColumn(string Header, string Field, LedgerValueKind Kind, bool Required, string Help, LedgerEnum? Enum = null, double Width = 14)
{
    /// <summary>The nested object the field is in (<c>owner</c> for <c>owner.personId</c>); null for a top-level field.</summary>
    public string? Group { get; } = Field.Contains('.', StringComparison.Ordinal) ? Field[..Field.IndexOf('.', StringComparison.Ordinal)] : null;

    /// <summary>The property name within its object (<c>personId</c> for <c>owner.personId</c>).</summary>
    public string Leaf { get; } = Field.Contains('.', StringComparison.Ordinal) ? Field[(Field.IndexOf('.', StringComparison.Ordinal) + 1)..] : Field;
}
