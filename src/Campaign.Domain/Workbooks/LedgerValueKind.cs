namespace Campaign.Domain.Workbooks;

/// <summary>How a ledger column's cells become a value of <c>campaign-dataset/1</c>.</summary>
internal enum LedgerValueKind
{
    /// <summary>Any text, kept as written.</summary>
    Text,

    /// <summary>The record's own id: blank means an id is assigned from the row.</summary>
    Id,

    /// <summary>A date: an Excel date or text such as 2014-03-01, 2014/3/1 or 2014年3月1日.</summary>
    Date,

    /// <summary>One value of an enumeration: its Chinese label or its dataset name.</summary>
    Enum,

    /// <summary>Several values of an enumeration separated by 、 or commas.</summary>
    EnumList,

    /// <summary>Several ids or codes separated by 、 or commas.</summary>
    List,

    /// <summary>A number (a percentage such as 90% is accepted for a rate).</summary>
    Number,

    /// <summary>是/否 (or true/false).</summary>
    Boolean,

    /// <summary>A known label or name of the enumeration, or any other text kept as written (the opinion channel).</summary>
    OpenEnum,
}
