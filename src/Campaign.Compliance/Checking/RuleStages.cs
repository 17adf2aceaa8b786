using Campaign.Compliance.Catalog;
using Campaign.Compliance.Findings;
using NRules.RuleModel;

namespace Campaign.Compliance.Checking;

/// <summary>
/// Splits the enabled rule classes into the stages of a partitioned check, by what they declare and what they match:
/// a catalog rule (all its classes together) that reads findings runs in the findings stage, whatever its scope (the
/// findings are complete only at the end); otherwise a <see cref="RuleScope.Dataset"/> rule runs in the dataset stage
/// and a <see cref="RuleScope.Unit"/> rule in every part.
/// </summary>
internal sealed class RuleStages
{
    private RuleStages()
    {
    }

    public Stage Local { get; } = new();

    public Stage Dataset { get; } = new();

    public Stage Findings { get; } = new();

    public static RuleStages Split(IReadOnlyList<Type> classes, IReadOnlyList<IRuleDefinition> definitions)
    {
        var byClass = new Dictionary<Type, List<IRuleDefinition>>();
        foreach (var definition in definitions)
        {
            var type = CompiledRules.ClassOf(definition)
                ?? throw new InvalidOperationException($"The rule '{definition.Name}' was not loaded from a rule class.");
            if (!byClass.TryGetValue(type, out var list))
            {
                byClass.Add(type, list = []);
            }

            list.Add(definition);
        }

        // A catalog rule reads findings when any of its classes does.
        var readsFindings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in classes)
        {
            var types = new List<Type>();
            foreach (var definition in byClass.GetValueOrDefault(type, []))
            {
                CompiledRules.CollectPatternTypes(definition.LeftHandSide, types);
            }

            if (types.Exists(t => t.IsAssignableFrom(typeof(Finding))))
            {
                readsFindings.Add(ComplianceRuleDescriptor.Of(type).Id);
            }
        }

        var stages = new RuleStages();
        foreach (var type in classes)
        {
            var descriptor = ComplianceRuleDescriptor.Of(type);
            var stage = readsFindings.Contains(descriptor.Id) ? stages.Findings
                : descriptor.Scope == RuleScope.Dataset ? stages.Dataset
                : stages.Local;
            stage.Classes.Add(type);
            stage.Definitions.AddRange(byClass.GetValueOrDefault(type, []));
        }

        return stages;
    }

    /// <summary>The classes of one stage and their definitions.</summary>
    public sealed class Stage
    {
        public List<Type> Classes { get; } = [];

        public List<IRuleDefinition> Definitions { get; } = [];
    }
}
