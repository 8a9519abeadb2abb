using System.Text.Json;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.Persistence;

/// <summary>
/// A stand-in for a database: one table of JSON documents keyed by id, each with its version, and an outbox of
/// events written in the same "transaction". It maps the aggregates' state records, never their private fields.
/// </summary>
internal sealed class DocumentStore
{
    private readonly Dictionary<Guid, (long Version, string Json)> documents = [];

    public List<(string Type, string Json)> Outbox { get; } = [];

    /// <summary>Saves an aggregate unless someone saved a newer version since it was loaded (optimistic concurrency).</summary>
    public bool TrySave<TId, TState>(AggregateRoot<TId> aggregate, TState state)
        where TId : struct, ITypedId<TId>
    {
        var stored = documents.TryGetValue(aggregate.Id.Value, out var document) ? document.Version : 0;
        if (stored != aggregate.PersistedVersion)
        {
            return false;
        }

        documents[aggregate.Id.Value] = (aggregate.Version, JsonSerializer.Serialize(state, DomainJson.Options));
        foreach (var domainEvent in aggregate.DequeueEvents())
        {
            Outbox.Add((domainEvent.GetType().Name, JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), DomainJson.Options)));
        }

        return true;
    }

    public TState Load<TState>(Guid id) => JsonSerializer.Deserialize<TState>(documents[id].Json, DomainJson.Options)!;

    public string Raw(Guid id) => documents[id].Json;
}
