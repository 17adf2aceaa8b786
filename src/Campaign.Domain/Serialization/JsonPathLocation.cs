using System.Globalization;
using System.Text;

namespace Campaign.Domain.Serialization;

/// <summary>
/// Where the reader is: a top-level property (<see cref="Collection"/>), the item of its array (<see cref="Index"/>),
/// a nested object (<see cref="Sub"/>) and its item (<see cref="SubIndex"/>). Paths are only formatted when an error
/// needs one, so reading a valid document allocates none.
/// </summary>
internal readonly record struct JsonPathLocation(string? Collection, int Index = -1, string? Sub = null, int SubIndex = -1)
{
    public static JsonPathLocation Root => new(null);

    public JsonPathLocation Nested(string sub, int subIndex = -1) => this with { Sub = sub, SubIndex = subIndex };

    public string Path(string? leaf = null, int leafIndex = -1)
    {
        var path = new StringBuilder("$");
        AppendName(path, Collection);
        AppendIndex(path, Index);
        AppendName(path, Sub);
        AppendIndex(path, SubIndex);
        AppendName(path, leaf);
        AppendIndex(path, leafIndex);
        return path.ToString();
    }

    private static void AppendName(StringBuilder path, string? name)
    {
        if (name is null)
        {
            return;
        }

        if (IsPlainName(name))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private static void AppendIndex(StringBuilder path, int index)
    {
        if (index >= 0)
        {
            path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
