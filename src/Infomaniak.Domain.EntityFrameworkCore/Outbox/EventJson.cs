using System.Text.Json;
using Infomaniak.Domain.Common;

namespace Infomaniak.Domain.EntityFrameworkCore.Outbox;

/// <summary>The one place the outbox turns an event into its discriminator and its JSON.</summary>
internal static class EventJson
{
    public static string TypeName(IDomainEvent domainEvent) => domainEvent.GetType().Name;

    public static string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, domainEvent.GetType());
}
