namespace Campaign.Rules.Diagnostics;

/// <summary>Raises events on a session and on its factory; event data is built only when someone listens.</summary>
internal sealed class EventAggregator : IEventProvider
{
    private readonly EventAggregator? _parent;

    public EventAggregator(EventAggregator? parent) => _parent = parent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactInsertedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactUpdatedEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractingEvent;

    public event EventHandler<WorkingMemoryEventArgs>? FactRetractedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationCreatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationUpdatedEvent;

    public event EventHandler<AgendaEventArgs>? ActivationDeletedEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiringEvent;

    public event EventHandler<AgendaEventArgs>? RuleFiredEvent;

    public event EventHandler<LhsExpressionErrorEventArgs>? LhsExpressionFailedEvent;

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

    public void RaiseLhs(object sender, LhsExpressionErrorEventArgs args)
    {
        LhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseLhs(sender, args);
    }

    public void RaiseRhs(object sender, RhsExpressionErrorEventArgs args)
    {
        RhsExpressionFailedEvent?.Invoke(sender, args);
        _parent?.RaiseRhs(sender, args);
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
