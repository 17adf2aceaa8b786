using Campaign.Compliance.Findings;

namespace Campaign.Compliance.Monitoring;

/// <summary>
/// What one change did to the findings: those that appeared and those that went. A finding whose content
/// changed (new details, for example) is in <see cref="Removed"/> with its old content and in
/// <see cref="Added"/> with its new one. Both lists are in report order (unit id, rule id, subject id).
/// </summary>
public sealed class FindingsChange
{
    internal static readonly FindingsChange None = new([], []);

    /// <summary>Creates a change from the findings that appeared and those that went.</summary>
    /// <param name="added">Findings that hold now and did not before.</param>
    /// <param name="removed">Findings that held before and do not now.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public FindingsChange(IReadOnlyList<Finding> added, IReadOnlyList<Finding> removed)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(removed);
        Added = added;
        Removed = removed;
    }

    /// <summary>Findings that hold now and did not before (or did with other content).</summary>
    public IReadOnlyList<Finding> Added { get; }

    /// <summary>Findings that held before and do not now (or do with other content).</summary>
    public IReadOnlyList<Finding> Removed { get; }

    /// <summary>Whether the change left the findings as they were.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    /// <summary>For example <c>+2 -1</c>.</summary>
    public override string ToString() => $"+{Added.Count} -{Removed.Count}";
}
