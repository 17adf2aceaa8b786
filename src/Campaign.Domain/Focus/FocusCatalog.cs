using Campaign.Domain.Input;
using Campaign.Domain.Units;

namespace Campaign.Domain.Focus;

/// <summary>
/// The focus problems (重点解决的问题) that each unit kind must address, grouped in lists: the shipped
/// <see cref="Default"/> catalog holds the central guidance list <c>C</c> (<c>FP.C.*</c>) and the local lists
/// <c>WD</c> (Weidu), <c>HN</c> (Hunan) and <c>AH</c> (Anhui). A user may <see cref="Load(Stream)"/> a catalog of
/// their own in the same <c>focus-catalog/1</c> JSON shape and <see cref="Merge"/> it with the default.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Ids and list codes compare ordinally.</remarks>
public sealed class FocusCatalog
{
    private const string ResourceName = "Campaign.Domain.Focus.focus-catalog.json";

    private static readonly Lazy<FocusCatalog> DefaultCatalog = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, FocusProblem> _byId;
    private readonly Dictionary<string, IReadOnlyList<FocusProblem>> _byList;
    private readonly Dictionary<(string List, UnitKind Kind), IReadOnlyList<string>> _idsByListAndKind;

    /// <summary>Creates a catalog from focus problems; lists appear in the order of their first entry.</summary>
    /// <param name="problems">The focus problems; ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two problems share an id.</exception>
    public FocusCatalog(IEnumerable<FocusProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var entries = problems.ToArray();
        _byId = new Dictionary<string, FocusProblem>(entries.Length, StringComparer.Ordinal);
        var byList = new Dictionary<string, List<FocusProblem>>(StringComparer.Ordinal);
        var lists = new List<string>();
        foreach (var problem in entries)
        {
            ArgumentNullException.ThrowIfNull(problem, nameof(problems));
            if (!_byId.TryAdd(problem.Id, problem))
            {
                throw new ArgumentException($"The focus problem id '{problem.Id}' appears twice.", nameof(problems));
            }

            if (!byList.TryGetValue(problem.ListCode, out var list))
            {
                list = [];
                byList.Add(problem.ListCode, list);
                lists.Add(problem.ListCode);
            }

            list.Add(problem);
        }

        Entries = Array.AsReadOnly(entries);
        Lists = lists.AsReadOnly();
        _byList = byList.ToDictionary(p => p.Key, p => (IReadOnlyList<FocusProblem>)p.Value.AsReadOnly(), StringComparer.Ordinal);
        _idsByListAndKind = [];
        foreach (var (code, list) in byList)
        {
            foreach (var kind in Enum.GetValues<UnitKind>())
            {
                var ids = list.Where(p => !p.AppliesToEveryKind && p.AppliesTo(kind)).Select(p => p.Id).ToArray();
                _idsByListAndKind.Add((code, kind), Array.AsReadOnly(ids));
            }
        }
    }

    /// <summary>The shipped catalog (lists <c>C</c>, <c>WD</c>, <c>HN</c>, <c>AH</c>), loaded once on first use from the assembly.</summary>
    public static FocusCatalog Default => DefaultCatalog.Value;

    /// <summary>Every focus problem, in catalog order.</summary>
    public IReadOnlyList<FocusProblem> Entries { get; }

    /// <summary>The list codes, in catalog order (for the default: <c>C</c>, <c>WD</c>, <c>HN</c>, <c>AH</c>).</summary>
    public IReadOnlyList<string> Lists { get; }

    /// <summary>Reads a catalog in the <c>focus-catalog/1</c> JSON shape (UTF-8).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not disposed.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FocusCatalogException">The JSON is malformed or does not follow the shape; every problem is listed with its JSON path.</exception>
    /// <example>
    /// <code>
    /// using var stream = File.OpenRead("my-focus.json");
    /// var catalog = FocusCatalog.Default.Merge(FocusCatalog.Load(stream));
    /// </code>
    /// </example>
    public static FocusCatalog Load(Stream utf8Json) => new(FocusCatalogReader.Read(utf8Json));

    /// <summary>Reads a catalog in the <c>focus-catalog/1</c> JSON shape from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="FocusCatalogException">The JSON is malformed or does not follow the shape.</exception>
    public static FocusCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    /// <summary>
    /// Combines this catalog with <paramref name="other"/>: every entry of this one, then the entries of the other
    /// that this one lacks. An id present in both must have the same content; a list code may gain new entries.
    /// </summary>
    /// <param name="other">The catalog to add, e.g. a user's own.</param>
    /// <returns>The combined catalog.</returns>
    /// <exception cref="FocusCatalogException">An id appears in both with different content (every such id is listed).</exception>
    public FocusCatalog Merge(FocusCatalog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var combined = new List<FocusProblem>(Entries);
        var errors = new List<InputError>();
        foreach (var problem in other.Entries)
        {
            if (_byId.TryGetValue(problem.Id, out var existing))
            {
                if (!existing.HasSameContent(problem))
                {
                    errors.Add(new InputError(problem.Id, InputErrorCode.CatalogConflictingProblem, problem.Id));
                }

                continue;
            }

            combined.Add(problem);
        }

        if (errors.Count > 0)
        {
            throw new FocusCatalogException(errors);
        }

        return new FocusCatalog(combined);
    }

    /// <summary>Whether the catalog has a focus problem with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when known.</returns>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>Whether the catalog has a list with code <paramref name="listCode"/>.</summary>
    /// <param name="listCode">The list code.</param>
    /// <returns>True when known.</returns>
    public bool ContainsList(string listCode) => listCode is not null && _byList.ContainsKey(listCode);

    /// <summary>The focus problem with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The focus problem, or null when unknown.</returns>
    public FocusProblem? Find(string id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The entries of one list, in catalog order; empty for an unknown code.</summary>
    /// <param name="listCode">The list code.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<FocusProblem> EntriesOf(string listCode) =>
        listCode is not null && _byList.TryGetValue(listCode, out var list) ? list : Array.Empty<FocusProblem>();

    /// <summary>
    /// The focus ids of a unit of <paramref name="kind"/> under the lists <paramref name="listCodes"/> (rules.md
    /// "focus ids of a unit"): the ids those lists map to the kind, in list then catalog order, leaving out the
    /// ids that apply to every kind (<c>*.ALL.*</c>). A list code given twice counts once.
    /// </summary>
    /// <param name="kind">The unit kind.</param>
    /// <param name="listCodes">The list codes in use.</param>
    /// <returns>The focus ids; empty when the lists name no problem for the kind.</returns>
    /// <exception cref="ArgumentException">A list code is not in the catalog.</exception>
    public IReadOnlyList<string> FocusIdsFor(UnitKind kind, IEnumerable<string> listCodes)
    {
        ArgumentNullException.ThrowIfNull(listCodes);
        IReadOnlyList<string>? single = null;
        List<string>? several = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in listCodes)
        {
            if (code is null || !_idsByListAndKind.TryGetValue((code, kind), out var ids))
            {
                throw new ArgumentException(
                    $"The focus list '{code}' is not in the catalog; known lists: {string.Join(", ", Lists)}.", nameof(listCodes));
            }

            if (!seen.Add(code) || ids.Count == 0)
            {
                continue;
            }

            if (single is null && several is null)
            {
                single = ids;
            }
            else
            {
                several ??= [.. single!];
                several.AddRange(ids);
            }
        }

        return several is not null ? several.AsReadOnly() : single ?? Array.Empty<string>();
    }

    private static FocusCatalog LoadDefault()
    {
        using var stream = typeof(FocusCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The shipped focus catalog resource '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }
}
