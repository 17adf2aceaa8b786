using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>Linked facts of one kind of change, as <c>PropagateLinked</c> reports them.</summary>
internal sealed class LinkedFactSet : NRules.ILinkedFactSet
{
    private readonly List<object> _facts = new();

    public LinkedFactSet(NRules.LinkedFactAction action) => Action = action;

    public NRules.LinkedFactAction Action { get; }

    public IEnumerable<IFact> Facts
    {
        get
        {
            foreach (var fact in _facts)
            {
                yield return new Rete.ValueFact(fact.GetType(), fact);
            }
        }
    }

    public int FactCount => _facts.Count;

    public void Add(object fact) => _facts.Add(fact);
}
