using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore.Outbox;

/// <summary>
/// One domain event waiting to be published, written in the same transaction as the state of the aggregate that
/// recorded it (the transactional outbox). A relay reads the table in order (<see cref="AggregateVersion"/> orders
/// the events of one aggregate), publishes each message and deletes it or remembers how far it got.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The message's id, drawn at random.</summary>
    public required Guid Id { get; init; }

    /// <summary>The kind of aggregate that recorded the event (<c>Organization</c>).</summary>
    public required string AggregateType { get; init; }

    /// <summary>The id of the aggregate that recorded the event.</summary>
    public required Guid AggregateId { get; init; }

    /// <summary>The aggregate version the event produced: unique per aggregate, consecutive, in the order the events were recorded.</summary>
    public required long AggregateVersion { get; init; }

    /// <summary>The event's stable type discriminator, to pick the type when reading <see cref="Payload"/> back.</summary>
    public required string EventType { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>When the event was saved, by the store's clock.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    internal static void Configure(ModelBuilder model, InfomaniakDomainModelOptions options)
    {
        var message = model.Entity<OutboxMessage>();
        message.ToTable(options.Table("OutboxMessages"), options.Schema);
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.AggregateType).HasMaxLength(100);
        message.Property(m => m.EventType).HasMaxLength(200);
        message.Property(m => m.OccurredAt).HasConversion(new InstantConverter());
        message.HasIndex(m => new { m.AggregateType, m.AggregateId, m.AggregateVersion }).IsUnique();
        message.HasIndex(m => m.OccurredAt);
    }
}
