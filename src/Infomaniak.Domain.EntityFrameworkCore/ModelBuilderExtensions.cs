using Infomaniak.Domain.EntityFrameworkCore.Mapping;
using Infomaniak.Domain.EntityFrameworkCore.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.EntityFrameworkCore;

/// <summary>Maps the library's state records into an application's own <see cref="DbContext"/>.</summary>
public static class ModelBuilderExtensions
{
    /// <summary>
    /// Maps every aggregate's state record and child rows, and the outbox, with their keys, foreign keys (cascading
    /// from an aggregate to its child rows), indexes and value converters. Call it once in
    /// <see cref="DbContext.OnModelCreating"/>.
    /// </summary>
    /// <param name="modelBuilder">The application's model builder.</param>
    /// <param name="configure">Sets the schema or a table prefix; null for the defaults.</param>
    /// <returns>The model builder, to chain further configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    /// <remarks>
    /// Tables: <c>Accounts</c>, <c>MailServices</c>, <c>Mailboxes</c>, <c>WebmailReaders</c>, <c>Organizations</c>,
    /// <c>OrganizationMembers</c>, <c>OrganizationInvitations</c>, <c>ProductCredentials</c> and <c>OutboxMessages</c>.
    /// Typed ids are stored as GUIDs, password hashes as their PHC string, currencies as their ISO code, enums by
    /// name, instants in UTC (to the microsecond on PostgreSQL), lists of product ids as one array column (JSON on
    /// SQLite, <c>uuid[]</c> on PostgreSQL). Child collections are auto-included: a query of a state record loads
    /// its child rows.
    /// </remarks>
    public static ModelBuilder ApplyInfomaniakDomain(this ModelBuilder modelBuilder, Action<InfomaniakDomainModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var options = new InfomaniakDomainModelOptions();
        configure?.Invoke(options);
        foreach (var mapping in AggregateMappings.All)
        {
            mapping.Configure(modelBuilder, options);
        }

        OutboxMessage.Configure(modelBuilder, options);
        return modelBuilder;
    }
}
