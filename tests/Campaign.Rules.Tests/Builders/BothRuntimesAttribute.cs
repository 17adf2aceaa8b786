using System.Reflection;
using Xunit.Sdk;

namespace Campaign.Rules.Tests.Builders;

/// <summary>
/// Runs a theory once per runtime, passing the runtime's name (<see cref="Runtime.NRulesName"/>,
/// <see cref="Runtime.IndexedName"/>) as the first argument, so each runtime is its own test case and can be filtered
/// by display name.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothRuntimesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return [Runtime.NRulesName];
        yield return [Runtime.IndexedName];
    }
}
