namespace Infomaniak.Domain.EntityFrameworkCore.Tests.Support;

/// <summary>A fact that needs PostgreSQL: skipped, and reported as skipped, when <see cref="Postgres.Variable"/> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Postgres.ConnectionString is null)
        {
            Skip = SkipReason;
        }
    }

    public static string SkipReason => $"PostgreSQL NOT TESTED: set {Postgres.Variable} to a connection string (see docs/persistence.md).";
}

/// <summary>A theory that needs PostgreSQL: skipped, and reported as skipped, when <see cref="Postgres.Variable"/> is not set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (Postgres.ConnectionString is null)
        {
            Skip = PostgresFactAttribute.SkipReason;
        }
    }
}

/// <summary>A property that needs PostgreSQL: skipped, and reported as skipped, when <see cref="Postgres.Variable"/> is not set.</summary>
public sealed class PostgresPropertyAttribute : PropertyAttribute
{
    public PostgresPropertyAttribute()
    {
        if (Postgres.ConnectionString is null)
        {
            Skip = PostgresFactAttribute.SkipReason;
        }
    }
}

/// <summary>The PostgreSQL tests share one schema: they run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
