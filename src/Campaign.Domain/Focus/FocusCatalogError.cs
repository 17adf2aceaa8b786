namespace Campaign.Domain.Focus;

/// <summary>One problem found in a focus catalog: where (a JSON path such as <c>$.lists[0].entries[3].id</c>) and what.</summary>
public sealed partial class FocusCatalogError
{
    /// <summary>Creates an error.</summary>
    /// <param name="path">The JSON path of the offending value (<c>$</c> for the document).</param>
    /// <param name="message">What is wrong.</param>
    public FocusCatalogError(string path, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
