using System.Text;

namespace Campaign.Domain.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of <c>campaign-dataset/1</c>, shipped inside the library: editors validate and
/// complete datasets against it. It states the structure (properties, types, enumerations, length limits and the
/// rules between fields of one record); <see cref="CampaignDatasetReader"/> also checks what a schema cannot (calendar
/// dates, unique ids, references, parent loops, owners' units, periods, the focus catalog).
/// </summary>
/// <example><c>CampaignDatasetSchema.WriteTo(File.Create("campaign-dataset-1.schema.json"));</c></example>
public static class CampaignDatasetSchema
{
    /// <summary>The resource name of the schema in the assembly.</summary>
    private const string ResourceName = "Campaign.Domain.Serialization.campaign-dataset-1.schema.json";

    private static readonly Lazy<byte[]> Utf8Bytes = new(Load);

    /// <summary>The file name the schema is usually saved under: <c>campaign-dataset-1.schema.json</c>.</summary>
    public const string FileName = "campaign-dataset-1.schema.json";

    /// <summary>The schema as JSON text.</summary>
    public static string Json => Encoding.UTF8.GetString(Utf8Bytes.Value);

    /// <summary>The schema as UTF-8 bytes (no byte order mark).</summary>
    public static ReadOnlyMemory<byte> Utf8Json => Utf8Bytes.Value;

    /// <summary>Writes the schema (UTF-8, no byte order mark) to <paramref name="destination"/>, which is left open.</summary>
    /// <param name="destination">The stream to write to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    public static void WriteTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(Utf8Bytes.Value);
    }

    private static byte[] Load()
    {
        using var stream = typeof(CampaignDatasetSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from Campaign.Domain.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
