using Infomaniak.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Infomaniak.Domain.Persistence;

/// <summary>An application's own context: the library's tables come from one call, beside the application's own entities.</summary>
public sealed class SampleContext(DbContextOptions<SampleContext> options) : DbContext(options)
{
    /// <summary>The schema the sample uses on PostgreSQL, so that it never touches anything else in the database.</summary>
    public const string PostgresSchema = "infomaniak_sample";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyInfomaniakDomain(options => options.Schema = Database.IsNpgsql() ? PostgresSchema : null);
}

/// <summary>The system clock, truncated to whole microseconds (the precision of PostgreSQL's <c>timestamp with time zone</c>).</summary>
public sealed class MicrosecondClock : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        var now = System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
