namespace Campaign.Domain;

/// <summary>Argument checks shared by the domain types; messages name the parameter.</summary>
internal static class Guard
{
    public static string Id(string? value, string paramName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The id '{paramName}' must be a non-empty string.", paramName);
        }

        return value;
    }

    public static string? OptionalId(string? value, string paramName)
    {
        if (value is not null && value.Length == 0)
        {
            throw new ArgumentException($"The id '{paramName}' must be null or a non-empty string.", paramName);
        }

        return value;
    }

    public static string Text(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    public static IReadOnlyList<string> CopyIds(IEnumerable<string>? values, string paramName)
    {
        if (values is null)
        {
            return Array.Empty<string>();
        }

        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrEmpty(copy[i]))
            {
                throw new ArgumentException($"Item {i} of '{paramName}' must be a non-empty id.", paramName);
            }
        }

        return Array.AsReadOnly(copy);
    }
}
