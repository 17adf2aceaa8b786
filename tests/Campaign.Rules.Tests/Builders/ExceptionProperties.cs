namespace Campaign.Rules.Tests.Builders;

/// <summary>
/// Reads a property of an exception by name: the two runtimes throw different exception types of the same names and
/// properties (NRules' cannot be created outside NRules), so tests compare them by name and content, not by type.
/// </summary>
public static class ExceptionProperties
{
    public static T Get<T>(Exception exception, string property)
    {
        var info = exception.GetType().GetProperty(property)
            ?? throw new InvalidOperationException(exception.GetType().FullName + " has no property " + property);
        return (T)info.GetValue(exception)!;
    }
}
