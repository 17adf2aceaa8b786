namespace Campaign.Domain.Tests.Builders;

/// <summary>Lets a table of calls act on an entity and hand it on.</summary>
internal static class AlsoExtensions
{
    public static T Also<T>(this T value, Action<T> act)
    {
        act(value);
        return value;
    }
}
