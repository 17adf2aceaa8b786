using Campaign.Rules.AgendaFilters;
using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

namespace Campaign.Rules.Agenda;

/// <summary>
/// The session's agenda as NRules exposes it: inspect the next match, clear, and filter. Filters added at run time must
/// implement <see cref="IMatchFilter"/> (NRules' <see cref="IAgendaFilter"/> takes an <c>Activation</c> that only NRules
/// can create); a filter may implement both interfaces.
/// </summary>
internal sealed class SessionAgenda : IAgenda
{
    private readonly Session _session;
    private readonly List<IMatchFilter> _global = new();
    private readonly Dictionary<string, List<IMatchFilter>> _byRule = new(StringComparer.Ordinal);
    private bool _stateful;

    public SessionAgenda(Session session) => _session = session;

    public bool IsEmpty => _session.AgendaQueue.Count == 0;

    public IMatch Peek() => _session.AgendaQueue.TryPeek(out var activation)
        ? activation
        : throw new InvalidOperationException("The agenda is empty.");

    public void Clear()
    {
        while (_session.AgendaQueue.TryPop(out var activation))
        {
            Removed(activation);
        }
    }

    public void AddFilter(IAgendaFilter filter) => _global.Add(Adapt(filter));

    public void AddFilter(IRuleDefinition rule, IAgendaFilter filter)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var adapted = Adapt(filter);
        if (!_byRule.TryGetValue(rule.Name, out var filters))
        {
            filters = new List<IMatchFilter>();
            _byRule.Add(rule.Name, filters);
        }

        filters.Add(adapted);
    }

    /// <summary>Whether every global filter and every filter of the match's rule accepts it.</summary>
    public bool Accepts(Activation activation)
    {
        if (_global.Count == 0 && _byRule.Count == 0)
        {
            return true;
        }

        foreach (var filter in _global)
        {
            if (!filter.Accept(activation))
            {
                return false;
            }
        }

        if (_byRule.TryGetValue(activation.Branch.Definition.Name, out var filters))
        {
            foreach (var filter in filters)
            {
                if (!filter.Accept(activation))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Tells the stateful filters that a match is being fired.</summary>
    public void Selected(Activation activation)
    {
        if (_stateful)
        {
            foreach (var filter in FiltersOf(activation))
            {
                (filter as IStatefulMatchFilter)?.Select(activation);
            }
        }
    }

    /// <summary>Tells the stateful filters that a match left the agenda without firing.</summary>
    public void Removed(Activation activation)
    {
        if (_stateful)
        {
            foreach (var filter in FiltersOf(activation))
            {
                (filter as IStatefulMatchFilter)?.Remove(activation);
            }
        }
    }

    private IEnumerable<IMatchFilter> FiltersOf(Activation activation) =>
        _byRule.TryGetValue(activation.Branch.Definition.Name, out var filters) ? _global.Concat(filters) : _global;

    private IMatchFilter Adapt(IAgendaFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter is not IMatchFilter match)
        {
            throw new NotSupportedException(
                $"The agenda filter {filter.GetType().Name} cannot run on the indexed runtime: NRules' IAgendaFilter.Accept takes an Activation that only NRules can create. " +
                $"Implement {typeof(IMatchFilter).FullName} (and {typeof(IStatefulMatchFilter).Name} for Select/Remove) on the same class; it then works on both runtimes.");
        }

        _stateful |= match is IStatefulMatchFilter;
        return match;
    }
}
