namespace Campaign.Compliance.Facts;

/// <summary>A unit that has focus ids (the lists in use map some to its kind, <c>*.ALL.*</c> left out); MIS-005.</summary>
internal sealed class UnitFocus
{
    public UnitFocus(string unitId, IReadOnlyList<string> focusIds)
    {
        UnitId = unitId;
        FocusIds = focusIds;
    }

    public string UnitId { get; }

    public IReadOnlyList<string> FocusIds { get; }

    public override string ToString() => "UnitFocus " + UnitId;
}
