using System.Collections.ObjectModel;
using Ardalis.GuardClauses;

namespace Infomaniak.Domain.Common;

/// <summary>
/// The root of a consistency boundary: the only entry point for changing the entities it holds, and the
/// recorder of the events its successful operations produce.
/// </summary>
/// <typeparam name="TId">The typed id of the aggregate.</typeparam>
/// <remarks>
/// <para>
/// State changes only through the aggregate's methods. A method that succeeds records one or more events
/// with <see cref="Record"/>; a method that refuses returns a <see cref="Refusal"/> and records nothing.
/// </para>
/// <para>
/// <see cref="Version"/> counts every event the aggregate has ever recorded, stored or not. An application
/// that stores aggregates checks optimistic concurrency against <see cref="PersistedVersion"/> (the version
/// it loaded), writes the new state and the <see cref="PendingEvents"/>, then calls
/// <see cref="DequeueEvents"/>.
/// </para>
/// </remarks>
public abstract class AggregateRoot<TId>
    where TId : struct, ITypedId<TId>
{
    /// <summary>
    /// The highest version an aggregate may reach: 2^53 - 1, the largest integer every JSON reader (JavaScript's
    /// included) keeps exactly. No real aggregate records that many events; a stored state above it is corrupt.
    /// </summary>
    public const long MaxVersion = (1L << 53) - 1;

    private readonly List<IDomainEvent> pending = [];
    private readonly ReadOnlyCollection<IDomainEvent> pendingView;

    /// <summary>Initializes the root with its id and the version it was stored with.</summary>
    /// <param name="id">The aggregate's id; never the default value.</param>
    /// <param name="version">The number of events recorded before this instance was loaded; zero for a new aggregate.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative or above <see cref="MaxVersion"/>.</exception>
    protected AggregateRoot(TId id, long version)
    {
        Id = Guard.Against.Default(id);
        Version = Guard.Against.OutOfRange(version, nameof(version), 0, MaxVersion);
        pendingView = pending.AsReadOnly();
    }

    /// <summary>The aggregate's identity, which never changes.</summary>
    public TId Id { get; }

    /// <summary>The number of events this aggregate has recorded in its whole life, including pending ones.</summary>
    public long Version { get; private set; }

    /// <summary>The version the aggregate had when it was loaded or last saved: <see cref="Version"/> minus the pending events.</summary>
    public long PersistedVersion => Version - pending.Count;

    /// <summary>The events recorded since the aggregate was loaded or last saved, oldest first: a read-only view, not a copy.</summary>
    public IReadOnlyList<IDomainEvent> PendingEvents => pendingView;

    /// <summary>Returns the pending events, oldest first, and forgets them: call it once they are stored.</summary>
    /// <returns>The events that were pending.</returns>
    public IReadOnlyList<IDomainEvent> DequeueEvents()
    {
        var events = pending.ToArray();
        pending.Clear();
        return events;
    }

    /// <summary>Records an event of a successful operation and advances <see cref="Version"/>.</summary>
    /// <param name="domainEvent">What happened.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The aggregate has reached <see cref="MaxVersion"/>.</exception>
    protected void Record(IDomainEvent domainEvent)
    {
        Guard.Against.Null(domainEvent);
        if (Version == MaxVersion)
        {
            throw new InvalidOperationException($"The aggregate has reached its highest version ({MaxVersion}).");
        }

        pending.Add(domainEvent);
        Version++;
    }
}
