using System.Reflection;

namespace Campaign.Rules.Fluent;

internal sealed class RuleLoadSpec : IRuleLoadSpec
{
    private readonly RuleTypeScanner _scanner = new();
    private readonly List<Func<IRuleMetadata, bool>> _filters = new();

    public string RuleSetName { get; private set; } = "default";

    public IRuleLoadSpec From(params Assembly[] assemblies)
    {
        _scanner.Assembly(assemblies);
        return this;
    }

    public IRuleLoadSpec From(params Type[] types)
    {
        _scanner.Type(types);
        return this;
    }

    public IRuleLoadSpec From(Action<IRuleTypeScanner> scanAction)
    {
        ArgumentNullException.ThrowIfNull(scanAction);
        scanAction(_scanner);
        return this;
    }

    public IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter)
    {
        _filters.Add(filter);
        return this;
    }

    public IRuleLoadSpec To(string ruleSetName)
    {
        RuleSetName = ruleSetName;
        return this;
    }

    public List<Type> RuleTypes()
    {
        var result = new List<Type>();
        foreach (var type in _scanner.GetRuleTypes())
        {
            var metadata = RuleMetadata.For(type);
            var keep = true;
            foreach (var filter in _filters)
            {
                keep &= filter(metadata);
            }

            if (keep)
            {
                result.Add(type);
            }
        }

        return result;
    }
}
