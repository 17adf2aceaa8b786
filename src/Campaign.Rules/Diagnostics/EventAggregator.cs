using NRules.Diagnostics;

namespace Campaign.Rules.Diagnostics;

/// <summary>
/// NRules' events for a session or a factory: a session raises each event on its own handlers, then on its factory's.
/// Raising is skipped (no event-argument object is built) when neither has a handler for that event.
/// </summary>
internal sealed class EventAggregator : IEventProvider
{
    private readonly EventAggregator? _parent;

    public EventAggregator(EventAggregator? parent) => _parent = parent;

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<LhsExpressionEventArgs>? LhsExpressionEvaluatedEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

    public event EventHandler<AgendaExpressionEventArgs>? AgendaExpressionEvaluatedEvent;

    public event EventHandler<AgendaExpressionErrorEventArgs>? AgendaExpressionFailedEvent;

    public event EventHandler<RhsExpressionEventArgs>? RhsExpressionEvaluatedEvent;

    public event EventHandler<RhsExpressionErrorEventArgs>? RhsExpressionFailedEvent;

    internal enum Fact
    {
        Inserting,
        Inserted,
        Updating,
        Updated,
        Retracting,
        Retracted,
    }

    internal enum Agenda
    {
        Created,
        Updated,
        Deleted,
        Firing,
        Fired,
    }

    public bool HasFactHandlers(Fact kind) => FactHandler(kind) is not null || (_parent?.HasFactHandlers(kind) ?? false);

    public bool HasAgendaHandlers(Agenda kind) => AgendaHandler(kind) is not null || (_parent?.HasAgendaHandlers(kind) ?? false);

    public bool HasLhsEvaluatedHandlers => LhsExpressionEvaluatedEvent is not null || (_parent?.HasLhsEvaluatedHandlers ?? false);

    public bool HasAgendaExpressionEvaluatedHandlers => AgendaExpressionEvaluatedEvent is not null || (_parent?.HasAgendaExpressionEvaluatedHandlers ?? false);

    public bool HasRhsEvaluatedHandlers => RhsExpressionEvaluatedEvent is not null || (_parent?.HasRhsEvaluatedHandlers ?? false);

    public void RaiseFact(object sender, Fact kind, WorkingMemoryEventArgs args)
    {
        FactHandler(kind)?.Invoke(sender, args);
        _parent?.RaiseFact(sender, kind, args);
    }

    public void RaiseAgenda(object sender, Agenda kind, AgendaEventArgs args)
    {
        AgendaHandler(kind)?.Invoke(sender, args);
        _parent?.RaiseAgenda(sender, kind, args);
    }

    public void RaiseLhsEvaluated(object sender, LhsExpressionEventArgs args)
    {
        LhsExpressionEvaluatedEvent?.Invoke(sender, args);
        _parent?.RaiseLhsEvaluated(sender, args);
    }

    public void RaiseLhsFailed(object sender, LhsExpressionErrorEventArgs args)
    {
        LhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseLhsFailed(sender, args);
    }

    public void RaiseAgendaExpressionEvaluated(object sender, AgendaExpressionEventArgs args)
    {
        AgendaExpressionEvaluatedEvent?.Invoke(sender, args);
        _parent?.RaiseAgendaExpressionEvaluated(sender, args);
    }

    public void RaiseAgendaExpressionFailed(object sender, AgendaExpressionErrorEventArgs args)
    {
        AgendaExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseAgendaExpressionFailed(sender, args);
    }

    public void RaiseRhsEvaluated(object sender, RhsExpressionEventArgs args)
    {
        RhsExpressionEvaluatedEvent?.Invoke(sender, args);
        _parent?.RaiseRhsEvaluated(sender, args);
    }

    public void RaiseRhsFailed(object sender, RhsExpressionErrorEventArgs args)
    {
        RhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseRhsFailed(sender, args);
    }

    private EventHandler<WorkingMemoryEventArgs>? FactHandler(Fact kind) => kind switch
    {
        Fact.Inserting => FactInsertingEvent,
        Fact.Inserted => FactInsertedEvent,
        Fact.Updating => FactUpdatingEvent,
        Fact.Updated => FactUpdatedEvent,
        Fact.Retracting => FactRetractingEvent,
        _ => FactRetractedEvent,
    };

    private EventHandler<AgendaEventArgs>? AgendaHandler(Agenda kind) => kind switch
    {
        Agenda.Created => ActivationCreatedEvent,
        Agenda.Updated => ActivationUpdatedEvent,
        Agenda.Deleted => ActivationDeletedEvent,
        Agenda.Firing => RuleFiringEvent,
        _ => RuleFiredEvent,
    };
}
