using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.EntityFrameworkCore.Storage;

/// <summary>An aggregate's state and its pending events were written in one transaction.</summary>
/// <param name="Version">The version now stored: the aggregate's <see cref="AggregateRoot{TId}.Version"/>.</param>
/// <param name="EventsWritten">How many events went to the outbox (and were dequeued from the aggregate).</param>
public sealed record Saved(long Version, int EventsWritten);

/// <summary>
/// Someone else saved the aggregate since it was loaded (or added one with the same id): nothing was written, and the
/// aggregate keeps its pending events. Load it again, repeat the command, and save again.
/// </summary>
/// <param name="Aggregate">The kind of aggregate (for example <c>Organization</c>).</param>
/// <param name="Id">The aggregate's id.</param>
/// <param name="ExpectedVersion">The version the aggregate was loaded at (its <see cref="AggregateRoot{TId}.PersistedVersion"/>); 0 when adding it, for none was expected.</param>
/// <param name="ActualVersion">The version stored now; null when no such aggregate is stored.</param>
public sealed record ConcurrencyConflict(string Aggregate, Guid Id, long ExpectedVersion, long? ActualVersion) : Refusal
{
    /// <inheritdoc />
    public override string Message => (ExpectedVersion, ActualVersion) switch
    {
        (0, { } actual) => $"{Aggregate} {Id} is stored already, at version {actual}: a new one cannot take its id.",
        (_, { } actual) => $"{Aggregate} {Id} was loaded at version {ExpectedVersion}, but version {actual} is stored now: load it again and retry.",
        _ => $"{Aggregate} {Id} was loaded at version {ExpectedVersion}, but it is not stored (any more).",
    };
}
