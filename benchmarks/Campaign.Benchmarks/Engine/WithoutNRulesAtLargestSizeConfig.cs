using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;

namespace Campaign.Benchmarks.Engine;

/// <summary>
/// Leaves NRules' runtime out of the cases with 30,000 customers or more: NRules joins by nested loops, so one operation
/// there takes about a minute (30,000×150,000 selective join) and a whole BenchmarkDotNet run would take hours.
/// </summary>
public sealed class WithoutNRulesAtLargestSizeConfig : ManualConfig
{
    /// <summary>The smallest number of customers at which NRules' runtime is left out.</summary>
    public const int Largest = 30_000;

    /// <summary>Creates the configuration (a filter only; the job comes from the command line).</summary>
    public WithoutNRulesAtLargestSizeConfig() => AddFilter(new SimpleFilter(IsAffordable));

    private static bool IsAffordable(BenchmarkCase benchmark)
    {
        if (benchmark.Descriptor.WorkloadMethod.Name != "NRules")
        {
            return true;
        }

        foreach (var parameter in benchmark.Parameters.Items)
        {
            if (parameter.Name == "Customers" && parameter.Value is int customers && customers >= Largest)
            {
                return false;
            }
        }

        return true;
    }
}
