using System.Text.Json;
using Infomaniak.Domain.Common;
using Infomaniak.Domain.Serialization;

namespace Infomaniak.Domain.EntityFrameworkCore.Outbox;

/// <summary>The one place the outbox turns an event into its discriminator and its JSON: the package's own serialization.</summary>
internal static class EventJson
{
    public static string TypeName(IDomainEvent domainEvent) => DomainJson.EventTypeName(domainEvent);

    public static string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, DomainJson.Options);
}
