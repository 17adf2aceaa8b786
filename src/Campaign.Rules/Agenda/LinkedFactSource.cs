using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>The source of a linked fact: the rule and the match whose action linked it.</summary>
internal sealed class LinkedFactSource : NRules.ILinkedFactSource
{
    private readonly Activation _activation;

    public LinkedFactSource(Activation activation) => _activation = activation;

    public FactSourceType SourceType => FactSourceType.Linked;

    public IEnumerable<IFact> Facts => _activation.Branch.FactsOf(_activation);

    public IRuleDefinition Rule => _activation.Branch.Definition.Source;
}
