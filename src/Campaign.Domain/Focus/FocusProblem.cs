using Campaign.Domain.Units;

namespace Campaign.Domain.Focus;

/// <summary>
/// One focus problem (重点解决的问题) of a focus list: an id such as <c>FP.C.LEW.01</c>, the list it belongs
/// to, the unit kinds that must address it, and its Chinese and English text.
/// </summary>
public sealed class FocusProblem
{
    private static readonly UnitKind[] EveryKind = Enum.GetValues<UnitKind>();

    /// <summary>Creates a focus problem.</summary>
    /// <param name="id">The id; not empty, unique within a catalog.</param>
    /// <param name="listCode">The code of its list (e.g. <c>C</c>, <c>WD</c>); not empty.</param>
    /// <param name="unitKinds">The unit kinds it applies to; at least one. Listing every kind makes it apply to every kind.</param>
    /// <param name="chinese">The Chinese text; not empty.</param>
    /// <param name="english">The English text; not empty.</param>
    /// <exception cref="ArgumentException">A value is empty or no unit kind is given.</exception>
    public FocusProblem(string id, string listCode, IEnumerable<UnitKind> unitKinds, string chinese, string english)
    {
        ArgumentNullException.ThrowIfNull(unitKinds);
        Id = Guard.Id(id, nameof(id));
        ListCode = Guard.Id(listCode, nameof(listCode));
        Chinese = NonEmpty(chinese, nameof(chinese));
        English = NonEmpty(english, nameof(english));

        // Kinds are kept in enum order, each once, so equal sets compare equal.
        var kinds = new List<UnitKind>();
        foreach (var kind in EveryKind)
        {
            if (unitKinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        if (kinds.Count == 0)
        {
            throw new ArgumentException($"Focus problem '{id}' must apply to at least one unit kind.", nameof(unitKinds));
        }

        UnitKinds = kinds.AsReadOnly();
        AppliesToEveryKind = kinds.Count == EveryKind.Length;
    }

    /// <summary>The id, e.g. <c>FP.C.LEW.01</c>.</summary>
    public string Id { get; }

    /// <summary>The code of the list it belongs to, e.g. <c>C</c>.</summary>
    public string ListCode { get; }

    /// <summary>The unit kinds it applies to, in <see cref="UnitKind"/> order; every kind when <see cref="AppliesToEveryKind"/>.</summary>
    public IReadOnlyList<UnitKind> UnitKinds { get; }

    /// <summary>The Chinese text.</summary>
    public string Chinese { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>
    /// Whether it applies to every unit kind (the <c>*.ALL.*</c> ids, e.g. <c>FP.C.ALL.01</c> 组织涣散、纪律松弛).
    /// Such a problem never counts among the focus ids of a unit (see <see cref="FocusCatalog.FocusIdsFor"/>).
    /// </summary>
    public bool AppliesToEveryKind { get; }

    /// <summary>Creates a focus problem that applies to every unit kind.</summary>
    /// <param name="id">The id; not empty.</param>
    /// <param name="listCode">The list code; not empty.</param>
    /// <param name="chinese">The Chinese text; not empty.</param>
    /// <param name="english">The English text; not empty.</param>
    /// <returns>The focus problem.</returns>
    public static FocusProblem ForEveryKind(string id, string listCode, string chinese, string english) =>
        new(id, listCode, EveryKind, chinese, english);

    /// <summary>Whether it applies to <paramref name="kind"/>.</summary>
    /// <param name="kind">The unit kind.</param>
    /// <returns>True when <paramref name="kind"/> is among <see cref="UnitKinds"/>.</returns>
    public bool AppliesTo(UnitKind kind) => AppliesToEveryKind || UnitKinds.Contains(kind);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Chinese}";

    internal bool HasSameContent(FocusProblem other) =>
        string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(ListCode, other.ListCode, StringComparison.Ordinal)
        && string.Equals(Chinese, other.Chinese, StringComparison.Ordinal)
        && string.Equals(English, other.English, StringComparison.Ordinal)
        && UnitKinds.SequenceEqual(other.UnitKinds);

    private static string NonEmpty(string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The text '{paramName}' must not be empty.", paramName);
        }

        return value;
    }
}
