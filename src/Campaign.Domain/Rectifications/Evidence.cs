namespace Campaign.Domain.Rectifications;

/// <summary>A piece of proof of rectification work. A value: equal when kind and reference are equal.</summary>
public sealed record Evidence
{
    /// <summary>Creates a piece of evidence.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="reference">Where to find it (a file name, a document number, a description); not null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public Evidence(EvidenceKind kind, string reference)
    {
        Kind = kind;
        Reference = Guard.Text(reference, nameof(reference));
    }

    /// <summary>The kind.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>Where to find it.</summary>
    public string Reference { get; }
}
