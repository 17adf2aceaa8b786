using System.Reflection;
using Campaign.Rules.Fluent.Dsl;
using Campaign.Rules.RuleModel;

namespace Campaign.Rules.Fluent;

internal sealed class RuleMetadata : IRuleMetadata
{
    private RuleMetadata(Type ruleType)
    {
        RuleType = ruleType;
        Name = ruleType.GetCustomAttribute<NameAttribute>()?.Name ?? ruleType.FullName ?? ruleType.Name;
        Description = ruleType.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty;
        Priority = ruleType.GetCustomAttribute<PriorityAttribute>()?.Value ?? 0;
        Repeatability = ruleType.GetCustomAttribute<RepeatabilityAttribute>()?.Value ?? RuleRepeatability.Repeatable;
        var tags = new List<string>();
        foreach (var tag in ruleType.GetCustomAttributes<TagAttribute>())
        {
            tags.Add(tag.Value);
        }

        Tags = tags;
    }

    public Type RuleType { get; }

    public string Name { get; }

    public string Description { get; }

    public int Priority { get; }

    public RuleRepeatability Repeatability { get; }

    public IReadOnlyList<string> Tags { get; }

    public static RuleMetadata For(Type ruleType) => new(ruleType);
}
