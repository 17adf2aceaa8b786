namespace Campaign.Domain.Units;

/// <summary>A participating unit (单位): an organ, its directly affiliated unit or a grass-roots organisation.</summary>
/// <remarks>An entity: identity is the reference, <see cref="Id"/> is unique within a dataset.</remarks>
public sealed class Unit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit id; not empty.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">The unit kind.</param>
    /// <param name="level">The administrative level.</param>
    /// <param name="parentId">The parent unit's id, if any (not checked here: the dataset reader checks references and loops).</param>
    /// <param name="education">The unit's concentrated-education period, if known.</param>
    /// <param name="weakLax">The weak-and-lax consolidation record, present only for such an organisation.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Unit(string id, string name, UnitKind kind, UnitLevel level, string? parentId = null, Period? education = null, WeakLaxOrganisation? weakLax = null)
    {
        Id = Guard.Id(id, nameof(id));
        Name = Guard.Text(name, nameof(name));
        Kind = kind;
        Level = level;
        ParentId = Guard.OptionalId(parentId, nameof(parentId));
        Education = education;
        WeakLax = weakLax;
    }

    // For the store (EF Core binds the scalar columns here and sets Education and WeakLax through their backing fields).
    private Unit(string id, string name, UnitKind kind, UnitLevel level, string? parentId)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Level = level;
        ParentId = parentId;
    }

    /// <summary>The unit id.</summary>
    public string Id { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The unit kind.</summary>
    public UnitKind Kind { get; }

    /// <summary>The administrative level.</summary>
    public UnitLevel Level { get; }

    /// <summary>The parent unit's id; null for a root unit.</summary>
    public string? ParentId { get; }

    /// <summary>The concentrated-education period (集中教育); null when not given.</summary>
    public Period? Education { get; }

    /// <summary>The weak-and-lax consolidation record; null unless the unit is a weak and lax organisation.</summary>
    public WeakLaxOrganisation? WeakLax { get; }

    /// <summary>Whether the unit is a weak and lax grass-roots organisation.</summary>
    public bool IsWeakLax => WeakLax is not null;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Kind})";
}
