using Ardalis.Specification;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Infomaniak.Domain.EntityFrameworkCore.Specifications;
using Microsoft.EntityFrameworkCore;
using OneOf;

namespace Infomaniak.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Loads and saves one kind of aggregate in an application's <see cref="DbContext"/>: its state record and child
/// rows, <c>Version</c> checked against what is stored, and its pending events written to the outbox in the same
/// <c>SaveChanges</c>.
/// </summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TId">Its typed id.</typeparam>
/// <typeparam name="TState">Its state record.</typeparam>
/// <remarks>
/// <para>
/// Reads are not tracked; a save tracks the rows it writes only while it writes them, so the store works on a context
/// the application also uses for its own entities (a save also writes the application's pending changes: one unit of
/// work). Not thread-safe, like the <see cref="DbContext"/> it works on.
/// </para>
/// <para>
/// A stored row the aggregate rejects fails loading with <see cref="StoredStateException"/>, naming the aggregate and its id.
/// </para>
/// </remarks>
public sealed class AggregateStore<TAggregate, TId, TState>
    where TAggregate : AggregateRoot<TId>
    where TId : struct, ITypedId<TId>
    where TState : class
{
    private const string IdProperty = nameof(AggregateRoot<TId>.Id);
    private const string VersionProperty = nameof(AggregateRoot<TId>.Version);

    private readonly DbContext context;
    private readonly AggregateMapping<TAggregate, TId, TState> mapping;
    private readonly TimeProvider clock;
    private readonly IRandomSource random;
    private readonly string[] appendOnly;

    internal AggregateStore(DbContext context, AggregateMapping<TAggregate, TId, TState> mapping, TimeProvider clock, IRandomSource random)
    {
        this.context = context;
        this.mapping = mapping;
        this.clock = clock;
        this.random = random;
        appendOnly = [.. context.Model.FindEntityType(typeof(TState))!.GetNavigations().Where(navigation => navigation.IsAppendOnly()).Select(navigation => navigation.Name)];
    }

    /// <summary>The stored states, untracked, with their child rows: for projections and ad hoc queries run by the database.</summary>
    public IQueryable<TState> States => appendOnly.Aggregate(context.Set<TState>().AsNoTracking().AsSplitQuery(), (query, navigation) => query.Include(navigation));

    /// <summary>Stores a new aggregate and its pending events, then dequeues them.</summary>
    /// <param name="aggregate">The aggregate, new (or never stored in this database).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns><see cref="Saved"/>, or <see cref="ConcurrencyConflict"/> when an aggregate with the same id is stored already (nothing written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="DbUpdateException">The database refused the rows for another reason, for example a login an account registered meanwhile holds (the unique index on the normalized login).</exception>
    public async Task<OneOf<Saved, ConcurrencyConflict>> AddAsync(TAggregate aggregate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        DetachStates();
        var written = new List<object>();
        try
        {
            context.Add(mapping.ToState(aggregate));
            written.AddRange(WriteOutbox(aggregate));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            DetachStates();
            Forget(written);
            if (await StoredVersionAsync(aggregate.Id, cancellationToken).ConfigureAwait(false) is { } actual)
            {
                return new ConcurrencyConflict(mapping.Name, aggregate.Id.Value, 0, actual);
            }

            throw;
        }
        finally
        {
            DetachStates();
            Forget(written);
        }

        return Dequeue(aggregate);
    }

    /// <summary>
    /// Stores an aggregate's changes and its pending events, then dequeues them, unless someone else saved it since it
    /// was loaded. Child rows are matched by key: added, changed and removed ones are written.
    /// </summary>
    /// <param name="aggregate">The aggregate, loaded from this store (or any store of the same database).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns><see cref="Saved"/> (at once when there is no pending event), or <see cref="ConcurrencyConflict"/>: nothing written, the events still pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    /// <exception cref="DbUpdateException">The database refused the rows for another reason than a concurrent save.</exception>
    /// <remarks>
    /// A concurrent save is caught twice: the stored version is compared before writing, and the row is updated only
    /// where <c>Version</c> still has the value read (the concurrency token); the outbox's unique index on aggregate
    /// and version refuses a second writer's events too. Either way the transaction rolls back.
    /// </remarks>
    public async Task<OneOf<Saved, ConcurrencyConflict>> SaveAsync(TAggregate aggregate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.PendingEvents.Count == 0)
        {
            return new Saved(aggregate.Version, 0);
        }

        DetachStates();
        var id = aggregate.Id;
        var stored = await context.Set<TState>().AsTracking().AsSplitQuery()
            .SingleOrDefaultAsync(state => EF.Property<TId>(state, IdProperty).Equals(id), cancellationToken).ConfigureAwait(false);
        var written = new List<object>();
        try
        {
            if (stored is null)
            {
                return Conflict(aggregate, null);
            }

            var entry = context.Entry(stored);
            var storedVersion = (long)entry.Property(VersionProperty).CurrentValue!;
            if (storedVersion != aggregate.PersistedVersion)
            {
                return Conflict(aggregate, storedVersion);
            }

            GraphSync.Apply(context, entry, mapping.ToState(aggregate));
            foreach (var row in mapping.AppendedRows(aggregate))
            {
                context.Add(row);
            }

            written.AddRange(WriteOutbox(aggregate));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            DetachStates();
            Forget(written);
            var actual = await StoredVersionAsync(id, cancellationToken).ConfigureAwait(false);
            if (actual != aggregate.PersistedVersion)
            {
                return Conflict(aggregate, actual);
            }

            throw;
        }
        finally
        {
            DetachStates();
            Forget(written);
        }

        return Dequeue(aggregate);
    }

    /// <summary>Loads an aggregate by id.</summary>
    /// <param name="id">The aggregate's id.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The aggregate, with no pending events, or null when none is stored.</returns>
    /// <exception cref="StoredStateException">The stored rows are not a valid state of the aggregate.</exception>
    public async Task<TAggregate?> FindAsync(TId id, CancellationToken cancellationToken = default)
    {
        var state = await Load(() => States.SingleOrDefaultAsync(state => EF.Property<TId>(state, IdProperty).Equals(id), cancellationToken)).ConfigureAwait(false);
        return state is null ? null : Rebuild(state);
    }

    /// <summary>Loads the aggregates a specification selects, in its order; the database filters, orders and pages.</summary>
    /// <param name="specification">The specification, for example <c>OrganizationsOfAccountSpec</c>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The aggregates, with no pending events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    /// <exception cref="StoredStateException">Stored rows are not a valid state of the aggregate.</exception>
    /// <exception cref="InvalidOperationException">The provider cannot translate the specification to SQL.</exception>
    public async Task<IReadOnlyList<TAggregate>> ListAsync(ISpecification<TState> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var states = await Load(() => States.WithSpecification(specification).ToListAsync(cancellationToken)).ConfigureAwait(false);
        return states.ConvertAll(Rebuild);
    }

    /// <summary>Loads the one aggregate a single-result specification selects (for example <c>AccountByLoginSpec</c>).</summary>
    /// <param name="specification">The specification.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The aggregate, or null when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="specification"/> is null.</exception>
    /// <exception cref="InvalidOperationException">More than one stored aggregate matches, or the provider cannot translate the specification.</exception>
    /// <exception cref="StoredStateException">The stored rows are not a valid state of the aggregate.</exception>
    public async Task<TAggregate?> SingleOrDefaultAsync(ISingleResultSpecification<TState> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var state = await Load(() => States.WithSpecification(specification).SingleOrDefaultAsync(cancellationToken)).ConfigureAwait(false);
        return state is null ? null : Rebuild(state);
    }

    private async Task<T> Load<T>(Func<Task<T>> query)
    {
        try
        {
            return await query().ConfigureAwait(false);
        }
        catch (InvalidOperationException failed) when (failed.InnerException is StoredStateException or FormatException or InvalidCastException)
        {
            throw new StoredStateException($"A stored {mapping.Name} cannot be read: {failed.InnerException.Message} ({failed.Message})", failed);
        }
        catch (Exception failed) when (failed is StoredStateException or FormatException or InvalidCastException)
        {
            throw new StoredStateException($"A stored {mapping.Name} cannot be read: {failed.Message}", failed);
        }
    }

    private TAggregate Rebuild(TState state)
    {
        try
        {
            return mapping.FromState(state);
        }
        catch (ArgumentException invalid)
        {
            var id = context.Model.FindEntityType(typeof(TState))!.FindProperty(IdProperty)!.GetGetter().GetClrValue(state);
            throw new StoredStateException($"The stored {mapping.Name} {id} breaks an invariant: {invalid.Message}", invalid);
        }
    }

    private IEnumerable<object> WriteOutbox(TAggregate aggregate)
    {
        var at = clock.GetUtcNow();
        var version = aggregate.PersistedVersion;
        foreach (var domainEvent in aggregate.PendingEvents)
        {
            var message = new OutboxMessage
            {
                Id = random.NextGuid(),
                AggregateType = mapping.Name,
                AggregateId = aggregate.Id.Value,
                AggregateVersion = ++version,
                EventType = EventJson.TypeName(domainEvent),
                Payload = EventJson.Serialize(domainEvent),
                OccurredAt = at,
            };
            context.Add(message);
            yield return message;
        }
    }

    private async Task<long?> StoredVersionAsync(TId id, CancellationToken cancellationToken) =>
        await context.Set<TState>().AsNoTracking().IgnoreAutoIncludes()
            .Where(state => EF.Property<TId>(state, IdProperty).Equals(id))
            .Select(state => (long?)EF.Property<long>(state, VersionProperty))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private ConcurrencyConflict Conflict(TAggregate aggregate, long? actual) => new(mapping.Name, aggregate.Id.Value, aggregate.PersistedVersion, actual);

    private static Saved Dequeue(TAggregate aggregate)
    {
        var events = aggregate.DequeueEvents();
        return new Saved(aggregate.Version, events.Count);
    }

    /// <summary>
    /// Stops tracking the aggregate's rows, parents before children: detaching a child row first would make EF Core
    /// take it out of its parent's list, which a state record keeps read-only.
    /// </summary>
    private void DetachStates()
    {
        var depths = mapping.RowTypes(context.Model);
        var tracked = context.ChangeTracker.Entries()
            .Where(entry => depths.ContainsKey(entry.Metadata.ClrType))
            .OrderBy(entry => depths[entry.Metadata.ClrType])
            .ToList();
        foreach (var entry in tracked)
        {
            entry.State = EntityState.Detached;
        }
    }

    private void Forget(List<object> rows)
    {
        foreach (var row in rows)
        {
            context.Entry(row).State = EntityState.Detached;
        }

        rows.Clear();
    }
}
