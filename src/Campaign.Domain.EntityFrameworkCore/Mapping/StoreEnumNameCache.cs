using System.Text;
using System.Text.Json;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>The dataset's names of the stored enum names one load meets, converted once each.</summary>
internal sealed class StoreEnumNameCache
{
    private readonly Dictionary<string, JsonEncodedText> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonEncodedText>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public StoreEnumNameCache() => _byChars = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public JsonEncodedText DatasetName(string storeName)
    {
        if (!_names.TryGetValue(storeName, out var name))
        {
            name = JsonEncodedText.Encode(StoreEnumNames.ToDatasetName(storeName));
            _names[storeName] = name;
        }

        return name;
    }

    public JsonEncodedText DatasetName(ReadOnlySpan<byte> storeName)
    {
        // Enum names are short ASCII; a longer one is simply decoded.
        Span<char> chars = stackalloc char[64];
        if (storeName.Length <= chars.Length)
        {
            var length = Encoding.UTF8.GetChars(storeName, chars);
            if (_byChars.TryGetValue(chars[..length], out var name))
            {
                return name;
            }
        }

        return DatasetName(Encoding.UTF8.GetString(storeName));
    }
}
