using System.Text.Json;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>Enum names: the store keeps the C# names (<c>ClosedOff</c>), the dataset format the camelCase ones (<c>closedOff</c>).</summary>
internal static class StoreEnumNames
{
    public static string ToDatasetName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string ToDatasetName(string storeName) => JsonNamingPolicy.CamelCase.ConvertName(storeName);

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(name, ignoreCase: true);

    /// <summary>A check constraint that keeps <paramref name="column"/> to the names of <typeparamref name="TEnum"/>.</summary>
    public static string CheckSql<TEnum>(string column, bool nullable = false)
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => "'" + n + "'"));
        return nullable ? $"{column} IS NULL OR {column} IN ({names})" : $"{column} IN ({names})";
    }
}
