using System.Text.Encodings.Web;
using System.Text.Json;
using Campaign.Domain.Rectifications;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// A rectification's evidence list as one JSON column, in the dataset format's own shape
/// (<c>[{"kind":"document","reference":"…"}]</c>), so the streaming load copies it into the dataset document as is.
/// </summary>
internal static class EvidenceJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(List<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            return "[]";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var item in evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", StoreEnumNames.ToDatasetName(item.Kind));
                writer.WriteString("reference", item.Reference);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static List<Evidence> Read(string json)
    {
        var list = new List<Evidence>();
        using var document = JsonDocument.Parse(json);
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var kind = StoreEnumNames.Parse<EvidenceKind>(item.GetProperty("kind").GetString()!);
            list.Add(new Evidence(kind, item.GetProperty("reference").GetString()!));
        }

        return list;
    }
}
