using Campaign.Domain.Opinions;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Events;

/// <summary>
/// Where the entities of a dataset raise their <see cref="IDomainEvent"/>s: subscribe to hear every change made to a
/// followed entity, whoever makes it. A dataset's hub is <see cref="Campaigns.CampaignDataset.Events"/>.
/// </summary>
/// <remarks>
/// An entity raises into the hubs that follow it, synchronously, on the thread of the change, after the change is
/// made; a refused change raises nothing. An entity that no hub follows pays one null test per change and nothing
/// when it is read. An entity may be followed by several hubs (two datasets over the same records); each hears it.
/// A handler that throws lets the exception reach the caller of the change, which has been made. Subscribing and
/// unsubscribing are thread-safe; the handlers are called in the order they subscribed.
/// </remarks>
public sealed class DomainEvents
{
    private static readonly Action<IDomainEvent>[] None = [];

    private readonly Lock _lock = new();

    // Set only on a joint hub, made for an entity that several hubs follow: it forwards to them and has no handlers.
    private readonly DomainEvents[]? _targets;
    private volatile Action<IDomainEvent>[] _handlers = None;

    /// <summary>Creates a hub that follows no entity yet (see the <c>Follow</c> methods).</summary>
    public DomainEvents()
    {
    }

    private DomainEvents(DomainEvents[] targets) => _targets = targets;

    /// <summary>Calls <paramref name="handler"/> with every event a followed entity raises, until the result is disposed.</summary>
    /// <param name="handler">The handler.</param>
    /// <returns>The subscription: dispose it to stop listening (disposing twice does nothing).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is null.</exception>
    public IDisposable Subscribe(Action<IDomainEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    /// <summary>Follows a rectification that is not in the hub's dataset (one an application adds next to it).</summary>
    /// <param name="rectification">The rectification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rectification"/> is null.</exception>
    public void Follow(Rectification rectification)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        rectification.FollowedBy(this);
    }

    /// <summary>Follows an opinion that is not in the hub's dataset.</summary>
    /// <param name="opinion">The opinion.</param>
    /// <exception cref="ArgumentNullException"><paramref name="opinion"/> is null.</exception>
    public void Follow(Opinion opinion)
    {
        ArgumentNullException.ThrowIfNull(opinion);
        opinion.FollowedBy(this);
    }

    /// <summary>Follows a unit that is not in the hub's dataset: its weak-and-lax record, if it has one (nothing else of a unit changes).</summary>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public void Follow(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        unit.WeakLax?.FollowedBy(this);
    }

    /// <summary>Follows a weak-and-lax record on its own (a store follows the record when it is loaded, before or after its unit).</summary>
    /// <param name="organisation">The weak-and-lax record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    public void Follow(WeakLaxOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        organisation.FollowedBy(this);
    }

    /// <summary>The hub an entity raises into once <paramref name="added"/> follows it too.</summary>
    internal static DomainEvents Join(DomainEvents? current, DomainEvents added)
    {
        if (current is null || ReferenceEquals(current, added))
        {
            return added;
        }

        if (current._targets is { } targets)
        {
            return Array.IndexOf(targets, added) >= 0 ? current : new DomainEvents([.. targets, added]);
        }

        return new DomainEvents([current, added]);
    }

    internal void Raise(IDomainEvent domainEvent)
    {
        if (_targets is { } targets)
        {
            foreach (var target in targets)
            {
                target.Raise(domainEvent);
            }

            return;
        }

        foreach (var handler in _handlers)
        {
            handler(domainEvent);
        }
    }

    private void Unsubscribe(Action<IDomainEvent> handler)
    {
        lock (_lock)
        {
            var at = Array.IndexOf(_handlers, handler);
            if (at < 0)
            {
                return;
            }

            var remaining = new Action<IDomainEvent>[_handlers.Length - 1];
            Array.Copy(_handlers, 0, remaining, 0, at);
            Array.Copy(_handlers, at + 1, remaining, at, remaining.Length - at);
            _handlers = remaining;
        }
    }

    private sealed class Subscription(DomainEvents hub, Action<IDomainEvent> handler) : IDisposable
    {
        private DomainEvents? _hub = hub;

        public void Dispose() => Interlocked.Exchange(ref _hub, null)?.Unsubscribe(handler);
    }
}
